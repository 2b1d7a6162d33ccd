"""The name a user is called in chat next to the one their drafts are signed with.

`own_name` reads a self-introduction into one name; what someone asked to be called can
differ from the name they sign with. "Mrs. Marisol Fuentes, Mari is fine" is called Mari
and signs Marisol Fuentes (a nickname is no part of a formal signature); "Mei Lin, please!
Sorry, that is my first name, Chen is my last name" is called Mei Lin — a given name of two
words, as in Chinese, Vietnamese, Korean or Spanish names, is never cut to its first word —
and signs Mei Lin Chen.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.engine.text import capitalised, first_name, name_parts, own_name


@dataclass(frozen=True)
class Heard:
    full: str  # the name as given, a title kept: stored, and drafts signed with it untitled
    called: str  # what they asked to be called: every greeting uses it


_WORD = r"[^\W\d_][\w'’-]*\.?"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_WHOSE = r"(?:(?:my|the|her|his)\s+)?"
_GIVEN = r"(?:first|given|christian|fore)\s*names?"
_FAMILY = r"(?:(?:last|family)\s*names?|surnames?)"
_IS = r"(?:\s+is|\s+was|\s+being|['’]s)"


def _said_as(part: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Three ways a part of a name is declared: "Mei Lin is my first name", "Mei Lin (first
    name)"; "my first name is Mei Lin", "last name: Chen"; "that's my first name"."""
    before = re.compile(rf"(?P<n>{_NAME})(?:{_IS}\s+{_WHOSE}|\s*\(\s*{_WHOSE}){part}\b",
                        re.IGNORECASE)
    after = re.compile(rf"\b{_WHOSE}{part}(?:\s+is|\s+was|['’]s|\s*[:=–—-])?\s+(?P<n>{_NAME})",
                       re.IGNORECASE)
    that = re.compile(rf"\b(?:that|this|it|which)(?:\s+is|\s+was|['’]s|s)\s+{_WHOSE}{part}\b",
                      re.IGNORECASE)
    return before, after, that


_GIVEN_SAID = _said_as(_GIVEN)
_FAMILY_SAID = _said_as(_FAMILY)
_CALL_ME = re.compile(rf"\b(?:call(?:s)?\s+me|go(?:es)?\s+by|known\s+as|i\s+prefer)\s+"
                      rf"(?P<n>{_NAME})", re.IGNORECASE)
_FINE = r"(?:\s+is|['’]s)\s+(?:fine|good|ok|okay|alright|perfect|great|enough|best)\b|\s+works\b"
_TWO_FINE = re.compile(rf"(?:^|[,;.!?(–—-]\s*|\b(?:but|just|only)\s+)(?P<n>{_WORD}\s+{_WORD})"
                       rf"(?:{_FINE})", re.IGNORECASE)
_TWO_PLEASE = re.compile(rf"^(?P<n>{_WORD}\s+{_WORD})\s*[,!.]?\s*(?:please|pls|plz)\b",
                         re.IGNORECASE)
"""A name of two words asked for: "Mary Kate is fine", "Mei Lin, please!"."""
_INTRO = re.compile(
    r"^\W*(?:(?:hi|hey|hello|hiya|ok|okay|oh|so|well|yes|yeah|sure|um+|hmm+|sorry|actually|"
    r"no|nah|please|pls)\b[\W_]*)*(?:(?:it'?s|its|it\s+is|i'?m|im|i\s+am|my\s+name'?s|"
    r"my\s+names|my\s+name\s+is|(?:the\s+)?name'?s|this\s+is|(?:you\s+can\s+)?(?:please\s+)?"
    r"call\s+me|i\s+go\s+by)\s+)?", re.IGNORECASE)
