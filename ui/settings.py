"""Samplan's own settings, behind one small class over QgsSettings."""

from __future__ import annotations

from qgis.core import QgsSettings

PREFIX = "samplan/"


class SamplanSettings:
    """Typed access to what the plugin remembers between sessions (not per project: that is in the project)."""

    def __init__(self) -> None:
        self._settings = QgsSettings()

    def _get(self, key: str, default: str = "") -> str:
        return str(self._settings.value(PREFIX + key, default, type=str))

    def _set(self, key: str, value: str) -> None:
        self._settings.setValue(PREFIX + key, value)

    @property
    def sample_region_folder(self) -> str:
        return self._get("sample_region_folder")

    @sample_region_folder.setter
    def sample_region_folder(self, value: str) -> None:
        self._set("sample_region_folder", value)

    @property
    def rule_set_folder(self) -> str:
        return self._get("rule_set_folder")

    @rule_set_folder.setter
    def rule_set_folder(self, value: str) -> None:
        self._set("rule_set_folder", value)

    @property
    def export_folder(self) -> str:
        return self._get("export_folder")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._set("export_folder", value)
