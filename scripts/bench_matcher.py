"""Benchmark the practice-mode question matcher.

Practice mode matches every message the user types, so matching must stay fast even for
a coach who loads a very large bank. This builds a 2,000-question bank out of all the
banks (ids made unique, phrasings varied so copies are not identical), times
``Matcher.match`` over the labelled paraphrases repeated to at least 2,000 calls (three
rounds; the median round's p50/p99 is reported), prints the time to load all banks, and
reports top-1 accuracy per bank (how the bot uses it: the expected question answered, or
no answer for an off-topic line) and the best candidate's accuracy against the big bank.

    .venv/bin/python scripts/bench_matcher.py [--quick] [--json FILE]

``run(quick)`` returns rows {"name", "value", "unit", "target", "met"} so that a combined
``scripts/bench.py`` can import it.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from any directory
    sys.path.insert(0, str(ROOT))

from bot.banks.loader import load_banks  # noqa: E402
from bot.banks.model import Bank, Question  # noqa: E402
from bot.features.practice.matcher import Matcher  # noqa: E402
from bot.features.practice.you_ask import start_you_ask, you_ask_turn  # noqa: E402

BANKS_DIR = ROOT / "bot" / "question_banks"
PARAPHRASES = ROOT / "tests" / "fixtures" / "paraphrases.yaml"
HOLDOUT = ROOT / "tests" / "fixtures" / "paraphrases_holdout.yaml"
PARAPHRASES_DEV = ROOT / "tests" / "fixtures" / "paraphrases_dev.yaml"
CONVERSATION_DEV = ROOT / "tests" / "fixtures" / "conversation_dev.yaml"
CONVERSATION_FRESH = ROOT / "tests" / "fixtures" / "conversation_fresh.yaml"
CONVERSATION_BLIND = ROOT / "tests" / "fixtures" / "conversation_blind.yaml"
CONVERSATION_BLIND2 = ROOT / "tests" / "fixtures" / "conversation_blind2.yaml"
CONVERSATION_FRESH2 = ROOT / "tests" / "fixtures" / "conversation_fresh2.yaml"
CONVERSATION_FRESH3 = ROOT / "tests" / "fixtures" / "conversation_fresh3.yaml"
"""Realistic questions written without the banks in view: the first two fresh sets were then
tuned on; the two blind sets are read only through these figures, as the third fresh set was
through the session that added it."""
IN_BANK_TARGET = 0.90
HONEST_TARGET = 0.95
BIG_BANK_SIZE = 2_000
MIN_CALLS = 2_000
ROUNDS = 3
P99_TARGET_MS = 5.0
ACCURACY_TARGET = 0.85
LOAD_TARGET_MS = 2_000.0

# Ways to vary a phrasing in the synthetic copies, so the big bank is not 7 identical
# copies of each question (which would flatter the index).
_VARIANTS = (
    lambda p: p,
    lambda p: f"Could you tell me {p[0].lower()}{p[1:]}",
    lambda p: f"{p}, in your experience",
    lambda p: f"I was wondering: {p[0].lower()}{p[1:]}",
    lambda p: f"{p} these days",
    lambda p: f"Out of interest, {p[0].lower()}{p[1:]}",
    lambda p: f"{p} at this stage of your career",
)


def load_paraphrases(path: Path = PARAPHRASES) -> list[dict[str, Any]]:
    """The labelled set: [{"field", "text", "expect"}, ...]."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["items"])


def big_bank(banks: dict[str, Bank], size: int = BIG_BANK_SIZE) -> list[Question]:
    """``size`` questions made from every bank's, with unique ids and varied phrasings."""
    base = [(field, q) for field, bank in banks.items() for q in bank.questions]
    out: list[Question] = []
    copy = 0
    while len(out) < size:
        vary = _VARIANTS[copy % len(_VARIANTS)]
        for field, question in base:
            if len(out) >= size:
                break
            out.append(
                question.model_copy(
                    update={
                        "id": f"{field}--{question.id}--{copy}",
                        "phrasings": tuple(vary(p) for p in question.phrasings),
                    }
                )
            )
        copy += 1
    return out


