"""The optional C accelerators, and the switch that turns them off.

Three hot loops have a C twin built with the package when a compiler is at hand
(see ``setup.py``): normalize's triage scan, the counting passes of the
quality signals, and the features of a line (``lines.features.line_features``).
Each twin gives exactly what its Python original gives, which the tests check on
both; the library works without them, only slower. ``VNNEWS_CLEAN_PURE_PYTHON=1``
in the environment makes it use the Python originals even where the twins are built.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

PURE_PYTHON_VARIABLE = "VNNEWS_CLEAN_PURE_PYTHON"
# the package's parts with a C twin, and the module that holds it: named within this package,
# so a copy of it under another name (benchmarks/bench_ab.py) never loads this one's twins
TWINS = {
    "normalize": f"{__package__}.normalization._scan",
    "quality": f"{__package__}.quality._counts",
    "features": f"{__package__}.lines._features",
}


def pure_python() -> bool:
    return os.environ.get(PURE_PYTHON_VARIABLE, "") not in ("", "0")


def load(part: str) -> ModuleType | None:
    """The C twin of ``part`` (a key of :data:`TWINS`), or None when it is not built or switched off."""
    if pure_python():
        return None
    try:
        return importlib.import_module(TWINS[part])
    except ImportError:
        return None


def accelerated() -> dict[str, bool]:
    """Which parts run on their C twin: ``{"normalize": True, "quality": True, "features": True}`` on a full build."""
    return {part: load(part) is not None for part in TWINS}
