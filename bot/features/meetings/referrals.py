"""The names a contact suggested, as people type them after a meeting.

"Ana Ruiz, Ben and Chloe Park" is three people; "Lena Hoffmann (research ops at N26)" and
"Dr. Amir Haddad, the clinic's nurse manager" are one person each, with a role and an
organisation that belong on their contact rather than in their name. Pure: the debrief
reads an answer into `Referral`s and the store writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NONE_WORDS = {"none", "no one", "nobody", "no", "n/a", "-", "nope", "not yet", "noone"}
MAX_NAMES = 10
_NOBODY = re.compile(r"^(?:none|nobody|no one|noone|nope|not yet|no names?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Referral:
    name: str
    role: str = ""
    organisation: str = ""
    same_org: bool = False  # "the clinic's nurse manager": where the referrer works


# Where a name ends and what is said about the person begins, without a comma:
# "Ben from Stripe", "Maria - CFO at Acme", "Chloe Park who runs research at Monzo".
_NAME_END = re.compile(r"\s+(?:from|at|@|of|who|whos|who's|-|–|—)\s+|\s*[:(]\s*",
                       re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:who(?:'s| is)?|she(?:'s| is)?|he(?:'s| is)?|they(?:'re| are)?|works|working|"
    r"is|currently|now|a|an)\s+", re.IGNORECASE)
_WHERE = re.compile(r"(?:^|\s+)(?:at|@|from|with|for)\s+(?=\S)", re.IGNORECASE)
_IN = re.compile(r"(?:^|\s+)in\s+(?=\S)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<role>.+)$")
_SAME_ORG_OWNERS = re.compile(r"^(?:the|our|their|her|his|my)\b", re.IGNORECASE)


# "his colleague Raj", "her manager Tom Becker", "my friend Ana": a person, introduced by
# how they relate to someone — not more about the name before it.
_RELATION = re.compile(
    r"^(?P<owner>his|her|their|the|my|our)\s+(?P<role>(?:[a-z][\w'’-]*\s+){1,3}?)"
    r"(?P<name>(?:Dr\.?|Prof\.?|Mr\.?|Ms\.?|Mrs\.?)?\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")


_WORKMATES = {"colleague", "coworker", "co-worker", "teammate", "manager", "boss", "lead",
              "director", "report", "peer"}


def _top_level_split(text: str) -> list[str]:
    """Split on commas, semicolons, new lines, 'and', '&' — not inside brackets."""
    parts, depth, current = [], 0, ""
    tokens = re.split(r"(\(|\)|,|;|\n|\s+and\s+|\s*&\s*)", text)
    for token in tokens:
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(depth - 1, 0)
        is_sep = token in (",", ";", "\n") or re.fullmatch(r"\s+and\s+|\s*&\s*", token or "")
        if is_sep and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += token or ""
    parts.append(current)
    return [" ".join(p.split()) for p in parts if p and p.strip()]


def _is_context(part: str) -> bool:
    """'the clinic's nurse manager', 'PM at Monzo', 'research lead': about the name before."""
    words = part.split()
    if _RELATION.match(part):
        return False
    if words[0][:1].islower() or _POSSESSIVE.match(part):
        return True
    where = _WHERE.search(part)
    before = part[:where.start()].split() if where else words
    # "Ben from Stripe" is a name; "Research lead at Monzo", "PM at Monzo" say what they do
    return any(w[:1].islower() or (w.isupper() and len(w) > 1) for w in before)


def _context(text: str) -> tuple[str, str, bool]:
    """(role, organisation, same_org) from what was said about someone."""
    text = text.strip(" ()-–—,.")
    while _LEAD.match(text):
        text = _LEAD.sub("", text, count=1)
    if not text:
        return "", "", False
    own = _POSSESSIVE.match(text)
    if own:
        owner, role = own["owner"].strip(), own["role"].strip()
        if _SAME_ORG_OWNERS.match(owner):
            return role, "", True
        return role, owner, False
    where = _WHERE.search(text)
    if where:
        role, org = text[:where.start()].strip(), text[where.end():].strip()
        inside = _IN.search(org)  # "at Deloitte in audit"
        if inside:
            role = role or org[inside.end():].strip()
            org = org[:inside.start()].strip()
        return role, org, False
    inside = _IN.match(text)
    if inside:  # "in audit"
        return text[inside.end():].strip(), "", False
    if re.match(r"^(?:works|working)\b", text, re.IGNORECASE):
        return "", "", False
    if len(text.split()) == 1 and text[:1].isupper() and not text.isupper():
        return "", text, False  # "(Stripe)": a place, not a role
    return text, "", False


def _person(entry: str, extra: str = "") -> Referral | None:
    """One entry: a name, maybe with what is said about them after it."""
    related = _RELATION.match(entry)
    if related:  # "his colleague Raj" works where the referrer does; "my friend Ana" may not
        how = related["role"].lower().split()
        same = (related["owner"].lower() in ("his", "her", "their") and not {"old", "former",
                "ex"} & set(how) and bool(_WORKMATES & set(how)))
        return Referral(related["name"].strip()[:120], "", "", same)
    m = _NAME_END.search(entry)
    name, about = (entry[:m.start()], entry[m.start():]) if m else (entry, "")
    if m and m.group().strip().lower() in ("from", "at", "@"):
        about = "at " + entry[m.end():]
    name = " ".join(name.split()).strip(" ,.;")
    if not name or name.lower() in NONE_WORDS:
        return None
    role, org, same = _context(" ".join(x for x in (about, extra) if x))
    return Referral(name[:120], role[:120], org[:120], same)


def parse_referrals(text: str) -> list[Referral]:
    """'Ana Ruiz, Ben and Chloe Park' → three people; 'Lena Hoffmann (research ops at
    N26)' → Lena Hoffmann, research ops, N26; 'none' → nobody."""
    if text.strip().lower().rstrip(".!") in NONE_WORDS or _NOBODY.match(text.strip()):
        return []
    entries: list[list[str]] = []  # [name part, context parts...]
    for part in _top_level_split(text):
        if entries and _is_context(part):
            entries[-1].append(part)
        else:
            entries.append([part])
    people = []
    for name_part, *about in entries:
        person = _person(name_part, " and ".join(about))
        if person is not None:
            people.append(person)
    return people[:MAX_NAMES]
