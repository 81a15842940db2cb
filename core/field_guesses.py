"""Which field of a layer is most likely the one a parameter asks for, by its name (hastighet, speed, maxspeed
for a speed): plain names in, a name out, so that a form can offer it and a run can fall back on it."""

from __future__ import annotations

# Candidate names per kind, the likeliest first; compared without case.
FIELD_GUESSES: dict[str, tuple[str, ...]] = {
    "speed": (
        "hastighet",
        "speed",
        "maxspeed",
        "max_speed",
        "speed_kmh",
        "hastighet_kmh",
        "hastighetsgrans",
        "hastighetsgräns",
        "hthast",  # NVDB's högsta tillåtna hastighet
        "maxhastighet",
        "hast",
        "kmh",
    ),
    "population": (
        "befolkning",
        "population",
        "pop",
        "inv",
        "invanare",
        "invånare",
        "folkmangd",
        "folkmängd",
        "antal_invanare",
        "bef",
    ),
    "zone_name": ("kommunnamn", "namn", "name", "kommun", "deso_namn", "regso_namn"),
}


def guessed_field(field_names: list[str] | tuple[str, ...], kind: str) -> str | None:
    """The layer's field named like `kind` (the first candidate that it has), as the layer spells it; else None."""
    by_lower: dict[str, str] = {}
    for name in field_names:
        by_lower.setdefault(name.lower(), name)
    return next((by_lower[c] for c in FIELD_GUESSES[kind] if c in by_lower), None)
