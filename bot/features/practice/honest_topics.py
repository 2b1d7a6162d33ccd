"""What a contact honestly says to a question the bank does not cover, by its topic: a line
every contact can stand behind (what they have seen of gaps, pay, credentials, hiring), never
an answer to another question; ``replies.off_bank`` picks one."""

from __future__ import annotations

import re

from bot.engine.timezones import zone_of_place
from bot.features.practice.credentials import ACRONYMS
from bot.features.practice.worries import CAREER_GAP

__all__ = ["BEHAVIOURS", "CREDENTIAL_TOPIC", "FROM_ABROAD", "GAP_TOPIC", "HIRING", "JOB_AT_RISK",
           "NO_DEGREE", "OVERQUALIFIED", "SILENCE", "TOPICS", "VERSUS", "WHEN"]


OVERQUALIFIED = (
    "From the hiring side, it's rarely the qualification itself that worries a manager; it's"
    " whether you'll stay, and whether you want this job or just any job. Say in a sentence"
    " why this role, now, and lead with the practical work you've done.")
BEHAVIOURS = (re.compile(
    r"\b(?:behaviou?rs?|competenc(?:y|ies))\b[^.?!]{0,80}?\b(?:examples?|statements?|questions?|"
    r"answers?|words?)\b|\b(?:competency|behaviou?r)[\s-]based\b|\bstar\s+(?:method|format|"
    r"technique|examples?)\b", re.IGNORECASE),
    "From scoring applications: one real example per behaviour, each in the same order: the"
    " situation in a line, what you did, said as \"I\", and what changed, with a number if"
    " there is one. That isn't boasting; it's the evidence a panel needs to give you marks."
    " Keep the background to a sentence and spend the words on what you did.")
