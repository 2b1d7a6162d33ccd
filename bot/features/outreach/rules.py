"""Outreach writer core: render a request for an informational interview and check it.

Pure Python (no telegram imports) so every rule is testable as a plain function.
The rules and their numbers come from ``domain.md`` §1 (Dalton's 5-point email,
LinkedIn limits, the seeds): short, connection first, referrer named, no job
ask, one question, about them, time-boxed, advice stated, no stock phrases.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from pathlib import Path

import jinja2
import jinja2.meta
from jinja2 import nodes

CONNECTIONS = frozenset({"referral", "school", "event", "online", "cold"})
FORMATS = frozenset({"coffee", "phone", "video"})
CHANNELS = ("email", "linkedin_note", "linkedin_message", "phone_script", "text")
TONES = ("warm", "formal")
DEFAULT_MINUTES = 20
MIN_MINUTES, MAX_MINUTES = 15, 30

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


# --------------------------------------------------------------------------- models


@dataclass(frozen=True)
class OutreachRequest:
    """Everything the user told the outreach flow; validated so templates can trust it."""

    contact_name: str
    contact_role: str
    organisation: str
    connection: str  # "referral" | "school" | "event" | "online" | "cold"
    connection_detail: str  # referrer / school / event / where found online; "" for cold
    background: str  # the user's one-line background
    learn_broad: str  # the field or function they want to learn about
    learn_narrow: str  # about the contact's own path
    format: str  # "coffee" | "phone" | "video"
    minutes: int  # 15..30; DEFAULT_MINUTES is 20
    channel: str  # one of CHANNELS
    tone: str = "warm"  # "warm" | "formal"
    sender_name: str = ""
    short: bool = False  # the "regenerate shorter" variant

    def __post_init__(self) -> None:
        # Fail loudly at the boundary rather than with a half-rendered draft.
        if self.connection not in CONNECTIONS:
            raise ValueError(f"unknown connection {self.connection!r}")
        if self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}")
        if self.channel not in CHANNELS:
            raise ValueError(f"unknown channel {self.channel!r}")
        if self.tone not in TONES:
            raise ValueError(f"unknown tone {self.tone!r}")
        if not MIN_MINUTES <= self.minutes <= MAX_MINUTES:
            raise ValueError(f"minutes must be {MIN_MINUTES}..{MAX_MINUTES}, got {self.minutes}")


@dataclass(frozen=True)
class Draft:
    """A rendered draft; ``subject`` is set for emails only."""

    subject: str | None
    body: str
    channel: str


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


# --------------------------------------------------------------------------- rendering

_REQUEST_FIELDS = frozenset(f.name for f in fields(OutreachRequest))
_DERIVED = frozenset(
    {
        "first_name",  # "Dana" from "Dr. Dana Lee": for "Hi Dana,"
        "referrer_first_name",  # "Maya" from "Maya Chen" (referral only, else "")
        "background_sentence",  # the background as a full sentence ("I'm a ...")
        "learn_broad_about",  # "about UX research" / "how teams work" (wh-clauses keep no "about")
        "format_noun",  # "coffee" | "phone call" | "video call"
        "format_phrase",  # "a coffee near your office" | "a phone call" | "a video call"
        "alternative",  # the other formats: "phone or video" | "video" | "phone"
        "your_work",  # "your work as <role> at <org>", shortened when either was skipped
        "your_profile",  # the same with "profile"
        "your_experience",  # "your experience at <org>" | "your experience"
        "subject_work",  # "Your work at <org>" | "Your work as <role>" | "Your path into ..."
    }
)
TEMPLATE_VARIABLES: frozenset[str] = _REQUEST_FIELDS | _DERIVED

_HONORIFICS = {"dr", "mr", "mrs", "ms", "mx", "prof", "professor", "sir", "dame"}
_LOWER_STARTERS = {
    "how", "what", "why", "when", "where", "which", "who", "whether",
    "your", "you", "the", "a", "an", "about",
}  # fmt: skip
_WH = {"how", "what", "why", "when", "where", "which", "who", "whether", "about"}
_FIRST_PERSON = {"i", "i'm", "i've", "i'd", "i'll", "my", "me", "i’m", "i’ve"}
_FORMAT_NOUN = {"coffee": "coffee", "phone": "phone call", "video": "video call"}
_FORMAT_PHRASE = {
    "coffee": "a coffee near your office",
    "phone": "a phone call",
    "video": "a video call",
}
_ALTERNATIVE = {"coffee": "phone or video", "phone": "video", "video": "phone"}


def _clean(text: str) -> str:
    """One line, single spaces, no trailing full stop: templates add their own punctuation."""
    return re.sub(r"\s+", " ", text).strip().rstrip(".,;:!? ").strip()


def _lower_starter(text: str) -> str:
    """'How teams work' -> 'how teams work' so it reads mid-sentence; names stay as typed."""
    first, _, rest = text.partition(" ")
    if first.lower() in _LOWER_STARTERS and first[:1].isupper() and first[1:].islower():
        return first.lower() + (" " + rest if rest else "")
    return text


def _first_name(full_name: str) -> str:
    parts = [p for p in full_name.split() if p.lower().rstrip(".") not in _HONORIFICS]
    return parts[0] if parts else full_name.strip()


def _background_sentence(background: str, tone: str) -> str:
    """Make the one-line background a sentence without doubling 'I'm' or inventing grammar."""
    text = _clean(background)
    if not text:
        return ""
    first = text.split(" ", 1)[0].lower()
    if first in _FIRST_PERSON:
        return text[0].upper() + text[1:] + "."
    if first in {"a", "an"}:
        lead = "I am" if tone == "formal" else "I'm"
        return f"{lead} {text[0].lower()}{text[1:]}."
    lead = "By way of background:" if tone == "formal" else "Quick background:"
    return f"{lead} {text}."


