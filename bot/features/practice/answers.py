"""What an answer in 'they ask' shows: its length in words, filler words, concrete specifics,
and whether it turns the conversation back to the contact."""

from __future__ import annotations

import re

from bot.features.practice.details import SCENE, lower_case_details
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.turning import turned_back, turns_back

__all__ = ["COUNTED", "count_fillers", "find_specifics", "is_example_cue", "is_shrug", "is_thin",
           "slang_words", "tone_flags", "turned_back", "turns_back", "uncommitted_words"]


def word_count(text: str) -> int:
    """Words as a word counter sees them: "FP&A", "I'm" and "\u00a33,000" count once."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


_FILLER_PATTERNS: dict[str, re.Pattern[str]] = {
    "um": re.compile(r"\b(?:um+|umm+|erm+)\b", re.IGNORECASE),
    # "er" only in lower case or as "Er": "ER" is an acronym (emergency room, equity research).
    "uh": re.compile(r"\b(?:[uU][hH]+|[eE]r)\b(?!-)"),
    # "like" only as a filler: set off by commas, or after was/is/it's; never "I like
    # data", "would like to", "looks like", "something like".
    "like": re.compile(
        # ", like a policy officer or campaigns thing", "side projects, like a discord bot":
        # examples, "such as"
        r"(?:(?<=,)\s*like\b(?!\s+(?:i|we|you|u)\s+(?:said|say|mentioned|told|wrote)\b|\s+[A-Z][\w&]*[A-Z\d&]|\s+an?\s+(?!(?:lot|bit|little|year|month|week|day|while|"
        r"hundred|thousand|couple|few|dozen|million)\b)[a-z]|"
        r"\s+an?\s+(?-i:[A-Z][\w&]*[A-Z\d&])|\s+(?:an?\s+|"
        r"the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:or|and|vs)\s)|"
        # "what your first year looked like, and …": what it was like, not a filler
        r"(?<!\blooked\s)(?<!\blooks\s)(?<!\blook\s)(?<!\bfelt\s)(?<!\bfeel\s)(?<!\bsounds\s)"
        r"(?<!\bseemed\s)(?<!\bseems\s)\blike\s*,|(?<!\bi\s)(?<!\bu\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bthey\s)"
        r"\b(?:was|is|it's|were|and|just|so)\s+like\b"
        # "it is like debugging", "just like a puzzle": a comparison, not a filler
        r"(?!\s+(?:to|it|that|this|them|him|her|a|an|my|your|our|their|someone|something|when|"
        r"\w{3,}ing|i\s+(?:said|say|mentioned))\b)"
        r"|(?<!\bwould\s)(?<!'d\s)(?<!\bid\s)(?<!\bfelt\s)(?<!\bfeel\s)(?<!\bfeels\s)"
        # "like 60 calls": "about"; "something like 120 families" is plain English
        r"(?<!\blooks\s)(?<!\blook\s)(?<!\bseems\s)(?<!\bsomething\s)(?<!\bmore\s)"
        r"(?<!\bthings\s)(?<!\bnothing\s)(?<!\banything\s)(?<!\bstuff\s)(?<!\s\s)"
        r"\blike\s+(?=\d))",
        re.IGNORECASE,
    ),
    "you know": re.compile(
        r"(?<!\bdo )(?<!\bdid )(?<!\blet )(?<!\bif )\byou\s+know\b(?!\s+(?:what|how|who|where|when"
        r"|why|about|anyone|someone|of)\b)",
        re.IGNORECASE,
    ),
    "basically": re.compile(r"\bbasically\b", re.IGNORECASE),
    # "actually" opening a clause pads it; "how a store actually runs" means "in fact"
    "actually": re.compile(r"(?:^|(?<=[,.;!?])|\b(?:so|and|but|um|like|oh|yeah)\b)\s*actually\b"
                           r"(?!,?\s+(?:scratch|scrap|no|wait|sorry|i\s+mean)\b)", re.IGNORECASE),
    # "a similar kind of translation" names a kind (``_A_KIND``); "that's kind of you" thanks
    "kind of": re.compile(r"\bkind\s+of\b(?!\s+(?:you|u)\b)", re.IGNORECASE),
    "sort of": re.compile(r"\bsort\s+of\b", re.IGNORECASE),
    "I mean": re.compile(r"\bI\s+mean\b", re.IGNORECASE),
    "literally": re.compile(r"\bliterally\b", re.IGNORECASE),
    # "…and it worked, so yea": trailing off; "i guess" hedging what they mean
    "so yeah": re.compile(r"\bso\s+(?:yeah|yea|ya|yh)\b", re.IGNORECASE),
    "I guess": re.compile(r"\bi\s+guess\b", re.IGNORECASE),
}
"""Filler words counted in 'they ask' answers; each rule skips the word's real uses."""


_WHAT_BEFORE = re.compile(r"\bwhat\b[^,.;!?]{0,40}$", re.IGNORECASE)
_LIKE_ENDS = re.compile(r",?\s*(?:$|[.;!?\u2026]|(?:as|for|day|in|at|when|now|these|and|but|so)\b)",
                        re.IGNORECASE)  # "what the first year felt like, and …"


_A_KIND = re.compile(r"\b(?:a|an|the|this|that|what|any|which|some|same|every|one|no|my|your|our|"
                     r"their|his|her|its|these|those|another)\s+(?:(?!(?:i|you|we|they|it|he|she|"
                     r"is|was|am|are|be|just|really|also|do|did|'s|'m)\b)[\w-]+\s+){0,2}$", re.I)
"""Before "kind of" that names a kind ("a similar kind of translation"): no filler."""


def count_fillers(text: str) -> dict[str, int]:
    """Filler words and how often each occurs (only those that occur)."""
    counts = {name: sum(not (name in ("kind of", "sort of") and _A_KIND.search(text[:m.start()]))
                        for m in p.finditer(text)) for name, p in _FILLER_PATTERNS.items()}
    # "what coding is like (as a job)": "like" asks what it resembles
    counts["like"] -= sum(1 for m in _FILLER_PATTERNS["like"].finditer(text)
                          if _WHAT_BEFORE.search(text[:m.start()])
                          and _LIKE_ENDS.match(text[m.end():]))
    return {name: n for name, n in counts.items() if n}




