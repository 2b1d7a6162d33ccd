"""Which question of a message the contact answers, and which count as separate questions.

A message may hold several questions, a question that leans on the sentence before it, or
a question and the options that narrow it; the coaching of "several questions at once"
must agree with what the contact answered.
"""

from __future__ import annotations

import dataclasses
import re

from bot.features.practice.background import tells_background
from bot.features.practice.cues import REFERRAL
from bot.features.practice.first_answer import ASSESS
from bot.features.practice.leaning import (
    ASKS_MEANING,
    INDIRECT,
    LIKE_ME,
    clarifies,
    follows_up,
    leans_on_context,
    narrows,
    only_options,
    points_within,
)
from bot.features.practice.matcher import SURE, Match, Matcher
from bot.features.practice.terms import PLACE_TERMS, normalise, terms_of
from bot.features.practice.understand import (
    Reading,
    wording_flags,
)

__all__ = ["MAX_QUESTIONS", "best_of"]

_OWN_WORDS = 16
"""A question this long that points back ("that experience") still says what it asks."""
_TOPIC_TERMS = 3
"""Terms enough for a question that points back to say its topic itself ("is that too old to
start nursing school?"); "is it worth it?" says none."""
_LABEL_WORDS = 3
"""Context this short names the topic ("tools wise -", "re pay:"), so it is read with the
question."""
_LIKE_ME = re.compile(LIKE_ME, re.IGNORECASE)
_LEAD_WORDS = re.compile(r"^\W*(?:(?:so|and|ok|okay|right|also|then|now|the)\W+)+", re.IGNORECASE)
"""How a label is led in ("so the portfolio part,"): no part of the topic it names."""
MAX_QUESTIONS = 3
"""Questions of one message tried against the bank; more is a list, not a conversation."""


_CARRIES = re.compile(r"\b(?:transfers?|carr(?:y|ies)\s+over)\b", re.IGNORECASE)
"""Asking how what was just told carries over ("which of that transfers to PM?")."""
_OF_THEIRS = re.compile(r"\b(?:went|was|felt|go)\s+for\s+(?:you|u)\b|\b(?:made|make|got|led|pushed)"
                        r"\s+(?:you|u)\s+(?:\w+\s+)?(?:that|the|this)\s+(?:switch|move|change|jump|leap)\b",
                        re.IGNORECASE)
"""What "that" points at is the contact's own ("how that transition went for you", "what
made you make that switch?"), which the question alone says: the user's story or remark
before it is no part of it."""
_TYPICAL_DAY, _FIRST_MONTHS, _HOURS = "typical-day", "first-months", "work-life-balance"
"""("a normal Monday to Friday" reads as hours as readily as a day)"""
_WHO_ELSE, _USE_NAME = "who-else", "use-your-name"
_FOR_A_NEWCOMER = re.compile(
    r"\b(?:day|shift|week)s?\b[^?.!]{0,30}?\bfor\s+(?:a|an|the|your|someone)\s+(?:new|newly[\s-]"
    r"qualified|junior|graduate|grad|trainee|entry[\s-]level|first[\s-]year)\b"
    # "a normal Monday to Friday for one of your analysts", "for someone on your team"
    r"|\b(?:day|shift|week|monday\s+to\s+friday)s?\b[^?.!]{0,30}?\bfor\s+(?:one\s+of\s+(?:your|ur)\s+"
    r"(?:[\w-]+\s+)?\w+s|(?:someone|somebody|people|anyone)\s+(?:on|in)\s+(?:your|ur)\s+team)\b",
    re.IGNORECASE)
"""A day asked about for someone starting out, or for the people the contact manages, which
the contact's own day does not answer."""
_LIKE_OPENER = re.compile(r"^\W*like\W+(?=(?:what|how|which|where|who|when|do|does|is|are)\b)",
                          re.IGNORECASE)


