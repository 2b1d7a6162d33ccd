"""Whether a sentence asks something, read from its wording alone.

Phones drop the "?", so a question is known by how it opens ("what", "do you", "any tips"),
by a question inside a longer sentence ("if you could go back, what would you …"), or by a
clause that asks after one that tells ("im 40, am i wasting my time"). A subjectless
statement that opens like one ("was production supervisor, 40 ppl on my shift") tells.
"""

from __future__ import annotations

import re

from bot.features.practice import telling
from bot.features.practice.cues import GOODBYE, THANKS
from bot.features.practice.leaning import CLAUSE_BREAK as _CLAUSE_BREAK
from bot.features.questions.habits import AUX, WH

__all__ = ["CLAUSE_ASKS", "ELABORATES", "EMBEDDED", "LEAD_INS", "QUESTION_START", "TELLS_ON",
           "TELLS_WHICH", "asks", "narrows", "reacts", "sentences", "takes_up", "tells_then_asks",
           "with_i"]

_AUX = rf"(?:{AUX}|any|anyone|anybody|anything)"  # "any tips?" opens a question too
LEAD_INS = (
    r"(?:so|and|but|ok|okay|well|also|then|oh|ah+|right|hmm|um|actually|honestly|tbh|ngl|lol|"
    r"ha(?:ha)+|idk|btw|"
    r"hey|hi|sorry|genuinely|seriously|real\s+talk|random(?:\s+(?:question|q|one|thing))?|quick\s+(?:question|q)|out\s+of\s+(?:interest|"
    r"curiosity)|be\s+honest|if\s+you\s+don'?t\s+mind(?:\s+me\s+asking)?|looking\s+back|"
    # "if its not weird to ask what do junior devs make": asking leave, then the question
    r"if\s+(?:it'?s|its|it\s+is|that'?s|thats)\s+not\s+(?:too\s+|a\s+)?(?:weird|rude|personal|awkward|"
    r"cheeky|nosy|forward|much)(?:\s+(?:question|thing))?(?:\s+to\s+ask|\s+asking)?|"
    r"(?:first|next|another|quick|last|final|one)\s+q(?:uestion|n)?|qq|quick\s+(?:question|one)|"
    r"one\s+more(?:\s+thing)?|last\s+one|(?:one\s+)?(?:last|final)\s+(?:thing|"
    r"question)|in\s+your\s+view|my\s+(?:first\s+|next\s+|main\s+|real\s+)?question\s+is|"
    r"to\s+go\s+back|(?:to\s+return|returning|going\s+back|coming\s+back)\s+to\s+(?:my|the|your)\s+"
    r"(?:earlier|previous|first|last|other)\s+(?:question|point|one)|no|nope|neither(?:\s+really)?|"
    r"not\s+quite|i\s+mean|i\s+meant)")
"""What people say before a question ("tbh", "sorry, to go back a step:") that is not it."""
QUESTION_START = re.compile(
    rf"^\W*(?:{LEAD_INS}[\s,:-]+)*"
    rf"(?!how\s+far(?:\s+[a-z]+)?(?:\s*[,.!?]|\s*$))"  # "how far arjun,": hello (cues.GREETING)
    rf"(?:(?!what\s+(?:i|u|you)\s+(?:meant|mean|said|asked|wanted|was\s+(?:asking|saying))\b)"
    # "Which leads to my location question: …", "which is why I ask": a link, no question
    rf"(?!which\s+(?:(?:leads|brings|takes|gets)\s+(?:me\s+|us\s+)?(?:on\s+)?to|is\s+(?:why|"
    rf"where|how)|means)\b)"
    rf"{WH}\b|(?!(?:would|will|could)\s+be\s+(?:so\s+|really\s+|very\s+)?(?:good|great|nice|amazing|"
    rf"lovely|ideal|helpful|useful|brilliant|ace|cool|grand|class|fab|perfect)\b|have\s+(?:an?\s+)?"
    rf"(?:nice|good|great|lovely|wonderful|fab|brilliant)\s+(?:day|evening|weekend|night|one|"
    rf"afternoon|morning|week|rest)\b){_AUX}\s+[a-z']+\b"
    rf"|(?:tell|walk|talk|give)\s+me\b|(?:i\s+(?:was|am|'m)\s+)?(?:wondering|curious)\b"
    rf"|i'?d\s+(?:love|like)\s+to\s+(?:know|hear)\b|any\s+(?:advice|tips|thoughts|ideas)\b"
    rf"|if\s+i\s+(?:say|mention|use|tell|drop)\b)",  # "ok if i say you sent me?": leave asked
    re.IGNORECASE,
)
"""A sentence that asks something, with or without its "?" (phones drop them)."""

