"""The network benchmark fails (exit 1) when its answers differ from the peer's, instead of only printing so."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_network.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_network", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("answers,code", [((True, True, True), 0), ((False, True, True), 1), ((True, True, False), 1)])
def test_exit_code_follows_the_comparison(bench, monkeypatch, answers, code):
    monkeypatch.setattr(bench, "bench_real_peers", lambda *sizes: True)  # the real tools need QGIS: tests/qgis
    for name, same in zip(("bench_detours", "bench_demand", "bench_accessibility"), answers):
        monkeypatch.setattr(bench, name, lambda *sizes, same=same: same)
    assert bench.main(["--quick"]) == code


def test_quick_run_agrees_with_its_peer(bench, capsys):
    assert bench.main(["--quick", "--part", "detours"]) == 0
    assert "same answers on the sample: True" in capsys.readouterr().out
