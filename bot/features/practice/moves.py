"""The wordings of the conversational moves a 'you ask' message can make: yes or no to the
persona's offer or question, chat around the meeting, and thanks (in passing, or for the
meeting itself). Read by ``understand.py``; kept apart because they are long and change
with every new way people were heard saying them.
"""

from __future__ import annotations

import re

from bot.features.practice.lexicon import LEXICON

_WEATHER = "|".join(LEXICON.weather)
WHERE_TODAY = (r"\b(?:are|r)\s+(?:you|u)\s+(?:working\s+)?(?:from\s+(?:home|(?:the\s+)?office)|"
               r"at\s+home|wfh|in\s+"
               r"(?:the\s+)?office|on\s+campus|at\s+(?:the\s+)?office|on\s+site|in\s+today)\b"
               r"[^?.!]*\btoday\b")
"""Where they are working today ("are you working from home today or on campus?"): chat
about their day, not a question about remote work."""

YES = re.compile(
    r"^\W*(?:oh\s+|ah\s+|um+\s+|well\s+|ok(?:ay)?[\s,!]+|wow[\s,!]+|ooh[\s,!]+|(?:ha)+\w*[\s,!]+|lol[\s,!]+|"
    r"omg[\s,!]+|oh\s+my\s+(?:god|gosh)[\s,!]+|"
    r"sorry[\s,!]+|i\s+mean[t]?[\s,!]+|(?:oh\s+)?(?:then|in\s+that\s+case)[\s,!]+|actually[\s,!-]+|"
    r"go\s+on(?:\s+then)?[\s,!]+|"
    r"(?:scratch|scrap)\s+that[\s,!-]+|on\s+second\s+thoughts?[\s,!-]+|wait[\s,!-]+|"
    r"(?:nvm|never\s*mind)[\s,!-]+|(?:like\s+)?i\s+said[\s,!-]+(?=(?:yes|yeah|yep|ya|sure)\b\W*"
    r"(?:pls|please|plz|lol|haha|$)))*"
    r"(?:yes|yeah|yeh|yep|yup|ya|aye|claro|por\s+supuesto|"
    r"yea|yess+|sure|definitely|absolutely|of\s+course|please(?:\s+do)?(?!\s+(?:could|can|would|"
    r"say|repeat|explain))|go\s+for\s+it|"
    r"(?:that|it|this)\s+(?:would|'d|will|'ll)\s+be\s+(?:\w+\s+)?(?:great|amazing|brilliant|"
    r"lovely|fantastic|wonderful|perfect|helpful|kind|useful|awesome|fab|ace|good|nice|"
    r"incredible|so\s+\w+)|that'?d\s+be\s+(?:\w+\s+)?\w+|that\s+sounds\s+(?:\w+\s+)?\w+|"
    r"sounds\s+(?:great|good|perfect|lovely|amazing)|i'?d\s+(?:love|like)\s+that|"
    r"(?:i\s+)?would\s+love\s+that|love\s+(?:that|to)|count\s+me\s+in|i'?d\s+appreciate)\b",
    re.IGNORECASE,
)
NO = re.compile(
    r"^\W*(?:(?:oh|ah|um+|erm+|hmm+|hm+|well)\W+)*(?:no\b|nah\b|nope\b|not\s+(?:just\s+|right\s+)?"
    r"(?:yet|now|for\s+now|at\s+the\s+moment)\b|no\s+need\b|i'?m\s+(?:ok|okay|good|fine|all\s+"
    r"right|alright)\b|that'?s\s+(?:ok|okay|fine|all\s+right|alright)\b|it'?s\s+(?:ok|okay|"
    r"fine)\b|(?:that'?s|it'?s)\s+(?:very\s+|really\s+|so\s+)?kind\s+(?:of\s+you\s+)?but\b|"
    r"maybe\s+(?:later|another\s+time|down\s+the\s+line)\b|i'?ll\s+(?:pass|reach\s+out\s+myself|"
    r"do\s+it\s+myself)\b)",
    re.IGNORECASE,
)

