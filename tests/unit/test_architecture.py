"""The house rules of docs/ARCHITECTURE.md, checked on the source: layers point one way,
no two modules import each other (also through a ring, also inside functions), every
package is on the map, and no folder grows past 15 modules."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("models", "app", "ui")
MAX_MODULES_PER_FOLDER = 15


def source_files() -> Iterator[tuple[str, Path]]:
    """(dotted module name, path) of every module of models/, app/ and ui/."""
    for top in LAYERS:
        for path in sorted((ROOT / top).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            yield ".".join(parts), path


def imported_names(path: Path, module: str) -> Iterator[str]:
    """Every module name ``path`` imports, wherever the import statement stands."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph() -> dict[str, set[str]]:
    modules = dict(source_files())
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for target in imported_names(path, name):
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_ring() -> None:
    ring = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(ring) == [["a", "b", "c"]]


@pytest.mark.parametrize("layer", ["models", "app"])
def test_the_core_does_not_import_qt(layer: str) -> None:
    offenders = [
        name
        for name, path in source_files()
        if name.split(".")[0] == layer
        and any(t.split(".")[0] == "PySide6" for t in imported_names(path, name))
    ]
    assert offenders == []


def test_layers_point_one_way() -> None:
    """models imports neither app nor ui; app never imports ui."""
    below = {"models": {"app", "ui"}, "app": {"ui"}, "ui": set()}
    wrong = [
        f"{name} → {target}"
        for name, targets in import_graph().items()
        for target in targets
        if target.split(".")[0] in below[name.split(".")[0]]
    ]
    assert wrong == []


def packages() -> list[str]:
    """app/db, ui/shell …: every folder of app/ and ui/ that holds modules."""
    found = []
    for top in ("app", "ui"):
        for init in sorted((ROOT / top).rglob("__init__.py")):
            folder = init.parent.relative_to(ROOT).as_posix()
            if folder != top and "migrations" not in folder:
                found.append(folder)
    return found


def test_every_package_is_on_the_map() -> None:
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    mapped = set(re.findall(r"`((?:app|ui)/[a-z_]+)/`", text))
    assert set(packages()) <= mapped, "docs/ARCHITECTURE.md misses a package"
    assert mapped <= set(packages()) | {"app/db/migrations"}, "the map names a package gone"


def test_package_init_files_hold_no_imports() -> None:
    """Importing a package never drags its siblings in (start-up stays light)."""
    heavy = [
        folder
        for folder in packages()
        if any(
            isinstance(node, (ast.Import, ast.ImportFrom))
            for node in ast.walk(ast.parse((ROOT / folder / "__init__.py").read_text()))
        )
    ]
    assert heavy == []


def test_no_folder_holds_more_than_fifteen_modules() -> None:
    crowded = []
    for top in LAYERS:
        for folder in [ROOT / top, *(p for p in (ROOT / top).rglob("*") if p.is_dir())]:
            if "__pycache__" in folder.parts or "migrations" in folder.parts:
                continue
            count = len([p for p in folder.glob("*.py") if p.name != "__init__.py"])
            if count > MAX_MODULES_PER_FOLDER:
                crowded.append(f"{folder.relative_to(ROOT)}: {count}")
    assert crowded == []
