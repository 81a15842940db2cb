"""The sample region is the same, byte for byte, as the release before its builder was split into steps.

tests/core/data/sample_region_digests.json holds, for seeds 2026 and 2027 at scale 1 and seed 2026 at
scale 2, one SHA-256 per layer over its columns, dtypes and every row (the geometry as WKB, each attribute's
repr), computed with the single-module builder of commit f2fb2f9 (core/sample_region.py before the split).
A change that moves one coordinate or one random draw changes a digest. Regenerate the file only for an
intended change of the sample region:
`python tests/core/test_sample_region_golden.py > tests/core/data/sample_region_digests.json`.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest
import shapely

DIGESTS = Path(__file__).with_name("data") / "sample_region_digests.json"
CASES = [(2026, 1.0), (2027, 1.0), (2026, 2.0)]


def layer_digest(layer) -> str:
    frame = layer.frame
    digest = hashlib.sha256()
    header = f"{layer.geometry_type}|{layer.role}|{layer.title_sv}|{list(frame.columns)}|{list(map(str, frame.dtypes))}"
    digest.update((header + "\n").encode())
    for row in frame.itertuples(index=False):
        values = [
            shapely.to_wkb(v, hex=True) if column == "geometry" else repr(v) for column, v in zip(frame.columns, row)
        ]
        digest.update(("|".join(values) + "\n").encode())
    return digest.hexdigest()


def region_digests(seed: int, scale: float) -> dict[str, str]:
    from samplan.core.sample_region import build_sample_region

    return {name: layer_digest(layer) for name, layer in build_sample_region(seed, scale).items()}


@pytest.mark.parametrize(("seed", "scale"), CASES)
def test_every_layer_is_identical_to_the_release_before_the_split(seed, scale):
    expected = json.loads(DIGESTS.read_text(encoding="utf-8"))[f"{seed}/{scale:g}"]
    actual = region_digests(seed, scale)
    assert list(actual) == list(expected)
    assert [name for name in expected if actual[name] != expected[name]] == []


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import samplan_path

    samplan_path.make_samplan_importable()
    print(json.dumps({f"{seed}/{scale:g}": region_digests(seed, scale) for seed, scale in CASES}, indent=1))
