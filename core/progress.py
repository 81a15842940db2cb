"""How the engine reports progress and learns of cancellation, without knowing about QGIS."""

from __future__ import annotations

from typing import Protocol

from .messages import Message


class Cancelled(Exception):
    """Raised by the engine between steps when the caller has asked it to stop."""


class Progress(Protocol):
    def set_progress(self, percent: float) -> None: ...
    def is_cancelled(self) -> bool: ...
    def info(self, message: str | Message) -> None: ...
    def warning(self, message: str | Message) -> None: ...


class SilentProgress:
    """Progress that reports nowhere and is never cancelled: for scripts and tests."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.warnings: list[str] = []

    def set_progress(self, percent: float) -> None:
        pass

    def is_cancelled(self) -> bool:
        return False

    def info(self, message: str | Message) -> None:
        self.messages.append(str(message))

    def warning(self, message: str | Message) -> None:
        self.warnings.append(str(message))


def sub_progress(progress: Progress, start: float, end: float) -> Progress:
    """A progress for a sub-step covering [start, end] percent of this one, where the progress can span; else itself."""
    span = getattr(progress, "span", None)
    return span(start, end) if span is not None else progress


def check_cancelled(progress: Progress) -> None:
    if progress.is_cancelled():
        raise Cancelled()
