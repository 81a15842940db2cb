"""samplan:comparedrafts and samplan:bordercoherence: draft A against draft B of the sample region, every indicator
checked against QGIS's native algorithms (or plain shapely written here), and bad input."""

from __future__ import annotations

import itertools

import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

import processing

from samplan.core.rules import read_rule_set

from ..reference.native_chain import NamedLayer, native_conflicts
from .conftest import RecordingFeedback, ensure_provider, memory_layer
from .test_fragmentation_region import WIDTHS, native, native_mesh

DEVELOPMENT = (
    "Mångfunktionell bebyggelse",
    "Sammanhängande bostadsbebyggelse",
    "Verksamheter och industri",
    "Utbyggnadsområde",
)
HOUSING = ("Mångfunktionell bebyggelse", "Sammanhängande bostadsbebyggelse", "Utbyggnadsområde")
GREEN_BLUE = ("natura2000", "naturreservat", "oversvamning_100ar", "jordbruksmark", "grona_kilar", "ekologiska_samband")
INFRASTRUCTURE = ("stationer", "hallplatser", "farligt_gods")


@pytest.fixture(scope="module")
def region(qgis_processing, tmp_path_factory):
    ensure_provider()
    path = tmp_path_factory.mktemp("region") / "region.gpkg"
    processing.run("samplan:sampleregion", {"SEED": 2026, "SCALE": 1, "OUTPUT": str(path)})
    return path


def uri(region, name):
    return f"{region}|layername={name}"


def layer(region, name):
    loaded = QgsVectorLayer(uri(region, name), name, "ogr")
    assert loaded.isValid()
    return loaded


def compare_parameters(region):
    return {
        "VERSIONS": [uri(region, "plan_a_omraden"), uri(region, "plan_b_omraden")],
        "VERSION_LINES": [uri(region, "plan_a_strak"), uri(region, "plan_b_strak")],
        "VERSION_NAMES": "A;B",
        "PLAN_FIELD": "anvandning",
        "AGRICULTURE": [uri(region, "jordbruksmark")],
        "FLOOD": [uri(region, "oversvamning_100ar")],
        "PROTECTED": [uri(region, "natura2000"), uri(region, "naturreservat")],
        "STATIONS": [uri(region, "stationer")],
        "STOPS": [uri(region, "hallplatser")],
        "DEPARTURES_FIELD": "avgangar_vardag",
        "MIN_DEPARTURES": 40,
        "GREEN_BLUE": [uri(region, n) for n in GREEN_BLUE],
        "INFRASTRUCTURE": [uri(region, n) for n in INFRASTRUCTURE],
        "THEME_FIELD": "kategori",
        "MUNICIPALITIES": uri(region, "kommuner"),
        "MUNICIPALITY_FIELD": "kommunnamn",
        "BORDER_DISTANCE": 0,
        "BARRIER_LINES": [uri(region, "vagar"), uri(region, "jarnvag")],
        "BARRIER_AREAS": [uri(region, "tatorter")],
        "WIDTHS": "; ".join(f"{k}={v:g}" for k, v in WIDTHS.items()),
        "CRS": "EPSG:3006",
        "LANGUAGE": 1,
        "CHANGES": "TEMPORARY_OUTPUT",
        "INDICATORS": "TEMPORARY_OUTPUT",
    }


def compare(region, **extra):
    return processing.run(
        "samplan:comparedrafts", {**compare_parameters(region), **extra}, feedback=RecordingFeedback()
    )


@pytest.fixture(scope="module")
def result(region):
    return compare(region)


def indicators(result):
    table = result["INDICATORS"]
    return {(f["indicator"], f["category"] or ""): (f["A"], f["B"], f["difference"]) for f in table.getFeatures()}


def total_area(output) -> float:
    return sum(f.geometry().area() for f in output.getFeatures())


def dissolved(region_or_layer, expression=None):
    source = region_or_layer
    if expression:
        source = native("native:extractbyexpression", {"INPUT": source, "EXPRESSION": expression})
    return native("native:dissolve", {"INPUT": source})


