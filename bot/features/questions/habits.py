"""How a user's question is phrased: the four habits the coach flags.

Asking the contact for a job, asking what a web search answers, yes/no questions, and
several questions in one message (domain.md §2-3). These are explicit rules about the
wording, independent of any bank, so /questions can flag a drafted question and /practice
can coach a typed one (and break ties between similar bank questions) with the same verdict.
"""

from __future__ import annotations

import re

__all__ = ["AUX", "WH", "analyse_question", "asks_for_a_job", "split_questions"]

WH = (r"(?:what|whats|what's|wat|wats|wut|wht|how|hows|how's|howd|how'd|why|where|when|which|"
      r"who|whom|whose|hw(?=\s+(?:do|did|does|long|much|many|is|are|was|can|could|would|wud|"
      r"cud|shud|should|r|u|to)\b))")
"""A question word, as typed on a phone too ("wat", "hows")."""
AUX = (r"(?:do|does|did|is|isn't|are|aren't|was|were|can|could|would|will|have|has|had|should"
       r"|shall|may|might|wud|cud|shud"
       r"|r(?=\s+(?!(?:is|and|or|studio|for|in|with|to|as|was|the\s+most|code|programming|"
       r"markdown|well|too|also|python|sql)\b)[a-z]))")
"""A verb that opens a yes/no question, as typed on a phone too ("r the hours better")."""


def split_questions(text: str) -> list[str]:
    """Split a message into its questions (on "?" and on "and what/how ..." joins)."""
    parts = [p.strip() for p in re.split(r"\?+", text) if p.strip(" .,!;:-\n\t")]
    out: list[str] = []
    for part in parts:
        # "the diff between what you do and what an analyst does": one question, two sides
        pieces = _JOIN.split(part)
        between = next((i for i, p in enumerate(pieces[:-1]) if re.search(
            r"\bbetween\b(?!.*\band\b)", p, re.IGNORECASE)), None)
        if between is not None:  # its "and" is the second side of the difference, not a question
            pieces[between:between + 2] = [f"{pieces[between]} and {pieces[between + 1]}"]
        pieces = [q for p in pieces for q in _spliced(p)]
        for i in range(len(pieces) - 1, 0, -1):  # "a pay cut…, and how big?": one question
            if _FRAGMENT.fullmatch(pieces[i]):
                pieces[i - 1:i + 1] = [f"{pieces[i - 1]}, and {pieces[i].strip()}"]
            elif _ELLIPSIS.match(pieces[i]) or (_OTHER_WHICH.match(pieces[i]) and re.match(
                    r"\W*(?:\w+\s+){0,3}?which\s+of\b", pieces[i - 1], re.IGNORECASE)) or (
                    _REST_OF_SET.match(pieces[i]) and re.match(r"\W*(?:\w+\s+){0,3}?which\s+\w+",
                                                           pieces[i - 1], re.IGNORECASE)):
                # "how much time is meetings with engineers and how much with customers", "which
                # of the skills transfer best, and which did you have to learn", "which tools do
                # I need before applying, and which can I pick up on the job": one question
                pieces[i - 1:i + 1] = [f"{pieces[i - 1]} and {pieces[i].strip()}"]
        out.extend(p.strip(" ,;") for p in pieces if len(p.split()) >= 2)
    return out


_FRAGMENT = re.compile(r"\W*(?:how\s+(?:big|much|many|long|often|bad|hard|soon|far|high|low|"
                       r"steep)|by\s+how\s+much)\W*", re.IGNORECASE)
"""A question of two words that only measures the one before it ("…, and how big?")."""


_ELLIPSIS = re.compile(r"\W*(?:how\s+(?:much|many|often|long)|what\s+(?:share|percentage|"
                       r"proportion|part))\s+(?:(?:time|of\s+it|of\s+your\s+\w+)\s+)?(?:with|on|in|"
                       r"for|at|to|about|is\s+with|goes\s+(?:on|to))\b[^?]{0,40}$", re.IGNORECASE)
"""A second half that borrows the first's verb ("… and how much with customers"): no
question of its own."""


