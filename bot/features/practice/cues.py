"""What a 'you ask' message does besides asking a question: offering to wrap up, thanking,
saying hello or goodbye, asking who else to talk to, or saying yes to "did you mean ...?".

Each cue is one regex, so the behaviour is easy to read and to test.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["CONFIRM_TEXT", "SECOND_TEXT", "is_affirmative", "is_second", "tiara_of"]

WRAP_UP = re.compile(
    r"\b(?:i\s+know\s+(?:you(?:'re|\s+are)|youre|ur|u\s+are)\s+(?:really\s+|very\s+|so\s+)?busy"
    # "i know you have a busy day", "i know youve got a lot on"
    r"|i\s+know\s+(?:you|u)(?:'ve|ve|\s+have)?\s+(?:got\s+|have\s+)?(?:a\s+(?:really\s+|very\s+|"
    r"super\s+)?busy\s+(?:day|week|afternoon|morning|schedule)|a\s+lot\s+on|lots\s+on)"
    r"|i\s+know\s+(?:you|u)\s+must\s+be\s+(?:really\s+|very\s+|so\s+)?busy"
    r"|(?:i'm|im|i\s+am)\s+(?:conscious|aware|mindful)\s+of\s+(?:your|ur|the)\s+time"
    r"|mindful\s+of\s+(?:your|ur|the)\s+(?:\w+\s+)?(?:time|deadline|meeting|huddle|session|"
    r"shift|class|call)|(?:^|[.!?,]\s*)before\s+(?:we\s+(?:close|finish|end|stop)|(?:you|u)\s+go)\b"
    r"|conscious\s+of\s+(?:your\s+|ur\s+|the\s+)?time\s*"
    r"(?:[,.!:;-]|$)|respect\s+(?:your|ur)\s+time"
    r"|let\s+(?:you|u|ye)\s+go|(?:i'll|ill|i\s+will|i\s+should|i'd\s+better|i\s+better)\s+let\s+"
    r"(?:you|u|ye)\s+get\s+(?:back\s+to|on(?:\s+with)?|to)\b"  # "…get to sprint planning"
    r"|wrap\s+(?:this\s+|things\s+|it\s+)?up|wind\s+(?:this\s+|things\s+)?down"
    # Nigerian Pidgin "i know say time don near finish": time is nearly up
    r"|time\s+(?:don|dey)\s+(?:near\s+|almost\s+)?(?:finish|reach|go)\b"
    r"|(?:don't|dont|do\s+not)\s+(?:want\s+to|wanna)\s+keep\s+(?:you|u)\b|not\s+keep\s+(?:you|u|ye)\b"
    # "i dont wanna take ur whole break", "i won't take up any more of your time"
    r"|\bi\s+(?:don't|dont|do\s+not|won't|wont|will\s+not)\s+(?:want\s+to\s+|wanna\s+)?take\s+(?:up\s+)?"
    r"(?:(?:any\s+more|more|all|too\s+much)\s+of\s+)?(?:your|ur)\s+(?:whole\s+|entire\s+)?(?:time|"
    r"break|lunch|day|afternoon|evening|morning)\b"
    # "i'll be quick then!", "last one i promise.", "quick one before u go.", "i know ur short on
    # time": winding down out loud, as a wrap-up offer does
    r"|(?:i'll|ill|i\s+will)\s+be\s+quick(?:\s+then)?\s*[!.,]|quick\s+one\s+before\s+(?:you|u)\s+go"
    # "oh wow ok time flies. last thing…", "Last question because I know the time is short"
    r"|(?:^|[.!?\u2026]\s+|\bso\s+)\W*(?:(?:ok|okay|so|and|right|oh|wow|alright|well|um|hmm|just|"
    r"sorry|gosh)\W+){0,3}"
    r"(?:one\s+)?(?:last|final)\s+(?:(?:question|one|q|thing)(?=\s*(?:[,:;.!?\u2026-]|i\s+promise|"
    r"then|before|because|since|as\s+i|for\s+(?:me|now|today)|from\s+me|$))|(?:question|one|q)"
    r"(?=\s+(?:what|how|do|does|did|are|can|could|would|should|who|which|where|when|why)\b)"
    r"|(?:couple|few)(?:\s+of)?(?:\s+(?:questions|qs|things))?(?=\s*(?:[,:;.!?\u2026-]|then|before|"
    r"$)))"  # "ok last couple", "last few questions, …"
    r"|\btime\s+flies\b|\b(?:the\s+)?time\s+is\s+(?:short|tight|running\s+out|(?:almost|nearly)\s+"
    r"(?:up|over|gone|done))|\b(?:last|final)\s+quick\s+(?:one|question|q|thing)\b"
    r"|(?:we're|were|we\s+are|we\s+r)\s+(?:almost|nearly)\s+(?:in|at|out\s+of)\s+(?:the\s+)?time\b"
    r"|(?:i\s+know|since)\s+(?:you're|youre|ur|you\s+are|u\s+are)\s+(?:short|tight|pushed)\s+"
    r"(?:on|for)\s+time|(?:we're|were|we\s+are|i'm|im)\s+at\s+time\b"
    r"|(?:won't|wont|will\s+not|shan't)\s+keep\s+(?:you|u)\b(?!\s+(?:long|too\s+long)\b)"
    r"|(?:your|ur)\s+time\s+is\s+(?:almost|nearly|pretty\s+much)\s+up"
    r"|keep\s+(?:you|u)\s+(?:much\s+)?longer|\bkept\s+(?:you|u)\s+(?:long\s+enough|too\s+long)\b"
    r"|(?:you're|youre|ur|you\s+are|u\s+are)\s+(?:almost|nearly)\s+out\s+of\s+time\b"
    r"|take\s+(?:up\s+)?(?:any\s+)?(?:more|too\s+much)\s+of\s+(?:your|ur)\s+time"
    r"|(?:we're|were|we\s+are|we)\s+(?:almost|nearly|about|pretty\s+much)\s+(?:(?:out\s+of|"
    r"outta)\s+(?:the\s+)?time|at\s+time)\b"
    # "sorry ive gone over", "I think that is everything", "I know you need to set up for …"
    r"|\b(?:i'?ve|i\s+have|we'?ve|we\s+have)\s+(?:gone|run|ran)\s+over(?:\s+(?:time|my\s+time|"
    r"(?:a\s+bit|a\s+little)))?(?=\s*(?:[,.!;]|sorry|$))"
    r"|(?:^|[,.!;]\s*|\bi\s+think\s+|\bok(?:ay)?\s+)(?:that's|thats|that\s+is)\s+(?:everything|all)"
    r"(?:\s+i\s+(?:had|have|wanted|needed)(?:\s+to\s+ask)?)?\s*(?:[,.!]|and\b|$)"
    r"|\bi\s+know\s+(?:you|u)\s+(?:need|have|'ve\s+got|ve\s+got|got)\s+to\s+(?:go|run|head|"
    r"get\s+(?:going|back|on)|set\s+up|prep)(?:\s+(?:for|to)\s+(?:your|ur|the|a)\s+[\w-]+)?"
    r"(?=\s*(?:[,.!;]|now|soon|so\b|and\b|$))"
    r"|(?:that's|thats|that\s+is)\s+(?:all|everything|it)\s+(?:from|for)\s+me"
    r"|(?:that's|thats|that\s+is)\s+me\s+(?:done|sorted|finished)\b|\b(?:i'm|im|i\s+am)\s+(?:all\s+)?"
    r"done(?:\s+(?:now|then|here))?\s*(?:[,.!]|cheers|thanks|thank|ty|$)"
    # "i know ur lunch is nearly over", "your break must be almost up"
    r"|(?:your|ur)\s+(?:lunch|break|hour|slot|time)\s+(?:is|must\s+be)\s+(?:almost|nearly|pretty\s+"
    r"much|about)\s+(?:over|up|done|finished)"
    r"|(?:that's|thats|that\s+is)\s+all\s+i\s+(?:had|have|wanted)"
    r"|no\s+(?:more|other|further)\s+questions"
    # "i don't want to make you late for your site visit", "i won't keep you from your day"
    r"|(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:want\s+to\s+|wanna\s+)?(?:make\s+(?:you|u)\s+"
    r"late|keep\s+(?:you|u)\s+from\s+(?:your|ur))\b"
    # "I think I have taken enough of your time", "i've taken up enough of ur time"
    r"|\b(?:i'?ve|i\s+have|i'?d|i\s+had)\s+(?:already\s+)?taken\s+(?:up\s+)?(?:enough|plenty|a\s+lot)\s+of\s+"
    r"(?:your|ur)\s+time\b"
    # "i know ur next meeting is there, i will not take more time"
    r"|\b(?:won'?t|wont|will\s+not|shan'?t)\s+take\s+(?:up\s+)?(?:any\s+|much\s+)?more\s+(?:of\s+"
    r"(?:your|ur)\s+)?time\b"
    r"|\bi\s+know\s+(?:your|ur)\s+next\s+(?:meeting|call|class|clinic|appointment)\b)",
    re.IGNORECASE,
)
"""Offering to wrap up (domain.md §3: watch the clock and offer it yourself)."""
STOP_THERE = re.compile(
    r"\b(?:let\s+me|i'll|ill|i\s+will|i\s+should|i'd\s+better|i\s+better)\s+(?:stop|leave\s+it)\s+"
    r"(?:there|here)\b(?!\s+(?:for\s+a\s+(?:sec|second|moment|minute)|on|with|before|and\s+ask)\b)",
    re.IGNORECASE)
""""So let me stop there", "i think ill stop here": winding down, but only as the message's
last word (not "I'll stop there, I could go on for ages" in an answer, nor "let me stop there
and ask …")."""

PLEASANTRIES = re.compile(r"\b(?:ok(?:ay)?|right|so|well|anyway|thanks?|thank\s+(?:you|u)|cheers|"
                          r"so\s+much|for\s+(?:the|this|your|ur)\s+\w+|i\s+think)\b", re.I)
"""The thanks and filler around a goodbye ("thanks for the practice rosa, i think …")."""

CLOSING_THANKS = re.compile(
    r"\b(?:(?:thank(?:s|\s+you|\s+u|\s+ya)|cheers)(?:\s+(?:so|very|ever\s+so)\s+much|\s+a\s+lot|"
    r"\s+again)?"
    r"(?:\s+\w+){0,3}\s+for\s+(?:(?:your|ur)\s+time|the\s+time|taking\s+the\s+time|making\s+(?:the\s+)?time"
    r"|(?:this|the|our)\s+(?:chat|conversation|call|meeting|talk)|meeting|talking|speaking"
    r"|chatting|sharing|all\s+(?:of\s+)?(?:this|that|your\s+help|the\s+advice)|your\s+help"
    r"|the\s+advice|everything)"
    r"|(?:really|truly)?\s*appreciate\s+(?:your|ur|the)\s+time|much\s+appreciated)",
    re.IGNORECASE,
)
"""Thanking the contact for the meeting (not a passing "thanks, that's helpful")."""

GOODBYE = re.compile(
    r"\b(?:bye|goodbye|take\s+care|talk\s+soon|have\s+a\s+(?:good|great|nice|lovely|brilliant)"
    r"\s+\w+|(?:gotta|got\s+to|have\s+to|need\s+to|i'?ve\s+got\s+to|must)\s+(?:run|dash|head\s+off|"
    r"jump\s+off|go)(?=\s*(?:[,.!;:]|$|\s+(?:now|sorry|soon|though|tho|lol|haha|x+)\b)))\b|^\W*(?:(?:no|nope|nah|ok|okay|i\s+think)\W+)?that'?s\s+(?:all|it|everything)"
    r"(?:\s+(?:for\s+now|from\s+me|really|i\s+(?:had|needed|wanted)|the\s+questions\s+i\s+had))?"
    r"\W*(?:thanks|thank\s+(?:you|u)|cheers|ty)?\W*$",
    re.IGNORECASE,
)
BYE = re.compile(r"\b(?:bye|goodbye|take\s+care|talk\s+soon)\b", re.IGNORECASE)
"""Leaving in so many words: a goodbye, not an offer to wrap up."""
GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|heya|good\s+(?:morning|afternoon|evening)|(?:nice|great|lovely)\s+to"
    r"\s+meet"
    # "yo keisha thanks for …", "yo marcus!": a hello; not "yo fr? yes please"
    r"|yo(?=\s+(?!fr\b|bro\b|lol\b)[a-z]+\s*(?:[,!]|\s+thanks?\b|\s+thank\s+(?:you|u)\b|\s+ty\b))"
    r"|thanks?\s+(?:you\s+|u\s+)?(?:so\s+much\s+)?for\s+(?:meeting|making|taking|agreeing|having)"
    # Nigerian "how far" is hello ("how far arjun, thanks for this"), not how far something is
    r"|how\s+far(?:\s+[a-z]+)?(?:\s*[,.!?]|\s*$))",
    re.IGNORECASE,
)
THANKS = re.compile(r"\b(?:thanks|thank\s*(?:you|u|ya)|thx|thnx|thanx|tysm|tyvm|ty|appreciate|"
                    r"cheers|"
                    # thanks in the user's first language: "grazie mille hannah"
                    r"grazie|merci|danke|gracias|obrigad[oa]|shukriya|dhanyavaad|asante|dzi\u0119kuj\u0119|"
                    # British "ta": "ta again!", "ta very much"
                    r"ta(?=\s+(?:again|very\s+much|v\s+much|for|loads|mate|love)\b|\s*[!.]*$))\b",
                    re.IGNORECASE)
