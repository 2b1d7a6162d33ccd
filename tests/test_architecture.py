"""The layout's rules, checked on the source: who may import whom, and how big things get.

Only bot/telegram speaks python-telegram-bot; the engine knows no feature; features know no
shell; nothing imports in a circle; no module over 600 lines, no function over 80.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"


def _module(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(p): p for p in sorted(BOT.rglob("*.py"))}


def _imports(path: Path) -> set[str]:
    """Every module named by an import anywhere in the file, top level or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names
                      if f"{node.module}.{a.name}" in MODULES}
    return found


IMPORTS = {name: _imports(path) for name, path in MODULES.items()}


def _inside(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


@pytest.mark.parametrize("module", sorted(MODULES))
def test_only_the_telegram_package_imports_python_telegram_bot(module):
    if _inside(module, "bot.telegram"):
        return
    assert not any(_inside(i, "telegram") for i in IMPORTS[module]), module


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _inside(m, "bot.engine")))
def test_the_engine_knows_no_feature_and_no_shell(module):
    ours = {i for i in IMPORTS[module] if _inside(i, "bot")}
    assert all(_inside(i, "bot.engine") for i in ours), (module, ours)


@pytest.mark.parametrize("module", sorted(m for m in MODULES
                                          if _inside(m, "bot.features") or _inside(m, "bot.banks")))
def test_features_do_not_reach_up_into_the_shell(module):
    upward = ("bot.telegram", "bot.app", "bot.sessions", "bot.cli", "bot.config")
    bad = {i for i in IMPORTS[module] if any(_inside(i, u) for u in upward)}
    assert not bad, (module, bad)


def test_storage_knows_no_feature():
    for module in (m for m in MODULES if _inside(m, "bot.storage")):
        assert not any(_inside(i, "bot.features") for i in IMPORTS[module]), module


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A path that comes back to where it started, or None (depth-first, three colours)."""
    state: dict[str, int] = {}

    def visit(m: str, path: list[str]) -> list[str] | None:
        state[m] = 1
        for n in sorted(graph.get(m, ())):
            if state.get(n) == 1:
                return [*path[path.index(n):], n]
            if n not in state and (found := visit(n, [*path, n])):
                return found
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m, [m])):
            return found
    return None


def test_the_cycle_finder_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"b"}}) is None


def test_no_import_cycle():
    graph = {m: {i for i in IMPORTS[m] if i in MODULES and i != m} for m in MODULES}
    assert find_cycle(graph) is None


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_over_600_lines_and_no_function_over_80(module):
    source = MODULES[module].read_text(encoding="utf-8")
    assert source.count("\n") <= 600, f"{module}: {source.count(chr(10))} lines"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = node.end_lineno - node.lineno + 1
            assert length <= 80, f"{module}.{node.name}: {length} lines"