PUT_OFF = re.compile(
    r"\W*(?:(?:hmm+|um+|erm+|oh|ah|well|honestly|tbh|to\s+be\s+honest)\W+)*(?:(?:(?:i'?m\s+|i\s+am\s+)?"
    r"(?:not\s+sure|unsure)|idk|dunno|i\s+(?:don'?t|do\s+not)\s+know|maybe|possibly|"
    r"(?:let\s+me|i'?ll|i\s+will|i'?d\s+(?:like|want)\s+to|(?:can|could|may)\s+i)\s+(?:think\s+"
    r"(?:about\s+it|it\s+over)|have\s+a\s+think|sleep\s+on\s+it|get\s+back\s+to\s+(?:you|u)|"
    r"(?:hit|get)\s+(?:you|u|ya)\s+back|circle\s+back|come\s+back\s+to\s+(?:you|u)|let\s+"
    r"(?:you|u)\s+know|check\s+(?:first|my\s+\w+)))(?:\s+(?:yet|tbh|honestly|right\s+now|atm|"
    r"for\s+now|on\s+(?:that|this|it)|about\s+(?:that|this|it)|first|if\s+that'?s\s+(?:ok|okay|"
    r"alright|all\s+right)))*[\s,;.!-]*)+\W*",
    re.IGNORECASE,
)
"""Neither yes nor no to an offer ("hmm not sure", "can I get back to you on that?"): the
contact leaves it open, as a polite no that can still become a yes."""
_WHY_NOT_YET = re.compile(r"(?:once|until|till|when|after|because|cause|cuz|coz|since|as|about|"
                          r"abt|and|then|i|i'?m|im|my|lol|haha)\b", re.IGNORECASE)
_ASKS = re.compile(r"^\W*(?:what|who|how|why|which|where|when|do|does|did|can|could|would|is|"
                   r"are|should)\b", re.IGNORECASE)
"""A question after the put-off ("not sure, what does she do?"); a "?" alone is only the
voice going up ("maybe once i actually have the study done?")."""


def puts_off(sentence: str) -> bool:
    """A put-off, alone or with its reason: "hmm not sure yet, can i get back to u on that once
    my portfolio is less embarrassing lol", "hmm not sure, i dont really wanna do data analysis
    tbh" (but not "not sure, what does she do?")."""
    found = PUT_OFF.match(sentence)
    if not found or not found.group().strip():
        return False
    rest = sentence[found.end():]
    return not rest.strip() or (not _ASKS.search(rest) and bool(
        re.search(r"[,;.!\u2013\u2014-]\s*$", found.group()) or _WHY_NOT_YET.match(rest)))

OFFERS_INTRO = re.compile(
    r"\b(?:shall|should|can|could|may)\s+i\s+(?:(?:quickly|briefly|first|just)\s+)?(?:introduce\s+"
    r"myself|give\s+(?:you\s+)?(?:a\s+)?(?:brief|quick|short|little)?\s*(?:introduction|intro|"
    r"background|overview)(?:\s+(?:of|about)\s+(?:myself|me|my\s+background))?|tell\s+you\s+"
    r"(?:a\s+(?:bit|little)\s+)?(?:about\s+)?(?:myself|me|my\s+background)|start\s+with\s+"
    r"(?:a\s+(?:bit|little)\s+)?(?:about\s+)?(?:me|myself|my\s+background))\b", re.IGNORECASE)
"""The user offering to introduce themself ("Shall I give a brief introduction of myself
first?"): a yes, please, not an offer of the contact's to accept."""

