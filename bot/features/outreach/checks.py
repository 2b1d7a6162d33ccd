"""The outreach checks: each rule a draft should pass as a plain function, and ``check_draft``.

The rules and their numbers come from ``domain.md`` §1 (Dalton's 5-point email,
LinkedIn limits, the seeds): short, connection first, referrer named, no job
ask, one question, about them, time-boxed, advice stated, no stock phrases.
Pure Python on plain text, so each rule is testable on a hand-written draft.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.engine.text import plural
from bot.features.outreach.request import detail_phrase, referrer_given_name, referrer_name


@dataclass(frozen=True)
class CheckResult:
    """One rule's verdict: ``label`` is a short line, ``fix`` the advice shown on failure."""

    key: str
    passed: bool
    label: str
    fix: str


@dataclass(frozen=True)
class CheckReport:
    """The checks that apply to a draft's channel, in display order."""

    results: tuple[CheckResult, ...]

    @property
    def score(self) -> int:
        return sum(r.passed for r in self.results)

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def failed(self) -> tuple[CheckResult, ...]:
        return tuple(r for r in self.results if not r.passed)

    def result(self, key: str) -> CheckResult | None:
        """The result for ``key``, or None when that check does not apply."""
        return next((r for r in self.results if r.key == key), None)


# --------------------------------------------------------------------------- text helpers

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_YOU = frozenset({"you", "your", "yours", "yourself", "yourselves", "you're", "you've",
                  "you'll", "you'd"})  # fmt: skip
_I = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"})
_ABBREVIATIONS = {"mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "e.g", "i.e", "vs"}
_GREETING_ONLY = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,!?:;]*[,!:.]?$",
    re.IGNORECASE,
)
_SELF_INTRO = re.compile(
    r"^(?:(?:hi|hello|hey|dear)\b[^,.!?]*[,!]\s*)?(?:this is|my name is|it's|it’s|it is)\b",
    re.IGNORECASE,
)
# "I'm Sam Rivera." introduces; "I'm a teacher." is background, not an introduction.
_NAME_INTRO = re.compile(
    r"^(?:(?:[Hh]i|[Hh]ello|[Hh]ey)\b[^,.!?]*[,!]\s*)?(?:I'm|I’m|I am)\s+"
    r"(?!An?\b|The\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*[.!]?$"
)


def words(text: str) -> list[str]:
    """Words as letters/digits with inner apostrophes, lower-cased ("I’m" -> "i'm")."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _sentences(text: str) -> list[str]:
    """Split on . ! ? before a space, and on blank lines; 'Dr.' and 'e.g.' do not end one."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        start = 0
        for m in re.finditer(r"[.!?]+(?=\s|$)", para):
            before = re.search(r"([\w.]+)$", para[start : m.start()])
            if m.group() == "." and before and before.group(1).lower() in _ABBREVIATIONS:
                continue
            out.append(para[start : m.end()].strip())
            start = m.end()
        if para[start:].strip():
            out.append(para[start:].strip())
    return [s for s in out if s]


def _greeting_only(text: str) -> bool:
    """'Hi Dana,' / 'Dear Dr. Priya Natarajan,' / 'Hello Priya.': a salutation and nothing else."""
    text = text.strip()
    return word_count(text) <= 6 and bool(_GREETING_ONLY.match(text)) and len(_sentences(text)) <= 1


