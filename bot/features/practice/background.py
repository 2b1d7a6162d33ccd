"""What a message tells of the user: who they are, in a sentence that is not a question."""

from __future__ import annotations

import re

from bot.features.practice.listening import SPOKEN_NUMBERS, SPOKEN_PATTERN

__all__ = ["as_told", "background_of", "left_work", "tells_background", "work_of", "years_of"]


_ABOUT_ME = re.compile(
    r"\bI(?:'m|m|\s+am|'?ve\s+been|\s+have\s+been|\s+was)\s+"
    r"(?:an?\s+(?!(?:bit|little|lot|few)\b)[a-z]+|working\s+(?:as|in|at))\b"
    r"|\bI\s+(?:work(?:ed)?|trained|studied|serve[ds]?|served|practi[sc]ed?|practi[sc]ing|"
    r"lecture[ds]?|teach|taught)\s+"  # "I lecture in public health at a university"
    r"(?:as|in|at|for)\b"
    # "After 20 years in parish ministry", "currently working as an HR generalist", "I am HR
    # generalist at an IT firm"
    r"|\bafter\s+(?:\d+|" + SPOKEN_PATTERN + r"|many|several)\s*(?:years?|yrs?|decades?)\s+"
    r"(?:in|as|at)\b|(?:^|[,;]\s*|\b(?:currently|presently|now)\s+)working\s+as\b"
    r"|\bI(?:'m|m|\s+am)\s+(?:currently\s+|now\s+)?(?-i:(?!(?:SO|VERY|REALLY|NOT|SUPER|TOO)\b)"
    r"[A-Z]{2,5}\s+[a-z]{4,})\b"
    r"|\bI\s+(?:do|did)\s+(?!(?:it|this|that|so|not|n't)\b)[a-z]+(?:\s+[a-z]+){0,2}\s+(?:at|for|in)\s+"
    r"(?:a|an|the|my|our)\b"
    r"|\bI(?:'ve|ve|\s+have)?\s+(?:left|spent|worked|graduated)\b"
    # "I completed my PhD in physical chemistry", "i finished a masters in econ last year"
    r"|\bI\s+(?:completed|finished|hold|did|earned|got)\s+(?:a|an|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:phd|doctorate|masters?|master's|degree|mba|msc|bsc|ba|ma|pgce)\b"
    # "i do content on insta, got like 30k followers": a creator's work, told
    r"|\bI\s+(?:do|make|create|post)\s+(?:[a-z]+\s+){0,2}?(?:content|videos|reels|vlogs)\b|\b(?:got|"
    r"have|with)\s+(?:like\s+|about\s+|around\s+|over\s+|nearly\s+)?\d+(?:[.,]\d+)?k?\s+"
    r"(?:followers|subscribers|subs)\b"
    # "I've taught 6th grade science for eight years", "I taught maths for twenty"
    r"|\bI(?:'ve|ve|\s+have)?\s+(?:taught|lectured|nursed|coded|managed|r[au]n|led)\s+(?!to\b)(?:[\w&-]+\s+){0,8}?"
    r"(?:for|since)\s+(?:\d+|" + SPOKEN_PATTERN + r"|many|several|over|nearly|almost|about)\b"
    # "I've got 10 years of MATLAB", "I have six years in retail"
    r"|\bI(?:'ve|ve|\s+have|'m|m|\s+am)(?:\s+got)?\s+(?:\d+|" + SPOKEN_PATTERN + r"|"
    r"many|several)\s*(?:years?|yrs?)\s+(?:of|in|as|at|working|doing)\b"
    # "in the army i ran supply for a battalion", "I manage a team of 12 at a call centre"
    r"|\bI\s+(?:ran|managed|led|supervised|oversaw|run|manage|lead|supervise|oversee)\s+"
    r"(?:(?:a|an|the|our|my)\s+)?(?:[\w&-]+\s+){0,3}?(?:team|department|unit|shop|store|ward|"
    r"clinic|supply|logistics|operations|warehouse|section|platoon|battalion|crew|shift|office|"
    r"branch|budgets?|program(?:me)?s?|projects?|site|kitchen|restaurant|stockroom|front\s+desk)\b"
    # phone shorthand: "22 yrs army, logistics sgt", "15 years HR, mostly recruiting"; "My
    # fifteen years in HR: recruiting, benefits…"
    r"|^\W*(?:my\s+)?(?:\d{1,2}|" + SPOKEN_PATTERN + r")\s*(?:years?|yrs?)\s+"
    r"(?:(?:in|of|at|as)\s+)?(?:the\s+|an?\s+)?(?!(?:ago|old|later|from|since|before|after|now|"
    r"and|but|so|to|is|was|it|i|you|u|of)\b)[a-z]{2,}"
    # "i did 5 years of retail visual merchandising", "I served 12 years in the Army"
    r"|\bI\s+(?:did|served|put\s+in)\s+(?:\d+|" + SPOKEN_PATTERN + r"|many|several)\s*(?:years?|"
    r"yrs?)\s+(?:of|in|as|at|with)\b"
    # "so bit abt me, was a chef for 12 yrs": the "I" dropped, as on a phone
    r"|(?:^|[,;]\s*|\s[-\u2013\u2014]\s*)(?:been|worked|was)\s+(?:as\s+)?an?\s+(?!(?:\w+\s+)?(?:while|bit|lot|long|little|"
    r"few|week|day|month|year|morning|time|nightmare|help|pleasure|mess|journey|fit|relief|"
    r"shock|surprise|lesson|struggle|blast|joy)\b)[a-z]+(?:\s+[a-z]+)?"
    r"\s+(?:for|in|at|since)\b"
    # "I've been charge nurse on nights for two years": a post without "a"
    r"|\bI(?:'ve|ve|\s+have)\s+been\s+(?!(?:\w+ing|so|really|very|too|here|there|stuck|"
    r"unemployed|off|out|away|ill|sick|home|busy|on|at|in|with|married|single|divorced|"
    r"widowed|retired|depressed|vegan|together|friends|sober|clean)\b)(?:[a-z]+\s+){1,5}?(?:for|since)\s+"
    r"(?:\d+|a|an|" + SPOKEN_PATTERN + r"|several|many)\s*(?:years?|yrs?)\b"
    # "I've been writing our church newsletter for 4 years": work done for years, not a
    # wish or a search ("I've been thinking about this for a year")
    r"|\bI(?:'ve|ve|\s+have)\s+been\s+(?!(?:thinking|considering|wanting|trying|looking|hoping|"
    r"planning|applying|searching|hunting|struggling|waiting|meaning|dreaming|wondering|going|"
    r"debating|unemployed)\b)[a-z]+ing\s+(?:[\w'&-]+\s+){0,6}?(?:for|since)\s+(?:\d+|a|an|"
    + SPOKEN_PATTERN + r"|several|many)\s*(?:years?|yrs?)\b"
    # "quick background: 12 yrs army logistics", "im getting out of the army after 12 yrs"
    r"|\b(?:quick\s+|some\s+|a\s+bit\s+of\s+|my\s+)?background\s*(?:[:\u2013\u2014-]|is\b|wise\b)"
    # "I'm Priyanka, a UX designer at an agency": a name, then the post
    r"|\bI(?:'m|m|\s+am)\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?,\s+an?\s+(?!(?:bit|little|lot|few)\b)[a-z]"
    # "Quick context: 7 yrs, 3 in big four audit…", "so quick context, im backend dev"
    r"|\b(?:quick|some|little|bit\s+of|for)\s+context\s*[:,\u2013\u2014-]"
    # "so im liam, 19, second year compsci in dublin", "I'm a final-year student": studying
    r"|\b(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+year\s+(?:[\w-]+\s+){0,2}?"
    r"(?:students?|undergrad\w*|compsci|cs|comp\s+sci|computer\s+science|engineering|"
    r"nursing|med|law|uni|university|college|degree|phd)\b"
    r"|\bI(?:'m|m|\s+am)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:student|undergrad|undergraduate|"
    r"postgrad|grad\s+student)\b"
    # "by way of background, I …", "bit about me: 26 years in Police Scotland"
    r"|\bby\s+way\s+of\s+(?:a\s+)?(?:background|introduction)\b|(?:^|[.!,;]\s*)(?:(?:so|ok|okay|"
    r"right|and|well)\s+)?(?:a\s+)?(?:quick\s+)?"
    r"(?:bit|little|word)\s+(?:about|abt|bout)\s+me\s*[:\u2013\u2014,-]"
    r"|\b(?:leaving|getting\s+out\s+of|coming\s+out\s+of|left|got\s+out\s+of|retir(?:ing|ed)\s+"
    r"from|transitioning\s+(?:out\s+of|from))\s+(?:the\s+|my\s+)?(?:\w+\s+){0,2}?after\s+(?:\d+|"
    + SPOKEN_PATTERN + r"|many|several)\s*(?:years?|yrs?)\b"
    r"|(?:^|[,;]\s*)(?:i'?ve\s+|i\s+have\s+)?been\s+(?:in|at|doing|teaching|nursing|coding|working\s+in)\s+"
    r"(?:\w+\s+){0,6}?(?:for|since)\s+(?:\d+|a|an|" + SPOKEN_PATTERN + r"|"
    r"several|many)\s*(?:years?|yrs?|months?)\b",
    re.IGNORECASE)
