"""Seconds per named step of a run, added up: where the time goes, for the log and the benchmark."""

from __future__ import annotations

import time
from contextlib import contextmanager


class StepTimes:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def step(self, name: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - started)

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds


def timed(times: StepTimes | None, name: str):
    """times.step(name), or nothing to time when there are no times."""
    return times.step(name) if times is not None else _nothing()


@contextmanager
def _nothing():
    yield