PERSONAL = (r"\bhave\s+(?:you|u)\s+always\s+(?:been|lived)\s+(?:in|around|over)\b|"
            r"\bdid\s+(?:you|u)\s+(?:move|relocate)\s+(?:(?:here|there|to\s+\w+)\s+)?for\s+(?:the|this|your|ur)\s+(?:job|"
            r"role|work)\b|\bwhere\s+(?:are|r)\s+(?:you|u)\s+(?:originally\s+)?from\b|\bwhere\s+did\s+"
            r"(?:you|u)\s+grow\s+up\b|\bare\s+(?:you|u)\s+(?:originally\s+)?from\s+(?:there|here|"
            r"around\s+(?:there|here))\b"
            # "u ghanaian too?", "are you from Glasgow too?": where they come from, as the user does
            r"|\b(?:are|r)\s+(?:you|u)\s+(?:also\s+)?(?:[a-z]+(?:an|ese|ish|ic|i)|from\s+[a-z]+)\s+"
            r"(?:too|as\s+well)\b|\bsame\s+(?:surname|last\s+name|name)\s+as\s+me\b"
            # "do you get the train in to work yourself?": their commute
            r"|\b(?:do|did)\s+(?:you|u)\s+(?:get|take|catch|ride)\s+the\s+(?:train|bus|tube|subway|"
            r"metro|ferry|tram)\b|\bhow\s+(?:do|did)\s+(?:you|u)\s+get\s+(?:in\s+)?to\s+work\b|"
            r"\b(?:your|ur)\s+commute\b")
"""A question about the contact's own life, not their work ("Have you always been in the
Midlands, or did you move for the job?")."""

DROPPED = r"just\s+being\s+nosy|never\s*mind|forget\s+(?:it|that|i\s+asked)"
"""An aside dropped ("no no, just being nosy! never mind")."""

