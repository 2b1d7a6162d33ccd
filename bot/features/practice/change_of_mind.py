"""A question taken back mid-message ("actually scratch that, …"): what follows is asked.

The options of the question taken back stay what a "which one…?" after it is about.
"""

from __future__ import annotations

import re

__all__ = ["after_change_of_mind"]


_CHANGE_OF_MIND = re.compile(
    r"\b(?:(?:actually|sorry|wait|no|oh)[\s,]+)*(?:never\s*mind|nvm|scrap|scratch|strike|forget|"
    r"ignore|disregard)\s+(?:that|this|it|the\s+last\s+(?:one|question|bit)|what\s+i\s+(?:just\s+)?"
    r"(?:said|asked)|the\s+[\w-]+\s+(?:thing|question|one|bit))\b[\s,.:;!\u2014\u2013-]*"
    r"|\bwhat\s+i(?:'?d|\s+would|\s+was\s+(?:going\s+to|gonna)|'?m|\s+am)?\s+(?:really\s+|actually\s+)?"
    r"(?:meant(?:\s+to\s+ask)?|mean|ask(?:ing)?|(?:(?:want(?:ed)?|like|love)\s+to|wanna)\s+"
    r"(?:know|ask)(?:\s+"
    r"(?:you|u))?)\s+(?:was|is)\b[\s,.:;\u2014\u2013-]*"
    # "I didn't mean the pay really, I meant do you know anyone who's made that move?"
    r"|\bi\s+(?:didn'?t|did\s+not|don'?t|do\s+not)\s+mean\b[^.?!,;]*[,;.:\u2014\u2013-]+\s*"
    r"(?:(?:i\s+)?(?:meant|mean)\b(?:\s+like)?[\s,:\u2014\u2013-]*)?(?=\S)"
    # "never mind the pay, how do people get promoted": the topic let go, then the question
    r"|\b(?:never\s*mind|nvm|forget(?:\s+about)?)\s+(?:about\s+)?(?:the|my|that)\s+[\w-]+"
    r"(?:\s+[\w-]+)?(?:\s+for\s+(?:a|one|the)?\s*(?:second|sec|minute|min|moment|bit|now))?"
    r"\s*[,.;:!\u2014\u2013-]+\s*(?=\S)"  # "forget the certificates for a second, what …"
    r"|\b(?:actually|sorry|wait|oh|hmm)\W+(?:(?:no|nvm|never\s*mind)\W+)?not\s+that\s+one\b"
    r"[\s,.:;!\u2014\u2013-]*"
    # "actually no more important for me: if u were me…", "actually, a better question:"
    r"|\b(?:actually|wait|hmm)\W+(?:no\W+)?(?:(?:a\s+|much\s+)?(?:more|most)\s+important(?:ly)?"
    r"(?:\s+(?:for|to)\s+me)?|(?:a\s+)?better\s+question|(?:the\s+)?real\s+question)"
    r"[\s,.:;!\u2014\u2013-]+(?=\S)"
    # "actually nvm - is there anyone else…": the question before it taken back
    r"|\b(?:actually|oh|ok|okay|wait)\W+(?:nvm|never\s*mind)\b[\s,.:;!\u2014\u2013-]*(?=\S)"
    # "oh sorry i meant like whats the salary range…": the question said again, put right
    r"|^\W*(?:(?:oh|ah|ok|okay|no|nah|sorry|sry|soz|oops|my\s+bad|haha+|lol|but|and)[\s,.!]+)*"
    r"i\s+(?:meant|mean)"
    r"(?!\s+to\b)(?:\s+like)?[\s,.:;\u2014\u2013-]+(?=\S)",
    re.IGNORECASE,
)
"""Taking a question back ("actually, scrap that", "never mind that, what I really want to
know is ..."): what comes after it is what is asked."""


def after_change_of_mind(text: str) -> str:
    """The message from its last change of mind on, when something follows it."""
    cut = None
    for match in _CHANGE_OF_MIND.finditer(text):
        if text[match.end():].strip(" ?.!"):
            # "what I really want to know is whether …": kept whole, as the question it asks
            cut = match.start() if _WHETHER.match(text, match.end()) and re.match(
                r"\W*what\b.*\bknow\b", match.group(), re.IGNORECASE) else match.end()
    if cut is None:
        return text
    after = text[cut:].lstrip(" ,.;:-")
    first = _CHANGE_OF_MIND.search(text)
    asked_before = [q for q in re.split(r"(?<=[.!?])\s+", text[:first.start()].strip())
                    if q.rstrip().endswith("?")] if first else []
    if asked_before and _WHICH_OF_THEM.search(after):  # "…a master's or an alternative
        # certification? scratch that, which one do principals prefer?": the options taken
        # back are what it asks about
        return f"{asked_before[-1].rstrip(' ?')} \u2014 between those, {after}"
    return after


_WHICH_OF_THEM = re.compile(r"\b(?:which\s+one|which\s+of\s+(?:them|those|these|the\s+two)|either"
                            r"\s+one|between\s+(?:them|the\s+two|those))\b", re.IGNORECASE)


_WHETHER = re.compile(r"\s*(?:whether|if)\b", re.IGNORECASE)