_SENTENCE_END = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\beg\.)(?<!\betc\.)(?<!\bvs\.)"
                           r"(?<!\bdr\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bst\.)(?<!\bapprox\.)"
                           r"(?<=[.!?])\s+|\n+|(?<=[a-z])\s+-\s+(?=[a-z])"
                           r"|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+\s*(?=[a-z])"
                           r"|(?:(?<=\blol)|(?<=\blmao)|(?<=\bhaha))\s+(?=(?:does|do|did|is|are|was|would|will|can|"
                           r"could|should|how|what|which|who|where|when|why)\s)", re.IGNORECASE)
"""Where a sentence ends: its mark, a new line, a spaced dash, an emoji typed as a full stop
("i meant like salary 😅 how much do entry level ppl make") or a "lol" before a question
("…make the schedules lol does any of that count?")."""


_DASHED_ASIDE = re.compile(
    r"\s+[-\u2013\u2014]\s+(?P<aside>(?![^-\u2013\u2014]*\b(?:scratch|actually|never\s+mind|nvm|wait|sorry|"
    r"no)\b)[^-\u2013\u2014.?!]{2,60}?)\s+[-\u2013\u2014]\s+(?=(?!(?:what|how|who|why|when|where|which|do|"
    r"does|did|is|are|can|could|would|should|will|so|but|anyway)\b)[a-z])", re.IGNORECASE)
"""A pair of spaced dashes around a few words ("whether the big nationals - Oxfam, British Red
Cross - expect a CIPR qualification"): an aside inside one sentence, not three."""


def sentences(text: str) -> list[str]:
    text = _DASHED_ASIDE.sub(lambda m: f" ({m['aside']}) ", text)
    parts = [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip(" .,!;:-")]
    while len(parts) > 1 and parts[-2].endswith("?") and _AFTERTHOUGHT.fullmatch(parts[-1]):
        parts.pop()  # "and pay wise? roughly": the question, whatever trails it
    return parts


_AFTERTHOUGHT = re.compile(r"\W*(?:roughly|approx(?:imately)?|ballpark|give\s+or\s+take|more\s+"
                           r"or\s+less|just\s+(?:curious|wondering|asking)|out\s+of\s+curiosity|if\s+"
                           r"(?:you|u)\s+(?:don'?t|dont)\s+mind|no\s+pressure|(?:lol|haha+|lmao)+|tho|"
                           r"though|honestly|tbh|ish)\W*", re.IGNORECASE)
"""What trails a question ("…? roughly", "…? just curious"), and asks nothing more."""


EMBEDDED = re.compile(
    rf"\b{WH}\s+(?:would|do|does|did|is|are|should|could|can|will|have|has|was|were|shud|shld|"
    rf"wud|cud)\s+"
    rf"(?:you|u|i|it|they|people|someone|things|the|your|ur)\b",
    re.IGNORECASE,
)
"""A question inside a longer sentence ("if you could go back, what would you ...")."""
_IF_THEN = re.compile(
    r"\bif\s+(?:\S+\s+){2,}?(?<!\bi\s)(?<!\byou\s)(?<!\bu\s)(?<!\bwe\s)(?<!\bto\s)"
    r"(?:(?:would|will|could|should|can)\s+(?:that|it|this|they|you|u|she|he|we|there|i|"
    r"employers|people|anyone)|(?:is|are|does|did)\s+(?:that|it|this|there|they)|do\s+(?:they|"
    r"employers|people))\b",
    re.IGNORECASE)
