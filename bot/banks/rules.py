"""The content rules of a field's bank, each reported at the line a coach should edit.

The schema says what a file may contain; these rules say whether it makes a good rehearsal:
every persona answers every question (its own answer or a ``shared`` one), the questions
asked most have variants, ids are unique across the core and the field, answers speak in
the first person, fit a phone, give pay only as a hedged range, and stay true to their
persona (no more years than the persona has worked, no other persona's name or words).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Any

import yaml

from bot.banks.errors import locate
from bot.banks.model import (
    MIN_VARIANTS_COMMON,
    SHARED,
    CoreFile,
    CoreQuestion,
    FieldFile,
    Persona,
)

__all__ = ["Found", "MAX_ANSWER_WORDS", "policy_problems", "content_problems", "normal_text"]

Found = tuple[int, str]
"""(line, message) in the file being checked."""

MAX_ANSWER_WORDS = 100
MIN_ANSWER_WORDS = 12
"""Below this, an open question gets a curt reply (closed questions may, on purpose)."""
"""An answer longer than this fills a phone screen; 40-90 words reads like speech."""

# Spoken answers need not say "I" ("Excel, for hours every day"), so the first-person rule
# catches what is mechanically wrong instead: a sentence about the persona in the third
# person, or a line copied from the facts ("Has run the team for nine years").
_STORY_VERBS = (r"(?:is|was|has|had|works|worked|thinks|says|believes|started|joined|runs|"
                r"leads|moved)\b")
_THIRD_PERSON = re.compile(r"(?:^|[.!?]\s+)(?:He|She|They)\s+" + _STORY_VERBS)
_FACT_LINE = re.compile(r"^(?:Has|Had|Was|Is|Worked|Works|Leads|Led|Runs|Ran|Joined|Moved)\b")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30,
}
_YEARS = re.compile(
    r"(?<![\w-])(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+years?\b(\s+\w+)?",
    re.IGNORECASE,
)
# "ten years ago", "in five years", "every two years": not a claim about a career's length.
_NOT_A_CAREER_AFTER = {"ago", "from", "time", "out", "old"}
_NOT_A_CAREER_BEFORE = re.compile(r"\b(in|next|coming|every|within|first|past|last)\s+$",
                                  re.IGNORECASE)
_MONEY = re.compile(r"[$£€]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:k|K)\b|\b\d{2,3},\d{3}\b")
_HEDGE = re.compile(r"\b(roughly|around|about|range|ranges|varies|vary|depends|ballpark|"
                    r"check|survey|surveys|glassdoor|levels\.fyi|bls|published|posted)\b",
                    re.IGNORECASE)


_OFFER_IN_ANSWER = re.compile(
    r"\b(?:happy|glad)\s+to\s+(?:read|look|review|introduce|connect|send|share|show)\b|"
    r"\b(?:want|would\s+you\s+like)\s+me\s+to\b|\bshall\s+I\b|\bI\s+(?:can|could)\s+"
    r"(?:introduce|connect\s+you|put\s+you\s+in\s+touch|send\s+you|look\s+(?:at|over)\s+your|"
    r"review\s+your|show\s+you)\b|\bsend\s+(?:me|it\s+to\s+me)\b[^.;]*\bI(?:'ll|\s+will)\b",
    re.IGNORECASE)
"""An offer inside an answer, where the user's "yes please" has nothing to answer."""
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|we've|our)\b")