_NUMBER_WORDS = (
    "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|"
    "seven|eight|nine)|"  # "twenty-four years" whole, never its "four years"
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|hundred|hundreds|thousand|thousands|million|dozen"
)
COUNTED = (r"(?:staff|people|students|pupils|patients|customers|clients|users|stores|shops|sites|"
           r"countries|projects|schools|wards|beds|engineers|employees|volunteers|members|kids|"
           r"children|branches|classes|lessons|shifts|calls|orders|tickets|cases|accounts|events|"
           r"tests|testers|juniors|trainees|apprentices|products|campaigns)")
"""What a figure counts when it says how big the user's work was ("38 staff")."""
_UNITS = (
    r"(?:years?|yrs?|months?|mos|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|"
    r"reports|teams?|languages|percent|gb|tb|mb|km|kms|kilomet(?:re|er)s?|miles|kg|kilos|"
    rf"per\s+cent|{COUNTED})"
)
_STOP = (
    r"(?:a|an|the|and|or|but|so|in|on|at|to|for|of|from|with|by|as|about|that|which|who|"
    r"where|when|while|because|since|before|after|ago|i|we|my|our|it|is|was|were|are|and|"
    r"each|every|per|now|then|too|also|this|last|next|without|until|till|into|through|like)"
)
"""Words that end the thing a number counts ("two chemicals companies | where I ...")."""
_VAGUE = r"(?:things?|ways?|questions?|reasons?|bits?|sides?|options?|parts?|points?|secs?|mins?)"
"""What "two" can count without saying anything concrete ("Two things really.")."""
_CHAT = r"(?:rn|tbh|lol|atm|ngl|tho|haha|lmao)"
"""Phone shorthand after a number word ("torn between the two rn"): nothing counted."""
_DOING = (r"[a-z]+ing(?<!thing)(?<!building)(?<!meeting)(?<!training)(?<!listing)(?<!posting)"
          r"(?<!setting)(?<!opening)(?<!offering)(?<!ceiling)(?<!evening)(?<!morning)")
"""A verb's -ing after a number word ("eight running"): nothing counted."""
_SCALED = (r"\s+(?:hundred|thousand|million|billion)\b(?:\s+(?:dollars?|pounds?|euros?|quid|bucks|"
           rf"rupees|{COUNTED})\b)?")
"""A figure's scale said in words, whole: "2 million dollars", never "2" and "million dollars"."""
_GROUP_OF = (r"(?:staff|team|class|group|department|caseload|crew|unit|ward|cohort|squad|"
             r"portfolio|network|list)")
_NUMBER = re.compile(
    # a size said after what it counts: "our practice staff of eight", "a team of 12"
    rf"\b(?:(?!{_STOP}\b)[a-z]+\s+)?{_GROUP_OF}\s+of\s+(?:about\s+|around\s+|over\s+|nearly\s+|"
    rf"almost\s+|roughly\s+)?(?:\d[\d,]*|{_NUMBER_WORDS})\b(?!\s*[-\u2013%]|\.\d)"
    # money, whole ranges too: "\u00a33,000", "$40k", "\u00a320-80m", "$2 million"
    rf"|[$\u00a3\u20ac]\s?\d[\d,.]*(?:\s?[-\u2013]\s?[$\u00a3\u20ac]?\d[\d,.]*)?(?:{_SCALED}|\s?(?:[kKmM]|bn)?\b)"
    # a degree class, a group or a school year: "a 2:1", "the big 4", "2nd or 3rd grade"
    r"|\b[1-3]:[12]\b|\b(?:big|top)\s+\d{1,3}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)(?:\s+(?:or|and|to)\s+\d{1,2}(?:st|nd|rd|th))?\s+(?!or\b|and\b)[a-z]+"
    # a time of day, whole: "orders got stuck at 12:30", "by 17:00"
    r"|\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?:\s?(?:am|pm)\b)?"
    # a placing: "we placed 3rd", "came 2nd out of 40 teams"
    r"|(?:(?<=placed\s)|(?<=came\s)|(?<=finished\s)|(?<=ranked\s))\d{1,2}(?:st|nd|rd|th)\b"
    # "12%", "38k", "2.4m", "8-10 clients"
    rf"|(?<![A-Za-z]-)\b\d+(?:[,.]\d+)*(?:\s?[-\u2013]\s?\d[\d,.]*|\s+(?:to|or)\s+\d[\d,.]*(?=\s+{_UNITS}\b))?(?:{_SCALED}|\s?%|(?:km|kg|mi)s?\b|(?:[kKmM]|bn)\b|\s+(?:lakhs?|crores?|lpa)\b|-(?:year|month|week|day|hour|minute|mile|bed|person|page)\b(?:\s+(?!{_STOP}\b)[a-z]+)?|\s+{_UNITS}\b(?!\s*\d))?(?![A-Z]\b|\d)"
    # "two big clients"; never "three I" or "two of", nor "two things really"
    # (nor an idiom: "not a million miles off", "a hundred times", "a thousand ways")
    rf"|\b(?:{_NUMBER_WORDS})\s+(?!{_STOP}\b|{_VAGUE}\b|{_CHAT}\b|(?:miles|times|ways)\b|"
    rf"{_DOING}\b(?:\s+{_STOP}\b|\W*$))"
    rf"[a-z]+(?:-[a-z]+)*"
    rf"(?:\s+(?!{_STOP}\b|{_CHAT}\b)[a-z]+(?:-[a-z]+)*){{0,2}}", re.IGNORECASE)
_REFERRED_BY = re.compile(r"(?<![\w'])([a-z]{2,}(?:\s+[a-z]{2,})?)\s+(?:suggested|recommended|"
                          r"referred|mentioned)\s+(?:you|u|i|me|your\s+name)\b")
