"""QGIS feedback seen by the engine as its Progress."""

from __future__ import annotations

from qgis.core import QgsFeedback, QgsProcessingFeedback

from ..core.messages import Message
from ..core.table_files import TableFileError
from ..i18n.translation import tr


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

    def info(self, message: str | Message) -> None:
        if isinstance(self.feedback, QgsProcessingFeedback):
            self.feedback.pushInfo(localised(message))

    def warning(self, message: str | Message) -> None:
        if isinstance(self.feedback, QgsProcessingFeedback):
            self.feedback.pushWarning(localised(message))


def localised(message: str | Message | TableFileError) -> str:
    """An engine message in the user's language (the adapter's own messages arrive translated already)."""
    if isinstance(message, (Message, TableFileError)):
        return message.render(tr)
    return str(message)
