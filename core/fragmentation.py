"""Landscape fragmentation: effective mesh size per reporting unit, before and after a plan draft.

Effective mesh size (Jaeger 2000): the landscape left between barriers falls into patches; for a reporting
unit of total area A_total,

    m_eff     = (1 / A_total) * sum(A_i ** 2)               (the cutting-out method, CUT)
    m_eff_CBC = (1 / A_total) * sum(A_i * A_i_cmpl)         (cross-boundary connections, Moser et al. 2007)

where A_i is the area of patch i inside the unit and A_i_cmpl the area of the whole patch, including its
parts outside the unit. m_eff is the size of the area two randomly chosen points in the unit can reach
without crossing a barrier. The effective mesh density s_eff = 1000 / m_eff (m_eff in km²) is the number of
meshes per 1000 km². Sources: Jaeger, J. A. G. (2000), Landscape division, splitting index, and effective
mesh size, Landscape Ecology 15: 115-130; Moser, B. et al. (2007), Modification of the effective mesh size
for measuring landscape fragmentation to solve the boundary problem, Landscape Ecology 22: 447-459.

Barriers: lines (roads by class, railways) widened to their class's width, and areas (settlement). A plan
draft adds its planned lines (widened by their category's width) and its development areas.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely

from .categories import map_plan_categories, normalise_category
from .features import FeatureTable, single_parts
from .messages import Message, some_ids, translatable
from .progress import Progress, SilentProgress, check_cancelled

M2_PER_KM2 = 1_000_000.0
# Patches smaller than this are slivers of overlay noise, not habitat.
SLIVER_M2 = 1.0
BUFFER_QUAD_SEGMENTS = 8
# How far beyond the reporting units habitat still counts towards a patch's whole area (A_i_cmpl) in m_eff_CBC.
DEFAULT_CONTEXT_M = 10_000.0

# Widths (metres, the whole width) of barrier lines by category; roads after Trafikverket's road classes.
DEFAULT_WIDTHS = {
    "motorväg": 60.0,
    "nationell väg": 30.0,
    "regional väg": 20.0,
    "lokal väg": 10.0,
    "järnväg": 25.0,
    "transportinfrastruktur": 40.0,
}
DEFAULT_LINE_WIDTH_M = 10.0
# Plan categories whose areas become barriers (development) and whose lines are new infrastructure.
DEVELOPMENT_CATEGORIES = (
    "Mångfunktionell bebyggelse",
    "Sammanhängande bostadsbebyggelse",
    "Verksamheter och industri",
    "Transportinfrastruktur",
    "Teknisk anläggning",
    "Utbyggnadsområde",
)
PLANNED_LINE_CATEGORIES = ("Transportinfrastruktur",)

UNIT_COLUMNS = [
    "unit",
    "area_km2",
    "patches_before",
    "patches_after",
    "m_eff_before_km2",
    "m_eff_after_km2",
    "m_eff_change_km2",
    "m_eff_change_pct",
    "s_eff_before",
    "s_eff_after",
    "m_eff_cbc_before_km2",
    "m_eff_cbc_after_km2",
    "m_eff_cbc_change_km2",
    "m_eff_cbc_change_pct",
    "s_eff_cbc_before",
    "s_eff_cbc_after",
]
CUT_COLUMNS = [
    "plan_layer",
    "plan_fid",
    "plan_key",
    "plan_category",
    "theme_layer",
    "theme_fid",
    "theme_category",
    "length_m",
    "unit",
]


class FragmentationInputError(ValueError):
    """Input the fragmentation analysis cannot use; the message names the layer."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def parse_widths(text: str) -> dict[str, float]:
    """'motorväg=60; lokal väg=10' → normalised category → width in metres."""
    widths: dict[str, float] = {}
    for item in (text or "").replace("\n", ";").split(";"):
        if not item.strip():
            continue
        name, sep, value = item.partition("=")
        try:
            width = float(value.strip().replace(",", "."))
        except ValueError:
            width = float("nan")
        if not sep or not name.strip() or not width >= 0:
            raise FragmentationInputError(
                Message(
                    translatable("Barrier widths: '{0}' is not of the form 'category=width in metres'."), item.strip()
                )
            )
        widths[normalise_category(name)] = width
    return widths


@dataclass
class Barriers:
    """What cuts the landscape: lines with a width per category, and areas."""

    lines: list[FeatureTable] = field(default_factory=list)
    areas: list[FeatureTable] = field(default_factory=list)


