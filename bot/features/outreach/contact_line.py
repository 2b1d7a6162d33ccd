"""A contact described in one line ("Sarah Lee, senior analyst at Monzo"): people type where
someone works with their name or role, and that belongs in the later steps, not in the name."""

from __future__ import annotations

import re

_WHERE = re.compile(r"^(?P<rest>.+?)\s*(?:\s(?:at|@)\s+|\s\((?=[^()]+\)\s*$))"
                    r"(?P<org>[^,()@]+?)\)?\s*[.!]?$", re.IGNORECASE)
"""The organisation after "at" / "@", or in brackets at the end ("Sarah Lee (Monzo)")."""
_ROLE = re.compile(r"^(?P<name>[^,]+?)\s*(?:,|\s[-–—]\s)\s*(?P<role>[^,]+)$")
"""A role after the name, set off by a comma or a dash: "Sarah Lee, senior analyst"."""


def split_where(text: str) -> tuple[str, str]:
    """(what comes before, the organisation): ("senior analyst", "Monzo") from "senior
    analyst at Monzo"; (text, "") when no organisation is named."""
    found = _WHERE.match(text.strip())
    if not found or len(found["org"].split()) > 6:
        return text.strip(), ""
    return found["rest"].strip(" ,"), found["org"].strip()


_NOT_A_ROLE = re.compile(r"^(?:who|whom|whose|which|that|my|our|his|her|their|a\s+friend|an?\s+old|"
                         r"an?\s+(?:ex|former)\b|the\s+one)\b", re.IGNORECASE)
"""How the user knows them ("who I met at a conference", "my sister's friend"): no job."""
_NOT_A_PLACE = re.compile(r"^(?:an?|my|our|his|her|their|she|he|they|them)\b|/|"
                          r"\b(?:meetup|conference|event|party|gym|church|wedding)\b",
                          re.IGNORECASE)
"""Where the user met them, or a pronoun in brackets ("(she/her)"): no employer."""


_NO_SURNAME = re.compile(
    r"[\s,;:(\u2013\u2014-]*(?:(?:i'?m\s+|so\s+)?sorry[\s,]*)?(?:but\s+)?(?:i\s+|i'?m\s+)?(?:i'?m\s+)?"
    r"(?:don'?t|dont|do\s+not|dunno|idk|didn'?t\s+catch|not\s+sure\s+(?:of|about)|no\s+idea\s+(?:of|"
    r"about|what)|can'?t\s+remember|forgot|unsure\s+of|haven'?t\s+got)\s+(?:know\s+|have\s+)?"
    r"(?:what\s+)?(?:her|his|their|the)?\s*(?:last\s+name|surname|family\s+name|second\s+name|"
    r"full\s+name)\b.*$", re.IGNORECASE)
"""An aside that the surname is not known ("Brianna, I'm sorry, I don't know her last name
yet"): no part of the name, nor a role or workplace."""


def split_contact(text: str) -> tuple[str, str, str]:
    """(name, role, organisation) from a line typed at "who do you want to write to?"; the
    role and organisation are empty unless typed ("Lee, Sarah" is a name; "Sarah Lee, who
    I met at a conference" names no job and no employer)."""
    rest, org = split_where(_NO_SURNAME.sub("", text).strip() or text)
    found = _ROLE.match(rest)
    if found and _NOT_A_ROLE.match(found["role"].strip()):
        return found["name"].strip(), "", ""
    org = "" if _NOT_A_PLACE.search(org) else org
    if found and len(found["role"].split()) <= 6 and (org or " " in found["role"]):
        return found["name"].strip(), found["role"].strip(), org
    return rest, "", org
