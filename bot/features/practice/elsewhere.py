"""Questions about another employer ("do you know if Rolls-Royce pays a bonus?").

A contact knows their own organisation from the inside and nobody else's, so a question
about a named other one gets an honest "I can't speak for them", not the contact's own
bonus, interview or team answered as if it were that employer's.
"""

from __future__ import annotations

import re

from bot.banks.model import Bank
from bot.features.practice.change_of_mind import after_change_of_mind
from bot.features.practice.credentials import ACRONYMS
from bot.features.practice.cues import USES_YOUR_NAME, WANTS_TO_MEET
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.terms import PLACE_WORDS

__all__ = ["as_a_school", "bank_words", "named_colleague", "named_elsewhere", "only_my_side",
           "other_side"]

_NAME = (r"(?P<name>(?:(?:Mt|St|Ft|Pt)\.\s+)?[A-Z][\w&'.-]*[\w&](?:\s+(?:(?:of|do|da|de|dos|"
         r"das|del|des|du|di|della|von|van|der|den)\s+(?:the\s+)?)?[A-Z][\w&'.-]*[\w&])*)")
"""A name of capitalised words, "of" inside it too: "Illinois State Board of Education",
"Bank of America", "Médicos do Mundo", "Mt. Carmel" (a name cut at "of" or after "Mt."
reads as another organisation; "and" joins two)."""
_AT_NAME = re.compile(
    rf"\b(?:at|for|with|join|joining|if|does|do|did|is|are|like|what|whether|how|or|about|of)\s+"
    rf"(?:the\s+)?{_NAME}")
"""A name where an employer stands ("at Siemens", "if Rolls-Royce pays", "like Target or
Best Buy")."""
_THEIR_TEAM = re.compile(
    rf"{_NAME}['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?(?:teams?|interviews?|(?:interview|hiring|recruiting|"
    r"application)\s+process|process|hiring|grad|graduate|scheme|internships?|culture|offices?|pay|"
    r"salaries|rounds?)\b")
"""An employer named by what belongs to it: "how many interview rounds Moderna's data science
team does"."""
_TYPED_LOWER = re.compile(
    r"\b(?:if|whether|does|do|at|like)\s+(?P<name>[a-z][a-z0-9&-]{2,})(?:['\u2019]s)?\s+(?:(?:still|"
    r"even|ever|actually|usually|really|currently)\s+)?(?:hires?|"
    r"hiring|is\s+hiring|are\s+hiring|pays?|takes?\s+(?:on|grads?|graduates|interns|juniors)|recruits?|"
    r"sponsors?|(?:grad|graduate)\s+"
    r"scheme|internships?|apprenticeships?)\b")
"""An employer typed in lower case on a phone: "do u know if mailchimp hires bootcamp grads",
"is gymshark's grad scheme open", "if goldman still takes grads"."""
_TYPED_LOWER_THEY = re.compile(
    r"\b(?:what|how)\s+about\s+(?P<name>[a-z][a-z0-9&-]{2,}(?:\s+(?!here\b|there\b|in\b)[a-z][a-z0-9&-]"
    r"{2,}){0,2})(?:\s+(?:(?:up|down|over|out)\s+)?(?:here|there)?\s*(?:in|at)\s+[a-z]+|\s+(?:here|"
    r"there))?\s*[,?]\s*"
    r"(?:do|does|would|are|is|will|have|has)\s+(?:they|them|it)\b"
    r"|^\W*(?:(?:quick\s+one|also|and|oh)\W+)?(?P<base>[a-z][a-z0-9&-]{2,})\s+(?:have|has|got)\s+"
    r"an?\s+(?:office|team|base|hub|site)\b"
    # "do u know anything about banner health here in phoenix?"
    r"|\b(?:know|heard)\s+(?:anything|much|a\s+lot|something)\s+about\s+(?P<about>[a-z][a-z0-9&-]{2,}"
    r"(?:\s+(?!here\b|there\b|in\b|at\b|as\b|for\b|or\b|and\b)[a-z][a-z0-9&-]{2,})?)"
    r"(?=\s+(?:here|there|in|at|as|for)\b|\s*[?.!,]|\s*$)")
