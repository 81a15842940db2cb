"""The national case of `make bench`: several county regions side by side, about 8 million buildings.

The sample region generator holds a whole region in memory (2.4 GB at scale 125), so a national case is
not generated at once: the county case is laid out COLUMNS x ROWS times, each copy shifted by the county's
own width and height (GDAL's VectorTranslate with an affine coordinate operation), into one GeoPackage
under build/. Every layer the check reads grows alike; feature ids are numbered anew per layer.

    python benchmarks/national_case.py COUNTY.gpkg NATIONAL.gpkg
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

COLUMNS, ROWS = 3, 2


def build_national(county: Path, national: Path, layers: list[str], columns: int = COLUMNS, rows: int = ROWS) -> Path:
    """Lay the county out columns x rows times into `national` (written beside, then moved into place)."""
    from osgeo import gdal

    if national.exists():
        return national
    national.parent.mkdir(parents=True, exist_ok=True)
    partial = national.with_name(f".{national.stem}.partial.gpkg")
    partial.unlink(missing_ok=True)
    source = gdal.OpenEx(str(county), gdal.OF_VECTOR)
    xmin, xmax, ymin, ymax = source.GetLayerByName("lan").GetExtent()
    width, height = xmax - xmin, ymax - ymin
    started = time.perf_counter()
    first = True
    for row in range(rows):
        for column in range(columns):
            shift = f"+proj=affine +xoff={column * width:.3f} +yoff={row * height:.3f}"
            done = gdal.VectorTranslate(
                str(partial),
                source,
                format="GPKG",
                layers=layers,
                accessMode=None if first else "append",
                srcSRS="EPSG:3006",
                dstSRS="EPSG:3006",
                coordinateOperation=shift,
            )
            if done is None:
                raise SystemExit(f"national case: {gdal.GetLastErrorMsg()}")
            done = None
            first = False
            print(
                f"  national case: county copy {row * columns + column + 1} of {rows * columns} written "
                f"({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
    source = None
    partial.rename(national)
    return national


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from demo import THEMES

    build_national(
        Path(sys.argv[1]),
        Path(sys.argv[2]),
        ["plan_a_omraden", "plan_a_strak", "lan", "kommuner"] + [n for names in THEMES.values() for n in names],
    )
