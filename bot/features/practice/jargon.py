"""Insider shorthand in an answer: acronyms someone outside the user's world would not know.

A veteran's "Last 3 as battalion S4 NCOIC, before that NTC rotations" is precise to them and
opaque to a charity's hiring manager; career coaches ask for it in plain words.
"""

from __future__ import annotations

import re

from bot.banks.model import Bank
from bot.features.practice.lexicon import LEXICON

__all__ = ["acronyms_in", "acronyms_of", "field_acronyms", "unexplained_acronyms"]

_ACRONYM = re.compile(r"(?<![\w/-])(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z0-9])[A-Z][A-Z0-9&]{1,5}"
                      r"(?:s)?(?![\w/-])")
_WIDELY_KNOWN = frozenset(re.findall(r"\S+", """
    AI API AWS BA BBC BSC BSN CEO CFO COO CTO CV CVS DC DIY EU FAQ GCSE GP HR ID IT KPI KPIS LA
    LLC LTD MA MBA MD MSC NGO NHS NY NYC OK PA PDF PHD PM PMS PR PE QA RN SEO SQL TV UI UK UN US
    USA UX VP VPS ESL GPA SAT ACT CPA CFA ACCA IOS HTML CSS JS AM CRM ERP SAAS B2B B2C
    FTSE NASA NBA NFL ASAP FYI BTW TBH IMO IDK LOL OMG NGL LPN CNA HCA ICU ER A&E GCSES
    STEM MBAS JSON CSV APP APPS ROI Q1 Q2 Q3 Q4 MI5 UCAS DBS PGCE QTS SEN SENCO USD GBP EUR
    WHO UNICEF UNHCR UNDP UNESCO WFP NATO IMF OECD NGOS IBM HSBC KPMG PWC EY BCG IKEA CNN
    FBI CIA NYU UCL LSE MIT UCLA USC IIT IIM CGPA JPMORGAN
    NOT AND THE BUT ALL YES NO SO VERY REALLY LOVE HATE BIG HUGE
"""))
"""Acronyms most professionals know, and words typed in capitals for emphasis."""
_SPELLED_OUT = re.compile(r"\(([^)]{4,})\)|\b(?:which\s+is|meaning|i\.e\.|aka|basically)\b",
                          re.IGNORECASE)
ENOUGH = 3
"""Distinct unexplained acronyms before a note: one or two may be names the listener asks about
("WHO and UNICEF", "PCS and PMP"); a run of them is a language of its own."""


def unexplained_acronyms(said: str, before: str = "", known: frozenset[str] = frozenset()
                         ) -> list[str]:
    """The acronyms in ``said`` a listener outside the user's world may not know, in order,
    once there are at least ``ENOUGH`` of them counting those of the answers ``before`` it
    ("92A, NCOIC" in one answer, "SSA" and "ETS" in the next: a language of its own all
    the same); none once the answer starts explaining, or when an earlier answer's were
    noted already."""
    earlier = acronyms_of(before, known)
    if len(earlier) >= ENOUGH:
        return []  # noted on the answer that made them a run
    now = [a for a in acronyms_of(said, known) if a not in earlier]
    return [*earlier, *now] if now and len(earlier) + len(now) >= ENOUGH else []


def acronyms_in(said: str, before: str = "", known: frozenset[str] = frozenset()) -> list[str]:
    """This answer's own acronyms, when they and the earlier answers' make a run of jargon:
    none of them is a detail to praise ("CSM", flagged two answers ago, is no specific now)."""
    earlier = acronyms_of(before, known)
    now = acronyms_of(said, known)
    return now if len({*earlier, *now}) >= ENOUGH else []


def acronyms_of(said: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Every unexplained acronym in ``said``, in order, each once; ``known``: the contact's
    field's own ("FP&A" to an FP&A manager)."""
    if _SPELLED_OUT.search(said):
        return []
    found: list[str] = []
    for m in _ACRONYM.finditer(said):
        word = m.group(0)
        bare = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
        if bare in _WIDELY_KNOWN or bare in known or bare.lower() in LEXICON.tool_words or (
                bare.lower() in LEXICON.work_words) or bare.isdigit() or bare in found:
            continue
        found.append(bare)
    return found


_FIELD_ACRONYMS: dict[str, frozenset[str]] = {}


def field_acronyms(bank: Bank) -> frozenset[str]:
    """The acronyms a contact in the bank's field says every day, read from its questions,
    glossary and people: "FP&A" and "CFA" are no jargon to a finance contact."""
    known = _FIELD_ACRONYMS.get(bank.field)
    if known is None:
        words = [*(f"{q.text} {' '.join(q.phrasings)}" for q in bank.questions),
                 *(p.role for p in bank.personas),
                 *(n.upper() for t in bank.glossary for n in (t.term, *t.aliases) if " " not in n)]
        known = frozenset(m.group(0).removesuffix("s") for m in _ACRONYM.finditer(" ".join(words)))
        _FIELD_ACRONYMS[bank.field] = known
    return known