"""An employer in lower case whose "they" follows: "what about heartland alliance, do they
hire ppl like me?", "skyscanner have an office up here, any idea if they take juniors"."""
_NOT_A_NAME = frozenset({
    "they", "them", "companies", "company", "employers", "employer", "agencies", "agency",
    "banks", "schools", "hospitals", "firms", "startups", "charities", "nonprofits", "people",
    "anyone", "anybody", "recruiters", "teams", "you", "your", "u", "ur", "she", "he", "it",
    "this", "that", "these", "those", "most", "many", "some", "any", "all", "big", "small",
    "local", "tech", "places", "organisations", "organizations", "councils", "trusts",
})
"""Words where an employer's name would stand that name none."""
_ASKS_ABOUT_THEM = re.compile(
    r"\b(?:(?:do|would|did)\s+(?:you|u)\s+(?:\S+\s+){0,2}know|any\s+idea|they|their|theirs|them|its|"
    # "you know what UPS pays there analysts?": "do" dropped, as typed on a phone
    r"^\W*(?:(?:yo|hey|so|and|oh)\W+)?(?:you|u|ya)\s+know\s+(?:what|if|whether|how)|"
    r"(?:what\s+do\s+(?:you|u)\s+think|have\s+(?:you|u)\s+heard)\s+(?:of|about)\s+(?=[A-Z])|"
    r"working\s+(?:at|for)|work\s+(?:at|for)\s+(?!you\b)|(?:process|interviews?|culture|hiring|"
    r"scheme|internships?|salar(?:y|ies)|pay)\s+(?:at|for)\s+(?!(?:you|your|ur)\b)"
    # "what about accenture here in manila, is it a good first job?"
    r"|is\s+it\s+(?:a\s+)?(?:good|decent|bad|any\s+good)\s+(?:company|employer|firm|"
    r"(?:first\s+)?job)\s+(?:for|to)\b)", re.IGNORECASE)
"""What makes the question about that employer rather than the contact: "do you happen to
know", "their finance team", "what's it like working at ...", "the interview process at
Toss"."""
_APPLYING_TO = re.compile(
    rf"\b(?:role|job|position|post|interview|interviewing|offer|opening|vacancy|applying|"
    rf"applied)\s+(?:at|with|for|from|to)\s+{_NAME}")
"""Context that names the employer a following "they" means ("a role at Sky ... what do
they ask?"); the user's own employer ("I work at Tesco") is not one."""
_SAID_OF_IT = re.compile(rf"(?:^|[.!?]\s+){_NAME}\s+(?:(?:has|have|had|is|are|runs|opened|just\s+"
                         r"opened)\s+(?:its|their|a|an|the|big|huge|one)\b|(?:is|are)\s+(?:"
                         r"headquartered|based|huge|massive|big)\b)")
"""An employer the context tells of ("Asda has its head office here in Leeds."), which a
following "their data team" means."""
_BODY = re.compile(rf"\b(?:{'|'.join(ACRONYMS)}|ican|icaew|icas|aicpa|nmc|hcpc|gmc|rcn|bcs|"
                   r"iiba|pmi|institute|association|society|chartered)\b",
                   re.IGNORECASE)
"""A professional body's name ("CPA Canada", "Chartered Institute of Marketing")."""
_EMPLOYS = re.compile(r"\b(?:hospitals?|trust|nhs|health|healthcare|clinics?|group|bank|ltd|"
                      r"inc|plc)\b", re.IGNORECASE)
"""A word that makes a name an employer's, whatever else it holds ("University Hospitals
Birmingham", an NHS trust, not a university)."""
_NOT_EMPLOYERS = frozenset({
    "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "christmas", "easter", "uni", "university", "school",
    "college",
    # "do you know if Australian employers look for different things?": a country's, not one
    "australian", "american", "british", "canadian", "irish", "indian", "german", "french",
    "european", "english", "scottish", "welsh", "asian", "african", "nigerian", "ghanaian",
    "uk", "us", "usa", "eu",
    # a public service, not one employer: "anyone … at the Police and Crime Commissioner's"
    "police", "army", "navy", "military", "government", "parliament",
})
"""Capitalised words after "at" or "with" that are not an employer."""
_ROLES_ABBREVIATED = re.compile(r"[A-Z]{2,5}s")
"""A plural of capitals is people in a role ("EMs", "PMs", "SWEs"), never an employer."""
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_OWN_S = re.compile(r"(?:St\.?|Saint)\s+\S+['\u2019]s$|(?:Sainsbury|McDonald|Macy|Kohl|Lowe|"
                    r"Kellogg|Moody|Lloyd|Domino|Wendy|Trader\s+Joe|Sotheby|Christie|Barnardo)"
                    r"['\u2019]s$")