"""Who sent the user, named in lower case: a name all the same."""
_OWN_NAME = re.compile(r"\b(?:i'?m|i\s+am|my\s+name\s+is|name'?s|this\s+is|call\s+me|myself)\s+$",
                       re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:i'?m|i\s+am|aged?|turn(?:ed|ing|s)?|(?:too\s+)?old\s+at|being|"
                         r"(?:that|worried|worry|scared|and|but|so|is\s+it|am\s+i)\s+at|^\W*at|"
                         r"(?:i'?ll|i\s+will)\s+be|when\s+i\s+was)\s+(?:[A-Z][\w'-]+,\s+)?"
                         r"(?:almost\s+|nearly\s+|about\s+)?$", re.IGNORECASE)
"""Before an age ("I'm 38", "I turn 41 this year", "too old at 41"): no detail of their work."""
_COUNTED_AFTER = r"\s+(?!(?:this|is|was|as|has|yrs|years)\b)[a-z]+s\b"  # "turned 30 dashboards"
_COMMON_WORDS = (frozenset(LEXICON.synonyms) | LEXICON.stopwords | LEXICON.work_words
                 | LEXICON.topic_words | frozenset({"age", "work", "job", "career", "life"})) \
    - LEXICON.tool_words - {"word", "outlook", "target", "mind", "teams", "slack", "notion"} \
    - {"army", "navy", "raf", "marines", "military"}
"""Everyday words of the work: capitalised mid-sentence ("my Age", "Organization") they name
nothing; a tool ("Excel") or a service ("after the Army") still does."""
_AGE_AFTER = re.compile(r"\s*(?:yo|y/o|yrs?\s+old|years?\s+old|year-old)\b", re.IGNORECASE)
_NUMBERED = frozenset({"Level", "Part", "Phase", "Stage", "Tier", "Step", "Grade", "Module",
                       "Paper", "Unit", "Band", "Key", "Class", "Book", "Volume", "Series",
                       "Title", "Division", "Type", "Section", "Chapter", "Act"})
"""Words a roman "I" numbers ("CFA Level I"); after any other name, "I" is the speaker."""
_HAILED = re.compile(r"\b(?:hi|hey|hello|dear|thanks|thank\s+you|cheers)\s*,?\s*$", re.I)
_LABEL_BEFORE = re.compile(r"\b(?:year|yr|level|grade|band|stage|tier|ks|key\s+stage|class|room|"
                           r"ward|step|page|chapter|number|no\.?)\s*$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"\b(?:sde|swe|l|ic|associate|analyst|engineer|developer)\s*$",
                           re.IGNORECASE)
"""A level in a job title ("sde 1", "Analyst 2"), before a bare number only: "an analyst 3
years" is still three years."""
_EXAMPLE = re.compile(
    r"\b(?:for\s+example|for\s+instance|e\.g\.|such\s+as|when\s+I"
    r"|last\s+(?:year|yr|month|week|summer|term|quarter|spring|autumn|winter|christmas)"
    r"|I\s+once|one\s+time|in\s+my\s+(?:last|current|previous)\s+(?:role|job)"
    r"|(?:for|in)\s+my\s+(?:dissertation|thesis|capstone|final\s+project)|like\s+when"
    r"|I\s+(?:led|built|ran|organised|organized|managed|created|launched|wrote|designed|taught"
    r"|analysed|analyzed|set\s+up|started|automated|trained|coached|negotiated|renegotiated"
    r"|took\s+over|reduced))\b", re.IGNORECASE)
_NOT_NAMES = frozenset((
    "I", "I'm", "I've", "I'd", "I'll", "Im", "Ive", "Id", "Hi", "Hello", "Yes", "No", "Yeah", "OK",
    "Okay", "So", "And", "But", "Or", "Also", "Well", "Then", "Now", "Right", "Sure", "Thanks",
    "Thank", "Mr", "Mrs", "Ms", "Dr", "Year"))


_NAMED_THINGS = LEXICON.tool_words | LEXICON.topic_words
"""Short capitals that name a tool or a credential ("SQL", "CFA"): details, not jargon."""
_TYPED_NAMES = re.compile(
    r"\b(?:python|javascript|typescript|tableau|powerbi|power\s+bi|figma|sql|hubspot|salesforce|"
    r"jira|sas|spss|stata|vba|canva|photoshop|wordpress|looker|(?:(?<=in\s)|(?<=on\s)|(?<=with\s)|"
    r"(?<=know\s)|(?<=at\s)|(?<=of\s)|(?<=my\s)|(?<=lots\s)|(?<=using\s)|(?<=use\s)|(?<=and\s)|"
    r"(?<=the\s)|(?<=an\s))excel\b|google(?:\s+[a-z]+){0,2}\s+(?:cert|certificate|course)|coursera|"
    r"udemy|codecademy|datacamp|cfa|acca|cima|pgce|aws|azure|ga4|miro|linkedin|instagram|insta|"
    r"tiktok|github|nhs|band\s+[2-9]|google\s+(?:docs|sheets|analytics|ads|digital\s+garage)|"
    r"digital\s+garage|(?:the\s+)?odin\s+project|freecodecamp|codebar|shopify|mailchimp|notion|"
    r"trello|asana|index[\s/-]+match|[vx]lookups?|pivot\s+tables?|power\s+(?:query|pivot|automate)|"
    r"quickbooks|netsuite|hyperion|anaplan|snowflake|bigquery|dbt|amplitude|mixpanel|smartsheet|"
    r"ms\s+project|google\s+classroom|kubernetes|docker|django|redis|postgres(?:ql)?|mysql|"
    r"mongodb|kafka|flask|fastapi|node\.?js|spring\s+boot|graphql|terraform|rabbitmq|moodle|blackboard|schoology|seesaw|"
    r"powerschool|nearpod|kahoot|quizlet|desmos|articulate|storyline|camtasia|xero|workday|zendesk|"
    r"hootsuite|wix|squarespace|webflow|airtable|zapier|confluence|gitlab|jupyter|pandas|matlab|"
    r"autocad|emis|systmone|cerner|(?:(?<=on\s)|(?<=in\s)|(?<=use\s)|(?<=using\s)|(?<=used\s)|"
    r"(?<=with\s)|(?<=through\s)|(?<=via\s))(?:canvas|epic|zoom)|canvas(?=\s+(?:at|for|lms|course|"
    r"courses|quiz|quizzes|modules?|pages?)\b)|(?:(?<=in\s)|(?<=by\s)|(?<=since\s)|(?<=from\s)|"
    r"(?<=until\s)|(?<=last\s)|(?<=next\s)|(?<=this\s))(?:january|february|march|april|june|july|"
    r"august|september|october|november|december|jan|feb|sept?|oct|nov|dec)|masters|"
    r"master'?s\s+(?:degree|in)|mba|msc|phd|aca|qts|(?:(?<=in\s)|(?<=at\s)|(?<=near\s))(?:london|"
    r"manchester|leeds|birmingham|glasgow|bristol|liverpool|edinburgh|cardiff|belfast|sheffield|"
    r"nottingham|newcastle|chicago|phoenix|boston|seattle|austin|denver|atlanta|dublin|toronto|"
    r"new\s+york|nyc|arizona|texas|california|florida|ohio|wales|scotland|ireland|england|canada|"
    r"india|nigeria|ghana|kenya|houston|dallas|portland|oregon|columbus|cleveland|detroit|miami|"
    r"philly|philadelphia|minneapolis|san\s+diego|san\s+francisco|los\s+angeles|la|queens|brooklyn|"
    r"bangalore|mumbai|delhi|lagos))\b")