TRAVELS = r"\bhave\s+(?:you|u)\s+(?:ever\s+)?(?:been\s+to|visited|travel+ed\s+to|gone\s+to)\b"
"""Asked where they have travelled ("have you ever visited the States?"): chat."""
SMALL_TALK = re.compile(
    PERSONAL + r"|"
    r"\bhow(?:'s|s|\s+is|\s+was|\s+has)\s+(?:your|ur|yer|the)\s+(?:week|day|weekend|morning|"
    r"afternoon|evening|holiday|holidays|trip)\b(?:\s+(?:going|goin'?|been|so\s+far|treating\s+"
    r"(?:you|u)))?"
    r"\W*(?:so\s+far\W*)?(?:(?:lol|haha+|tbh|then|today)\W*)*"
    r"(?:\s*[,;\u2013\u2014-]\s*(?!.*\b(?:what|how|why|when|which|where|who|do|does|did|are|is|"
    r"can|could|would|will|any|tell|ask|love|like|hiring|question)\b)"
    r"[^?]{0,60})?\W*$"
    r"|^\W*(?:(?:hi+|hey+|hello|hiya|heya)(?:\s+[a-z]+)?)?\W*how\s+(?:are|r)\s+(?:you|u)(?:\s+"
    r"(?:doing|today|keeping))?\W*(?:(?:thanks|thank\s+(?:you|u)|ty)\b[^?]*)?$"  # "hiya, how r u?
    # thanks for making the time"
    r"|\bhow\s+are\s+(?:you|u)\s+(?:doing|today)\b"
    # "no no, just being nosy about your commute! never mind": an aside dropped
    r"|^(?![^?]*\?)(?=.*\b(?:" + DROPPED + r")\b)"
    r"(?!.*\b(?:never\s*mind|forget\s+it)\b.*\b(?:what|how|why|when|which|where|who|do|does|is|"
    r"are|can|could|would|should)\b)"
    # "I hope the week has been kind to you so far?", "hope you're keeping well"
    # "are you from Houston originally?", "where are you from?": where they grew up
    r"|\bare\s+(?:you|u)\s+(?:from\s+(?:\w+\s+){1,2}originally|originally\s+from)\b"
    # "my family is from Enugu originally, is yours?": where theirs comes from
    r"|\bmy\s+(?:family|parents|folks|mum|mom|dad|grandparents)\s+(?:is|are|was|were|came|comes?)"
    r"\s+(?:originally\s+)?from\s+[^?.!]{1,40}?\W+(?:is|are|was|were)\s+(?:yours|your\s+"
    r"(?:family|parents|folks))\b"
    r"|^\W*(?:\w+\W+){0,3}where\s+(?:are\s+(?:you|u)|r\s+u)\s+(?:originally\s+)?from\W*$"
    r"|\bwhere\s+did\s+(?:you|u)\s+grow\s+up\b"
    r"|\b(?:hope|trust)\s+(?:your|ur|the)\s+(?:week|day|weekend|morning|afternoon|evening|"
    r"holiday|trip)"
    r"(?:\s+(?:has\s+been|is|was|went|has\s+gone|is\s+going|going)|\s*'?s\s+(?:been|going))\b"
    # "has it been a busy week for you?", "how was the customer call?" (the one they mentioned)
    r"|^\W*(?:(?:so|and|oh|anyway)\W+)?(?:(?:has\s+it\s+been|been|is\s+it|was\s+it|had)\s+)?"
    r"(?:a\s+)?(?:busy|long|good|hectic|crazy|quiet|mad|manic)\s+(?:week|day|morning|one|shift)\b"
    r"(?:\s+(?:for|with)\s+(?:you|u))?(?:\s+(?:on|at|in|over|with)\s+(?:(?:the|your|ur)\s+"
    r"[^?.!,]{1,40}?|(?:school|work|uni|college|the\s+office)))?"
    r"(?:\s+so\s+far|\s+today)?\W*$"  # "Busy day on the ward?", "…at the hubs with the cold snap?"
    # "How are your clinic visits going today?": how their day's work is going
    r"|^\W*(?:(?:and|so|oh)\W+)?how\s+(?:(?:are|is|r|'s|s)\s+(?:the|your|ur)\s+(?:[\w-]+\s+){1,2}?|"
    r"(?:has|have)\s+(?:your|ur|the)\s+(?:shift|day|week|morning|afternoon|evening|weekend|night|"
    r"clinic|rota)s?\s+)(?:going|been)(?:\s+(?:today|this\s+week|so\s+far|lately|for\s+you))?"
    r"(?:\W+(?:was|is|has)\s+it\s+(?:been\s+)?(?:a\s+)?(?:bit\s+)?(?:madness|mad|crazy|manic|"
    r"hectic|busy|chaos|chaotic|nuts|quiet|calm|ok|okay|long|rough|bad))?\W*$"  # "how has your
    # shift been today, was it madness?"
    # "have you ever visited the States?": their travels
    r"|" + TRAVELS + r"\s+"
    r"(?:the\s+)?(?-i:[A-Z][a-z]+)"
    r"|^\W*(?:(?:hi|hey|hello)\s+\w+\W+)?(?:before\s+i\s+start\W+)?how\s+(?:was|did)\s+(?:the|your|"
    r"ur)\s+(?:[\w-]+\s+)?(?:call|meeting|presentation|launch|stand-?up|clinic|shift|trip|"
    r"conference|visit|review|briefing|session|workshop|training|event|talk|class)s?(?:\s+go)?"
    r"(?:\s+(?:today|this\s+morning|earlier|yesterday))?\W*$"
    # "I hope the clinic visits are going well today?": a well-wish for their work, no question
    r"|^\W*(?:i\s+)?(?:hope|trust)\s+(?:the|your|ur|all|everything|things)\b[^?.!]{0,50}?\b(?:is|are|"
    r"has\s+been|have\s+been|was|were|went|(?:(?<=shift\s)|(?<=day\s)|(?<=week\s)|(?<=night\s)|"
    r"(?<=rota\s)|(?<=morning\s)|(?<=evening\s)|(?<=shifts\s)|(?<=nights\s))"
    r"(?:wasn'?t|isn'?t|hasn'?t\s+been|weren'?t|aren'?t))\s+"
    r"(?:going\s+)?(?:well|ok|okay|smoothly|alright|good|great|fine|(?:not\s+)?too\s+(?:"
    r"exhausting|tiring|bad|hard|hectic|busy|stressful|long|crazy|much))(?:\s+(?:today|this\s+week|so\s+far|for\s+you))?\W*$"
    r"|\bhope\s+(?:you'?re|you\s+are|youre|ur|u\s+r|you'?ve\s+been|you\s+have\s+been|you\s+had|"
    r"you\s+are\s+having|you'?re\s+having)\s+(?:\w+\s+)?(?:well|good|ok|okay|great|a\s+good|a\s+nice|"
    r"a\s+great|a\s+lovely|keeping|doing)\b"
    r"|\b(?:did\s+you\s+have\s+a|had\s+a|have\s+a)\s+(?:good|nice|great|lovely|busy|long)\s+"
    r"(?:weekend|week|day|morning|holiday)\b"
    r"|\b(?:the\s+)?weather\b|\bnice\s+day\b|\b(?:" + _WEATHER + r")\b"
    # "how is LA treating u lol", "how are things in Atlanta?", "how's life in Denver?"
    r"|\bhow(?:'s|s|\s+is|\s+are|\s+r)\s+(?:[\w.'-]+\s+){1,4}treating\s+(?:you|u|ya)\b"
    # "is it roasting there?", "its lashing rain here in dublin"
    r"|\b(?:is\s+it|it'?s|its|it\s+is)\s+(?:\w+\s+)?(?:boiling|baking|freezing|miserable|pouring|bucketing|"
    r"cold|hot|warm|" + _WEATHER + r")\b(?:\s+(?:rain|down|out|na|now|yet|already|over\s+there|"
    r"there|here|today|too|in\s+\w+(?:\s+(?-i:[A-Z]?)[a-z]+)?|lol|haha))*(?:\W*$|\s*[?,.!])"
    r"|\bhow(?:'s|s|\s+is|\s+are|\s+r)\s+(?:things|life)\s+(?:(?:over|down|up|out)\s+)?"
    r"in\s+(?-i:[A-Z][\w.'-]+)(?:\s+(?-i:[A-Z][\w.'-]+))?\W*$"
    # "may I ask how things are in Denver?", "How is Houston, very hot already no?"
    r"|\bhow\s+things\s+are\s+(?:(?:over|down|up|out)\s+)?in\s+(?-i:[A-Z][\w.'-]+)\W*$"
    r"|\bhow(?:'s|s|\s+is)\s+(?-i:[A-Z][a-z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]+))?\W*(?:$|,\s*(?:very\s+|"
    r"so\s+|too\s+|really\s+)?(?:hot|cold|warm|sunny|snowy|rainy|humid|chilly|freezing)\b)"
    # "how is work?", "hi priya, hows work going?": how they are, asked of their work
    r"|^\W*(?:(?:hi|hey|hello|hiya|so|and)\b[\s,!]*(?:[A-Z][a-z]+\b[\s,!]*)?)?how(?:'s|s|\s+is|"
    r"\s+has)\s+work(?:\s+been)?(?:\s+(?:going|treating\s+(?:you|u)))?(?:\s+(?:lately|recently|"
    r"today|this\s+week|for\s+you))?\W*$"
    r"|" + WHERE_TODAY +
    # "where are you calling from today?"
    r"|\bwhere\s+(?:are|r)\s+(?:you|u)\s+(?:calling|joining|dialling|dialing|zooming|"
    r"talking|messaging)\s+(?:in\s+)?from\b"
    # "hope chicago aint too cold rn", "I hear the summer has been brutal down there"
    r"|\b(?:hope|must\s+be)\s+(?:[\w'-]+\s+){0,3}?(?:too\s+|so\s+|really\s+|"
    r"still\s+|freezing\s+)?(?:cold|hot|freezing|humid|chilly|snowy|rainy|warm|sweltering)\b"
    r"(?!\s+(?:emails?|calls?|calling|outreach|messages?|pitch\w*|market|takes?|topics?|"
    r"skills?|jobs?|roles?|desk\w*|seat))"
    r"|\b(?:summer|winter|spring|autumn|fall|heat|snow|heatwave)\s+(?:has|'s|is|was)\s+"
    r"(?:been\s+)?(?:brutal|rough|hot|cold|mild|lovely|awful|long|wet|grim|crazy|mad|nuts)\b"
    r"(?=\s+(?:down|up|over|out)\s+(?:there|here)|\s+(?:there|here)|\W*$)"
    # "is it like evening there lol": the time where they are
    r"|\bis\s+it\s+(?:like\s+|already\s+|still\s+)?(?:morning|afternoon|evening|night|late|"
    r"early|lunchtime)\s+(?:there|for\s+(?:you|u)|where\s+(?:you|u)\s+are)\b"
    r"|\bcan\s+you\s+hear\s+me\b|\b(?:my|the)\s+(?:wifi|connection|internet|audio|camera|mic)\b"
    r"|\b(?:sorry|apologies)\s+(?:i'?m|i\s+am|for\s+being|to\s+be)\s+(?:\w+\s+)?late\b"
    r"|\b(?:train|bus|traffic)\s+(?:was|is)\b"
    r"|\byou\s+must\s+be\s+(?:\w+\s+)?(?:exhausted|tired|busy|shattered)\b"
    r"|\bhalf\s+term\b|\b(?:love|like)\s+your\s+(?:office|background|setup|shirt|plant|view|"
    r"desk|dog|cat)\b|\bplant\s+wall\b"
    r"|\b(?:favourite|favorite)\s+(?:film|movie|book|food|restaurant|band|song|team)\b"
    r"|\bdid\s+(?:you|u)\s+(?:watch|see|catch)\s+the\s+(?:game|match|news|football|final|"
    r"race|show)\b"
    # the match, not "does coaching football count as leadership experience?"
    r"|^(?![^?.!]*\b(?:coach\w*|experience|leadership|job|jobs|role|roles|application|career|work|"
    r"staff|volunteer\w*|club|marketing|sponsor\w*)\b)[^?.!]*\b(?:football|cricket|rugby)\b",
    re.IGNORECASE,
)
SHORT_CHAT = re.compile(
    r"^\W*(?:(?:a\s+)?(?:good|nice|great|lovely|busy|long)\s+(?:weekend|week|day|morning|"
    r"holiday)|(?:busy|quiet|hectic)\s+(?:today|at\s+the\s+moment|at\s+work))\W*$",
    re.IGNORECASE,
)
"""Chat around the meeting, not about the work: answered in a line, then back to the point."""