def barrier_geometry(barriers: Barriers, widths: dict[str, float], default_width: float, progress: Progress) -> object:
    """One (multi)polygon: every barrier line widened to its category's width, and every barrier area."""
    pieces = []
    unknown: dict[str, set[str]] = {}
    lines_by_width: dict[float, list[np.ndarray]] = {}
    for table in barriers.lines:
        if not len(table):
            continue
        normalised = table.normalised_categories
        width = np.array([widths.get(c, np.nan) for c in normalised], dtype=float)
        missing = np.isnan(width)
        if missing.any():
            unknown[table.layer_name] = set(table.categories[missing].astype(str))
            width[missing] = default_width
        lines = shapely.get_dimensions(table.geometries) == 1
        for value in np.unique(width[lines & (width > 0)]):
            lines_by_width.setdefault(float(value), []).append(table.geometries[lines & (width == value)])
    for value, groups in lines_by_width.items():
        check_cancelled(progress)
        pieces.append(widened(np.concatenate(groups), value))
    for layer, categories in unknown.items():
        progress.warning(
            Message(
                translatable("Barrier layer '{0}': no width is given for the categories {1}; they are {2} m wide."),
                layer,
                ", ".join(sorted(categories)),
                default_width,
            )
        )
    for table in barriers.areas:
        if len(table):
            pieces.append(table.geometries[shapely.get_dimensions(table.geometries) == 2])
    if not pieces:
        return shapely.from_wkt("POLYGON EMPTY")
    return shapely.union_all(np.concatenate(pieces))


def widened(lines: np.ndarray, width: float) -> np.ndarray:
    """Lines widened to a whole width (round joins and ends), as polygons.

    Bus routes and roads drawn once per route share long stretches: every segment is buffered once however
    many lines run along it (segments compared to the millimetre), after the segments are merged into
    lines again. The union of the result is the union of the lines' own buffers.
    """
    parts, _ = single_parts(lines)
    parts = parts[shapely.get_type_id(parts) == 1]
    if not len(parts):
        return np.empty(0, dtype=object)
    coordinates, owner = shapely.get_coordinates(parts, return_index=True)
    same_line = owner[1:] == owner[:-1]
    segments = np.round(np.concatenate([coordinates[:-1][same_line], coordinates[1:][same_line]], axis=1), 3)
    flip = (segments[:, 0] > segments[:, 2]) | ((segments[:, 0] == segments[:, 2]) & (segments[:, 1] > segments[:, 3]))
    segments[flip] = segments[flip][:, [2, 3, 0, 1]]
    segments = np.unique(segments, axis=0)
    segments = segments[(segments[:, 0] != segments[:, 2]) | (segments[:, 1] != segments[:, 3])]
    merged = shapely.line_merge(shapely.multilinestrings(shapely.linestrings(segments.reshape(-1, 2, 2))))
    return shapely.buffer(shapely.get_parts(merged), width / 2.0, quad_segs=BUFFER_QUAD_SEGMENTS)


def prepare_plan(tables: list[FeatureTable], mapping: dict[str, str] | None = None) -> list[FeatureTable]:
    """The plan layers with their categories mapped onto ÖP-modell; a category that is none is refused, naming the
    layer, the categories and the features (it would otherwise be silently no barrier: after = before)."""
    prepared = []
    for table in tables:
        categories, unknown, bad = map_plan_categories(table.categories, table.fids, mapping)
        if unknown:
            raise FragmentationInputError(
                Message(
                    translatable(
                        "Plan layer '{0}': the categories {1} are not ÖP-modell categories (feature ids {2}). Map them onto "
                        "ÖP-modell categories with a category mapping file."
                    ),
                    table.layer_name,
                    ", ".join(f"'{c}'" for c in unknown),
                    some_ids(bad),
                )
            )
        prepared.append(
            FeatureTable(table.layer_name, table.role, table.fids, table.geometries, categories, table.keys)
        )
    return prepared


def plan_barriers(
    plan_areas: list[FeatureTable],
    plan_lines: list[FeatureTable],
    development: tuple[str, ...] = DEVELOPMENT_CATEGORIES,
    line_categories: tuple[str, ...] = PLANNED_LINE_CATEGORIES,
) -> Barriers:
    """A plan draft's development areas and planned infrastructure lines as barriers."""
    wanted_areas = frozenset(normalise_category(c) for c in development)
    wanted_lines = frozenset(normalise_category(c) for c in line_categories)
    tables = plan_areas + plan_lines
    areas = [_subset(t, _of_dimension(t, t.matching(wanted_areas), 2)) for t in tables]
    lines = [_subset(t, _of_dimension(t, t.matching(wanted_lines), 1)) for t in tables]
    return Barriers(lines=lines, areas=areas)


