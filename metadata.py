"""What metadata.txt says of the plugin, for the code that needs it."""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def plugin_version() -> str:
    parser = configparser.ConfigParser()
    parser.read(Path(__file__).resolve().parent / "metadata.txt", encoding="utf-8")
    return parser.get("general", "version", fallback="unknown")