"""A question after its condition, commas and "?" dropped: "if someone applied w just insta
stuff would that be a red flag", "if i take a job does it mess with my pension"."""
_LEAD_WORD = re.compile(rf"^\W*(?:(?:(?!(?:family|lovely|only|early|supply|reply|apply|july|italy|"
                        rf"silly|ugly|holy|friendly|lonely|lively)\b)[a-z]+ly|just|now|anyway|also|so|"
                        rf"and|but|ok|okay|oh|"
                        rf"um+|well)[\s,]+){{1,3}}(?:like[\s,]+)?(?={WH}\b)", re.IGNORECASE)
"""An adverb before a question ("roughly what does ... earn"); a noun before "who" or "what"
opens a statement ("Kids who knew the chemistry ...", "That's what got me reading")."""


_AS_ME = re.compile(r"\W*(?:(?:so|and|but|ok|okay|honestly)\W+)*(?:if\s+(?:you|u)\s+(?:were|was)\s+"
                    r"(?:me|in\s+my\s+shoes)|in\s+my\s+(?:shoes|position))[\s,]+", re.IGNORECASE)
"""The case put before the question ("if u were me, …")."""


TAG_ASKS = re.compile(rf"\b(?:or\s+(?:nah+|naw|nope|no|what)|yes\s+or\s+no)\W*$"
                      rf"|^\W*(?:{LEAD_INS}[\s,:-]+)*(?:you|u|ya)\s+ever\s+[a-z]+", re.IGNORECASE)
"""A question asked in phone style, its auxiliary or "?" dropped: "u ever miss agency life or
nah", "first thing fr do u need a degree or nah"."""


_SELF_TALK_AFTER = re.compile(r"[,;:\u2013\u2014-]\s*(?:(?:so|ok|okay|right|anyway)\W+)*"
                              r"(?:where\s+was\s+i|where\s+were\s+we)\W*$", re.IGNORECASE)
_SELF_TALK = re.compile(r"\W*(?:(?:so|ok|okay|right|um+|erm+|anyway)\W+)*(?:where\s+was\s+i|"
                        r"what\s+was\s+i\s+(?:saying|asking|going\s+to\s+(?:say|ask))|"
                        r"where\s+were\s+we)\W*$", re.IGNORECASE)


_PROMISE = (r"(?:will|shall|can|could|would|should)\s+(?:(?:def(?:initely)?|totally|certainly|"
            r"surely|also|then|defo|deffo)\s+)?(?:send|do|try|keep|let\s+(?:you|u)|follow\s+up|"
            r"update|share|email|message|reach\s+out|write|ping|drop\s+(?:you|u)|report\s+back|"
            r"get\s+back|be\s+in\s+touch|circle\s+back|look\s+into|look\s+out|definitely|def)\b")
_DONE = (r"(?:did\s+(?:a\s+few|a\s+couple|some|my|a\s+bit|loads|lots|a\s+lot)|had\s+to|"
         r"have\s+been\s+\w+ing|was\s+(?:able|told|asked|given|promoted|hired|responsible)|"
         # "was a chef for 12 yrs": a post held for a time ("was a degree needed for it?" asks)
         r"(?:was|been)\s+an?\s+(?:[\w-]+\s+){1,2}?(?:for|since)\s+(?:\d+|a\s+few|several|many|"
         r"over|about|nearly|almost)\s*(?:\w+\s+)?(?:years?|yrs?|months?))\b")
_DROPPED_I = re.compile(rf"(^|[.!]\s+)(?:(?:ok|okay|and|so|but|also|then|great|perfect|cool)"
                        rf"\W+)*(?=(?:{_PROMISE}|{_DONE})[^?.!]*(?:[.!]|$))(?P<first>\w)",
                        re.IGNORECASE)
