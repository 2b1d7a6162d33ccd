"""Names and times as the bot writes them: one helper for each, used everywhere.

A name typed as "Dr. Miriam Schöller-Hansen" is greeted warmly as "Miriam" and formally
as "Dr. Schöller-Hansen"; a title is never taken for a first name. Every time shown to a
user is in their zone and in one of the shapes below.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from bot.engine.fields import mid_sentence
from bot.engine.timezones import zone

HONORIFICS = frozenset({
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "rev", "hon",
    "doctor", "father", "fr", "sister", "brother", "pastor", "rabbi", "imam", "reverend",
    "revd", "lady", "lord", "shri", "smt",
    "nurse", "chef", "matron",  # a calling, as nurses and chefs are addressed: see _CALLING
    # other languages' ("Mme Aïcha Diallo", "Herr Weber", "Sra. López", "Dott. Rossi")
    "mme", "mlle", "herr", "frau", "sra", "srta", "dott", "dra", "arch", "ing", "avv",
    # ranks, said as titles by veterans and serving officers: "Cpl. Jamal Reed"
    "sgt", "cpl", "lt", "capt", "maj", "col", "cdr", "cmdr", "adm", "pvt", "spc", "sergeant",
    "corporal", "captain", "lieutenant", "colonel",
    # US ranks as their services abbreviate them: "LTC Jim O'Neill", "SSgt Maria Torres"
    "ltc", "ltcol", "cpt", "ssgt", "ssg", "sfc", "msgt", "tsgt", "smsgt", "cmsgt", "sgm", "csm",
    "lcpl", "pfc", "ens", "lcdr", "cwo", "cpo", "brig", "1lt", "2lt", "a1c",
})
_ABBREVIATED = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "rev", "revd", "hon", "fr", "arch",
                          "ing", "avv",
                          "smt", "sgt", "cpl", "lt", "capt", "maj", "col", "cdr", "cmdr", "adm",
                          "pvt", "spc", "ltc", "ltcol", "cpt", "ssgt", "ssg", "sfc", "msgt", "tsgt",
                          "smsgt", "cmsgt", "sgm", "csm", "lcpl", "pfc", "ens", "lcdr", "cwo",
                          "cpo", "brig", "1lt", "2lt", "a1c"})
"""Titles written with a full stop ("Dr."), unlike "Sir" or "Father"."""
_BEFORE_GIVEN = frozenset({"father", "fr", "sister", "brother", "sir", "dame"})
"""Titles said before a given name ("Father Tom", "Sir Ian"), not a surname ("Dr. Lee")."""
_CALLING = frozenset({"nurse", "chef", "matron"})
"""A calling put before a name as a title ("Nurse Shiv", "Chef Tomás"): the name after it is
how they are greeted and sign, not "Nurse"."""


_GRADE = frozenset({"staff", "charge", "senior", "head", "sous", "master", "first", "chief",
                    "command", "lance", "petty", "sister"})
"""A grade said before a calling or a rank, part of the title ("Staff Nurse Ama", "Staff
Sergeant Lee"), never the name."""


_RANK_FIRST = frozenset({"major", "general", "admiral", "commander"})
"""Ranks that are words or surnames too ("John Major", "a major"): a title only when they
come first ("Major Tom Okafor")."""


def _is_title(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS


def _calling(title: str) -> bool:
    return title.split()[-1].lower().rstrip(".") in _CALLING if title else False


def name_parts(full_name: str) -> tuple[str, list[str]]:
    """("Dr.", ["Miriam", "Schöller-Hansen"]) from "Dr. Miriam Schöller-Hansen"; ("Staff Nurse",
    ["Ama", "Owusu"]) from "Staff Nurse Ama Owusu"."""
    words = full_name.split()
    grade = ""
    if len(words) > 2 and words[0].lower() in _GRADE and _is_title(words[1]):
        grade, words = f"{words[0][:1].upper()}{words[0][1:]} ", words[1:]
    # a calling is a title only before the name ("Florence Nurse")
    titled = [i == 0 or w.lower().rstrip(".") not in _CALLING for i, w in enumerate(words)]
    heads = [_is_title(w) or i == 0 and len(words) > 1 and w.lower() in _RANK_FIRST
             for i, w in enumerate(words)]
    titles = [w for w, t, h in zip(words, titled, heads, strict=True) if t and h]
    rest = [w for w, t, h in zip(words, titled, heads, strict=True) if not (t and h)]
    title = titles[0] if titles else ""
    if title and not title.endswith(".") and title.lower() in _ABBREVIATED:
        title += "."
    return grade + title[:1].upper() + title[1:], rest


def _before_given(title: str) -> bool:
    return title.lower().rstrip(".") in _BEFORE_GIVEN


def first_name(full_name: str, fallback: str = "them") -> str:
    """The warm form: "Miriam" from "Dr. Miriam Schöller-Hansen"; "Dr. Lee" stays "Dr. Lee"
    (a title with one name is a surname, and "Hi Lee," would be wrong), as "Father Tom" does
    (the way he asked to be called); "Father Tom Ruiz" is Tom, never "Father"."""
    title, rest = name_parts(full_name or "")
    if title and len(rest) == 1 and not _calling(title):
        return f"{title} {rest[0]}"
    if len(rest) >= 2 and _fold(rest[0]) in _COMPOUND_FIRST and _fold(rest[1]) in (
            _COMPOUND_SECOND if len(rest) > 2 else _SPANISH_SECOND):  # two words: "Jose Paul" is
        return f"{rest[0]} {rest[1]}"  # Jose; "María José Ruiz", "María José": one given name
    return rest[0] if rest else fallback


def _fold(word: str) -> str:
    return word.lower().translate(str.maketrans("áéíóú", "aeiou"))


_COMPOUND_FIRST = frozenset({"maria", "jose", "juan", "ana", "luis", "jean", "marie", "anne",
                             "mary", "miguel"})
_COMPOUND_SECOND = frozenset({"jose", "luis", "carlos", "pablo", "maria", "sofia", "isabel",
                              "elena", "pierre", "paul", "claude", "marie", "luc", "louise",
                              "anne", "jane", "manuel", "antonio", "miguel", "fernanda", "lucia",
                              "carmen", "eugenia", "fernando", "angel", "jesus", "victoria"})
"""Given names that pair into one ("María José Ruiz" is greeted "María José", not "María")."""
_SPANISH_SECOND = frozenset({"jose", "luis", "carlos", "maria", "sofia", "isabel", "elena",
                             "fernanda", "lucia", "carmen", "eugenia", "jesus"})
"""Without a surname typed, only the pairs that are almost never a surname."""


def untitled(full_name: str) -> str:
    """The name a user signs with: "Dana Whitfield" from "Dr. Dana Whitfield" (a title is
    for others to use; "it's Dr. Dana Whitfield!" in one's own message reads as pompous)."""
    title, rest = name_parts(full_name or "")
    if title and (len(rest) > 1 or (rest and (_before_given(title) or _calling(title)))):
        return " ".join(rest)  # "Father Tom" signs "Tom"
    return (full_name or "").strip()


def formal_name(full_name: str) -> str:
    """The formal form: "Dr. Schöller-Hansen" with a title, else the full name."""
    title, rest = name_parts(full_name or "")
    if title and rest:  # "Sir Ian McKellen" is Sir Ian
        return f"{title} {rest[0] if _before_given(title) else rest[-1]}"
    return " ".join(rest) or full_name.strip()


# The shapes of every time the bot shows; `when` is the usual one.
WHEN = "%a %d %b, %H:%M"  # Tue 01 Dec, 15:00
WHEN_YEAR = "%a %d %b %Y, %H:%M"  # Tue 01 Dec 2026, 15:00: a meeting being confirmed
DAY = "%a %d %b"  # Tue 01 Dec
DATE = "%d %b %Y"  # 01 Dec 2026: when a contact was last seen
CLOCK = "%H:%M"


def local(moment: datetime, tz: str, shape: str = WHEN) -> str:
    return moment.astimezone(zone(tz)).strftime(shape)


# Words a sentence starts with and a name does not ("Will", "An", "May" are names: not here).
_SENTENCE_STARTS = frozenset({
    "i", "i'm", "im", "i've", "my", "we", "what", "who", "how", "why", "when", "where",
    "which", "is", "are", "do", "does", "can", "could", "should", "would", "not", "no", "yes",
    "the", "a", "he", "she", "they", "it", "this", "that", "someone", "somebody", "maybe",
})
_DOMAIN = re.compile(r"\w\.(?:com|org|net|io|co|edu|gov|uk|de)\b|\bwww\.", re.IGNORECASE)
_NOT_NAMES = frozenset({  # one word typed for "their name?" that is no name
    "idk", "dunno", "hmm", "um", "uh", "yes", "no", "none", "nobody", "someone", "somebody",
    "unknown", "n/a", "na", "skip", "ok", "okay", "thanks", "hi", "hello", "help", "yo", "omg",
    "lol", "sup", "hey",
})


_FIELDS = frozenset({"finance", "marketing", "healthcare", "nursing", "education", "teaching",
                     "engineering", "analytics", "nonprofit", "software", "ux", "accounting",
                     "design", "data", "science", "research", "product", "management", "ui",
                     "analysis", "operations", "consulting", "policy", "administration",
                     "development", "digital", "tech", "hr", "public", "health", "program",
                     "project", "financial", "business", "sales", "people", "&", "and", "/"})
"""The words of a field, typed at "what should I call you?" (greeted "Nice to meet you,
Finance!", or "UX" of "UX design"): a name has at least one word that is none of them."""


_NEVER_IN_NAMES = frozenset({"only", "kindly", "call", "calls", "called", "me", "but", "though",
                             "everyone", "everybody", "folks", "prefer", "goes", "fine"})
"""Words typed in lower case that no name has: "Priya only. Priya Raghunathan" is a sentence."""


def not_a_name(text: str) -> str | None:
    """Why a typed answer reads like something other than a person's name, or None.

    A name is a few words with no question mark, no digits and no address; "I met her at a
    conference" or "who should I write to?" typed at "their name?" is asked about, not
    stored. Long names (María José García de la Fuente) and particles pass.
    """
    words = text.split()
    if not words:
        return "that's empty"
    if "?" in text:
        return "that reads like a question"
    if "@" in text or "://" in text or _DOMAIN.search(text):
        return "that looks like an address, not a name"
    if any(c.isdigit() for c in text):
        return "names don't usually have digits"
    first = words[0].lower().strip(",.!")
    if len(words[0]) == 2 and words[0].endswith(".") and words[0][0].isalpha():
        first = ""  # an initial: "A. Smith"
    if len(words) == 1 and first in _NOT_NAMES:
        return "that doesn't look like a name"
    if all(w.lower().strip(",.!;:") in _FIELDS for w in words) and first not in ("&", "and"):
        # "Finance.", "UX design", "product management": a field typed a question too early
        return "that looks like a field, not a name"
    if len(words) > 6 or (first in _SENTENCE_STARTS and len(words) > 1) or len(text) > 80 or (
            any(w.strip(",.!;:") in _NEVER_IN_NAMES for w in words)):
        return "that reads like a sentence"
    return None


_OPENER = (r"(?:hi|hey|hello|hiya|heya|alright|ok|okay|oh|so|well|yeah|yes|sure|right|"
           r"please|pls|plz|kindly|ha|haha|lol|actually|um+|hmm+|sorry|omg|yo|no|nah|oops|sup)")
_SELF_INTRO = re.compile(
    rf"^\W*(?:{_OPENER}\b[\W_]*)*(?:(?:it'?s|its|it\s+is|i'?m|im|i\s+am|myself|"
    r"my\s+name'?s|my\s+names|my\s+name\s+is|(?:the\s+)?name'?s|this\s+is|(?:you\s+can\s+)?"
    r"call\s+me|just|(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:just\s+)?)?(?:use|go\s+with|"
    r"change\s+it\s+to|make\s+it)|(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:just\s+)?"
    r"call\s+me)\s+)+", re.IGNORECASE)
"""What opens a self-introduction: "alright! it's Raj", "Please call me Patricia", "Myself
Priya" (as Indian English says it)."""
_SIGN_OFF_WORDS = (r"please|pls|plz|thanks|thank\s+(?:you|u)|ty|cheers|thx|mate|lol|haha|(?-i:po)|"
                   r"x{1,3}|lmao|tbh")
"""What closes a message without being part of a name ("Chloe is fine x", "Raj, mate"; the
Filipino "po" of respect, in lower case: "paolo po")."""
_POLITE_TAIL = re.compile(
    rf"(?:[\s,.;:!-]+(?:{_SIGN_OFF_WORDS}|"
    r"(?:if\s+)?(?:that'?s|thats|that\s+is|that\s+would\s+be|that'?d\s+be)\s+(?:ok|okay|fine|"
    r"lovely|great|perfect|brilliant|kind|nice|wonderful|grand)|is\s+fine|is\s+good|works|"
    r"instead|from\s+now\s+on|going\s+forward|here|this\s+side|"
    r"will\s+do))+[\s.!]*$", re.IGNORECASE)
_FINE = (r"(?:(?:is|['’]s)\s+(?:fine|good|ok|okay|alright|all\s+right|enough|sufficient|perfect|"
         r"great|best|grand|brilliant|lovely|cool)|will\s+do|works|does\s+fine)")
"""What says a short name will do: "Priya is enough", "Tom works"."""
_ALONE = r"(?:\s+(?:only|alone))?"
"""After a name, "only" says that name and no other ("call me Priya only"): no part of it."""
_NOT_SHORT = r"(?!(?:that|this|it|which|either|both|anything|whatever|only|just|name|first|mine)\b)"
_SHORT_IS_FINE = re.compile(rf"[\s,;.–—-]*(?:but\s+)?(?:just\s+|only\s+)?\b{_NOT_SHORT}"
                            rf"(?P<short>[^\W\d_][\w'-]*?){_ALONE}(?:\s+|(?=['’]s\s)){_FINE}\W*$",
                            re.IGNORECASE)


_SIGN_OFF = re.compile(rf"(?:[\s,.!]+(?:{_SIGN_OFF_WORDS}))+[\s.!]*$", re.IGNORECASE)
"""The sign-off alone, which "… is fine" is found before (the polite tail takes both)."""
_SHORT_FIRST = re.compile(rf"^(?:just\s+)?(?P<short>[^\W\d_][\w'-]*){_ALONE}(?:\s+{_FINE})?"
                          rf"(?:[\s,.;:!-]+(?:{_SIGN_OFF_WORDS}))*"
                          r"[\s,.;:!-]+(?:but\s+)?(?:my\s+|the\s+)?(?:full\s*name(?:'s|\s+is)?|"
                          r"officially|on\s+paper|formally|properly|legally)\s*[:,-]?\s*"
                          r"(?P<full>[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){1,3})\W*$",
                          re.IGNORECASE)
"""The short name first, the full one after: "Olu is fine, full name Olumide Adeyemi"."""
_TITLE_WORD = r"(?:" + "|".join(sorted(HONORIFICS, key=len, reverse=True)) + r")\.?"
_CALLED = re.compile(r"\b(?:calls?\s+me(?:\s+as)?|called|know\s+me\s+as|known\s+as|"
                     r"address(?:es)?\s+me(?:\s+as)?|refers?\s+to\s+me\s+as|(?:go|goes|going)\s+"
                     r"by|prefer(?:s|red)?|answers?\s+to)\s+"
                     rf"(?:(?P<title>{_TITLE_WORD})\s+)?(?P<short>[^\W\d_][\w'-]*){_ALONE}\W*$",
                     re.IGNORECASE)
"""The name someone goes by, after the one they were given: "Chinonso, but everyone calls me
Chi", "Tomás Ruiz, though most folks still call me Father Tom"."""
_SHORT_ONLY = re.compile(r"[\s,;.–—-]+(?:but\s+)?(?=(?:just|only)\s|[^\W\d_][\w'-]*\s+(?:only|"
                         rf"alone)\W*$|(?<=but\s){_NOT_SHORT})(?:(?:just|only)\s+)?"
                         rf"(?P<short>[^\W\d_][\w'-]*){_ALONE}\W*$", re.IGNORECASE)
"""A short name said after the full one with "only", "just" or "but": "Abhishek Sharma, Abhi
only", "Dr. Amara Osei, but Amara (please)"."""
_RETIRED = re.compile(r"\s*\((?:ret|retd|retired)\.?\)|(?<=\.)\s+(?:ret|retd)\.(?=\s)|"
                      r",?\s+(?:\(?(?:USN|USA|USMC|USAF|RN|RAF)\s*)?\(?(?:ret|retd)\.?\)?(?=[\s,]|$)",
                      re.IGNORECASE)
"""A rank's "retired", said with the name: "Capt. (ret.) Sarah O'Neill", "Sgt. Bell, USMC
(Ret.)"."""
_ONLY_SAID = re.compile(r"^(?:just|only)\s+|\s+(?:only|alone)$", re.IGNORECASE)
_NOT_OWN_NAMES = frozenset({"good", "fine", "well", "ok", "okay", "back", "here", "anything",
                            "whatever", "new", "ready", "sure", "great", "alright", "nobody",
                            "someone", "busy", "tired", "nervous", "excited", "sorry", ""})


_NOT_SHORT_NAMES = frozenset({"ret", "retd", "retired", "jr", "sr", "he", "him", "she", "her",
                              "they", "them", "mr", "mrs", "ms", "mx", "dr", "prof", "phd", "md",
                              "rn", "hons", "esq", "snr", "jnr", "nee", "née", "formerly", "sic"})
"""Words in brackets after a name that are no short name of it ("Sgt. Marcus Bell (ret)")."""


def own_name(typed: str) -> str:
    """The name in a self-introduction typed at "what should I call you?": "Tom Whitaker"
    from "its Tom, Tom Whitaker", "Kwame" from "Kwame, please. Thank you." (the words
    around a name are no part of it, nor of a signature made from it)."""
    typed = _RETIRED.sub("", typed)  # "Sgt. (ret.) Marcus Bell": no part of the name
    aside = re.search(r"\(([^()]*)\)?\s*$", typed) if typed.count("(") == 1 else None
    if aside and aside.start():  # "Yusuf, please. (Dr. Yusuf Adeyemi, but Yusuf is fine.)"
        said, full = own_name(typed[:aside.start()]), own_name(aside.group(1))
        # "Marc, please. (Marcus on paper, but everyone calls me Marc.)": a sentence, not a
        # longer form of the name
        longer = said and said.lower() in full.lower().split() and not not_a_name(full)
        # "Tomás Ruiz (folks call me Tom)", "Dr. Nkechi Obi (Kechi is fine)"
        if not longer and (_CALLED.search(aside.group(1)) or _SHORT_IS_FINE.match(aside.group(1))):
            return own_name(f"{typed[:aside.start()].rstrip()}, {aside.group(1)}")
        short = aside.group(1).strip(" .,!")
        if (re.fullmatch(r"[A-Za-z][a-z'-]+", short) and short.lower() not in _NOT_SHORT_NAMES
                and len(said.split()) > 1 and short.lower() not in said.lower().split()):
            # "Rev. Samuel Adeyemi (Sam)": the short name he goes by, as "Sam is fine" says it
            return own_name(f"{typed[:aside.start()].rstrip()}, {short.capitalize()} is fine")
        return full if longer else said or full
    text = _SELF_INTRO.sub("", typed.strip())
    first_short = _SHORT_FIRST.match(text)
    if first_short:  # "Olu is fine, full name Olumide Adeyemi": said the other way round
        return own_name(f"{first_short['full']}, {first_short['short']} is fine")
    plain = _POLITE_TAIL.sub("", text) or text  # "Sam, but everyone calls me Sammy lol"
    # "Chloe Martin but just Chloe is fine x", "Priya Raghunathan, kindly call me Priya only",
    # "Dr. Amara Osei, but Amara please"
    short = _SHORT_IS_FINE.search(text) or _SHORT_IS_FINE.search(_SIGN_OFF.sub("", text)) or \
        _CALLED.search(plain) or _SHORT_ONLY.search(plain)
    if short:
        text = _with_short(_name_run(short.string[:short.start()]), short)
    text = _without_emoji_end(_POLITE_TAIL.sub("", text)).strip(" ,.!;:")  # "mia 😅"
    text = _ONLY_SAID.sub("", text) or text  # "Priya only"
    if text.lower() in _NOT_OWN_NAMES or text.lower().split()[:1] in (["me"], ["not"]):
        return typed.strip()  # "I'm good thanks", "hey its me again": asked about as typed
    parts = [_ONLY_SAID.sub("", p.strip()) for p in re.split(  # not after "Dr." or "Mrs."
        r"[,;]|(?<=\w{2})(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSgt)\.\s+", text,
        flags=re.IGNORECASE)]
    parts = [p for p in parts if p]
    if len(parts) == 2 and parts[1].lower().startswith(parts[0].lower()):
        text = parts[1]  # "Tom, Tom Whitaker", "Priya only. Priya Raghunathan": the longer
    elif len(parts) == 2 and (parts[0].lower().startswith(parts[1].lower() + " ") or (
            parts[1].lower() in parts[0].lower().split()[1:])):
        text = parts[0]  # "Priya Raghunathan, Priya", "Sgt Sean Doyle (ret). sean"
    return text or typed.strip()


def _without_emoji_end(text: str) -> str:
    """The text without the emoji it ends with ("mia 😅"); other symbols are kept as typed."""
    while text and (unicodedata.category(text[-1]) in ("So", "Mn", "Cf", "Sk")
                    or (text[-1].isspace() and text.rstrip() != text)):
        text = text[:-1]
    return text


_RUN_ENDS = frozenset({
    "but", "though", "tho", "although", "and", "so", "or", "yet", "here", "on", "officially",
    "formally", "legally", "really", "actually", "technically", "my", "the", "is", "was", "i",
    "i'm", "im", "me", "most", "all", "everyone", "everybody", "people", "folks", "friends",
    "they", "you", "u", "please", "pls", "plz", "kindly", "just", "only", "still", "usually",
    "by", "as", "at", "in", "from", "this", "who", "which", "call", "calls",
})
"""Words a name stops before: "Tomás Ruiz though most folks …" is Tomás Ruiz."""


def _name_run(head: str) -> list[str]:
    """The name a message starts with, up to the first break in it: ["Tomás", "Ruiz"] from
    "Tomás Ruiz, though most folks still"; ["Marcus"] from "Marcus on paper, but"."""
    cased = head != head.lower()
    run: list[str] = []
    for word in head.split():
        bare = word.rstrip(",;:!.–—-").lstrip("(")
        titled = _is_title(word) or (len(bare) == 1 and word.endswith("."))  # "Dr.", "A."
        if not bare or (bare.lower() in _RUN_ENDS and not titled) or (
                cased and run and bare[:1].islower() and bare not in _PARTICLES):
            break
        run.append(word if titled else bare)
        if word != bare and not titled:
            break  # "Ruiz," ends it
    return run


def _with_short(head: list[str], short: re.Match[str]) -> str:
    """The name to keep from a full name and the one said to go by: "Tom Smith" from "Thomas
    Smith" and Tom (greeted as Tom, signing as Tom Smith); "Priya Raghunathan" from "Priya
    Raghunathan" and Priya; a title the short one is said with ("Father Tom") is no part."""
    nick = short["short"]
    names = [w for w in head if not _is_title(w)]
    said_with = short.groupdict().get("title")
    if said_with and names and nick.lower() == names[-1].lower() and len(names) > 1:
        return " ".join([said_with, *names])  # "Ananya Iyer, call me Dr. Iyer"
    if nick.lower() in (w.lower() for w in names[1:]):
        names = head = []  # "Li Wei, but call me Wei": greeted as Wei, not Li
    initials = _initials_of(nick, names)
    if initials:  # "Mary Jane, but everyone calls me MJ": MJ stands for both names
        names = names[initials - 1:]
        head = [w for w in head if _is_title(w)] + names
    if len(names) > 1 and nick.lower() not in (w.lower() for w in head):
        # "Thomas Smith, Tom is fine": Tom Smith, greeted as Tom, signing as Tom Smith
        # ("Mary Jane Watson, MJ is fine": MJ Watson)
        head = [w for w in head if _is_title(w)] + [nick, names[-1]]
    elif len(names) < 2 and nick.lower() not in (w.lower() for w in head):
        head = []  # "Mr Smith, Tom is fine": Tom
    return " ".join(head) if len(head) > 1 else nick


def _initials_of(short: str, names: list[str]) -> int:
    """How many leading names `short` is the initials of ("MJ" of "Mary Jane": 2), or 0."""
    letters = short.replace(".", "")
    if not 2 <= len(letters) <= 3 or not letters.isupper() or len(names) < len(letters):
        return 0
    leading = names[:len(letters)]
    return len(letters) if all(n[:1].upper() == c for n, c in zip(leading, letters, strict=True)) \
        else 0


USE_AS_NAME = "as_name"  # the value of "✅ Use … as the name"


def name_answer(typed: str, pressed: str | None, pending: str) -> tuple[str, str]:
    """(name, why): a name to store, or why to ask about `typed` first.

    A doubtful answer is asked about once: typing it again, or tapping the button the
    question offers (value USE_AS_NAME), stores it as typed.
    """
    if pressed == USE_AS_NAME and pending:
        return pending, ""
    why = not_a_name(typed) if typed else "I need a name here"
    if why and typed != pending:
        return "", why
    return typed, ""


_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "la", "le", "van", "von", "der",
                        "den", "bin", "binti", "al", "el", "dos", "das", "y"})