def template_context(req: OutreachRequest) -> dict[str, object]:
    """The variables a template sees: the request's fields, tidied, plus derived phrases."""
    ctx: dict[str, object] = {name: getattr(req, name) for name in _REQUEST_FIELDS}
    for name in ("contact_name", "contact_role", "organisation", "connection_detail",
                 "background", "sender_name"):  # fmt: skip
        ctx[name] = _clean(getattr(req, name))
    if not ctx["connection_detail"]:
        ctx["connection"] = "cold"  # "school" with no school named reads best as a cold note
    ctx["learn_broad"] = _lower_starter(_clean(req.learn_broad))
    ctx["learn_narrow"] = _lower_starter(_clean(req.learn_narrow))
    broad = str(ctx["learn_broad"])
    ctx["learn_broad_about"] = broad if broad.split(" ", 1)[0].lower() in _WH else f"about {broad}"
    ctx["first_name"] = _first_name(req.contact_name)
    ctx["referrer_first_name"] = (
        _first_name(req.connection_detail) if ctx["connection"] == "referral" else ""
    )
    ctx["background_sentence"] = _background_sentence(req.background, req.tone)
    ctx["format_noun"] = _FORMAT_NOUN[req.format]
    ctx["format_phrase"] = _FORMAT_PHRASE[req.format]
    ctx["alternative"] = _ALTERNATIVE[req.format]
    # Optional answers the user skipped must leave no "as  at ." holes in the draft.
    if not ctx["learn_narrow"]:
        ctx["learn_narrow"] = "how you got into your role"
    if not ctx["learn_broad"]:
        ctx["learn_broad"] = ctx["learn_broad_about"] = "your field"
    role, org = str(ctx["contact_role"]), str(ctx["organisation"])
    where = (f" as {role} at {org}" if role and org else f" as {role}" if role
             else f" at {org}" if org else "")
    ctx["your_work"] = f"your work{where}"
    ctx["your_profile"] = f"your profile{where}"
    ctx["your_experience"] = f"your experience at {org}" if org else "your experience"
    ctx["subject_work"] = (f"Your work at {org}" if org else f"Your work as {role}" if role
                           else f"Your path into {ctx['learn_broad']}")
    return ctx