"""Tools and courses typed in lower case on a phone ("sql on codecademy", "the google ux
cert"): named, so details, as their capitalised spelling would be."""


_KIN_NAMED = re.compile(
    r"\b(?:cousin|friend|sister|brother|aunt|auntie|uncle|neighbou?r|mentor|manager|boss|colleague|"
    r"coworker|co-worker|roommate|classmate)\s+(?!(?:and|or|but|who|that|is|was|said|also|just|"
    r"finally|never|actually|usually|kinda|kind|sort|definitely|really|always|sometimes|recently|"
    r"already|still|once|even|literally|basically|apparently|probably|totally|only|mostly|often|"
    r"then|now|def|prob|lowkey|honestly|says|told|works?|worked|teaches|taught|at|in|on|from|of|"
    r"for|to|with|there|here|the|a|an|says|thinks?|knows?|recommended|suggested|got|has|had|role|"
    r"roles|job|jobs|position|positions|team|teams|level|levels|work|side|track|"
    r"path)\b)[a-z]{3,12}\b(?=\s+(?:who|that|is|was|said|says|told|works?|worked|teaches|taught|at|"
    r"in|from|recommended|suggested|mentioned|got|has|had)\b)")
"""Someone the user names in lower case ("my cousin keisha teaches at ur school"), a detail
as their capitalised name would be."""
_NAMED_AFTER = re.compile(
    r"\b(?:topics?|subjects?|units?|modules?|tools?|platforms?|software|systems?|apps?|courses?|"
    r"languages?|concepts?|texts?|books?|novels?|plays?|techniques?|methods?)\s+(?:like|such\s+as|"
    r"called|named)\s+(?!(?:that|this|these|those|it|them|a|an|the|my|our|your|what|how|stuff|"
    r"things?|when|where|why)\b)([a-z][\w'-]{3,}(?:\s+(?:and|or)\s+[a-z][\w'-]{3,})?)", re.I)
"""A topic or tool named in lower case ("sequencing a topic like electromagnetism")."""
_CONNECTION = re.compile(
    r"\b((?:an?|my)\s+(?:old\s+|former\s+|close\s+|good\s+)?(?:friend|colleague|classmate|cousin|"
    r"sister|brother|aunt|uncle|neighbou?r|mentor|tutor|professor|lecturer|teacher|manager|boss|"
    r"coworker|co-worker|roommate|flatmate)(?:\s+of\s+mine)?(?:\s+from\s+(?:my\s+|"
    r"the\s+)?(?:college|uni|university|school|work|church|gym|[a-z]+\s+(?:course|class|job|"
    r"team)))?)(?=\s+(?:who\s+)?(?:works?|worked|is|was|knows?|knew|said|suggested|recommended|"
    r"mentioned|told|gave|put|introduced|"
    r"used\s+to)\b)(?:\s+(?:who\s+)?works?\s+in\s+(?P<team>[a-z]{2,}(?:\s+(?!at\b|for\b|in\b|"
    r"with\b)[a-z]+)?))?", re.IGNORECASE)
"""Someone the user knows who led them here ("A friend of mine from college works in
compliance at your company"): the connection, and the team, named."""
_PLACE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|job|shifts?)\s+(?:part[\s-]time\s+|full[\s-]time\s+|"
    r"weekends\s+)?(?:at|in)\s+(an?\s+(?!(?:big|small|little|local|new|good|great|nice|"
    r"busy)\b)[\w-]+\s+(?:[\w-]+\s+)?(?:shop|store|caf[e\u00e9]|restaurant|bar|pub|hotel|warehouse|"
    r"factory|hospital|clinic|pharmacy|school|nursery|bank|call\s+cent(?:re|er)|gym|salon|bakery|"
    r"kitchen|supermarket|agency|charity|start-?up|firm|practice|surgery|library|museum|garage|"
    r"care\s+home|council))\b", re.IGNORECASE)
"""Where the user works, named by its kind ("part time at a boba shop"): a real place."""
_METHODS = re.compile(
    r"\b(?:(?:user|ux|usability|market|customer|desk)\s+research|usability\s+test\w*|"
    r"user\s+interviews?|a/?b\s+test\w*|journey\s+maps?|data\s+analysis|variance\s+analysis|"
    r"financial\s+model\w*|lesson\s+plan\w*|schemes?\s+of\s+work|unit\s+plans?|"
    r"grant\s+(?:applications?|bids?|writing|reports?)|bid\s+writing|case\s+notes|care\s+plans?|"
    r"discharge\s+plan\w*|risk\s+assessments?|incident\s+reports?|board\s+reports?|"
    r"policy\s+briefings?|email\s+campaigns?|(?:exam|attendance|sales|survey|patient|"
    r"customer)\s+data)\b", re.IGNORECASE)