"""Telling the contact who the user is: "I'm a hospital pharmacist", "I work in retail"."""
_FREE = r"(?!(?:not|never|no|a|an|the|so|very|really|just|only|now)\b)[a-z]+\s+"
_ROLE_NOUNS = (
    r"accountant|nurse|teacher|engineer|developer|dev|analyst|manager|designer|lawyer|paralegal|"
    r"pharmacist|auditor|consultant|officer|administrator|assistant|coordinator|technician|"
    r"researcher|lecturer|doctor|midwife|journalist|writer|editor|clerk|cashier|tutor|recruiter|"
    r"bookkeeper|programmer|architect|scientist|marketer|salesman|saleswoman|secretary|"
    r"receptionist|carer|caregiver|therapist|physio|lead|specialist|agent|representative|"
    r"executive|supervisor|associate|advisor|adviser")
"""Nouns that end a job title: "I am junior accountant", "Data scientist, I think" (not
"director" or "planner" after "I'm": "between director roles", "a natural planner")."""
_BARE_ROLE = re.compile(
    r"\bI(?:'m|m|\s+am)\s+(?:currently\s+|now\s+|also\s+)?(?P<role>(?:" + _FREE + r")?(?:"
    + _FREE + r")?(?:" + _ROLE_NOUNS + r"))\b", re.IGNORECASE)