"""What a message opens with before the name it starts with: "Hi, I'm", "Please call me"."""
_STOP = frozenset({
    "and", "but", "so", "or", "my", "the", "is", "was", "are", "her", "his", "name", "names",
    "first", "last", "given", "family", "surname", "that", "this", "it", "its", "it's", "which",
    "please", "pls", "plz", "thanks", "thank", "you", "sorry", "though", "tho", "although",
    "also", "call", "calls", "me", "i", "i'm", "im", "hi", "hey", "hello", "ok", "okay", "oh",
    "well", "yes", "yeah", "no", "actually", "just", "only", "with", "by", "as", "to", "of",
    "in", "not", "then", "btw", "lol", "haha", "x", "full", "fine", "officially",
    "everyone", "friends", "folks", "people", "most", "all", "go", "goes", "known", "prefer",
})
"""Words no name has, where a name said in a sentence ends: "… Mei Lin and my last …"."""
_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "la", "le", "van", "von",
                        "der", "den", "bin", "binti", "al", "el", "dos", "das", "y"})
_ENDS_CLAUSE = ",;:!?–—-)"


def _is_title(word: str) -> bool:
    return bool(name_parts(word)[0])


def _bare(token: str) -> str:
    return token.strip("()[]\"“”‘").rstrip(_ENDS_CLAUSE + ".")


def _fits(token: str, cased: bool) -> bool:
    """A token that can be part of a name: no stop word, nor (where the message has
    capitals) a word in lower case other than a particle ("de la Cruz")."""
    bare = _bare(token)
    return bool(re.fullmatch(r"[^\W\d_][\w'’-]*", bare)) and bare.lower() not in _STOP and not (
        cased and bare[:1].islower() and bare.lower() not in _PARTICLES)


def _ends(token: str) -> bool:
    """A token after which a clause ends: "Fuentes," but not "Mrs." or the initial "A."."""
    bare = token.rstrip(_ENDS_CLAUSE + ".")
    return token != bare and not (_is_title(bare) or len(bare) == 1) or token.endswith(
        tuple(_ENDS_CLAUSE))


def _take(said: str, cased: bool, from_right: bool) -> list[str]:
    """The name in a phrase a pattern caught, from the end nearest the words that declared
    it: "Mei Lin" of "Mei Lin and" (after "first name is") or "Sorry that Mei Lin"."""
    tokens = said.split()
    run: list[str] = []
    for token in reversed(tokens) if from_right else tokens:
        if not _fits(token, cased) or (run and _ends(token if from_right else run[-1])):
            break
        run.append(_bare(token))
    return run[::-1] if from_right else run


def _head(text: str, cased: bool) -> list[str]:
    """The name a message starts with, a title kept: ["Dr.", "Mei", "Lin", "Chen"] from
    "Hi, I'm Dr. Mei Lin Chen, Mei Lin is my first name"."""
    run: list[str] = []
    for token in text[_INTRO.match(text).end():].split():  # type: ignore[union-attr]
        if run and token.startswith("("):
            break  # "Chen Mei Lin (Chen is my surname)": an aside follows the name
        if _is_title(_bare(token)):
            run.append(_bare(token) + ("." if token.rstrip(_ENDS_CLAUSE).endswith(".") else ""))
        elif _fits(token, cased):
            run.append(_bare(token))
        else:
            break
        if _ends(token):
            break
    return run


def _part(text: str, patterns: tuple[re.Pattern[str], ...], head: list[str],
          cased: bool) -> list[str]:
    before, after, that = patterns
    if that.search(text):  # "Mei Lin, please! Sorry, that is my first name": the one said
        return [w for w in head if not _is_title(w)]
    for pattern, from_right in ((before, True), (after, False)):
        for m in pattern.finditer(text):
            words = _take(m["n"], cased, from_right)
            if words:
                return words
    return []


def _within(part: list[str], words: list[str]) -> int:
    """Where `part` starts in `words` (compared without case), or -1."""
    low, size = [w.lower() for w in words], len(part)
    return next((i for i in range(len(words) - size + 1)
                 if low[i:i + size] == [p.lower() for p in part]), -1) if part else -1


