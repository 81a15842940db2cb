"""The one bridge between QGIS and the engine in core/: layers to arrays, frames to layers, feedback to progress."""
