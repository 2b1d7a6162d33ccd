"""How much a question leans on what came before it.

"Is that normal?" after a sentence of context asks about the context; "which would you
recommend?" says too little alone; "scared AI will take the content jobs, is that happening at
your company?" points at its own first clause. The contact answers the question with what
it leans on (bot/features/practice/several.py). A further question may only narrow the one
before it ("like, what did the application look like?"), which makes them one question.
"""

from __future__ import annotations

import re

from bot.features.practice.terms import normalise, terms_of

__all__ = ["CLAUSE_BREAK", "EITHER_TAIL", "clarifies", "follows_up", "leans_on_context", "narrows",
           "only_options", "points_within"]

CLAUSE_BREAK = re.compile(r",|;|:|\s[-\u2013\u2014]+\s")
"""Where one clause of a sentence ends and the next begins."""


_REFERS_BACK = re.compile(
    r"(?<!think )(?<!say )(?<!feel )(?<!mean )(?<!know )(?<!hear )(?<!true )"
    r"(?:(?<!before )(?<!into )\bthis\b|"  # "what did you do before this?": this job
    r"(?<!day\s)(?<!year\s)(?<!week\s)(?<!level\s)(?<!number\s)(?<!\bno\s)"  # "on day one"
    r"\b(?:that|those|these(?!\s+days\b)|each|either|both|one|such|"
    r"(?<!are\s)(?<!\br\s)(?<!\bis\s)(?<!were\s)(?<!was\s)(?<!\bbe\s)there)\b)"  # not "are there"
    r"(?!\s+(?:of\s+)?(?:you|your|u|i|i'?m|i'?ve|i'?d|i'?ll|we|they|he|she|field|job|role|work|line|industry|sector|career|area|"
    r"profession|company|team|kind|sort|type|is|are|was|were|any|anyone|anything|last|more|"
    r"final|thing|question|day|year)\b)"
    r"|\b(?:use|do|make|show|explain|handle|get|call|count|try|put|treat)\s+(?:it|them)\b"
    # "Which of the two should I learn first?": the two were named before
    r"|\bof\s+the\s+(?:two|2|three|3)\b(?!\s+(?:years?|months?|weeks?|days?|hours?)\b)"
    # "burnout seems really common - how do you deal with it?": what is dealt with was said
    r"|\b(?:deal|cope|live|manage|get\s+on|put\s+up)\s+with\s+(?:it|them)\b|\b(?:avoid|prevent|"
    r"stop|tackle|handle|manage|survive|balance|juggle|spot|fix)\s+(?:it|them)\b"
    # "theres a career fair in 2 weeks, is it worth going?": what "it" is was said before
    r"|\b(?:is|was)\s+it\s+(?:even\s+|really\s+|actually\s+)?worth\s+(?:going(?!\s+(?:back|into|in\s+to|through|to|for)\b)|attending|doing|"
    r"joining|signing\s+up|the\s+(?:time|money|trip))\b"
    # "… a PM course or certification. u think is worth the money?": the "it" a second
    # language drops, pointing back all the same
    r"|(?:^\W*|\b(?:think|reckon|thk|guess)\s+)(?:is|its)\s+(?:really\s+|even\s+|actually\s+)?"
    r"worth\s+(?:the\s+(?:money|time|cost|price|effort)|it|doing|paying)\b"
    # "everyone says get the PMP. do i actually need it?": what is needed was said before
    r"|\b(?:need|needs|needed)\s+(?:it|them)\b|\b(?:without|w/o|w/out)\s+(?:it|them)\b"
    # "…not a target university. Do you think that will hurt my chances?": "that" is what was
    # just told, not the "think that" of a clause to come
    r"|\b(?:think|say|reckon|feel)\s+(?:that|this|it)\s+(?:will|would|could|might|is\s+going\s+to|"
    r"is\s+gonna)\s+(?:hurt|hold\s+me\s+back|count|help|matter|affect|harm|hinder|damage|kill|be\s+"
    r"an?\s+(?:problem|issue|barrier|dealbreaker|red\s+flag))\b"
    # "a gap like mine, and is there anything I should do about it before I apply?"
    r"|\b(?:do|done|doing)\s+about\s+(?:it|them)\b"
    # "the CSPO. Did you do any, and do hiring managers look at them?": what was just named
    r"|\b(?:look(?:s|ed|ing)?|glance)\s+at\s+(?:it|them)\b|\b(?:at|about|for|with|into|of|on|to)\s+"
    r"them\W*$|\b(?:hardest|toughest|best|worst|easiest|scariest)\s+(?:part\s+)?(?:about|of)\s+"
    r"(?:it|that)\W*$|\b(?:do|did|have|take|took|get|got)\s+any\s*(?:[,?]|$|\s+(?:and|or)\b)"
    # "how long did it take u to learn it", "how many hours should one spend on them?"
    r"|\b(?:learn|learnt|learned|study|studied|master|pick\s+up|practi[cs]e)\s+(?:it|them)\b"
    r"|\b(?:spend|spent|use|used|put|invest|take|took)\s+on\s+(?:it|them)\b"
    # "u need a portfolio?? what would i even put in it": what it holds was named before
    r"|\b(?:put|include|have|show|goes?|going)\s+(?:in|into|on)\s+(?:it|them|one)\b"
    r"|^\W*(?:\w+\s+){0,2}?(?:do|does|are|r|were|would|will|can|could|should|did)\s+they\b"
    r"|^\W*(?:\w+\s+){0,4}?[\w\s]{0,30},\s*(?:are|r|do)\s+(?:they|those|these)\b"
    # "I did the Google UX certificate. does it matter for recruiters?": "it" is the thing told
    r"|^\W*(?:\w+\s+){0,2}?(?:does|did|will|would|is|was)\s+it\s+(?:really\s+|actually\s+)?"
    r"(?:matter|count|help|worth(?=\s+it\b|\s+the\s+(?:money|cost|time|price)\b|\W*$)|make\s+a\s+difference|pay\s+off)\b"
    # "everyone says do a bootcamp … was YOURS worth the money?": theirs of the thing told
    r"|^\W*(?:\w+\s+){0,2}?(?:was|were|is|did|how\s+was|how\s+did|would)\s+(?:yours|urs)\b"
    r"|\bcares?\s+about\s+it\b"  # not "is it worth building something for electricians"
    r"|\b(?:the|any|a|real|big|main|actual)\s+(?:[\w-]+\s+){0,3}?difference"
    r"(?:\s+(?:then|here|really|tho|though))?\W*$",
    re.IGNORECASE,
)