_OTHER_WHICH = re.compile(r"\W*which\s+(?:ones?\s+)?(?:did|do|does|are|is|were|was|would|have|"
                          r"had|you|u|i|we)\b", re.IGNORECASE)
"""The other part of a set the question before named ("… and which did you have to learn")."""
_REST_OF_SET = re.compile(r"\W*which\s+(?:can|could|should|would|will|do|did|does|must)\s+"
                          r"(?:i|you|u|we|one)\b", re.IGNORECASE)
"""The same, with no "ones": "which can I pick up on the job" has no subject of its own."""


_SPLICE = re.compile(rf",\s*(?=(?:{WH})\s+(?:is|are|was|do|does|did|should|would|can|could)\s+\w+"
                     r"\s+\w+|(?:was|were|is|did)\s+(?:it|that|this|you)\s+\w+\s+\w+\s+or\b)",
                     re.IGNORECASE)
"""A comma before a second question: "…, what is the first thing…", "…, was it campus hiring
or lateral"."""
_OPENS_ASKING = re.compile(rf"\W*(?:{WH}|{AUX})\b", re.IGNORECASE)
_SETS_SCENE = re.compile(r"\W*(?:when|whenever|where|once)\s+(?:i|you|u|we|they|he|she|people|"
                         r"someone|my|your|ur|a|an|the)\b", re.IGNORECASE)
"""A clause that sets the scene for the question after its comma ("When I visit a school,
what should I look for…?", "when you hire juniors, what do you look for?"), not a question:
a question's "when" is followed by its verb ("when do applications open?")."""


def _spliced(part: str) -> list[str]:
    """ "How can I to start, what is the first thing I should learn": two questions joined by a
    comma, as people writing fast or in a second language do; one question otherwise."""
    cut = _SPLICE.search(part)
    if not cut or not _OPENS_ASKING.match(part) or len(part[:cut.start()].split()) < 3 or (
            _SETS_SCENE.match(part)):
        return [part]
    return [part[:cut.start()], part[cut.end():]]


# "…, and what…" joins two questions, and so does "…, and the part you'd get rid of"; "…, or
# did you…" is one either/or question.
_JOIN = re.compile(
    rf"(?:,|;|\s)\s*(?:and|also|(?<!\ba\s)(?<!\bbig\s)plus)\s+(?:also\s+)?"
    # "…, and roughly what proportion…", "…, and in your company who writes the tickets?"
    r"(?=(?:(?:roughly|realistically|generally|usually|typically|personally|then|honestly)\s+"
    r"|(?:in|at|on)\s+(?:your|ur)\s+(?:\w+\s+)?\w+\s*,?\s+)?"
    rf"(?:{WH}\b|{AUX}\s+(?:you|your|i|it|there|they|the|my|\d+)\b"
    rf"|{AUX}\s+(?-i:[A-Z][A-Za-z]*)\s+(?!and\b|or\b)\w)"  # "…, and has AI changed…"
    r"|the\s+(?:part|parts|bit|bits|thing|things|aspect|aspects|side)\s+(?:you|u)\b)",
    re.IGNORECASE,
)

_HOW_HIRING_WORKS = re.compile(
    r"\bhow\s+(?:does|do|did|would)\s+(?:the\s+)?(?:hiring|recruitment|recruiting|selection)\b"
    r"|\b(?:hiring|recruitment|selection|interview)\s+process\b|\bhow\s+(?:do|does|did)\s+"
    r"(?:you|your\s+\w+|they)\s+(?:hire|recruit)\b", re.IGNORECASE)
"""How hiring works ("how does hiring work for ops roles at your clinics?") is advice about
the process, not a request for one of those roles."""

_WHAT_IF_APPLIED = re.compile(
    r"\b(?:what|how)\b[^?]*\bstand\s+out\b(?![^?]*\b(?:refer|pass|put\s+in|word\s+for\s+me|"
    r"forward)\b)", re.IGNORECASE)
"""What would make someone stand out if they applied: advice, not a request for the opening."""