def make_environment(override_dir: Path | None = None) -> jinja2.Environment:
    """Jinja2 environment for outreach drafts; ``override_dir`` (TEMPLATES_DIR) wins by file name.

    An override may mirror the package layout (``<dir>/outreach/email_warm.txt.j2``) or be flat
    (``<dir>/email_warm.txt.j2``); both are searched before the built-in templates.

    Autoescape is off for ``*.txt.j2``: drafts are plain text the user copies into an email
    or LinkedIn, so ``&`` must stay ``&``, not ``&amp;``. HTML-safety is the Telegram
    shell's job: it escapes the whole finished draft once before sending it as HTML.
    Templates ending in ``.html``/``.j2html`` would still be escaped. StrictUndefined
    turns a typo'd variable into an error instead of a silent gap in a message.
    """
    loaders: list[jinja2.BaseLoader] = []
    if override_dir is not None:
        override = Path(override_dir)
        loaders += [
            jinja2.FileSystemLoader(override / "outreach"),
            jinja2.FileSystemLoader(override),
        ]
    loaders.append(jinja2.FileSystemLoader(TEMPLATE_DIR))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "j2html"), default_for_string=False, default=False
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def template_name(channel: str, tone: str) -> str:
    """Emails have a file per tone; short channels switch tone inside one file."""
    return f"email_{tone}.txt.j2" if channel == "email" else f"{channel}.txt.j2"