"""A post told without "a", as people writing in a second language often do: "I am junior
accountant in Lisbon"."""


def tells_background(text: str) -> bool:
    """Whether a message says who the user is, in a sentence that is not a question ("How do
    I manage my time?" and "I'm a bit nervous" do not)."""
    return any(_ABOUT_ME.search(s) or _BARE_ROLE.search(s) or work_of(s) or _name_then_role(s)
               for s in _TOLD_APART.split(text) if s.strip() and not s.rstrip().endswith("?"))


_TOLD_APART = re.compile(r"(?<=[.!?])\s+|\n+|,\s*(?=(?:so\s+|and\s+|but\s+)?(?:would|will|does|do|"
                         r"is|can|could|how|what|should|am|are)\b)", re.IGNORECASE)
"""Where what the user tells ends and a question begins: "i do bookkeeping at a small firm,
would that count?"."""


_AREAS_IN_ING = (r"(?:banking|nursing|teaching|marketing|engineering|accounting|consulting|"
                 r"publishing|manufacturing|fundraising|policing|recruiting|catering|housing|"
                 r"printing|farming|mining|trading|shipping|lending|tutoring|coaching|"
                 r"counselling|counseling|plumbing|programming|advertising|broadcasting)\b")
"""Work named by a word in -ing ("retail BANKING"): no gerund after a post cuts it short, and
years in it are years of work."""
_STOP = r"(?=\s+(?:for|at|in|with|since|and|but|who|which|so|now|right|currently|before|"\
        r"over|about|of|on|as|to|near|outside|rn|atm|tbh|lol|fr|myself|too|here|there|"\
        r"(?!" + _AREAS_IN_ING + r")\w+ing)\b|\s*[,.;:!?)(]|\s+[-\u2013\u2014]+\s|\s*$)"
_ROLE = re.compile(
    r"\bI(?:(?:\s+was|'?m|m|\s+am|'?ve\s+been|\s+have\s+been)\s+working\s+as|'m|m|\s+am|'?ve\s+been|"
    r"\s+have\s+been|\s+was|\s+(?:work(?:ed)?|practi[sc]ed)\s+as|(?:'?ve|\s+have)?\s+"
    r"spent\s+(?:\w+\s+){1,3}?(?:years?|months?)\s+as)\s+(?:(?P<a>an?|the)\b\s*)?"
    r"(?!(?:bit|little|lot|few|career|total|complete|only|sole|first|last|same|new|main|one)\b)(?P<role>(?:[a-z0-9][\w&-]*\s+){0,3}?"
    r"[a-z][\w&-]*)" + _STOP, re.IGNORECASE)