_LABELLED = re.compile(r"^\W*[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*)?\s+-\s+\S", re.IGNORECASE)
"""A question after the topic it is about, named before a dash."""


def points_within(question: str) -> bool:
    """Whether what a question points at is told in its own earlier clause: "scared ai will
    take the content jobs, is that happening at ur company?"."""
    if _LABELLED.match(question):  # "portfolio - if i was gonna build one …"
        return True
    pointer = next(reversed(list(_REFERS_BACK.finditer(question))), None)
    told = CLAUSE_BREAK.split(question[:pointer.start()]) if pointer else []
    return len(told) > 1 and len(terms_of(normalise(" ".join(told[:-1])))) >= 3


LIKE_ME = (r"\b(?:in|from)\s+my\s+(?:shoes|position|situation|spot|place|case|boat)\b"
           r"|\bif\s+(?:you|u)\s+(?:were|was)\s+me\b|\b(?:someone|somebody|some1|people|ppl|folks|"
           r"person|anyone|any1|candidates|grads)\s+like\s+(?:me|myself)\b")
"""The user as the case asked about ("someone like me", "in my shoes")."""
_MY_SITUATION = re.compile(
    LIKE_ME + r"|\bwhat\s+am\s+i\s+(?:doing|getting)\s+wrong\b|\bthink\s+about\s+it\b",
    re.IGNORECASE,
)
"""The user's own situation ("what would you do in my shoes?"), told in the sentences before."""