_JOBS_CHANGING = re.compile(
    r"\b(?:how|what|which|will|is|are|does|do)\b[^?]*\b(?:chang\w*|affect\w*|impact\w*|"
    r"replac\w*|reshap\w*|transform\w*|disrupt\w*|automat\w*|threat\w*|kill\w*|tak\w+\s+over)"
    r"\s+(?:\w+\s+){0,3}?(?:jobs?|roles?|positions?)\b", re.IGNORECASE)
"""What is happening to the jobs ("how is AI changing junior design jobs at your agency?"):
the field's trends, not a request for one of them."""

_HIRES_KIND = re.compile(
    r"\b(?:(?:still|ever|even)\s+hiring\s+(?:any\s+|many\s+)?(?=(?:juniors?|junior\s+\w+|graduates?|"
    r"grads?|new\s+grads?|freshers?|career\s+changers?|bootcamp\s+grads?|apprentices?|interns?|"
    r"entry[\s-]level\s+\w+)\b)|hiring\s+(?:people|anyone|someone)"
    r"\s+(?:without|with\s+no|from|like\s+me)\b|hiring\s+(?:older|mature)\s+\w+)"
    r"(?![^?]*\b(?:right\s+now|at\s+the\s+moment|currently|soon|rn|this\s+(?:month|year)|apply|"
    r"join)\b)", re.IGNORECASE)
"""Whether they hire a kind of person at all ("Is your company still hiring juniors, and has
AI changed what you expect from them?"): the market, asked of theirs, not an opening."""

