"""The package's modules import one another without cycles, so a new cycle fails CI.

Read with `ast` rather than by importing: every `import` counts, at module level or inside a
function (a lazy import is still a dependency, and the one that closes a cycle is usually lazy),
except those under `if TYPE_CHECKING:`, which never run. A cycle is a strongly connected component
of more than one module; the message names its modules and the edges between them.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "studyapp"

# None left: a cycle found here fails. (The last one, `backups` <-> `integrity`, went when what both
# need moved to `storage.damage`.) List one only while it is being taken apart.
KNOWN_CYCLES: set[frozenset[str]] = set()


def module_names(package: Path = PACKAGE) -> dict[str, Path]:
    names = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules that `name` imports anywhere in its body (not under TYPE_CHECKING)."""
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
                base = child.module or ""
                if child.level:
                    parts = package.split(".")
                    parts = parts[: len(parts) - (child.level - 1)]
                    base = ".".join(parts + ([base] if base else []))
                for alias in child.names:
                    full = f"{base}.{alias.name}"  # `from studyapp.gui import first_window` names a module
                    found.add(full if full in known else base)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return {m for m in found if m in known and m != name}


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    known = module_names(package)
    return {name: imports_of(name, path, known) for name, path in known.items()}


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))
    return found


def describe(component: frozenset[str], graph: dict[str, set[str]]) -> str:
    return "; ".join(f"{m} -> {', '.join(sorted(graph[m] & component))}" for m in sorted(component))


def test_the_package_has_no_import_cycles_but_the_known_ones():
    graph = import_graph()
    new = [c for c in cycles(graph) if c not in KNOWN_CYCLES]
    assert not new, "import cycles: " + " | ".join(describe(c, graph) for c in new)


def test_the_graph_sees_lazy_imports_and_skips_type_checking_ones(tmp_path):
    """The checker itself: a lazy import closes a cycle; one under TYPE_CHECKING does not."""
    pkg = tmp_path / "toy"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from toy import b\n")
    (pkg / "b.py").write_text("def f():\n    from toy.a import x\n")
    (pkg / "c.py").write_text("from typing import TYPE_CHECKING\nfrom . import a\nif TYPE_CHECKING:\n    from toy import d\n")
    (pkg / "d.py").write_text("import toy.c\n")
    graph = import_graph(pkg)
    assert graph["toy.b"] == {"toy.a"} and graph["toy.c"] == {"toy.a"} and graph["toy.d"] == {"toy.c"}
    assert cycles(graph) == [frozenset({"toy.a", "toy.b"})]


def test_every_module_imports():
    """The graph is read from source, so check the source is the package: every module imports."""
    failed = {}
    for name in sorted(module_names()):
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 (each failure is reported by name)
            failed[name] = f"{type(exc).__name__}: {exc}"
    assert not failed, failed