"""Named kinds of work typed in lower case ("user research", "our exam data"): concrete, as
a tool's name is."""
_OPENING_WORDS = frozenset((
    "then", "so", "and", "but", "also", "when", "after", "before", "at", "in", "on", "my",
    "our", "the", "this", "that", "last", "next", "since", "while", "because", "if", "as",
    "for", "with", "from", "by", "to", "we", "they", "he", "she", "it", "now", "later",
    "eventually", "recently", "currently", "previously", "first", "finally", "honestly",
    "basically", "actually", "obviously", "luckily", "sadly", "unfortunately", "working",
    "joining", "during", "through", "via", "like", "even", "only", "just", "both", "maybe",
    "perhaps", "yesterday", "today", "tomorrow", "plus", "anyway", "meanwhile", "sometimes",
    "still", "yet", "instead", "otherwise", "besides", "please", "thanks", "did", "do", "does",
    "is", "was", "can", "could", "would", "should", "will", "has", "have", "had", "are", "were",
    "where", "what", "why", "how", "who", "which", "not", "no", "yes", "or", "nor", "unless",
    "until", "although", "though", "whether", "once", "every", "each", "some", "any", "all",
    "most", "many", "another", "other", "whenever", "wherever", "sure", "well", "oh", "ok",
    "got", "get", "ran", "run", "led", "lead", "managed", "spent", "did", "done", "been",
))
"""Capitalised words a sentence opens with before a name ("Then Google hired me"): not part
of it, unlike "Tomás" in "Tomás Rivera suggested you"."""
_SHOUTED = frozenset({"love", "hate", "lol", "idk", "asap", "fyi", "btw", "imo", "omg", "tbh",
                      "ngl", "lmao", "yes", "not", "very", "really", "always", "never", "best",
                      "worst", "huge", "all", "any", "lots", "need", "want", "must", "so", "wow"})
"""Words typed in capitals for emphasis or as chat shorthand ("I just LOVE it", "IDK"): no
organisation or system, unlike "NHS" or "LIMS"."""
_WHOSE = re.compile(r"(?<![\w'])(?:(?P<me>i|i'?m|im|i'?ve|ive|i'?d|my|mine|myself|we|we'?ve|our)|"
                    r"(?P<you>you|you'?ve|you'?re|youre|u|ur|your|yours|yourself))(?![\w'])",
                    re.IGNORECASE)
_AT_YOURS = re.compile(r"\b(?:at|in|for|with|on|from|to|about|of|into|across|near|by|join|"
                       r"joined|joining)\s+$", re.IGNORECASE)
"""Before "your company" in "I worked at your company for 3 years": the place, not whose."""


def theirs(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is the contact's: the nearest person named
    before it in its clause is them ("ur only 2 yrs in", "I know your charity has 400
    volunteers"), or, with nobody named before, only they are named after it ("400 volunteers
    at your charity")."""
    lo = max((m.end() for m in _EDGE.finditer(text, 0, start)), default=0)
    hi = next((m.start() for m in _EDGE.finditer(text, end)), len(text))
    before = [m for m in _WHOSE.finditer(text, lo, start)
              if not (m["you"] and _AT_YOURS.search(text[lo:m.start()]))]
    if before:
        return bool(before[-1]["you"])
    after = list(_WHOSE.finditer(text, end, hi))
    return bool(after) and all(m["you"] for m in after)


_EDGE = re.compile(r"[,.;:!?()\u2026]|\s[-\u2013\u2014]\s")
_SAME_UNIT = ((re.compile(r"\byrs?\b"), "years"), (re.compile(r"\bmos?\b"), "months"),
              (re.compile(r"\bwks?\b"), "weeks"), (re.compile(r"\bhrs?\b"), "hours"),
              (re.compile(r"\bmins?\b"), "minutes"), (re.compile(r"\b(year|month|week|hour)\b"),
                                                         r"\1s"))
""""6 yrs" and "6 years" are one detail said twice."""
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,40})[\"\u201d]")
"""A title or a phrase quoted ("inspired", "managed $4M in property"): something named."""


_ACTED = (r"\bI\s+(?:(?:just|then|also|eventually|finally|quickly|actually)\s+)?(?:made|put\s+up|"
          r"fixed|changed|added|built|set\s+up|created|wrote|started|introduced|designed|redesigned|"
          r"moved|rearranged|reorgani[sz]ed|trained|showed|taught|suggested|proposed|automated|"
          r"simplified|printed|labell?ed|swapped|switched|rebuilt|rewrote|reworked)\b")
_STORY = re.compile(_ACTED + r"(?!\s+(?:an?\s+|the\s+|to\s+)?(?:mistakes?|decision|choice|switch|"
                    r"move|friends|lot|sure|feel\w*|think\w*|look\w*|apply\w*|worry\w*)\b)"
                    r"(?=[^!?]{0,160}?\b(?:went\s+(?:down|up)|dropped|fell|rose|halved|"
                    r"doubled|improved|stopped|sped\s+up|cut|reduced|(?:got|became)\s+(?:better|"
                    r"faster|easier|quicker)|fewer|no\s+more)\b)", re.IGNORECASE)
"""Something the user did and what it changed ("so i made a little sign… mistakes went down
a lot"): an example told as a story, with or without a figure."""
_HABIT = re.compile(
    r"\bI\s+(?:also\s+|now\s+|still\s+|usually\s+|regularly\s+)?(?:analy[sz]e|run|lead|plan|review|"
    r"track|write|teach|train|mentor|coordinate|present|report\s+on|audit|reconcile|build|update|"
    r"prepare|manage|organi[sz]e|process|schedule|deliver)\s+(?:[\w'-]+\s+){1,6}?(?:every|each)\s+"
    r"(?:day|week|term|month|quarter|year|morning|evening|shift|semester|sprint|season|night)\b",
    re.IGNORECASE)
