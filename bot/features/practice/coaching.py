"""The coach's notes in 'you ask': which weak habits a message shows (job ask, googleable,
yes/no, several at once), one short note per habit, and a better bank question to ask
instead."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.banks.model import Bank, Question
from bot.engine.text import written_out
from bot.features.practice.answers import slang_words
from bot.features.practice.asking import sentences, takes_up
from bot.features.practice.leaning import INDIRECT, leans_on_context, narrows
from bot.features.practice.people import told
from bot.features.practice.spelling import spelled
from bot.features.practice.state import YouAskState
from bot.features.practice.terms import rough_stems
from bot.features.practice.understand import (
    LEAD_INS,
    LONG_PREAMBLE_WORDS,
    Reading,
    wording_flags,
)
from bot.features.questions.habits import AUX, WH

# Where a better question usually lies for each habit: ask for advice or trends instead of
# a job; for their own experience instead of web facts.
_PREFER = {
    "job_ask": ("advice", "resources"),
    "googleable": ("insights", "assignments"),
}

_COUNTERS = {
    "job_ask": "job_asks",
    "googleable": "googleable",
    "closed": "closed",
    "multiple": "multiple",
}
"""The state's tally for each habit, which the scorecard reads."""
_SAID_ENOUGH = 2
"""How many times a meeting hears the yes/no note; a third time nags (a tester had it three
times, the last on a blunt question about age, which is a fair way to raise a worry)."""


def suggest(
    state: YouAskState, bank: Bank, exclude: Iterable[str] = (), prefer: Iterable[str] = ()
) -> Question | None:
    """A high-value question not yet asked: the "better alternative" a coaching note points
    at. Preferred categories first, then TIARA categories not yet covered, then bank order."""
    skip = set(state.asked) | set(exclude)
    options = [q for q in bank.questions
               if q.value == "high" and q.id not in skip and not wording_flags(q.text)]
    if not options:
        return None
    preferred = list(prefer)
    covered = set(state.categories)
    options.sort(
        key=lambda q: (
            preferred.index(q.category) if q.category in preferred else len(preferred),
            q.category in covered,
        )
    )
    return options[0]


def _open_alternative(state: YouAskState, bank: Bank, question: Question | None) -> Question | None:
    """An open question on the same topic area as a closed one, not yet asked."""
    if question is not None:
        same = [
            q
            for q in bank.questions
            if q.category == question.category
            and q.id != question.id
            and q.id not in state.asked
            and q.value == "high"
            and not ({"closed", "googleable", "job_ask"} & set(q.flags))
        ]
        if same:
            return same[0]
    return suggest(state, bank, [question.id] if question else [])


def _excluded(question: Question | None) -> list[str]:
    return [question.id] if question else []


Finder = Callable[[Reading, YouAskState, Bank, Question | None], str | None]


@dataclass(frozen=True)
class _Note:
    text: str
    lead: str  # how the better question is introduced: "Ask instead", "Try"
    better: Finder  # the better question's text, if there is one


def _suggested(habit: str) -> Finder:
    def find(reading: Reading, state: YouAskState, bank: Bank, question: Question | None
             ) -> str | None:
        alt = suggest(state, bank, _excluded(question), _PREFER[habit])
        return alt.text if alt else None
    return find


def _open_instead(reading: Reading, state: YouAskState, bank: Bank, question: Question | None
                  ) -> str | None:
    """Their own question, reopened ("Do you enjoy it?" -> "What do you enjoy most about
    it?"), or else an open bank question on the same topic."""
    own = open_rewrite(reading.question)
    if own:
        return own
    if question is None or "closed" not in question.flags:
        return None  # a bank question on another topic is no rewrite of theirs
    alt = _open_alternative(state, bank, question)
    return alt.text if alt else None


_ARE_THERE = (r"^are\s+there\s+(?:any\s+)?(?!(?:much|more|few|enough|so|many|lots|a\s+lot)\b)"
              r"(?P<thing>[\w\s&'-]+?s)\b")
