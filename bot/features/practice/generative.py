"""What practice asks of the optional model (#12): the request riding on the persona's reply.

Pure, like the rest of the feature: the flow still decides everything with its own rules —
which question was asked, the coaching, the clock, the scorecard — and says what the bank
persona would say. When a coach has configured a model, the reply also carries a
`Generate` request: the persona's facts, the bank's words as reference and fallback, and
the meeting so far (kept in the session as `said`), so the shell can have the model say it
in its own words (bot.llm). Only turns whose words carry no mechanics are offered: a plain
answer, an honest off-bank reply, small talk. A "did you mean…?", an offer the next "yes"
accepts, a goodbye and the end stay the bank's, so what the user sees always matches what
the rules will expect next.
"""

from __future__ import annotations

from typing import Any

from bot.engine.ui import Generate

GENERATED = frozenset({"answer", "off_bank", "small_talk", "statement"})
KEPT = 8  # lines of the meeting kept for context (four exchanges)


def facts(persona: Any) -> tuple[tuple[str, str], ...]:
    """The persona as (key, value) pairs the prompt is built from."""
    pairs = [("name", str(getattr(persona, "name", ""))),
             ("role", str(getattr(persona, "role", ""))),
             ("organisation", str(getattr(persona, "organisation", ""))),
             ("years", str(getattr(persona, "years", "")))]
    pairs += [("fact", str(f)) for f in getattr(persona, "facts", ()) or ()]
    return tuple((k, v) for k, v in pairs if v)


def remember(said: list, user: str, persona: str) -> list:
    """The meeting so far with this exchange added, the latest KEPT lines."""
    return [*said, ["user", user[:600]], ["persona", persona]][-KEPT:]


def answer_request(persona: Any, said: list, text: str, result: Any, awaiting: Any
                   ) -> Generate | None:
    """You ask: the persona's answer in its own words, when this turn's reply may be."""
    if result.kind not in GENERATED or result.ended or awaiting or not result.reply:
        return None
    return Generate(kind="answer", fallback=result.reply, said=text, persona=facts(persona),
                    references=(result.reply,) if result.kind == "answer" else (),
                    turns=tuple((w, t) for w, t in said))


def follow_up_request(persona: Any, said: list, text: str, asked: str, to_ask: str,
                      fallback: str) -> Generate | None:
    """They ask: the next question, led into from what the user just said."""
    if not (to_ask and fallback and text.strip()):
        return None
    return Generate(kind="follow_up", fallback=fallback, said=text, persona=facts(persona),
                    turns=tuple((w, t) for w, t in said), asked=asked, to_ask=to_ask)