"""The civil service's 'behaviours' ("250 word examples … how do i write those without
sounding boastful?"): what anyone who scores applications has seen."""
TOPICS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE) if isinstance(pattern, str) else pattern, who)
    for pattern, who in (
        # "how would you advise me to explain that I was let go when the programme was cut?":
        # a layoff, told as one, which every contact has seen
        (r"\b(?:(?:was|were|got|been|being)\s+(?:let\s+go|laid\s+off|made\s+redundant|fired|"
         r"terminated)|(?:lost|losing)\s+my\s+(?:job|role|position)|(?:my\s+)?(?:job|role|position|"
         r"programme|program|department|team)\s+(?:was|got|being)\s+(?:cut|eliminated|axed|closed)|"
         r"redundanc(?:y|ies)|layoffs?)\b",
         "What I've seen, for what it's worth: say it plainly and once, that the role was cut and"
         " it wasn't about your work, then go straight to what you're moving towards. Layoffs are"
         " common enough that nobody sensible holds one against you; sounding bitter is what"
         " people remember."),
        # "how would you explain an 8 year gap … on a resume?": the gap, before the resume
        (CAREER_GAP,
         "What I've seen, for what it's worth: one honest line on what you were doing and that"
         " you're ready now, then straight on to what you bring. People who hire worry about"
         " someone being evasive far more than about the gap itself."),
        # "there is people that are not native english speakers? I am worry that my english
        # is not enough good": a worry about language, not a case to walk through
        (r"\bmy\s+(?:english|accent|german|french|spanish|dutch)\b|\bnon[\s-]?native\b|"
         r"\b(?:not|aren'?t|isn'?t|wasn'?t)\s+(?:an?\s+)?native\b|\b(?:english|language)\s+as\s+(?:a\s+)?"
         r"second\s+language\b|\bsecond\s+language\b",
         "What I've seen: people are judged on being clear, not on sounding native. Short"
         " sentences, checking you've been understood, and a written recap after a meeting go"
         " a long way, and an accent is no problem at all."),
        BEHAVIOURS,
        # "how do you handle going from peer to boss?", "managing the same girls i eat lunch
        # with": what anyone who has been promoted over friends has seen
        (r"\b(?:peer|friend|colleague|co-?worker|mate)s?\s+to\s+(?:the\s+)?(?:boss|manager|supervisor|"
         r"lead)\b|\bmanag\w*\s+(?:my\s+|the\s+|former\s+|old\s+|ex-?)?(?:own\s+)?(?:friends|peers|"
         r"colleagues|co-?workers|mates|team\s*mates)\b|\bmanag\w*\s+(?:the\s+)?(?:same\s+)?(?:people|"
         r"girls|guys|folks|ladies|staff)\s+(?:i|that\s+i|who\s+i)\s+(?:used\s+to\s+)?(?:work|worked|"
         r"eat|sit|sat|trained)\b",
         "From what I've seen of people promoted over their friends: say it out loud early. Sit"
         " down with each of them, say what changes and what doesn't, and be fair and"
         " consistent from the first week. A little distance at lunch is normal, and it passes;"
         " favouritism, real or seen, is what sours it."),
        # "is there room to negotiate?", "is it awkward to negotiate salary as a career
        # changer?": what anyone who makes offers has seen
        (r"\bnegotiat\w*\s+(?:(?:a|my|the|your|an|on|for)\s+)?(?:higher\s+|better\s+|starting\s+|"
         r"first\s+)?(?:salary|salaries|pay|offers?|rate|package|raise|terms)\b|\broom\s+to\s+(?:"
         r"negotiate|move|push|haggle)\b|\bcounter[\s-]?offers?\b|\bask\s+for\s+(?:more|a\s+"
         r"(?:higher|better)\s+(?:salary|offer))\b"
         # "would i negotiate that or just take whatever they offer?"
         r"|\bnegotiat\w*\s+(?:that|it|this)\b(?=[^?]{0,60}\b(?:offer|salary|pay|package)\b)"
         r"|\btake\s+(?:whatever|what)\s+(?:they|you|u)\s+offer\b",
         "From the side that makes offers: there's usually a little room, and asking once,"
         " politely, after the offer is normal. Give a reason, such as where the role's"
         " advertised range goes or what you bring, and name a figure. Where pay comes in fixed"
         " bands, ask where in the band you'd start, or for something else: a start date,"
         " training, or flexible hours."),
        # "how soon after a conversation like this one … follow up, and what should it say?":
        # what anyone who has had these chats has seen of the notes after them
        # (the user's note, not "how do you follow up with patients after they go home?")
        (r"\b(?:(?:i|to|should\s+i|do\s+i)\s+(?:\w+\s+)?follow(?:[\s-]?up)?|thank[\s-]?(?:you|u)\s+(?:note|"
         r"email|message|card)|thank\s+(?:you|u|them|someone|people))\b[^?]{0,80}?\b(?:after|conversation|"
         r"chat|meeting|call|this|ours)\b|\b(?:after|once)\s+(?:a|an|the|this|our)\s+(?:\w+\s+)?"
         r"(?:conversation|chat|call|meeting|coffee)\b[^?]{0,60}?\b(?:follow|thank)",
         "From the other side of chats like this: a short thank-you the same day, or the next"
         " at the latest, that names one thing you'll act on. Then, in a month or two, a line on"
         " what you did with it. That second note is the one people remember, and it's when"
         " they think of you if something comes up."),
        # "for a first dev job is a contract role a bad idea or is permanent way better for
        # learning?": what anyone who has hired juniors has seen of the two
        (r"\b(?:contract(?:or|ing)?|fixed[\s-]term|temp(?:ing|orary)?)\b[^.?!]{0,60}?\b(?:perm|"
         r"permanent|full[\s-]time\s+(?:job|role|position|contract))\b|\b(?:perm|permanent)\b"
         r"[^.?!]{0,60}?\b(?:contract(?:or|ing)?|fixed[\s-]term|temp(?:ing|orary)?)\b"
         # "taking a contract role first…, or holding out for an FP&A analyst position?"
         r"|\b(?:contract(?:or|ing)?|fixed[\s-]term|temp(?:ing|orary)?)\b[^.?!]{0,80}?\b(?:hold(?:ing)?"
         r"\s+out|wait(?:ing)?\s+for\s+(?:the\s+)?(?:right|proper|real))\b",
         "From what I've seen, for a first job in a new field a permanent role usually teaches"
         " you more: someone is paid to review your work and grow you, where a contract tends to"
         " pay you to already know it. A contract isn't wrong if it's the door that opens; just"
         " ask who would review your work and what happens at the end of it."),
        # "how do hiring managers look at someone with only foreign experience?", "have you
        # hired someone who qualified abroad?": what any contact has seen of it, before the
        # credential named with it ("like ICAN or ACCA")
        # ("a foreign CA", "whose entire experience is from abroad", "they want 'Canadian
        # experience'")
        (r"\b(?:foreign|overseas|international|abroad|(?:an)?other\s+countr(?:y|ies))\s+"
         r"(?:\w+\s+)?(?:experience|qualifications?|degrees?|credentials?|background|training|"
         r"work|ca|cpa|acca|chartered\s+accountants?|licen[cs]es?|designations?)\b|\b(?:qualified|"
         r"trained|studied|worked|experience)\s+(?:(?:is|was)\s+)?(?:all\s+|entirely\s+|only\s+|"
         r"mostly\s+)?(?:from\s+)?(?:abroad|overseas|in\s+(?:an)?other\s+countr(?:y|ies))\b|"
         r"\b(?:no|without|lack\s+of|any)\s+(?:canadian|uk|british|us|american|local|irish|"
         r"australian|german)\s+experience\b|(?:\b(?:lack|lacking|need|needs|require|requires|"
         r"expect|want|wants)\s+|['\u2018\u201c])(?:canadian|uk|british|irish|australian|german)"
         r"\s+experience\b",
         "I can only tell you what I've seen: experience from another country counts once"
         " people here can read it, so say what the organisation was, how big, and what you"
         " did, in the words local job postings use, and get one local reference or a short"
         " local project early. Whether a qualification carries over is for the professional"
         " body here to say, so ask them first."),
        # "is better to get the first PM job here in brazil and then move, or apply direct to
        # companies in europe?": moving countries for work, which any contact has seen
        (r"^(?=.*\b(?:relocat\w*|emigrat\w*|mov(?:e|ing)|abroad|overseas)\b)(?=.*\b(?:abroad|"
         r"overseas|(?:an)?other\s+countr(?:y|ies)|countries|europe|european|emigrat\w*)\b)"
         r"(?=.*\b(?:first\s+(?:\w+\s+){0,2}(?:job|role)|apply\w*|here\s+first|(?:companies|"
         r"employers|jobs|roles)\s+(?:in|abroad|overseas|there))\b)",
         "I've only worked here, so I can't tell you how hiring from abroad goes. What I have"
         " seen: a first job in a new field is far easier to land where you already live, with"
         " the right to work and people who can vouch for you, and a year or two of experience"
         " makes a later move much easier. Someone who has moved countries in this field would"
         " know the rest."),
        # "my family want me back in casablanca, my cousin say come to paris. … which is better
        # place to start, or stay in dubai?": where to live, weighed between places
        (r"^(?=.*\b(?:move|moving|come|coming|go|going|back|relocat\w*|or\s+stay(?:ing)?\s+(?:in|"
         r"here|where|put))\b)(?=.*\b(?:(?:which|where)\b[^?.]*\bbetter\s+(?:place|city|country|"
         r"market)|better\s+place\s+to\s+start|or\s+stay(?:ing)?\s+(?:in|here|where|put))\b)",
         "I've only worked here, so I can't weigh those places for you. What I have seen: a"
         " first job in a new field is far easier to land where you already live, with the right"
         " to work and people who can vouch for you, and a year or two of experience makes a"
         " later move much easier. Someone who works in each place would know its market."),
        (r"\b(?:salar\w*|pay(?!\s+for\b)|paid(?!\s+(?:for|routes?|training|programmes?|places?|stuff|work|experience|projects?|clients?|gigs?)\b)|"
         # not a credential or respect earned ("something people earn once they're in")
         r"(?<!something\s)(?<!something\speople\s)(?<!something\syou\s)(?<!something\sthey\s)"
         r"earn(?:s|ed|ing)?(?!\s+(?:it|them|one|that|this|(?:a|an|the|your|their)\s+(?:[\w-]+\s+)?"
         r"(?:credential|cert\w*|qualification|title|designation|place|spot|respect|trust|"
         r"stripes|seat|right|reputation))\b)|wages?|compensation|"
         r"band\s+\d(?!\d*\s+(?:\w+\s+){0,3}?(?:roles?|posts?|jobs?|positions?|manager|management|"
         r"level))|how\s+much\s+"
         r"(?:do|does|can|will|would)\s+(?:\w+\s+){1,4}?(?:make|take\s+home|bring\s+in))\b",
         "Pay depends so much on the employer and the city that I'd only be guessing for roles"
         " outside my own team. Postings that show a range (public-sector ones nearly always do), a"
         " recent salary survey or a specialist recruiter will give you real figures, and it's a"
         " fair question for HR once you're in a process."),
        (r"^(?=.*\b(?:visas?|sponsor\w*)\b)(?=.*\b(?:(?:ur|your|una|you\s+guys|y'?all)\s+(?:company|"
         r"firm|bank|team|employer|organi[sz]ation|school|hospital|trust|charity)\b|(?:do|would|can)"
         r"\s+(?:you|u|una)\s+(?:guys\s+|dey\s+)?sponsor|una\s+dey\s+sponsor))",
         "Whether we sponsor is our HR team's call, so I'd have to check rather than guess. Bigger"
         " employers sponsor more often, and the government publishes which do: check first."),
        (r"\b(?:visa|visas|sponsor\w*|immigration)\b",
         "Visa rules aren't something I know well enough to advise on; the employer's HR team"
         " or an immigration adviser would give you a straight answer."),
        # "ive sent like 80 applications and got basically nothing back. is that normal?": the
        # silence most applicants meet, and what changes it, not "outside what I see"
        (r"\b(?:\d+|dozens|hundreds|so\s+many|loads\s+of|tons\s+of)\s+(?:job\s+)?(?:applications|"
         r"apps|applied|cvs|resumes)\b[^?]*\b(?:nothing|no\s+(?:reply|replies|response|responses|"
         r"luck|interviews?|callbacks?)|ghosted|silence|rejections?|rejected|zero)\b"
         r"|\b(?:nothing|no\s+(?:reply|replies|response|responses|interviews?|callbacks?))\s+back\b",
         "Sadly that's common: most applications for a first role get no reply at all, so it"
         " says less about you than it feels. After that many, I'd change the approach rather"
         " than the number: fewer applications, each fitted to the job, and a referral or a"
         " conversation like this one before you apply."),
        # "does a PhD read as overqualified?": how hiring sees it, not whether it is worth
        # doing (before the CV it is seen on: "a PhD on a CV … look overqualified?")
        (r"\bover[-\s]?qualified\b|\btoo\s+(?:qualified|senior|experienced)\b", OVERQUALIFIED),
        (r"\b(?:portfolio|portfolios|cv|cvs|resume|resumes|(?<!user\s)(?<!customer\s)(?<!client\s)"
         r"(?<!research\s)(?<!exit\s)(?:interview(?:s|ed|ers?)?\b|interviewing\s+(?:for|at)\b)"
         r"(?!\s+(?:users?|clients?|customers?|participants?|people|patients?|families|them)\b)"
         r"|case\s+stud\w*|leetcode|application\w*|apply\w*|shortlist\w*)\b",  # not user interviews
         "That changes from one hiring round to the next, so I'd only be guessing at the"
         " details. Someone who hires for those roles often, or a recruiter in the field,"
         " would know; it's a great question to ask them."),
        # "my district is cutting positions and I'm the newest hire": the user's own job at
        # risk, which only their employer can speak to; said kindly, with a next step
        (r"\b(?:cutting|cut|cuts|slashing|eliminating|axing)\s+(?:\w+\s+)?(?:positions|posts|jobs|"
         r"roles|staff|headcount)\b|\blast[\s-]+in,?[\s-]+first[\s-]+out\b|\blifo\b|\b(?:made|"
         r"being|be|get|getting)\s+redundant\b|\bredundanc(?:y|ies)\b|\b(?:my|our)\s+(?:job|post|"
         r"position|role)\s+(?:is|might\s+be|could\s+be|may\s+be)\s+(?:at\s+risk|cut|on\s+the\s+line)",
         "I'm sorry, that's a stressful spot. I can't tell how your employer will decide; HR, or"
         " your union rep if you have one, can tell you exactly how it works and what notice"
         " you'd get. Meanwhile I'd quietly bring your CV up to date and keep having"
         " conversations like this one, so you have options either way."),
        # "realistically how long does the switch take for someone like me?": a span the
        # contact can honestly give as a range, not "outside what I see"
        (r"\bhow\s+long\b[^?]{0,60}?\b(?:switch\w*|mov(?:e|ing)\s+(?:in)?to|transition\w*|"
         r"chang\w+\s+(?:careers?|fields?)|pivot\w*|get\s+in(?:to)?|break\w*\s+in(?:to)?|land\w*|"
         r"retrain\w*|make\s+the\s+(?:switch|move|jump|leap))\b",
         "It varies too much for one honest number: I've seen people do it in six months and"
         " others take two years. What shortens it most is one or two pieces of work that look"
         " like the job, and talking to people who hire for it, as you're doing now."),
        # "what will the cost per click be next black friday?": nobody knows, which is the
        # honest answer, not "outside what I see day to day"
        (r"\b(?:will|'ll|going\s+to|gonna)\b[^?]{0,60}\bnext\s+(?:year|quarter|month|season|"
         r"black\s+friday|christmas|summer|winter|spring|autumn|fall|election|budget)\b|\bcan\s+"
         r"(?:you|u|anyone)\s+predict\b",
         "Nobody can call that in advance, me included: it moves with the market. What I'd do is"
         " look at last year's figures and how they're trending now, and plan for a range."),
        # "writing to deadline" and "tight deadlines" are the work, not dates to apply by
        (r"\b(?:when\s+(?:do|does|should|is|are)|(?<!to\s)(?<!on\s)(?<!under\s)(?<!tight\s)"
         r"(?<!hard\s)deadlines?(?!\s+(?:pressure|driven))|timeline\w*|intake|"
         r"(?<!participant\s)(?<!user\s)recruit(?!ers?\b)\w*(?![^?]*\b(?:participants?|users|"
         r"testers)\b))\b",  # "does it
         # matter for recruiters" asks no dates, nor "participant recruitment"
         "I don't know the current dates, and they shift every year; the organisations' own"
         " careers pages, or a careers adviser, will have them."),
        # "i dont have a degree … is that gonna kill me?": a worry about going without one,
        # not whether to take one
        (r"\b(?:(?:do\s*n[o']?t|did\s*n[o']?t|never)\s+(?:have|get|got|finish(?:ed)?|complete[d]?)|"
         r"without|lack\s+of|no)\s+(?:a\s+|any\s+|my\s+)?(?:college\s+|university\s+|uni\s+|"
         r"bachelor\W?s?\s+|4[\s-]year\s+|four[\s-]year\s+)?degree\b",
         "Plenty of postings say \"a degree or equivalent experience\", and they mean it more"
         " often than people think. Where it's a hard rule, it's usually a large employer's"
         " graduate scheme. Look at ten postings you'd really apply for and count how many"
         " insist; elsewhere, work you can show and someone who'll vouch for you count for"
         " more."),
        # "a marketing degree, is that a problem for grad schemes?": the subject of one held,
        # not whether to take one
        (r"\b(?:(?:my|a|an)\s+(?!(?:college|university|uni|bachelor\W?s?|master\W?s?|good|"
         r"proper|real|first|second|2|4|four)\b)[a-z]+\s+degree|degree\s+(?:is\s+|was\s+)?in\s+"
         r"[a-z]+|already\s+(?:have|got)\s+a\s+degree)\b(?=.*\b(?:problem|issue|matter|count|hold|"
         r"against|look\s+at\s+me|put\s+(?:them\s+)?off|disadvantage)\w*)",
         "It depends on the role, but for many the subject matters less than people fear:"
         " employers want to see you can do the work, so an internship, a project or a course"
         " you've started does a lot. Where one subject is a hard rule, the posting says so;"
         " check a handful you'd really apply for."),
        # "which certification would you recommend for billing?", "is there a course you'd
        # recommend": which one, not whether one is worth it
        (r"\b(?:(?:which|what)\s+(?:\w+\s+){0,2}(?:certificat\w*|certs?|courses?|qualification\w*|"
         r"credentials?|bootcamps?|programs?|programmes?)\b[^?.!]*\b(?:recommend|suggest|best|"
         r"should\s+i|go\s+for|look\s+at)|(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:\w+\s+){0,2}"
         r"(?:certificat\w*|certs?|courses?|qualification\w*|credentials?)\b[^?.!]*\b(?:you|u)"
         r"(?:'d|\s+would|\s+)?\s*(?:recommend|suggest))",
         "I can't name the one to get from where I sit: which one counts differs from one"
         " employer to the next. Look at ten postings you'd really apply for and see which one"
         " they name most; start there, and ask someone doing that job now to confirm it."),
        # "start as a substitute first, or just go straight for the certification?": a
        # teaching licence, which a state school requires by law (not "count the postings")
        (r"\b(?:teaching\s+(?:certificat\w*|licen[cs]e|credential|qualification)|teacher\s+"
         r"(?:certificat\w*|licen[cs]\w*)|certified\s+to\s+teach|qts|(?:substitute|sub|supply)\s+"
         r"teach\w*|(?:start|starting|begin|work|working)\s+as\s+a\s+(?:sub|substitute)\b|"
         r"alt(?:ernative)?\s+cert\w*)\b",
         "For a state school the teaching qualification isn't optional, so the question is which"
         " route, not whether. Some routes let you teach, paid, while you finish it, and supply"
         " or substitute work first is a cheap way to find out whether you like the classroom."),
        # a credential against another ("an associate degree vs a bachelors") is about the
        # credential, not the other side of a comparison
        (r"\b(?:degree|degrees|masters?|" + "|".join(ACRONYMS) + r"|certificat\w*|certs?|"
         r"qualification\w*|credentials?|bootcamps?|courses?|diploma)\b",
         "My honest view: whether {thing} is worth it depends on the roles you're aiming"
         " at. Look at ten postings you'd really apply for and count how many ask for one;"
         " then ask someone who did one recently what it changed for them."),
        # ("see it as a different world" compares nothing)
        (r"\b(?:differ(?:s|ence|ences)?|different\s+(?:from|to|than|between)|vs|versus|"
         r"compared?\s+(?:to|with)|rather\s+than)\b",
         "Honestly, I only know my own side of that from the inside, so I'd be comparing with"
         " half the picture. Someone who has done both would tell you far more."),
    )
)
HIRING = next(p for p, line in TOPICS if line.startswith("That changes from one hiring"))
GAP_TOPIC = next(t for t in TOPICS if t[0] is CAREER_GAP)  # also said in context
JOB_AT_RISK = next(t for t in TOPICS if "stressful spot" in t[1])  # also said in context
CREDENTIAL_TOPIC = next(t for t in TOPICS if "{thing}" in t[1])
NO_DEGREE = next(t for t in TOPICS if "equivalent experience" in t[1])
FROM_ABROAD = next(t for t in TOPICS if "from another country counts" in t[1])
WHERE_TO_LIVE = next(t for t in TOPICS if "weigh those places" in t[1])


def weighs_places(text: str) -> bool:
    """"…back in casablanca, … come to paris. … which is better place to start, or stay in
    dubai?": where to live, with a place named (not "move to a startup or stay in a bank"),
    which no bank question weighs: no "did you mean", no nearest answer."""
    return bool(WHERE_TO_LIVE[0].search(text)) and any(
        zone_of_place(word) for word in re.findall(r"[A-Za-z][\w'-]+", text))
SILENCE, VERSUS = next(t for t in TOPICS if t[1].startswith("Sadly that's common")), TOPICS[
    -1][1]  # the comparison: not for their own week ("how much of it is SQL versus people?")
WHEN = re.compile(r"\b(?:when|how\s+(?:far|soon|early|long))\b", re.IGNORECASE)
"""Applications, CVs, portfolios and interviews: what every contact has seen something of."""