def capitalised(name: str) -> str:
    """A name typed all in lower case on a phone, as it is written: "tom" → "Tom", "maria
    de la cruz" → "Maria de la Cruz". A name with any capital is kept as typed."""
    if name != name.lower():
        return name
    words = name.split()
    return " ".join(w if i and w in _PARTICLES else "-".join(_part(p) for p in w.split("-"))
                    for i, w in enumerate(words))


def _part(word: str) -> str:
    """One part of a name as it is written: "o'brien" → "O'Brien", "mcdonald" → "McDonald"."""
    head, sep, tail = word.partition("'")
    if sep and len(head) == 1 and tail:
        return f"{head.upper()}'{tail[:1].upper()}{tail[1:]}"
    if word.startswith("mc") and len(word) > 3:
        return f"Mc{word[2].upper()}{word[3:]}"
    return word[:1].upper() + word[1:]


def clipped(text: str, limit: int = 40) -> str:
    """Text cut to fit a button at a word, marked "…": a label cut mid-phrase ("Use “Tomás
    Ruiz, though most folks still call” as the name") reads as if that were all typed."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if text[limit] != " " and " " in cut.strip():
        cut = cut.rsplit(" ", 1)[0]  # "…still call" of "…still call me": whole words
    return cut.rstrip(" ,;:.–—-") + "…"


def use_as_name_choice(pending: str) -> tuple[tuple[str, str], ...]:
    return ((f"✅ Use “{clipped(pending)}” as the name", USE_AS_NAME),) if pending else ()


def name_key(full_name: str) -> str:
    """What two spellings of one person share: "Ms Dana Lee" and "dana lee" are one contact."""
    _, rest = name_parts(full_name)
    return " ".join(w.lower() for w in rest)


def and_list(items: list[str] | tuple[str, ...]) -> str:
    """"Ana", "Ana and Ben", "Ana, Ben and Chloe": a list as a sentence says it."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def plural(count: int, one: str, many: str | None = None) -> str:
    """"1 word", "2 words", "1 reminder", "0 questions": the count with its noun agreeing."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


_CLAUSE_VERBS = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
    "don't", "doesn't", "can", "can't", "could", "should", "must", "will", "would", "may",
    "might", "need", "needs", "want", "wants", "matter", "matters", "help", "helps", "take",
    "takes", "look", "looks", "hire", "hires", "value", "values", "get", "gets", "use", "uses",
    "come", "comes", "make", "makes", "pay", "pays", "care", "cares", "expect", "expects",
    "prefer", "prefers", "count", "counts", "work", "works", "start", "starts", "isn't",
    "aren't", "wasn't", "tend", "tends", "move", "moves", "beat", "beats", "buy", "buys",
    "run", "runs", "say", "says", "see", "sees", "rely", "relies", "grow", "grows", "change",
    "changes", "love", "loves", "think", "thinks", "know", "knows", "go", "goes", "spend",
    "spends", "lead", "leads", "build", "builds", "hired", "went", "got", "took", "made",
})
_SAID = re.compile(r"^(?:(?:she|he|they|you|[A-Z]\w+)\s+(?:said|says|told me|mentioned|"
                   r"explained|thinks|thought|recommended|suggested)\s+(?:that\s+)?|that\s+)",
                   re.IGNORECASE)
_ABOUT_STARTS = frozenset({"how", "what", "why", "when", "where", "which", "who", "whether",
                           "about"})
_COMMON_STARTS = _ABOUT_STARTS | {"the", "a", "an", "most", "many", "some", "every", "all",
                                  "our", "their", "his", "her", "its", "this", "these", "those",
                                  "it", "there", "people", "to", "you", "your", "being", "that"}


def _note_text(note: str) -> str:
    """One line from a note typed as a list: "Two things:\n- SQL\n- storytelling" →
    "SQL and storytelling"."""
    lines = [line.strip().lstrip("-•*–· ").strip() for line in note.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) > 1 and lines[0].endswith(":"):
        lines = lines[1:]
    return and_list([line.rstrip(".;,") for line in lines])


def point_phrase(note: str) -> str:
    """A debrief note as the object that ends a sentence ("I especially appreciated …"):
    "ops roles want SQL" → "your point that ops roles want SQL"; "how teams run discovery"
    → "what you said about how teams run discovery"; "to learn SQL first" → "your advice to
    learn SQL first"; a shape it cannot read → "what you said: …". Answers are typed in
    many shapes; each gets a frame that keeps it a sentence."""
    text = " ".join(_note_text(note).split()).strip().rstrip(".!;,")
    said = _SAID.match(text)
    clause = bool(said)
    if said:
        text = text[said.end():]
    if not text:
        return ""
    words = text.split()
    first = words[0].lower()
    if first in _COMMON_STARTS:  # "The CFA …" → "the CFA …"; "Monzo hires …" keeps its name
        text = mid_sentence(text)
    if first == "to" and len(words) > 1:
        return f"your advice {text}"
    if first in _ABOUT_STARTS and not clause:
        return f"what you said {text}" if first == "about" else f"what you said about {text}"
    if clause or any(w.lower().strip(",") in _CLAUSE_VERBS for w in words[1:]):
        return f"your point that {text}"
    if first in {"the", "a", "an"} or len(words) <= 3 or words[0].lower().endswith("ing"):
        return f"what you said about {text}"  # a noun phrase: "the importance of networking"
    return f"what you said: {text}"  # a shape not recognised: a colon keeps it a sentence


CHAT_SHORTHAND = {
    "u": "you", "ur": "your", "rn": "right now", "ppl": "people", "pls": "please",
    "wat": "what", "abt": "about", "bc": "because", "cuz": "because", "b4": "before",
    "tho": "though", "thru": "through", "dept": "department", "esp": "especially",
    "w": "with", "w/": "with", "wd": "would", "lil": "little",
    "yrs": "years", "yr": "year", "mths": "months", "uni": "university", "govt": "government",
    "gonna": "going to", "wanna": "want to", "kinda": "kind of",
    "i": "I", "im": "I'm", "ive": "I've", "uve": "you've", "youve": "you've", "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't", "cant": "can't", "wont": "won't", "isnt": "isn't", "thats": "that's",
    "whats": "what's", "theres": "there's", "shes": "she's", "hes": "he's",
    "tbh": "", "ngl": "", "lol": "", "lmao": "", "haha": "",
    # credentials and roles typed in lower case, as someone else would read them
    "mba": "MBA", "pm": "PM", "apm": "APM", "phd": "PhD", "cfa": "CFA", "cpa": "CPA",
    "ux": "UX", "sql": "SQL", "msc": "MSc", "mpa": "MPA", "mpp": "MPP", "bsn": "BSN",
    "hci": "HCI", "mha": "MHA", "pgce": "PGCE", "cs": "CS", "js": "JS", "nhs": "NHS"}
"""Chat shorthand → the written word ("" drops it): the one table for every sentence the bot
writes from what the user typed, whether said back, suggested as a question or drafted."""
_SHORT_WORD = re.compile(r"(?<![^\s(\"“‘])(?:" + "|".join(
    re.escape(w) for w in sorted(CHAT_SHORTHAND, key=len, reverse=True))
    + r")(?=$|[\s,;:!?)\"”’]|\.(?!\w))", re.IGNORECASE)
"""A word on its own: not "<i>", "u.s.", "w/o", "r&d" or "pm's"."""
_YOU_ARE = re.compile(r"\b(u)r\s+(?=(?:not|a|an|the|so|very|really|going|doing|in|at|on|still|"
                      r"just|already|able|looking|trying|planning|screening|interviewing|"
                      r"reviewing|assessing|comparing|choosing|deciding|saying|"
                      r"asking|applying|hiring|recruiting)\b(?!-|\s+(?:process|manager|"
                      r"team|plan|budget|freeze|season|cycle|round|panel|criteria|stage|"
                      r"experience|style|history|skills?|bar)\b))", re.IGNORECASE)
"""ur before these is "you're" ("if ur not in marketing yet", "when ur screening a junior"),
elsewhere "your" ("ur new role", "ur in-house team", "ur hiring process")."""
_ARE = re.compile(r"(?<![^\s(])r(?=\s+(?:you|u|the|there|they|we|your|ur|those|these|most|all|any|"
                  r"some|ppl|people)\b)")
"""r for "are" only before who or what is ("what r the hours"): "sql and r" is the language."""
_AND = re.compile(r"(?<=[a-z] )n(?= [a-z])")
"""n for "and" between two words typed in lower case ("sql n python"), never "n = 200"."""
_NEVER_NAMES = frozenset({"im", "ive", "dont", "doesnt", "didnt", "cant", "wont", "isnt",
                          "thats", "whats", "theres", "shes", "hes", "uve", "youve"})
"""Shorthand written out whatever its capitals: "Honestly, Im keen" names nobody."""


def _written(match: re.Match[str]) -> str:
    word = match.group(0)
    typed_at = match.string[:match.start()].rstrip()
    starts = not typed_at or typed_at[-1] in ".!?"
    if word != word.lower() and not (starts and word[1:] == word[1:].lower()) and (
            word.lower() not in _NEVER_NAMES):
        return word  # "UR Energy", "Uni of Leeds": a name as typed
    if word.lower() == "pm" and re.search(r"\d[kK]?$", typed_at):
        return word  # "at 3 pm", a time; "£2k pm", a month
    if word.lower() == "rn" and re.search(r"\b(?:my|an|a|the|your|ur|our|new)$", typed_at,
                                          re.IGNORECASE):
        return "RN"  # "if i need my rn first": the registered nurse, not "right now"
    written = CHAT_SHORTHAND[word.lower()]
    return written[:1].upper() + written[1:] if word[:1].isupper() else written


def written_out(text: str) -> str:
    """What the user typed on a phone, in the words of a written sentence: "6 yrs w/ ppl
    tbh" → "6 years with people"; "ur not" → "you're not". A word in capitals mid-sentence
    is a name and stays ("UR Energy"); one starting a sentence is shorthand ("Ur team")."""
    text = _YOU_ARE.sub(lambda m: "You're " if m.group(1) == "U" else "you're ", text)
    text = _AND.sub("and", _ARE.sub("are", text))
    text = _SHORT_WORD.sub(_written, text)
    return re.sub(r"\s+([?,.!])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


def role_said(role: str) -> str:
    """A job title as it reads after a name and a comma: "Equity research associate" as
    "equity research associate"; "UX researcher" and "NHS ward manager" keep their capitals."""
    first = role.split(maxsplit=1)[0] if role.strip() else ""
    if not first or any(c.isupper() for c in first[1:]) or first.rstrip(",.").isupper():
        return role
    return role[:1].lower() + role[1:]