def _tidy(text: str) -> str:
    """Plain-text hygiene: no trailing spaces, no doubled spaces, at most one blank line."""
    lines = [re.sub(r"(?<=\S) {2,}", " ", line.rstrip()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def render_draft(req: OutreachRequest, env: jinja2.Environment) -> Draft:
    """Render the channel's template; an email's leading ``Subject:`` line becomes the subject."""
    template = env.get_template(template_name(req.channel, req.tone))
    text = _tidy(template.render(template_context(req)))
    subject: str | None = None
    if req.channel == "email":
        first, _, rest = text.partition("\n")
        if first.lower().startswith("subject:"):
            subject = re.sub(r"\s+", " ", first.split(":", 1)[1]).strip() or None
            text = rest.strip()
    return Draft(subject=subject, body=text, channel=req.channel)


def check_template_source(name: str, source: str) -> list[tuple[int, str]]:
    """Problems in a template file as (line, message), for ``interview-bot check``.

    Reports syntax errors, unknown filters, variables outside TEMPLATE_VARIABLES at each line
    they appear, and (by rendering sample requests) runtime errors and an email template
    whose output does not start with a ``Subject:`` line. Meant for outreach templates.
    """
    env = make_environment()
    try:
        env.compile(source, name=name)
        ast = env.parse(source, name=name)
    except jinja2.TemplateAssertionError as exc:  # unknown filter or test
        return [(exc.lineno or 1, str(exc.message))]
    except jinja2.TemplateSyntaxError as exc:
        return [(exc.lineno or 1, f"syntax error: {exc.message}")]
    problems: list[tuple[int, str]] = []
    unknown = jinja2.meta.find_undeclared_variables(ast) - TEMPLATE_VARIABLES
    seen: set[tuple[int, str]] = set()
    for node in ast.find_all(nodes.Name):
        if node.ctx == "load" and node.name in unknown and (node.lineno, node.name) not in seen:
            seen.add((node.lineno, node.name))
            problems.append((node.lineno, f"unknown variable '{node.name}'"))
    if not unknown:
        problems += _trial_render(env, name, source)
    return sorted(problems)


def _sample_requests() -> list[OutreachRequest]:
    """One request per connection and format, long and short, to exercise every branch."""
    details = {"referral": "Maya Chen", "school": "Ohio State", "event": "UXDC 2024",
               "online": "LinkedIn", "cold": ""}  # fmt: skip
    formats = sorted(FORMATS)
    return [
        OutreachRequest(
            "Dana Lee", "Senior UX Researcher", "Acme Health", connection, detail,
            "I'm a chemistry teacher moving into UX research", "UX research",
            "how you made the jump from academia", formats[i % len(formats)], DEFAULT_MINUTES,
            "email", tone, "Sam Rivera", short,
        )  # fmt: skip
        for i, (connection, detail) in enumerate(details.items())
        for tone in TONES
        for short in (False, True)
    ]


def _trial_render(env: jinja2.Environment, name: str, source: str) -> list[tuple[int, str]]:
    """Render with sample requests: catches runtime errors and a missing email Subject line."""
    template = env.from_string(source)
    is_email = Path(name).name.startswith("email")
    for req in _sample_requests():
        try:
            text = _tidy(template.render(template_context(req)))
        except Exception as exc:  # any template runtime error is a problem to report
            frames = [f for f in traceback.extract_tb(exc.__traceback__)
                      if f.filename in {"<template>", name}]  # fmt: skip
            line = frames[-1].lineno if frames and frames[-1].lineno else 1
            return [(line, f"fails to render ({req.connection}): {exc}")]
        if is_email and not text.lower().startswith("subject:"):
            return [(1, "an email template must start with a 'Subject: ...' line")]
    return []


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
    return CheckResult(
        "length",
        ok,
        f"Short: {size} {unit}, {bound}{spoken}",
        f"Cut {size - limit + (0 if inclusive else 1)} {unit}: trim your background to a few "
        "words and keep one sentence per point.",
    )


_CONNECTION_MARKERS = _phrase_pattern(
    [
        # referral
        r"suggested", r"recommended", r"referred me", r"introduced", r"pointed me",
        r"gave me your (?:name|details|number|email)", r"passed (?:on|along) your",
        r"mentioned (?:you|your)", r"mutual",
        # school
        r"alumn(?:i|us|a|ae)", r"alums?", r"alma mater", r"fellow", r"graduate[sd]?", r"grads?",
        r"class of", r"went to", r"studied at", r"both studied", r"school", r"university",
        r"college",
        # event
        r"met", r"crossed paths", r"heard (?:you|your)", r"saw you",
        r"(?:was|were) (?:both |also )?at",
        r"conference", r"event", r"meetup", r"meet-up", r"summit", r"webinar", r"workshop",
        r"panel", r"keynote", r"your (?:talk|session|presentation)",
        # online / cold: how you found them
        r"came across", r"(?:found|read|saw|watched|listened to|follow(?:ed)?) (?:you|your)",
        r"your (?:post|article|profile|podcast|newsletter|blog|video|paper|book|thread|interview)",
    ]
)  # fmt: skip

_CONNECTION_FIX = {
    "referral": "Open with the person who sent you: '{referrer} suggested I get in touch'.",
    "school": "Open with what you share: 'We're both <school> alumni'.",
    "event": "Open with where you crossed paths: 'I heard your talk at <event>'.",
    "online": "Open with where you found them: 'I read your article on <topic>'.",
    "cold": "Open with how you found them: 'I came across your work on <topic>'.",
}


def check_connection_first(
    text: str, *, referrer: str | None = None, connection: str | None = None
) -> CheckResult:
    """The first sentence says why a stranger is writing (Dalton; seeds 003, 004)."""
    first = opening(text)
    ok = bool(_CONNECTION_MARKERS.search(first))
    if referrer and _norm(referrer) in _norm(first):
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
    ok = _norm(referrer) in _norm(text)
    return CheckResult(
        "referrer_named",
        ok,
        f"Names {referrer}",
        f"Mention {referrer} by name, ideally in the first sentence.",
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
_NOT_JOB = re.compile(r"\bin a position to\b", re.IGNORECASE)


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
        value = int(token) if token.isdigit() else _NUMBER_WORDS[token]
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
     r"perspectives?"]
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
    ]
    return CheckReport(tuple(rule() for rule in rules))


# Human names for the answers, as the outreach flow asks for them.
ANSWER_NAMES = {
    "background": "your background",
    "learn_broad": "what you want to learn about the field",
    "learn_narrow": "what you want to learn about their path",
    "connection_detail": "how you're connected",
    "contact_role": "their role",
    "organisation": "their organisation",
}
# An answer longer than this crowds out the rest of the draft on that channel.
_LONG_ANSWER_WORDS = {
    "email": 25,
    "phone_script": 25,
    "text": 20,
    "linkedin_message": 15,
    "linkedin_note": 10,
}


def too_long_answers(
    req: OutreachRequest, draft: Draft, *, strict: bool = False, linkedin_free: bool = False
) -> list[str]:
    """When the draft is over length, which answers to shorten (human names, longest first).

    Empty when the length check passes; otherwise every answer over the channel's threshold
    (about 25 words for an email), or the single longest answer if none is over it.
    """
    if check_length(draft.body, draft.channel, strict=strict, linkedin_free=linkedin_free).passed:
        return []
    sizes = sorted(
        ((word_count(getattr(req, name)), name) for name in ANSWER_NAMES),
        key=lambda item: -item[0],
    )
    threshold = _LONG_ANSWER_WORDS[draft.channel]
    long = [name for size, name in sizes if size > threshold]
    if not long and sizes and sizes[0][0] > 0:
        long = [sizes[0][1]]
    return [ANSWER_NAMES[name] for name in long]