"""Names whose "'s" is their own: a saint's ("St Mungo's", "St Thomas's") or a founder's."""
_ORG_END = re.compile(r"['\u2019]s\s+(?:[A-Z]\w*\s+)*(?:Hospital|Trust|School|Society|Fund|College|"
                     r"University|Foundation|Centre|Center|Bank|Services|Home|Clinic|Charity)$")
"""A name with a possessive inside it ("Birmingham Children's Hospital"), kept whole."""
_WORDS = re.compile(r"[a-z][a-z&'-]*")
_vocabulary: dict[int, tuple[Bank, frozenset[str]]] = {}
"""Each bank's words, built on its first question about an employer (start-up is not slowed)."""


def named_elsewhere(question: str, context: str, bank: Bank) -> str | None:
    """The other employer a question asks about, if it names one; else None."""
    if not _ASKS_ABOUT_THEM.search(question) and not _THEIR_TEAM.search(question):
        return None
    named = list(_AT_NAME.finditer(question))  # "about the PME at UCC": where it is, first
    found = sorted((m.group("name") for m in named), key=lambda n: any(
        m.group("name") == n and m.group(0).lower().startswith(("about ", "of ")) for m in named))
    found += [m.group("name") for m in _THEIR_TEAM.finditer(question)]
    found += [m.group("name").capitalize() for m in _TYPED_LOWER.finditer(question)
              if m.group("name") not in _NOT_A_NAME]
    found += [typed.title() for m in _TYPED_LOWER_THEY.finditer(question)
              if (typed := m.group("name") or m.group("base") or m.group("about"))
              and typed.split()[0] not in _NOT_A_NAME]
    if re.search(r"\b(?:they|their|them)\b", question, re.IGNORECASE):
        found += [m.group("name") for m in _APPLYING_TO.finditer(context)]
        # "companies like Andela or Turing hire remote devs. are they good for a junior?"
        found += [m.group("name") for m in _AT_NAME.finditer(context)  # (not "I work at Tesco")
                  if m.group(0).lower().startswith("like ")]
        found += [m.group("name") for m in _SAID_OF_IT.finditer(context)
                  if m.group("name").lower() not in PLACE_WORDS]
    known = bank_words(bank)
    found = [_whole(n, question) for n in found]
    for name in (n if _OWN_S.match(n) or _ORG_END.search(n) else _POSSESSIVE.split(n)[0]
                 for n in found):
        # "Unilever's scheme", "Skyscanner's CRM team" are Unilever's and Skyscanner's; "St
        # Mungo's" is the charity's own name
        words = _WORDS.findall(name.lower())
        # a name of its own: not every word one the bank uses ("Power BI", "Google
        # Classroom"), and none a month or a day
        if re.search(rf"\b{re.escape(name)}\s+(?:(?:levels?|grades?|bands?|scales?|for\s+change|"
                     r"pay)\b|\d)", question, re.IGNORECASE):
            continue  # "the GS levels", "Agenda for Change", "Band 6": a pay scale, no employer
        if name.lower() in PLACE_WORDS or _ROLES_ABBREVIATED.fullmatch(name):
            continue  # "from Kenya or the Philippines", "on-call for EMs": no employer
        if re.search(rf"\b(?:through|via|using|with)\s+(?:something|a\s+(?:platform|service|"
                     rf"tool|site|app)|an\s+(?:agency|app))\s+like\s+{re.escape(name)}\b",
                     question, re.IGNORECASE):
            continue  # "as a contractor through something like Deel": a service, no employer
        if _BODY.search(name):
            continue  # "CPA Canada", "the Chartered Institute of Marketing": a professional
            # body, whose rules are the question, not an employer the contact can't speak for
        if words and not all(w in known for w in words) and (not any(
                w in _NOT_EMPLOYERS for w in words) or _EMPLOYS.search(name)):
            return name  # (not "Leeds University", but "University Hospitals Birmingham")
    return None


def _whole(name: str, question: str) -> str:
    """The name with the capitalised words joined to it by "and" before it: "Police and Crime
    Commissioner's", not "Crime Commissioner's"."""
    before = re.search(rf"((?:[A-Z][\w'-]*\s+)+(?:and|&)\s+){re.escape(name)}", question)
    return before.group(1) + name if before else name


