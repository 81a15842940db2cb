"""Messages the engine gives users, kept translatable without Qt.

The engine writes each message as a template with positional fields and marks it with translatable(),
as Qt's QT_TR_NOOP does; scripts/update_translations.py collects the marked templates into the Qt
Linguist sources, and the QGIS adapter translates a template before it fills in the fields.
"""

from __future__ import annotations


def translatable(template: str) -> str:
    """Marks a message template for translation; returns it unchanged."""
    return template


class Message:
    """A template and its fields: English by str(), translated by whoever has a translator."""

    def __init__(self, template: str, *fields: object) -> None:
        self.template = template
        self.fields = fields

    def render(self, translate=lambda template: template) -> str:
        # A field that is itself a Message (a role's name, say) is translated with the same translator.
        fields = [f.render(translate) if isinstance(f, Message) else f for f in self.fields]
        return translate(self.template).format(*fields)

    def __str__(self) -> str:
        return self.render()


def some_ids(fids) -> str:
    """The first ten feature ids, for a message."""
    fids = [int(f) for f in fids]
    return ", ".join(str(f) for f in fids[:10]) + (" …" if len(fids) > 10 else "")
