"""The sample region's generation steps, one module each; `core/sample_region.py` is the entry point."""