_JOB_ASK_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:are|is)\s+(?:you|your\s+\w+|they|the\s+(?:team|company))\s+(?:\w+\s+)?hiring\b",
        # "is your team hiring right now" asks them; "are finance teams hiring right now" asks
        # about the market
        r"\b(?:you|your(?:\s+\w+)?|the\s+(?:team|company))\s+(?:are\s+|is\s+)?hiring\s+"
        r"(?:right\s+)?(?:now|at\s+the\s+moment|currently|soon|this\s+year)\b",
        r"\b(?:company|team|firm|place|organi[sz]ation|business)\s+you\s+work\s+(?:for|at|in)\s+"
        r"(?:\w+\s+)?hiring\b",
        r"\bany(?:\s+\w+)?\s+(?:jobs?|openings?|vacanc(?:y|ies)|positions?|roles?)\s+"
        r"(?:open\s+)?(?:at|on|in|with)\s+(?:your|the)\b",
        # "is research a separate job at your company?" asks how the work is split up
        r"(?<!separate )(?<!own )(?<!different )(?<!dedicated )(?<!distinct )(?<!whole )"
        r"(?<!specialist )(?<!standalone )(?<!full-time )(?<!proper )"
        r"\b(?:jobs?|openings?|vacanc(?:y|ies)|positions?|roles?)\s+(?:open\s+)?"
        r"(?:at|on|in|with)\s+your\b",
        r"\b(?:jobs?|openings?|vacanc(?:y|ies)|positions?|roles?)\s+for\s+me\b",
        r"\b(?:do|does)\s+(?:you|your\s+\w+)\s+have\s+(?:any\s+)?(?:jobs?|openings?|vacanc"
        r"(?:y|ies)|positions?|roles?)\b",
        r"\bis\s+there\s+(?:a|any)\s+(?:jobs?|openings?|vacanc(?:y|ies)|positions?)\b",
        r"\b(?:jobs|openings?|vacanc(?:y|ies)|positions|roles)\s+(?:do|does)\s+(?:you|your\s+\w+)"
        r"\s+have\b",
        r"\brefer\s+me\b",
        # "would you put my name forward?", "if an ops post comes up at yours would you…"
        r"\bput\s+(?:my\s+name|me)\s+forward\b",
        r"\bif\s+(?:(?:a|an|any)\s+(?:\w+\s+){0,2}?(?:jobs?|roles?|posts?|positions?|openings?|"
        r"vacanc(?:y|ies))|something|anything)\s+(?:comes?|came|opens?|pops?|turns?)\s+up\b"
        r"[^?]*\b(?:would|could|will|can)\s+(?:you|u)\s+(?:\w+\s+)?(?:let|tell|think|"
        r"consider|keep|put|pass|recommend|mention|remember)\b",
        # "could you maybe recommend me to the head?", "put me forward for the trainee place"
        r"\b(?:recommend|put)\s+me\s+(?:forward\s+)?(?:to\s+(?:the\s+|your\s+|ur\s+)?(?:head|"
        r"headteacher|head\s+teacher|principal|boss|manager|hiring\s+manager|recruiters?|hr)\b|"
        r"for\s+(?:a|an|the|that|this)\s+(?:\w+\s+){0,2}(?:job|role|position|place|opening|"
        r"vacancy|post)\b)",
        # handing over a CV ("send you my CV", "pass my resume on"); asking what makes a good
        # CV in their field is advice, not a job ask, and "when they look at my resume" is
        # someone else reading it
        r"\b(?:attach(?:ed)?|send(?:ing)?|pass(?:ing)?|forward(?:ing)?|shar(?:e|ing)|giv(?:e|ing)|"
        r"hand(?:ing)?|look\s+(?:at|over)|have\s+a\s+look\s+at|review|check)\s+(?:\w+\s+){0,2}?"
        r"(?:my|me)\s+(?:\w+\s+)?(?:cv|resume|résumé|resumé)s?\b",
        r"\bmy\s+(?:cv|resume|résumé|resumé)\s+(?:to|over|on|along)\b",
        # passed to "the hiring manager"; what hiring managers look for is advice
        r"\b(?:introduce|connect|pass|forward|refer|recommend|mention)\s+(?:me|my\s+\w+)\s+"
        r"(?:\w+\s+){0,3}?(?:to|with)\s+(?:the|your)\s+hiring\s+manager\b",
        r"\bput\s+me\s+in\s+touch\s+with\s+(?:the|your)\s+hiring\s+manager\b",
        r"\bget\s+me\s+(?:a\s+job|hired|in\b)",
        r"\bput\s+(?:in\s+)?a\s+(?:good\s+)?word\b",
        r"\b(?:can|could|may)\s+i\s+(?:work|join)\s+(?:for|at|with|on)\s+(?:you|your)\b",
        r"\bapply\s+(?:for|to)\s+(?:a\s+|an\s+|the\s+|any\s+)?(?:job|position|role|opening)s?\s+"
        r"(?:at|on|in|with)\s+your\b",
        # the contact asked to hire them; "before anyone would hire me" asks about their chances
        r"(?:^|\b(?:you|u|you'?d|u'?d|you'?ll|your\s+\w+|ur\s+\w+|y'?all)\s+(?:\w+\s+){0,4}?"
        r"|\b(?:please|pls)\s+)"
        r"(?:hire|hiring|employ|employing)\s+me\b",
    )
)
"""Asking the contact for a job (domain.md §3: never in an informational interview).
Talking about jobs in general ("what's the job market like") is not a job ask."""