def listed(categories):
    return ", ".join("'" + c + "'" for c in categories)


def test_changes_match_native_difference(region, result):
    changes = list(result["CHANGES"].getFeatures())
    a, b = uri(region, "plan_a_omraden"), uri(region, "plan_b_omraden")
    added = native("native:difference", {"INPUT": b, "OVERLAY": a})
    removed = native("native:difference", {"INPUT": a, "OVERLAY": b})
    for change, reference in (("added", added), ("removed", removed)):
        ours = sum(f["area_m2"] for f in changes if f["change"] == change)
        assert ours == pytest.approx(total_area(reference), rel=1e-9, abs=1e-3), change
        # Feature by feature: the same pieces of the same features.
        fid = "to_fid" if change == "added" else "from_fid"
        by_feature = {f[fid]: f["area_m2"] for f in changes if f["change"] == change}
        native_by_feature = {
            f["fid"]: f.geometry().area() for f in reference.getFeatures() if f.geometry().area() > 1e-3
        }
        assert by_feature == pytest.approx(native_by_feature, rel=1e-9)
    # Category changes per category on the merged layers, with native algorithms: from c, (A_c ∩ ∪B) − B_c; then to d
    # where no category is lost, (B_d ∩ ∪A) − A_d − (the 'from' areas).
    merged = {a: dissolved(a), b: dissolved(b)}
    lost, gained, lost_union = [], [], None
    for this, that in ((a, b), (b, a)):
        for category in sorted({f["anvandning"] for f in QgsVectorLayer(this, "v", "ogr").getFeatures()}):
            own = dissolved(this, f"\"anvandning\" = '{category}'")
            same = dissolved(that, f"\"anvandning\" = '{category}'")
            piece = native(
                "native:difference",
                {"INPUT": native("native:intersection", {"INPUT": own, "OVERLAY": merged[that]}), "OVERLAY": same},
            )
            if this == b and lost:
                piece = native("native:difference", {"INPUT": piece, "OVERLAY": lost_union})
            lost.append(piece) if this == a else gained.append(piece)
        if this == a:
            lost_union = dissolved(native("native:mergevectorlayers", {"LAYERS": lost, "CRS": "EPSG:3006"}))
    changed = sum(total_area(piece) for piece in lost + gained)
    assert sum(f["area_m2"] for f in changes if f["change"] == "category_changed") == pytest.approx(changed, rel=1e-9)
    assert {f["change"] for f in changes} == {"added", "removed", "category_changed"}


def test_area_by_category_matches_native_dissolve(region, result):
    values = indicators(result)
    for version, name in ((0, "plan_a_omraden"), (1, "plan_b_omraden")):
        by_category = native("native:dissolve", {"INPUT": uri(region, name), "FIELD": ["anvandning"]})
        for feature in by_category.getFeatures():
            assert values[("area_by_category", feature["anvandning"])][version] == pytest.approx(
                feature.geometry().area() / 1e6, rel=1e-9
            )


@pytest.mark.parametrize(
    "indicator, overlay_layers",
    [
        ("development_on_agriculture", ["jordbruksmark"]),
        ("development_in_flood_zone", ["oversvamning_100ar"]),
        ("development_in_protected_nature", ["natura2000", "naturreservat"]),
    ],
)
def test_development_on_themes_matches_native_intersection(region, result, indicator, overlay_layers):
    values = indicators(result)
    overlay = dissolved(
        native("native:mergevectorlayers", {"LAYERS": [uri(region, n) for n in overlay_layers], "CRS": "EPSG:3006"})
    )
    for version, name in ((0, "plan_a_omraden"), (1, "plan_b_omraden")):
        development = dissolved(uri(region, name), f'"anvandning" IN ({listed(DEVELOPMENT)})')
        meeting = native("native:intersection", {"INPUT": development, "OVERLAY": overlay})
        assert values[(indicator, "")][version] == pytest.approx(total_area(meeting) / 1e6, rel=1e-9, abs=1e-12)
    a, b, difference = values[(indicator, "")]
    assert difference == pytest.approx(b - a)