_FEW_WORDS = 5  # "which would you pick?" says too little alone; "what does your week look like?"


INDIRECT = re.compile(r"\W*(?:and\s+|or\s+)?(?:how(?:\s+(?!do\b|does\b|did\b|is\b|are\b|can\b|"
                       r"would\b|should\b|will\b|could\b)\w+)?|what|which|who|where|when|why)\s+"
                       r"(?:they|you|u|he|she|we|it|people|someone|one)\s+(?!(?:do|does|did|is|are|"
                       r"was|were|can|could|should|would|will|have|has|had)\b)\w+", re.IGNORECASE)
"""A question word opening a clause, not a question ("how involved they get"): no inversion."""


def leans_on_context(question: str) -> str:
    """How much a question sentence needs what came before it: "points" back ("is that
    normal?", "can I use it as a case study?"), says too "little" of its own ("which would you
    recommend?", "how did you decide?"), or "" (it stands alone)."""
    if _REFERS_BACK.search(question):
        return "points"
    if _MY_SITUATION.search(question):  # unless it says what it is about ("... to land a job")
        rest = normalise(_MY_SITUATION.sub(" ", question))
        return "points" if len(rest.split()) <= _FEW_WORDS else ""
    if _VAGUE_HEAD.match(question):  # "What approaches worked for you?": approaches to what
        return "little"
    plain = normalise(question)
    return "little" if len(terms_of(plain)) <= 1 and len(plain.split()) <= _FEW_WORDS else ""


_VAGUE_HEAD = re.compile(
    r"\W*(?:so\s+|and\s+)?(?:what|which)\s+(?:\w+\s+)?(?:approaches|strategies|ways|tips|methods|"
    r"techniques|habits|tricks)\s+(?:worked|helped|work|help|did|do|would|have|has|were)\b",
    re.IGNORECASE)
"""A question whose head says nothing of its topic, which the sentence before it names."""


_CLARIFIER = re.compile(r"\W*(?:like|i\s+mean|as\s+in|maybe|perhaps|ideally|especially|"
                        r"preferably|e\.?g\.?|say|i\s+(?:read|heard|saw|think|thought|was\s+told)|"
                        r"(?:is|was)\s+(?:that|it)\s+(?:real|true|right)|(?:and\s+)?(?:is|was)\s+(?:that|it)\s+"
                        r"(?:really|actually|honestly)|i'?m\s+curious|im\s+curious|i\s+am\s+curious|"
                        r"i\s+(?:wonder|was\s+wondering)|(?:it\s+)?(?:would|'d)\s+"
                        r"be\s+(?:good|great|nice|useful|interesting)\s+to\s+(?:hear|know))\b",
                        re.IGNORECASE)
_SOMEONE = re.compile(r"\b(?:anyone|anybody|someone|somebody|people|colleagues?)\b", re.IGNORECASE)
_CLARIFIER_WORDS = 8
ASKS_MEANING = re.compile(r"^\W*(?:\w+\W+){0,3}?what\s+(?:do|did)\s+(?:you|u)\s+mean\b",
                          re.IGNORECASE)
"""A message that opens by asking what the contact meant: what follows spells it out."""
_FOLLOW_UP = re.compile(r"\W*(?:and\s+|or\s+|so\s+)?(?:(?P<past>did|were|was|had)|do|does|are|"
                        r"is|have)\s+(?:you|it|that|they)\b", re.IGNORECASE)