_GOOGLEABLE_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bhow\s+many\s+(?:employees|people|staff|workers|students|pupils|teachers|beds|"
        r"offices|locations|stores|shops|branches|customers|clients|users|volunteers|patients)"
        r"\b(?!\s+(?:do\s+you|does\s+your\s+team|are\s+on\s+your\s+team|report))",
        r"\bhow\s+(?:big|large)\s+is\s+(?:your|the)\s+(?:company|organi[sz]ation|firm|business|"
        r"school|hospital|charity|employer)\b",
        r"\bwhat\s+(?:does|do)\s+(?:your|the)\s+(?:company|organi[sz]ation|firm|business|"
        r"charity|employer|hospital|school)\s+(?:actually\s+|even\s+)?do\b",
        r"\bwhat\s+(?:products|services)\s+(?:do|does)\b",
        r"\bwhen\s+was\s+(?:it|your|the)\s*\w*\s+(?:founded|started|established|built|set\s+up)\b",
        # "revenue management", "revenue cycle": a line of work, not the company's figures
        # the company's own figures: not revenue as what a PM is measured on ("feature
        # adoption or revenue?"), nor staff turnover, which only an insider knows
        r"\b(?:(?:your|the|its|(?:company|firm|business)'?s?|annual|yearly)\s+(?:annual\s+|yearly\s+|"
        r"total\s+)?revenue(?!\s+(?:management|manager|managers|mgmt|cycle|operations|ops|team|"
        r"analyst|analysts|accounting|integrity|role|roles|job|jobs|side|growth|marketing|"
        r"strategy|targets?|goals?))|how\s+much\s+revenue|revenue\s+(?:last|this)\s+year|"
        r"(?:your|the|annual)\s+turnover|market\s+cap|"
        r"share\s+price|stock\s+price|annual\s+report|valuation)\b",
        r"\bwhere\s+(?:is|are)\s+(?:your|the)\s+(?:headquarters|hq|head\s+office|main\s+office|"
        r"offices)\b",
        r"\bwho\s+(?:is|are)\s+(?:your|the)\s+(?:ceo|founders?|owners?|competitors?)\b",
        r"\bwho\s+are\s+your\s+(?:customers|clients|competitors)\b",
        r"\b(?:public|state)\s+or\s+private\b",
        r"\bwhat\s+(?:kind|type|sort)\s+of\s+(?:company|organi[sz]ation|firm|business|school|"
        r"hospital|charity)\s+is\s+(?:it|this|that|yours)\b",
        r"\bwhat\s+is\s+(?:your|the)\s+(?:company|organi[sz]ation|charity|school)\s*(?:'s|s)?\s+"
        r"(?:mission|ethos|mission\s+statement)\b",
    )
)
"""Facts any web search answers (domain.md §2: research these before the meeting)."""

_CLOSED_START = re.compile(
    r"^\s*(?:so|and|but|ok|okay|well|also|um|hi|hey)?[\s,]*"
    r"(?:do|does|did|is|are|was|were|can|could|would|will|have|has|had|should)\b",
    re.IGNORECASE,
)
_WH_WORD = re.compile(rf"\b{WH}\b", re.IGNORECASE)
_OPEN_REQUEST = re.compile(
    r"^\s*(?:so|and|ok|okay|well)?[\s,]*(?:can|could|would|will)\s+you\s+(?:please\s+)?"
    r"(?:tell|walk|talk|describe|share|explain|say\s+more|give|elaborate|expand|run)\b",
    re.IGNORECASE,
)
"""'Could you walk me through ...' is a polite open request, not a yes/no question."""
_LIST_INVITE = re.compile(
    r"\b(?:any|anyone|anybody|anything|someone|somebody|something|other\s+people)\b",
    re.IGNORECASE,
)
"""'Is there anyone else ...', 'Do you have any tips ...' invite names or ideas, not yes/no."""
_PERMISSION = re.compile(
    r"^\s*(?:so|and|ok|okay|well)?[\s,]*(?:would\s+(?:it|that)\s+be|is\s+(?:it|that))\s+(?:ok|okay|all\s+"
    r"right|alright|fine|cool)\s+(?:if\s+i|for\s+me\s+to|to\s+(?:mention|use|say|name|contact|email|"
    r"message|follow\s+up|reach\s+out))\b"  # "is it ok if I say you sent me?"
    r"|^\s*(?:so|and|ok|okay|well)?[\s,]*(?:may|can|could)\s+i\b"
    r"|\bmind\s+if\s+i\b",
    re.IGNORECASE,
)
"""Asking permission (may I use your name?) is naturally yes/no and is fine to ask."""
_EITHER_OR = re.compile(
    r"\w\s*,?\s+or\s+(?!(?:not|no|anything|something|so|whatever|what|nothing)\b)\w",
    re.IGNORECASE,
)
"""'Do I need a degree, or could I teach myself?' offers alternatives: no yes/no answers it
('or not', 'or something' do not make one)."""