def test_housing_near_transit_matches_native_buffers(region, result):
    values = indicators(result)
    stations = native("native:buffer", {"INPUT": uri(region, "stationer"), "DISTANCE": 1000, "SEGMENTS": 16})
    frequent = native(
        "native:extractbyexpression", {"INPUT": uri(region, "hallplatser"), "EXPRESSION": '"avgangar_vardag" >= 40'}
    )
    stops = native("native:buffer", {"INPUT": frequent, "DISTANCE": 400, "SEGMENTS": 16})
    near = dissolved(native("native:mergevectorlayers", {"LAYERS": [stations, stops], "CRS": "EPSG:3006"}))
    shares = []
    for version, name in ((0, "plan_a_omraden"), (1, "plan_b_omraden")):
        housing = dissolved(uri(region, name), f'"anvandning" IN ({listed(HOUSING)})')
        inside = total_area(native("native:intersection", {"INPUT": housing, "OVERLAY": near}))
        shares.append(100.0 * inside / total_area(housing))
        assert values[("new_housing_near_transit", "")][version] == pytest.approx(shares[-1], rel=1e-6)
        assert values[("new_housing", "")][version] == pytest.approx(total_area(housing) / 1e6, rel=1e-9)
    assert 0 < shares[0] < 100 and shares[0] != shares[1]


def test_conflicts_per_severity_match_native_chain(region, result):
    values = indicators(result)
    rules = read_rule_set()
    severity = {r.id: r.severity for r in rules}
    themes = [NamedLayer(n, "green-blue", layer(region, n)) for n in GREEN_BLUE] + [
        NamedLayer(n, "infrastructure", layer(region, n)) for n in INFRASTRUCTURE
    ]
    for version, letter in ((0, "a"), (1, "b")):
        plans = [
            NamedLayer(f"plan_{letter}_{kind}", "plan", layer(region, f"plan_{letter}_{kind}"))
            for kind in ("omraden", "strak")
        ]
        rows = native_conflicts(plans, "anvandning", themes, "kategori", rules)
        counts = rows["rule_id"].map(severity).value_counts().to_dict()
        for name in ("conflict", "warning", "opportunity"):
            assert values[("check_results", name)][version] == counts.get(name, 0), (letter, name)
    assert values[("check_results", "conflict")][0] > values[("check_results", "conflict")][1]


def test_mesh_change_matches_native_chain(region, result):
    values = indicators(result)
    whole = native(
        "native:fieldcalculator",
        {
            "INPUT": dissolved(uri(region, "kommuner")),
            "FIELD_NAME": "kommunnamn",
            "FIELD_TYPE": 2,
            "FORMULA": "'region'",
        },
    )
    before = native_mesh(region, units=whole)["region"][0]
    for version, letter in ((0, "a"), (1, "b")):
        after = native_mesh(
            region, uri(region, f"plan_{letter}_omraden"), uri(region, f"plan_{letter}_strak"), units=whole
        )["region"][0]
        assert values[("m_eff_after", "")][version] == pytest.approx(after, rel=1e-3)
        assert values[("m_eff_change", "")][version] == pytest.approx(after - before, rel=1e-2, abs=0.05)


def shapes(region, name):
    """(fid, category, shapely geometry) of every feature of a sample region layer, read without the plugin."""
    return [
        (
            f.id(),
            f["anvandning"]
            if "anvandning" in f.fields().names()
            else f["kommunnamn"]
            if "kommunnamn" in f.fields().names()
            else None,
            shapely.from_wkt(f.geometry().asWkt()),
        )
        for f in layer(region, name).getFeatures()
    ]


