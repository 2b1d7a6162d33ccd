"""What the matcher's topic checks read from a message: its topic and tool words, its
shape, and the head of a which-question, read once per message."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.features.practice.lexicon import LEXICON
from bot.features.practice.terms import NOT_A_TOPIC, normalise, stem, terms_of, which_head
from bot.features.practice.understand import wording_flags
from bot.features.practice.worries import CAREER_GAP

__all__ = ["A_SPAN", "GAP_TOPIC", "GETS_IN", "HOW_LONG", "TIME_SPLIT", "Said", "as_their_day",
           "as_their_line", "role_asked", "trailing_clause", "without_examples"]

GAP_TOPIC = "careergap"
"""The topic of a message or question about time out of work ("will my 8 year gap hurt me?"):
only a question about a gap or a career break answers it."""

_SUBORDINATE = re.compile(r"(?<=\S) (?:before|after|while|because|since|once|until|without|"
                          r"so (?:that )?(?:i|we) (?:can|could|know|have)|to help me|"
                          r"when (?:(?:i|i'm|im|i am) )?(?:start )?(?:apply|applying)) .*$"
                          # up to its comma: "… when u got hired, like how many case studies?"
                          r"|(?<=\S) when (?:you|u) (?:first )?(?:got hired|were hired|"
                          r"applied)\b[^,?]*"
                          r"|(?<=\S) for (?:a |an )?(?:\w+ ){0,3}(?:job|role|position)s?$"
                          # "how long does the job search take for bootcamp ppl, realistically"
                          r"|(?<=\S) for (?:\w+ ){1,2}(?:people|folks?|grads|graduates|switchers|"
                          r"changers)\b.*$")
"""A trailing clause ("... before I commit to the degree") qualifies the question; its
topic words are not what is asked, nor those of the people it is asked for."""


def trailing_clause(plain: str) -> re.Match[str] | None:
    """The trailing clause of a question long enough to have one (more than six words)."""
    return _SUBORDINATE.search(plain) if len(plain.split()) > 6 else None


_PART_OF = r"of (?:your|ur) (?:time|day|days|week|weeks|job|role|work)\b"
TIME_SPLIT = re.compile(r"\bhow much " + _PART_OF + r"|\bwhat (?:share |proportion |percentage |"
                        r"part |split |percent )?" + _PART_OF + r"|\bthe split between\b")
""""How much of your week is SQL versus stakeholders?": one question about how their time
splits, whichever questions its two sides would each meet, and whatever they name."""
_SPLIT_INTO = re.compile(r"\b(?:vs|versus|compared (?:to|with)|between|and|or)\b")
"""The two sides a time split names ("how much of your time is spent ON FUNDRAISING?" is about
fundraising, which a question of its own answers)."""


_WHAT_THEY_DO = re.compile(
    r"^(?:so |and |but |ok |okay )?what (?:does|do) (?:a |an |the )?(?P<role>[a-z&/ -]{2,40}?)"
    r"(?: actually| really| even| exactly| typically)? do(?: all day| day to day| every day|"
    r" on a daily basis| in a typical day| in a normal week| most days)?\W*$")
_THEIR_DAY = "what is your typical day like"


def role_asked(plain: str) -> str:
    """The role in "what does a <role> actually do?", if that is what the sentence asks."""
    found = _WHAT_THEY_DO.match(plain)
    return found["role"] if found else ""


def as_their_day(plain: str, roles: frozenset[str], specialisms: frozenset[str] = frozenset()
                 ) -> str:
    """"What does a data analyst actually do day to day?" asked of a data analyst: their
    typical day. Only when every word of the role is the contact's own kind of work
    (``roles``: the bank's title and its contacts' job titles); "what does a performance
    marketer do?" asks about a specialism, which a question of its own answers, as does one
    the bank asks about in these words (``specialisms``: "what does an instructional designer
    actually do?" asked of teachers)."""
    role = role_asked(plain)
    if not role or not set(role.split()) <= roles or role in specialisms:
        return plain
    return _THEIR_DAY


_FROM = re.compile(r"\bfrom (?:\w+ ){1,4}?(?=(?:to|into) )")
"""The start of a path ("how did you go FROM THE PHD to data science") is where the person
came from, not what is asked about."""


INTO_THEIRS = re.compile(
    r"\bhow (?:(?:did|have|had) )?(?:you|u) (?:(?:first|actually|originally|eventually|"
    r"even|ever|personally) )?(?:get|got|gotten|end(?:ed)? up(?: moving| going| switching)?|"
    r"come|came|break|broke|move|moved|"
    r"wind up|wound up|land|landed|go|went|start|started|transition|transitioned|switch|"
    r"switched|(?:make|made) the (?:move|switch|jump|leap|transition|change)) "
    r"(?:from (?:[\w&'-]+ ){1,4}?)?(?:in|into|to|in to|out in) "
    # not the way up ("get to SENIOR so fast", "move into management") nor a place of study
    r"(?!grips\b|(?:be\s+)?(?:an?\s+|the\s+)?(?:senior|lead|leadership|management|manager|"
    r"principal|staff|director|head|top|promotion|university|uni|college|school|grad)\b)"
    # "how you came to prioritise mobile", "… to that decision": a choice, not a career
    r"(?!(?:that|this|the|your)\s+(?:decision|conclusion|choice|final)\b|(?:prioriti|decid|choos|"
    r"realis|realiz|agree|trust|understand|think|know|see|like|love|prefer)\w*\b)"
    r"(?P<what>[^?.,;!]+)")
""""How did you end up in EQUITY RESEARCH?": the contact's own field, which is no topic the
story of how they got in must name (nor a reason to answer with the question about it)."""


def as_their_line(plain: str) -> str:
    """"how did you make the move from television news into housing work" read as "how did
    you make the move into this line of work": the fields named are the contact's own path,
    which a word the bank does not know ("television") must not make off-topic."""
    found = INTO_THEIRS.search(plain)
    if found is None:  # "how'd you make the jump from TV?": the field they left is theirs too
        return _FROM_THEIRS.sub(r"\g<1>another line of work", plain)
    if found.group("what").strip() in ("this line of work", "this field"):
        return plain
    start = found.group(0)
    cut = start[:found.start("what") - found.start()]
    cut = re.sub(r" from (?:[\w&'-]+ ){1,4}?(?=(?:in|into|to|in to|out in) $)", " ", cut)
    cut = re.sub(r"(?<= )to $", "into ", cut)  # "get to the job you have now": got into
    return f"{plain[:found.start()]}{cut}this line of work{plain[found.end():]}"


_FROM_THEIRS = re.compile(
    r"(\bhow (?:(?:did|have|had) )?(?:you|u) (?:\w+ )?(?:make|made) the (?:move|switch|"
    r"jump|leap|transition|change) from )(?:[\w&'-]+ ?){1,4}$")
"""A move the contact made from a field named last ("how did you make the jump from TV")."""


_BACKGROUND = re.compile(r"\b(?:my|a|an)\s+(?:[a-z-]+\s+){1,2}(?:background|experience)\b"
                         r"|\bcoming\s+from\s+(?:a|an|my)\s+(?:[a-z-]+\s+){0,2}"
                         r"(?:degree|diploma)\b"
                         r"|\b(?:with\s+)?(?:nothing|zero|little|not\s+much)\s+(?:\w+\s+)?(?:on|in)"
                         r"\s+(?:my|the|a|me)\s+(?:cv|resume)\b")
"""The user's own background ("does my CONSULTING background help?", "… coming from a history
degree?", "with nothing on the CV"): who is asking, not a topic the answer must name."""


_AMOUNT = re.compile(r"^(?:roughly |so |and |realistically )?(?:how (?:long|many|much|quickly|soon|"
                     r"often)|did it take)\b")


def asks_amount(sentences: list[str]) -> bool:
    """Whether a question's normalised sentences mostly ask how long or how many ("how long did
    your search take?"): such a question does not answer one of kind ("what kind of role
    could I realistically land?")."""
    return sum(bool(_AMOUNT.match(s)) for s in sentences) >= 0.6 * len(sentences)


_KIND_OF = re.compile(r"\W*(?:so |and |but )?(?:what|which) (?:kinds?|sorts?|types?) of\b"
                      r"(?!\s+(?:numbers?|size|amounts?|hours|money|salary|pay|figures?|budget|time)\b)")


@dataclass(frozen=True, slots=True)
class Said:
    """What the topic checks read from a message, read once per message."""

    plain: str  # normalised
    topics: frozenset[str]  # its topic words (in the main clause)
    tools: frozenset[str]  # its tool words
    shape: frozenset[str]  # its coaching flags
    head: str = ""  # the word a "which ... do you" question asks about
    sides: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    """(topics, tools) of each side of an either/or ("an MSc, or would a Tableau portfolio
    ..."): a question that fits either side fits."""
    kind: bool = False  # asks what kind of thing ("what kind of role could I land?")

    @classmethod
    def of(cls, text: str, flags: Sequence[str] | None) -> Said:
        plain = normalise(text)
        trailing = trailing_clause(plain)
        main = plain[:trailing.start()] if trailing else plain
        main = _BACKGROUND.sub(" ", _FROM.sub("", INTO_THEIRS.sub(_without_what, main)))
        sides = tuple(_topics_and_tools(side) for side in _OR_CLAUSE.split(main))
        topics, tools = _topics_and_tools(main)
        head = which_head(plain)
        split = TIME_SPLIT.search(main)
        if split and _SPLIT_INTO.search(main, split.end()):  # what their time splits into is
            # not what is asked, unless every part is a tool (a question on skills answers)
            parts = _SPLIT_INTO.split(main[split.end():])
            if not all(set(part.split()) & tools for part in parts if part.strip()):
                tools = frozenset()
            sides, topics, head = (), frozenset(), ""
        if CAREER_GAP.search(plain):  # "i took 2 years off to look after my mum, will that
            topics |= {GAP_TOPIC}  # count?": the gap, though its clause trails
        return cls(plain, topics, tools, frozenset(wording_flags(text) if flags is None else flags),
                   head, sides, bool(_KIND_OF.match(text.strip().lower())))

    def fits(self, words: frozenset[str], skills: bool) -> bool:
        """Whether a question using ``words`` (and their stems) is about one of the topic
        words ("github portfolio": either will do) and tools ("do PMs need to know SQL?" is not
        "what did you study?", unless it is a skills question) of a side of the message."""
        if GAP_TOPIC in self.topics and GAP_TOPIC not in words:
            return False  # "how do I explain the gap on my CV?" is not the CV question
        return any((not topics or any(w in words or stem(w) in words for w in topics))
                   and (not tools or bool(tools & words) or skills)
                   for topics, tools in self.sides or ((self.topics, self.tools),))


def _without_what(found: re.Match[str]) -> str:
    return found.group(0)[:found.start("what") - found.start()]


_OR_CLAUSE = re.compile(r"\s+or\s+(?=(?:would|should|will|is|are|do|does|can|could|just|mostly|"
                        r"more|mainly|all|proper|actual)\s)")
"""Where the second side of an either/or question starts."""


def _topics_and_tools(plain: str) -> tuple[frozenset[str], frozenset[str]]:
    plain = NOT_A_TOPIC.sub("", plain)  # "paid social" names no pay
    words = set(plain.split()) | set(terms_of(plain))
    topics = words & LEXICON.topic_words
    if CAREER_GAP.search(plain):  # time out of work: a topic of its own, not the skills gap
        topics.add(GAP_TOPIC)
    return frozenset(topics), frozenset(words & LEXICON.tool_words)


A_SPAN = re.compile(
    r"\b(?:\d+|(?:(?<=about\s)|(?<=around\s)|(?<=over\s)|(?<=almost\s)|(?<=nearly\s)|(?<=for\s)"
    r"|(?<=took\s)|(?<=takes\s)|(?<=within\s)|(?<=than\s)|(?<=after\s)|(?<=roughly\s)|(?<=under\s))"
    r"a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a\s+few|several|"
    r"many)[\s-]+(?:years?|months?|weeks?|days?|hours?)\b", re.IGNORECASE)
"""How long something took, said in an answer ("it took me eight months", "about a year"),
not how often ("twice a month") nor a day in the life ("a day at the firm")."""

HOW_LONG = re.compile(r"\bhow (?:long|much time|many (?:years|months|weeks))\b(?:\s+\w+){0,8}?\s+"
                       r"(?:take|took|takes|taking)\b")
"""How long something takes ("how long did it take u to feel confident as a PM?"): only a
question that says how long answers it, not the story of the same promotion or switch."""

GETS_IN = re.compile(r"(?:\w+\s+){0,3}?how\s+(?:do|would|can|could|should|did)\s+(?:you|u|i|one|"
                      r"people|someone)\s+(?:\w+\s+)?(?:get|land|find|secure|go\s+about\s+"
                      r"getting)\s+(?:a|an|my|your|ur|their|the|that)\s+(?:first\s+)?")
"""Asking the way into a job ("how do i get my first finance job"), which no pay answer
gives, however many words it shares with one."""


_EXAMPLES = re.compile(r",\s*(?:like|such\s+as|e\.?g\.?|for\s+example|for\s+instance|say)\s+"
                       r"[^,;:?!.]{3,90},(?=\s*\S)", re.IGNORECASE)
"""Examples set off by commas inside a question ("would a project using accounting data, like
analysing expense reports or invoice payment delays, look good to you?"): what it asks is
the sentence around them, whose words their list would drown."""


def without_examples(text: str) -> str:
    """``text`` without the examples set off by commas inside it, unless they name a tool
    ("what tools, like Tableau or Power BI, do you use?" asks about BI tools)."""
    return _EXAMPLES.sub(lambda m: m.group(0) if set(normalise(m.group(0)).split())
                         & LEXICON.tool_words else "", text)
