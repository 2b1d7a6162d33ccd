"""Choosing a field's bank: the user's own field first, by what it means or its closest title.

People type a job or an industry ("fintech", "UX research", "nursing"), rarely a bank's
title, so a small table of words → bank comes before the fuzzy match on titles; the longest
phrase found wins, so "product design" is UX rather than product and "equity research" is
finance rather than research.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from bot.banks.model import Bank
from bot.engine.steps import Answer

_FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "finance": (
        "finance", "financial", "fintech", "equity research", "investment banking", "banking",
        "bank", "ib", "private equity", "pe", "venture capital", "vc", "asset management",
        "wealth management", "hedge fund", "hedge funds", "trading", "accounting", "accountant",
        "audit", "actuarial", "insurance", "corporate finance", "fp a", "cfa", "investing",
        "investment", "investments", "real estate", "economics", "quant"),
    "data_analytics": (
        "data", "data science", "data scientist", "data analyst", "data analysis", "analytics",
        "business intelligence", "bi", "statistics", "statistician", "machine learning", "ml",
        "data engineering", "sql", "business analyst"),
    "ux_design": (
        "ux", "ui", "ux research", "user research", "ux researcher", "ux design", "ui ux",
        "product design", "product designer", "interaction design", "design", "designer",
        "service design", "visual design", "graphic design", "usability"),
    "healthcare": (
        "healthcare", "health care", "health", "nursing", "nurse", "nurses", "medicine", "medical",
        "doctor", "physician", "hospital", "clinical", "public health", "pharma",
        "pharmaceutical", "biotech", "pharmacy", "dentistry", "physical therapy",
        "occupational therapy", "mental health", "therapy", "patient care", "hc",
        "hc admin", "practice management", "practice manager", "healthcare administration",
        "health administration", "hospital administration", "medical office",
        "rn", "bsn", "adn", "nclex", "paramedic", "emt", "er nurse", "er"),
    "education": (
        "education", "teaching", "teacher", "teach", "tutoring", "tutor", "school", "schools",
        "edtech", "academia", "higher education", "higher ed", "instructional design",
        "curriculum", "k 12", "professor", "lecturer", "early childhood", "high school",
        # teaching a subject is teaching, whichever field the subject belongs to
        "teaching computer science", "teach computer science", "computer science teacher",
        "cs teacher", "teaching cs", "maths teacher", "math teacher", "science teacher",
        "teaching maths", "teaching math", "teaching science", "teaching data",
        "school leadership", "headteacher", "head teacher", "assistant head", "deputy head"),
    "nonprofit_public": (
        "nonprofit", "non profit", "not for profit", "ngo", "charity", "charities",
        "philanthropy", "foundation", "government", "public sector", "public policy", "policy",
        "civil service", "social work", "social impact", "international development",
        "advocacy", "public service", "think tank", "council", "local government",
        "local authority", "community safety", "youth work", "youth worker", "community work",
        "community development", "social services", "social worker", "housing officer",
        "housing association", "probation", "fundraising", "grants", "volunteering",
        "city government",
        "state government", "federal government",
        # programmes are run by charities and government more often than by product teams
        "program management", "programme management", "program manager", "programme manager"),
    "product_management": (
        "product", "product management", "product manager", "pm", "apm", "product owner",
        "product lead", "product strategy", "technical program manager",
        "technical program management", "tpm"),
    "software_engineering": (
        "software", "software engineering", "software engineer", "swe", "developer",
        "development", "programming", "programmer", "coding", "engineering", "engineer",
        "web development", "frontend", "front end", "backend", "back end", "full stack",
        "devops", "cybersecurity", "cyber security", "infosec", "information security",
        "it security", "security engineering", "security engineer", "tech", "computer science",
        "cs", "cloud",
        # as typed on a phone: "web dev", "junior dev", "js dev"
        "dev", "devs", "web dev", "coder", "javascript", "js", "react", "python",
        # managing engineers, as typed: "eng mgmt", "EM"
        "eng", "eng mgmt", "engineering management", "engineering manager", "em"),
    "marketing": (
        "marketing", "marketer", "advertising", "brand", "branding", "pr", "public relations",
        "communications", "comms", "content", "content marketing", "social media", "seo",
        "growth", "digital marketing", "product marketing", "market research", "copywriting",
        "media", "sales", "business development"),
}
_ANY_FIELD = frozenset({
    "management", "manager", "managers", "managing", "work", "working", "job", "jobs", "role",
    "roles", "career", "careers", "lead", "leader", "senior", "junior", "head", "officer",
    "director", "assistant", "coordinator", "specialist", "and", "or", "in", "of", "a", "the"})
"""Words of job titles in every field: no sign of which bank a typed field means."""
_WORD_TO_FIELD = {w: f for f, words in _FIELD_WORDS.items() for w in words}
_LONGEST = max(len(w.split()) for w in _WORD_TO_FIELD)
_ONE_WORD = [w for w in _WORD_TO_FIELD if " " not in w and len(w) >= 5]
_TYPO_MIN = 5
"""Words this long may carry a typo; shorter ones ("pm", "ux") are too easily another."""


def _words(text: str) -> list[str]:
    """Lower case, accents dropped, punctuation as spaces ("UX/UI" → ["ux", "ui"])."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text).split()


