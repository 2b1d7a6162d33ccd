"""Reading question bank YAML files into Banks, with errors a career coach can act on.

A folder holds ``_core.yaml`` (the questions every field shares, written once) and one
``<field>.yaml`` per field; each field's bank is the core merged with the field's own
questions and answers. The files are written by career coaches, not programmers, so every
problem is reported as ``file:line: plain-English message``, and all problems in all files
are reported at once instead of stopping at the first one.

Adding a field needs no code change: drop a new ``<field>.yaml`` into the directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.banks.errors import (
    BankError,
    Problem,
    describe,
    line_of,
    locate,
    message,
    read_yaml,
)
from bot.banks.model import (
    CORE_FILE,
    GENERAL_FIELD,
    MIN_ASKS_BACK,
    MIN_FIELD_QUESTIONS,
    MIN_PERSONAS,
    SHARED,
    Bank,
    CoreFile,
    FieldFile,
    PersonaAnswer,
    Question,
)
from bot.banks.rules import content_problems, normal_text, policy_problems

__all__ = [
    "Problem",
    "BankError",
    "Core",
    "read_core",
    "validate_bank_file",
    "check_directory",
    "load_banks",
]


class Core:
    """The shared questions as read from ``_core.yaml`` (``data`` None when absent or broken)."""

    def __init__(self, path: Path | None, data: CoreFile | None = None,
                 root: yaml.Node | None = None, problems: list[Problem] | None = None) -> None:
        self.path, self.data, self.root = path, data, root
        self.problems = problems or []

    @property
    def name(self) -> str:
        return str(self.path) if self.path else CORE_FILE


def _schema_problems(name: str, data: Any, root: yaml.Node, model: type, *,
                     core: bool = False) -> tuple[Any, list[Problem]]:
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, [
            Problem(name, locate(root, tuple(e["loc"])), message(e, data, root, core=core))
            for e in exc.errors()
            if e["type"] != "duplicate_id"  # reported with its line by policy_problems
        ]


def read_core(path: Path) -> Core:
    """``_core.yaml``, validated; an absent file means a folder whose fields stand alone."""
    if not path.is_file():
        return Core(None)
    name = str(path)
    data, root, problems = read_yaml(path)
    if root is None:
        return Core(path, problems=problems)
    if not isinstance(data, dict):
        return Core(path, problems=[Problem(name, line_of(root),
                    "the core file should be a block of keys (questions:, asks_back:), but"
                    f" it is {describe(data, root)}")])
    found = policy_problems(data, "", root, {"personas": 0, "questions": 0, "asks_back": 0},
                            None)
    problems += [Problem(name, line, text) for line, text in found]
    core, schema = _schema_problems(name, data, root, CoreFile, core=True)
    problems += schema
    problems = sorted(set(problems), key=lambda p: (p.line, p.message))
    return Core(path, None if problems else core, root, problems)


def _resolve(answers: dict[str, tuple[str, ...]], follow_ups: dict[str, tuple[str, ...]],
             persona_id: str, insider: dict[str, tuple[str, ...]]) -> PersonaAnswer:
    own = persona_id in answers
    return PersonaAnswer(
        persona=persona_id,
        variants=answers[persona_id] if own else answers[SHARED],
        follow_ups=follow_ups.get(persona_id) or follow_ups.get(SHARED) or (),
        shared=not own,
        insider=insider.get(persona_id) or insider.get(SHARED) or (),
    )


def merge(field: FieldFile, core: CoreFile | None) -> Bank:
    """The field's bank: core questions (with this field's wording and answers) first."""
    ids = [p.id for p in field.personas]
    questions: list[Question] = []
    entries = {e.id: e for e in field.core_answers}
    for cq in core.questions if core else ():
        entry = entries[cq.id]
        questions.append(Question(
            **cq.model_dump(exclude={"text", "phrasings", "keywords"}),
            text=entry.text or cq.text,
            phrasings=entry.phrasings or cq.phrasings,
            keywords=entry.keywords or cq.keywords,
            answers=tuple(_resolve(entry.answers, entry.follow_ups, pid, entry.insider_answers)
                          for pid in ids),
            core=True,
        ))
    for fq in field.questions:
        questions.append(Question(
            **fq.model_dump(exclude={"answers", "follow_ups", "insider_answers"}),
            answers=tuple(_resolve(fq.answers, fq.follow_ups, pid, fq.insider_answers)
                          for pid in ids),
        ))
    return Bank(
        field=field.field,
        title=field.title,
        personas=field.personas,
        questions=tuple(questions),
        asks_back=(*(core.asks_back if core else ()), *field.asks_back),
        glossary=field.glossary,
        insider_roles=field.insider_roles,
    )


def _sibling_core(path: Path) -> Core:
    return read_core(path.parent / CORE_FILE)


def validate_bank_file(
    path: Path,
    *,
    core: Core | None = None,
    min_questions: int = MIN_FIELD_QUESTIONS,
    min_personas: int = MIN_PERSONAS,
    min_asks_back: int = MIN_ASKS_BACK,
    parsed: tuple[Any, yaml.Node | None, list[Problem]] | None = None,
) -> tuple[Bank | None, list[Problem]]:
    """Load one field's bank file merged with the core; the Bank is None whenever any
    problem was found. ``core`` defaults to the ``_core.yaml`` beside the file (whose own
    problems are then reported too); ``min_questions`` counts the field's own questions.

    The minimums are parameters only so that tests can use tiny fixture files. ``parsed``
    is ``read_yaml(path)`` when the caller has already read the file.
    """
    name = str(path)
    own_core = core is None
    core = _sibling_core(path) if core is None else core
    problems = list(core.problems) if own_core else []
    data, root, read_problems = read_yaml(path) if parsed is None else parsed
    problems += read_problems
    if root is None:
        return None, problems
    if not isinstance(data, dict):
        return None, [*problems, Problem(name, line_of(root),
                      "the file should be a block of keys (field:, title:, personas:,"
                      " core_answers:, questions:, asks_back:, glossary:), but it is"
                      f" {describe(data, root)}")]
    minimums = {"questions": min_questions, "personas": min_personas, "asks_back": min_asks_back}
    found = policy_problems(data, path.stem, root, minimums, core.data)
    field, schema = _schema_problems(name, data, root, FieldFile)
    problems += schema
    if field is not None and not core.problems:
        found += content_problems(field, root, core.data, core.root, core.name)
    problems += [Problem(name, line, text) for line, text in found]
    problems = sorted(set(problems), key=lambda p: (p.path != name, p.line, p.message))
    if problems or field is None:
        return None, problems
    return merge(field, core.data), []


def _bank_files(directory: Path) -> list[Path]:
    return sorted(
        p for p in directory.iterdir()
        if p.suffix in (".yaml", ".yml") and not p.name.startswith((".", "_")) and p.is_file()
    )


def _own_texts(data: Any, root: yaml.Node | None) -> list[tuple[str, str, int]]:
    """(id, text, line) of each of a field file's own questions, read leniently so the
    rule holds even while the file has other problems."""
    items = data.get("questions") if isinstance(data, dict) and root is not None else None
    return [
        (item["id"], item["text"], locate(root, ("questions", index, "text")))
        for index, item in enumerate(items if isinstance(items, list) else [])
        if isinstance(item, dict) and isinstance(item.get("id"), str)
        and isinstance(item.get("text"), str)
    ]


def _across_files(parsed: dict[Path, tuple[Any, yaml.Node | None, list[Problem]]]
                  ) -> list[Problem]:
    """A field's own question belongs to that field: the same wording in two field files
    is either a core question written twice or a copy-paste slip."""
    problems: list[Problem] = []
    first: dict[str, tuple[Path, int, str]] = {}
    for path, (data, root, _) in parsed.items():
        for qid, text, line in _own_texts(data, root):
            key = normal_text(text)
            if key in first:
                other, other_line, other_id = first[key]
                problems.append(Problem(str(path), line,
                                f"question '{qid}': the same question is in"
                                f" {other}:{other_line} ('{other_id}'); write a shared question"
                                f" once in {CORE_FILE}, or word each field's its own way"))
            else:
                first.setdefault(key, (path, line, qid))
    return problems


def check_directory(directory: Path, **minimums: int) -> tuple[dict[str, Bank], list[Problem]]:
    """Every field bank in ``directory`` (merged with its core) and every problem found,
    in the core, in each file and across files; ``minimums`` as for validate_bank_file."""
    directory = Path(directory)
    if not directory.is_dir():
        return {}, [Problem(str(directory), 0, "question bank folder not found")]
    files = _bank_files(directory)
    if not files:
        return {}, [Problem(str(directory), 0,
                            "no question banks found (expected <field>.yaml files)")]
    core = read_core(directory / CORE_FILE)
    problems = list(core.problems)
    banks: dict[str, Bank] = {}
    first_file: dict[str, Path] = {}
    parsed = {path: read_yaml(path) for path in files}  # each file parsed once
    for path in files:
        bank, found = validate_bank_file(path, core=core, parsed=parsed[path], **minimums)
        problems.extend(found)
        if bank is None:
            continue
        if bank.field in banks:
            root = parsed[path][1]
            problems.append(Problem(str(path), locate(root, ("field",)) if root else 0,
                                    f"field '{bank.field}' is also defined in"
                                    f" {first_file[bank.field]}"))
            continue
        banks[bank.field] = bank
        first_file[bank.field] = path
    problems += _across_files(parsed)
    return banks, problems


def load_banks(directory: Path) -> dict[str, Bank]:
    """Every field's bank in ``directory``, keyed by field and ordered by title with
    "general" last (the order buttons are shown in).

    Raises BankError listing every problem in every file, so a coach editing several files
    sees everything at once; a missing or empty folder is an error because the bot cannot
    rehearse without banks.
    """
    banks, problems = check_directory(directory)
    if problems:
        raise BankError(problems)
    ordered = sorted(
        banks.values(), key=lambda b: (b.field == GENERAL_FIELD, b.title.casefold(), b.field)
    )
    return {b.field: b for b in ordered}


_CACHE: dict[tuple, dict[str, Bank]] = {}


def load_banks_cached(directory: Path) -> dict[str, Bank]:
    """``load_banks``, parsed once per set of file versions: the start-up check and the bot
    it starts read the same banks, and tests and restarts build many bots."""
    directory = Path(directory)
    key = (str(directory.resolve()), tuple(
        (p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(directory.glob("*.y*ml"))))
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = load_banks(directory)
    return _CACHE[key]