REFERRAL = re.compile(
    # "someone else does the copy", "someone else who reviews the code": not more people to
    # meet (the lexicon's referral pattern makes the same exception)
    # "wud u be ok intro-ing me to one of them?", "could u introduce me to someone there"
    r"\b(?:intro(?:-?ing|duce|ducing)?|put)\s+me\s+(?:to|2|in\s+touch\s+with)\s+(?:(?:one|some|any)\s+"
    r"of\s+(?:them|those|your|ur)|them|him|her|someone|some1|anyone|any1|a\s+few\s+people|people\s+"
    r"(?:on|in|at)|colleagues?|\w+\s+(?:on|in|at)\s+(?:your|ur|the)\s+team)\b|"
    r"\b(?:who\s+else|(?:anyone|any1|anybody|someone)\s+else\b(?!\s+(?:who\s+)?(?:does|do|did|writes?|"
    r"handles?|makes?|takes?|runs?|reviews?|is|was|will|would|has|gets?|owns?|sets?|decides?)\b)"
    r"|other\s+people\s+(?:i|to|who)"
    r"|who\s+(?:would|could|might|will)\s+(?:that|they|those\s+(?:people|folks))\s+be"
    r"|(?:people|someone|some1|anyone)\s+(?:you|u)\s+(?:could|can|said\s+(?:you|u)\s+could)\s+point"
    # "is there anyone you could intro me to?"
    r"|(?:anyone|any1|anybody|someone|some1|somebody)\s+(?:you|u)\s+(?:could|can|would|might)\s+"
    r"(?:intro(?:duce)?|put|connect)\s+me\b"
    # "anyone who went from sales to product you reckon I should talk to?"
    r"|\b(?:anyone|any1|anybody|someone|some1|somebody|people)\b[^.?!]{0,60}\b(?:you|u)\s+(?:reckon|"
    r"think|suggest|recommend|(?:would|'?d)\s+(?:suggest|recommend))\s+i\s+(?:should|could|can|"
    r"might|ought\s+to)?\s*(?:talk|speak|chat|reach\s+out)\s+(?:to|with)\b"
    # "anyone who went from nursing to UX that you could point me to?"
    r"|\b(?:anyone|any1|anybody|someone|some1|somebody|people)\b[^.?!]{0,60}\b(?:that|who|whom)?\s*"
    r"(?:you|u)\s+(?:could|can|would|might)\s+(?:point|send|refer|direct)\s+me\s+(?:to|towards?)\b"
    # "do you know someone who moved from teaching into analytics?": someone from where the
    # user comes from, to meet ("who switched at 40?", with no "from", asks for a story)
    r"|(?:do|d|would|might)\s+(?:you|u)\s+(?:happen\s+to\s+)?know\s+(?:anyone|any1|anybody|"
    r"someone|some1|somebody|(?:any|other)\s+people)\s+(?:who|that)(?:'s|\s+has|\s+have)?\s+"
    r"(?:also\s+)?(?:moved|switched|came|went|transitioned|changed\s+careers?|retrained|made\s+"
    r"(?:the|a|that)\s+(?:switch|move|jump|change|transition))\b[^.?!]{0,30}?\bfrom\b"
    # "Do you know some other person who made a career change like me?": more people to meet
    r"|(?:do|d|would|might)\s+(?:you|u)\s+(?:happen\s+to\s+)?know\s+(?:(?:some|any)\s+other|"
    r"another)\s+(?:person|people|folks?|\w+(?:ers?|ists?|ants?|ors?|ians?|ees?))\b"
    r"(?![^.?!]*\b(?:hiring|recruiting|taking\s+on)\b)"
    # "do u know anyone who works in public health?" asks for a person; "do you know anyone
    # who switched at 40?" asks for their story
    r"|(?:do|d|would|might)\s+(?:you|u)\s+(?:happen\s+to\s+)?know\s+(?:anyone|any1|anybody|someone|some1|"
    r"somebody)\s+(?:(?:who|that)\s+"
    r"(?:works?|is\s+working)\s+(?:in|at|on|for)|working\s+(?:in|at|on|for)|in|at)\b"
    r"(?![^.?!]*\b(?:hiring|recruiting|taking\s+on)\b)"
    r"|\b(?:anyone|any1|anybody|someone|some1|somebody|people|colleagues?|person)\b[^.?!]{0,60}\b(?:that|"
    r"who|whom)\s+i\s+(?:could|can|should|might)\s+(?:maybe\s+|possibly\s+|perhaps\s+|also\s+)?"
    r"(?:talk|speak|chat|reach\s+out)\s+(?:to|with)\b"
    # asked for, not described: "is there anyone … worth me talking to", "do u know anybody …
    # i could talk to", "anyone you'd suggest I talk to"; "do you know anyone who's made the
    # move from paramedic to nursing, or someone in A&E I could speak to?"
    r"|\b(?:is\s+there|are\s+there|(?:do|would|might)\s+(?:you|u)\s+(?:happen\s+to\s+)?know|know\s+of)\s+"
    r"(?:anyone|any1|anybody|someone|some1|"
    r"somebody|(?:any\s+(?:other\s+)?)?people|(?:any|some)\s+(?:[\w&'-]+\s+){0,2}[\w&'-]+s)\b"
    r"[^.?!]{0,100}\b(?:i\s+(?:could|can|should|might)\s+(?:maybe\s+)?(?:talk|speak|chat|"
    r"reach\s+out)|worth\s+(?:me|my\s+while)\s+(?:talking|speaking|reaching\s+out|chatting)|"
    r"(?:worth(?:while)?|useful|helpful|good|beneficial)\s+for\s+me\s+to\s+(?:talk|speak|chat|"
    r"reach\s+out))\s+(?:to|with)\b"
    r"|(?:anyone|any1|someone|some1|anybody|people)\s+(?:you|u)(?:'d|d|\s+would)\s+(?:suggest|recommend)\s+"
    r"(?:i|me)\b"
    r"|(?:anyone|any1|someone|some1|anybody|people)\b[^.?!]{0,40}?\b(?:you|u)(?:'d|d|\s+would)\s+(?:suggest|"
    r"recommend)\s+(?:i|me)\s+(?:talk|speak|chat|reach|meet|contact|get\s+in\s+touch|email|"
    r"message|dm|ask|follow|look\s+(?:at|up))\b"
    # "u know any ppc agencies in columbus or anyone out here i should hit up?"
    r"|\b(?:anyone|any1|anybody)\b[^.?!]{0,40}?\bi\s+(?:should|could|can|"
    r"might)\s+(?:hit\s+up|reach\s+out\s+to|contact|message|dm|email|ping|get\s+in\s+touch\s+"
    r"with|talk\s+(?:to|with)|speak\s+(?:to|with))\b(?!\s+(?:you|u|ya)\b)"  # not "someone told
    # me I could talk to you": the contact, met now
    # "anyone on the non-clinical side you'd suggest I speak with"
    r"|(?:anyone|any1|someone|some1|people)\s+(?:you|u)\s+think\s+i\s+(?:should|could)\s+(?:talk|speak|"
    r"reach|chat|meet)"
    r"|introduce\s+me|put\s+me\s+in\s+touch|connect\s+me\s+with"
    r"|people\s+i\s+(?:should|could|might)\s+(?:talk|speak|reach)"
    # asked with no "is there": "anyone who switched from teaching to UX i could chat with?"
    r"|^\W*(?:(?:and|so|also|oh)\W+)?(?:anyone|any1|anybody|someone|somebody)\b[^.?!]{0,80}?\bi\s+"
    r"(?:could|can|should|might)\s+(?:maybe\s+)?(?:talk|speak|chat|reach\s+out)\s+(?:to|with)\b"
    r"(?!\s+(?:you|u)\b)"  # "someone told me I could talk to you": how they came
    # "anyone who went from a newsroom or TV into charity comms?": a bare ask for such a person
    r"|(?:^|[.!?]\s+)\W*(?:(?:and|so|also|oh|ok|okay)\W+)?(?:anyone|any1|anybody|someone|somebody)\s+"
    r"(?:else\s+)?(?:who|that)(?:'s|\s+has|\s+have)?\s+(?:also\s+)?(?:moved|switched|came|went|"
    r"jumped|transitioned|made\s+(?:the|a|that)\s+(?:switch|move|jump))\b[^.?!]{0,40}?\bfrom\b"
    r"[^.?!]{1,60}\?"
    # "you know somebody in operations that maybe would talk with me?"
    r"|\b(?:anyone|any1|anybody|someone|some1|somebody|people)\b[^.?!]{0,80}\b(?:that|who)\s+"
    r"(?:\w+\s+)?(?:would|could|might)\s+(?:\w+\s+)?(?:talk|speak|chat|meet)\s+(?:with|to)\s+me\b"
    r"|(?:anyone|any1|someone|some1|anybody|somebody)\s+(?:you|u)\s+(?:know|(?:could|can|would)\s+"
    r"(?:recommend|suggest|introduce|point))\b"
    r"|\b(?:who|anyone|any1|someone|some1|people|\w+ers|\w+ists)\s+(?:i|me)\s+(?:could|should|might)\s+"
    r"(?:talk|speak|reach\s+out|chat)\s+(?:to|with)\b"
    r"|\b(?:he|she|they)(?:'d|d|\s+would)?\s+be\s+(?:up\s+for|open\s+to)\s+(?:a\s+)?(?:quick\s+)?"
    r"(?:chat|call|coffee)\s+with\s+me"
    # someone's willingness: "anyone on your SLT you think would be happy to have a chat with
    # me?", "a nurse … who might be willing to speak with me" (not "would you be open to …", a
    # favour of the contact's own, nor "would Rachel be open to a chat?", one they named)
    r"|\b(?:anyone|anybody|someone|somebody|(?:a|an|any)\s+(?!of\b)[\w-]+)\b[^.?!]{0,120}?"
    r"(?<!\byou\s)(?<!\bu\s)\bbe\s+(?:happy|willing|open|keen|glad|up\s+for)\s+(?:to\s+)?"
    r"(?:(?:have|do|jump\s+on|hop\s+on)\s+)?(?:a\s+)?(?:quick\s+|short\s+|brief\s+|"
    r"\d+\s*-?\s*min(?:ute)?s?\s+)?(?:chat|call|coffee|talk|speak|meet)(?:ing)?\b"
    r"(?!\s+(?:to|with)\s+(?:my|our|the|a)\b)"
    # "do you know an EM … who'd do a 20 min call with me?"
    r"|\bwho(?:'d|d|\s+would|\s+might|\s+could)\s+(?:do|have|take|jump\s+on|hop\s+on)\s+"
    r"(?:a\s+)?(?:quick\s+|short\s+|\d+\s*-?\s*min(?:ute)?s?\s+)?(?:call|chat|coffee)\s+with\s+me\b"
    # "anyone you know who works in victim services"
    r"|\b(?:anyone|any1|anybody|someone|somebody)\s+(?:you|u)\s+know\s+(?:who|that)\s+"
    r"(?:works?|is\s+working|does)\b)",
    re.IGNORECASE,
)
"""Asking for more people to talk to (every seed: "who else should I talk to?")."""


