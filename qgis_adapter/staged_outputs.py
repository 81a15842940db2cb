"""Outputs written beside their destination and moved into place only when the run is complete.

Every file output of a Samplan algorithm goes first into a hidden folder beside its destination
(`.samplan-partial-<pid>-<random>`, on the same disk, so that the final move is a rename). When the
algorithm has written everything, each staged file is moved into place: a whole file by one atomic rename,
tables meant for an existing GeoPackage by one SQLite transaction (results_file.publish_tables). A kill,
a crash or a full disk before that point leaves the previous results, and the reviews in them, as they were.

A staged GeoPackage is written without SQLite's flush to disk at every commit (dozens per file, each a wait on
the disk): nothing reads it before the run is complete, and publish() flushes each staged file once before it
moves it into place.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from osgeo import gdal
from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from ..i18n.translation import tr
from .results_file import (
    SQLITE_COMPANION_SUFFIXES,
    ResultsFileError,
    flush_to_disk,
    pause_for_fault_test,
    publish_tables,
)

STAGING_PREFIX = ".samplan-partial-"
_PROVIDER_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9_]+:")  # "memory:", "ogr:", "postgres:" (not "C:\...")


class OutputError(Exception):
    """An output cannot be written where it was asked for; the message names it."""


@dataclass
class _Staged:
    final: Path
    staged: Path
    tables: list[str] = field(default_factory=list)  # tables for a GeoPackage; empty: the whole file


def destination_file(destination: str) -> tuple[Path | None, str | None]:
    """The file an output destination writes (None for memory, databases and services), and its table when it
    names one (`ogr:dbname='x.gpkg' table="t"`)."""
    if not destination or destination == "TEMPORARY_OUTPUT":
        return None, None
    if _PROVIDER_PREFIX.match(destination):
        provider, rest = destination.split(":", 1)
        if provider.lower() != "ogr":
            return None, None
        uri = QgsDataSourceUri(rest)
        database = uri.database() or uri.param("dbname")
        return (Path(database), uri.table() or None) if database else (None, None)
    return Path(destination.split("|", 1)[0]), None


def input_file(layer) -> tuple[Path | None, str | None]:
    """The file and table a layer reads (None for memory layers and databases)."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path") or ""
    return (Path(path), parts.get("layerName") or None) if path else (None, None)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def writable_folder(path: Path) -> Path | None:
    """The first existing folder above `path`, when no file can be made in it (None when one can)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=STAGING_PREFIX):
            return None
    except OSError:
        return folder


class OutputStaging:
    """The staged outputs of one run."""

    def __init__(self) -> None:
        self.files: dict[Path, _Staged] = {}
        self.folders: list[Path] = []

    def _folder_beside(self, final: Path) -> Path:
        parent = final.parent
        for folder in self.folders:
            if folder.parent == parent:
                return folder
        parent.mkdir(parents=True, exist_ok=True)
        _remove_abandoned(parent)
        folder = parent / f"{STAGING_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            folder.mkdir()
        except OSError as error:
            raise OutputError(tr("Cannot write into the folder {0}: {1}.").format(parent, error.strerror)) from None
        self.folders.append(folder)
        return folder

    def stage(self, destination: str) -> str | None:
        """The destination to write instead of `destination` (None when it is no file and needs no staging)."""
        final, table = destination_file(destination)
        if final is None:
            return None
        final = final.absolute()
        if table is not None and final.suffix.lower() != ".gpkg":
            return None  # tables of other formats are written as QGIS writes them
        entry = self.files.get(final)
        if entry is None:
            entry = _Staged(final, self._folder_beside(final) / final.name)
            self.files[final] = entry
        if table is not None:
            entry.tables.append(table)
        return destination.replace(str(destination_file(destination)[0]), str(entry.staged), 1)

    def final_value(self, value: str) -> str:
        """A destination or result naming a staged file, naming its destination instead."""
        for entry in self.files.values():
            value = value.replace(str(entry.staged), str(entry.final))
        return value

    def publish(self) -> None:
        """Every staged file into place; raises OutputError naming the file when one cannot be."""
        for entry in self.files.values():
            if not entry.staged.exists():
                continue  # the algorithm did not write this output after all
            pause_for_fault_test("publish")
            try:
                if entry.tables and entry.final.exists():
                    publish_tables(entry.staged, entry.final, entry.tables)
                else:
                    files = _with_sidecars(entry.staged)
                    for staged in files:
                        flush_to_disk(staged)
                    for staged in files:
                        os.replace(staged, entry.final.with_name(staged.name))
                    flush_to_disk(entry.final.parent)
            except (OSError, ResultsFileError) as error:
                raise OutputError(
                    tr("Could not write {0}: {1}. The previous file is left as it was.").format(
                        entry.final, getattr(error, "strerror", None) or error
                    )
                ) from None

    def discard(self) -> None:
        for folder in self.folders:
            shutil.rmtree(folder, ignore_errors=True)
        self.folders.clear()


@contextmanager
def staged_writes() -> Iterator[None]:
    """Around a run writing its staged files: the GeoPackage (SQLite) connections this thread opens meanwhile do not
    flush to disk at each commit (publish() flushes each staged file once, and writes into existing files after)."""
    previous = gdal.GetThreadLocalConfigOption(_SYNCHRONOUS, None)
    gdal.SetThreadLocalConfigOption(_SYNCHRONOUS, "OFF")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption(_SYNCHRONOUS, previous)


_SYNCHRONOUS = "OGR_SQLITE_SYNCHRONOUS"


def _with_sidecars(path: Path) -> list[Path]:
    """A file and the files that belong with it (a shapefile's .dbf, .shx, .prj, .cpg); the main file last."""
    others = [
        p
        for p in path.parent.iterdir()
        if p.stem == path.stem and p != path and not p.name.endswith(SQLITE_COMPANION_SUFFIXES)
    ]
    return others + [path]


def _remove_abandoned(parent: Path) -> None:
    """Staging folders of runs that were killed (their process is gone)."""
    for folder in parent.glob(f"{STAGING_PREFIX}*"):
        pid = folder.name[len(STAGING_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # os.kill(pid, 0) would signal it there: abandoned folders are left to the user
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True