_WEIGHS = re.compile(
    r"\b(?:better|worse|easier|harder|smarter|safer|quicker|faster|cheaper|wiser)\b[^?]{0,60}?"
    r"\b(?:than|vs\.?|versus|compared\s+(?:to|with)|over(?!\s+\d)|rather\s+than)\s+\w"
    r"|\w\s+(?:vs\.?|versus)\s+\w", re.IGNORECASE)
"""'Is an internal transfer the better route vs applying to APM programs?' weighs two paths,
which no yes or no settles."""


_SOMEONE_ELSE = re.compile(r"\b(?:they|he|she|people|employers|recruiters|(?:hiring\s+)?managers|"
                           r"companies|interviewers)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""Someone else doing it: "when they look at my resume" is no CV handed to the contact."""


def _asked_of_you(pattern: re.Pattern[str], question: str) -> bool:
    return any(not (_A_CV.search(m.group(0)) and _SOMEONE_ELSE.search(question[:m.start()]))
               for m in pattern.finditer(question))


_A_CV = re.compile(r"\b(?:cv|resume|r\u00e9sum\u00e9|resum\u00e9)s?\b", re.IGNORECASE)


def asks_for_a_job(text: str, spelled: bool = False) -> bool:
    """Whether any question of ``text`` asks the contact for a job, an opening or a referral
    for one (``_JOB_ASK_PATTERNS``), each question read on its own; ``spelled``: the phone
    shorthand is spelled out already."""
    text = text if spelled else _spelled_out(text)
    return any(any(_asked_of_you(p, q) for p in _JOB_ASK_PATTERNS)
               and not _HOW_HIRING_WORKS.search(q) and not _WHAT_IF_APPLIED.search(q)
               and not _JOBS_CHANGING.search(q) and not _HIRES_KIND.search(q)
               for q in split_questions(text) or [text])


def analyse_question(text: str) -> list[str]:
    """Coaching flags for one message, in a fixed order.

    - ``job_ask``: asks the contact for a job, an opening, a referral for a job or to pass
      on their CV (``_JOB_ASK_PATTERNS``); a question about CVs in general is not one.
    - ``googleable``: asks for facts a web search answers: head count, what the company
      does, when it was founded, revenue, headquarters (``_GOOGLEABLE_PATTERNS``).
    - ``closed``: some question in it starts with do/does/is/are/can/could/would/will/
      have/has/did... and has no wh-word, unless it is a polite request ("could you walk
      me through"), invites a list ("is there anyone ..."), or asks permission.
    - ``multiple``: two or more questions: several "?" or a "..., and what/how ..." join.
    """
    text = _spelled_out(text)
    flags: list[str] = []
    if asks_for_a_job(text, spelled=True):
        flags.append("job_ask")
    if any(p.search(text) for p in _GOOGLEABLE_PATTERNS):
        flags.append("googleable")
    questions = split_questions(text) or [text]
    if any(_is_closed(q) for q in questions):
        flags.append("closed")
    if len(questions) >= 2:
        flags.append("multiple")
    return flags


_TEXTING = (
    (re.compile(r"(?<![\w.'])u(?![\w.'])"), "you"),  # lower case only: "U.S." stays
    (re.compile(r"(?<![\w.'])ur(?![\w.'])", re.IGNORECASE), "your"),
    (re.compile(r"(?<![\w.'])rn(?![\w.'])"), "right now"),
    (re.compile(r"(?<![\w.'])r(?=\s+(?:you|u|your|ur|they|the|there)\b)", re.IGNORECASE), "are"),
)
"""Phone shorthand spelled out, so "are u hiring rn?" reads as "are you hiring right now?"."""


def _spelled_out(text: str) -> str:
    for pattern, words in _TEXTING:
        text = pattern.sub(words, text)
    return text


def _is_closed(question: str) -> bool:
    return bool(
        _CLOSED_START.search(question)
        and not _WH_WORD.search(question)
        and not _OPEN_REQUEST.search(question)
        and not _LIST_INVITE.search(question)
        and not _PERMISSION.search(question)
        and not _EITHER_OR.search(question)
        and not _WEIGHS.search(question)
    )