_DOING = re.compile(
    r"\bI(?:'ve|ve|\s+have)?\s+(?:do|did|been\s+doing|been)\s+(?P<what>(?:[a-z][\w&-]*\s+){0,2}?"
    r"[a-z][\w&-]*)\s+(?:at|for|in)\b", re.IGNORECASE)
_YEARS = re.compile(r"\b(?:about\s+|nearly\s+|almost\s+|over\s+)?(?P<n>\d{1,2}|"
                    + SPOKEN_PATTERN + r")\s*(?:years?|yrs?)\b(?!\s+old\b)", re.IGNORECASE)
_ANOTHER_CLAUSE = re.compile(r"[.;!?]|\b(?:and\s+now|now\s+i|but\s+now|then|before\s+that|after\s+"
                             r"that)\b", re.IGNORECASE)
"""Between a role and a count of years: they are said of different work."""
_AGE = re.compile(r"(?:\bi'?m|\bim|\bi\s+am|\bam|\baged?)\s+(?:[A-Z][\w'-]+,\s+)?$", re.IGNORECASE)
"""Before an age ("I am Tomasz, 44 years, …"): no years of work."""
_N = r"(?:about\s+|nearly\s+|almost\s+|over\s+)?(?P<{}>\d{{1,2}}|" + SPOKEN_PATTERN.replace(
    "{", "{{").replace("}", "}}") + r")\s*(?:years?|yrs?)\b(?!\s+old\b)"  # an age
_SPENT = re.compile(
    r"\bI(?:'ve|ve|\s+have)?\s+spent\s+" + _N.format("n") + r"\s+(?P<prep>in|at|doing)\s+"
    r"(?P<what>(?:[a-z][\w&-]*\s+){0,2}?[a-z][\w&-]*)" + _STOP
    + r"|(?:\bI(?:'ve|ve|\s+have)\s+been\s+|^\W*(?:(?:ah|oh|well|so|yeah|yes|um|honestly|"
    r"mostly|mainly)\W+)*(?:been\s+)?|[,;:]\s*(?:been\s+)?)"
    r"(?P<verb>teaching|nursing|coding|managing|running|working\s+in)(?:\s+(?P<vwhat>"
    r"(?:[a-z][\w&-]*\s+){0,2}?[a-z][\w&-]*))?\s+for\s+" + _N.format("m"), re.IGNORECASE)
"""Years told another way: "I spent 5 years in Army logistics", "teaching maths for 20
yrs"."""
_DONE = re.compile(
    r"\bI(?:'ve|ve|\s+have)?\s+(?P<verb>taught|lectured|managed|r[au]n|led|nursed|coded|worked\s+in)\s+(?!to\b)"
    r"(?P<what>(?:[a-z0-9][\w&-]*\s+){0,2}?[a-z][\w&-]*)(?:\s+(?:at|in|on)\s+(?:[\w&'-]+\s+){0,5}?"
    r"[\w&'-]+)?\s+for\s+" + _N.format("n"), re.IGNORECASE)
"""Years told in the past tense: "I've taught analytical chemistry for nine years", "I taught
maths at a secondary school in Leeds for six years" (where, left out), "I ran a bakery for 9
years"."""
_AS_DOING = {"taught": "teaching", "lectured": "lecturing", "managed": "managing",
             "run": "running", "ran": "running", "led": "leading", "nursed": "nursing",
             "coded": "coding"}
_WORK_AREA = re.compile(
    r"\b(?:logistics|retail|sales|finance|admin|administration|support|hospitality|operations|"
    r"tech|accountancy|education|healthcare|government|army|military|navy|air\s+force|service|"
    r"construction|research|journalism|law|insurance|hr|recruitment|(?:social|health|elder|"
    r"child)\s+care|pharmacy|media|events|policy|audit|tax|payroll|procurement|customer\s+\w+|"
    r"guards|garda|police|the\s+force|fire\s+service|forces|marines|civil\s+service|nhs|"
    r"\w+\s+(?:team|department|industry|sector)|" + _AREAS_IN_ING
    + r")(?:\s+(?:management|sales|operations))?$", re.IGNORECASE)
"""Where years in something are years of work ("in Army logistics", "in retail management",
not "in Spain")."""
_NOT_WORK = re.compile(r"\b(?:student|nervous|parent|mum|mom|dad|fan|beginner|newbie|"
                       r"career\s+changer|changer)\b", re.IGNORECASE)