_MY_MOVE = re.compile(
    r"\bhow\s+(?:do|would|can|could|should|might|will)\s+i\s+(?:\w+\s+){0,2}?(?:move|switch|"
    r"transition|get\s+(?:in|into|started)|break\s+in|pivot|position|make\s+(?:the|that|this|"
    r"a)\s+(?:move|switch|jump|change|transition)|go\s+about\s+it)\b|"
    r"\b(?:can|could|should)\s+i\s+(?:\w+\s+)?(?:become|move|switch|transition|make\s+the)\b|"
    r"\bwhere\s+(?:do|would|should)\s+i\s+(?:even\s+)?start\b", re.IGNORECASE)
"""The user asks how they would make the move, after saying who they are."""
_CARRIES_OVER = re.compile(
    r"\b(?:experience|skills?|background|that|this|it|those|these)\s+(?:\w+\s+)?(?:would|will|"
    r"could|might|can|does|do)\s+(?:really\s+|actually\s+|even\s+)?(?:transfer|carry\s+over|"
    r"translate)\b", re.IGNORECASE)
"""Whether what the user has done would count where they want to go: their background."""


_THANKS_ONLY = re.compile(
    r"\W*(?:(?:ok(?:ay)?|cool|great|amazing|perfect|wow|ah|oh|right|brilliant|lovely|nice)\W+)*"
    r"(?:thanks?(?:\s+(?:you|u|so\s+much|a\s+lot|a\s+mil))?|thank\s+(?:you|u)(?:\s+so\s+much)?|ty|"
    r"cheers|appreciate\s+(?:it|that|you|u)|much\s+appreciated)(?:\s+(?:fr|so\s+much|a\s+lot|"
    r"lol|haha|mate|bro))*[\s.!,]*", re.IGNORECASE)


_SHORT_FACT = 6
"""Words of a fact said just before "is that a problem?" that it alone is what "that" is."""


def _read_with_context(matcher: Matcher, reading: Reading) -> tuple[Match, bool]:
    """The first question's match, read with the context before it where it leans on it, and
    whether the context named its topic (then a later question that says little is no rival)."""
    match = matcher.match(reading.question, reading.flags)
    # "appreciate it fr. u ever miss agency life": thanks before a short question names no
    # topic of its own for the question to lean on
    said_before = reading.context and not _THANKS_ONLY.fullmatch(reading.context)
    leans = leans_on_context(reading.question) if said_before else ""
    if said_before and _WHAT_ABOUT.search(reading.context):  # "What about the MBA
        leans = "little"  # specifically? Would it make any difference for someone my age?"
    topic_before = False
    one, named = _ONE.search(reading.question), _A_THING.findall(reading.context)
    if leans == "points" and one and named:  # "…saying u need a portfolio but that's for
        said = matcher.match(  # designers right? do researchers need one too": a portfolio
            f"{reading.question[:one.start('one')]}a {named[-1]}{reading.question[one.end():]}",
            reading.flags)
        if said.confident:
            return said, True
    last = re.split(r"(?<=[.!?])\s+", reading.context.strip())[-1] if leans == "points" else ""
    nearest = matcher.match(f"{last} {reading.question}", reading.flags) if 0 < len(
        last.split()) <= _SHORT_FACT else None
    if nearest and nearest.confident and nearest.question_id != match.question_id and not (
            matcher.match(f"{reading.context} {reading.question}", reading.flags).confident):
        # "…bootcamp in JavaScript. I'm 52. Be honest: is that a problem?": "that" is the
        # short fact just before it, where the whole story settles nothing
        return nearest, True
    if leans:
        # "Is that normal?" after a sentence of context: the context says what "that" is.
        merged = matcher.match(f"{reading.context} {reading.question}", reading.flags)
        # its own clause says it, or its own words do ("does that experience count for
        # anything when you're hiring, or would you see me as a beginner?")
        # ("what does ur hospital do?" is short, but a fact about theirs: no story before it
        # is what it asks)
        keep = match.confident and (points_within(reading.question) or (
            "googleable" in reading.flags and match.score >= SURE) or _OF_THEIRS.search(
            reading.question) or (
            not merged.confident and len(reading.question.split()) >= _OWN_WORDS)
            or (match.question_id == ASSESS and (tells_background(reading.context) or (
                _CARRIES.search(reading.question))))  # "…JMP. Which of that TRANSFERS to PM?"
            # "I'm 50. Is that too old to start nursing school?": read with its context, the
            # best guess is the same question, only less sure
            or (not merged.confident and merged.runner_up == match.question_id
                and len(terms_of(normalise(reading.question))) >= _TOPIC_TERMS))
        # "would that count?" after "I've been a pharmacist for 12 years": the context is the
        # background it asks about, whose words are no topic of their own
        if not keep and (merged.confident or leans == "points" or (
                match.confident and match.question_id not in (merged.runner_up,
                                                              merged.alternative))):
            # "Which gives more flexibility?" after "I like being able to switch specialties
            # later": its one word is no question of its own when the context asks another.
            match = match if leans == "points" and (_context_only(
                matcher, reading.question, merged, match) or _unsure_either_way(
                merged, match)) else merged
            topic_before = match.confident
    elif reading.context and _LIKE_ME.search(reading.question):
        # "I go to a state school banks don't recruit from … is there still a path into
        # banking for someone like me?": what "like me" is was told before; when that reading
        # is at least as sure, it is the question (alone it is only "what are my chances")
        merged = matcher.match(f"{reading.context} {reading.question}", reading.flags)
        if merged.confident and (not match.confident or merged.score >= match.score):
            match = merged
    return match, topic_before