CONFIRM_TEXT = "Yes, that one"
"""What a "did you mean ...?" button sends: an affirmative (``is_affirmative``)."""
SECOND_TEXT = "The second one"
"""What the second button of "did you mean A, or B?" sends."""
_LEANING = r"(?:more|mostly|probably|prob|definitely|def|defo|actually|i\s+think|i\s+guess|"\
    r"i\s+meant|i\s+mean|yeah|yes|yep|aye|ok|okay|hmm+|um+|oh|ah|so|sorry)"
"""What a pick of an option is said after: "more the second one yeah", "hmm probably the
other"."""
_SECOND = re.compile(
    rf"^\W*(?:{_LEANING}\W+)*(?:(?:the\s+)?(?:second|2nd|other|latter|last)(?:\s+one)?|b|2|no,?\s+"
    r"the\s+(?:second|other)(?:\s+one)?)(?:\W+(?:i\s+guess|i\s+think|please|pls|tbh|thanks|yeah|"
    r"yep|ya|aye|yes|ok|okay|sorry|lol|haha|mate|really|probably|for\s+sure|i\s+reckon|"
    r"cheers|ta|innit))*\W*$",
    re.IGNORECASE,
)


def is_second(text: str) -> bool:
    """Whether ``text`` picks the second option of "did you mean A, or B?"."""
    return bool(_SECOND.match(text.strip()))