def bank_words(bank: Bank) -> frozenset[str]:
    """Words the bank itself uses (its questions, the lexicon's words, its personas' own
    employers): never another employer, nor a typo to put right."""
    cached = _vocabulary.get(id(bank))
    if cached is None or cached[0] is not bank:  # an id is only unique while its bank lives
        words: set[str] = set(LEXICON.tool_words) | set(LEXICON.topic_words) | set(
            LEXICON.work_words) | set(LEXICON.stopwords)
        for q in bank.questions:
            for text in (q.text, *q.phrasings, *q.keywords):
                words.update(_WORDS.findall(text.lower()))
        for persona in bank.personas:
            for text in (persona.name, persona.role, persona.organisation, *persona.distinctive):
                words.update(_WORDS.findall(text.lower()))
        cached = _vocabulary[id(bank)] = (bank, frozenset(words))
    return cached[1]


_PERSON = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+|\b(?:[Tt]alk\s+to|[Mm]eet|colleague|friend|deputy|introduce\s+"
    r"you\s+to|and)\s+)?\b([A-Z][a-z]{2,})\b(?:(?=\s+(?:joined|came|moved|did|took|runs|leads|"
    r"is\s+(?:a|an|one|now|our)|was\s+(?:a|an)|who|on\s+(?:my|our)|at\s+our|from|retrained|switched|"
    r"started|co-runs|reviews|interviews|hires|went|knows|designs|manages)\b)|(?=,\s+(?:who|a|an|"
    r"our|my|knows|runs|leads|manages|reviews|hires|is|was|did|came|moved|from|in|at)\b))")
_TALK_TO = re.compile(r"\b[Tt]alk\s+to\s+(?:my\s+colleague\s+|our\s+)?([A-Z][a-z]{2,})\b")
"""Whoever follows "talk to" is a person ("Talk to Denise in our fiscal office")."""
"""A capitalised word in what the contact said that no question of the bank uses: a name
("Femi joined at 40", "our coordinator, Mr Patel")."""
_THEM = re.compile(r"\b(?:she|he|they|her|him|his|them|their)\b", re.IGNORECASE)
_THEIR_ROLE = re.compile(
    r"\b(?:ur|your)\s+((?:[a-z-]+\s+)?(?:manager|boss|colleague|lead|director|controller|analyst|"
    r"nurse|teacher|designer|engineer|head|coordinator|mentor|partner))\b", re.IGNORECASE)
"""Someone the contact mentioned by role ("our analytics manager"), asked about as "your"."""
_ASKS_ABOUT = r"\b(?:how|what|when|why|where|did|does|is|was|has|would|could)\b[^.!?]*?\b{name}\b"


def people_named(said: str, bank: Bank) -> set[str]:
    """The people the contact named in ``said`` ("Talk to Daniel", "Grace, who retrained")."""
    known = bank_words(bank) | _NOT_EMPLOYERS
    return {m.group(1) for pattern in (_PERSON, _TALK_TO) for m in pattern.finditer(said)
            if m.group(1).lower() not in known}


def anyone_named(said: str) -> bool:
    """Whether ``said`` names a person at all ("Denise, who leads our commercial finance team"),
    the contact's own colleagues included, which ``people_named`` leaves out as the bank's."""
    common = LEXICON.stopwords | LEXICON.places | LEXICON.tool_words | LEXICON.topic_words | (
        LEXICON.work_words)
    return any(m.group(1).lower() not in common for pattern in (_PERSON, _TALK_TO)
               for m in pattern.finditer(said))


def named_colleague(question: str, said: list[str], bank: Bank) -> str | None:
    """Someone the contact mentioned whom the question asks about ("how did Femi get into
    nursing?"): their story is theirs to tell, so the contact offers to introduce them. Not a
    question taken back ("… for Marisol? actually no not that one, …")."""
    question = after_change_of_mind(question)
    if USES_YOUR_NAME.search(question):  # "may I mention your name when I write to him?"
        return None
    known = bank_words(bank) | _NOT_EMPLOYERS | LEXICON.places  # "London is…" names no person
    named = {m.group(1) for text in said for m in _PERSON.finditer(text)
             if m.group(1).lower() not in known}
    for name in sorted(named):
        mentioned = re.search(rf"\b{re.escape(name)}\b", question, re.IGNORECASE)
        if mentioned and (re.search(_ASKS_ABOUT.format(name=re.escape(name)), question, re.I)
                          or WANTS_TO_MEET.search(question)  # "… id love to talk to"
                          or _THEM.search(question[mentioned.end():])  # "femi, how did she"
                          or re.search(rf"\b{re.escape(name)}['\u2019]s\b", question, re.I)):
            return name
    role = _THEIR_ROLE.search(question)
    if role and _THEM.search(question[role.end():]) and any(
            re.search(rf"\b(?:our|my)\s+{re.escape(role.group(1))}\b", t, re.I) for t in said):
        return f"my {role.group(1).lower()}"  # "ur analytics manager … how did they get in?"
    return None