def plain_border_pairs(region, letter, distance):
    """IND-01 (industry within reach of housing, here the search distance) across municipal borders, pair by pair with
    plain shapely: every industry feature and housing feature of the draft (areas and corridors) whose municipalities
    (the one holding most of each) differ and that lie within the distance."""
    municipalities = [(category, geometry) for _, category, geometry in shapes(region, "kommuner")]

    def home(geometry):
        return max(municipalities, key=lambda m: (geometry.intersection(m[1]).area, m[0]))[0]

    plan = [
        (f"{kind}:{fid}", category, geometry)
        for kind in ("omraden", "strak")
        for fid, category, geometry in shapes(region, f"plan_{letter}_{kind}")
    ]
    pairs = set()
    for (fa, ca, ga), (fb, cb, gb) in itertools.permutations(plan, 2):
        if (
            ca == "Verksamheter och industri"
            and cb == "Sammanhängande bostadsbebyggelse"
            and home(ga) != home(gb)
            and ga.distance(gb) <= distance
        ):
            pairs.add((fa, home(ga), fb, home(gb)))
    return pairs


def test_border_incompatibilities_match_plain_shapely(region):
    # IND-01 (industry within 200 m of housing) finds no pair across a border in the sample region at its own distance;
    # at a 4 km search distance it does. The pairs are counted again here with plain shapely, pair by pair.
    result = processing.run(
        "samplan:bordercoherence",
        {
            "PLAN": uri(region, "plan_a_omraden"),
            "PLAN_FIELD": "anvandning",
            "MUNICIPALITIES": uri(region, "kommuner"),
            "MUNICIPALITY_FIELD": "kommunnamn",
            "DISTANCE": 4000,
            "CRS": "EPSG:3006",
            "LANGUAGE": 1,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    expected = {
        (int(fa.split(":")[1]), ma, int(fb.split(":")[1]), mb)
        for fa, ma, fb, mb in plain_border_pairs(region, "a", 4000)
        if fa.startswith("omraden") and fb.startswith("omraden")
    }
    found = {
        (f["plan_fid"], f["plan_municipality"], f["neighbour_fid"], f["neighbour_municipality"])
        for f in result["OUTPUT"].getFeatures()
    }
    assert found == expected and result["COUNT"] == len(expected) > 0
    assert all(f["rule_id"] == "IND-01" for f in result["OUTPUT"].getFeatures())


@pytest.fixture(scope="module")
def with_settlement_and_reach(region):
    """The comparison with existing settlement (tätorter) and a 14 km search distance across borders (the default run's
    0 = each rule's own 200 m finds no pair in either draft; at 14 km draft A has 3 pairs and B 2)."""
    return compare(region, EXISTING_SETTLEMENT=[uri(region, "tatorter")], BORDER_DISTANCE=14_000)


def test_new_development_matches_plain_shapely(region, result, with_settlement_and_reach):
    # New development: the union of the development categories' areas, minus existing settlement where given.
    settlement = shapely.union_all([g for _, _, g in shapes(region, "tatorter")])
    for version, letter in ((0, "a"), (1, "b")):
        development = shapely.union_all([g for _, c, g in shapes(region, f"plan_{letter}_omraden") if c in DEVELOPMENT])
        assert indicators(result)[("new_development", "")][version] == pytest.approx(development.area / 1e6, rel=1e-9)
        net = development.difference(settlement).area / 1e6
        assert indicators(with_settlement_and_reach)[("new_development", "")][version] == pytest.approx(net, rel=1e-9)
    assert 0 < net < development.area / 1e6  # the settlement takes a part: the subtraction is tested
    a, b, difference = indicators(with_settlement_and_reach)[("new_development", "")]
    assert difference == pytest.approx(b - a)


def test_border_incompatibility_indicator_matches_plain_shapely(region, with_settlement_and_reach):
    counts = [len(plain_border_pairs(region, letter, 14_000)) for letter in ("a", "b")]
    assert all(n > 0 for n in counts) and counts[0] != counts[1], counts  # pairs in both drafts, and a difference
    a, b, difference = indicators(with_settlement_and_reach)[("border_incompatibilities", "")]
    assert [a, b] == counts and difference == counts[1] - counts[0]


def transformed_copy(source: QgsVectorLayer, crs: str, name: str) -> QgsVectorLayer:
    target = memory_layer("Polygon", "field=plan_id:string&field=namn:string&field=anvandning:string", [], name, crs)
    transform = QgsCoordinateTransform(source.crs(), QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    features = []
    for feature in source.getFeatures():
        copy = QgsFeature(target.fields())
        geometry = feature.geometry()
        geometry.transform(transform)
        copy.setGeometry(geometry)
        copy.setAttributes([feature["plan_id"], feature["namn"], feature["anvandning"]])
        features.append(copy)
    target.dataProvider().addFeatures(features)
    return target


def test_version_in_another_crs_is_transformed(region, result):
    # Draft B in RT90 2.5 gon V (EPSG:3021), transformed there and back: edges B shares with A move by millimetres,
    # which leaves slivers (a few hundred m² along tens of km of edges); the changed areas stay the same to 0.05 %.
    b_rt90 = transformed_copy(layer(region, "plan_b_omraden"), "EPSG:3021", "plan_b_rt90")
    moved = compare(region, VERSIONS=[uri(region, "plan_a_omraden"), b_rt90], VERSION_LINES=[])
    for change in ("added", "removed", "category_changed"):
        ours = sum(f["area_m2"] for f in moved["CHANGES"].getFeatures() if f["change"] == change)
        reference = sum(f["area_m2"] for f in result["CHANGES"].getFeatures() if f["change"] == change)
        assert ours == pytest.approx(reference, rel=5e-4), change


def test_unknown_category_is_named(region):
    bad = memory_layer(
        "Polygon",
        "field=anvandning:string",
        [("POLYGON((440000 6710000, 441000 6710000, 441000 6711000, 440000 6710000))", ["Bostäder"])],
        "plan_c",
    )
    with pytest.raises(QgsProcessingException, match="Version 'C', layer 'plan_c'.*'Bostäder'"):
        compare(region, VERSIONS=[uri(region, "plan_a_omraden"), bad], VERSION_LINES=[], VERSION_NAMES="A;C")


def test_empty_version_is_named(region):
    empty = memory_layer("Polygon", "field=anvandning:string", [], "plan_tom")
    with pytest.raises(QgsProcessingException, match="Version 'plan_tom'.*no features"):
        compare(region, VERSIONS=[uri(region, "plan_a_omraden"), empty], VERSION_LINES=[], VERSION_NAMES="")


def test_corridors_must_pair_with_versions(region):
    with pytest.raises(QgsProcessingException, match="2 version layer.*1 corridor layer"):
        compare(region, VERSION_LINES=[uri(region, "plan_a_strak")])


def test_cancelled_comparison_leaves_no_file(region, tmp_path):
    feedback = RecordingFeedback(cancel_at=45.0)  # while the indicators of the second version are computed
    parameters = {"CHANGES": str(tmp_path / "changes.gpkg"), "INDICATORS": str(tmp_path / "indicators.csv")}
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        processing.run("samplan:comparedrafts", {**compare_parameters(region), **parameters}, feedback=feedback)
    assert list(tmp_path.iterdir()) == []


def test_inputs_are_not_modified(region, tmp_path):
    import hashlib

    before = hashlib.sha256(region.read_bytes()).hexdigest()
    compare(region)
    assert hashlib.sha256(region.read_bytes()).hexdigest() == before


def test_stops_without_departures_are_named(region):
    # A stop without a number of departures is not silently infrequent: the layer, the field and the features are named.
    stops = memory_layer(
        "Point",
        "field=avgangar_vardag:string",
        [
            ("POINT(440000 6710000)", ["60"]),
            ("POINT(441000 6710000)", [None]),
            ("POINT(442000 6710000)", ["många"]),
            ("POINT(443000 6710000)", ["12"]),
        ],
        "hallplatser_ny",
    )
    with pytest.raises(
        QgsProcessingException, match="Stops layer 'hallplatser_ny'.*'avgangar_vardag'.*2 stop.*feature ids 2, 3"
    ):
        compare(region, STOPS=[stops])
    without = memory_layer("Point", "field=namn:string", [("POINT(440000 6710000)", ["x"])], "hallplatser_utan")
    with pytest.raises(QgsProcessingException, match="Layer 'hallplatser_utan' has no field 'avgangar_vardag'"):
        compare(region, STOPS=[without])