def follows_up(question: str) -> str:
    """Whether a further question is a yes/no one that leans on the one before it ("How did
    you end up in software? Did you study CS?"): the first says what the user wants to know,
    so a stronger match for the follow-up does not take its place. "past" when it asks about
    the past, which only narrows the story asked for; "yes" otherwise; "" when it is not."""
    follow = _FOLLOW_UP.match(question)
    if not follow and _MINE_BACK.match(question) and len(question.split()) <= _FOLLOW_WORDS:
        return "yes"  # "When does recruiting open, and have I already missed it this year?"
    return "" if not follow else "past" if follow["past"] else "yes"


_MINE_BACK = re.compile(r"\W*(?:and\s+|or\s+|so\s+)?(?:have|am|do|did|can|could|should|will|"
                        r"would)\s+i\b[^?]*?\b(?:it|that|this|them)\b", re.IGNORECASE)
"""A yes/no about the user that points back at what was just asked ("have I missed it?")."""
_FOLLOW_WORDS = 9


EITHER_TAIL = re.compile(
    r"\W*(?:and\s+|so\s+)?(?:is|was|are|were)\s+(?:it|that|they)\s+(?:(?:more|mostly|mainly|largely|"
    r"usually|all|just)\b[^?]*\bor\b|(?:an?\s+|the\s+)?[\w\s,&/-]{1,40}?\bor\s+(?:an?\s+|the\s+)?"
    r"[\w&/-]+(?:\s+[\w&/-]+)?\W*$"
    # "is it a whiteboard challenge thing or more like presenting ur portfolio to a panel"
    r"|(?:an?\s+|the\s+)?[\w\s,&/-]{1,40}?\bor\s+(?:more|mostly|rather|just)\s+(?:like\s+)?"
    r"(?!(?:should|would|could|can|do|does|is|are|will)\b)[\w&/-]+(?:\s+[\w&/-]+){0,6}\W*$)"
    # "what level would I come in at? would it be programme officer, or could I aim for
    # programme manager?" (not "would it be better to do a master's or a bootcamp?")
    r"|\W*(?:and\s+|so\s+)?(?:would|will|could|might)\s+(?:it|that|they|i|this)\s+be\s+(?!(?:"
    r"better|worth|easier|harder|smarter|wiser|best|possible|ok|okay|fine|realistic|wise)\b)"
    r"[^?.!]{1,40}?\bor\b[^?.!]{1,60}[?.!]*\s*$", re.IGNORECASE)
""""… is it more writing or more numbers?", "was it a pharmacist, nurse or IT person?": the
options of the question before it (not "is that something you wanted or did it just
happen?", a question of its own)."""


_OPTIONS_ONLY = re.compile(
    r"\W*(?!(?:what|how|why|where|when|which|who|whom|whose|is|are|am|do|does|did|can|could|"
    r"should|would|will|was|were|have|has|had|may|might|must|shall|any|anything|anyone|so|and|"
    r"but|if|i|you|u)\b)[^?.!]*,[^?.!]*\bor\b[^?.!]*[?.!]*$", re.IGNORECASE)
"""Only the options of the question before it: "Internal move from sales, agency, or
straight in as an associate?" (a list, with no question words of its own)."""
_LIST_ONLY = re.compile(
    r"\W*(?!(?:what|how|why|where|when|which|who|whom|whose|is|are|am|do|does|did|can|could|"
    r"should|would|will|was|were|have|has|had|may|might|must|shall|i|you|u)\b)"
    r"(?:[^?.!,\u2026]+,\s*)+[^?.!,\u2026]+?(?:\s*(?:\.\.\.|\u2026|etc\.?))?[?.!]*$", re.IGNORECASE)
_OPTION_WORDS = 4


_WEIGHING = re.compile(r"\W*(?:(?:so|and|like)\s+)?(?:i'?m|im|i\s+am|i\s+was)\s+"
                       r"(?:mostly\s+|mainly\s+)?(?:thinking(?:\s+(?:of|about))?|picturing|"
                       r"considering|looking\s+at|weighing(?:\s+up)?|torn\s+between|deciding\s+"
                       r"between)\s+[^?]*\b(?:vs|versus|or)\b[^?]*$", re.IGNORECASE)