"""A piece of work done on a rhythm ("I also analyse our exam data every term"): concrete,
though it names no figure."""


def is_example_cue(specific: str) -> bool:
    """A cue that an example follows ("for example", "I ran", "last term", "I made" of a
    story with a result), which shows the answer has one but names nothing the listener could
    repeat back."""
    return bool(_EXAMPLE.fullmatch(specific) or re.fullmatch(_ACTED, specific, re.IGNORECASE)
                or _HABIT.fullmatch(specific) or SCENE.fullmatch(specific))


def vague_result(text: str) -> str | None:
    """A result told without a figure ("mistakes on the test went down a lot"), which one
    number would make memorable; None when the answer puts a figure on it or tells none."""
    for sentence in re.split(r"(?<=[.!?\u2026])\s+", text):
        found = re.search(r"\s(?:went\s+(?:down|up)|dropped|fell|rose|improved|increased|decreased|"
                          r"got\s+better)\s+(?:(?:a\s+)?(?:lot|loads|ton|tons|bit)|massively|hugely|"
                          r"heaps|so\s+much|quite\s+a\s+bit|significantly|dramatically|noticeably)\b",
                          sentence, re.IGNORECASE)
        if found and not re.search(r"\d|%", sentence):  # what changed: its clause, up to it
            what = re.split(r"[,;:(]|\b(?:so|and|but|then|which|because|when|after|until|while|"
                            r"that)\b", sentence[:found.start()], flags=re.I)[-1].split()[-5:]
            return " ".join([*what, *found.group(0).split()]) if what else None
    return None


def _figures(text: str, theirs_too: bool = False) -> list[str]:
    """The numbers in an answer that are details of the user's work: not a bare list marker,
    a label ("year 4"), their age or (unless ``theirs_too``) the contact's figure."""
    found: list[str] = []
    for m in _NUMBER.finditer(text):
        number = m.group(0).strip(" ,.")
        after = text[m.start() + len(m.group(0).rstrip(" ,.")):]  # "the last 3, so": no count
        counts = re.match(r" +(?:[a-z]|[A-Z]{2,}s?\b)", after)  # "3 dashboards", "2 PMs"
        if number == "100%" and (re.search(r"\bnot\s+$", text[:m.start()], re.I) or re.match(
                r"\s+(?:sure|certain|convinced|honest|committed|serious)\b", after, re.I)):
            continue  # "not 100% sure yet": a way of saying it, no figure of their work
        if number.isdecimal() and re.match(r"(?:am|pm|a\.m\.|p\.m\.)(?!\w)", after, re.I):
            found.append(f"{number}{after[:2].lower()}")  # "the floor at 4am": a real moment
            continue
        if number.isdecimal() and len(number) == 1 and not counts:
            continue  # a bare "2" (a reply typed alone, a list marker) is no concrete detail
        if number[:1].isdigit() and _LABEL_BEFORE.search(text[:m.start()]) or (
                number.isdecimal() and _TITLE_BEFORE.search(text[:m.start()])):
            continue  # "year 4", "band 5 staff nurse": a label, not a figure
        if number.isdecimal() and len(number) == 2 and _AGE_BEFORE.search(text[:m.start()]) \
                and not re.match(_COUNTED_AFTER, text[m.start() + len(number):]):
            continue  # "Im Tunde, 31, …", "I'm 38 and …": their age, no detail of their work
        if not theirs_too and theirs(text, m.start(), m.end()):
            continue  # "you've spent 11 years in policy", "ur only 2 yrs in": the contact's
        if (number.isdecimal() and _AGE_AFTER.match(text[m.end():])) or (
                re.fullmatch(r"\d{1,2}[\s-]*(?:yrs?|years?)", number) and re.match(
                    r"[\s-]*old\b", text[m.end():], re.IGNORECASE)):
            continue  # "a 45 yo mom", "a 52 yr old bus driver": an age
        if number[:1].isupper() and not number[:1].isdigit() and re.search(
                r"[A-Za-z][\w&'-]*\s+$", text[:m.start()]) and not re.search(
                r"[.!?]\s+$", text[:m.start()]):
            continue  # "a Big Four firm": a name's word, not a count of firms
        if re.match(r"[\s-]*olds?\b", text[m.end():], re.IGNORECASE):
            continue  # "22 year olds": an age group, not "22 year"
        if re.search(r"\b(?:later|ago|earlier)$", number, re.IGNORECASE) or re.match(
                r"\s+(?:later|ago|earlier)\b", text[m.end():], re.IGNORECASE):
            continue  # "she went home nine days later": when, no detail to say back
        words = number.split()
        plural = [i for i, w in enumerate(words[1:], 1) if w.endswith("s") and not
                  w.endswith("ss")]
        if not words[0][:1].isdigit() and plural and plural[-1] + 1 < len(words) and (
                words[plural[-1] + 1].endswith("ed") or _CLAUSE_OF.search(text[:m.start()])):
            # "Two other branches", not "… copied"; "how the three statements connect": the
            # statements, whose verb follows
            number = " ".join(words[:plural[-1] + 1])
        number = re.sub(r"^(\S+\s+(?:years?|months?|weeks?|days?|hours?))\s+[a-z]+ing$", r"\1",
                        number, flags=re.IGNORECASE)  # "nine years working": nine years
        found.append(number)
    return found


_CLAUSE_OF = re.compile(r"\b(?:how|why|where|whether|if)\s+(?:the\s+|all\s+|those\s+)?$",
                        re.IGNORECASE)
"""A clause whose subject is counted ("how the three statements connect")."""


_GLUED = re.compile(r"\b\d{1,4}-(?:[A-Z][A-Za-z]{0,3}s?|lead)\b")
"""A number joined to what it names: "10-Ks", "12-lead", "401-Ks"."""
_PLAIN_LANGUAGE = re.compile(r"\bplain\s+(?:English|language|Spanish|French)\b")
"""The way something is said ("in plain English"), no detail of the user's work."""