def base_id(question_id: str | None) -> str | None:
    """ "finance--typical-day--3" -> "typical-day"."""
    if question_id is None:
        return None
    parts = question_id.split("--")
    return parts[1] if len(parts) == 3 else question_id


def accuracy(items: list[dict[str, Any]], matchers: dict[str, Matcher] | Matcher) -> float:
    """Share of lines answered right: the expected question, or no answer for off-topic."""
    right = 0
    for item in items:
        matcher = matchers if isinstance(matchers, Matcher) else matchers[item["field"]]
        right += base_id(matcher.match(item["text"]).question_id) == item["expect"]
    return right / len(items)


def top1_raw(items: list[dict[str, Any]], matcher: Matcher) -> float:
    """Share of on-topic lines whose best candidate is the expected question, confident
    or not (the confidence threshold is calibrated for one field's bank, not a mix)."""
    on_topic = [item for item in items if item["expect"]]
    right = 0
    for item in on_topic:
        ranked = matcher.scores(item["text"])
        right += bool(ranked) and base_id(ranked[0][1]) == item["expect"]
    return right / len(on_topic)


_OFFER = "Shall I introduce you to both of them by email?"
_QUESTION = "What have you done so far to try it out?"
_WARM_UP = ("how-got-started", "typical-day", "like-most")
_HANDLED = {
    "yes": {"yes"}, "no": {"no"}, "answer": {"answer"}, "greeting": {"greeting"},
    "small_talk": {"small_talk"}, "thanks": {"closing", "passing_thanks"},
    "goodbye": {"goodbye", "closing"},
}
"""For each conversational move, the replies that handle it (TurnResult.kind)."""


_HONEST = ("off_bank", "small_talk", "unclear")
"""Replies that answer no bank question and say so honestly."""


def play(bank: Bank, matcher: Matcher, item: dict[str, Any]) -> Any:
    """One labelled line through the real 'you ask' turn, in the situation it was written
    for: a greeting opens a meeting; anything else comes a few questions in, after the
    persona's offer or question when ``after`` says so."""
    from datetime import UTC, datetime

    now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    state = start_you_ask(bank, 30, now)
    if item.get("move") != "greeting":
        state.asked = [q for q in _WARM_UP if bank.question(q)]
        state.times_asked = dict.fromkeys(state.asked, 1)
        state.elapsed = 9.0
    if item.get("after") == "offer":
        state.awaiting, state.awaiting_text = "offer", _OFFER
    elif item.get("after") == "question":
        state.awaiting, state.awaiting_text = "question", _QUESTION
    return you_ask_turn(state, bank, matcher, item["text"], now)[1]


def conversation_figures(items: list[dict[str, Any]], banks: dict[str, Bank],
                         matchers: dict[str, Matcher]) -> dict[str, Any]:
    """How the bot handles each kind of labelled line: in-bank top-1, confident wrong
    answers, off-bank and conversational lines handled honestly, and the confidence
    threshold's precision (answers that were right) and recall (in-bank lines answered
    right). ``misses`` lists what went wrong, for tuning."""
    in_bank = right = answered = fair_answers = wrong = honest = off = moves = moved = 0
    misses: list[str] = []
    for item in items:
        bank = banks[item["field"]]
        result = play(bank, matchers[item["field"]], item)
        qid = result.question_id
        # A line is in-bank when the bank has a question that fairly answers it: a field's
        # own question may cover what another bank's persona could only be honest about.
        fair = {q for q in (item.get("expect"), *item.get("accept", ())) if q and bank.question(q)}
        kind = "move" if item.get("kind") == "move" else "bank" if fair else "off_bank"
        answered += qid is not None
        fair_answers += qid is not None and qid in fair
        if kind == "bank":
            in_bank += 1
            right += qid in fair
        elif kind == "off_bank":
            off += 1
            honest += qid is None and result.kind in _HONEST
        else:
            moves += 1
            moved += (qid is None or qid in fair) and result.kind in _HANDLED.get(item["move"], ())
        bad = qid is not None and qid not in fair
        wrong += bad
        ok = (kind == "bank" and qid in fair) or (
            kind == "off_bank" and qid is None and result.kind in _HONEST) or (
            kind == "move" and (qid is None or qid in fair)
            and result.kind in _HANDLED.get(item["move"], ()))
        if not ok:
            misses.append(f"{'WRONG ' if bad else ''}{item['field']}: {item['text']!r} "
                          f"expected {sorted(fair) or item.get('move') or kind}, got "
                          f"{qid or result.kind} ({result.score:.1f})")
    return {
        "in_bank": in_bank, "top1": right / in_bank if in_bank else 1.0,
        "confident_wrong": wrong, "lines": len(items),
        "precision": (fair_answers / answered) if answered else 1.0,
        "recall": right / in_bank if in_bank else 1.0,
        "off_bank": off, "off_bank_honest": honest / off if off else 1.0,
        "moves": moves, "moves_handled": moved / moves if moves else 1.0,
        "misses": misses,
    }