_YES = (
    r"(?:yes|yeah|yeh|yep|yup|yea|ya|aye|sure\s+thing|sure|right|correct|exactly|absolutely|"
    r"definitely|indeed|precisely|bingo|spot\s+on|you\s+got\s+it|i\s+did|i\s+do|"
    r"that(?:'s|s|\s+is|\s+was)\s+(?:it|right|correct|the\s+one|what\s+i\s+meant)|"
    r"that\s+one|the\s+first\s+one|the\s+first|first\s+one|first)"
)
_AFFIRMATIVE = re.compile(
    rf"(?:oh\s+|ah\s+|um\s+|well\s+|ok\s+|okay\s+|more\s+|mostly\s+|probably\s+|hmm+\s+)*{_YES}"
    rf"(?:\s+(?:{_YES}|please|thanks|thank\s+(?:you|u|ya)|so|just|really|tbh|lol|haha|"
    r"i\s+(?:guess|think|suppose|reckon)|i\s+think\s+so|then))*"
    # "Yes, that one, and Storyline in particular": the same question, one part stressed
    r"(?:\s+(?:and|but)\s+(?:[a-z']+\s+){1,4}?(?:in\s+particular|specifically|especially|"
    r"mostly|most\s+of\s+all))?"
)
"""A whole message that only says yes: "yes", "Yeah!", "that's it", "Yes, that one", or one
that stresses a part of it ("…, and Storyline in particular")."""


