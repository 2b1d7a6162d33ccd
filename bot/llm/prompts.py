"""What the model is told, and whether what it says may be shown: pure functions.

The persona's facts and the bank's best-matching answers go into the system message, so
a generated reply keeps the story the bank tells (same employer, years, path) however the
user phrases a question; the session's earlier turns follow as the chat, so the persona
remembers what it already said. A reply is shown only if it passes `check`: not empty,
short enough for a phone, in character, no job offered, no fact of the persona
contradicted. Anything else sends the bank's words instead (`bot.llm.service`).
"""

from __future__ import annotations

import re

from bot.engine.ui import Generate

MAX_WORDS = 120  # what the persona is asked for: about a phone screen
LIMIT_WORDS = {"answer": 150, "follow_up": 70}  # what is accepted (models overshoot a little)
MAX_TOKENS = {"answer": 320, "follow_up": 160}
MAX_TURNS = 8  # earlier messages sent as context (four exchanges)
MAX_SAID_CHARS = 1200  # a pasted essay is cut: the model needs the gist, not the cost

RULES = (
    "Stay in character: you are this person, speaking, never an assistant or a model. "
    "Never offer a job, an interview, an internship or to pass on a CV, and never say you "
    "are hiring; if asked for a job, kindly steer back to advice. Do not grade or coach "
    "the person. Keep every fact above as it is: no new employers, titles, degrees, "
    "numbers or names. Plain text only: no lists, no markdown, no stage directions, no "
    "quotation marks around your reply."
)


def persona_lines(g: Generate) -> tuple[str, str, list[str]]:
    """(full name, one-line description, facts) from the request's persona pairs."""
    facts = dict(g.persona)
    name = facts.get("name", "the professional")
    who = ", ".join(x for x in (facts.get("role"), facts.get("organisation") and
                                f"at {facts['organisation']}") if x)
    if facts.get("years"):
        who += f", {facts['years']} years in the field"
    listed = [v for k, v in g.persona if k == "fact"]
    return name, who, listed


def system_prompt(g: Generate) -> str:
    name, who, facts = persona_lines(g)
    head = (f"You are {name}{', ' + who if who else ''}. A job seeker asked you for a short "
            "informational interview: a conversation for career advice, not a job interview.")
    lines = [head]
    if facts:
        lines.append("Facts about you (never contradict them):\n" +
                     "\n".join(f"- {f}" for f in facts))
    if g.references:
        lines.append("What you would say, in your own words (keep its facts, vary the "
                     "wording):\n" + "\n".join(f"- {r}" for r in g.references))
    if g.kind == "follow_up":
        task = (f"You are asking the questions. They just answered your question: "
                f"\"{g.asked}\". React in one short sentence to something specific they "
                f"said, then ask your next question, which is: \"{g.to_ask}\" — in your "
                "own words, keeping what it asks. End with that one question. At most 60 "
                "words in all.")
    else:
        task = (f"Answer their last message as you would out loud: warm, concrete, first "
                f"person, at most {MAX_WORDS} words. If it is not a question, reply "
                "naturally and briefly. Don't ask them a question or make an offer: just "
                "answer.")
    return "\n\n".join([*lines, task, RULES])


def build_messages(g: Generate) -> list[dict[str, str]]:
    """The chat the model sees: the system message, earlier turns, what was just said."""
    messages = [{"role": "system", "content": system_prompt(g)}]
    for who, text in g.turns[-MAX_TURNS:]:
        messages.append({"role": "assistant" if who == "persona" else "user",
                         "content": text[:MAX_SAID_CHARS]})
    messages.append({"role": "user", "content": g.said[:MAX_SAID_CHARS] or "…"})
    return messages


# --- checking what came back ------------------------------------------------------------

_THINK = re.compile(r"<think>.*?(</think>|$)", re.S | re.I)  # reasoning models' notes
_MARKUP = re.compile(r"\*\*|__|^#+\s*|^[-*]\s+", re.M)
_OUT_OF_CHARACTER = re.compile(
    r"\b(as an ai|an ai (language )?model|language model|i'?m an? (ai|assistant|chatbot|bot)"
    r"\b|i am an? (ai|assistant|chatbot|bot)\b|openai|chatgpt|as your assistant|"
    r"i can(no|')t (role-?play|pretend)|in this role-?play|\[(persona|name|your name)\])",
    re.I)
_JOB_OFFER = re.compile(
    r"\b(offer you (a|an|the) (job|position|role|internship)|you'?re hired|"
    r"(we|i)('re| are) hiring|we have (an )?opening|send (me|over) your (cv|resume|résumé)|"
    r"(forward|pass on|pass along) your (cv|resume|résumé)|job offer|"
    r"i can get you (a|an|the) (job|role|interview|position|internship)|"
    r"(come|apply) (to )?work (for|with) (me|us)|apply (for|to) (our|my|the) "
    r"(opening|vacancy|position|role))",
    re.I)
_NAME = re.compile(r"\b(?:my name is|call me|this is) ([A-Z][a-z]+)")
_YEARS = re.compile(
    r"\b(?:for|spent|after|with) (\d{1,2}) years\b|\b(\d{1,2}) years (?:in|into|of) "
    r"(?:this|the|my) (?:field|industry|career|work|job|role)", re.I)


def clean(raw: str, name: str = "") -> str:
    """A reply as plain text: no reasoning notes, markup, quotes or 'Dana:' prefix."""
    text = _THINK.sub("", raw or "")
    text = _MARKUP.sub("", text).strip()
    for prefix in (name, name.split(" ")[0]) if name else ():
        if text.lower().startswith(prefix.lower() + ":"):
            text = text[len(prefix) + 1:].strip()
            break
    if len(text) >= 2 and text[0] in "\"“'" and text[-1] in "\"”'":
        text = text[1:-1].strip()
    return re.sub(r"[ \t]+", " ", re.sub(r"\n{3,}", "\n\n", text))


def check(g: Generate, raw: str | None, cut_off: bool = False) -> tuple[str | None, str]:
    """(the text to show, "") or (None, why it is not shown)."""
    if cut_off:
        return None, "cut off at the token limit"
    if not isinstance(raw, str):
        return None, "no text in the reply"
    text = clean(raw, dict(g.persona).get("name", ""))
    if not text:
        return None, "empty reply"
    words = len(text.split())
    if words > LIMIT_WORDS.get(g.kind, 150):
        return None, f"too long ({words} words)"
    if _OUT_OF_CHARACTER.search(text):
        return None, "out of character"
    if _JOB_OFFER.search(text):
        return None, "offered a job"
    reason = _contradicts(g, text)
    if reason:
        return None, reason
    if g.kind == "follow_up" and "?" not in text:
        return None, "no question asked"
    return text, ""


def _contradicts(g: Generate, text: str) -> str:
    facts = dict(g.persona)
    names = set(facts.get("name", "").split())
    for m in _NAME.finditer(text):
        if names and m.group(1) not in names:
            return "another name"
    years = facts.get("years", "")
    if years.isdigit():
        for m in _YEARS.finditer(text):
            said = int(m.group(1) or m.group(2))
            if said > int(years) + 1:
                return "other years in the field"
    return ""
