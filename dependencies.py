"""The Python packages Samplan needs beyond QGIS: checked before anything imports them, and installed on request
into a folder of the user's QGIS profile (<profile>/python/samplan_deps) by pip from QGIS's own Python.

Nothing is installed system-wide: the folder is put first on sys.path when the plugin loads, so a newer shapely
there wins over an older one of the operating system (Debian bookworm's python3-shapely is 1.8.5).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib import import_module, invalidate_caches
from importlib.util import find_spec
from pathlib import Path

DEPS_FOLDER_NAME = "samplan_deps"


@dataclass(frozen=True)
class Package:
    module: str  # what Python imports
    requirement: str  # what pip installs
    minimum: tuple[int, ...] = ()
    needs: tuple[str, ...] = ()  # modules it needs at run time (installed with it where missing)


REQUIRED = (
    Package("numpy", "numpy", (1, 21)),
    Package("shapely", "shapely>=2", (2, 0), ("numpy",)),
    Package("pandas", "pandas>=1.5", (1, 5), ("numpy", "dateutil", "pytz", "tzdata")),
    Package("scipy", "scipy", (1, 7), ("numpy",)),
)
# What pip installs for a module a required package needs.
NEEDED_REQUIREMENTS = {"numpy": "numpy", "dateutil": "python-dateutil", "pytz": "pytz", "tzdata": "tzdata"}


def translatable(text: str) -> str:
    """Marks a text for the translation sources (scripts/update_translations.py); the caller translates it."""
    return text


# Optional packages and the feature each enables (the feature alone is off without it).
OPTIONAL = {
    "psycopg2": translatable("shared review in PostGIS"),
    "matplotlib": translatable("charts in the workshop report"),
}


@dataclass(frozen=True)
class Problem:
    package: Package
    found: str | None  # the version found where it is too old; None where it is missing


def deps_folder(profile_folder: str | Path) -> Path:
    """The profile's folder of packages Samplan installed: <profile>/python/samplan_deps."""
    return Path(profile_folder) / "python" / DEPS_FOLDER_NAME


def activate(folder: Path) -> bool:
    """The folder first on sys.path, where it exists (True when it was added now). An older shapely, pandas or
    scipy imported already (QGIS 3.40's qgis.core imports shapely for QgsGeometry.as_shapely) is forgotten where
    the folder has a newer one, so that the next import takes that: Samplan loads without a restart."""
    if not folder.is_dir():
        return False
    added = str(folder) not in sys.path
    if added:
        sys.path.insert(0, str(folder))
    invalidate_caches()
    for package in REQUIRED:
        loaded = sys.modules.get(package.module)
        if package.module == "numpy" or loaded is None or not (folder / package.module).is_dir():
            continue  # numpy stays: GDAL and QGIS hold it
        version = str(getattr(loaded, "__version__", ""))
        if version and package.minimum and _as_tuple(version) < package.minimum:
            for name in [n for n in sys.modules if n == package.module or n.startswith(package.module + ".")]:
                del sys.modules[name]
    return added


def _version(module: str) -> str | None:
    try:
        from importlib.metadata import version

        names = {"numpy": "numpy", "shapely": "shapely", "pandas": "pandas", "scipy": "scipy"}
        return version(names.get(module, module))
    except Exception:  # noqa: BLE001 - no metadata: ask the module
        try:
            return str(getattr(import_module(module), "__version__", "")) or None
        except Exception:  # noqa: BLE001
            return None


def _as_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for part in version.split("."):
        digits = "".join(c for c in part if c.isdigit())
        if not digits:
            break
        parts.append(int(digits))
        if not part.isdigit():
            break
    return tuple(parts)


def problems() -> list[Problem]:
    """Every required package that is missing or older than Samplan needs."""
    found = []
    for package in REQUIRED:
        if find_spec(package.module) is None:
            found.append(Problem(package, None))
            continue
        loaded = sys.modules.get(package.module)
        version = str(getattr(loaded, "__version__", "")) if loaded is not None else _version(package.module)
        if version and package.minimum and _as_tuple(version) < package.minimum:
            found.append(Problem(package, version))
    return found


def missing_optional() -> dict[str, str]:
    """Optional packages that cannot be imported, with the feature each would enable."""
    return {module: feature for module, feature in OPTIONAL.items() if not _importable(module)}


def _importable(module: str) -> bool:
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing_packages() -> list[str]:
    """The requirements to install (kept for callers that list them)."""
    return [p.package.requirement for p in problems()]


def requirements_to_install(found: list[Problem]) -> list[str]:
    """pip requirements for the problems."""
    return list(dict.fromkeys(problem.package.requirement for problem in found))


def present_pins(found: list[Problem]) -> dict[str, str]:
    """Distribution name -> version of the packages QGIS's Python has and Samplan's packages need: pip keeps them
    (a constraint), so that what it picks works with them (the operating system's numpy, which GDAL is built
    against), and their copies are removed from the folder again afterwards."""
    modules = {module for package in REQUIRED for module in (package.module, *package.needs)}
    modules -= {problem.package.module for problem in found}
    pins = {}
    for module in sorted(modules):
        if find_spec(module) is None:
            continue
        distribution = NEEDED_REQUIREMENTS.get(module, module)
        version = _version(distribution)
        if version:
            pins[distribution] = version
    return pins


