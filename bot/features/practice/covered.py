"""What an answer in 'they ask' has already told, so the persona skips the question that
would ask it again ("what role are you after?" after "I want to be a data analyst"), and
the line it says as it skips, heard as listening."""

from __future__ import annotations

import re

from bot.features.practice.answers import theirs

__all__ = ["TAUGHT", "covered", "skip_line"]


TAUGHT = (r"elementary|primary|secondary|high\s+school|hs|middle\s+school|kids|children|maths?|"
          r"english|esl|special\s+ed|sped|science|biology|chemistry|physics|history|art|music|"
          r"spanish|french")
"""What a teacher teaches, by age or by subject ("hs biology", "special ed")."""
_WANTS_TO = (r"(?<!n't\s)(?<!dont\s)(?<!not\s)(?:wanna|(?:licen[cs]e|want|wanted|hoping|hope|like|"
             r"love|keen|plan(?:ning)?|trying|going|looking|goal\s+is)\s+to)")
"""Wanting to, not "I don't want to" ("the license to" teach counts too)."""
_COVERS = {
    "why-this-field": re.compile(
        # "because I love …", not "because I'd probably take a pay cut"
        r"\b(?:because\s+(?:i\s+(?:really\s+|genuinely\s+)?(?:love|like|enjoy|care|find|want|am\s+"
        r"(?:passionate|drawn|fascinated|curious))|i'?ve\s+always|it\s+(?:combines|mixes|lets|gives|"
        r"feels)|it'?s\s+(?:the|what|where|how|a\s+mix)|of\s+(?:how|the\s+way|what)|the\s+(?:work|"
        r"job|field|problems?|mission))|drawn\s+to|draws\s+me|passion\w*|fascinat\w*|love\s+(?:the|how|working)|"
        r"what\s+(?:i\s+)?(?:like|love|enjoy)\s+about|why\s+i\s+(?:want|chose)|"
        r"(?:want|hope|like)\s+to\s+(?:work\s+somewhere|make\s+a\s+difference|see\s+the\s+impact)|"
        r"make\s+a\s+(?:real\s+)?difference|see\s+the\s+impact|"
        # "the launches are what got me hooked", "thats when i was like wait i love this"
        r"got\s+me\s+hooked|hooked\s+me|i\s+(?:really\s+)?love(?:d)?\s+(?:this|that)\b|"
        r"that'?s\s+when\s+i\s+(?:knew|realised|realized|was\s+like)|what\s+(?:got|pulled|drew)\s+me\s+"
        r"(?:in|into|to)|(?<!know\s)(?<!out\s)(?<!asked\s)(?<!sure\s)what\s+(?:pulls|draws|attracts|"
        r"appeals\s+to)\s+me\s+(?:most\s+)?(?:is|to|about|towards?)\b|the\s+(?:part|bit)\s+i\s+(?:love|enjoy|like)\s+most|"
        # "the analysis is the part I love", "which is when I realised I wanted to move"
        r"\bis\s+the\s+(?:part|bit)\s+(?:that\s+)?i\s+(?:really\s+)?(?:love|enjoy|like)\b|"
        # "the most satisfying part of my job has become the software", "the job where i get
        # to do the bit i love full time"
        r"\bthe\s+most\s+(?:satisfying|rewarding|enjoyable)\s+(?:part|bit)\s+of\s+my\s+(?:job|work)"
        r"\s+(?:has\s+become|became|is\s+now)\b|"
        r"\b(?:do|doing)\s+the\s+(?:part|bit)\s+(?:that\s+)?i\s+(?:really\s+)?(?:love|enjoy)\s+"
        r"(?:full[\s-]time|all\s+day|every\s+day)\b|"
        r"(?:which\s+is|was)\s+when\s+i\s+(?:knew|realised|realized|decided)|"
        # "I want to run programs at a housing nonprofit because after Hurricane Florence I …"
        rf"{_WANTS_TO}\s+(?:move|get|go|switch|transition|break)\s+into\b[^.!?]{{0,60}}?\b"
        r"(?:because|cause|cos|(?:since|after)\s+(?:i|my|we|seeing|working|watching|helping))\b|"
        rf"{_WANTS_TO}\s+(?:work|run|teach|become|be)\s+(?:in|at|as|an?|programs?|programmes?)\b"
        r"[^.!?]{0,60}?\b(?:because|cause|cos|(?:since|after)\s+(?:i|my|we|seeing|working|watching|"
        r"helping))\b)", re.IGNORECASE),
    "explored-so-far": re.compile(
        r"\b(?:(?:i'?ve|i\s+have|i'?m|i\s+am)\s+(?:been\s+|now\s+|just\s+)?(?:taking|taken|done|"
        r"doing|read|reading|completed|started|finished|halfway\s+through)\s+(?:a|an|the|some|"
        r"my)?\s*(?:[\w-]+\s+){0,3}?(?:course|bootcamp|cert|certificate|certification|book|diploma|"
        r"reading)|volunteer\w*|shadow\w*|(?:spoke|spoken|talked|chatted|chatting)\s+(?:to|with)|"
        r"coffee\s+(?:with|w)\b|been\s+learning|"
        r"internship|interned|work\s+experience|(?:side|personal|own)\s+projects?|online\s+course|"
        r"(?:taught|teaching)\s+myself|self[-\s]taught|wrote\s+up|"
        r"(?:joined|through|in|via|at)\s+(?:a|an|the|my|our)\s+(?:\w+\s+){0,2}(?:club|society))",
        re.IGNORECASE),
    "timeline": re.compile(
        r"\b(?:within\s+(?:a|the\s+next|\d+|two|six|twelve)|by\s+(?:next|the\s+end\s+of)|"
        r"in\s+the\s+next\s+\w+\s+(?:months|years)|next\s+(?:year|spring|summer|autumn|"
        r"september))\b", re.IGNORECASE),
    "biggest-concern": re.compile(r"\b(?:worried|worry|worries|(?<!going\s)concern\w*|nervous|"
                                  r"scared|afraid)\b", re.IGNORECASE),
    "role-aiming-for": re.compile(
        r"\b(?:aiming\s+for|(?:looking\s+(?:for|at)|want|wanna|after|seeking|hoping\s+for|going\s+for|"
        r"applying\s+for)\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}(?:role|job|position|internship|placement|"
        r"apprenticeship)|(?:junior|entry[\s-]level|graduate|trainee)\s+\w+\s+(?:role|job|position)|"
        # "I want to become an adult nurse", "into a user researcher role"
        # "I'd like to train as a registered nurse", "hoping to qualify as a teacher"
        r"(?:become|(?:want|wanna|hoping|hope|like)\s+to\s+(?:be|train\s+as|qualify\s+as|work\s+as)|"
        r"(?:train|training|retrain|retraining|qualify|qualifying)\s+as|(?:move|moving|get|getting|break|"
        r"breaking|switch|switching)\s+into)\s+(?:an?\s+)?"
        r"(?:[\w-]+\s+){0,3}(?:manager|analyst|developer|"
        r"designer|researcher|nurse|teacher|officer|coordinator|engineer|executive|fundraiser|"
        r"consultant)s?\b|(?:move|moving|get|getting|break|breaking|switch|switching|transition|"
        r"transitioning)\s+into\s+(?:a\s+)?(?:[\w-]+\s+){0,2}(?:role|job|position)s?\b"
        # "I want to run programs that serve veterans", "hoping to manage projects at a charity",
        # "I want to teach high-school math"
        r"|\b(?:want|wanna|hope|hoping|plan|planning|aim|aiming|would\s+like|'d\s+like)\s+to\s+"
        r"(?:(?:run|manage|lead|coordinate)\s+(?:\w+\s+){0,2}(?:programs?|programmes?|projects?|"
        r"teams?|services?|operations|campaigns?)|teach\s+(?:\w+[\s-]+){0,2}(?:math|maths|"
        r"science|english|history|biology|chemistry|physics|computer\s+science|cs|kids|"
        r"children|students|grade\s+\d+|\d+(?:st|nd|rd|th)\s+grade))\b"
        # "something like a program coordinator", "a CRM assistant or social media executive"
        r"|\b(?:something|a\s+(?:role|job|position)|roles?|jobs?)\s+like\s+(?:an?\s+)?(?:[\w-]+\s+)"
        r"{0,2}(?:coordinator|assistant|associate|executive|analyst|officer|manager|designer|"
        r"researcher|developer)s?\b|^\W*(?:like\s+|probably\s+|ideally\s+)?(?:an?\s+)?(?:[\w&-]+\s+)"
        r"{0,3}(?:coordinator|assistant|associate|executive|exec|analyst|officer|manager|designer|"
        r"accountant|bookkeeper|auditor|controller|clerk|paralegal|"
        r"researcher|developer|dev|engineer|specialist|administrator|planner|writer|strategist|editor|"
        r"consultant|scientist|technician|nurse|teacher|lead|apprentice|trainee|intern)"
        r"(?:\s+(?:role|job|position))?(?:\s+or\s+(?:an?\s+)?(?:[\w&-]+\s+){0,3}(?:accountant|analyst|"
        r"bookkeeper|auditor|coordinator|assistant|associate|officer|manager|designer|developer|"
        r"engineer|specialist|nurse|teacher))?\W*$"
        # "an embedded software engineer role", "thinking about teaching elementary"
        r"|\b(?:target|aim\w*|apply\w*|go\s+for|want|looking\s+at)\b[^.!?]{0,40}(?:analyst|"
        r"engineer|developer|designer|researcher|nurse|teacher|manager|officer)\s+(?:role|job|"
        r"position)s?\b|(?:thinking\s+(?:about|of)|want(?:ing)?\s+to|wanna|hoping\s+"
        r"to|plan(?:ning)?\s+to|get(?:ting)?\s+into)\s+teach\w*\s+(?:\w+\s+)?(?:elementary|"
        r"primary|secondary|high\s+school|middle\s+school|kids|children|maths|english|science|"
        r"history|years?\s+\d|grade)"
        # "the alternative license to teach hs biology", "hoping to move into product management",
        # "i want to be a pm"; never "i used to teach swimming", "i fell into project management"
        rf"|{_WANTS_TO}\s+teach\s+(?:\w+\s+){{0,2}}?(?:{TAUGHT})\b"
        rf"|{_WANTS_TO}\s+(?:move|get|break|switch|transition|go)\s+into\s+(?:a\s+)?"
        r"(?:(?:product|project)(?:\s+(?:management|manager|mgmt|role|job))?|(?:program|programme)\s+"
        r"(?:management|manager|mgmt))\b"
        # "I want to move into data analytics in industry", "…into UX research"
        rf"|{_WANTS_TO}\s+(?:move|get|break|switch|transition|go)\s+into\s+(?:[\w&-]+\s+){{0,2}}?"
        r"(?:analytics|research|marketing|design|policy|nursing|teaching|fp&a|accounting|"
        r"data\s+science)\b"
        rf"|{_WANTS_TO}\s+(?:be|become)\s+(?:an?\s+)?"
        r"(?:a?pm|product\s+manager|project\s+manager|ux\s+designer|data\s+analyst)\b"
        # "so I'm exploring product management in health tech", "looking at content and product
        # marketing at tech companies": the kind of role, named by its field
        r"|\b(?:exploring|looking\s+at|considering|targeting|pursuing|aiming\s+at|focus(?:ed|ing)\s+"
        r"on)\s+(?:roles?\s+in\s+|jobs?\s+in\s+)?(?:[\w&-]+\s+(?:and\s+|or\s+)?){0,3}?(?:management|"
        r"marketing|design|analytics|research|engineering|development|policy|operations)\b"
        # "the route into adult nursing, ideally ending up in emergency care"
        r"|\b(?:route|way|path|move|switch|retrain\w*)\s+into\s+(?:[\w'-]+\s+){0,2}(?:nursing|"
        r"midwifery|teaching|paramedicine)\b|\bend(?:ing)?\s+up\s+(?:in|on|as)\s+(?:an?\s+)?"
        r"(?:[\w&'-]+\s+){0,2}(?:care|medicine|nursing|ward|unit|department|a&e|er|icu|"
        r"nurse|teacher|analyst|manager|designer|engineer|developer))",
        re.IGNORECASE),
    # "pulled 3 months of logs into excel and found a loading pattern": real data, worked with
    "worked-with-data": re.compile(
        r"\b(?:pulled|analy[sz]ed|cleaned|crunched|tracked|dug\s+into|went\s+through|exported|"
        r"built|made|queried|merged|modelled|modeled|plotted|charted)\b[^.!?]{0,60}\b(?:data|"
        r"datasets?|excel|spreadsheets?|sheets?|logs?|sql|csv|numbers|figures|records)\b",
        re.IGNORECASE),
    "why-me": re.compile(
        r"\b(?:(?:found|came\s+across|saw|heard)\s+(?:you|u)\b|(?:came\s+across|saw|found)\s+(?:your|ur)\s+"
        r"(?:profile|post|name|article|video|blog)\b|(?:your|ur)\s+(?:\w+\s+)?(?:post|profile|article)\b"
        r"[^.!?]{0,30}\b(?:caught\s+my\s+eye|stood\s+out)|gave\s+me\s+(?:your|ur)\s+(?:name|"
        r"email|number|details|contact)|got\s+(?:your|ur)\s+(?:name|email|number|details)\s+from|"
        r"put\s+(?:us|me)\s+in\s+touch|mutual\s+(?:friend|contact|connection)|"
        r"(?:reached\s+out|wanted\s+to\s+(?:talk|speak|chat))\s+(?:to|with)\s+(?:you|u)\s+"
        r"(?:because|bc|cos|since)\b|(?:because|bc|cos|since|as)\s+(?:you|u)\s+(?:switched|moved\s+"
        r"(?:into|from)|changed\s+careers|made\s+the\s+(?:switch|move|jump)|came\s+from|went\s+from|"
        r"used\s+to\s+be)\b|(?:you|u)\s+(?:switched|changed)\s+careers\b)",
        re.IGNORECASE),
    # "my rotas for 14 crews would carry over": what carries over, said already
    "transferable-skills": re.compile(
        r"^(?!.*\b(?:not\s+sure|don'?t\s+know|doubt|don'?t\s+think|no\s+idea)\b[^.!?]{0,40}"
        r"(?:transfer|carr(?:y|ies)\s+over))(?=.*"
        r"\b(?:carr(?:y|ies|ied)\s+over|transfer(?:s|able)\b|translat(?:e|es)\s+(?:well|"
        r"directly|straight)|(?:skills?|experience)\s+(?:from|in|with|as)\s+[^.!?]{0,50}\b(?:would|"
        r"will|should|could)\s+(?:help|be\s+useful|count|apply)))", re.IGNORECASE | re.DOTALL),
    # "a 40-test suite on GitHub": something built, told before "have you built anything?"
    "built-anything": re.compile(
        r"^(?!.*\b(?:haven'?t|have\s+not|not\s+yet|never)\s+(?:built|made|done|shipped)\b)"
        r"(?=.*(?:\b(?:on|my)\s+github\b|\b(?:i|we)(?:'?ve|\s+have)?\s+(?:built|made|wrote|written|"
        r"coded|created|shipped|"
        r"designed|developed)\s+(?:\S+\s+){0,4}?(?:apps?|site|website|tool|dashboards?|scripts?|"
        r"game|bot|project|suite|tests?|program|api|page|tracker|model|extension|prototype|"
        r"portfolio)\b))", re.IGNORECASE | re.DOTALL),
    "time-with-young-people": re.compile(
        r"\b(?:coach\w*|tutor\w*|volunteer\w*|mentor\w*|babysit\w*|nann(?:y|ied)|teach\w*|"
        r"youth|scouts|guides|camp\s+counse?l+or)\b[^.!?]{0,80}\b(?:kids|children|under[\s-]?\d+s?|"
        r"teens?|teenagers|young\s+people|pupils|students)\b"
        # "I train young lads on their first job", "I supervise the apprentices"
        r"|\b(?:train\w*|supervis\w*|manag\w*|mentor\w*|coach\w*|look\s+after|in\s+charge\s+of)\b"
        r"[^.!?]{0,40}\b(?:(?:young|teenage)\s+(?:lads|lasses|staff|workers|apprentices|adults|"
        r"recruits|people|ones|starters|colleagues)|apprentices|school\s+leavers)\b"
        # "I've taught 7th grade for 8 years", "a middle-school teacher", "year 9 maths"
        r"|\b(?:taught|teach(?:ing|er)?|coach(?:ed|ing)?)\s+(?:\w+\s+){0,2}?(?:\d+(?:st|nd|rd|th)\s+"
        r"grade|grade\s+\d+|years?\s+\d+|middle[\s-]school|high[\s-]school|elementary|primary|"
        r"secondary|k-?12|gcse|a[\s-]level|kindergarten)"
        r"|\b(?:\d+(?:st|nd|rd|th)\s+grade|middle[\s-]school|high[\s-]school|elementary|primary|"
        r"secondary)\s+(?:\w+\s+)?teach(?:er|ing)\b",
        re.IGNORECASE),
}
_SKIP_LINES = {
    "why-this-field": "I was going to ask what draws you to it, but you've told me.",
    "explored-so-far": "I was going to ask what you've tried so far, but you've covered that.",
    "timeline": "You've mentioned your timeline already.",
    "biggest-concern": "You've told me what worries you, which is fair.",
    "role-aiming-for": "I was going to ask what role you're after, but you've told me.",
    "time-with-young-people": "I was going to ask about your time with young people, but you've"
                              " covered it.",
    "why-me": "I was going to ask why you wanted to talk to me, but you've said.",
    "transferable-skills": "I was going to ask what would carry over, but you've told me.",
    "built-anything": "I was going to ask what you've built, but you've told me.",
    "worked-with-data": "I was going to ask whether you've worked with real data, but you've "
                        "told me.",
}
"""Said when a question the answers already covered is skipped, so the skip is heard as
listening, not as a line out of nowhere ("That makes sense. And I know what role you're
after.")."""