_THEN_ROLE = re.compile(r"\s*,\s*(?:an?\s+)?(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                        r"(?=\s*(?:[,.;!]|$))", re.IGNORECASE)
"""A post said after a bare word that looked like one ("im dev, sound engineer"): that word
was their name."""


def names_a_title(said: str) -> bool:
    """Whether the first part of an answer names a job ("Data scientist, I think", "backend dev,
    python preferably"): the title a "what role?" asked for, given ("ideally in a bigger
    company" names none)."""
    first = re.split(r"[,.;:!?()]|\s+(?:or|and|but|maybe|though|i\s+think)\b", said.strip(),
                     maxsplit=1)[0]
    return bool(_TITLE_WORD.search(first))


_TITLE_WORD = re.compile(r"\b(?:" + _ROLE_NOUNS + r"|fundraiser|strategist|planner|producer|"
                         r"director|instructor|trainer|pm|po|ba|qa|ux|ui|sde|swe)s?\b",
                         re.IGNORECASE)
"""The last word of a job title a short answer may name."""


_JOB = re.compile(
    r"(?:(?<![a-z])(?!(?:after|other|another|never|ever|however|whatever|rather|either|neither|"
    r"whether|over|under|later|together|further|better|sooner|longer|earlier|former|latter|"
    r"prior|junior|before|recent|different|current|present|frequent)$)"
    r"[a-z]{2,}(?:er|or|ist|ian|ant|ent|eer|ive|ic|ect)|nurse|nurses|teacher|manager|assistant|"
    r"clerk|coach|chef|cook|medic|physio|admin|analyst|accountant|lead|head|officer|partner|rn|"
    r"cna|hca|lpn|lvn|pa|ta|vet|barista|cashier|paralegal|midwife|postdoc|engineer|tutor|carer|"
    r"bookkeeper|secretary|receptionist|journalist|emt)$", re.IGNORECASE)
"""The last word of a job title ("community pharmacist", "PE teacher"); "an introvert by
nature" and "a stay at home dad" are no work to praise."""


_YEARS_OF = re.compile(
    _N.format("n") + r"\s+(?:(?P<prep>of|in|as)\s+)?(?P<what>(?:an?\s+)?[a-z][\w&-]*"
    r"(?:\s+[a-z][\w&-]*)??)(?=\s+(?:would|will|could|can|count|counts|be|is|was|does|do|help|matter|transfer|carry|"
    r"and|but|for|at|in|with|behind|under|so|now|before)\b|\s*[,.;:!?)(]|\s*$)", re.IGNORECASE)
_NOT_A_TRADE = re.compile(r"^(?:experience|my|the|this|that|it|age|school|uni|university|college|"
                          r"study|studying|practice|marriage|therapy)\b", re.IGNORECASE)


_TOLD_BY = re.compile(r"(?:i|i'?ve|we|you|u|he|she|they|have|had|spent|went|lived|been)\b",
                      re.IGNORECASE)
"""Who told it or how, never the post itself: "I spent 4 years in sales" names no "I spent"."""
_AN = frozenset({"LPN", "LVN", "RN", "HCA", "MBA", "SEN", "NHS", "FP&A"})
"""Acronyms said with "an": "an LPN"."""
_LETTERS = re.compile(r"\b(?:emt|rn|cna|hca|lpn|lvn|hr|it|qa|ux|ui)\b")
"""Posts said by their letters, typed in lower case on a phone."""
_ROLE_FOR_YEARS = re.compile(
    r"(?:^|[,;:!.]\s*|\s[-\u2013\u2014]\s*)(?:(?:so|and|but|well|ok|yeah|hi|hey)\W+)*"
    r"(?:(?:was|been|worked\s+as|i'?m|im|i\s+am)\s+)?"  # "so im a nurse for 3 yrs"
    r"(?:(?:a|an)\s+)?(?P<what>(?:"
    r"(?!(?:for|of|at|in|with)\b)[a-z][\w&-]*\s+){0,2}(?!(?:for|of|at|in|with)\b)[a-z][\w&-]*)"
    r"(?:\s+(?:at|in|with)\s+(?:an?\s+|the\s+)?(?:[\w&'-]+\s+){0,3}?"
    r"[\w&'-]+)?(?:\s+(?:for|of)\s+|,?\s+)" + _N.format("n") + r"(?:\s+in\b)?", re.IGNORECASE)
"""A post and its years said without "I'm": "hi! im priya, chem teacher for 7 yrs", "so bit
abt me, was a chef for 12 yrs"."""


def years_of(text: str) -> str:
    """Years of work named in passing, in a question too: "would 18 years of teaching count
    for anything?" tells the contact as much as "I've taught for 18 years"."""
    for found in _ROLE_FOR_YEARS.finditer(text):
        what = found["what"]
        if re.match(r"(?:retired|former|ex-?)\b", what, re.IGNORECASE):
            continue  # "Retired Army major, 20 yrs in logistics": the years are the career's,
            # not "20 years as a retired Army major"
        if _JOB.search(what.split()[-1]) and not _NOT_A_TRADE.match(what) and not _TOLD_BY.match(
                what) and _count(
                found["n"]) >= 2:
            what = what if what.split()[0].isupper() else what[:1].lower() + what[1:]
            what = _LETTERS.sub(lambda m: m.group(0).upper(), what)  # "an emt": an EMT
            first = what.split()[0]  # "an HR advisor", "an SEO lead": a letter said with a vowel
            letters = first.isupper() and len(first) > 1  # "UX" is said "you-ex": "a UX …"
            article = "an" if (what[:1].lower() in "aeiou" and not letters) or first in _AN or (
                letters and first[0] in "AEFHILMNORSX") else "a"
            return f"{_count(found['n'])} years as {article} {what}"
    for found in _YEARS_OF.finditer(text):
        what = found["what"]
        core = re.sub(r"^an?\s+", "", what, flags=re.IGNORECASE)
        if (_NOT_A_TRADE.match(core) and not re.match(r"the\s+\w+$", core, re.IGNORECASE)) or (
                _count(found["n"]) < 2):  # "22 years in the guards" is a trade too
            continue
        if not found["prep"]:  # "20 yrs Army logistics": shorthand, for a work area in full
            if len(core.split()) > 1 and _WORK_AREA.search(core) and not _JOB.search(
                    core.split()[-1]):
                return f"{_count(found['n'])} years in {what}"
            continue
        if core.split()[0].lower().endswith("ing") or _WORK_AREA.search(core) or _JOB.search(
                core.split()[-1]):
            return f"{_count(found['n'])} years {found['prep'].lower()} {what}"
    return ""


_NAME_THEN_ROLE = re.compile(
    r"\bI(?:'m|m|\s+am)\s+(?P<name>[^\W\d_][\w'-]+)\s*,\s*(?:(?P<a>an?)\s+)?(?P<role>[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,2}?)(?=\s*(?:[,.;!]|\s+(?:in|at|for|from|with|and|but)\b|$))",
    re.IGNORECASE)
"""A name, then the work ("im siobhan, chemistry teacher in dublin")."""
_NO_NAME = re.compile(r"(?:so|sorry|not|also|just|here|good|fine|ok|okay|back|new|based|from|"
                      r"currently|now|still|really|very|tired|afraid|sure|glad|happy|keen|"
                      r"interested|looking|working|thinking|hoping|trying|going|a|an|the)$",
                      re.IGNORECASE)


def _name_then_role(text: str) -> re.Match[str] | None:
    found = _NAME_THEN_ROLE.search(text)
    return found if found and not _NO_NAME.match(found["name"]) and not _NOT_WORK.search(
        found["role"]) and _JOB.search(found["role"].split()[-1]) else None


def _count(said: str) -> int:
    return int(said) if said.isdigit() else SPOKEN_NUMBERS[" ".join(said.lower().split())]


def background_of(text: str) -> str:
    """What the user said they do, as the contact would put it back: "12 years as a
    pharmacist", "your bookkeeping"; "" when no working background is told."""
    role, doing = _ROLE.search(text), _DOING.search(text)
    years = next((y for y in _YEARS.finditer(text) if not _AGE.search(text[:y.start()])), None)
    role = role if role and not _NOT_WORK.search(role["role"]) and _JOB.search(role["role"]) and (
        role["a"] or re.search(r"working\s+as\s*$", text[:role.start("role")], re.I)) else None
    told = role or _BARE_ROLE.search(text) or _name_then_role(text)
    if years and told and _ANOTHER_CLAUSE.search(text[min(years.end(), told.end()):max(
            years.start(), told.start())]):
        years = None  # "I drive truck for 15 years and now I am warehouse supervisor"
    n = years and _count(years["n"])
    if role:
        what = _LETTERS.sub(lambda m: m.group(0).upper(), role["role"])  # "an emt": an EMT
        article = "an" if what[:1].lower() in "aeiou" else "a"
        article = role["a"].lower() if role["a"] and role["a"].lower() != "the" else article
        return f"{n} years as {article} {what}" if n and n > 1 else f"your work as {article} {what}"
    bare = _BARE_ROLE.search(text) or _name_then_role(text)
    if bare:
        what = _LETTERS.sub(lambda m: m.group(0).upper(), bare["role"])
        then = _THEN_ROLE.match(text, bare.end())
        if then and _JOB.search(then["role"]):  # "im dev, sound engineer": a name, then work
            what = then["role"]
        article = bare.groupdict().get("a") or ("an" if what[:1].lower() in "aeiou" else "a")
        return f"{n} years as {article} {what}" if n and n > 1 else f"your work as {article} {what}"
    if doing and not _NOT_WORK.search(doing["what"]) and not _YEARS.search(doing["what"]) and not (
            re.search(r"\d|\bmyself\b", doing["what"])) and not re.match(  # "teaching myself UX"
            r"(?:it|this|that|a|an|the|some|my|so|really|well|ok|okay|good|fine|with|tell|say|"
            r"mention|ask|explain|"
            r"married|single|divorced|widowed|retired|unemployed|depressed|vegan|working|"
            r"thinking|looking|trying|wanting|planning|hoping|considering)\b",
            doing["what"], re.IGNORECASE):
        what = doing["what"]
        if what.lower().startswith("in "):  # "I've been in audit for 2 years"
            return f"{n} years {what}" if n and n > 1 else f"your work {what}"
        return f"{n} years of {what}" if n and n > 1 else f"your {what}"
    done = _DONE.search(text)
    if done and _count(done["n"]) > 1:  # "I've taught analytical chemistry for nine years"
        verb = done["verb"].lower()
        what = f"in {done['what']}" if verb.startswith("worked") else \
            f"of {_AS_DOING[verb]} {done['what']}"
        return f"{_count(done['n'])} years {what}"
    spent = _SPENT.search(text)
    if spent and spent["verb"]:  # "teaching maths for 20 yrs", "working in retail for 12"
        verb = spent["verb"].lower()
        what = " ".join(w for w in (verb, spent["vwhat"]) if w)
        if verb.startswith("working") and spent["vwhat"]:
            what = f"in {spent['vwhat']}"
        return (f"{_count(spent['m'])} years {'' if what.startswith('in ') else 'of '}{what}"
                if _count(spent["m"]) > 1 else "")
    if spent and _count(spent["n"]) > 1 and (
            (spent["prep"].lower() == "at" and spent["what"][:1].isupper())
            or (spent["prep"].lower() != "at" and (_WORK_AREA.search(spent["what"])
                                                     or spent["what"] == "IT"))):
        prep = "of" if spent["prep"].lower() == "doing" else spent["prep"].lower()
        return f"{_count(spent['n'])} years {prep} {spent['what']}"
    return ""


_WORKS = re.compile(
    r"\bI\s+(?:currently\s+|just\s+|still\s+|mostly\s+|now\s+)?(?:"
    r"(?P<drive>drive)\s+(?:for\s+)?(?P<platform>uber(?:\s+eats)?|lyft|doordash|instacart|"
    r"rideshare|deliveries|(?:a\s+)?(?:truck|taxi|cab|bus|forklift))"
    r"|(?P<verb>work|teach|tutor|wait|run|manage|clean|cook|bartend|sell)\s+"
    r"(?P<what>(?:(?:at|for|in)\s+)?(?:[\w&'-]+\s+){0,3}?[\w&'-]+)" + _STOP + r")",
    re.IGNORECASE)
"""Work told in the present tense, with no post named: "i drive uber rn", "I teach Spanish at a
high school"."""
_GERUND = {"work": "working", "teach": "teaching", "tutor": "tutoring", "wait": "waiting",
           "run": "running", "manage": "managing", "clean": "cleaning", "cook": "cooking",
           "bartend": "bartending", "drive": "driving", "sell": "selling"}
_WORK_OBJECT = {
    "work": r"(?:at|for|in)\s+\S|(?:the|a)\s+(?:front\s+desk|desk|counter|floor|tills?|register|"
            r"bar|door)\b", "wait": r"tables\b",
    "sell": r"(?!(?:it|them|myself|that|this|out|up|on|stuff|my\s+(?:own|stuff|things))\b)[a-z]",
    "run": r"(?:a|an|my|our|the)\s+\S",
    "manage": r"(?:a|an|my|our|the)\s+(?!(?:own\s+)?(?:time|money|stress|life|schedule|"
              r"workload|diary|calendar|expectations)\b)\S",
    "clean": r"(?:houses|homes|offices|for)\b",
    "cook": r"(?:at|for|in)\s+\S", "teach": r"(?!(?:myself|me|you|that|it|this)\b)\S",
    "tutor": r"\S", "bartend": r"(?:at|in|for)\s+\S"}
"""What must follow a verb for it to be work: "I work at Starbucks", not "I work hard"."""
_NO_OBJECT = re.compile(r"\b(?:hard|well|from\s+home|remotely|own|a|an|the|my|our)$",
                        re.IGNORECASE)
_BRANDS = {"uber": "Uber", "lyft": "Lyft", "doordash": "DoorDash", "instacart": "Instacart",
           "eats": "Eats", "amazon": "Amazon", "starbucks": "Starbucks", "walmart": "Walmart",
           "costco": "Costco", "mcdonalds": "McDonald's", "tesco": "Tesco", "my": "your",
           **{w.lower(): w for w in ("English", "Spanish", "French", "German", "Italian",
                                     "Mandarin", "Chinese", "Japanese", "Portuguese", "Arabic",
                                     "ESL", "ESOL")}}
"""Said back as the contact would write it: "teaching Spanish", "driving for Uber"."""


def work_of(text: str) -> str:
    """What the user does for a living when told with a verb, not a post: "3 years driving for
    Uber", "your work teaching Spanish"; "" when nothing is told."""
    found = _WORKS.search(text)
    if not found:
        return ""
    if found["drive"]:
        platform = found["platform"]
        bare = re.match(r"(?:a\s|deliveries|rideshare)", platform, re.IGNORECASE)
        what = f"driving {'' if bare else 'for '}{platform}"
    else:
        verb = found["verb"].lower()
        what = found["what"]
        if not re.match(_WORK_OBJECT[verb], what, re.IGNORECASE) or re.match(
                r"(?:at|for|in)\s+(?:home|the\s+moment|now|a\s+bit|a\s+while)\b", what,
                re.IGNORECASE) or _NO_OBJECT.search(what):
            return ""
        what = f"{_GERUND[verb]} {found['what']}" if verb != "work" else what if re.match(
            r"(?:at|for|in)\b", what, re.IGNORECASE) else f"on {what}"  # "the front desk"
    what = " ".join(_BRANDS.get(w.lower(), w) for w in what.split())
    # "i run our customer advisory board": the board, which "our" would make the contact's
    what = re.sub(r"\b(?:our|ur)\b", "the", re.sub(r"\bmy\b", "your", what, flags=re.I), flags=re.I)
    years = _YEARS.search(text)
    n = years and _count(years["n"])
    if n and n > 1:
        return f"{n} years {'working ' if found['verb'] == 'work' else ''}{what}"
    return f"your work {what}"


_LEFT_WORK = re.compile(
    r"\b(?:(?:i|i'?ve|i\s+have)\s+(?:recently\s+|just\s+)?(?:retired|left\s+(?:my\s+job|"
    r"the\s+(?:navy|army|air\s+force|military|marines|service|forces|police|force))|been\s+laid\s+"
    r"off|was\s+laid\s+off|got\s+laid\s+off|was\s+made\s+redundant)|(?:i'?m|im|i\s+am)\s+(?:now\s+)?"
    r"(?:retired|between\s+jobs|out\s+of\s+work|unemployed|not\s+working|on\s+a\s+career\s+break)"
    r"|\((?:retd?|retired)\.?\))", re.IGNORECASE)
"""Said by someone no longer in a job ("I recently retired from the Indian Navy", "I was laid
off in March"): a contact asks about their last job, not their current one."""
_CURRENT = re.compile(r"\b(?:your|ur)\s+(?:current|present)\s+(?P<what>job|role|work|position|"
                      r"team|workplace|employer)\b", re.IGNORECASE)


def left_work(text: str) -> bool:
    """Whether the user says they are out of work now: retired, laid off, between jobs."""
    return bool(_LEFT_WORK.search(text))


def as_told(follow_up: str | None, left: bool) -> str | None:
    """A contact's question to the user as fits what they said: "What's one process at your
    current job you've improved?" to a retired naval officer asks about the last one."""
    if not follow_up or not left:
        return follow_up
    return _CURRENT.sub(lambda m: f"your last {m['what']}", follow_up)