def is_affirmative(text: str) -> bool:
    """Whether ``text`` is only a yes (any case, any punctuation): the answer to "did you
    mean ...?" that confirms the guess. "Yes, and who else should I talk to?" is not."""
    cleaned = re.sub(r"[^a-z' ]+", " ", text.lower().replace("\u2019", "'").replace("`", "'"))
    return bool(_AFFIRMATIVE.fullmatch(" ".join(cleaned.replace(" '", " ").split())))


def pick(options: tuple[str, ...], seed: int) -> str:
    """One of several wordings, the same for the same seed (a session replays the same)."""
    return options[seed % len(options)]


ASKS_VERDICT = re.compile(
    r"\b(?:what\s+(?:would|do|did)\s+(?:you|u)\s+(?:think|say|suggest|recommend)(?=\s*(?:[?.!]|$|"
    r"(?:of|about)\s+(?:that|this|it|me|my)\b|if\b|i\s+should\b))|which\s+(?:route|"
    r"path|one|role|way)|where\s+(?:would|do|could)\s+i\s+fit|how\s+do\s+i\s+(?:look|compare|"
    r"stack\s+up)|(?:would|does|do|could)\s+(?:that|this|it|those)\s+(?:count|work|fit|help))\b",
    re.IGNORECASE)
"""Asking for the contact's view of the background just given ("which route would fit?")."""

NOWHERE_NEAR = 5.0  # a matcher score this low: no bank question shares its words
EVERYDAY = re.compile(
    r"\b(?:favou?rite|pizza|food|eat|cook\w*|cars?|drive|films?|movies?|music|songs?|"
    r"bands?(?![\s-]*\d)|"  # not "a Band 6 post": a pay grade
    r"holidays?|vacation|weather|football|soccer|sports?|pets?|dogs?|cats?|hobby|hobbies|"
    r"capital\s+of|star\s+sign|married|how\s+old\s+are\s+(?:you|u)|tv|netflix|gym|"
    r"hik(?:e|es|ing)|trips?|kids|outside\s+(?:of\s+)?work|"
    # "my family is from Enugu originally, is yours?": where they come from
    r"famil(?:y|ies)|parents|heritage|surname|last\s+name|hometown|grow\s+up|grew\s+up|"
    r"originally)\b",
    re.IGNORECASE)
"""Words of a question about life, not work ("do you like pizza?")."""
_AT_WORK = re.compile(r"\b(?:team|facilit|sponsor|campaign|brand|client|customer|patient|staff|"
                      r"market|work|job|role|compan|office|shift|post|salar|career|grade|hir|"
                      r"analyst|boss|manag|ward|clinic|practice|school|classroom|pupil|student|"
                      r"hospital|relative|colleague|peer)\w*|\bhow\s+much\s+(?:holiday|"
                      r"vacation|time\s+off|leave)|\b(?:annual\s+leave|pto|days\s+off)\b",
                      re.IGNORECASE)
TO_YOU = re.compile(r"\b(?:you|u|your|ur)\b", re.IGNORECASE)


def about_life(text: str) -> bool:
    """A question to the contact about their life, not work ("do you like pizza?", "what car
    do you drive?", "any pets?"); "do facilities teams do the catering and food too?" is work."""
    return bool(EVERYDAY.search(text) and (TO_YOU.search(text) or len(text.split()) <= 3)
                and not _AT_WORK.search(re.sub(r"\boutside\s+(?:of\s+)?work\b", "", text,
                                               flags=re.IGNORECASE)))


ANYTHING_MISSED = re.compile(
    r"\b(?:anything|something|what)\s+(?:else\b|(?:that\s+)?i\s+(?:haven'?t|have\s+not|didn'?t|did\s+not|"
    r"should(?:\s+have|'ve)?|missed|forgot|ought)\b)|\bwhat\s+should\s+i\s+have\s+asked\b"
    r"|\banything\s+(?:you'?d|you\s+would)\s+add\b|\bbefore\s+(?:we|i)\s+(?:wrap|finish|go)\b"
    r"|\bwish\s+(?:more\s+)?(?:people|someone|folks)\s+(?:would\s+)?ask",
    re.IGNORECASE)
"""The wrap-up question's own cue ("is there anything I haven't asked?"): without it, words
near that question ("the rest of your time") do not make a message one."""

KEEP_IN_TOUCH = re.compile(
    r"\b(?:(?:is|would)\s+it\s+(?:be\s+)?(?:ok(?:ay)?|alright|all\s+right|fine)|do\s+(?:you|u)\s+mind|"
    r"mind|can|could|may)\s+(?:if\s+)?(?:i\s+|to\s+)?(?:message|messaged|email|emailed|e-mail|contact|"
    r"contacted|reach\s+out\s+to|reached\s+out\s+to|follow(?:ed)?\s+up\s+with|connect(?:ed)?\s+with|"
    r"add(?:ed)?|dm|text(?:ed)?|ping(?:ed)?|drop)\s+(?:you|u)\b"
    r"(?![^.?!]*\b(?:cv|cvs|resume|application|portfolio|cover\s+letter)\b)"
    r"|\b(?:can|could|shall|mind\s+if|would\s+it\s+be\s+ok\s+(?:to|if)|ok\s+to|love\s+to|happy\s+to|"
    r"let'?s|like\s+to|great\s+to|hope\s+to|good\s+to)\s+(?:we\s+)?(?:keep|stay)\s+in\s+touch\b"
    r"(?!\s+with\s+(?!(?:you|u)\b))"
    r"|\bif\s+(?:i|we)\s+(?:kept|keep|stayed|stay)\s+in\s+touch\b"
    r"|\b(?:can|could|may|mind\s+if|ok\s+if|okay\s+if|alright\s+if|and)\s+i\s+(?:keep|kept)\s+"
    r"(?:you|u)\s+(?:posted|updated|in\s+the\s+loop)\b", re.IGNORECASE)