def _context_only(matcher: Matcher, question: str, merged: Match, alone: Match) -> bool:
    """Whether the reading with the context rests on the context alone, when the question
    names a topic of its own: "I talk to users every day. Is that a good route into PM?"
    asks about a route into PM, which the question on talking to customers never says."""
    if not merged.confident or merged.question_id is None:
        return False
    own, shared = matcher.shared_terms(question, merged.question_id)
    return len(own) >= _OWN_TOPIC and not shared and bool(
        alone.question_id or alone.runner_up)


def _unsure_either_way(merged: Match, alone: Match) -> bool:
    """Whether the reading with the context guesses nothing where the question alone offers
    two close questions to choose from ("I've been a GP for 9 years … is that a good route
    into PM?"): "did you mean …?" beats "I honestly don't know"."""
    return not merged.confident and merged.runner_up is None and alone.alternative is not None


_ONE = re.compile(r"\b(?:need|have|get|do|make|build|want|require|take)\s+(?P<one>one)\b"
                  r"(?!\s+of\b)", re.IGNORECASE)
""""One" standing for a thing named before ("do researchers need one too?")."""
_A_THING = re.compile(r"\ban?\s+(?!(?:lot|bit|few|couple|little|while|good|great|real|new|"
                      r"big|small|way|one|\w+ly)\b)((?:[a-z]+\s+){0,2}?[a-z]{3,})(?=\s*[.,;:!?]|\s+(?:but|"
                      r"and|or|so|because|bc|tho|though|for|to|in|at)\b|\s*$)", re.IGNORECASE)
"""A thing named with "a" ("u need a portfolio"), which a later "one" stands for."""
_IT = re.compile(r"\b(?:it|that|this)\b", re.IGNORECASE)
"""What a question saying little of its own points back with ("where does it get tricky?")."""
_SPLIT_OF_IT = re.compile(r"\bhow\s+much\s+of\s+(?:it|that|this|the\s+(?:week|day|job|role))\s+"
                          r"(?:is|goes|gets|would\s+be)\b", re.IGNORECASE)
