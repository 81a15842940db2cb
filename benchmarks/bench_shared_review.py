"""Shared review in PostGIS under load: 20 concurrent reviewers, each on its own connection, making 1,000
changes each to the reviews of a set of conflicts; a change refused because someone else changed the conflict
first is saved again on top of theirs (as the inspector lets a user do). Afterwards every change must be in
the history, once, and each conflict's final state must be its last change.

Peer: one reviewer making the same number of changes in turn on one connection (no concurrency), in the
same run; printed side by side with the ratio.

Needs the private test server: `make bench-review` starts it and sets SAMPLAN_TEST_PG.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import threading
import time
import uuid
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "scripts"))
import samplan_path  # noqa: E402

samplan_path.make_samplan_importable()


def set_up(dsn: str, schema: str, keys: int, roles: tuple[str, str]) -> None:
    import psycopg2
    from psycopg2 import sql
    from samplan.qgis_adapter.postgis_results import REVIEW_TABLE, set_up_roles

    connection = psycopg2.connect(dsn)
    set_up_roles(connection, schema, *roles)
    with connection.cursor() as cursor:
        cursor.execute(
            sql.SQL("INSERT INTO {} (conflict_key) SELECT 'k' || g FROM generate_series(1, %s) g").format(
                sql.Identifier(schema, REVIEW_TABLE)
            ),
            (keys,),
        )
    connection.commit()
    connection.close()


def run_reviewers(
    connect, schema: str, reviewers: int, changes: int, keys: int, seed: int = 1, read_first: bool = False
) -> dict:
    """`reviewers` threads with a SharedReviews each make `changes` saves; returns what they did. With
    `read_first` each reviewer reads the conflict's current review just before changing it (a view kept up to
    date, as after a refresh): only truly simultaneous saves collide. Without, each works from the state it read
    at the start, so nearly every save meets someone else's change first."""
    from samplan.core.reviews import REVIEW_STATUSES
    from samplan.qgis_adapter.postgis_results import ReviewConflict, SharedReviews

    saved: list[list[tuple[str, str, str, int]]] = [[] for _ in range(reviewers)]
    conflicts = [0] * reviewers
    errors: list[BaseException] = []
    start = threading.Barrier(reviewers + 1)

    def reviewer(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        reviews = SharedReviews(connect, schema)
        try:
            seen = {key: review.version for key, review in reviews.fetch().items()}
            start.wait()
            for change in range(changes):
                key = f"k{rng.randint(1, keys)}"
                status = REVIEW_STATUSES[rng.randrange(len(REVIEW_STATUSES))]
                comment = f"r{number}-{change}"
                if read_first:
                    seen[key] = reviews.fetch([key])[key].version
                while True:
                    try:
                        review = reviews.save(key, status, comment, f"reviewer {number}", seen[key])
                        break
                    except ReviewConflict as conflict:  # someone was first: save on top of their change
                        conflicts[number] += 1
                        seen[key] = conflict.current.version
                seen[key] = review.version
                saved[number].append((key, status, comment, review.version))
        except BaseException as error:  # noqa: BLE001 - reported by the caller
            errors.append(error)
            start.abort()
        finally:
            reviews.close()

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in range(reviewers)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - began
    if errors:
        raise errors[0]
    return {"saved": saved, "conflicts": sum(conflicts), "seconds": seconds}


def check_consistency(dsn: str, schema: str, outcome: dict) -> list[str]:
    """What is wrong after a run (empty when all is well): every change in the history exactly once, versions
    1..n without a gap per conflict, and each conflict's final state its last change."""
    import psycopg2
    from psycopg2 import sql
    from samplan.qgis_adapter.postgis_results import HISTORY_TABLE, REVIEW_TABLE

    problems = []
    connection = psycopg2.connect(dsn)
    with connection.cursor() as cursor:
        cursor.execute(
            sql.SQL("SELECT conflict_key, version, new_status, new_comment, reviewed_by FROM {}").format(
                sql.Identifier(schema, HISTORY_TABLE)
            )
        )
        history = cursor.fetchall()
        cursor.execute(
            sql.SQL("SELECT conflict_key, status, comment, version FROM {}").format(
                sql.Identifier(schema, REVIEW_TABLE)
            )
        )
        final = {row[0]: row[1:] for row in cursor.fetchall()}
    connection.close()
    made = [change for changes in outcome["saved"] for change in changes]
    if len(history) != len(made):
        problems.append(f"{len(made)} changes saved but {len(history)} in the history")
    logged = {(key, version): (status, comment) for key, version, status, comment, _ in history}
    if len(logged) != len(history):
        problems.append("a (conflict, version) appears twice in the history")
    for key, status, comment, version in made:
        if logged.get((key, version)) != (status, comment):
            problems.append(f"change {comment} of {key} (version {version}) is not in the history")
            break
    by_key: dict[str, list[int]] = {}
    for key, version, *_ in history:
        by_key.setdefault(key, []).append(version)
    for key, (status, comment, version) in final.items():
        versions = sorted(by_key.get(key, []))
        if versions != list(range(1, version + 1)):
            problems.append(f"{key}: final version {version} but history versions {versions[:5]}...")
            break
        if version and logged[(key, version)] != (status, comment):
            problems.append(f"{key}: final state {status}/{comment} is not its last change {logged[(key, version)]}")
            break
    return problems


def main() -> int:
    import psycopg2
    from psycopg2 import sql

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--conflicts", type=int, default=200, help="number of conflicts the reviewers share")
    arguments = parser.parse_args()
    dsn = os.environ.get("SAMPLAN_TEST_PG")
    if not dsn:
        print("SAMPLAN_TEST_PG is not set: run `make bench-review`.", file=sys.stderr)
        return 2
    total = arguments.reviewers * arguments.changes
    results = {}
    runs = (
        ("concurrent", arguments.reviewers, arguments.changes, True),
        ("stale views", arguments.reviewers, arguments.changes, False),
        ("one reviewer", 1, total, True),
    )
    for label, reviewers, changes, read_first in runs:
        schema = f"bench_review_{uuid.uuid4().hex[:8]}"
        set_up(dsn, schema, arguments.conflicts, (f"{schema}_reviewer", f"{schema}_reader"))
        try:
            outcome = run_reviewers(
                lambda: psycopg2.connect(dsn), schema, reviewers, changes, arguments.conflicts, read_first=read_first
            )
            problems = check_consistency(dsn, schema, outcome)
        finally:
            connection = psycopg2.connect(dsn)
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
                for role in (f"{schema}_reviewer", f"{schema}_reader"):
                    cursor.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
            connection.close()
        results[label] = outcome
        rate = total / outcome["seconds"]
        mode = "each reads the conflict before changing it" if read_first else "each from the state read at the start"
        print(
            f"{label:>13} ({mode}): {reviewers} reviewer(s) x {changes} changes = {total} changes on {arguments.conflicts} conflicts "
            f"in {outcome['seconds']:.2f} s: {rate:,.0f} changes/s, {outcome['conflicts']} conflicts detected "
            f"(saved again on top), history {'complete and consistent' if not problems else 'WRONG: ' + '; '.join(problems)}"
        )
        if problems:
            return 1
    ratio = results["one reviewer"]["seconds"] / results["concurrent"]["seconds"]
    print(f"ratio (one reviewer's time / {arguments.reviewers} concurrent reviewers' time): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