"""A promise or a thing done with its "I" dropped ("will send the write up soon!", "did a few
of the google analytics videos", "Had to get 3 shift leads to agree on it"): the user saying
what they will do or have done, asking nothing ("will you send it?", "did a few of you start
in sales?" ask)."""


def with_i(text: str) -> str:
    """The text with a dropped "I" put back before a promise, so it reads as one: "Will send
    it over tonight." is "I will send it over tonight."."""
    return _DROPPED_I.sub(lambda m: m.group(0)[:-1] + "I " + m["first"].lower(), text)


_HOW_FAR = re.compile(r"\W*(?:(?:hi|hey|hello|oga|boss|sir|ma)\W+(?:[a-z]+\W+)?)?how\s+far"
                      r"(?:\s+[a-z]+)?[\s?!.,o]*", re.IGNORECASE)


_WH_TO_YOU = re.compile(r"\b(?:which(?:\s+one)?|what|how|where|why)\s+(?:would|do|did|should|"
                        r"could|can)\s+(?:u|you)\s+(?!know\b|think\b|say\b|call\b|mean\b)\w+",
                        re.IGNORECASE)


_ANSWER_FORM = re.compile(r"\b(?:just\s+|only\s+)?(?:an?\s+)?(?:quick\s+|simple\s+|straight\s+)?"
                          r"yes(?:\s+or\s+|\s*/\s*)no(?:\s+(?:answer|will\s+do|is\s+fine))?\W*$",
                          re.IGNORECASE)
"""How the user asks to be answered ("so just a yes or no:"), before the question itself."""


def asks(sentence: str) -> bool:
    """Whether a sentence asks something: a "?", a question's opening, possibly after one
    word ("roughly what does ... earn") or a clause ("from what you've heard, where ...")."""
    if GOODBYE.search(sentence) and "?" not in sentence:
        return False  # "have a great rest of your day!" wishes them well
    if _SELF_TALK.match(sentence) or "?" not in sentence and _SELF_TALK_AFTER.search(sentence):
        return False  # "Where was I..." after a dropped line asks the user themself, as does
        # "Sorry Daniel, my connection dropped for a moment — where were we."
    if telling.WERE_FOR_WE_ARE.match(sentence) and "?" not in sentence:
        return False  # "were nearly at time, i dont wanna keep u!" is "we're", typed fast
    if telling.UNSURE.match(sentence) and "?" not in sentence:
        return False  # "idk where to even start w it and its lowkey scary" says how they feel
    if (telling.SAYS_WHAT.match(sentence) or telling.WAS_A_ROLE.match(sentence)) and (
            "?" not in sentence):
        return False  # "What's pulling me away is… the food bank", "what I want is …"
    if _HOW_FAR.fullmatch(sentence):
        return False  # "hi mei, how far?": Nigerian hello, however it is punctuated
    if _ANSWER_FORM.search(sentence) and "?" not in sentence and not QUESTION_START.search(
            _ANSWER_FORM.sub("", sentence)):
        return False  # "I know we're at time, so just a yes or no:" says how to answer
    if sentence.rstrip().endswith("?") or QUESTION_START.search(sentence):
        return True
    if _LEAD_WORD.search(sentence) and QUESTION_START.search(_LEAD_WORD.sub("", sentence)):
        return True
    if _AS_ME.match(sentence) and QUESTION_START.search(_AS_ME.sub("", sentence)):
        return True  # "if u were me whats the first thing u would do", with no "?"
    if TAG_ASKS.search(sentence) and len(sentence.split()) >= 4:
        return True
    if EMBEDDED.search(sentence) or _IF_THEN.search(sentence) or telling.INDIRECT_ASK.search(
            sentence):  # "I wonder whether …", with no "?"
        return True
    if telling.CHOICE.search(sentence) and not THANKS.search(sentence) and not (
            telling.TELLS_CHOICE.match(sentence) and not telling.OR_ASKS.search(sentence)) and not (
            sentence.rstrip().endswith(".") and (_I_AM_A.match(sentence) or (_I_DO.search(
                sentence) and not _WEIGHS.search(sentence)))):
        # "I'm a teacher looking at analytics vs data science." tells what they weigh up;
        # "what they needed vs …" tells, as does "as a lawyer I spend my time figuring out
        # what clients need versus what they ask for."
        return True  # "thanks, the in-house vs agency stuff really helped" chooses nothing
    if _WH_TO_YOU.search(sentence) and not sentence.rstrip().endswith("."):
        return True  # "…between an internship and a side project which one would u weigh more"
    clauses = _CLAUSE_BREAK.split(sentence)[1:]
    return any(CLAUSE_ASKS.match(c) and not telling.RELATIVE.match(c) and not TELLS_WHICH.match(c)
               and not telling.WHICH_IS.match(c) for c in clauses)