PASSING_THANKS = re.compile(
    r"^\W*(?:(?:ah+|oh+|ahh+|ohh+|mm+|hmm+|aye)\W+)?(?:thanks|thank\s+(?:you|u|ya)|ty|thx|cheers|great|perfect|ok(?:ay)?|got\s+it|right|brilliant|"
    r"fair\s+enough|makes\s+sense|interesting|wow|cool|nice)\b",
    re.IGNORECASE,
)
DONE_THANKS = re.compile(
    r"\b(?:(?:this|that|it|today|you)\s+(?:was|'s|has\s+been|have\s+been|was\s+been)|"
    r"(?:this|that|it|today)(?:'s|\u2019s|s)\s+been)\s+"  # "thats been dead useful"
    r"(?:\w+\s+){0,2}(?:helpful|useful|great|amazing|brilliant|insightful|valuable|fantastic|"
    r"wonderful|interesting|lovely|super\s+helpful|so\s+helpful)"
    r"|\b(?:thanks|thank\s+(?:you|u|ya))\b.{0,40}\b(?:for\s+(?:your|ur|the|this|making|taking|agreeing|"
    r"meeting|talking|chatting|speaking|all)|so+\s+much|a\s+lot|again|for\s+everything)\b"
    # "thank u sm", "thanks a ton": said right after the thanks, not "…that helps loads"
    r"|\b(?:thanks|thank\s+(?:you|u|ya))\s+(?:sm|a\s+ton|tons|a\s+bunch|heaps|loads|a\s+mil"
    r"(?:lion)?)\b|\b(?:you'?re|youre|ur|u\s+r|you\s+are)\s+(?:a\s+star|a\s+legend|the\s+best"
    r"|a\s+lifesaver)\b"
    r"|\b(?:really\s+|truly\s+|so\s+)?appreciate\s+(?:it|you|u|this|your|ur|the)\b"
    r"|\bgiven\s+me\s+(?:a\s+lot|lots|plenty)\b|\bcheers\b.{0,40}\b(?:time|today|help)\b"
    # "honestly been a massive help", "you've been a huge help": no subject needed
    r"|\b(?:been|was)\s+(?:such\s+)?an?\s+(?:massive|huge|big|real|great|enormous)\s+help\b"
    r"|\b(?:you|u|ya)\s*'?ve\s+been\s+(?:\w+\s+)?(?:helpful|useful|brilliant|amazing|great)\b",
    re.IGNORECASE,
)
"""Thanks for the meeting itself, in its natural forms ("Thank you so much, Daniel, this
was really helpful"), not a passing "thanks, that's useful"."""