"""How the thing just asked about splits ("a typical week…? I'd like to understand how much
of it is management versus fieldwork"): part of that question."""
_PART_OF_IT = re.compile(r"^\W*(?:(?:and|so|also)\s+)?what\s+was\s+(?:the\s+)?(?:hardest|toughest|"
                         r"most\s+difficult|trickiest|scariest|best|worst|biggest\s+(?:challenge|"
                         r"surprise|shock))(?:\s+(?:part|bit|thing))?\W*$", re.IGNORECASE)
"""The hardest part of what was just asked about, in the past and with nothing after it ("How
did you make the jump from TV news, and what was the hardest part?"): part of that story, not
the hardest part of the job now."""
_TORN = 50.0
"""A score at which a short question, unsure only between two close guesses, still asks
something of its own rather than narrowing the one answered."""
_OWN_TOPIC = 2
"""Topic terms enough for a question that points back to name what it asks about."""


def best_of(matcher: Matcher, reading: Reading) -> tuple[Reading, Match]:
    """Of several questions in one message, the one the persona answers: the best match
    among those that are not job asks, though a yes/no follow-up never displaces the first.
    ``reading.question`` becomes that one, so the coaching can name the others."""
    match, topic_before = _read_with_context(matcher, reading)
    others = [q for q in reading.questions[:MAX_QUESTIONS] if q != reading.question]
    first = reading.question
    found = {first: match.question_id if match.confident else None}
    near: dict[str, str | None] = {first: None if match.confident or not others else next(
        (qid for _, qid in matcher.scores(first)[:1]), None)}  # an unsure read's best guess
    torn: dict[str, str | None] = {}  # ...when it is torn between two close, likely ones
    for before, other in zip([first, *others], others, strict=False):
        flags = wording_flags(other)
        if "job_ask" in flags:
            found[other] = "job_ask"
            continue
        candidate = matcher.match(_LIKE_OPENER.sub("", other), flags)  # "like what do new
        # nurses struggle with most": the question the "like" opens
        found[other] = candidate.question_id if candidate.confident else None
        near[other] = candidate.runner_up
        if candidate.alternative and candidate.score >= _TORN:  # "Which skill I need learn
            torn[other] = candidate.runner_up  # first?": a question of its own, torn between two
        if leans_on_context(other) == "points" or INDIRECT.match(other):
            # "… the take-home tests? How many hours should one spend on them?": what "them"
            # is was asked just before, so it is answered with it (alone: working hours)
            candidate = matcher.match(f"{before} {other}", flags)
            if INDIRECT.match(other):  # "…, and how involved they get": part of the one before
                found[other] = candidate.question_id if candidate.confident else None
        if match.confident and (leans_on_context(other) == "little" and _IT.search(other) or (
                _SPLIT_OF_IT.search(other) or _PART_OF_IT.match(other))):  # "… how much of
            # it is management?", "…the jump, and what was the hardest part?"; "how
            found[other] = match.question_id  # does your team work with finance, and where
            continue  # does it get tricky?": part of the question before, saying little alone
        if not match.confident and leans_on_context(other) and _IT.search(other):
            continue  # "How would you explain a 6 year gap …, and does it bother hiring
            # managers?": what "it" is, the first asks; read alone it is another question
        if topic_before and leans_on_context(other):  # "I am most concerned about classroom
            continue  # management. What approaches worked…, and what would you do differently?"
        if candidate.confident and (not match.confident or (
                candidate.score > match.score and not follows_up(other)
                and not only_options(other))):  # "head of brand…?" names where, not what
            match, reading = candidate, dataclasses.replace(reading, question=other)
    reading, match = _names_first(matcher, reading, match, found)
    match = _when_unsure(matcher, reading, match)
    if others and ASKS_MEANING.match(first):  # "what do u mean after two years? two years
        reading = dataclasses.replace(  # of what?": one request to say it again
            reading, flags=[f for f in reading.flags if f != "multiple"])
    if others and "multiple" in reading.flags:
        # "What's a shift like? Like, from when you walk in?", "How did you get into FP&A? Did
        # you start in audit too?" (a yes/no about the past): one question, not several.
        order = [first, *others]
        after = order[order.index(reading.question) + 1:]
        # "how did u get hired? like what did the application look like": the one answered
        # narrows the one before it, so they are one question.
        before = order[order.index(reading.question) - 1] if order[0] != reading.question \
            and narrows(reading.question) else None
        # "I'd love to understand how much of your time goes to customers versus engineers",
        # after "what does your week look like?": its nearest guess is the one answered
        asked = [q for q in order if q == reading.question or not (clarifies(
            q, found[q] or torn.get(q) or (match.question_id if near.get(q) == match.question_id
                                           else None),
            match.question_id) or (q in after and follows_up(q) == "past")
            or q == before or _restates(q, reading.question)
            # "what does a PM actually do all day? What does a typical day look like for
            # you?": both the one question, put twice (the first, read alone: "How does
            # someone like me get certified…? Are there alternative routes?")
            or (match.confident and (found.get(q) == match.question_id or q == first and (
                matcher.match(q, reading.flags).question_id == match.question_id))))]
        flags = reading.flags if len(asked) > 1 else [f for f in reading.flags
                                                     if f != "multiple"]
        reading = dataclasses.replace(reading, questions=asked, flags=flags)
    return reading, match