TELLS_WHICH = re.compile(r"\s*(?:which|whom)\s+(?:many|most|some|few|lots\s+of|a\s+lot\s+of|i|"
                          r"we|they|he|she|people|everyone|my|our|their)\s+(?!(?:would|should|do|"
                          r"does|did|can|could|will)\b)", re.IGNORECASE)
"""A relative clause with its own subject ("…through USAJobs, which many veterans take, or a
nonprofit"), not a question ("I'm a teacher, which route would you take", "between react and
vue, which takes priority")."""


_I_DO = re.compile(r"\b(?:i|we)\s+(?:spend|spent|work|worked|do|did|lead|led|manage|managed|deal|"
                   r"dealt|handle|handled|focus|focused|balance|split|juggle|weigh|compare|"
                   r"figure|help|helped|built|build|run|ran)\b", re.IGNORECASE)
_WEIGHS = re.compile(r"\b(?:wonder\w*|curious|torn|decid\w*|unsure|not\s+sure|which|better|"
                     r"between)\b", re.IGNORECASE)
"""Weighing a choice up ("I work in marketing and wonder about agency vs in-house."): asked."""
_I_AM_A = re.compile(r"\W*(?:so\s+)?(?:i'?m|im|i\s+am)\s+an?\s+\w+", re.IGNORECASE)
TELLS_ON = re.compile(r"\W*(?:and\s+)?(?:when|where|while|what|how|whether)\s+(?:i|we)\b", re.I)


CLAUSE_ASKS = re.compile(
    rf"\s*(?:(?:but|so)\s+)?(?:{WH}\b|(?:{AUX}|am)\s+(?:i|you|u|it|that|this|there|we|they|someone|people)\b"
    r"|do\s+(?:your|ur|schools?|employers?|companies|firms?|charities|hospitals?|people|recruiters|"
    r"they)\b"
    r"|(?:does|would|will|could|can|should)\s+(?:a|an|the|my|your|ur|schools?|employers?|"
    r"companies|firms?|charities|hospitals?)\b"
    # "i have 2 kids, is the schedule family friendly", "…, did principals treat u any diff"
    r"|(?:is|are)\s+the\s+(?!(?:reason|dream|goal|plan|thing|idea|hope|point)\b(?:\s+(?:why|i|im|"
    r"i'm|tbh|honestly|lol|haha)\b|\W*$))"  # not "…, is the reason im looking", "…, is the dream"
    # "…an enrolled nurse first, is starting as an assistant a smart move"
    r"|(?:is|would|will)\s+(?!(?:some|any|no|every)thing\b|(?:morning|evening|spring|ceiling|"
    r"during|king)\b)[a-z]{3,}ing\b"
    r"|(?:did|do|does|would|will|could|can|should)\s+(?:principals?|"
    r"(?:hiring\s+)?managers?|teachers?|nurses?|recruiters?|bosses|employers?|districts?|clients|"
    r"colleagues|co-?workers|students|parents|patients)\b)",
    re.IGNORECASE)