def _of_dimension(table: FeatureTable, rows: np.ndarray, dimension: int) -> np.ndarray:
    return rows[shapely.get_dimensions(table.geometries[rows]) == dimension] if len(rows) else rows


def _subset(table: FeatureTable, rows: np.ndarray) -> FeatureTable:
    return FeatureTable(
        table.layer_name, table.role, table.fids[rows], table.geometries[rows], table.categories[rows], table.keys[rows]
    )


def patches_of(landscape: object, barrier: object) -> np.ndarray:
    """The landscape minus the barriers, broken into its connected parts (patches); slivers dropped."""
    remaining = shapely.difference(landscape, barrier) if not shapely.is_empty(barrier) else landscape
    parts = shapely.get_parts(shapely.get_parts(np.array([remaining], dtype=object)))
    parts = parts[shapely.get_dimensions(parts) == 2]
    return parts[shapely.area(parts) > SLIVER_M2]


def effective_mesh_size(units: np.ndarray, patches: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """m_eff (CUT) and m_eff_CBC in m² per unit, and the number of patch pieces in each unit.

    A patch that enters a unit in several pieces counts each piece, as the cutting-out method does.
    """
    units = np.asarray(units, dtype=object)
    unit_area = shapely.area(units)
    sum_sq: np.ndarray = np.zeros(len(units))
    sum_cbc: np.ndarray = np.zeros(len(units))
    count = np.zeros(len(units), dtype=np.int64)
    if len(patches) and len(units):
        which_unit, which_patch = shapely.STRtree(patches).query(units, predicate="intersects")
        inside = shapely.intersection(units[which_unit], patches[which_patch])
        piece_parts, owner = shapely.get_parts(inside, return_index=True)
        polygonal = shapely.get_dimensions(piece_parts) == 2
        piece_parts, owner = piece_parts[polygonal], owner[polygonal]
        a_i = shapely.area(piece_parts)
        keep = a_i > SLIVER_M2
        a_i, owner = a_i[keep], owner[keep]
        unit_of_piece = which_unit[owner]
        a_cmpl = shapely.area(patches[which_patch[owner]])
        sum_sq = np.bincount(unit_of_piece, weights=a_i * a_i, minlength=len(units))
        sum_cbc = np.bincount(unit_of_piece, weights=a_i * a_cmpl, minlength=len(units))
        count = np.bincount(unit_of_piece, minlength=len(units)).astype(np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        m_eff = np.where(unit_area > 0, sum_sq / unit_area, np.nan)
        m_cbc = np.where(unit_area > 0, sum_cbc / unit_area, np.nan)
    return m_eff, m_cbc, count


def mesh_density(m_eff_km2: np.ndarray) -> np.ndarray:
    """Effective mesh density: meshes per 1000 km² (empty where nothing is left)."""
    m = np.asarray(m_eff_km2, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(m > 0, 1000.0 / m, np.nan)


def grid_units(extent: tuple[float, float, float, float], cell_m: float) -> tuple[np.ndarray, np.ndarray]:
    """Square reporting units of a side covering the extent, named by their lower left corner (x_y in km)."""
    xmin, ymin, xmax, ymax = extent
    x0 = np.floor(xmin / cell_m) * cell_m
    y0 = np.floor(ymin / cell_m) * cell_m
    xs = np.arange(x0, xmax, cell_m)
    ys = np.arange(y0, ymax, cell_m)
    gx, gy = np.meshgrid(xs, ys)
    gx, gy = gx.ravel(), gy.ravel()
    names = np.array([f"{x / 1000:g}_{y / 1000:g}" for x, y in zip(gx, gy)], dtype=object)
    return shapely.box(gx, gy, gx + cell_m, gy + cell_m), names


@dataclass
class FragmentationResult:
    units: pd.DataFrame  # UNIT_COLUMNS + geometry
    cuts: pd.DataFrame  # CUT_COLUMNS + geometry (points)
    patches_after: np.ndarray  # patch polygons after the plan


def analyse_fragmentation(
    units: FeatureTable,
    barriers: Barriers,
    plan_areas: list[FeatureTable] | None = None,
    plan_lines: list[FeatureTable] | None = None,
    habitat: list[FeatureTable] | None = None,
    links: list[FeatureTable] | None = None,
    widths: dict[str, float] | None = None,
    default_width: float = DEFAULT_LINE_WIDTH_M,
    progress: Progress | None = None,
    mapping: dict[str, str] | None = None,
    context_distance: float = DEFAULT_CONTEXT_M,
) -> FragmentationResult:
    """m_eff and m_eff_CBC per unit before and after the plan, and where planned lines cut ecological links or wedges.

    The landscape is the habitat layers' area within `context_distance` of the units where habitat is given, so
    that a patch reaching beyond the study area's edge keeps its whole area there (A_i_cmpl, Moser et al. 2007);
    the barrier layers should then cover that band too. Without habitat it is the units' whole area: patches end
    at the study area's outer edge, and m_eff_CBC counts connections across the units' shared borders only (for
    a single unit it equals m_eff). A_total is always the unit's whole area (Jaeger 2000). The plan's categories must be ÖP-modell ones after
    the mapping (draft word → ÖP-modell category), else the plan layer is refused, naming them.
    """
    progress = progress or SilentProgress()
    widths = {**{normalise_category(k): v for k, v in DEFAULT_WIDTHS.items()}, **(widths or {})}
    plan_areas, plan_lines = prepare_plan(plan_areas or [], mapping), prepare_plan(plan_lines or [], mapping)
    if len(units) == 0:
        raise FragmentationInputError(
            Message(translatable("Reporting units layer '{0}' has no polygons."), units.layer_name)
        )
    unit_geometries = units.geometries
    region = shapely.union_all(unit_geometries)
    habitat_geometries = [t.geometries[shapely.get_dimensions(t.geometries) == 2] for t in habitat or [] if len(t)]
    if context_distance < 0 or not np.isfinite(context_distance):
        raise FragmentationInputError(
            Message(
                translatable("The context distance beyond the units must be 0 m or more; got {0}."), context_distance
            )
        )
    if habitat:
        context = (
            shapely.buffer(region, context_distance, quad_segs=BUFFER_QUAD_SEGMENTS) if context_distance > 0 else region
        )
        landscape = shapely.intersection(
            shapely.union_all(np.concatenate(habitat_geometries))
            if habitat_geometries
            else shapely.from_wkt("POLYGON EMPTY"),
            context,
        )
    else:
        landscape = region
        progress.info(
            Message(
                translatable(
                    "Without habitat layers the landscape is the units' whole area: patches end at its outer edge, so "
                    "m_eff_CBC counts connections across the units' shared borders only."
                )
            )
        )
    progress.set_progress(5)
    before_barrier = barrier_geometry(barriers, widths, default_width, progress)
    progress.set_progress(25)
    planned = plan_barriers(plan_areas, plan_lines)
    plan_barrier = barrier_geometry(planned, widths, default_width, progress)
    after_barrier = shapely.union(before_barrier, plan_barrier)
    progress.set_progress(40)
    check_cancelled(progress)
    patches_before = patches_of(landscape, before_barrier)
    progress.set_progress(60)
    check_cancelled(progress)
    patches_after = patches_of(landscape, after_barrier)
    progress.set_progress(80)
    check_cancelled(progress)
    m_before, cbc_before, n_before = effective_mesh_size(unit_geometries, patches_before)
    m_after, cbc_after, n_after = effective_mesh_size(unit_geometries, patches_after)
    frame = pd.DataFrame(
        {
            "unit": units.categories.astype(object),
            "area_km2": shapely.area(unit_geometries) / M2_PER_KM2,
            "patches_before": n_before,
            "patches_after": n_after,
            "m_eff_before_km2": m_before / M2_PER_KM2,
            "m_eff_after_km2": m_after / M2_PER_KM2,
            "m_eff_cbc_before_km2": cbc_before / M2_PER_KM2,
            "m_eff_cbc_after_km2": cbc_after / M2_PER_KM2,
        }
    )
    for prefix in ("m_eff", "m_eff_cbc"):
        before, after = frame[f"{prefix}_before_km2"], frame[f"{prefix}_after_km2"]
        frame[f"{prefix}_change_km2"] = after - before
        frame[f"{prefix}_change_pct"] = np.where(
            before > 0, 100.0 * (after - before) / before.where(before > 0, 1.0), np.nan
        )
        density = "s_eff" if prefix == "m_eff" else "s_eff_cbc"
        frame[f"{density}_before"] = mesh_density(before)
        frame[f"{density}_after"] = mesh_density(after)
    frame = frame[UNIT_COLUMNS]
    frame["geometry"] = unit_geometries
    cuts = planned_cuts(planned.lines, links or [], units)
    progress.set_progress(100)
    return FragmentationResult(frame, cuts, patches_after)


def planned_cuts(
    planned_lines: list[FeatureTable], links: list[FeatureTable], units: FeatureTable | None = None
) -> pd.DataFrame:
    """Points where planned lines cut ecological links (lines: each crossing point) or green wedges
    (areas: one point in the middle of each stretch of the line inside, with that stretch's length)."""
    rows = []
    for plan in planned_lines:
        if not len(plan):
            continue
        for theme in links:
            if not len(theme):
                continue
            tree = shapely.STRtree(theme.geometries)
            p, t = tree.query(plan.geometries, predicate="intersects")
            if not len(p):
                continue
            theme_dims = shapely.get_dimensions(theme.geometries[t])
            for kind_dim in (1, 2):
                rows_k = theme_dims == kind_dim
                if not rows_k.any():
                    continue
                pp, tt = p[rows_k], t[rows_k]
                meeting = shapely.intersection(plan.geometries[pp], theme.geometries[tt])
                parts, owner = shapely.get_parts(meeting, return_index=True)
                if kind_dim == 1:
                    keep = shapely.get_dimensions(parts) == 0
                    geometry, length = parts[keep], np.full(int(keep.sum()), np.nan)
                else:
                    keep = (shapely.get_dimensions(parts) == 1) & (shapely.length(parts) > 0)
                    geometry = shapely.line_interpolate_point(parts[keep], 0.5, normalized=True)
                    length = shapely.length(parts[keep])
                owner = owner[keep]
                rows.append(
                    pd.DataFrame(
                        {
                            "plan_layer": plan.layer_name,
                            "plan_fid": plan.fids[pp[owner]],
                            "plan_key": plan.keys[pp[owner]],
                            "plan_category": plan.categories[pp[owner]],
                            "theme_layer": theme.layer_name,
                            "theme_fid": theme.fids[tt[owner]],
                            "theme_category": theme.categories[tt[owner]],
                            "length_m": length,
                            "geometry": geometry,
                        }
                    )
                )
    if not rows:
        frame = pd.DataFrame({c: pd.Series(dtype=object) for c in CUT_COLUMNS})
        frame["geometry"] = pd.Series(dtype=object)
        return frame
    frame = pd.concat(rows, ignore_index=True)
    frame["unit"] = None
    if units is not None and len(units) and len(frame):
        which, found = shapely.STRtree(units.geometries).query(frame["geometry"].to_numpy(), predicate="intersects")
        names = np.full(len(frame), None, dtype=object)
        names[which[::-1]] = units.categories[found[::-1]]
        frame["unit"] = names
    frame = frame.sort_values(["plan_layer", "plan_fid", "theme_layer", "theme_fid"], kind="stable").reset_index(
        drop=True
    )
    return frame[CUT_COLUMNS + ["geometry"]]


def region_mesh(
    units: FeatureTable,
    barriers: Barriers,
    plan_areas: list[FeatureTable],
    plan_lines: list[FeatureTable],
    habitat: list[FeatureTable] | None = None,
    widths: dict[str, float] | None = None,
    default_width: float = DEFAULT_LINE_WIDTH_M,
    progress: Progress | None = None,
) -> tuple[float, float]:
    """m_eff (km²) of the whole region (the units together as one unit) before and after a plan."""
    whole = FeatureTable(
        units.layer_name,
        units.role,
        np.array([0]),
        np.array([shapely.union_all(units.geometries)], dtype=object),
        np.array(["region"], dtype=object),
    )
    result = analyse_fragmentation(
        whole, barriers, plan_areas, plan_lines, habitat, None, widths, default_width, progress
    )
    row = result.units.iloc[0]
    return float(row["m_eff_before_km2"]), float(row["m_eff_after_km2"])


__all__ = [
    "Barriers",
    "FragmentationInputError",
    "FragmentationResult",
    "analyse_fragmentation",
    "barrier_geometry",
    "effective_mesh_size",
    "grid_units",
    "mesh_density",
    "parse_widths",
    "patches_of",
    "plan_barriers",
    "planned_cuts",
    "prepare_plan",
    "region_mesh",
]