def _sentence_at(text: str, position: int) -> str:
    start = max(text.rfind(". ", 0, position), text.rfind("; ", 0, position)) + 1
    ends = [i for i in (text.find(". ", position), text.find("; ", position)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def _years(count: int) -> str:
    return f"{count} year" if count == 1 else f"{count} years"


def normal_text(text: str) -> str:
    """A question's wording for comparison: lower case, letters, digits and spaces."""
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]", "", text.casefold())).strip()


def _ids(items: Any) -> Iterator[tuple[int, str]]:
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                yield index, item["id"]


def policy_problems(
    data: dict[str, Any],
    stem: str,
    root: yaml.Node,
    minimums: dict[str, int],
    core: CoreFile | None,
) -> list[Found]:
    """Rules on the raw data, so they show up alongside schema errors: the field matches
    the file name, enough personas / questions / asks-back, ids unique within the file."""
    found: list[Found] = []
    field = data.get("field")
    if isinstance(field, str) and field != stem:
        found.append((locate(root, ("field",)),
                      f"field '{field}' does not match the file name '{stem}.yaml';"
                      f" change it to '{stem}' or rename the file"))
    core_asks = len(core.asks_back) if core else 0
    for key, minimum, noun, extra in (
        ("personas", minimums["personas"], "persona", 0),
        ("questions", minimums["questions"], "question", 0),
        ("asks_back", minimums["asks_back"], "ask-back question", core_asks),
    ):
        items = data.get(key)
        count = len(items) if isinstance(items, list) else 0
        if count + extra < minimum and (isinstance(items, list) or key != "personas"):
            where = locate(root, (key,)) if key in data else locate(root, ())
            own = " of the field's own" if key == "questions" and core else ""
            also = f" (plus {extra} in the core)" if extra else ""
            found.append((where, f"'{key}' has {count} {noun}{'' if count == 1 else 's'}{also};"
                                 f" a bank needs at least {minimum}{own}"))
    kinds = {"questions": "question", "asks_back": "ask-back", "personas": "persona",
             "core_answers": "core answers to"}
    for key, kind in kinds.items():
        first: dict[str, int] = {}
        for index, item_id in _ids(data.get(key)):
            line = locate(root, (key, index, "id"))
            if item_id in first:
                found.append((line, f"{kind} '{item_id}': the id is already used on line"
                                    f" {first[item_id]}; ids must be unique"))
            else:
                first[item_id] = line
    return found


class _Checker:
    """The content rules for one validated field file (and the core it is merged with)."""

    def __init__(self, bank: FieldFile, root: yaml.Node, core: CoreFile | None,
                 core_root: yaml.Node | None, core_name: str) -> None:
        self.bank, self.root, self.core = bank, root, core
        self.core_root, self.core_name = core_root, core_name
        self.personas = {p.id: p for p in bank.personas}
        self.found: list[Found] = []

    def add(self, loc: tuple[Any, ...], message: str) -> None:
        self.found.append((locate(self.root, loc), message))

    def core_line(self, index: int) -> str:
        if self.core_root is None:
            return self.core_name
        return f"{self.core_name}:{locate(self.core_root, ('questions', index, 'id'))}"

    def run(self) -> list[Found]:
        core_questions = {q.id: (i, q) for i, q in enumerate(self.core.questions)} \
            if self.core else {}
        self.unique_across_core(core_questions)
        answered: set[str] = set()
        if self.core is None and self.bank.core_answers:
            self.add(("core_answers",), f"'core_answers' answers the shared questions, but"
                                        f" there is no {self.core_name} in this folder")
            return self.found
        for index, entry in enumerate(self.bank.core_answers):
            name = f"core answers to '{entry.id}'"
            if entry.id not in core_questions:
                close = difflib.get_close_matches(entry.id, list(core_questions), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.add(("core_answers", index, "id"),
                         f"{name}: no question in {self.core_name} has this id{hint}")
                continue
            answered.add(entry.id)
            question = core_questions[entry.id][1]
            self.answers(("core_answers", index), name, question.common,
                         entry.answers, entry.follow_ups, question.flags, entry.insider_answers)
        for qid, (index, _question) in core_questions.items():
            if qid not in answered:
                where = ("core_answers",) if "core_answers" in self._top_keys() else ()
                self.add(where, f"core question '{qid}' ({self.core_line(index)}) has no"
                                " answers in this file; add it under 'core_answers' with an"
                                " answer for each persona")
        for index, fq in enumerate(self.bank.questions):
            self.answers(("questions", index), f"question '{fq.id}'", fq.common,
                         fq.answers, fq.follow_ups, fq.flags, fq.insider_answers)
            for k, pid in enumerate(fq.suits):
                if pid not in self.personas:
                    self.add(("questions", index, "suits", k),
                             f"question '{fq.id}': '{pid}' under 'suits' is not a persona in"
                             f" this file (use one of: {', '.join(self.personas)})")
        self.duplicate_wording(core_questions)
        return self.found

    def _top_keys(self) -> set[str]:
        if isinstance(self.root, yaml.MappingNode):
            return {k.value for k, _ in self.root.value if isinstance(k, yaml.ScalarNode)}
        return set()

    def unique_across_core(self, core_questions: dict[str, tuple[int, CoreQuestion]]) -> None:
        for index, fq in enumerate(self.bank.questions):
            if fq.id in core_questions:
                self.add(("questions", index, "id"),
                         f"question '{fq.id}': the id is already a core question"
                         f" ({self.core_line(core_questions[fq.id][0])}); answer it under"
                         " 'core_answers', or give this question its own id")
        core_asks = {a.id for a in self.core.asks_back} if self.core else set()
        for index, ask in enumerate(self.bank.asks_back):
            if ask.id in core_asks:
                self.add(("asks_back", index, "id"),
                         f"ask-back '{ask.id}': the id is already an ask-back in"
                         f" {self.core_name}; ids must be unique")

    def answers(self, loc: tuple[Any, ...], name: str, common: bool,
                answers: dict[str, tuple[str, ...]], follow_ups: dict[str, tuple[str, ...]],
                flags: tuple[str, ...], insider: dict[str, tuple[str, ...]]) -> None:
        """Who answers, how often, and whether each answer sounds like its persona."""
        if insider and not self.bank.insider_roles:
            self.add((*loc, "insider_answers"), f"{name} has 'insider_answers', but the file"
                                                " lists no 'insider_roles' to know an insider by")
        for key, mapping in (("answers", answers), ("follow_ups", follow_ups),
                             ("insider_answers", insider)):
            for pid in mapping:
                if pid != SHARED and pid not in self.personas:
                    close = difflib.get_close_matches(pid, [*self.personas, SHARED], n=1)
                    hint = f"did you mean '{close[0]}'?" if close else \
                        f"use one of: {', '.join([*self.personas, SHARED])}"
                    self.add((*loc, key, pid), f"{name}: '{pid}' under '{key}' is not a"
                                               f" persona in this file ({hint})")
        for persona in self.bank.personas:
            variants = answers.get(persona.id) or answers.get(SHARED)
            if not variants:
                self.add((*loc, "answers"), f"{name}: no answer from persona '{persona.id}'"
                                            f" (add one, or a '{SHARED}' answer)")
            elif common and len(variants) < MIN_VARIANTS_COMMON:
                key = persona.id if persona.id in answers else SHARED
                self.add((*loc, "answers", key),
                         f"{name} is asked in nearly every meeting ('common'): persona"
                         f" '{persona.id}' needs at least {MIN_VARIANTS_COMMON} answer"
                         f" variants, found {len(variants)}")
        for key, mapping in (("answers", answers), ("insider_answers", insider)):
            for pid, variants in mapping.items():
                for k, text in enumerate(variants):
                    self.answer_text((*loc, key, pid, k), name, pid, k, text, flags)

    def answer_text(self, loc: tuple[Any, ...], name: str, pid: str, k: int, text: str,
                    flags: tuple[str, ...]) -> None:
        label = f"{name}: answer {k + 1} of '{pid}'"
        speaker = self.personas.get(pid)
        # "Tell them Ben suggested it" is fine; "Ben has worked here nine years" is not.
        own_name = speaker is not None and re.search(
            rf"\b{re.escape(speaker.name.split()[0])}\s+{_STORY_VERBS}", text) is not None
        if _THIRD_PERSON.search(text) or _FACT_LINE.match(text) or own_name:
            self.add(loc, f"{label} is not in the first person; the persona is speaking"
                          " ('I moved…', not 'She moved…' or 'Has run…')")
        words = len(text.split())
        if words > MAX_ANSWER_WORDS:
            self.add(loc, f"{label} has {words} words; keep it under {MAX_ANSWER_WORDS} so it"
                          " reads on a phone")
        if "closed" not in flags and words < MIN_ANSWER_WORDS:
            self.add(loc, f"{label} has {words} words; an open question deserves a real"
                          f" answer ({MIN_ANSWER_WORDS} or more)")
        if _OFFER_IN_ANSWER.search(text):
            self.add(loc, f"{label} makes an offer ('{_OFFER_IN_ANSWER.search(text).group(0)}');"
                          " put it under 'follow_ups', where the user's yes is heard")
        if _MONEY.search(text) and not _HEDGE.search(text):
            self.add(loc, f"{label} gives a pay or money figure as fact; say it is a rough"
                          " range and where to check (a salary survey, posted ranges)")
        speakers = list(self.personas.values()) if pid == SHARED else \
            [self.personas[pid]] if pid in self.personas else []
        for persona in speakers:
            self.consistent(loc, label, persona, text, shared=pid == SHARED)

    def consistent(self, loc: tuple[Any, ...], label: str, persona: Persona, text: str,
                   *, shared: bool) -> None:
        """Mechanical checks of the persona's facts: years worked, and whose story it is."""
        for match in _YEARS.finditer(text) if not shared else ():
            sentence = _sentence_at(text, match.start())
            if not _FIRST_PERSON.search(sentence):  # "a lead earns more after five years"
                continue
            number = match.group(1).lower()
            years = int(number) if number.isdigit() else _NUMBER_WORDS[number]
            after = (match.group(2) or "").strip().lower()
            before = text[max(0, match.start() - 12):match.start()]
            if after in _NOT_A_CAREER_AFTER or _NOT_A_CAREER_BEFORE.search(before):
                continue
            if years > persona.years:
                self.add(loc, f"{label} says '{match.group(0).strip()}', but persona"
                              f" '{persona.id}' has worked {_years(persona.years)} (their"
                              " 'years'); keep their story consistent")
                break
        others = [p for p in self.bank.personas if p.id != persona.id]
        words = {w.casefold() for w in re.findall(r"\w+", text)}
        for other in others:
            marks = [*other.name.split(), *other.distinctive]
            hit = next((m for m in marks if m.casefold() in words
                        or (" " in m and m.casefold() in text.casefold())), None)
            if hit:
                whose = "a shared answer" if shared else f"persona '{persona.id}'"
                self.add(loc, f"{label} mentions '{hit}', which belongs to persona"
                              f" '{other.id}'; {whose} should tell only its own story")
                break

    def duplicate_wording(self, core_questions: dict[str, tuple[int, CoreQuestion]]) -> None:
        """One wording used by two questions makes matching a user's question a coin toss."""
        owner: dict[str, str] = {}
        overrides = {e.id: e for e in self.bank.core_answers}
        for qid, (_, cq) in core_questions.items():
            entry = overrides.get(qid)
            texts = (entry.text if entry and entry.text else cq.text,
                     *(entry.phrasings if entry and entry.phrasings else cq.phrasings))
            for text in texts:
                owner.setdefault(normal_text(text), qid)
        for index, fq in enumerate(self.bank.questions):
            for k, text in enumerate((fq.text, *fq.phrasings)):
                key = normal_text(text)
                other = owner.setdefault(key, fq.id)
                if other != fq.id:
                    where = ("questions", index, "text") if k == 0 else \
                        ("questions", index, "phrasings", k - 1)
                    self.add(where, f"question '{fq.id}': '{text}' is also a wording of"
                                    f" '{other}'; the bot could not tell them apart")


def content_problems(bank: FieldFile, root: yaml.Node, core: CoreFile | None,
                     core_root: yaml.Node | None, core_name: str) -> list[Found]:
    """Every content rule on a field file that passed the schema."""
    return _Checker(bank, root, core, core_root, core_name).run()