"""A clause that asks, after one that tells: "..., where do I start", "im 40, am i wasting
my time", "..., would a charity take me seriously": a question word, or an auxiliary before
its subject ("..., was a nightmare" and "..., did a 6 month bootcamp" tell)."""


_YES_NO = re.compile(r"\W*(?:do|does|is|are|can|will|would|should)\s+\w+", re.IGNORECASE)
_WH_START = re.compile(r"\W*(?:what|how|which|where|who)\b", re.IGNORECASE)


def narrows(text: str, before: str, sentence: str) -> bool:
    """A yes/no question after a dash that puts the open question before it to a case ("what's
    the best way to network into FP&A teams - do cold linkedin messages actually work?")."""
    return bool(_WH_START.match(before) and _YES_NO.match(sentence) and re.search(
        re.escape(before.strip()) + r"\s+-\s+" + re.escape(sentence.strip()[:12]), text))


ELABORATES = re.compile(
    r"\W*(?:(?:that|it|this)\s+)?(?:would|'?d|will)\s+be\s+(?:(?:really|so|very|super|soo+|"
    r"incredibly|hugely|genuinely)\s+)?(?:useful|helpful|great|good|nice|interesting|amazing|"
    r"brilliant|lovely|valuable|insightful|gr8|grt|cool|ace)\s+to\s+(?:hear|know|learn|understand|see|"
    r"talk|speak|chat|meet)\b",
    re.IGNORECASE)
"""Why a question is asked, said after it ("…? would be really useful to hear how they did
it"): no second question."""


_I_TELL = re.compile(r"^\W*(?:(?:so|and|but|well|ok|okay|hi|hey|hello)\W+)*"
                     r"(?:given\s+(?:that\s+)?)?(?:i|im|i'm|ive|i've|my|we|"
                     r"(?:(?:over\s+)?here\s+|where\s+i\s+live\s+|in\s+\w+\s+)?"
                     r"(?:there'?s|theres|there\s+(?:is|are)))\b", re.IGNORECASE)
"""A sentence that tells first: "i run the cafes insta, …", "over here theres a tafe diploma
first, is starting as an assistant a smart move?"."""


def tells_then_asks(sentence: str) -> list[str]:
    """ "so im a barista w a comms degree and i run the cafes insta, does that count as
    experience?": what they tell, then the clause that asks, as two sentences."""
    indirect = telling.INDIRECT_ASK.search(sentence)
    told = sentence[:indirect.start()].rstrip(" ,;:-\u2013\u2014") if indirect else ""
    if len(told.split()) >= _TOLD_FIRST and "?" not in told and not QUESTION_START.match(
            sentence) and _WHY_I_ASK.search(told):
        # "…, which is why I wanted to hear how you came to the work": the story, then the ask
        # (not "Here in Canada I am considering CPA Canada, and I would like to understand
        # whether my ACCA would be recognised", where the place is part of what is asked)
        told = _WHY_I_ASK.sub("", told)
        return [told.rstrip(" ,;:-\u2013\u2014") + ".", sentence[indirect.start():]]
    if not _I_TELL.match(sentence) or QUESTION_START.match(sentence):
        return [sentence]
    for cut in _CLAUSE_BREAK.finditer(sentence):
        rest = sentence[cut.end():]
        describes = telling.RELATIVE.match(rest) or TELLS_WHICH.match(rest) or (
            telling.WHICH_IS.match(rest))
        if describes and not sentence.rstrip().endswith("?"):
            continue  # "I was on about 32k, which wasn't exactly a fortune." tells, as does
            # "federal civil service through USAJobs, which many veterans take, or a nonprofit"
        if CLAUSE_ASKS.match(rest) and len(rest.split()) >= 3 and asks(rest.strip()):
            return [sentence[:cut.start()] + ".", rest.strip()]
    return [sentence]


