"""The conflict check reads plan drafts and theme layers from PostGIS exactly as from files: the sample region
loaded into the real test server (with ogr2ogr's library, GDAL's PG driver) under a hostile schema name, the
plan draft under a hostile table and field name, gives the same conflicts as the GeoPackage."""

from __future__ import annotations

import uuid

import processing
import psycopg2
from osgeo import gdal
from psycopg2 import sql
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from samplan.core.sample_region import theme_layers_by_role
from samplan.core.rules import ROLE_PARAMETERS

from .conftest import RecordingFeedback, pg_parameters

THEMES = {parameter: theme_layers_by_role()[role] for role, parameter in ROLE_PARAMETERS.items()}
OUTPUTS = ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS", "SUMMARY", "RULES_USED", "RUN_INFO")
HOSTILE_TABLE = "plan'; DROP TABLE samplan_sentinel;--"
# No ';' in the field name: Processing's field parameters read ';' as a separator of several fields.
HOSTILE_FIELD = "Åre-kommun \"användning\" 'x' --"


def conflict_rows(result) -> list[tuple]:
    rows = []
    for key in ("CONFLICT_AREAS", "CONFLICT_LINES", "CONFLICT_POINTS"):
        layer = result[key] if isinstance(result[key], QgsVectorLayer) else QgsVectorLayer(result[key], key, "ogr")
        for feature in layer.getFeatures():
            get = feature.attribute
            rows.append(
                (
                    get("rule_id"),
                    get("severity"),
                    get("plan_layer"),
                    get("plan_fid"),
                    get("plan_category"),
                    get("theme_layer") or "",
                    get("theme_fid"),
                    get("municipality"),
                    round(float(get("area_m2") or 0), 1),
                    round(float(get("length_m") or 0), 1),
                    feature.geometry().asWkt(2),
                )
            )
    return sorted(rows, key=repr)


def test_the_check_reads_postgis_as_it_reads_a_geopackage(samplan_provider, sample_region, pg_dsn, pg_cleanup):
    schema = f"Åre-kommun 'plan'; DROP TABLE samplan_sentinel;-- {uuid.uuid4().hex[:4]}"
    pg_cleanup["schemas"].append(schema)
    admin = psycopg2.connect(pg_dsn)
    with admin.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        cursor.execute("CREATE TABLE IF NOT EXISTS public.samplan_sentinel (id integer)")
    admin.commit()
    names = ["plan_a_omraden", "plan_a_strak", "kommuner"] + [n for names in THEMES.values() for n in names]
    source = gdal.OpenEx(str(sample_region), gdal.OF_VECTOR)
    for name in names:
        copied = gdal.VectorTranslate(
            f"PG:{pg_dsn}",
            source,
            layers=[name],
            accessMode="append",
            options=["-preserve_fid"],
            layerName=HOSTILE_TABLE if name == "plan_a_omraden" else name,
            layerCreationOptions=[
                f"SCHEMA={schema}",
                "FID=fid",
                "GEOMETRY_NAME=geom",
                "LAUNDER=NO",
                "SPATIAL_INDEX=GIST",
            ],
        )
        assert copied is not None, (name, gdal.GetLastErrorMsg())
        copied = None
    source = None
    with admin.cursor() as cursor:
        for table in (HOSTILE_TABLE, "plan_a_strak"):  # the plan's lines share its category field
            cursor.execute(
                sql.SQL("ALTER TABLE {} RENAME COLUMN anvandning TO {}").format(
                    sql.Identifier(schema, table), sql.Identifier(HOSTILE_FIELD)
                )
            )
    admin.commit()

    server = pg_parameters(pg_dsn)

    def pg_layer(name: str) -> QgsVectorLayer:
        uri = QgsDataSourceUri()
        uri.setConnection(server["host"], server["port"], server["dbname"], server["user"], server["password"])
        uri.setDataSource(schema, HOSTILE_TABLE if name == "plan_a_omraden" else name, "geom", "", "fid")
        layer = QgsVectorLayer(uri.uri(False), name, "postgres")
        assert layer.isValid(), name
        return layer

    kept = {name: pg_layer(name) for name in names}  # referenced for the run
    plan = kept["plan_a_omraden"]
    assert HOSTILE_FIELD in plan.fields().names()
    assert (
        plan.featureCount()
        == QgsVectorLayer(f"{sample_region}|layername=plan_a_omraden", "p", "ogr").featureCount()
        > 0
    )

    def run(plan_layer, plan_field, layer_of):
        parameters = {
            "PLAN": plan_layer,
            "PLAN_LINES": layer_of("plan_a_strak"),
            "PLAN_FIELD": plan_field,
            "THEME_FIELD": "kategori",
            "MUNICIPALITIES": layer_of("kommuner"),
            "CRS": "EPSG:3006",
            **{role: [layer_of(n) for n in layers] for role, layers in THEMES.items()},
            **dict.fromkeys(OUTPUTS, "TEMPORARY_OUTPUT"),
        }
        return processing.run("samplan:conflictcheck", parameters, feedback=RecordingFeedback())

    from_file = run(
        f"{sample_region}|layername=plan_a_omraden", "anvandning", lambda n: f"{sample_region}|layername={n}"
    )
    from_postgis = run(plan, HOSTILE_FIELD, lambda n: kept[n])
    file_rows, postgis_rows = conflict_rows(from_file), conflict_rows(from_postgis)
    assert len(file_rows) > 30
    assert postgis_rows == file_rows
    assert from_postgis["CONFLICT_COUNT"] == from_file["CONFLICT_COUNT"]
    with admin.cursor() as cursor:
        cursor.execute("SELECT to_regclass('public.samplan_sentinel') IS NOT NULL")
        assert cursor.fetchone()[0]
    admin.close()
    for layer in kept.values():  # the inputs are not modified
        assert not layer.isModified()


