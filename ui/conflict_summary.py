"""One line that says what a picked conflict is, e.g. "A-02 overlaps Natura 2000 Kvarnskogen, 1.82 km² (58 %),
MB 7 kap. 28 a §", its numbers in the locale's format (Swedish: "1,82 km²")."""

from __future__ import annotations

from qgis.PyQt.QtCore import QLocale

from ..i18n.translation import tr, user_locale

M2_PER_KM2 = 1_000_000.0
M2_PER_HA = 10_000.0


def _number(locale: QLocale, value: float, decimals: int) -> str:
    # QLocale groups thousands with the locale's separator (Swedish: a non-breaking space) and its decimal sign.
    return locale.toString(float(value), "f", decimals)


def area_text(area_m2: float, locale: QLocale) -> str:
    """km² from one square kilometre up (two decimals), hectares from one hectare up (one), else m²."""
    if area_m2 >= M2_PER_KM2:
        return f"{_number(locale, area_m2 / M2_PER_KM2, 2)} km²"
    if area_m2 >= M2_PER_HA:
        return f"{_number(locale, area_m2 / M2_PER_HA, 1)} ha"
    return f"{_number(locale, area_m2, 0)} m²"


def length_text(length_m: float, locale: QLocale) -> str:
    if length_m >= 1000.0:
        return f"{_number(locale, length_m / 1000.0, 2)} km"
    return f"{_number(locale, length_m, 0)} m"


def share_text(share: float, locale: QLocale) -> str:
    """A share (0..1) in per cent: whole per cents from 10 % up, one decimal below."""
    percent = 100.0 * share
    return f"{_number(locale, percent, 0 if percent >= 10.0 else 1)} %"


def _subject(values: dict) -> str:
    key = values.get("plan_key")
    if key not in (None, ""):
        return str(key)
    category = values.get("plan_category") or ""
    fid = values.get("plan_fid")
    return tr("{0} (feature {1})").format(category, fid) if fid is not None else category


def _theme(values: dict) -> str:
    category = values.get("theme_category") or values.get("theme_layer") or ""
    key = values.get("theme_key")
    return f"{category} {key}" if key not in (None, "") and str(key) not in category else category


def _relation(values: dict, locale: QLocale) -> str:
    relation = values.get("relation") or "overlaps"
    distance = values.get("distance_m")
    if relation == "within_distance":
        return tr("lies within {0} of").format(length_text(float(distance or 0.0), locale))
    if relation == "not_within_distance":
        return tr("lies farther than {0} from any").format(length_text(float(distance or 0.0), locale))
    if relation == "crosses":
        return tr("crosses")
    return tr("overlaps")


def measure_text(values: dict, kind: str, locale: QLocale | None = None) -> str:
    """The row's area, length or number of points in the locale's format ('' where it has none)."""
    locale = locale or user_locale()
    if kind == "area" and values.get("area_m2") is not None:
        return area_text(float(values["area_m2"]), locale)
    if kind == "line" and values.get("length_m") is not None:
        return length_text(float(values["length_m"]), locale)
    if kind == "point" and values.get("point_count") is not None:
        return tr("{0} point(s)").format(_number(locale, float(values["point_count"]), 0))
    return ""


def describe(values: dict, kind: str, locale: QLocale | None = None) -> str:
    """The conflict of a result row (its values; kind "area", "line" or "point") in one line."""
    locale = locale or user_locale()
    parts = [f"{_subject(values)} {_relation(values, locale)} {_theme(values)}".strip()]
    measure = measure_text(values, kind, locale)
    if measure and kind == "area" and values.get("share") is not None:
        measure += f" ({share_text(float(values['share']), locale)})"
    if measure:
        parts.append(measure)
    if values.get("basis"):
        parts.append(str(values["basis"]))
    return ", ".join(parts)


def counts_text(shown: dict[str, int], total: dict[str, int], locale: QLocale | None = None) -> str:
    """How many rows of each severity the filters show, of all: "8 of 8 conflicts · 0 of 98 warnings · 0 of 2
    opportunities" (the noun agrees with the total)."""
    locale = locale or user_locale()
    wording = {
        "conflict": (tr("{0} of {1} conflict"), tr("{0} of {1} conflicts")),
        "warning": (tr("{0} of {1} warning"), tr("{0} of {1} warnings")),
        "opportunity": (tr("{0} of {1} opportunity"), tr("{0} of {1} opportunities")),
    }
    return " · ".join(
        (one if total.get(severity, 0) == 1 else many).format(
            _number(locale, shown.get(severity, 0), 0), _number(locale, total.get(severity, 0), 0)
        )
        for severity, (one, many) in wording.items()
    )