_TOLD_FIRST = 6
_WHY_I_ASK = re.compile(r",?\s*(?:which\s+is\s+why|that'?s\s+why|that\s+is\s+why|and\s+so|hence|"
                        r"so)$", re.IGNORECASE)
"""How the story leads into the ask ("…, which is why I wanted to hear …")."""


_REACTION = re.compile(r"^\W*(?:(?:wait|oh|ooh|really|wow|omg|huh|seriously|ok|okay|so|and|yo|fr|"
                       r"for\s+real|no\s+way|deadass)\b"
                       r"|(?:\w+\s+)?(?:you|u)\s+(?!or\b)\w+)|\bthing\W*$", re.IGNORECASE)
_OR_WORD = re.compile(r"\b(?:or|vs|versus)\b", re.IGNORECASE)
"""A choice inside a few words ("remote or hybrid?"): a question, not a reaction."""
_SAID_TOO = re.compile(r"\b(?:you|u)\s+\w+(?:\s+\w+){0,5}\s+too\W*$", re.IGNORECASE)
"""The contact's own story said back in surprise ("omg wait u came from a bank too??")."""
_REACTION_WORDS = 6


def reacts(sentence: str) -> bool:
    """A few words before the real question that react ("wait u work w legal??", "oh u came
    from support?", "omg wait u came from a bank too??") or name its topic ("ok and the night
    shift thing?"); never a question of its own ("remote or hybrid?", "salary range?")."""
    words = len(re.findall(r"[A-Za-z0-9']+", sentence))
    return (words <= _REACTION_WORDS or words <= 2 * _REACTION_WORDS and bool(
        _SAID_TOO.search(sentence))) and not QUESTION_START.search(sentence) \
        and not EMBEDDED.search(sentence) and not _OR_WORD.search(sentence) \
        and bool(_REACTION.search(sentence))


_TAKES_UP = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|ah+|oh+|hmm+|mm+|right|great|perfect|wow|yes|yeah|copy|understood|noted|"
    r"got\s+it|fair\s+enough|merci|d'accord|thanks|thank\s+(?:you|u)|cheers|sorry|pardon|apologies|"
    r"haha+|lol|cool|nice|interesting|brilliant)\b[\s,.!;-]*)+$"
    r"|^\W*(?:(?:ok(?:ay)?|ah+|oh+|hmm+|right|great|yes|yeah|thanks|thank\s+(?:you|u)|sorry|pardon|"
    r"wow|so)\b[\s,.!;-]*)*(?:(?:that|this|it|which|that'?s|thats|it'?s|this\s+is|that\s+is|"
    r"those)\s+(?:[\w'-]+\s+){0,4}?(?:helpful|useful|clear|reassuring|interesting|great|fair|"
    r"encouraging|good\s+to\s+know|sense|eye-opening|brilliant|amazing|gold|perfect)\b|"
    r"(?:i\s+)?(?:had\s+to\s+step\s+away|lost\s+(?:my\s+|the\s+)?(?:connection|signal|wifi)|"
    r"(?:that|it|this)\s+sounds\b|no\s+worries\b|(?:totally|very|that'?s|thats)\s+fair\b|"
    r"here'?s\s+(?:a|my|another|the|one)\s+(?:\w+\s+)?(?:one|question)\b|(?:i'?m|i\s+am)\s+(?:conscious|mindful|aware)\s+of\s+(?:your|the)\s+"
    r"time|got\s+cut\s+off|was\s+(?:called|pulled)\s+away|(?:my\s+|the\s+)?(?:wifi|connection|signal|"
    r"internet|phone)\s+(?:died|dropped|cut\s+out|went)))", re.IGNORECASE)


def takes_up(sentence: str) -> bool:
    """A sentence that takes up the contact's last answer or the meeting itself ("Thank you,
    this is very clear.", "That one-line framing is helpful, I'll rework my projects.", "Sorry,
    I lost my connection"): conversation, not background to put after the question."""
    return bool(_TAKES_UP.search(sentence.strip()))