_EMPHASIS = frozenset(re.findall(r"\w+", (
    "WHY WHAT HOW WHEN WHERE WHO NOT NEVER ALWAYS REALLY VERY SO ALL LOVE HATE THIS THAT DO DID "
    "MUST NEED ONLY MORE LESS EVERY NO YES BIG HUGE SUPER ACTUALLY IS ARE WAS OMG LOL TBH SO "
    "MY YOUR OUR THE AND BUT OR ANY MOST BEST WORST HARD EASY")))
"""Words typed in capitals for stress ("explaining WHY spend is off budget"), not acronyms."""


def find_specifics(text: str, theirs_too: bool = False) -> list[str]:
    """Concrete details in an answer: numbers, names (tools, organisations, places) and
    example phrases ("for example", "when I"). Returned in order, without duplicates.
    ``theirs_too``: the contact's own figures count ("you did 11 yrs at a state dept", told
    as why the user picked them, shows they did their homework)."""
    glued = [m.group(0) for m in _GLUED.finditer(text)]  # "10-Ks", "12-lead", "W-2s": one name
    text = _GLUED.sub(lambda m: " " * len(m.group(0)), text)
    text = _PLAIN_LANGUAGE.sub(lambda m: " " * len(m.group(0)), text)  # "in plain English"
    found = glued + _figures(text, theirs_too)
    sentence_starts = {0} | {m.end() for m in re.finditer(r"[.!?]\s+|\n+", text)}
    for m in re.finditer(  # names, with a number that belongs to them ("CFA Level 1")
        r"\b(?:(?:Mt|St|Ft|Dr|Prof|Mr|Mrs|Ms)\.\s+)?"  # "Mt. Carmel", "Dr. Mehta": one name
        r"[A-Z][A-Za-z\u00c0-\u00ff0-9&+#.'\u2019-]*[A-Za-z\u00c0-\u00ff0-9+#](?:\s+(?:of\s+|&\s+)?"
        r"(?!I\b|I['\u2019])(?:(?:Mt|St|Ft)\.\s+)?[A-Z][A-Za-z\u00c0-\u00ff0-9&+#'-]*)*"
        r"(?:\s+(?:\d{1,3}|I{1,3}|IV)\b(?!\s*%|['\u2019]|\s+(?:years?|months?|weeks?|days?)\b))?",
        text,
    ):
        name = re.sub(r"['\u2019]s$", "", m.group(0))  # "Housing Action Network's": its name
        if name.endswith(" I") and name.split()[-2] not in _NUMBERED:
            name = name[:-2]  # "At Equity Bank I reviewed…": the speaker, not "Level I"
        first = name.split()[0]
        if (first in _NOT_NAMES or first in _EMPHASIS) and len(name.split()) == 1:
            continue  # "explaining WHY spend is off": a word stressed, no name
        if (len(name.split()) <= 3 and _OWN_NAME.search(text[:m.start()])) or (
                len(name.split()) <= 4 and name.split()[0] in ("I'm", "Im", "I\u2019m", "Myself")):
            continue  # "I'm Helen": the speaker's name, no detail of their story
        if len(name.split()) == 1 and _HAILED.search(text[:m.start()]):
            continue  # "Hi Priya,": the contact, hailed
        at_start = m.start() in sentence_starts
        acronym = len(first) >= 2 and first.isupper()
        mixed = any(c.isupper() for c in first[1:]) or any(c.isdigit() for c in first)
        if at_start and not (acronym or mixed or len(name.split()) > 1):
            continue  # an ordinary capitalised first word
        if at_start and len(name.split()) > 1 and not (acronym or mixed) and (
                first.lower() in _OPENING_WORDS or first in _NOT_NAMES or first.endswith("ly")):
            if _HAILED.search(first + " ") and len(name.split()) == 2:
                continue  # "Hi Priya, …": the contact, hailed
            name = " ".join(name.split()[1:])  # "Then Google" -> "Google"
            if name in _NOT_NAMES or name.isdecimal():  # "With 400": the figure, read above
                continue
        if len(name.split()) == 1 and name[1:].islower() and name.lower() in _COMMON_WORDS:
            continue  # "Planning and Organization.", "into Product": a word typed in capitals
        if len(name.split()) == 1 and sum(c.isupper() for c in name) >= 2 and len(
                re.sub(r"[^A-Za-z]", "", name)) <= 4 and name.lower() not in _NAMED_THINGS and (
                not (name.isalpha() and name.isupper() and len(name) >= 3
                     and name.lower() not in _SHOUTED)):
            continue  # field jargon ("ER", "FP&A", "SaaS"), not a detail; "NHS", "USAA" name
        found.append(name)
    for m in _QUOTED.finditer(text):  # read "Inspired" halfway: a title or a figure quoted
        name = m.group(1).strip()
        if not re.search(r"[A-Z0-9]", name):
            continue  # a "people person", a "good under pressure": a phrase, not a name
        found.append(name)
    for m in _REFERRED_BY.finditer(text):  # "daniel okafor suggested you", typed on a phone
        if not set(m.group(1).split()) & (_COMMON_WORDS | LEXICON.role_words) and not re.search(
                r"\b(?:a|an|the|my|our|his|her|their|your|ur|one|some|this)\s+$", text[:m.start()],
                re.IGNORECASE):
            found.append(m.group(1).title())
    found.extend(_said_in_words(text))
    seen: set[str] = set()
    unique: list[str] = []
    named = " ".join(f for f in found if not f[:1].isdigit()).lower().split()
    for item in found:
        key = item.lower()
        for unit, same in _SAME_UNIT:
            key = unit.sub(same, key)
        if key.isdecimal() and key in named:
            continue  # "1" of "CFA Level 1" is already in the name
        if " " not in key and any(f is not item and _COUNTED_PHRASE.match(f) and key in
                                  f.lower().split() for f in found):
            continue  # "NTC" of "two NTC rotations", already counted there ("SQL Server" is
            # no count of SQL)
        if key not in seen:
            seen.add(key)
            unique.append(re.sub(r"\b([Mm]aster)s\b(?!')", r"\1's", item))  # "a master's"
    return unique