def covered(ask_id: str, said: str) -> bool:
    """Whether an answer already covered this upcoming question."""
    pattern = _COVERS.get(ask_id)  # each answer on its own too, and a last few words said
    # alone: "junior dev", the whole reply to a follow-up
    last = re.split(r"(?<=[.!?])\s+", said.strip())[-1] if said.strip() else ""
    parts = (said, *said.split("\n"), *([last] if len(last.split()) <= _BARE_WORDS else []))
    return bool(pattern) and any(_told(ask_id, pattern, part) for part in parts)


def _told(ask_id: str, pattern: re.Pattern[str], said: str) -> bool:
    """Whether ``said`` tells it of the user: "your post about volunteering stood out" or
    "you talked to our cohort" is about the contact, no sign of what the user has tried."""
    for m in pattern.finditer(said):
        if ask_id == "why-me" or m.end() == m.start():  # about them, or the answer read whole
            return True
        if not theirs(said, m.start(), m.end()) and not _TO_THEM.match(said, m.end()):
            return True
    return False


_TO_THEM = re.compile(r"\s*(?:you|u|yourself)\b", re.IGNORECASE)
"""After "spoke to" or "chatting with": the contact, which is no one else asked."""


_BARE_WORDS = 4
"""A reply this short, said last, is read on its own ("junior dev")."""


_ASKED_WHAT = re.compile(r"^I was going to ask (?P<what>.+), but you've (?:told me|covered "
                         r"(?:that|it)|said)\.$")


def skip_line(*ask_ids: str) -> str:
    """What the contact says of the questions skipped at once: two of "I was going to ask …,
    but you've told me" are said as one ("… what role you're after and what draws you to it,
    but you've told me both"), not twice in a row."""
    lines = [_SKIP_LINES.get(ask_id, "") for ask_id in ask_ids]
    asked = [m["what"] for line in lines if (m := _ASKED_WHAT.match(line))]
    if len(asked) < 2:
        return " ".join(line for line in lines if line)
    rest = [line for line in lines if line and not _ASKED_WHAT.match(line)]
    both = "both" if len(asked) == 2 else "all of that"
    joined = f"{', '.join(asked[:-1])} and {asked[-1]}"
    return " ".join([f"I was going to ask {joined}, but you've told me {both}.", *rest])
