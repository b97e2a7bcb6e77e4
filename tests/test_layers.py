"""The package's layers point one way, read from the source (ast), so a stray import fails here.

- the library never imports the command (``vnnews_clean.command``): only the entry point does;
- no engine adapter (``integrations``) imports the command: both sit on :mod:`vnnews_clean.records`;
- the quality measures (``quality``) read text, not the cleaning machinery (``pipeline``,
  ``cleaners``, ``lines.structure``, ``html``, ``records``);
- no module imports, directly or through others, a module that imports it (no cycle), function-level
  imports included: a cycle hidden inside a function is still a cycle. Imports under
  ``if TYPE_CHECKING:`` are for the type checker only and are left out.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "vnnews_clean"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(name: str) -> set[str]:
    """The package's modules that module ``name`` imports (a package: its __init__)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                submodules = {f"{target}.{alias.name}" for alias in child.names} & MODULES.keys()
                found.update(submodules)
                if child.module or not submodules:
                    found.add(target)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {module for module in found if module in MODULES and module != name}


GRAPH = {name: imports_of(name) for name in MODULES}


def test_the_walk_sees_imports() -> None:
    """The walk itself: it finds a module-level, a function-level and a relative import."""
    assert "vnnews_clean.records" in GRAPH["vnnews_clean.integrations"]
    assert "vnnews_clean.normalization.core" in GRAPH["vnnews_clean.normalization.issues"]
    assert "vnnews_clean.command" in GRAPH["vnnews_clean.__main__"]


# (`python -m vnnews_clean`, vnnews_clean/__main__.py, is the command's entry point)
LIBRARY = sorted(n for n in MODULES if not n.startswith(("vnnews_clean.command", "vnnews_clean.__main__")))


@pytest.mark.parametrize("name", LIBRARY)
def test_the_library_does_not_import_the_command(name: str) -> None:
    assert not {m for m in GRAPH[name] if m.startswith("vnnews_clean.command")}


def test_engine_adapters_do_not_import_the_command() -> None:
    adapters = [n for n in MODULES if n.startswith("vnnews_clean.integrations")]
    assert adapters
    for name in adapters:
        assert not {m for m in GRAPH[name] if m.startswith("vnnews_clean.command")}, name


QUALITY_MUST_NOT_IMPORT = (
    "vnnews_clean.pipeline",
    "vnnews_clean.cleaners",
    "vnnews_clean.lines.structure",
    "vnnews_clean.html",
    "vnnews_clean.records",
    "vnnews_clean.api",
)


def test_the_quality_measures_do_not_import_the_cleaning_machinery() -> None:
    for name in (n for n in MODULES if n.startswith("vnnews_clean.quality")):
        wrong = {m for m in GRAPH[name] if m.startswith(QUALITY_MUST_NOT_IMPORT)}
        assert not wrong, (name, wrong)


def test_no_import_cycle() -> None:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def strong(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in sorted(GRAPH[module]):
            if other not in index:
                strong(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(GRAPH):
        if module not in index:
            strong(module)
    assert not cycles


def test_the_top_level_exports_its_entry_points_lazily_and_the_cleaners_from_their_package() -> None:
    import vnnews_clean

    assert set(vnnews_clean.__all__) == set(vnnews_clean._ENTRY_POINTS)
    assert not any(name.endswith("Cleaner") for name in vnnews_clean.__all__)
    for name in vnnews_clean.__all__:
        assert getattr(vnnews_clean, name) is not None
    with pytest.warns(DeprecationWarning, match="vnnews_clean.cleaners.TailCleaner"):
        from vnnews_clean import TailCleaner
    from vnnews_clean.cleaners import TailCleaner as moved

    assert TailCleaner is moved
    assert vnnews_clean.normalize("Hoà bình") == "Hòa bình"  # the function; the subpackage is normalization


def test_every_cleaner_class_is_named_for_a_cleaner_and_old_names_still_work() -> None:
    import vnnews_clean.cleaners as cleaners

    classes = [name for name in cleaners.__all__ if name != "Cleaner"]
    assert all(name.endswith("Cleaner") for name in classes)
    with pytest.warns(DeprecationWarning, match="Normalizer is now NormalizeCleaner"):
        from vnnews_clean.cleaners import Normalizer
    assert Normalizer is cleaners.NormalizeCleaner
    with pytest.raises(AttributeError):
        cleaners.NoSuchCleaner  # noqa: B018


def test_importing_the_package_loads_no_cleaning_module() -> None:
    code = "import sys, vnnews_clean; print(sorted(m for m in sys.modules if m.startswith('vnnews_clean.')))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
