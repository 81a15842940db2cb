"""How the engine reports progress and learns of cancellation, without knowing about QGIS."""
from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised by the engine between steps when the caller has asked it to stop."""


class Progress(Protocol):
    def set_progress(self, percent: float) -> None: ...
    def is_cancelled(self) -> bool: ...
    def info(self, message: str) -> None: ...
    def warning(self, message: str) -> None: ...


class SilentProgress:
    """Progress that reports nowhere and is never cancelled: for scripts and tests."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.warnings: list[str] = []

    def set_progress(self, percent: float) -> None:
        pass

    def is_cancelled(self) -> bool:
        return False

    def info(self, message: str) -> None:
        self.messages.append(message)

    def warning(self, message: str) -> None:
        self.warnings.append(message)


def check_cancelled(progress: Progress) -> None:
    if progress.is_cancelled():
        raise Cancelled()
