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

from dataclasses import replace
from typing import Any

from bot.engine.ui import Generate, Reply
from bot.features.practice.replies import offers_telling

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


def remember(said: list, user: str, *persona: str) -> list:
    """The meeting so far with this exchange added, the latest KEPT lines."""
    return [*said, ["user", user[:600]], *(["persona", p] for p in persona if p)][-KEPT:]


def answer_request(persona: Any, said: list, text: str, result: Any, follow: str = ""
                   ) -> Generate | None:
    """You ask: the persona's answer in its own words, when this turn's reply may be.
    `follow` is the bank's question or offer that ends the reply (the next message may
    answer it): it stays the bank's, and only the answer before it is generated."""
    if result.kind not in GENERATED or result.ended or not result.reply:
        return None
    fallback = result.reply
    if follow:
        if not fallback.endswith(follow):
            return None
        fallback = fallback[: -len(follow)].rstrip()
    if not fallback:
        return None
    return Generate(kind="answer", fallback=fallback, said=text, persona=facts(persona),
                    references=(fallback,) if result.kind == "answer" else (),
                    turns=tuple((w, t) for w, t in said))


def follow_up_request(persona: Any, said: list, text: str, asked: str, to_ask: str,
                      fallback: str) -> Generate | None:
    """They ask: the next question, led into from what the user just said."""
    if not (to_ask and fallback and text.strip()):
        return None
    return Generate(kind="follow_up", fallback=fallback, said=text, persona=facts(persona),
                    turns=tuple((w, t) for w, t in said), asked=asked, to_ask=to_ask)


def answer(data: Any, reply: Reply, persona: Any, text: str, result: Any, state: Any
           ) -> tuple[Reply, Any]:
    """You ask: the reply with its request (if this turn may be generated), and the session
    with this exchange remembered (the shell swaps in the model's words if it uses them)."""
    follow = (getattr(state, "awaiting_text", "") or "") if getattr(state, "awaiting", None) \
        else ""
    if offers_telling(follow) and not result.reply.endswith(follow):
        follow = ""  # an offer made inside the answer ("What I can do is tell you …")
    g = answer_request(persona, data.said, text, result, follow)
    lines = [g.fallback, follow] if g is not None and follow else [result.reply]
    data = data.but(said=remember(data.said, text, *lines))
    return (replace(reply, generate=g) if g else reply), data


def follow_up(data: Any, reply: Reply, persona: Any, text: str, asked: str, to_ask: str,
              said: str) -> tuple[Reply, Any]:
    """They ask: the same for the persona's next question."""
    g = follow_up_request(persona, data.said, text, asked, to_ask, said)
    data = data.but(said=remember(data.said, text, said))
    return (replace(reply, generate=g) if g else reply), data