def _declared(text: str, head: list[str], cased: bool) -> Heard | None:
    """A name said in parts: "my first name is Mei Lin, last name Chen", "Mei Lin Chen —
    Mei Lin is my first name", "Chen Mei Lin (Chen is my surname)"."""
    given = _part(text, _GIVEN_SAID, head, cased)
    family = _part(text, _FAMILY_SAID, head, cased)
    titles = [w for w in head if _is_title(w)]
    names = [w for w in head if not _is_title(w)]
    if not given and family and _within(family, names) >= 0:
        at = _within(family, names)
        given = names[:at] + names[at + len(family):]
    if not given:
        return None
    at = _within(given, names)
    if not family and at >= 0:  # "Mei Lin Chen, Mei Lin is my first name": Chen
        family = names[:at] + names[at + len(given):]
    nick = _nickname(text, cased)  # "my first name is Margaret but call me Maggie"
    return Heard(" ".join([*titles, *given, *family]), " ".join(nick or given))


def _nickname(text: str, cased: bool) -> list[str]:
    """The name after "call me" / "go by", without a title said with it ("Father Tom")."""
    m = _CALL_ME.search(text)
    return [w for w in _take(m["n"], cased, from_right=False) if not _is_title(w)] if m else []


def _asked_two(text: str, head: list[str], cased: bool) -> Heard | None:
    """A name of two words asked to be called by: "call me Mei Lin", "Mary Kate is fine",
    "Anne Marie Dubois, please call me Anne Marie" — all of it, never the first word."""
    stripped = text[_INTRO.match(text).end():]  # type: ignore[union-attr]
    called = _nickname(text, cased)
    if len(called) < 2:
        m = _TWO_FINE.search(text) or _TWO_PLEASE.match(stripped)
        called = _take(m["n"], cased, from_right=False) if m else []
    if len(called) < 2:
        return None
    names = [w for w in head if not _is_title(w)]
    if len(names) > 1 and names[-1].lower() == called[-1].lower() and names != called:
        return None  # "Thomas Smith, Tom Smith is fine": a signature, read as one
    return Heard(" ".join(head) if names else " ".join(called), " ".join(called))


def said_name(text: str) -> Heard | None:
    """What someone said their first name is, or asked to be called by in two words; None
    where neither is said (a name alone, a one-word nickname: `own_name` reads those)."""
    cased = text != text.lower()
    head = _head(text, cased)
    heard = _declared(text, head, cased) or _asked_two(text, head, cased)
    return heard and Heard(capitalised(heard.full), capitalised(heard.called))


def as_given(typed: str, name: str) -> str:
    """The full name typed, where `own_name` put a nickname in place of the first name:
    "Mrs. Marisol Fuentes" for "Mrs. Mari Fuentes" from "Mrs. Marisol Fuentes, Mari is
    fine" (drafts are signed with it; the nickname is what the user is called)."""
    title_words = [w for w in name.split() if _is_title(w)]
    _, rest = name_parts(name)
    tokens = typed.split()
    cased = typed != typed.lower()
    at = next((i for i, t in enumerate(tokens) if len(rest) > 1
               and _bare(t).lower() == rest[-1].lower()), -1)
    if at < 0:
        return name
    run = [_bare(tokens[at])]
    for token in reversed(tokens[:at]):
        if _ends(token) or _is_title(_bare(token)) or not _fits(token, cased):
            break
        run.insert(0, _bare(token))
        if token.startswith("("):  # "it's Helen (Helen Marsh)": the aside starts the name
            break
    if len(run) < 2 or [w.lower() for w in run] == [w.lower() for w in rest]:
        return name
    return capitalised(" ".join([*title_words, *run]))


def heard_typed(text: str) -> tuple[Heard | None, str]:
    """(heard, typed): the name in a message, or None and the words to ask about."""
    said = said_name(text)
    if said:
        return said, ""
    typed = own_name(text)
    return None, typed


