"""The functional-region engine, one module per job; `core/labour_markets.py` is the entry point that names its API."""
