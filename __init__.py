"""Samplan: strategic planning checks for Swedish regional development work, inside QGIS."""
from __future__ import annotations


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    from .plugin import SamplanPlugin

    return SamplanPlugin(iface)
