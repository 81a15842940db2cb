"""The conflict inspector's set-up: which layers play which part. Saved in the project file, so that
opening the project restores it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from qgis.core import QgsProject

from ..core.rules import THEME_ROLES

SCOPE = "Samplan"
KEY = "inspector/setup"
ROLES = THEME_ROLES  # the theme roles a layer can play (core/rules.py)


@dataclass
class ThemeAssignment:
    layer_id: str
    role: str
    category_field: str = ""  # empty: the layer's name is the category


@dataclass
class InspectorSetup:
    plan_layer_id: str = ""
    plan_field: str = "anvandning"
    plan_lines_layer_id: str = ""
    plan_key_field: str = ""
    municipality_layer_id: str = ""
    municipality_field: str = ""
    themes: list[ThemeAssignment] = field(default_factory=list)
    rules_path: str = ""  # empty: the bundled default
    results_path: str = ""  # the results GeoPackage, which also holds the reviews
    # Shared results instead: a saved QGIS PostgreSQL connection (its name only, never credentials) and a schema.
    results_connection: str = ""
    results_schema: str = ""

    @property
    def shared(self) -> bool:
        return bool(self.results_connection)

    def to_json(self, project: QgsProject | None = None) -> str:
        data = asdict(self)
        if project is not None:  # paths relative to the project, as QGIS keeps its own
            resolver = project.pathResolver()
            data["rules_path"] = resolver.writePath(self.rules_path) if self.rules_path else ""
            data["results_path"] = resolver.writePath(self.results_path) if self.results_path else ""
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, project: QgsProject | None = None) -> InspectorSetup:
        data = json.loads(text)
        themes = [ThemeAssignment(**t) for t in data.pop("themes", []) if t.get("role") in ROLES]
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        setup = cls(**known, themes=themes)
        if project is not None:
            resolver = project.pathResolver()
            setup.rules_path = resolver.readPath(setup.rules_path) if setup.rules_path else ""
            setup.results_path = resolver.readPath(setup.results_path) if setup.results_path else ""
        return setup

    def role_of(self, layer_id: str) -> ThemeAssignment | None:
        return next((t for t in self.themes if t.layer_id == layer_id), None)


def save_to_project(setup: InspectorSetup, project: QgsProject) -> None:
    project.writeEntry(SCOPE, KEY, setup.to_json(project))


def load_from_project(project: QgsProject) -> InspectorSetup | None:
    text, found = project.readEntry(SCOPE, KEY, "")
    if not found or not text:
        return None
    try:
        return InspectorSetup.from_json(text, project)
    except (ValueError, TypeError):
        return None
