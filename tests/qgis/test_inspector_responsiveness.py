"""The inspector runs the check on a large region as a task while the Qt event loop keeps turning (a timer ticks on),
and a cancel part-way ends the task leaving the results as they were.

How long the event loop stands still and how soon a cancel takes effect are speeds: they are measured and printed
here, and held to their limits only by the benchmark (`make bench-responsiveness`, which sets
SAMPLAN_TIMING_LIMITS=1), never in `make test` on a shared machine."""

from __future__ import annotations

import os
import statistics
import time

import numpy as np
import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer

import processing
from samplan.ui.conflict_inspector import ConflictInspectorDock
from samplan.ui.sample_project import RESULTS_FILE, build_sample_project

from .conftest import wait_for

# Scale 30: about 330,000 buildings; the check takes several seconds, long enough to watch.
SCALE = 30
TICK_MS = 20
# The longest the event loop may stand still: a hitch a user barely notices, far from a frozen window.
LONGEST_STILL_S = 0.75
TIMING_LIMITS = os.environ.get("SAMPLAN_TIMING_LIMITS") == "1"


@pytest.fixture(scope="module")
def large_project(qgis_processing, tmp_path_factory):
    from .conftest import ensure_provider

    ensure_provider()
    folder = tmp_path_factory.mktemp("large")
    region = folder / "region.gpkg"
    processing.run("samplan:sampleregion", {"SEED": 7, "SCALE": SCALE, "OUTPUT": str(region)})
    project = QgsProject.instance()
    build_sample_project(project, region, folder)
    yield project, folder
    project.clear()


class Ticker:
    """A Qt timer that records when it fires: it only fires while the event loop turns."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *_exc):
        self.timer.stop()

    def gaps_between(self, start: float, end: float) -> np.ndarray:
        inside = [t for t in self.times if start <= t <= end]
        return np.diff([start, *inside, end])


def test_event_loop_turns_while_the_check_runs_and_cancel_stops_it(large_project, qgis_iface):
    project, folder = large_project
    dock = ConflictInspectorDock(qgis_iface, project)
    try:
        finished: list[tuple[bool, float]] = []

        def start() -> float:
            finished.clear()
            assert dock.start_check()
            dock.run.finished.connect(lambda ok, _message: finished.append((ok, time.perf_counter())))
            return time.perf_counter()

        with Ticker() as ticker:
            started = start()
            wait_for(lambda: bool(finished), timeout_s=600, step_ms=5)
            ended = finished[0][1]
        assert finished[0][0], "the first run must complete"
        duration = ended - started
        gaps = ticker.gaps_between(started, ended)
        print(
            f"\nrun: {duration:.1f} s, {len(gaps) - 1} ticks, median gap {1000 * statistics.median(gaps):.0f} ms, "
            f"longest {1000 * gaps.max():.0f} ms at {float(np.cumsum(gaps)[gaps.argmax()]):.1f} s, "
            f"the three longest {np.round(1000 * np.sort(gaps)[-3:]).tolist()} ms, rows {len(dock.model.rows)}"
        )
        assert len(gaps) > 10, "the case must be large enough to watch: several ticks during the run"
        assert len(dock.model.rows) > 1000
        assert len(gaps) > 1, "the event loop turned while the check ran"
        if TIMING_LIMITS:
            assert statistics.median(gaps) < 0.05 and gaps.max() < LONGEST_STILL_S

        # Cancelled part-way: the task ends within a second and the results are those of the first run.
        results = folder / RESULTS_FILE
        before = results.read_bytes()
        with Ticker() as ticker:
            started = start()
            wait_for(lambda: time.perf_counter() - started > duration / 3, timeout_s=60, step_ms=5)
            cancelled_at = time.perf_counter()
            dock.cancel_check()
            wait_for(lambda: bool(finished), timeout_s=30, step_ms=5)
        ok, ended = finished[0]
        print(f"cancel: stopped {1000 * (ended - cancelled_at):.0f} ms after the cancel")
        assert ok is False
        if TIMING_LIMITS:
            assert ended - cancelled_at < 1.0
            assert ticker.gaps_between(started, ended).max() < LONGEST_STILL_S
        assert results.read_bytes() == before
        assert not list(folder.glob("*_running_*"))
    finally:
        dock.disconnect_project()
        dock.deleteLater()
