"""`interview-bot check`: every problem in the content files a coach edits, as `file:line: what`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dotenv import dotenv_values

from bot.config import BUILTIN_BANKS

BUILTIN_TEMPLATES = Path(__file__).parent / "features" / "outreach" / "templates"


def _problems_in_bank(path: Path) -> list[str]:
    """One file: the core on its own, or a field merged with the core beside it."""
    from bot.banks.loader import read_core, validate_bank_file
    from bot.banks.model import CORE_FILE

    if path.name == CORE_FILE:
        return [str(p) for p in read_core(path).problems]
    _, problems = validate_bank_file(path)
    return [str(p) for p in problems]


def _problems_in_banks(folder: Path) -> list[str]:
    """A folder: the core, every field merged with it, and the rules across files."""
    from bot.banks.loader import check_directory

    _, problems = check_directory(folder)
    return [str(p) for p in problems]


def _problems_in_template(path: Path) -> list[str]:
    from bot.features.outreach.render import check_template_source

    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return [f"{path}:1: cannot read the file ({e})"]
    return [f"{path}:{line}: {msg}" for line, msg in check_template_source(path.name, source)]


def problems_in(path: Path) -> list[str]:
    if path.is_dir():
        out: list[str] = []
        if any(path.glob("*.yaml")) or any(path.glob("*.yml")):
            out += _problems_in_banks(path)
        for template in sorted(path.rglob("*.j2")):
            out += _problems_in_template(template)
        return out
    if path.suffix in (".yaml", ".yml"):
        return _problems_in_bank(path)
    if path.suffix == ".j2":
        return _problems_in_template(path)
    return [f"{path}:1: not a question bank (.yaml) or a template (.j2)"]


def default_paths() -> list[Path]:
    env = {**dotenv_values(".env"), **os.environ}
    paths = [Path(env.get("QUESTION_BANKS_DIR") or BUILTIN_BANKS), BUILTIN_TEMPLATES]
    if env.get("TEMPLATES_DIR"):
        paths.append(Path(env["TEMPLATES_DIR"]))
    return paths


def check_paths(path: Path | None) -> int:
    paths = [path] if path is not None else default_paths()
    problems: list[str] = []
    for p in paths:
        if not p.exists():
            problems.append(f"{p}:1: no such file or folder")
            continue
        problems += problems_in(p)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print(f"OK: {', '.join(str(p) for p in paths)} — no problems found.")
    return 0