_REOPEN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), template)
    for pattern, template in (
        (r"^(?:do|did)\s+(?:you|u)\s+(?:actually\s+|really\s+|still\s+|genuinely\s+|honestly\s+)?"
         r"(?:like|enjoy|love)\s+(?P<rest>.+)$",
         "What do you enjoy most about {rest}?"),
        (r"^(?:is|was)\s+it\s+(?:hard|difficult|tough|easy)\s+(?P<rest>to\s+.+)$",
         "How hard is it {rest}, and what helps?"),
        (r"^is\s+it\s+worth\s+(?:doing|getting|taking|trying)\s+(?!(?:for|in|at|to|as|if|when|"
         r"now|first|before|after)\b)(?P<thing>.+?)(?:\s+(?:as\s+well|too|also))?"
         # "…CIMA as well to look more 'industry', or would hiring managers not care": CIMA
         r"(?:\s+to\s+(?:look|seem|appear|stand\s+out)\b.*|,?\s+or\s+(?:would|could|will|do|does|"
         r"is|are|should|can)\b.*)?$",  # "worth doing for brand roles": what?
         "How much {does} {thing} help?"),
        (r"^(?:is|are)\s+(?!there\b)(?P<thing>(?:a|an|the)?\s*[\w\s-]+?)\s+worth\s+(?:it|doing|the\s+\w+)"
         r"(?P<rest>.*)$", "How much {does} {thing} matter {rest}?"),
        # "do i need an mba for pm": what it is needed for says where it matters
        (r"^do\s+i\s+need\s+(?P<thing>(?:a|an|the)\s+[\w\s-]+?)\s+(?P<aim>for\s+[\w\s-]+?)"
         r"(?:\s+or\b.*)?$", "How much {does} {thing} matter {aim}?"),
        (r"^do\s+i\s+need\s+(?P<thing>(?:a|an|the)\s+[\w\s-]+?)\s+(?P<aim>to\s+(?:be|become|get|"
         r"work)\s+[\w\s-]+?)(?:\s+or\b.*)?$", "How much {does} {thing} matter if I want {aim}?"),
        (r"^do\s+i\s+need\s+(?P<thing>(?:a|an|the)\s+[\w\s-]+?)(?:\s+(?:or|to)\b.*)?$",
         "How much {does} {thing} matter in your field?"),
        (r"^should\s+i\s+(?P<a>.+?)\s+or\s+(?P<b>.+)$",
         "What would help me decide whether to {a} or {b}?"),
        # "should i be worried about my age": how worried, not "whether to be worried"
        (r"^(?:do\s+you\s+think\s+)?(?:i\s+should|should\s+i)\s+be\s+(?P<feel>worried|concerned|"
         r"nervous|scared)(?P<rest>(?:\s+about\b.*)?)$", "How {feel} should I be {rest}?"),
        # "should i be going for remote roles instead": before going for them, not "whether to
        # be going"
        (r"^(?:do\s+you\s+think\s+)?(?:i\s+should|should\s+i)\s+be\s+(?P<rest>\w+ing\b.+)$",
         "What would you weigh up before {rest}?"),
        (r"^(?:do\s+you\s+think\s+)?(?:i\s+should|should\s+i)\s+(?P<rest>.+)$",
         "What would you weigh up before deciding whether to {rest}?"),
        (r"^(?:can|could)\s+i\s+(?P<rest>.+)$", "How could I {rest}?"),
        # "are there shortened routes into nursing": what there is, named
        # "are there many guys in nursing": how many, not "What many guys … are there?"
        (r"^are\s+there\s+(?:many|lots\s+of|a\s+lot\s+of)\s+(?P<thing>[\w&'-]+(?:\s+[\w&'-]+)?)"
         r"(?P<rest>\s+(?:in|at|on|who|from|with|doing|going)\b[^,]*?)(?:,.*)?$",
         "How many {thing} are there {rest}, and what is that like?"),
        # "are there any courses you'd recommend": what they would recommend, not "What
        # courses you'd recommend are there?"
        (_ARE_THERE + r"\s+(?:that\s+|which\s+)?(?P<who>you|u|i)(?P<modal>'d|\s+would|\s+should|"
         r"\s+could|\s+can|\s+might)?\s+(?P<verb>\w+)(?P<rest>[^,]*?)(?:,.*)?$",
         "What {thing} {modal} {who} {verb} {rest}?"),
        # "are there grad schemes that take people with a 2:2": which of them do
        (_ARE_THERE + r"\s+(?:that|which|who)\s+(?P<rest>[^,]+?)(?:,.*)?$",
         "Which {thing} {rest}?"),
        (_ARE_THERE + r"(?P<rest>[^,]*?)(?:,.*)?$", "What {thing} {rest} are there?"),
        (r"^is\s+it\s+(?P<how>common|normal|usual|typical|possible|realistic)\s+(?P<rest>(?:for\s+"
         r"[\w\s-]+?\s+)?to\s+[^,]+?)(?:,.*)?$", "How {how} is it {rest}?"),
        (r"^do\s+(?:people|most\s+people|career\s+changers|grads|new\s+grads)\s+(?:usually\s+|often\s+)?"
         r"(?P<rest>(?:get(?!\s+(?:stuck|fired|burned|burnt|sacked))|go|start|move|switch|need|"
         r"find|come|break|land|make|take|learn|"
         r"retrain|train|manage|cope|balance)\b[^,]*?)(?:,.*)?$", "How do people usually {rest}?"),
        # "would the club site count as a real project": what would make it one
        (r"^(?:would|will|does|do)\s+(?P<thing>(?:my|a|an|the)\s+[\w\s-]+?)\s+count\s+"
         r"(?P<rest>as\s+[^,]+?)(?:,.*)?$", "What would make {thing} count {rest}?"),
        # "would my paramedic experience count towards anything on pay"
        # ("… count for much on the ops side": "how much" is not said twice)
        (r"^(?:would|will|does|do)\s+(?P<thing>(?:my|a|an|the)\s+[\w\s-]+?)\s+(?P<verb>count|matter|"
         r"help|transfer)(?:\s+for\s+(?:much|anything|a\s+lot|something)|\s+(?:much|a\s+lot|at\s+all))?"
         r"(?P<rest>[^,]*?)(?:,.*)?$", "How much would {thing} {verb} {rest}?"),
        # "...GDPR stuff a lot, like consent forms": "how often" is not said twice, and the
        # aside after the comma is left out
        (r"^(?:do|does)\s+(?:you|u)\s+(?:ever\s+)?(?!have\s+(?:any|an?|some)\s+(?:sense|idea|"
         r"thoughts?|tips?|advice|views?|opinions?|feel|clue)\b)"
         r"(?!\w+\s+much\s+of\b)(?P<verb>work|get|have\s+to|spend|use|travel|manage|deal|find)\b"
         r"(?:\s+(?:a\s+lot|lots|much|often))?(?P<rest>[^,]*?)(?:\s+(?:a\s+lot|lots|much|often|very\s+often|regularly|"
         r"all\s+the\s+time|every\s+day|much\s+at\s+all))?(?:,.*)?$",
         "How often do you {verb} {rest}, and what is that like?"),
    )
)