_VIET_FAMILY = frozenset({
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "truong", "dinh", "lam", "trinh", "cao", "luong", "dao",
    "doan", "ta", "vuong", "quach", "mai", "ha",
})
_VIET_MIDDLE = frozenset({"thi", "van"})
"""Vietnamese names put the family name first and "Thị"/"Văn" after it: "Nguyễn Thị Lan" is
called Lan, never Nguyễn."""


def _fold(word: str) -> str:
    plain = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in plain if not unicodedata.combining(c))


def called_of(full: str) -> str:
    """What to call someone whose name says no more than itself: the first name ("Sam" of
    "Sam Rivera"), the given name of a Vietnamese name ("Lan" of "Nguyen Thi Lan")."""
    _, rest = name_parts(full)
    if len(rest) >= 3 and _fold(rest[0]) in _VIET_FAMILY and _fold(rest[1]) in _VIET_MIDDLE:
        return rest[-1]
    return first_name(full, full)


_DOUBLE = re.compile(r"\b(?:double|two[\s-]+part|two[\s-]+word|compound)[\s-]+"
                     r"(?:first\s+|given\s+)?name\b|\bboth\s+(?:names|words|parts)\b",
                     re.IGNORECASE)


def whole_given(typed: str, name: str) -> str:
    """A given name of two words the user asked to be called by whole ("mei lin (not mei
    pls, its a double name)"): "Mei Lin", never cut to "Mei"; "" when nothing says so."""
    words = name_parts(name)[1]
    first = called_of(name)
    if len(words) < 2 or not (_DOUBLE.search(typed) or re.search(
            rf"\bnot\s+(?:just\s+)?{re.escape(first)}\b", typed, re.IGNORECASE)):
        return ""
    return " ".join(w.strip(",.;:!?") for w in words[:2])


_NOT_THAT = re.compile(r"^\W*(?:(?:no|nope|sorry|actually|oh|ha+|oops|wait)\b[\s,!.]*)*"
                       r"(?:it'?s|its|it\s+is|i'?m|im)?\s*(?P<n>[^,!.]+?)\s*[,!.]?\s+not\s+"
                       r"(?P<wrong>[^\W\d_][\w'’-]*)\W*$", re.IGNORECASE)
"""A name put right against the one just used: "it's Mei Lin, not Mei"."""


def _words(name: str) -> list[str]:
    return [w.lower() for w in name_parts(name)[1]]


def put_right(text: str, named: str | None, full: str, called: str) -> Heard | None:
    """The name someone corrects right after being greeted, or None: "Mei Lin" after "Nice
    to meet you, Mei!" is called Mei Lin and keeps signing "Mei Lin Chen"; `named` is a
    name a correction spelled out ("no, my name's Raj")."""
    said, rest = said_name(text), _words(full)
    if said and not named and _words(said.called)[:1] != _words(called)[:1]:
        said = None  # "Product management, please": a field, not a name of two words
    wrong = _NOT_THAT.match(text)
    if not said and wrong and wrong["wrong"].lower() == called.lower():
        said = Heard(capitalised(own_name(wrong["n"])), "")
    typed = _words(own_name(text))
    if not said and not named and not (  # "Mei Lin", called Mei, signing Mei Lin Chen
            typed[:len(_words(called))] == _words(called) and len(_words(called)) < len(typed)
            < len(rest) and rest[:len(typed)] == typed):
        return None
    said = said or Heard(capitalised(own_name(named or text)), "")
    new = said.called
    if not new:  # a longer form of the name used, within the name held: all of it
        words = _words(said.full)
        longer = words[:len(_words(called))] == _words(called) and _within(words, rest) == 0
        new = " ".join(name_parts(said.full)[1]) if longer else called_of(said.full)
    return Heard(full if _within(_words(new), rest) >= 0 else said.full, new)
