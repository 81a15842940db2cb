"""Nothing lost: a run killed or starved of disk while it writes leaves the previous results and their reviews.

qgis_process runs the conflict check over reviewed results; the plugin's fault hook (SAMPLAN_TEST_PAUSE) makes
it stop at a given point of writing and say so in a file, and the test then kills it with SIGKILL.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import memory_layer, save_gpkg
from .test_qgis_process import qgis_process_env  # noqa: F401 - the fixture: Samplan installed from its zip into a fresh profile

pytestmark = pytest.mark.skipif(shutil.which("qgis_process") is None, reason="qgis_process is not installed")

TABLES = {
    "CONFLICT_AREAS": "areas",
    "CONFLICT_LINES": "lines",
    "CONFLICT_POINTS": "points",
    "SUMMARY": "summary",
    "RULES_USED": "rules",
    "RUN_INFO": "run",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every results table (QGIS may refresh a GeoPackage's metadata on reading it, so not its bytes)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return {table: db.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall() for table in TABLES.values()}


def rows(path: Path, table: str) -> list[tuple]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute(f'SELECT conflict_key, status, comment FROM "{table}" ORDER BY conflict_key').fetchall()


@pytest.fixture()
def reviewed_results(qgis_app, qgis_process_env, tmp_path):  # noqa: F811 - the imported fixture
    """Inputs with two flood conflicts, and a first run's results in which one conflict is reviewed."""
    inputs = tmp_path / "inputs.gpkg"
    save_gpkg(
        memory_layer(
            "Polygon",
            "field=anvandning:string",
            [
                ("POLYGON((0 0, 100 0, 100 100, 0 100, 0 0))", ["Mångfunktionell bebyggelse"]),
                ("POLYGON((300 0, 400 0, 400 100, 300 100, 300 0))", ["Mångfunktionell bebyggelse"]),
            ],
            "plan",
        ),
        inputs,
        "plan",
    )
    save_gpkg(
        memory_layer(
            "Polygon",
            "field=kategori:string",
            [
                ("POLYGON((60 -20, 360 -20, 360 120, 60 120, 60 -20))", ["översvämning 100 år"]),
            ],
            "flood",
        ),
        inputs,
        "flood",
    )
    results = tmp_path / "results.gpkg"
    parameters = {
        "PLAN": f"{inputs}|layername=plan",
        "PLAN_FIELD": "anvandning",
        "GREEN_BLUE": [f"{inputs}|layername=flood"],
        "THEME_FIELD": "kategori",
        "CRS": "EPSG:3006",
        "LANGUAGE": 1,
        **{key: f"ogr:dbname='{results}' table=\"{table}\" (geom)" for key, table in TABLES.items()},
    }
    first = run_check(parameters, qgis_process_env)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    keys = [r[0] for r in rows(results, "areas")]
    assert len(keys) == 2  # one flood conflict per plan square
    from osgeo import gdal

    dataset = gdal.OpenEx(
        str(results), gdal.OF_VECTOR | gdal.OF_UPDATE
    )  # GDAL: the GeoPackage's triggers need its functions
    dataset.ExecuteSQL(
        f"UPDATE areas SET status = 'accepted', comment = 'Discussed with the county board' WHERE conflict_key = '{keys[0]}'"
    )
    dataset = None
    reviewed = rows(results, "areas")
    assert [r[1] for r in reviewed].count("accepted") == 1
    again = {**parameters, "PREVIOUS_RESULTS": [f"{results}|layername=areas"]}
    return results, again, reviewed, inputs, qgis_process_env


def run_check(parameters, env, **popen):
    return subprocess.run(
        ["qgis_process", "--json", "run", "samplan:conflictcheck", "-"],
        input=json.dumps({"inputs": parameters}),
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        **popen,
    )


def kill_at(stage: str, parameters, marker: Path, env) -> None:
    env = {**env, "SAMPLAN_TEST_PAUSE": f"{stage}:{marker}"}
    process = subprocess.Popen(
        ["qgis_process", "--json", "run", "samplan:conflictcheck", "-"],
        env=env,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    process.stdin.write(json.dumps({"inputs": parameters}))
    process.stdin.close()
    deadline = time.monotonic() + 300
    while not marker.exists():
        assert process.poll() is None, f"the run ended (exit {process.returncode}) before reaching '{stage}'"
        assert time.monotonic() < deadline, f"the run did not reach '{stage}'"
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL


@pytest.mark.parametrize("stage", ["write", "publish", "transaction"])
def test_kill_while_writing_leaves_the_reviewed_results(reviewed_results, tmp_path, stage):
    results, again, reviewed, inputs, env = reviewed_results
    before, inputs_before = contents(results), sha256(inputs)
    kill_at(stage, again, tmp_path / f"{stage}.marker", env)
    # Killed while the new results were staged (write, publish) or inside the transaction that replaces the
    # rows (transaction): the file still holds the reviewed results, as SQLite rolls the transaction back.
    assert rows(results, "areas") == reviewed
    assert contents(results) == before
    with sqlite3.connect(results) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert sha256(inputs) == inputs_before
    # The next run carries the review forward and removes what the killed run left beside the results.
    done = run_check(again, env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert rows(results, "areas") == reviewed
    assert not list(results.parent.glob(".samplan-partial-*"))


def _limit_file_size():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG, as on a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))


def test_full_disk_fails_and_keeps_the_previous_results(reviewed_results):
    results, again, reviewed, _, env = reviewed_results
    before = contents(results)
    # Into a new file of the same folder: nothing may appear there, and the reviewed results stay as they were.
    fresh = results.with_name("fresh.gpkg")
    parameters = {**again, **{key: f"ogr:dbname='{fresh}' table=\"{table}\" (geom)" for key, table in TABLES.items()}}
    done = run_check(parameters, env, preexec_fn=_limit_file_size)
    assert done.returncode != 0
    assert not fresh.exists()
    assert contents(results) == before and rows(results, "areas") == reviewed


def test_kill_while_writing_a_whole_file_output_leaves_the_previous_file(reviewed_results, tmp_path):
    """An output given as a plain path replaces the whole file: a kill before the rename leaves the old one."""
    _, again, _, _, env = reviewed_results
    plain = tmp_path / "areas.gpkg"
    parameters = {**{k: v for k, v in again.items() if k != "PREVIOUS_RESULTS"}, "CONFLICT_AREAS": str(plain)}
    first = run_check(parameters, env)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    before = sha256(plain)
    kill_at("write", parameters, tmp_path / "plain.marker", env)
    assert sha256(plain) == before
    with sqlite3.connect(f"file:{plain}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert len(db.execute("SELECT * FROM areas").fetchall()) == 2
