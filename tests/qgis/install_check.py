"""Run by test_install.py with QGIS's own Python and a fresh profile (no virtual environment on the path):
Samplan loads without its packages, installs them through its own install function, and then loads."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

app = QgsApplication([], False)
app.initQgis()
plugins = Path(QgsApplication.qgisSettingsDirPath()) / "python" / "plugins"
sys.path.insert(0, str(plugins))

import samplan  # noqa: E402
from samplan import dependencies  # noqa: E402

report: dict = {"profile": QgsApplication.qgisSettingsDirPath()}
plugin = samplan.classFactory(None)
report["before"] = [[p.package.module, p.found] for p in plugin.problems]
report["message"] = plugin.missing_message()
plugin.initProcessing()
report["provider_before"] = QgsApplication.processingRegistry().providerById("samplan") is not None
lines: list[str] = []
report["installed"] = dependencies.install(plugin.deps_folder, plugin.problems, log=lines.append)
report["log_tail"] = lines[-5:]
report["loaded"] = plugin.after_install()
report["after"] = [[p.package.module, p.found] for p in plugin.problems]
report["imported"] = sorted(m for m in ("shapely", "pandas", "numpy", "scipy") if m in sys.modules)
provider = QgsApplication.processingRegistry().providerById("samplan")
report["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
import shapely  # noqa: E402

report["shapely"] = [shapely.__version__, shapely.__file__]
if provider:
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("samplan:sampleregion")
    output = Path(sys.argv[1])
    results, ok = algorithm.run(
        {"SEED": 1, "SCALE": 1, "OUTPUT": str(output)}, QgsProcessingContext(), QgsProcessingFeedback()
    )
    report["sample_region"] = [ok, output.exists()]
print("REPORT " + json.dumps(report))
app.exitQgis()