"""Asking to follow up later ("is it ok if i message u on linkedin if i have another q?"):
said yes to, as any contact would, never "I'd only be guessing"."""


_INTRO_ASK = re.compile(
    r"\b(?:could|can|would|will|pls|please)\s+(?:(?:you|u)\s+)?(?:please\s+)?(?:still\s+)?"
    r"(?:(?:introduce|intro)\s+me(?!\s+to\s+(?:the\s+)?(?:basics|world|idea|concept|fundamentals|topic|field|"
    r"how|what)\b)|put\s+me\s+in\s+touch|connect\s+me)\b"
    # "wud u be ok intro-ing me to one of them?"
    r"|\b(?:ok|okay|alright|happy|willing|able|comfortable|up\s+for|(?<!never\s)mind)\s+(?:to\s+)?(?:intro-?ing|"
    r"introducing|intro|introduce)\s+me\b", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:don'?t|do\s+not|didn'?t|not\s+yet|rather\s+(?:you|u)\s+didn'?t|"
                      r"no\s+need|if\s+(?:you|u)\b(?!\s+(?:could|would|can|(?:don'?t|wouldn'?t)\s+"
                      r"mind)\b))", re.IGNORECASE)


OFFERS_HELP = re.compile(
    r"\b(?:anything|something|any\s+way|a\s+way)\s+(?:that\s+)?i\s+(?:can|could|might)\s+(?:do\s+"
    r"(?:for|to\s+help)\s+(?:you|u)|help\s+(?:you|u)\b(?!\s+(?:hire|find|recruit)))|\bhow\s+(?:can|"
    r"could|might)\s+i\s+(?:help\s+(?:you|u)\b|be\s+(?:of\s+)?(?:help|use|useful)\s+to\s+(?:you|u)|"
    r"return\s+the\s+favou?r|repay)|\breturn\s+the\s+favou?r\b", re.IGNORECASE)
"""Offering something back ("Is there anything I can help you with?"): a courtesy, which a
contact thanks them for, not a question about the work."""
HOLD_OFF = re.compile(
    r"\b(?:hold\s+off\s+(?:on|with)|(?:don'?t|do\s+not|pls\s+don'?t|please\s+don'?t)\s+send|"
    r"wait\s+(?:on|with)\s+the|(?:hang|hold)\s+on\s+(?:with|to)\s+the|no\s+intros?\s+yet|"
    r"not\s+yet\s+(?:for|on)\s+the)\b[^.!?]*\b(?:intros?|introductions?|email|emails)\b|"
    r"\b(?:intros?|introductions?)\b[^.!?]*\b(?:not\s+yet|later|for\s+now)\b"
    # "could you hold off on that for now?", said of the introduction just agreed (not "would
    # you hold off on doing a masters?", nor "did you hold off a bit before going for band 6?")
    r"|^\W*(?:(?:actually|sorry|wait|oh|hmm|ok|um)\W+)*(?:(?:could|can|would)\s+(?:you|u)\s+"
    r"(?:maybe\s+|please\s+)?)?hold\s+off(?:\s+on\s+(?:that|it|this|those|them))?(?:\s+(?:for\s+now|"
    r"a\s+bit|for\s+a\s+bit))?\s*(?:[?.!,]|$|\s+(?:i|because|till?|until|while|please|pls)\b)",
    re.IGNORECASE)
"""Taking back an introduction agreed to: "could u hold off on the intros til i finish my
CPA?", "pls dont send the intro email yet"."""
TAKES_BACK = re.compile(
    r"^\W*(?:(?:actually|wait|hmm|oh|sorry)\W+)*(?:no|nah|nope)\W+(?:(?:sorry|actually|wait)\W+)*"
    r"not\s+yet\b|^\W*(?:actually|wait)\W+(?:(?:no|sorry)\W+)*(?:hold\s+off|don'?t\s+(?:send|"
    r"introduce))\b", re.IGNORECASE)
"""A yes taken back at once: "Actually no, not yet, sorry. I'd rather finish my case study
first"."""


def asks_for_introduction(text: str, names: Sequence[str] = ()) -> bool:
    """Whether the user asks the contact to introduce them: "could u introduce me to gemma
    after all?", or "an intro to Gemma would be great" about one of the ``names`` offered;
    never "an intro to sql course" or "don't introduce me yet"."""
    if _NOT_YET.search(text):
        return False
    if WANTS_TO_MEET.search(text) and re.search(
            r"\b(?:talk|speak|chat|meet|connect)\s+(?:to|with)\s+(?:him|her|them|both|(?!I\b)[A-Z][a-z]+)\b"
            r"|\b(?!I\b)[A-Z][a-z]+\s+(?:\w+\s+){0,2}?(?:sounds|seems)\b", text):
        return True  # "omar sounds like exactly the sort of person id love to talk to"
    named = "|".join(re.escape(n) for n in names)
    return bool(_INTRO_ASK.search(text) or (named and re.search(
        rf"\b(?:intro|introduction|introduce\s+me)\s+(?:to|with)\s+(?:{named})\b"
        # "on reflection, yes please, I would be grateful if you could ask Angela and Terrence"
        # "actually yeah go ahead and email andre": a yes to the offer, made later
        rf"|\b(?:yes|yeah|yea|yep|ok|okay|sure|go\s+ahead)\b[^.!?]{{0,80}}\b(?:ask|email|e-mail|"
        rf"contact|message|ping|text|check\s+with|intro|introduce\s+me\s+to)\s+(?:{named})\b",
        text, re.IGNORECASE)))


WANTS_TO_MEET = re.compile(
    r"\b(?:(?:love|like|keen|happy|glad|great|good)\s+to\s+(?:talk|speak|chat|meet|connect)|"
    r"(?:open|up|willing|happy|free|around|available)\s+(?:to|for)\s+(?:a\s+)?(?:quick\s+|short\s+|"
    r"brief\s+)?(?:chat|call|coffee|talk|meeting|conversation)|(?:talk|speak|chat)\s+(?:to|with)\s+"
    r"(?:him|her|them)|put\s+(?:me\s+)?in\s+touch|connect\s+(?:me|us))\b", re.IGNORECASE)