IMPOSING = re.compile(
    r"\b(?:don'?t|dont|do\s+not|wouldn'?t|would\s+not)\s+(?:want|wanna|like)\s+to\s+(?:disturb|bother|"
    r"impose\s+on|pester|trouble|waste)\s+(?:them|him|her|anyone|people|their|your|ur)\b"
    r"|\b(?:they'?re|they\s+are|he'?s|she'?s)\s+(?:probably\s+)?(?:too\s+busy|so\s+busy)\b",
    re.IGNORECASE)
"""Saying no to an introduction for fear of imposing on the people named: met with
reassurance, and the offer left open."""


YES_TO_ONE = re.compile(r"\b(?:yes|yeah|yep|ya|yh|pls|please|plz|(?<!not\s)sure|defo|"
                        r"definitely|def|"
                        r"sounds\s+(?:good|great|perfect|ideal|amazing|brilliant|lovely|ace))\b|"
                        r"^\W*(?:(?:hmm+|um+|oh|ah|actually|ok(?:ay)?|"
                        r"well|wait|nvm|so)\W+)*just\s+\w+|\b(?:would|'d)\s+be\s+(?:\w+\s+)?"
                        r"(?:great|amazing|brilliant|lovely|ace|perfect|class|grand|awesome|"
                        r"helpful|fab|mint|ideal|fantastic|wonderful|sick|dope|lit|fire|goated|sound|"
                        r"mega)\b"
                        # "maybe Tom is more for me": the one that fits
                        r"|\b(?:is|'s|sounds|seems)\s+(?:more|most|better|closer)\s+(?:for\s+me|my\s+"
                        r"(?:thing|side|area|line|speed)|like\s+me|relevant|useful|to\s+what\s+"
                        r"i\s+(?:want|need|(?:am|'m)\s+after))\b"
                        r"|\bfits\s+(?:me\s+)?(?:best|better|most)\b", re.IGNORECASE)