def _percentile(sorted_values: list[float], q: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index]


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Run the benchmark; ``quick`` times fewer calls (for smoke runs in CI)."""
    started = time.perf_counter_ns()
    banks = load_banks(BANKS_DIR)
    load_ms = (time.perf_counter_ns() - started) / 1e6

    items = load_paraphrases()
    per_bank = {field: Matcher.for_bank(bank) for field, bank in banks.items()}
    bank_accuracy = accuracy(items, per_bank)
    # The held-out set was never used for tuning: the honest figure for new wording.
    holdout = load_paraphrases(HOLDOUT)
    holdout_accuracy = accuracy(holdout, per_bank)
    figures = {
        name: conversation_figures(load_paraphrases(path), banks, per_bank)
        for name, path in (("dev", CONVERSATION_DEV), ("paraphrases", PARAPHRASES),
                           ("paraphrases_dev", PARAPHRASES_DEV), ("holdout", HOLDOUT),
                           ("fresh", CONVERSATION_FRESH), ("blind", CONVERSATION_BLIND),
                           ("blind2", CONVERSATION_BLIND2), ("fresh2", CONVERSATION_FRESH2),
                           ("fresh3", CONVERSATION_FRESH3))
    }
    holdout_wrong = figures["holdout"]["confident_wrong"]

    questions = big_bank(banks)
    started = time.perf_counter_ns()
    matcher = Matcher(questions)
    build_ms = (time.perf_counter_ns() - started) / 1e6
    # As the bot runs: start-up builds the matchers and then freezes what it loaded, so a
    # full garbage collection no longer walks them in the middle of a reply.
    gc.collect()
    gc.freeze()
    big_accuracy = top1_raw(items, matcher)

    calls = 300 if quick else max(MIN_CALLS, len(items))
    texts = [items[i % len(items)]["text"] for i in range(calls)]
    for text in texts[: len(items)]:  # warm-up: first-time typo corrections are cached
        matcher.match(text)
    # Several rounds, reporting the median round: one round disturbed by another process
    # on a shared machine should not decide the result.
    rounds: list[tuple[float, float]] = []
    for _ in range(1 if quick else ROUNDS):
        timings: list[float] = []
        for text in texts:
            t0 = time.perf_counter_ns()
            matcher.match(text)
            timings.append((time.perf_counter_ns() - t0) / 1e6)
        timings.sort()
        rounds.append((statistics.median(timings), _percentile(timings, 0.99)))
    p50 = statistics.median(r[0] for r in rounds)
    p99 = statistics.median(r[1] for r in rounds)

    def row(name: str, value: float, unit: str, target: str, met: bool) -> dict[str, Any]:
        return {"name": name, "value": round(value, 3), "unit": unit, "target": target, "met": met}

    return [
        row("banks_load_ms", load_ms, "ms", f"<= {LOAD_TARGET_MS:g}", load_ms <= LOAD_TARGET_MS),
        row("matcher_questions", len(questions), "questions", f">= {BIG_BANK_SIZE}", True),
        row("matcher_build_ms", build_ms, "ms", "info", True),
        row("matcher_calls", calls, "calls", f">= {MIN_CALLS}", quick or calls >= MIN_CALLS),
        row("matcher_p50_ms", p50, "ms", "info", True),
        row("matcher_p99_ms", p99, "ms", f"<= {P99_TARGET_MS:g}", p99 <= P99_TARGET_MS),
        row(
            "matcher_top1_accuracy",
            bank_accuracy,
            "ratio",
            f">= {ACCURACY_TARGET:g}",
            bank_accuracy >= ACCURACY_TARGET,
        ),
        row("matcher_top1_raw_2000", big_accuracy, "ratio", "info", True),
        row("matcher_holdout_top1_accuracy", holdout_accuracy, "ratio",
            f">= {ACCURACY_TARGET:g}", holdout_accuracy >= ACCURACY_TARGET),
        row("matcher_holdout_confident_wrong", holdout_wrong, "answers", "0", holdout_wrong == 0),
        *conversation_rows(figures),
    ]


def conversation_rows(figures: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The labelled sets as rows: played through the real 'you ask' turn."""
    dev = figures["dev"]
    rows = [
        _row(f"understanding dev set: in-bank top-1 ({dev['in_bank']} of {dev['lines']} lines)",
             dev["top1"], "ratio", f">= {IN_BANK_TARGET:g}", dev["top1"] >= IN_BANK_TARGET),
        _row(f"understanding dev set: off-bank handled honestly ({dev['off_bank']} lines)",
             dev["off_bank_honest"], "ratio", f">= {HONEST_TARGET:g}",
             dev["off_bank_honest"] >= HONEST_TARGET),
        _row(f"understanding dev set: conversational moves handled ({dev['moves']} lines)",
             dev["moves_handled"], "ratio", f">= {HONEST_TARGET:g}",
             dev["moves_handled"] >= HONEST_TARGET),
        _row("understanding dev set: threshold precision", dev["precision"], "ratio", "info",
             True),
        _row("understanding dev set: threshold recall", dev["recall"], "ratio", "info", True),
    ]
    for name, f in figures.items():
        rows.append(_row(f"confident wrong answers, {name} set ({f['lines']} lines)",
                         f["confident_wrong"], "answers", "0", f["confident_wrong"] == 0))
    for name, label in (("fresh", "fresh set (tuned on)"), ("blind", "blind set (never read)"),
                        ("blind2", "second blind set (never read)"),
                        ("fresh2", "second fresh set (tuned on after its first figures)"),
                        ("fresh3", "third fresh set (read only as totals so far)")):
        f = figures[name]
        rows += [
            _row(f"{label}: in-bank top-1 ({f['in_bank']} of {f['lines']} lines)", f["top1"],
                 "ratio", f">= {IN_BANK_TARGET:g}", f["top1"] >= IN_BANK_TARGET),
            _row(f"{label}: off-bank handled honestly ({f['off_bank']} lines)",
                 f["off_bank_honest"], "ratio", f">= {HONEST_TARGET:g}",
                 f["off_bank_honest"] >= HONEST_TARGET),
        ]
    for name in ("paraphrases", "paraphrases_dev", "holdout", "fresh", "blind", "blind2",
                 "fresh2", "fresh3"):
        f = figures[name]
        rows.append(_row(f"{name} set through the turn: top-1 / precision / recall",
                         round(f["top1"], 3), "ratio",
                         f"info (p {f['precision']:.2f}, r {f['recall']:.2f})", True))
    return rows


def _row(name: str, value: float, unit: str, target: str, met: bool) -> dict[str, Any]:
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target, "met": met}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer timed calls")
    parser.add_argument("--json", type=Path, help="also write {name: value} to this file")
    args = parser.parse_args(argv)
    rows = run(quick=args.quick)
    width = max(len(r["name"]) for r in rows)
    for r in rows:
        mark = "ok " if r["met"] else "MISS"
        print(f"{mark} {r['name']:<{width}}  {r['value']:>10} {r['unit']:<9} target {r['target']}")
    if args.json:
        args.json.write_text(
            json.dumps({r["name"]: r["value"] for r in rows}, indent=2) + "\n", encoding="utf-8"
        )
    return 0 if all(r["met"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