_WHAT_ABOUT = re.compile(r"(?:^|[.!?]\s+)\W*(?:(?:and|but|so|ok|okay)\s+)?(?:what|how)\s+about\s+"
                         r"[^.?!]{1,40}[.?!]*\s*$", re.IGNORECASE)
"""A topic named just before the question ("What about the MBA specifically?"): what its
"it" is."""
_OR_ELSE = re.compile(r",?\s+or\s+(?:would|could|should|will|can|might|is|are|does|do)\s+\w",
                      re.IGNORECASE)
"""Where the other option of an either-or question begins ("…, or would a portfolio do?")."""


def _first_option(matcher: Matcher, reading: Reading, match: Match) -> Match:
    """"Is a master's necessary for someone making this transition, or would the CPA plus a
    portfolio be sufficient?": unsure as a whole, it asks first of all about what the first
    option names, which it says in full; the other is what the user hopes will do instead."""
    split = _OR_ELSE.search(reading.question)
    other = reading.question[split.end() - 1:] if split else ""
    if split and match.confident and _ONLY_NOT.match(other):  # "would my museum workshops
        # count as teaching experience, or do schools not take it seriously?": yes or no to
        # the first, said twice
        first = matcher.match(reading.question[:split.start()], reading.flags)
        return first if first.confident and first.score > match.score else match
    if not split or match.confident and not _ENOUGH.search(other):
        return match  # sure, and no other option offered as enough instead: nothing to weigh
    first = matcher.match(reading.question[:split.start()], reading.flags)
    if match.confident:  # "Do I really need an MBA, or would a shorter course be sufficient?":
        # the other option, offered as enough instead, is no question of its own
        return first if first.confident and first.question_id != match.question_id else match
    if first.question_id is None or (first.score < SURE and not (  # the whole torn between
            first.confident and first.question_id == match.runner_up)):  # the first's and one
        return match  # the second option pulls towards: "…in the north, or is it remote roles?"
    other = reading.question[split.end() - 1:]
    own, shared = matcher.shared_terms(other, first.question_id)
    # "…, or is there a real IC track for designers?": the other option names a topic of
    # its own, which the bank may not cover; one offered instead ("would X be enough?") is
    # what the answer on the first weighs it against
    # (a place set against the first's is no topic of its own: "or is it mostly London?")
    return match if len(own - shared - PLACE_TERMS) >= _OWN_TOPIC and not _ENOUGH.search(
        other) else first


_ONLY_NOT = re.compile(r"\W*(?:\w+\s+){1,3}?(?:not|n't|never)\b|\W*(?:\w+\s+){1,3}?no\s+"
                       r"(?:one|longer)\b", re.IGNORECASE)
