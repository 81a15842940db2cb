"""QGIS feedback seen by the engine as its Progress."""
from __future__ import annotations

from qgis.core import QgsFeedback, QgsProcessingFeedback


class FeedbackProgress:
    """Engine progress (0-100) mapped onto a span of a QGIS feedback's progress bar."""

    def __init__(self, feedback: QgsFeedback | None, start: float = 0.0, end: float = 100.0) -> None:
        self.feedback = feedback
        self.start = start
        self.end = end

    def span(self, start: float, end: float) -> FeedbackProgress:
        """A progress for a sub-step covering [start, end] of this one's range."""
        width = self.end - self.start
        return FeedbackProgress(self.feedback, self.start + width * start / 100.0, self.start + width * end / 100.0)

    def set_progress(self, percent: float) -> None:
        if self.feedback is not None:
            self.feedback.setProgress(self.start + (self.end - self.start) * min(max(percent, 0.0), 100.0) / 100.0)

    def is_cancelled(self) -> bool:
        return self.feedback is not None and self.feedback.isCanceled()

    def info(self, message: str) -> None:
        if isinstance(self.feedback, QgsProcessingFeedback):
            self.feedback.pushInfo(message)

    def warning(self, message: str) -> None:
        if isinstance(self.feedback, QgsProcessingFeedback):
            self.feedback.pushWarning(message)
