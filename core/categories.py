"""Category names as rules and layers spell them, made comparable."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .messages import translatable
from .table_files import TableFileError, read_table_text, table_records

_SEPARATORS = re.compile(r"[\s_\-]+")


def normalise_category(value: object) -> str:
    """Casefolded, with '_', '-' and runs of white space read as one space: 'Natura_2000' == 'natura 2000'."""
    if value is None:
        return ""
    text = str(value)
    return _SEPARATORS.sub(" ", text.casefold()).strip()


def normalise_categories(values: np.ndarray | list) -> np.ndarray:
    """Normalise an array of categories; each distinct value is normalised once."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=False)
    normalised = np.array([normalise_category(v) for v in uniques], dtype=object)
    return normalised[codes] if len(codes) else np.empty(0, dtype=object)


# Boverket's ÖP-modell 2.1: land and water use, and development direction.
OP_CATEGORIES = (
    "Mångfunktionell bebyggelse",
    "Sammanhängande bostadsbebyggelse",
    "Verksamheter och industri",
    "Transportinfrastruktur",
    "Teknisk anläggning",
    "Areell näring",
    "Grönområde och park",
    "Natur och friluftsliv",
    "Landsbygd",
    "Vatten",
    "Utbyggnadsområde",
    "Utbyggnadsriktning",
    "Regional kärna",
    "Viktigt samband för natur och friluftsliv",
)
MAPPING_COLUMNS = ("draft_category", "op_category")


class CategoryMappingError(TableFileError):
    """A category mapping file that cannot be used; names the file, line and column at fault."""


def parse_category_mapping(text: str, source: str = "<mapping>") -> dict[str, str]:
    """A draft's own category words → ÖP-modell categories, from a two-column CSV (draft_category, op_category)."""
    known = {normalise_category(c): c for c in OP_CATEGORIES}
    mapping: dict[str, str] = {}
    lines: dict[str, int] = {}
    for line, values in table_records(text, source, MAPPING_COLUMNS, CategoryMappingError):
        draft = normalise_category(values["draft_category"])
        if not draft:
            raise CategoryMappingError(source, line, "draft_category", translatable("'{0}' is empty"), "draft_category")
        target = known.get(normalise_category(values["op_category"]))
        if target is None:
            raise CategoryMappingError(
                source,
                line,
                "op_category",
                translatable("'{0}' is not an ÖP-modell category; expected one of {1}"),
                values["op_category"],
                ", ".join(OP_CATEGORIES),
            )
        if draft in mapping and mapping[draft] != target:
            raise CategoryMappingError(
                source,
                line,
                "draft_category",
                translatable("'{0}' is mapped twice, differently (also on line {1})"),
                values["draft_category"],
                lines[draft],
            )
        mapping[draft] = target
        lines[draft] = line
    return mapping


def read_category_mapping(path: str | Path) -> dict[str, str]:
    file_path = Path(path)
    return parse_category_mapping(read_table_text(file_path, CategoryMappingError), str(file_path))


def apply_category_mapping(categories: np.ndarray, mapping: dict[str, str]) -> np.ndarray:
    """Each category the mapping knows replaced by its ÖP-modell category; the others kept as they are."""
    if not mapping or len(categories) == 0:
        return np.asarray(categories, dtype=object)
    normalised = normalise_categories(categories)
    return np.array([mapping.get(n, original) for n, original in zip(normalised, categories)], dtype=object)


def map_plan_categories(
    categories: np.ndarray, fids: np.ndarray, mapping: dict[str, str] | None
) -> tuple[np.ndarray, list[str], np.ndarray]:
    """A plan layer's categories after the mapping, the (sorted) ones that still are no ÖP-modell category, and the
    ids of the features that carry them; the caller refuses the layer naming both."""
    mapped = apply_category_mapping(np.asarray(categories, dtype=object), mapping or {})
    known = {normalise_category(c) for c in OP_CATEGORIES}
    normalised = normalise_categories(mapped)
    bad = ~np.isin(normalised, list(known)) if len(mapped) else np.zeros(0, dtype=bool)
    unknown = sorted({str(c) for c in mapped[bad]})
    return mapped, unknown, np.asarray(fids)[bad]


def unknown_categories(categories: np.ndarray, also_known: frozenset[str] = frozenset()) -> dict[str, int]:
    """Categories that are neither ÖP-modell ones nor in `also_known` (normalised), with how often each occurs."""
    known = {normalise_category(c) for c in OP_CATEGORIES} | set(also_known)
    counts = pd.Series(np.asarray(categories, dtype=object)).value_counts(sort=True)
    return {str(value): int(count) for value, count in counts.items() if normalise_category(value) not in known}