def opening(text: str) -> str:
    """The first sentence after a greeting line; a bare self-introduction takes the next one too.

    "Hi Dana,\\n\\nMaya suggested..." -> "Maya suggested...";
    "Hi Dana, this is Sam. Maya suggested..." -> both sentences (scripts and texts open so).
    """
    lines = text.strip().splitlines()
    while lines and (not lines[0].strip() or _greeting_only(lines[0])):
        lines.pop(0)
    sentences = _sentences("\n".join(lines))
    while sentences and _greeting_only(sentences[0]):
        sentences.pop(0)
    if not sentences:
        return ""
    first = sentences[0]
    intro = _SELF_INTRO.match(first) or _NAME_INTRO.match(first)
    if len(sentences) > 1 and word_count(first) <= 8 and intro:
        first = f"{first} {sentences[1]}"
    return first


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Whole-word alternatives; a hyphen counts as part of a word ('eye-opening' is one word)."""
    body = "|".join(phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


# --------------------------------------------------------------------------- the rules

# Limits per channel: (unit, limit, inclusive). Emails and scripts count words, LinkedIn
# and texts count characters, because that is what the platform (or the reader) enforces.
_LENGTH: dict[str, tuple[str, int, bool]] = {
    "email": ("words", 100, False),
    "linkedin_note": ("characters", 300, True),
    "linkedin_message": ("characters", 400, False),
    "text": ("characters", 480, True),
    "phone_script": ("words", 120, False),
}
STRICT_EMAIL_WORDS = 75
LINKEDIN_FREE_NOTE_CHARS = 200


def _length_limit(channel: str, strict: bool, linkedin_free: bool) -> tuple[str, int, bool]:
    unit, limit, inclusive = _LENGTH[channel]
    if channel == "email" and strict:
        limit = STRICT_EMAIL_WORDS
    if channel == "linkedin_note" and linkedin_free:
        limit = LINKEDIN_FREE_NOTE_CHARS
    return unit, limit, inclusive


def check_length(
    text: str, channel: str, *, strict: bool = False, linkedin_free: bool = False
) -> CheckResult:
    """Short gets answered: Dalton's <100-word email, LinkedIn's hard note limit."""
    unit, limit, inclusive = _length_limit(channel, strict, linkedin_free)
    size = word_count(text) if unit == "words" else len(text)
    ok = size <= limit if inclusive else size < limit
    bound = f"≤ {limit}" if inclusive else f"under {limit}"
    spoken = " (about 45 seconds spoken)" if channel == "phone_script" else ""
    one = unit.removesuffix("s")
    over = size - limit + (0 if inclusive else 1)
    label = (f"Short: {plural(size, one)}, {bound}{spoken}" if ok else
             f"Too long: {plural(size, one)} — keep it {bound}{spoken}")
    return CheckResult(
        "length",
        ok,
        label,
        f"Cut {plural(over, one)}: trim your background to a few words and keep one sentence "
        "per point.",
    )


# Words that place you somewhere they were too: a connection only when it is shared.
_PLACES = [
    r"alumn(?:i|us|a|ae)", r"alums?", r"graduate[sd]?", r"grads?", r"class of", r"went to",
    r"studied at", r"school", r"university", r"college", r"conference", r"event", r"meetup",
    r"meet-up", r"summit", r"webinar", r"workshop", r"panel",
]  # fmt: skip
# Words that are a connection by themselves: who sent you, where you met, how you found them.
_LINKS = [
    # referral
    r"suggested", r"recommended", r"referred me", r"introduced", r"pointed me",
    r"gave me your (?:name|details|number|email)", r"passed (?:on|along) your",
    r"mentioned (?:you|your)", r"mutual",
    # school and event, said as shared
    r"alma mater", r"fellow", r"both studied", r"met", r"crossed paths",
    r"heard (?:you|your)", r"saw you", r"(?:was|were) (?:both |also )?at", r"keynote",
    r"your (?:talk|session|presentation)",
    # online / cold: how you found them
    r"came across", r"(?:found|read|saw|watched|listened to|follow(?:ed)?) (?:you|your)",
    r"your (?:post|article|profile|podcast|newsletter|blog|video|paper|book|thread|interview)",
]  # fmt: skip
_PLACE_MARKERS = _phrase_pattern(_PLACES)
_LINK_MARKERS = _phrase_pattern(_LINKS)

_CONNECTION_FIX = {
    "referral": "Open with the person who sent you: '{referrer} suggested I get in touch'.",
    "school": "Open with what you share: 'We're both <school> alumni'.",
    "event": "Open with where you crossed paths: 'I heard your talk at <event>'.",
    "online": "Open with where you found them: 'I read your article on <topic>'.",
    "cold": "Open with how you found them: 'I came across your work on <topic>'.",
}


# A shared school or event is shared: "We're both Baruch alumni", "I heard your talk at …".
# "I'm a recent Baruch grad" names a school but no connection to the reader.
_SHARED = re.compile(r"\b(?:we|we're|both|fellow|also|same|you|your|us)\b", re.IGNORECASE)
# "I came across your work." alone says nothing a thousand other notes don't.
_VAGUE_FIND = re.compile(
    r"^\W*(?:hi|hello|dear)?[^.!?]*\b(?:came across|found|saw) your (?:work|profile)\s*[.!]?\s*$",
    re.IGNORECASE)


def _opens_with_connection(first: str) -> bool:
    if _VAGUE_FIND.match(first):
        return False
    if _LINK_MARKERS.search(first):
        return True
    return bool(_PLACE_MARKERS.search(first) and _SHARED.search(first))


def mentions_referrer(text: str, referrer: str) -> bool:
    """The referrer as typed, as the draft says it ("My cousin Ana Ruiz"), or by first name
    ("my cousin Ana works with you")."""
    said = detail_phrase("referral", referrer)
    if _norm(referrer) in _norm(text) or (said and _norm(said) in _norm(text)):
        return True
    given = referrer_given_name(said or referrer)
    return bool(given) and len(given) > 1 and re.search(
        rf"(?<![\w-]){re.escape(given)}(?![\w-])", text, re.IGNORECASE) is not None


def check_connection_first(
    text: str, *, referrer: str | None = None, connection: str | None = None
) -> CheckResult:
    """The first sentence says why a stranger is writing (Dalton; seeds 003, 004)."""
    first = opening(text)
    ok = _opens_with_connection(first)
    if referrer and mentions_referrer(first, referrer):
        ok = True
    key = connection or ("referral" if referrer else "cold")
    fix = _CONNECTION_FIX.get(key, _CONNECTION_FIX["cold"]).format(
        referrer=referrer or "<name>"
    )
    return CheckResult("connection_first", ok, "Opens with how you're connected", fix)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def check_referrer(text: str, referrer: str) -> CheckResult:
    """A friend's name is the strongest reason to reply (seed 003: 'X suggested I talk to you')."""
    ok = mentions_referrer(text, referrer)
    who = referrer_name(referrer) or detail_phrase("referral", referrer)  # "Tom Becker"
    return CheckResult(
        "referrer_named",
        ok,
        f"Names {who}",
        f"Mention {who} by name, ideally in the first sentence.",
    )