def qgis_python() -> str:
    """The Python interpreter of this QGIS (inside QGIS, sys.executable is QGIS itself)."""
    executable = Path(sys.executable)
    if executable.stem.lower().startswith("python"):
        return str(executable)
    candidates = [
        Path(sys.exec_prefix) / "python.exe",
        Path(sys.exec_prefix) / "python3.exe",  # OSGeo4W, standalone installer
        Path(sys.exec_prefix) / "bin" / "python3",
        Path(sys.exec_prefix) / "bin" / "python",  # macOS QGIS.app
        Path(f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}"),
        Path("/usr/bin/python3"),
    ]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    return "python3"


def constraints_file(folder: Path, found: list[Problem]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".samplan-constraints.txt"
    path.write_text("".join(f"{name}=={version}\n" for name, version in present_pins(found).items()), encoding="utf-8")
    return path


def pip_command(folder: Path, found: list[Problem], python: str | None = None) -> list[str]:
    """pip from QGIS's Python, into the profile's folder only, keeping the versions QGIS's Python has."""
    return [
        python or qgis_python(),
        "-m",
        "pip",
        "install",
        "--disable-pip-version-check",
        "--no-input",
        "--upgrade",
        "--target",
        str(folder),
        "--constraint",
        str(constraints_file(folder, found)),
        *requirements_to_install(found),
    ]


def remove_present_copies(folder: Path, pins: dict[str, str]) -> None:
    """pip --target installs the kept packages again into the folder: those copies go, the originals serve."""
    from importlib.metadata import distributions

    wanted = {name.lower().replace("_", "-") for name in pins}
    for distribution in distributions(path=[str(folder)]):
        name = (distribution.metadata["Name"] or "").lower().replace("_", "-")
        if name not in wanted:
            continue
        inside = folder.resolve()
        for file in distribution.files or []:
            path = Path(folder, file).resolve()
            if not path.is_relative_to(inside):
                # pip --target records scripts as ../../bin/…: they lie in the folder's bin/.
                path = (folder / "bin" / Path(file).name).resolve()
            if path.is_relative_to(inside) and path.is_file():
                path.unlink()
        record = Path(str(distribution._path))  # noqa: SLF001 - the .dist-info folder
        shutil.rmtree(record, ignore_errors=True)
    for empty in sorted((p for p in folder.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(empty.iterdir()):
            empty.rmdir()


def install(folder: Path, found: list[Problem] | None = None, log=print, python: str | None = None) -> bool:
    """Install what is missing or too old into `folder`, the output line by line to `log`; then put the folder
    on sys.path. True when pip succeeded."""
    found = problems() if found is None else found
    if not found:
        return True
    folder.mkdir(parents=True, exist_ok=True)
    pins = present_pins(found)
    command = pip_command(folder, found, python)
    log(" ".join(command))
    # Only the profile folder and QGIS's own site-packages: a PYTHONPATH of another Python must not leak in.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PIP_TARGET", "PIP_USER")}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    for line in process.stdout:
        log(line.rstrip())
    if process.wait() != 0:
        return False
    remove_present_copies(folder, pins)
    activate(folder)
    return True


def manual_commands(folder: Path, found: list[Problem]) -> dict[str, str]:
    """The command that installs the same by hand, per platform."""
    wanted = " ".join(f'"{r}"' for r in requirements_to_install(found)) or '"shapely>=2"'
    pins = " ".join(f'"{name}=={version}"' for name, version in present_pins(found).items() if name == "numpy")
    target = f'--target "{folder}"' + (f" {pins}" if pins else "")
    return {
        "Windows": f"python -m pip install {target} {wanted}   (OSGeo4W Shell)",
        "macOS": f"/Applications/QGIS-LTR.app/Contents/MacOS/bin/python3 -m pip install {target} {wanted}",
        "Linux": f"/usr/bin/python3 -m pip install {target} {wanted}",
    }


def described(found: list[Problem], tr=lambda text: text) -> str:  # noqa: ANN001 - i18n.translation.tr inside QGIS
    """One sentence per problem, in the user's language: which package is missing or too old."""
    sentences = []
    for problem in found:
        minimum = ".".join(str(n) for n in problem.package.minimum)
        if problem.found is None:
            sentences.append(
                tr(
                    "Samplan needs the Python package {0} (version {1} or newer), which QGIS's Python does not have."
                ).format(problem.package.module, minimum)
            )
        else:
            sentences.append(
                tr(
                    "Samplan needs the Python package {0} in version {1} or newer; QGIS's Python has version {2}."
                ).format(problem.package.module, minimum, problem.found)
            )
    return " ".join(sentences)


def restart_needed(found: list[Problem]) -> bool:
    """True when an old version is imported already (by QGIS or another plugin): it stays until QGIS restarts."""
    return any(problem.found is not None and problem.package.module in sys.modules for problem in found)