def _outputs(result, keys) -> dict[str, list]:
    found = {}
    for key in keys:
        layer = result[key] if isinstance(result[key], QgsVectorLayer) else QgsVectorLayer(result[key], key, "ogr")
        found[key] = sorted(
            (
                [None if hasattr(v, "isNull") and v.isNull() else v for v in f.attributes()],
                f.geometry().asWkt(3) if f.hasGeometry() else "",
            )
            for f in layer.getFeatures()
        )
    return found


def test_the_commuting_algorithms_read_postgis_tables_as_files(samplan_provider, sample_region, pg_dsn, pg_cleanup):
    """The other algorithms too: zones and a commuting table without geometry, from PostGIS under a hostile
    schema, give the same regions and flows as from the GeoPackage."""
    schema = f'Ånge "pendling"; DROP SCHEMA public;-- {uuid.uuid4().hex[:4]}'
    pg_cleanup["schemas"].append(schema)
    admin = psycopg2.connect(pg_dsn)
    with admin.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    admin.commit()
    source = gdal.OpenEx(str(sample_region), gdal.OF_VECTOR)
    for name in ("kommuner", "pendling"):
        copied = gdal.VectorTranslate(
            f"PG:{pg_dsn}",
            source,
            layers=[name],
            accessMode="append",
            options=["-preserve_fid"],
            layerCreationOptions=[f"SCHEMA={schema}", "FID=fid", "GEOMETRY_NAME=geom", "LAUNDER=NO"],
        )
        assert copied is not None, (name, gdal.GetLastErrorMsg())
        copied = None
    source = None
    server = pg_parameters(pg_dsn)
    kept = {}
    for name, geometry in (("kommuner", "geom"), ("pendling", "")):
        uri = QgsDataSourceUri()
        uri.setConnection(server["host"], server["port"], server["dbname"], server["user"], server["password"])
        uri.setDataSource(schema, name, geometry, "", "fid")
        kept[name] = QgsVectorLayer(uri.uri(False), name, "postgres")
        assert kept[name].isValid() and kept[name].featureCount() > 0, name
    assert not kept["pendling"].isSpatial()

    def both(algorithm, parameters, outputs):
        runs = []
        for zones, table in (
            (f"{sample_region}|layername=kommuner", f"{sample_region}|layername=pendling"),
            (kept["kommuner"], kept["pendling"]),
        ):
            chosen = {k: (zones if v == "ZONES" else table if v == "TABLE" else v) for k, v in parameters.items()}
            runs.append(
                _outputs(
                    processing.run(
                        algorithm,
                        {**chosen, **dict.fromkeys(outputs, "TEMPORARY_OUTPUT")},
                        feedback=RecordingFeedback(),
                    ),
                    outputs,
                )
            )
        return runs

    from_file, from_postgis = both(
        "samplan:functionalregions",
        {
            "ZONES": "ZONES",
            "COMMUTING_TABLE": "TABLE",
            "ZONE_CODE": "kommunkod",
            "ZONE_NAME": "kommunnamn",
            "CRS": "EPSG:3006",
            "METHOD": 1,
        },
        ("REGIONS", "ZONE_REGIONS"),
    )
    assert from_file["REGIONS"] and from_postgis == from_file
    from_file, from_postgis = both(
        "samplan:commutingflows",
        {"ZONES": "ZONES", "COMMUTING_TABLE": "TABLE", "ZONE_CODE": "kommunkod", "MIN_COUNT": 50},
        ("FLOWS",),
    )
    assert len(from_file["FLOWS"]) > 5 and from_postgis == from_file
    admin.close()