# Whole words; hyphenated compounds ("job-seeker", "eye-opening") are not matches, nor are
# longer words ("jobseeker", "positioned", "applying what you've learned"). "Opening" alone
# is too common ("the opening keynote"), so only job-sense forms count.
_JOB_TERMS = _phrase_pattern(
    [
        r"jobs?(?:'s)?", r"positions?", r"openings", r"(?:an|any|no|open|current|new) opening",
        r"hiring", r"hire", r"vacanc(?:y|ies)", r"r[eé]sum[eé]s?", r"cvs?", r"refer me",
        r"referrals? for", r"appl(?:y|ying|ied) (?:for|to)", r"applications?",
    ]
)  # fmt: skip
# Idioms with "position" that ask nothing of the kind: "in a position to help", "what you
# would do in my position", "in your position".
_NOT_JOB = re.compile(
    r"\bin a position to\b|\bin (?:my|your|his|her|their|our) (?:current )?position\b",
    re.IGNORECASE,
)


def check_no_job_ask(text: str) -> CheckResult:
    """Ask for advice, never a job (Bolles, Dalton, every seed): one word can change the read."""
    m = _JOB_TERMS.search(_NOT_JOB.sub(" ", text))
    fix = (
        f"Remove “{m.group()}”: ask for their advice and story, not a job."
        if m
        else "Remove any mention of jobs: ask for advice, not a job."
    )
    return CheckResult("no_job_ask", m is None, "No job ask", fix)


def check_one_question(text: str) -> CheckResult:
    """One ask, as one question: more questions cut reply rates (domain §1)."""
    n = text.count("?")
    if n == 0:
        fix = "Make the ask a question: 'Would you have 20 minutes for a call?'"
    else:
        fix = f"Keep one question mark (found {n}): only the ask should be a question."
    return CheckResult("one_question", n == 1, "Exactly one question", fix)


def check_about_them(text: str) -> CheckResult:
    """More 'you/your' than 'I/me/my' (Dalton's 6-point variant): the note is about them."""
    ws = words(text)
    you = sum(w in _YOU for w in ws)
    me = sum(w in _I for w in ws)
    return CheckResult(
        "about_them",
        you > me,
        f"About them: you/your {you} vs I/me/my {me}",
        "Turn an 'I' sentence toward them: 'your move into …' rather than 'I want …'.",
    )