"""Wanting to talk to someone the contact named ("would she be open to a quick chat?")."""
USES_YOUR_NAME = re.compile(
    r"\b(?:mention|use|drop|say|give|quote|cite)\s+(?:your|ur|yr)\s+name\b|\b(?:say|tell\s+\w+|"
    r"mention)\s+(?:that\s+)?(?:you|u)\s+(?:sent|referred|suggested|pointed|recommended)\b|"
    r"\b(?:mention|name-?drop)\s+(?:you|u)\b", re.IGNORECASE)
"""Asking to use the contact's name with someone they named ("may I mention your name when
I write to him?"): about the contact's name, never a question about that person."""


RESUME = re.compile(
    r"\b(?:where\s+were\s+we|where\s+was\s+i|(?:i'?ve\s+)?lost\s+(?:my|the)\s+(?:place|thread)|"
    r"what\s+were\s+we\s+(?:talking\s+about|on)|(?:(?:i'?m|im|i\s+am)\s+back|sorry,?\s+back|"
    r"back\s+now|(?:are\s+)?(?:you|u)\s+(?:still\s+)?there|hello+\s+again|anyone\s+there)"
    r"(?=\s*(?:[.!?,;]|$))|"
    r"(?:pick\s+up|carry\s+on|continue)\s+where\s+(?:we|i)\s+left\s+off|"
    # "hi sorry phone died", "sorry, wifi dropped!": back after a break
    r"(?:phone|laptop|battery|wifi|wi-fi|internet|connection|signal|zoom|teams)\s+(?:just\s+)?"
    r"(?:died|dropped|cut\s+out|went|crashed|froze|was\s+down)|(?:got|was)\s+cut\s+off)\b",
    re.IGNORECASE)
"""Coming back to the meeting ("sorry phone died, where were we?"): a recap, not a question."""


_RESUME_WORDS = 18
"""Longer than this, a message that says "where were we?" says something else as well."""


LEAVE_ABOUT = re.compile(r"\W*(?:(?:so|ok|and|also)\s+)?(?:can|could|may)\s+i\s+ask\s+"
                         r"(?:(?:you|u)\s+)?(?:something|a\s+(?:quick\s+)?question|one\s+(?:more\s+)?thing)\s+"
                         r"(?:about|on)\b[^?.!]{0,40}\W*$", re.IGNORECASE)
"""Leave to ask, naming the topic ("May I ask something about the local market?"): before
the question itself, no question of its own."""


def resumes(text: str) -> bool:
    """Whether a message only comes back to the meeting: short, with no question of its own
    beside "where were we?"."""
    if not RESUME.search(text) or len(text.split()) > _RESUME_WORDS:
        return False
    rest = RESUME.sub(" ", text)
    return not re.search(r"\b(?:what|how|why|which|who|when|do|does|is|are|can|could|would)\b"
                         r"(?:[^?]*\?|\s+(?:do|does|did|is|are|was|were|can|could|would|should|"
                         r"you|u|i|people)\s+\w+)|"  # phones drop the "?": "what kinda projects
                         r"(?:^|[.!?,;:]\s*)(?:what|how|why|which|who|when|where|any)\b(?:\W+\w+){3}",
                         rest, re.IGNORECASE)  # actually impress u when ur looking at a junior"



ANSWERS_LATE = re.compile(
    r"\b(?:to\s+answer\s+(?:you|your\s+(?:earlier\s+)?question)|(?:re|about|on)\s+your\s+(?:earlier\s+)?"
    r"question|(?:you|u)\s+asked\s+(?:me\s+)?(?:earlier|before)|answering\s+your\s+question|"
    r"back\s+to\s+your\s+question)\b", re.IGNORECASE)
"""Answering the contact's question a turn late: "oh and to answer you from before, …"."""


HOW_TO_REACH = re.compile(
    r"\b(?:best\s+way\s+to|how\s+(?:do|should|can|would)\s+i|where\s+(?:do|can|should)\s+i)\s+"
    r"(?:reach|contact|get\s+hold\s+of|message|email|find)\s+(?:him|her|them|(?!(?:recruiters?|"
    r"people|employers?|mentors?|a|an|the|hiring|jobs?|companies|someone|anyone)\b)[a-z]+)\b",
    re.IGNORECASE)
"""How to get in touch with someone the contact named ("whats the best way to reach rafael,
linkedin or email?"), which a contact who offered them can always answer."""


NO_BUT = re.compile(r"\W*no\s+(?:rush|problem|probs?|worries)(?:\s+at\s+all)?\W*", re.IGNORECASE)
ASIDE_ONLY = re.compile(r"\W*(?:(?:sorry|soz|back|oops|haha+|lol|brb|ok|okay|hey|hi|um+|so|im|"
                         r"i'?m|phone|died|sounds|rough|ha|my|wifi|signal|battery|dropped|cut|"
                         r"out|again)\b\W*){1,5}$", re.IGNORECASE)
"""Short asides ("sorry back!") and "no rush" before a yes."""


HEDGE = re.compile(r"\W*(?:(?:um+|hmm+|well|erm)\W+)?(?:kind\s+of|kinda|sort\s+of|sorta|"
                    r"i\s+guess|i\s+think\s+so|maybe|not\s+really|a\s+bit|a\s+little|somewhat|"
                    r"sometimes|yes\s+and\s+no|ish|sure)\W*", re.IGNORECASE)
"""A hedge typed with a question mark ("kind of?") before an answer: unsure, not asking."""
CHEERS = re.compile(r"\b(?:cheers|thx|ty|ta)\b", re.IGNORECASE)
"""Thanks typed short ("cheers", "ty"), counted in a goodbye after time is up."""
_THANKS_SHORT = re.compile(r"\b(?:tks|thks|tnx|thnks|thnx|thanx|thx|thanq|thanku|thanksss+)\b",
                           re.IGNORECASE)


def spelled_thanks(text: str) -> str:
    """Thanks typed in shorthand ("tks so much hannah", as people writing in Portuguese or
    Spanish type it; "thx so much") spelled out, so it counts as thanks wherever thanks
    does."""
    return re.sub(r"\btysm\b", "thank you so much", _THANKS_SHORT.sub("thanks", text),
                  flags=re.IGNORECASE)


NOD = re.compile(
    r"(?:\W*(?:ah+|oh+|ok(?:ay)?|right|yeah|yep|mm+|hmm+|and|so|that|it|this|that's|thats|"
    r"it's|really|very|super|totally|a\s+lot|thanks|thank\s+(?:you|u)|ty|thx|cheers)\b)*"
    r"\W*(?:makes?\s+(?:(?:a\s+lot\s+of|total|perfect|complete)\s+)?sense|interesting|"
    r"wow|cool|nice|i\s+see|gotcha|got\s+it|fair\s+enough|good\s+to\s+know|love\s+that|"
    r"helpful|useful|fascinating|ok(?:ay)?|hmm+|mm+)"
    r"(?:\W+(?:thanks|thank\s+(?:you|u)|ty|thx|cheers|actually|tbh|then|ok(?:ay)?|cool|nice|"
    r"interesting|wow|right)\b)*\W*",
    re.IGNORECASE,
)
"""A nod at what the contact said ("that makes sense.", "ah ok, interesting"): no answer to
the question they asked the user."""