"""The other option as the first's no ("…, or do schools not take it seriously?")."""
_ENOUGH = re.compile(r"\b(?:enough|sufficient|suffice|do(?:\s+it|\s+the\s+trick)?|cut\s+it|"
                     r"be\s+fine|count|work)\W*$", re.IGNORECASE)
"""The other option offered as a substitute for the first: "or would a portfolio do?"."""


def _when_unsure(matcher: Matcher, reading: Reading, match: Match) -> Match:
    """The reading of the answered question once its parts are weighed: the message whole
    after a label, the first option of an either-or, a background asked about, a day for a
    newcomer."""
    label = re.split(r"(?<=[.!?])\s+", reading.context.strip())[-1]  # "my fault lol. so the
    # portfolio part, can I use warehouse data or nah": the label is the clause before it
    if not match.confident and 0 < len(_LEAD_WORDS.sub("", label).split()) <= _LABEL_WORDS and (
            terms_of(normalise(label))):  # a label names a topic: "honestly," names none
        # "tools wise - hubspot, salesforce, GA4? which ones actually matter": no part says
        # it alone, the message as a whole does
        whole = matcher.match(" ".join((label, *reading.questions[:MAX_QUESTIONS])),
                              reading.flags)
        if whole.confident or whole.score > match.score:  # unsure, its guesses are the better
            match = whole
    match = _first_option(matcher, reading, match)
    if not match.confident and _CARRIES_OVER.search(reading.question) and (
            ASSESS in matcher.question_ids):  # "…would that sort of experience transfer to an
        match = Match(ASSESS, match.score, True, match.runner_up)  # admin role in the NHS?"
    if not match.confident and _MY_MOVE.search(reading.question) and len(terms_of(normalise(
            _MY_MOVE.sub(" ", reading.question)))) <= 1 and tells_background(
            reading.context) and ASSESS in matcher.question_ids:
        # "I'm a lawyer in Delhi and want to do policy work. How do I transition?": the move
        # is named before, so the question is what it asks of someone with that background
        match = Match(ASSESS, match.score, True, match.runner_up)
    if (match.question_id in (_TYPICAL_DAY, _HOURS) or not match.confident) and (
            _FOR_A_NEWCOMER.search(reading.question)) and _FIRST_MONTHS in matcher.question_ids:
        # "a typical shift for a new nurse on your unit", "a normal Monday to Friday for one
        # of your analysts":
        match = Match(_FIRST_MONTHS, match.score, True, _TYPICAL_DAY)  # not the manager's own
    return match


def _names_first(matcher: Matcher, reading: Reading, match: Match,
                 found: dict[str, str | None]) -> tuple[Reading, Match]:
    """"is there anyone you'd suggest …, and would you mind if I mentioned your name?": the
    names first, or "I'll mention you to Joanna" names someone never introduced."""
    named = next((q for q, found_id in found.items() if found_id == _WHO_ELSE or (
        found_id is None and REFERRAL.search(q))), None)
    if match.question_id != _USE_NAME or not named or _WHO_ELSE not in matcher.question_ids:
        return reading, match
    return (dataclasses.replace(reading, question=named),
            Match(_WHO_ELSE, match.score, True, _USE_NAME))


_RESTATED = 0.75
"""Share of a later question's own words the answered one already says: the same question."""


def _restates(later: str, answered: str) -> bool:
    """"… what would you want to see as proof I can do the job? … what wd u want to see from
    someone like me": the same question put again in other words, not a second one."""
    words = {w for w in normalise(later).split() if w not in _FUNCTION_WORDS}
    said = set(normalise(answered).split())
    return len(words) >= 2 and len(words & said) / len(words) >= _RESTATED


_FUNCTION_WORDS = frozenset(re.findall(r"\w+", """
    what which how who when where why do does did would wd could can should will you your u ur
    yours i me my we our the a an to from for of in on at is are was were be it that this like
    someone somebody people person really actually"""))
"""Words any question has, which say nothing of what it asks."""

