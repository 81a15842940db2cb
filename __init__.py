"""Samplan: strategic planning checks for Swedish regional development work, inside QGIS."""

from __future__ import annotations


def classFactory(iface):
    from .plugin import SamplanPlugin

    return SamplanPlugin(iface)