_TIARA_CUES = (
    ("trends", re.compile(
        r"\b(?:ai|chatgpt|automation|automated|future|next\s+(?:few|five|5|ten|10|couple\s+of|"
        r"two|2)\s+years|trends?|changing|shortage|outlook|heading|(?:job\s+)?market|hiring\s+"
        r"(?:freeze|fewer|less|more)|wipe\s+out|going\s+away|disappear\w*|restructuring|"
        r"shrinking|dying\s+out|growing\s+or|reforms?|new\s+rules|regulation|in\s+demand|"
        r"(?:are|r)\s+there\s+(?:even\s+|many\s+|enough\s+)?(?:jobs|roles|openings)\s+(?:here|"
        r"out\s+there|in\s+\w+|around))\b",
        re.IGNORECASE)),
    ("assignments", re.compile(
        r"\b(?:side\s+project|small\s+project|portfolio|case\s+study|try\s+(?:it|out)|"
        r"test\s+whether|what\s+would\s+i\s+(?:do|work\s+on)|"
        # the work itself: "whats ur day to day actually look like", "a typical week"
        r"typical\s+(?:day|week|shift)|day[\s-]to[\s-]day|(?:working|work)\s+on\s+(?:right\s+now|"
        r"at\s+the\s+moment|these\s+days|currently)|projects?\s+(?:are\s+)?(?:you|u)|tasks?)\b",
        re.IGNORECASE)),
    ("advice", re.compile(
        r"\b(?:should\s+i|would\s+(?:you|u)\s+(?:recommend|advise|suggest)|advice|if\s+(?:you|u)"
        r"\s+were\s+me|in\s+my\s+shoes|worth\s+(?:it|doing|applying|getting)|how\s+(?:do|would|"
        r"can|should)\s+i|what\s+would\s+(?:you|u)\s+do|do\s+i\s+need|apply\s+anyway|"
        r"(?:do|would)\s+(?:you|u)\s+think\s+i\s+(?:need|should|could|have)|too\s+old|"
        r"is\s+it\s+realistic|how\s+would\s+(?:you|u)\s+(?:explain|handle|approach|present|frame|"
        r"word|pitch|deal\s+with|go\s+about|tackle)|would\s+(?:that|this|it)\s+count|"
        r"(?:shud|shld|shuld)\s+i|for\s+(?:someone|somebody|people)\s+like\s+me|worth\s+more|"
        r"make\s+(?:that|the|this)\s+(?:jump|switch|move|leap))\b",
        re.IGNORECASE)),
    ("resources", re.compile(
        r"\b(?:read|books?|podcasts?|newsletters?|websites?|communit(?:y|ies)|meetups?|events?)\b",
        re.IGNORECASE)),
)


def tiara_of(question: str, known: Sequence[str] = ()) -> list[str]:
    """The TIARA category a question the contact could not answer still shows the user asked
    ("is AI gonna wipe out junior jobs?" is Trends; "should I apply anyway?" is Advice; "what
    should i put in a portfolio" both Advice and Assignments), if not among ``known`` yet:
    the scorecard judges the asking, not the bank's reach."""
    return [name for name, cue in _TIARA_CUES if cue.search(question) and name not in known]

LATER_FAVOUR = re.compile(
    r"^\W*(?:(?:and|also|so|oh|ok|okay|btw|one\s+more\s+thing)\W+)*(?:would|could|will|can)\s+(?:you|u)\s+(?:be\s+(?:up\s+for|happy\s+to|willing\s+to|open\s+to)|"
    r"mind(?:\s+to)?|possibly|maybe)?\s*(?:look(?:ing)?\s+(?:at|over)|glanc(?:e|ing)\s+(?:at|over)|skim(?:ming)?|"
    r"read(?:ing)?\s+(?:over|through)|review(?:ing)?|check(?:ing)?|"
    r"(?:give|giving)\s+(?:me\s+)?feedback\s+on|(?:have|having)\s+a\s+(?:quick\s+|wee\s+|little\s+|brief\s+|short\s+)?look\s+(?:at|over))\s+"
    r"my\s+[^?.!]{0,40}\b(?:when|once|after)\s+(?:i'?ve|ive|i\s+have|it'?s|its|it\s+is|i'?m|im|i)\b"
    r"(?![^?]*\bor\b)"
    # "would it be ok if I sent you my first case study once it's ready?"
    r"|^\W*(?:(?:and|also|so|oh|ok|okay|btw|one\s+more\s+thing)\W+)*(?:would\s+it\s+be|is\s+it|"
    r"(?:would|do)\s+(?:you|u)\s+mind|mind|could\s+i|can\s+i|may\s+i)\s+(?:(?:ok|okay|alright|"
    r"all\s+right|fine|cool)\s+)?(?:if\s+i\s+)?(?:sent|send|sending|share|shared|sharing|email|"
    r"emailed|forward|forwarded)\s+(?:you|u)\s+my\s+[^?.!]{0,40}\b(?:when|once|after|next)\b",
    re.IGNORECASE)
"""A favour asked for later ("would you be up for looking at my first case study when ive
done it"): a yes or no is wanted now, not how the contact reviews portfolios."""


def is_goodbye(text: str) -> bool:
    """A goodbye is short, unless thanks come with it ("Nothing more, thank you so much Alyssa,
    this was really helpful… Have a nice day!")."""
    return bool(GOODBYE.search(text)) and "?" not in text and len(text.split()) <= (
        _THANKED_BYE_WORDS if THANKS.search(text) else _BYE_WORDS)


_BYE_WORDS, _THANKED_BYE_WORDS = 12, 24


_TRAILS_OFF = re.compile(r"\b(?:but|so|and|um+|uh+|erm*|because|cos|coz|or|the|if|(?:so|and|but|ok|"
                         r"okay|um)\s+like)\W*$", re.IGNORECASE)  # not "wetin be ur day like"
_TRAIL_WORDS = 8


def trails_off(text: str) -> bool:
    """Whether a short message stops before its question ("ok this is kinda awkward but",
    "ok so like"): the person is still typing it, so "go on", not "what else?"."""
    return "?" not in text and len(text.split()) <= _TRAIL_WORDS and bool(
        _TRAILS_OFF.search(text))