_COUNTED_PHRASE = re.compile(r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"twelve|twenty|a\s+few|several|dozens|hundreds)\s)", re.IGNORECASE)
"""A figure with what it counts ("two NTC rotations"), whose words are counted in it."""


def _said_in_words(text: str) -> list[str]:
    """Details typed without capitals or digits (tools, topics, people, places, kinds of
    work), then the cues of an example told ("for example", "I made … went down")."""
    found = [m.group(0) for m in (*_TYPED_NAMES.finditer(text), *_KIN_NAMED.finditer(text))]
    found += [m.group(1) for m in (*_NAMED_AFTER.finditer(text), *_PLACE.finditer(text))]
    for m in _CONNECTION.finditer(text):  # "a friend of mine from college works in compliance"
        found += [p for p in (m[1] if " from " in m[1] else "", m["team"]) if p]
    return found + lower_case_details(text) + [m.group(0) for m in (
        *_METHODS.finditer(text), *_EXAMPLE.finditer(text), *_STORY.finditer(text),
        *_HABIT.finditer(text), *SCENE.finditer(text))]


_SWEARING = (r"wtf|ffs|omfg|fml|shit\w*|fuck\w*|f\*+k\w*|(?-i:bs)|crap|damn|arse|"
             r"pissed|piss")
"""Words a contact would hear first of all, named before other shorthand."""
_SWORE = re.compile(rf"\b(?:{_SWEARING})\b", re.IGNORECASE)
_SLANG = re.compile(
    r"\b(?:gonna|wanna|gotta|kinda|sorta|dunno|idk|tbh|lol|lmao|omg|bro|dude|ya|yeah\s+so|"
    r"like\s+literally|stuff\s+like\s+that|and\s+that(?=\s*(?:[.,;!?]|$))|innit|nah|cuz|coz|cos|"
    r"(?<!\.)u(?!\.\w)|ur|smth|sth|thx|ppl|pls|plz|tho|ngl|lowkey|highkey|bruh|arsed|fam|deffo|tryna|b4|(?-i:bc)|"
    r"idc|smh|af(?=\s*(?:[.,;!?]|$|\s+(?:lol|tbh|tho|but|and)\b))|"
    r"(?<=[a-z]\s)n(?=\s+[a-z])|"  # "sql on youtube n stuff": "and"
    rf"{_SWEARING}|"
    # "rn" is "right now", never the registered nurse ("my RN", "an rn program", "LPN or RN")
    r"(?-i:rn|Rn)(?<!\bmy\srn)(?<!\ban\srn)(?<!\ba\srn)(?<!\bthe\srn)(?<!\bour\srn)"
    r"(?<!\bnew\srn)(?<!\bur\srn)(?<!\bor\srn)"
    r"(?!\s+(?:licen[cs]e|program|programme|degree|role|position|school|nurse|exam|nclex|"
    r"bsn|adn|diploma|course)\b)|"
    r"defo|def(?=\s+(?:the|a|not|gonna|want|would|be|more))|legit(?=\s+\w))\b", re.IGNORECASE)
_UNCOMMITTED = re.compile(
    r"\b(?:whatever\s+pays|whatever(?:'s|\s+is)\s+(?:going|available|out\s+there)|any\s+job"
    r"|just\s+(?:need|want)\s+(?:a|any)\s+job|just\s+(?:need|want)\s+(?:something|anything|a\s+job)\s+"
    r"(?:that|which)\s+pays\b(?!\s+(?:the|more|better|well|a\s+lot))|for\s+the\s+money|don'?t\s+(?:really\s+)?"
    r"(?:care|mind)\s+(?:what|which)|pays?\s+(?:well|better)\s+(?:lol|tbh)|just\s+(?:want|after|"
    r"need|in\s+it\s+for)\s+(?:the\s+)?(?:money|cash|paycheck|pay\s?cheque))\b", re.IGNORECASE)


def uncommitted_words(text: str) -> str:
    """The words that sound as if any job would do, as typed ("I just need a job")."""
    found = _UNCOMMITTED.search(text)
    return found.group(0) if found else "whatever pays"


def slang_words(text: str) -> list[str]:
    """The chat shorthand an answer uses, as typed ("u", "tbh"), each once."""
    said = list(dict.fromkeys(m.group(0).lower() for m in _SLANG.finditer(text)))
    return sorted(said, key=lambda w: not _SWORE.fullmatch(w))  # "wtf" before "u"


def tone_flags(text: str) -> list[str]:
    """What a contact would hear as off in tone: chat slang, or sounding as if any job
    would do ("whatever pays"); a shrug ("not sure tbh") is a thin answer, not that."""
    flags = []
    if _SLANG.search(text):
        flags.append("slang")
    if _UNCOMMITTED.search(text):
        flags.append("uncommitted")
    return flags


def is_thin(text: str) -> bool:
    """No real answer: a few words, no letters, or a shrug ("idk", "not sure")."""
    words = [w for w in re.findall(r"[A-Za-z']+", text) if len(w) > 1 or w.lower() in "ai"]
    return len(words) < 3 or is_shrug(text)


def is_shrug(text: str) -> bool:
    """Nothing said at all: no word, a shrug ("idk", "not sure") or keyboard noise; unlike
    "Communication, mostly.", which is an answer, if a bare one."""
    words = [w for w in re.findall(r"[A-Za-z']+", text) if len(w) > 1 or w.lower() in "ai"]
    shrug = re.fullmatch(r"\W*(?:idk|dunno|not\s+sure|no\s+idea|nothing|n/?a|pass|skip|"
                         r"i\s+don'?t\s+know|whatever|yes|no|yeah|nah|ok|okay)\W*", text.strip(),
                         re.IGNORECASE)
    junk = bool(words) and all(len(set(w.lower())) <= 2 or not re.search(r"[aeiouy]", w, re.I)
                               for w in words)
    return not words or bool(shrug) or junk