def _plural(thing: str) -> bool:
    """"bootcamps" (how much DO bootcamps matter), not "a bootcamp" or "the process"."""
    head = re.split(r"\s+(?:like|such\s+as|in|for|of|at|from|with)\b", thing.lower())[0]
    words = head.split()  # "chats like this": the chats (how much DO they matter)
    return bool(words) and words[0] not in ("a", "an", "the", "this", "that") and (
        words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is")))


def open_rewrite(question: str) -> str | None:
    """A closed question of the user's reworded to invite a story, when its shape is a
    common one; None otherwise (and never a rewrite that would itself be flagged)."""
    text = re.sub(r"^\W*(?:so|and|but|ok|okay|well|also|hi|hey)[\s,]+", "", question.strip())
    text = re.split(r"\?\s+", text)[0]  # "should i retrain tho? like a course…": the question
    text = _CHAT_TAIL.sub("", text.rstrip(" ?.!"))  # "…tho", "…tbh": no part of a rewrite
    for pattern, template in _REOPEN:
        m = pattern.match(text)
        if m:
            parts = {k: (v or "").strip() for k, v in m.groupdict().items()}
            parts["does"] = "do" if _plural(parts.get("thing", "")) else "does"
            if "who" in parts:  # "…you'd recommend": "What … would you recommend?"
                parts["who"] = "I" if parts["who"].lower() == "i" else "you"
                parts["modal"] = {"'d": "would"}.get(parts["modal"], parts["modal"]) or "do"
            rewrite = re.sub(r"\s+(?=[?,])|(?<=\s)\s+", "", written_out(template.format(**parts)))
            rewrite = _MASTERS.sub(r"\1 master's", rewrite[:1].upper() + rewrite[1:])
            return None if _flagged(rewrite) or _casual(rewrite) else rewrite
    return None


_CHAT_TAIL = re.compile(r"(?:[\s,]+(?:tho|though|tbh|lol|rn|ngl|honestly|then|really|"
                        r"haha|lmao|idk))+$", re.IGNORECASE)


_MASTERS = re.compile(r"\b(a|the|my|your|one)\s+masters\b(?!')", re.IGNORECASE)
""""a masters", as a model question spells it: "a master's"."""


def _casual(text: str) -> bool:
    """A model question in the user's own shorthand or dialect ("…a remote junior job fae
    here?"), which is no model."""
    return bool(slang_words(text) or _DIALECT.search(text))


_DIALECT = re.compile(r"\b(?:fae|ye|aye|cannae|canny|wouldnae|dinnae|didnae|isnae|wasnae|gonnae|"
                      r"fitba|doon|oot|hame|youse|yous|innit|ain'?t|finna|tryna|gotta)\b",
                      re.IGNORECASE)


def _flagged(text: str) -> bool:
    return bool({"job_ask", "googleable", "closed"} & set(wording_flags(text)))


_LEAD_IN = re.compile(rf"^\W*{LEAD_INS}\b[^:?]{{0,40}}:\s+(?=\S)", re.IGNORECASE)
"""A lead-in before a colon ("Sorry, to go back a step: ...") is not part of the question."""


_HOW_LONG = re.compile(r"\bhow\s+long\b", re.IGNORECASE)
_DURATION = re.compile(r"\b(?:\d+|a|one|two|three|four|five|six|a\s+few|several)\s+(?:days?|"
                       r"weeks?|months?|years?)\b", re.IGNORECASE)
"""A span of time an answer gives, which a "how long …?" beside it asks for."""


def _next_of_several(reading: Reading, state: YouAskState, bank: Bank,
                     question: Question | None) -> str | None:
    """The next of the user's questions to ask on its own, if it is a good one and the answer
    about to be given does not already speak to it ("It's usually four weeks from the closing
    date to an offer" to "…how long from application to offer?")."""
    answer = told(state, bank, question) if question is not None else ""
    said = rough_stems(answer)
    for other in reading.questions:
        if other.strip() == reading.question.strip():
            continue
        asks = rough_stems(other) - rough_stems(reading.question)
        if len(asks) >= 2 and (asks <= said or _HOW_LONG.search(other) and 2 * len(
                asks & said) >= len(asks) and _DURATION.search(answer)):  # every word of it,
            continue  # or "how long …?" beside a span of time of the same things
        if leans_on_context(other) == "points" or narrows(other) or _TELLS.match(other) or (
                INDIRECT.match(other)) or _THEM.search(other):  # "… and how involved they get
            # in asking": a clause; "how do you work with them day to day?": with whom?
            continue  # "is that the same as your specs?", "is it more writing or numbers?", "I'm
            # a teacher looking at analytics vs data science" (said, not asked)
        text = _LEAD_IN.sub("", other.strip(" ?.,"))
        text = _WONDER.sub("", text)  # "I'm curious how much is designing" asks "how much …"
        text = re.sub(r"^\W*(?:and|also|plus|or|so)\s+", "", text, flags=re.I)
        text = spelled(written_out(text[:1].upper() + text[1:] + "?"), bank)  # no typo as a model
        core = _WHEN_CLAUSE.sub("", text)  # "When I apply, would it help …?" is yes/no too
        if _YES_NO_START.match(core) and (" or " not in core or _ANY.search(core)
                                          or _OR_ASKS_AGAIN.search(core)):
            # "Do you do any reporting in excel or power bi?": reopened, or not offered (the
            # note is about asking well); "Is remote or office more common?" asks which
            text = open_rewrite(text) or ""
        if text and not _flagged(text) and not _casual(text) and _ASKS_FIRST.match(text) and (
                not _UNINVERTED.match(text)):  # "Which skill I need learn first?" is no model
            # never a chat fragment, nor the user's shorthand or dialect as a model question
            return text  # ("I'm in vancouver so CAD, like what should I even ask for?")
    return None


_ANY = re.compile(r"\b(?:any|ever|anything|anyone)\b", re.IGNORECASE)
_THEM = re.compile(r"\b(?:them|they|their|those|these)\b", re.IGNORECASE)
"""People or things named in the question before: alone, a suggested question loses them."""
_OR_ASKS_AGAIN = re.compile(r"\bor\s+(?:can|could|do|does|did|is|are|should|would|will|"
                            r"shall|am|must)\b", re.IGNORECASE)
"""A second yes/no question after "or" ("Is Python a must or can SQL carry me?"), no choice."""
_ASKS_FIRST = re.compile(rf"\W*(?:{WH}|{AUX}|am|must|any|anything|anyone|isn|aren|don|doesn|"
                         r"didn)\b", re.IGNORECASE)
"""How a question that can be asked as it stands opens: a question word or its verb."""
_UNINVERTED = re.compile(rf"\W*(?:what|which|how|where|when|why)\s+"
                         rf"(?:(?!(?:{AUX}|of|come)\b)[\w'-]+\s+){{0,3}}(?:i|you|u|we|they)\b",
                         re.IGNORECASE)
"""A question in the order of a statement ("Which skill I need learn first?", "How much you
earn?"): a learner's grammar, which a model question must not hand back."""
_WONDER = re.compile(r"^\W*(?:i'?m\s+curious|im\s+curious|i\s+wonder|i\s+was\s+wondering|"
                     r"i'?d\s+love\s+to\s+know|i'?d\s+like\s+to\s+know)\s+"
                     r"(?=(?:how|what|why|which|when|where|who)\b)", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"^\W*(?:when|if|once|before|after|while|as)\s+[^,?]{1,50},\s*",
                          re.IGNORECASE)
_YES_NO_START = re.compile(r"\W*(?:do|does|did|is|are|was|were|can|could|should|would|will|have|"
                           r"has|had|am|shall|might|must)(?:n['’]?t)?\b|\W*(?:isn|aren|don|doesn|"
                           r"didn|won|wouldn|shouldn|couldn|haven|hasn|wasn|weren|ain)['’]?t\b",
                           re.IGNORECASE)


_TELLS = re.compile(r"\W*(?:so\s+|and\s+|but\s+|as\s+an?\s+\w+\s+)?(?:i'?m|im|i\s+am|i'?ve|"
                    r"i\s+have|mine'?s|my)\b(?![^?]*\b(?:wonder\w*|whether|should|could|curious|question|"
                    r"what|how|why|which|when|where|who)\b)", re.IGNORECASE)
"""A sentence about the user, never offered back as their next question."""


_NOTES: dict[str, _Note] = {
    "job_ask": _Note("Job ask: an informational interview is for advice, not openings; asking"
                     " for a job can use up their goodwill.", "Ask instead",
                     _suggested("job_ask")),
    "googleable": _Note("A quick web search answers that. Spend your minutes on what only they"
                        " can tell you.", "For example", _suggested("googleable")),
    "closed": _Note("Yes/no question: start with what or how so they tell you a story.", "Try",
                    _open_instead),
    "multiple": _Note("Several questions at once: they will usually answer only one. Ask one,"
                      " listen, then follow up.", "Ask next", _next_of_several),
}
"""The note for each habit the coach teaches; other flags get none."""
_CV_NOTE = _Note("Your CV: in an informational interview, share it only when they ask for it;"
                 " offered unasked, it can read as a job hunt.", "Ask instead",
                 lambda *_: "What would make someone with my background stand out when they"
                            " apply?")
"""A CV handed over or put up for review, a job ask of its own kind: what to do instead is
ask how to stand out, not "what advice would you give"."""
_CV_ONLY = re.compile(r"^(?=.*\b(?:cv|resume|r\u00e9sum\u00e9|resum\u00e9)s?\b)(?!.*\b(?:openings?|"
                      r"positions?|vacanc\w+|hir\w+|refer\w*|recommend|(?:jobs?|roles?)\s+(?:at|on|"
                      r"in|with)\s+(?:your|ur)|(?:a\s+)?(?:job|role)\s+for\s+me)\b)",
                      re.IGNORECASE | re.DOTALL)

_CHOOSES = re.compile(r"\bwhich\s+(?:one\s+)?(?:would|should|do|does|is|one)\b", re.IGNORECASE)
"""Choosing between options told before ("which would u do?"): the context is the question."""
LEAD_WITH_QUESTION = (
    "Lead with your question, then give the context: a listener who knows what you're asking"
    " hears the background as part of the answer."
)


def coaching(
    flags: Iterable[str], reading: Reading, state: YouAskState, bank: Bank,
    question: Question | None, confirmed: bool = False,
) -> list[str]:
    """One short note per weak habit, each with a better question when there is one that
    is not itself weak; and "lead with your question" after a long preamble. A ``confirmed``
    guess ("the first", "yes") was asked in the bank's words, so it is never blunt."""
    notes = []
    for flag in flags:
        if flag == "closed" and state.closed >= _SAID_ENOUGH:
            continue  # made twice already: the scorecard counts the rest
        if flag in _NOTES:
            note = _CV_NOTE if flag == "job_ask" and _CV_ONLY.search(
                reading.question) else _NOTES[flag]
            better = note.better(reading, state, bank, question)
            notes.append(f"{note.text} {note.lead}: \u201c{better}\u201d" if better else note.text)
    # Saying who you are before the first question is how a meeting opens, and once is
    # enough to make the point.
    # "so im torn between a TA job this fall or a cert program. which would u do?": a
    # question that points back needs what came before, so nothing to move
    # One sentence of who you are before a question is a courtesy (a line of it is how people
    # ask); it is a preamble to move once it runs to two sentences, or to twice the length.
    told = [s for s in sentences(reading.context or "") if not takes_up(s)]
    if reading.preamble_words > LONG_PREAMBLE_WORDS and (
            len(re.findall(r"[.!?;](?:\s|$)", " ".join(told))) >= 2
            or reading.preamble_words > 2 * LONG_PREAMBLE_WORDS) \
            and state.asked and not state.long_preambles \
            and not (leans_on_context(reading.question or "")
                     or _CHOOSES.search(reading.question or "")
                     or _mostly_softener(reading.context or "")):
        state.long_preambles += 1
        notes.append(LEAD_WITH_QUESTION)
    typed = " ".join([reading.context, *reading.questions]) or reading.question
    shorthand = [w for w in slang_words(typed) if w not in state.slang]
    if len(shorthand) >= 2 and not state.slang:  # once a meeting, when it is the register
        # ("ngl", "fr", "lol"), not one "u" typed in a hurry
        state.slang += shorthand
        said = ", ".join(f"\u201c{w}\u201d" for w in shorthand[:3])
        notes.append(f"Tone: {said} read as a text to a friend. With someone you've just met,"
                     " write as you'd speak to them in person.")
    if question is not None and not notes and not state.terse and not confirmed and len(
            re.findall(r"[^\W\d_]+", reading.question or "")) <= 2 and not _WH_WORD.match(
            reading.question or "") and "closed" not in question.flags:
        # "salary", "pay range?": what a search box gets ("any tips?" is how people talk)
        state.terse += 1
        notes.append(f"A word or two can sound blunt in person: ask the whole question, for"
                     f" example \u201c{question.text}\u201d")
    return notes


_SOFTENER = re.compile(
    r"\b(?:feel\s+free\s+to\s+(?:skip|pass|ignore)|(?:no|not)\s+(?:worries|problem|pressure)\s+if|"
    r"(?:rather|prefer)\s+not\s+(?:to\s+)?(?:say|answer|share)|(?:too|a\s+bit)\s+(?:direct|personal|"
    r"forward|nosy|cheeky)|hope\s+(?:you\s+don'?t|it'?s\s+(?:ok|okay|alright|fine))|(?:sensitive|"
    r"awkward|delicate)\s+(?:topic|question|subject)|don'?t\s+(?:have|need)\s+to\s+answer)",
    re.IGNORECASE)
"""A preamble asking leave for a sensitive question (pay, a personal one): good manners,
not background to move after the question."""


def _mostly_softener(context: str) -> bool:
    """Whether a long preamble is mostly leave asked ("I hope this isn't too forward…"), not
    a life story that happens to end "hope you don't mind"."""
    rest = [c for c in re.split(r"(?<=[.!?;])\s+|,\s*(?:and|but|so)\s+|\s+but\s+", context)
            if not _SOFTENER.search(c)]
    return context != " ".join(rest) and len(" ".join(rest).split()) <= LONG_PREAMBLE_WORDS


_WH_WORD = re.compile(r"\W*(?:what|how|why|who|where|when|which|any|anything|anyone|and|so|also|"
                      r"really|seriously|same|same\s+here|tips|advice)\b", re.IGNORECASE)


def lessons(flags: Iterable[str], question: Question | None) -> list[str]:
    """The habits to coach on for one message, from the user's own words only (a bank
    question's flags say nothing about how the user asked), one lesson at a time: a job ask
    or a googleable question is the bigger problem, so its yes/no shape is not mentioned
    too. ``question`` is kept for callers; it no longer adds flags."""
    found = list(dict.fromkeys(flags))
    if "job_ask" in found or "googleable" in found:
        found = [f for f in found if f != "closed"]
    return found


def count_habits(state: YouAskState, flags: Iterable[str], said: str = "") -> None:
    """Tally each habit once per message; a job ask that only puts a CV up (``said``) is
    counted as one too, so the scorecard names it for what it was."""
    for flag in set(flags):
        counter = _COUNTERS.get(flag)
        if counter is not None:
            setattr(state, counter, getattr(state, counter) + 1)
        if flag == "job_ask" and said and _CV_ONLY.search(said):
            state.cv_asks += 1