NAME_FIRST = re.compile(r"^\W*(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s*[,:!\-\u2013]\s*"
                        r"(?=(?:yes|yeah|yep|sure|definitely|absolutely|please|ok|okay)\b)",
                        re.IGNORECASE)
"""A name before the yes: the person it is to ("Rachel, yes"), or the contact spoken to."""


DROPPED_IT = re.compile(r"(?<![\w'])[Ii]s\s+(?=(?:so\s+|very\s+|really\s+)?(?:nice|good|great|"
                        r"lovely|a\s+pleasure|an\s+honou?r|wonderful)\s+to\s+(?:meet|talk|speak|"
                        r"chat|finally|be)\b)")
""""Is nice to meet you." (the "it" a second language may drop) says hello; it asks nothing."""


_THEIR_PAY = re.compile(
    r"\b(?:your|ur)\s+(?:own\s+)?(?:salary|pay|wage|income|compensation|comp|package|earnings"
    r"|pay\s+packet)\b|\b(?:do|did|would|are|were)\s+(?:you|u)\s+(?:\w+\s+)?(?:make|earn|get\s+"
    r"paid|take\s+home|paid)\b(?!\s+(?:a|an|the|it|sure|time|decisions?|friends?)\b)"
    r"|\b(?:are|were)\s+(?:you|u)\s+on\s+(?:a\s+)?(?:\w+\s+)?(?:salary|wage|band|grade|scale)\b",
    re.IGNORECASE,
)
"""The contact's own pay ("how much do you make?", "what's your salary?"), which people
answer far less openly than ranges and where to check them."""


