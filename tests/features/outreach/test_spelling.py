"""One spelling convention in what the bot writes: British, as everywhere else in its copy
("organisation", "programme"), never mixed with the American forms of the same words."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3] / "bot"
MINE = ["features/outreach", "features/meetings", "features/nudges", "features/profile",
        "features/questions", "engine/text.py", "features/formats.py"]
AMERICAN = re.compile(
    r"\b(?:organiz\w*|colors?\b|favor\w*|centers?\b|behaviors?\b|analyz\w*|recogniz\w*|"
    r"prioritiz\w*|summariz\w*|speciali[z]\w*|practicing|traveled|traveling|modeling)",
    re.IGNORECASE)


def _texts(path: Path) -> list[str]:
    if path.suffix == ".j2":
        return [path.read_text()]
    tree = ast.parse(path.read_text())
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str)]


def _files() -> list[Path]:
    out: list[Path] = []
    for part in MINE:
        p = ROOT / part
        out += [p] if p.is_file() else sorted([*p.rglob("*.py"), *p.rglob("*.j2")])
    return out


@pytest.mark.parametrize("path", _files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_copy_spells_one_way(path: Path) -> None:
    found = [m.group() for text in _texts(path) for m in AMERICAN.finditer(text)]
    assert not found, f"{path.name}: {found} (the bot writes British spelling)"