_FIELDS_NAMED = {
    "data_analytics": r"data\s+(?:analytics|analysis|analysts?|science|scientists?)|analytics|"
                      r"analyst\s+(?:roles?|jobs?)",
    "software_engineering": r"(?:software\s+|web\s+)?(?:devs?|developers?)|(?:software|web)\s+"
                            r"(?:engineering|development)",  # not "meetings versus coding",
    # which a data scientist does too: an activity, not another field
    "ux_design": r"ux(?:\s+(?:design|research))?|product\s+design|user\s+research",
    "product_management": r"product\s+management|product\s+managers?|pms?|apms?",
    "finance": r"finance|fp&a|fp\s+and\s+a|banking|accountancy|accounting|audit",
    "marketing": r"marketing|comms(?!\s+skills)|communications(?!\s+skills)|pr",
    "healthcare": r"nursing|healthcare|health\s+care|the\s+nhs",
    "education": r"teaching|the\s+classroom|education",
    "nonprofit_public": r"charity\s+work|charities|the\s+charity\s+sector|nonprofits?|non-profits?|"
                        r"public\s+sector|civil\s+service|government",
}
_FIELD_SAID = {"data_analytics": "data analytics", "software_engineering": "development",
               "ux_design": "UX", "product_management": "product management",
               "finance": "finance", "marketing": "marketing", "healthcare": "healthcare",
               "education": "teaching", "nonprofit_public": "charities and the public sector"}
_COMPARED = (r"(?:vs\.?|versus|than|compared\s+(?:to|with)|instead\s+of|rather\s+than|"
             r"(?<!carry\s)(?<!carries\s)(?<!carried\s)(?<!move\s)(?<!moving\s)(?<!switch\s)over)")
"""A comparison ("PM over data analytics"); "carry over", "move over" compare nothing."""
_OTHER_SIDE = {field: re.compile(
    rf"\b{_COMPARED}\s+(?!(?:my|i|what\s+i|our)\b)(?:\w+\s+){{0,2}}?(?P<a>{named})\b|"
    rf"(?<!\bmy\s)\b(?P<b>{named})\b[^.?!]{{0,60}}?\b"
    rf"{_COMPARED}\b", re.IGNORECASE) for field, named in _FIELDS_NAMED.items()}


def other_side(text: str, field: str) -> str | None:
    """Another field a comparison names ("is data analytics an easier way in than dev?", "what
    do analysts get paid vs devs?"), which this contact sees only from outside: said back, so
    their answer is heard as their side of it."""
    for other, pattern in _OTHER_SIDE.items():
        if other != field and pattern.search(text):
            return _FIELD_SAID[other]
    return None


def only_my_side(named: str) -> str:
    return (f"I can only speak for my side of that; on {named}, someone who works in it would"
            f" know better.")


_A_SCHOOL = re.compile(r"(?:'s)?\s+(?:(?:[\w-]+\s+){0,2}(?:program(?:me)?s?|courses?|degrees?|"
                       r"school|university|college|bootcamp|BSN|MSN|MBA|MSc|MA|PGCE|apprenticeship)"
                       r"|(?:or|vs|versus)\s+\w+(?:'s)?\s+(?:[\w-]+\s+){0,2}(?:program(?:me)?s?|"
                       r"courses?|degrees?|bootcamps?|BSN|MSN|MBA))\b", re.IGNORECASE)


def as_a_school(name: str, question: str) -> str | None:
    """The honest reply when the place named is a school or its programme ("Loyola's or
    DePaul's accelerated program"), not an employer; None when it is an employer."""
    if not re.search(re.escape(name) + _A_SCHOOL.pattern, question, re.IGNORECASE):
        return None
    return (f"I can't rank {name}'s programme against others: I only know my own training and"
            " the people I've hired. Ask each programme what its recent graduates went on to do"
            " and how many passed the exams that follow, and talk to a current student or two:"
            " they'll tell you what the brochure won't.")