_NUMBER_WORDS = {"ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30}
_MINUTES = re.compile(
    r"\b(\d{1,3}|ten|fifteen|twenty(?:[- ]five)?|thirty)\s*(?:-\s*)?(?:minutes?|mins?)\b"
    r"|\bhalf(?: an|-an)? hour\b|\bhalf-hour\b",
    re.IGNORECASE,
)


def check_time_boxed(text: str) -> CheckResult:
    """A small, fixed ask (10-30 minutes) is easy to say yes to (seeds 002, 003; Pomona)."""
    ok = False
    for m in _MINUTES.finditer(text):
        token = (m.group(1) or "thirty").lower().replace(" ", "-")  # no group: half an hour
        value = int(token) if token.isdecimal() else _NUMBER_WORDS[token]
        if 10 <= value <= 30:
            ok = True
            break
    return CheckResult(
        "time_boxed",
        ok,
        "Asks for 10–30 minutes",
        "Name a small, fixed time: 'Would you have 20 minutes for a call?'",
    )


# "learned" is left out on purpose: "I learned Python" describes you, not what you ask for.
_ADVICE = _phrase_pattern(
    [r"advice", r"advise", r"informational", r"insights?", r"learn", r"learning",
     r"perspectives?", r"hear (?:how|what|why|about|your)", r"your (?:take|view|views|thoughts)"]
)  # fmt: skip


def check_advice(text: str) -> CheckResult:
    """Stress that this is for advice / to learn (seed 003: stress the word 'informational')."""
    return CheckResult(
        "advice_stated",
        bool(_ADVICE.search(text)),
        "Says you want their advice",
        "Say what you're after: 'I'd value your advice' or 'I'd love to learn how you …'.",
    )


_CLICHES = _phrase_pattern(
    [
        r"pick your brains?", r"just checking in", r"just following up", r"touch base",
        r"(?:i )?hope (?:this|the|my) (?:e-?mail|message|note) finds you well",
        r"to whom it may concern",
    ]
)  # fmt: skip


def check_no_cliches(text: str) -> CheckResult:
    """Stock phrases make a note read like a form letter (outreach playbooks)."""
    m = _CLICHES.search(text)
    fix = (
        f"Replace “{m.group()}” with something only you would write."
        if m
        else "Replace stock phrases with your own words."
    )
    return CheckResult("no_cliches", m is None, "No stock phrases", fix)


_QUESTION_CHANNELS = frozenset({"email", "linkedin_message"})


# An answer pasted into a sentence that already says it: "We're both we both went to …",
# "We were both at I met you at …", "the the".
_BROKEN = (
    re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE),
    re.compile(r"\bboth\b[^.!?\n]*\bboth\b", re.IGNORECASE),
    re.compile(r"\b(?:at|through|via|both|suggested)\s+(?:I|we|my)\s+(?:met|went|found|saw|"
               r"both|studied|heard)\b", re.IGNORECASE),
    re.compile(r"\b(?:on|about|in|into|especially)\s+I(?:'m|'d| am| want| would| like)\b",
               re.IGNORECASE),
)


def check_reads_naturally(text: str) -> CheckResult:
    """A sentence built from an answer must still be a sentence, or it cannot score full
    marks: people forgive a short note, not a garbled one."""
    hit = next((m for pattern in _BROKEN for m in [pattern.search(text)] if m), None)
    fix = (f"Reword “{hit.group()}”: it reads as if two sentences ran together."
           if hit else "Read it aloud once: every sentence should say one thing.")
    return CheckResult("reads_naturally", hit is None, "Reads naturally", fix)


def check_draft(
    text: str,
    *,
    channel: str,
    subject: str | None = None,
    referrer: str | None = None,
    connection: str | None = None,
    strict: bool = False,
    linkedin_free: bool = False,
) -> CheckReport:
    """Run the domain.md §1 checks that apply to ``channel``; the subject counts where seen.

    The subject is scanned with the body for job words, clichés, advice and question marks
    (the reader sees it first); length, opening and about-them look at the body only.
    """
    if channel not in _LENGTH:
        raise ValueError(f"unknown channel {channel!r}")
    whole = f"{subject}\n\n{text}" if subject else text
    rules: list[Callable[[], CheckResult]] = [
        lambda: check_length(text, channel, strict=strict, linkedin_free=linkedin_free),
        lambda: check_connection_first(text, referrer=referrer, connection=connection),
    ]
    if referrer and referrer.strip():
        rules.append(lambda: check_referrer(whole, referrer.strip()))
    rules.append(lambda: check_no_job_ask(whole))
    if channel in _QUESTION_CHANNELS:
        rules.append(lambda: check_one_question(whole))
    rules += [
        lambda: check_about_them(text),
        lambda: check_time_boxed(text),
        lambda: check_advice(whole),
        lambda: check_no_cliches(whole),
        lambda: check_reads_naturally(whole),
    ]
    return CheckReport(tuple(rule() for rule in rules))