def asks_their_pay(text: str) -> bool:
    """Whether a pay question asks what the contact themself earns."""
    return bool(_THEIR_PAY.search(text))


ORDINAL = re.compile(r"\b(?:the\s+)?(?P<at>first|second|third|former|latter|last)\b"
                     r"(?:\s+(?:one|person|guy|lady|contact|option))?", re.IGNORECASE)
"""A person offered, by where they came in the list ("the second one")."""
_BARE_PICK = re.compile(
    r"\W*(?:(?:hmm+|ooh+|oh|um+|ok(?:ay)?|so|then|erm+)\W+)*(?:maybe|perhaps|prob(?:ably)?|i\s+"
    r"guess|i\s+think|how\s+about|what\s+about)?\s*(?P<who>(?:(?:mr|mrs|ms|dr)\.?\s+)?[a-z]+|"
    + ORDINAL.pattern + r")(?:\s+(?:one|then|maybe|first|please|pls|plz))?[\s?!.]*", re.IGNORECASE)
_ASKS_ON = re.compile(r"\W*(?:what|how|who|where|when|why|which|does|do|did|is|are|can|could|"
                     r"would|will)\b", re.IGNORECASE)
_PICK_WORDS = 14
"""A pick among those offered is a few words; more is a question or a story of its own."""


def picks_one(text: str, names: list[str]) -> bool:
    """Whether a reply to an introduction offer picks among the people named ("tom please",
    "maybe the second one?", "tom maybe? sounds closer to what i want"), where a "?" only
    makes the pick tentative."""
    def names_one(words: str) -> bool:
        return any(re.search(rf"\b{re.escape(n)}\b", words, re.IGNORECASE) for n in names) or (
            len(names) > 1 and bool(ORDINAL.search(words)))

    if not names or not names_one(text):
        return False
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    asked = [s for s in sentences if "?" in s]
    bare = bool(asked) and all(_BARE_PICK.fullmatch(s) and names_one(s) for s in asked) and not any(
        _ASKS_ON.match(s) for s in sentences if s not in asked)  # not "tom? what does he do"
    if YES_TO_ONE.search(text) and (not asked or bare):
        return True  # "hmm not sure abt tariq tbh, joanna yes pls tho", "just joanna pls!"
    return (bare or bool(_BARE_PICK.fullmatch(text))) and len(text.split()) <= _PICK_WORDS and (
        not NO.search(text))  # "the first one", "maybe grace? mr patel sounds cool but idk"


_LATER_ON = re.compile(r"\b(?:maybe|perhaps|possibly|prob(?:ably)?)\s+(?:(?:a\s+bit|some\s+time)"
                       r"\s+)?(?:later|another\s+time|some\s+other\s+time|next\s+time|one\s+day|down"
                       r"\s+the\s+(?:line|road))\b|\bnot\s+(?:right\s+)?now\b", re.IGNORECASE)


def later_on(text: str) -> bool:
    """An offer put off inside a longer reply ("Thank you, that is very kind. I am in Nairobi
    so maybe later if I ever visit Nashville."), with no yes anywhere in it."""
    return bool(_LATER_ON.search(text)) and not YES_TO_ONE.search(text)