"""Options said, not asked, after a question: "I'm thinking regulatory policy vs program
evaluation vs legislative drafting." narrows the question before it."""


def only_options(question: str) -> bool:
    """Whether a "question" is only a list of options for the one before it ("where do
    people go after? social media manager, head of brand…?"): short parts, no question words."""
    if _OPTIONS_ONLY.match(question) or _WEIGHING.match(question):
        return True
    return bool(_LIST_ONLY.match(question)) and all(
        len(part.split()) <= _OPTION_WORDS for part in re.split(r",|\bor\b", question))


def narrows(question: str) -> bool:
    """Whether a question only narrows the one before it: "like, what did the application
    look like?", "is it more writing or more numbers?"."""
    return bool(_CLARIFIER.match(question) or EITHER_TAIL.match(question))


_EITHER_OR_WORDS = 12
"""An either/or about "it" this short narrows the question before; a longer one asks more,
unless it only weighs what the user should do ("should I mention it briefly or wait…")."""
_CHOOSES_HOW = re.compile(r"\W*(?:(?:and|so|or)\s+)?(?:should|do|would|could|can)\s+i\b"
                          r"|\W*is\s+it\s+better\b", re.IGNORECASE)


def clarifies(question: str, found: str | None, answered: str | None) -> bool:
    """Whether a further question of a message only narrows the one answered: it reaches
    the same bank question, opens like one ("Like, if I qualified ...") or offers its
    options ("is it more writing or more numbers?"), or reaches none and is short ("Was it
    straight from school?")."""
    if (found == answered and found is not None) or narrows(question):
        return True
    if found is None and re.search(r"\bor\b", question, re.IGNORECASE) and re.search(
            r"\b(?:it|that|them|this|those)\b", question, re.IGNORECASE) and (len(
            question.split()) <= _EITHER_OR_WORDS or _CHOOSES_HOW.match(question)):
        # "how do I use my 8 years in hospitality? do I hide it or lean into it?"; not "how do
        # the retirement benefits compare, is it a 401k or a pension or what", a topic of its own
        return True
    if found is None and only_options(question):
        return True  # "what's the most common route in? internal move, agency, or straight in?"
    if answered == "who-else" and _SOMEONE.search(question):
        return True  # "who else should I talk to? is there anyone who came from finance?"
    main = re.split(r",?\s+(?:since|because|cos|bc|as)\s+(?=that|it|this)", question)[0]
    if found is None and leans_on_context(main) == "points":
        # "what do you mean by 'need us less'? how would you even measure that?"; not "is it
        # worth building something for electricians, since that's the world I know?"
        return True
    return found is None and len(question.split()) <= _CLARIFIER_WORDS and not _FEELS.search(
        question) and not _OWN_ASK.match(question)  # "…, and is there anything you miss about
    # retail?", "…, and do i need to be on tiktok myself?": a second question


_OWN_ASK = re.compile(r"\W*(?:(?:and|also|so|plus)\s+)?(?:(?:when|where|how|what|which|why)\s+"
                      r"(?:\w+\s+)?)?(?:do|does|should|shall|can|could|would|will|must|am)\s+i\b"
                      r"(?!.*\b(?:it|that|this|them|those|these|one|so|same|similar|likewise|(?:to|"
                      r"do|be)\s+(?:as\s+well|too))\b)", re.IGNORECASE)
"""A short question of the user's own ("do I need to be on TikTok myself?", "When should I
start applying?") that points at nothing before it: it asks something new."""
_FEELS = re.compile(r"\b(?:you|u)\s+(?:ever\s+)?(?:miss|regret|wish|hate|love|enjoy)\b|\b(?:drove|"
                    r"drives|drive|driven)\s+(?:you|u)\s+(?:mad|crazy|nuts|up\s+the\s+wall)\b|\b(?:annoy|"
                    r"frustrat|irritat|surpris)\w*\s+(?:you|u)\b", re.IGNORECASE)
