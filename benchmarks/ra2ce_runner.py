"""Runs the real ra2ce single-link redundancy (ra2ce.analysis.losses.single_link_redundancy) on a graph given as
JSON (links u, v, length, speed, wkt; node x, y), in ra2ce's own environment (build/ra2ce-venv, made by
bench_network_peers.py). Prints one JSON line: per link the alternative length (null where none), the time of
the whole run (graph built as ra2ce's networkx MultiGraph, then the analysis; without the imports), of the
process with its imports, and of the analysis step alone (SingleLinkRedundancy.execute), each in wall and CPU seconds. Never imported by the plugin."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

started = time.perf_counter()
cpu_started = time.process_time()
import networkx as nx  # noqa: E402
from shapely import wkt  # noqa: E402

from ra2ce.analysis.analysis_config_data.analysis_config_data import AnalysisSectionLosses  # noqa: E402
from ra2ce.analysis.analysis_config_data.enums.analysis_losses_enum import AnalysisLossesEnum  # noqa: E402
from ra2ce.analysis.analysis_config_data.enums.weighing_enum import WeighingEnum  # noqa: E402
from ra2ce.analysis.analysis_input_wrapper import AnalysisInputWrapper  # noqa: E402
from ra2ce.analysis.losses.single_link_redundancy import SingleLinkRedundancy  # noqa: E402
from ra2ce.network.graph_files.graph_file import GraphFile  # noqa: E402

imported = time.perf_counter()
cpu_imported = time.process_time()
data = json.loads(Path(sys.argv[1]).read_text())
if len(sys.argv) > 2:
    # The whole ra2ce pipeline: its network built from a shapefile (written here, for Samplan to read too), then the
    # analysis, through Ra2ceHandler as a ra2ce user runs it.
    import geopandas as gpd
    from pyproj import CRS

    from ra2ce.analysis.analysis_config_data.analysis_config_data import AnalysisConfigData
    from ra2ce.network.network_config_data.enums.source_enum import SourceEnum
    from ra2ce.network.network_config_data.network_config_data import CleanupSection, NetworkConfigData, NetworkSection
    from ra2ce.ra2ce_handler import Ra2ceHandler

    root = Path(tempfile.mkdtemp(prefix="ra2ce_pipeline_"))
    static = root / "static"
    (static / "network").mkdir(parents=True)
    (static / "output_graph").mkdir(parents=True)
    (root / "output").mkdir()
    shapefile = Path(sys.argv[2])
    gpd.GeoDataFrame(
        {"id": list(range(len(data["u"]))), "maxspeed": [str(int(v)) for v in data["speed"]]},
        geometry=[wkt.loads(w) for w in data["wkt"]],
        crs="EPSG:3006",
    ).to_file(shapefile)
    for part in shapefile.parent.glob(shapefile.stem + ".*"):
        (static / "network" / part.name).write_bytes(part.read_bytes())
    pipeline_started, pipeline_cpu_started = time.perf_counter(), time.process_time()
    network = NetworkConfigData(
        root_path=root,
        static_path=static,
        crs=CRS.from_user_input(3006),
        cleanup=CleanupSection(),
        network=NetworkSection(
            source=SourceEnum.SHAPEFILE, primary_file=static / "network" / shapefile.name, file_id="id"
        ),
    )
    config = AnalysisConfigData(
        root_path=root,
        input_path=root / "input",
        output_path=root / "output",
        static_path=static,
        analyses=[
            AnalysisSectionLosses(
                name="slr",
                analysis=AnalysisLossesEnum.SINGLE_LINK_REDUNDANCY,
                weighing=WeighingEnum.LENGTH,
                save_csv=False,
                save_gpkg=False,
            )
        ],
    )
    frame = Ra2ceHandler.run_with_config_data(network, config)[0].results_collection[0].analysis_result
    done, cpu_done = time.perf_counter(), time.process_time()
    rows = []
    for line, alt, nodes in zip(frame.geometry, frame["alt_length"], frame["alt_nodes"]):
        (x0, y0), (x1, y1) = line.coords[0], line.coords[-1]
        edges_on_detour = len(nodes) - 1 if isinstance(nodes, list) else 0
        rows.append([x0, y0, x1, y1, float(line.length), None if alt != alt else float(alt), edges_on_detour])
    print(
        json.dumps(
            {
                "rows": rows,
                "whole_s": done - pipeline_started,
                "whole_cpu_s": cpu_done - pipeline_cpu_started,
                "process_s": done - started,
            }
        )
    )
    sys.exit(0)
graph = nx.MultiGraph(crs="EPSG:3006")
for node, (x, y) in enumerate(zip(data["x"], data["y"])):
    graph.add_node(node, x=x, y=y)
for k, (u, v, length, speed, line) in enumerate(zip(data["u"], data["v"], data["length"], data["speed"], data["wkt"])):
    # ra2ce wants a string maxspeed; time in hours.
    graph.add_edge(
        u,
        v,
        key=k,
        rfid=k,
        length=length,
        maxspeed=str(int(speed)),
        avgspeed=speed,
        time=length / 1000.0 / speed,
        geometry=wkt.loads(line),
    )
folder = Path(tempfile.mkdtemp(prefix="ra2ce_"))
analysis = AnalysisSectionLosses(
    name="single link redundancy",
    analysis=AnalysisLossesEnum.SINGLE_LINK_REDUNDANCY,
    weighing=WeighingEnum.LENGTH,
    save_csv=False,
    save_gpkg=False,
)
wrapper = AnalysisInputWrapper(
    analysis=analysis,
    graph_file=GraphFile(name="graph.p", folder=folder, graph=graph),
    graph_file_hazard=None,
    input_path=folder,
    static_path=folder,
    output_path=folder,
    hazard_names=None,
    origins_destinations=None,
    file_id="rfid",
)
analysis_started, analysis_cpu_started = time.perf_counter(), time.process_time()
result = SingleLinkRedundancy(wrapper).execute()
analysis_s, analysis_cpu_s = time.perf_counter() - analysis_started, time.process_time() - analysis_cpu_started
frame = result.results_collection[0].analysis_result
alt = [None] * len(data["u"])
for rfid, value in zip(frame["rfid"], frame["alt_length"]):
    alt[int(rfid)] = None if value != value else float(value)
done, cpu_done = time.perf_counter(), time.process_time()
print(
    json.dumps(
        {
            "alt_dist": alt,
            "process_s": done - started,
            "whole_s": done - imported,
            "whole_cpu_s": cpu_done - cpu_imported,
            "analysis_s": analysis_s,
            "analysis_cpu_s": analysis_cpu_s,
        }
    )
)