def _slip(typed: str, word: str) -> bool:
    """Whether one edit from ``word`` looks like a slip rather than another word: a letter
    dropped or added in a long word ("sofware"), two swapped ("helath"), or a letter changed
    in a word of 7+ ("markiting"); "medic" is not "media", nor "beach" "teach"."""
    if len(typed) != len(word):
        return len(typed) >= 6
    return sorted(typed) == sorted(word) or len(typed) >= 7


def field_key(user_field: str, known: Collection[str] | None = None) -> str | None:
    """The field a typed field means ("data_analytics"), by the longest known phrase in it;
    only fields in ``known`` when given (a deployment's banks). None if none."""
    words = _words(user_field)
    best: tuple[int, int, str] | None = None  # (phrase length, -position, field)
    for n in range(min(_LONGEST, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            field = _WORD_TO_FIELD.get(" ".join(words[i:i + n]))
            if field and (known is None or field in known) and (best is None or (n, -i) > best[:2]):
                best = (n, -i, field)
        if best:
            break
    if best is None:  # "sofware dev", "nursng": one slip of the fingers from a known word
        for word in words:
            near = [w for w in _ONE_WORD if len(word) >= _TYPO_MIN
                    and DamerauLevenshtein.distance(word, w, score_cutoff=1) <= 1
                    and _slip(word, w)]
            if len(near) == 1 and (known is None or _WORD_TO_FIELD[near[0]] in known):
                return _WORD_TO_FIELD[near[0]]
    if best and best[2] != "education" and (known is None or "education" in known) and any(
            w in _TEACHING and words[i + 1:i + 2] not in (["hospital"], ["myself"], ["on"])
            for i, w in enumerate(words)):  # "teaching myself python", "tutoring on the side"
        return "education"  # "computer science teaching in UK": teaching a subject
    return best[2] if best else None


_TEACHING = frozenset({"teaching", "teacher", "teachers", "teach", "tutoring", "tutor",
                       "lecturer", "lecturing"})
"""Words that make a subject's field a teaching post ("Secondary school computer science
teaching"), whichever field the subject belongs to; not "a teaching hospital"."""


def field_of(banks: dict[str, Bank], user_field: str) -> Bank | None:
    """The bank a typed field means (None if none)."""
    key = field_key(user_field, banks)
    return banks[key] if key else None


def ordered(banks: dict[str, Bank], user_field: str | None) -> list[Bank]:
    """The bank closest to the user's field first, then the rest as loaded."""
    items = list(banks.values())
    if not user_field:
        return items
    best = field_of(banks, user_field)
    if best is None:
        # "youth work management" shares only "management" with "Product management": a
        # word of any field's job titles is no sign of the field
        typed = " ".join(w for w in _words(user_field) if w not in _ANY_FIELD)
        best = max(items, key=lambda b: fuzz.token_set_ratio(typed, b.title.lower()))
        if not typed or fuzz.token_set_ratio(typed, best.title.lower()) < 60:
            best = banks.get("general", best)
    return [best, *[b for b in items if b is not best]]


def choices(banks: dict[str, Bank], user_field: str | None) -> list[tuple[str, str]]:
    """(label, field id) buttons, the user's own field first with a star."""
    return [(("⭐ " if i == 0 else "") + b.title, b.field[:30])
            for i, b in enumerate(ordered(banks, user_field))]


def bank_of(banks: dict[str, Bank], field: str) -> Bank:
    """The bank chosen in a dialogue (the first one if the file has since gone)."""
    return banks.get(field, next(iter(banks.values())))


def chosen_field(banks: dict[str, Bank], a: Answer) -> str | None:
    """A field's id from a button, or the closest bank to what was typed."""
    if a.pressed is not None:
        return a.pressed if a.pressed in banks else None
    if a.text:
        return ordered(banks, a.text)[0].field
    return None
