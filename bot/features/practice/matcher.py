"""Recognise which bank question a user typed, and flag weak questions for coaching.

Practice mode lets the user type questions freely; the persona can only answer the
questions its bank knows, so each message is matched to the closest bank question. A
wrong answer teaches the user nothing (and feels broken), so below a confidence threshold
the bot asks them to rephrase instead of guessing.

How a match is scored (everything about the bank is precomputed in ``Matcher.__init__``;
``match`` only scores the questions that share a term with the message). The aim is to
generalise to wording nobody tuned on, so the work is done by a vocabulary of the ideas
informational interviews are about, not by resemblance to the bank's sentences:

1. ``normalise``: lower case, contractions and chat shorthand expanded ("whats", "u",
   "rn"), punctuation dropped, polite filler removed ("can you tell me", "I was
   wondering"). A word the bank never uses that is one slip of the fingers from a bank
   word is corrected ("typcial"), but not an inflection ("loved") or a short word with a
   changed letter ("shirt" is not "shift"). A bank question typed as written scores 100.
2. Terms. ``_PATTERN_CONCEPTS`` turn constructions into one term ("go from junior to
   lead" -> promotion, "land a junior analyst job" -> entry, "in a normal week" -> how
   often); ``_CONCEPTS`` fold the many ways of saying one idea into one term ("hate",
   "gets on your nerves", "tedious" -> dislike; "keeps you going" -> enjoy; "shift",
   "week" -> day; "struggling with" -> hard; "in common", "thrive" -> quality). Stop words
   and everyday words that name no topic ("find", "reckon", "roughly") are dropped and a
   light stemmer joins "change/changes/changing". Field words from the persona
   ("teacher", "hospital") and generic words of any job ("team", "senior", "group", "job")
   count for little: users sprinkle them everywhere.
3. Three signals per candidate question, each 0-100:
   - TF-IDF cosine between the message's terms and the question's text, phrasings and
     keywords (a rare term such as "promot" outweighs a common one);
   - overlap with the closest of its sentences (text, each phrasing, the keywords): an
     F-measure of the share of the message the sentence explains and the share of the
     sentence the message says, with a little plain string similarity;
   - keyword hits, weighted by how rare each keyword is in the bank.
   In a what/which question the first concept is what it asks about ("which SKILLS get a
   workout in a normal week") and counts double. The weighted sum is scaled by
   *coverage*, the share of the message's words the bank knows, through a soft step:
   mostly unknown words ("what's your favourite film") is off-topic. Work vocabulary the
   bank does not use ("code", "patients", "campaign") neither helps nor hurts coverage.
4. The message's shape (``analyse_question``) breaks ties: a yes/no message fits the
   bank's closed question; a job ask or googleable message fits the flagged one.
   ``CONFIDENCE_THRESHOLD`` then decides whether to answer or ask to rephrase, offering
   the best guess ("did you mean ...?") above ``RUNNER_UP_FLOOR``.

``analyse_question`` is independent of the bank: explicit rules (listed next to it) for
the four habits the coach flags: asking for a job, asking what a web search answers,
yes/no questions, and several questions in one message.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from bot.banks.model import Bank, Question

__all__ = [
    "CONFIDENCE_THRESHOLD",
    "RUNNER_UP_FLOOR",
    "Match",
    "Matcher",
    "analyse_question",
    "normalise",
    "content_terms",
    "split_questions",
]

CONFIDENCE_THRESHOLD = 28.0
"""Below this score the persona asks the user to rephrase (precision first: a wrong answer
is worse than a "did you mean ...?"). Calibrated on tests/fixtures/paraphrases.yaml, the
fresh tests/fixtures/paraphrases_dev.yaml and two more sets of new wording: off-topic
lines score at most ~22, right answers mostly 32 and up, so it sits in that gap."""

RUNNER_UP_FLOOR = 15.0
"""A below-threshold guess is still offered as a topic ("did you mean my typical day?")
when it scores at least this much; lower than that it would only confuse."""

# Weights of the three signals (they sum to 1, so the score stays on a 0-100 scale).
_W_COSINE = 0.35
_W_OVERLAP = 0.45
_W_KEYWORD = 0.20
_W_STRING = 0.15  # share of plain string similarity (vs term overlap) within the overlap
_CANDIDATES = 12  # best questions by cosine that get the (costlier) overlap scoring
_KW_K = 0.7  # keyword hits saturate: 1 - exp(-k * weighted hits)
_CONTEXT_WEIGHT = 0.3  # field words ("teacher") say little about which question
_GENERIC_WEIGHT = 0.3  # nor do words of any field ("team", "senior", "job")
_UNKNOWN_WEIGHT = 2.0  # a word the bank never uses weighs as two of its rarest terms
_COVERAGE_FLOOR = 0.1  # score multiplier when no content word is known to the bank
_COVERAGE_MID = 0.36  # coverage at which a message is as likely off-topic as not...
_COVERAGE_WIDTH = 0.05  # ...and how quickly that changes either side of it
_SHAPE_BONUS = 12.0  # tie-breaker: a yes/no message fits the bank's closed questions
_RULE_BONUS = 20.0  # a job ask or googleable message (precise rules) fits the flagged ones
_HEAD_WEIGHT = 2.0  # the first concept of a what/which question: what it asks about

# --------------------------------------------------------------------------- normalising

_CONTRACTIONS = {
    "can't": "can not",
    "cant": "can not",
    "won't": "will not",
    "wont": "will not",
    "shan't": "shall not",
    "ain't": "is not",
    "i'm": "i am",
    "im": "i am",
    "what's": "what is",
    "whats": "what is",
    "how's": "how is",
    "hows": "how is",
    "where's": "where is",
    "wheres": "where is",
    "who's": "who is",
    "whos": "who is",
    "that's": "that is",
    "thats": "that is",
    "there's": "there is",
    "theres": "there is",
    "it's": "it is",
    "let's": "let us",
    "how'd": "how did",
    "what'd": "what did",
    "why'd": "why did",
    "where'd": "where did",
    "youre": "you are",
    "youve": "you have",
    "youd": "you would",
    "ive": "i have",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "couldnt": "could not",
    "wouldnt": "would not",
    "shouldnt": "should not",
}
_SUFFIXES = (("n't", " not"), ("'re", " are"), ("'ve", " have"), ("'ll", " will"), ("'d", " would"))

_SHORTHAND = {
    "u": "you",
    "ya": "you",
    "yu": "you",
    "ur": "your",
    "r": "are",
    "y": "why",
    "wat": "what",
    "wht": "what",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "ppl": "people",
    "rn": "right now",
    "atm": "at the moment",
    "thru": "through",
    "tho": "though",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "ty": "thanks",
    "b4": "before",
    "w": "with",
    "uni": "university",
    "yr": "year",
    "yrs": "years",
    "hrs": "hours",
    "ai": "ai",
    "cv": "cv",
}

# Polite framing that says nothing about which question is meant. Longest first, so
# "could you tell me" goes before "tell me".
_FILLER_PHRASES = sorted(
    (
        "can you tell me",
        "could you tell me",
        "would you tell me",
        "can you talk me through",
        "could you talk me through",
        "can you walk me through",
        "could you walk me through",
        "talk me through",
        "walk me through",
        "tell me about",
        "tell me",
        "can i ask",
        "could i ask",
        "may i ask",
        "can i ask you",
        "i wanted to ask",
        "i want to ask",
        "i was going to ask",
        "i was wondering",
        "i am wondering",
        "i wonder",
        "i would like to know",
        "i would love to know",
        "i would love to hear",
        "i would like to hear",
        "trying to",
        "try to",
        "tried to",
        "tries to",
        "i am curious",
        "i am curious about",
        "just curious",
        "out of curiosity",
        "quick question",
        "one more question",
        "another question",
        "my question is",
        "if you do not mind me asking",
        "if you do not mind",
        "do you mind if i ask",
        "kind of",
        "sort of",
        "to be honest",
        "in your opinion",
        "do you think",
        "would you say",
    ),
    key=len,
    reverse=True,
)
# fmt: off
_FILLER_WORDS = frozenset(
    (
        "um", "uh", "umm", "uhm", "erm", "er", "hmm", "hey", "hi", "hello", "please", "just",
        "basically", "actually", "literally", "honestly", "really", "lol", "haha", "tbh", "anyway",
        "btw", "also"
    )
)
# fmt: on
_LEADING_FILLER = frozenset(("so", "well", "ok", "okay", "and", "right", "alright", "cool"))
"""Said before a question ("so, well, ..."), but meaningful later ("do well")."""

# Function words, and words so common in these chats that they name no topic ("find",
# "reckon", "pretty"): they neither help a question nor count as unknown (off-topic) words.
# fmt: off
_STOPWORDS = frozenset(
    (
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with",
        "from", "by", "about", "as", "into", "onto", "than", "then", "too", "very", "is", "are",
        "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "done", "have",
        "has", "had", "having", "i", "me", "my", "mine", "myself", "you", "your", "yours",
        "yourself", "we", "us", "our", "ours", "they", "them", "their", "theirs", "he", "she",
        "him", "her", "his", "it", "its", "this", "that", "these", "those", "there", "here", "what",
        "which", "who", "whom", "whose", "when", "where", "why", "how", "would", "could", "should",
        "can", "will", "shall", "may", "might", "must", "not", "no", "yes", "some", "all", "any",
        "more", "much", "many", "lot", "lots", "thing", "things", "stuff", "way", "also", "even",
        "ever", "still", "yet", "now", "right", "one", "ones", "like", "get", "got", "go", "going",
        "want", "let", "make", "say", "said", "think", "know", "see", "look",
        # common verbs, adverbs and adjectives that carry no topic of their own
        "find", "found", "tend", "seem", "feel", "reckon", "guess", "suppose", "imagine",
        "believe", "probably", "maybe", "perhaps", "pretty", "quite", "rather", "fairly",
        "kinda", "sorta", "mostly", "mainly", "especially", "particular", "particularly",
        "every", "each", "else", "own", "same", "such", "only", "always", "never", "again",
        "already", "around", "over", "out", "up", "down", "off", "though", "because", "while",
        "during", "after", "since", "until", "per", "etc", "yeah", "oh", "ah", "sure", "ok",
        "okay", "good", "great", "nice", "bad", "real", "whole", "kind", "type", "sort",
        "give", "gives", "take", "takes", "taking", "put", "keep", "keeps", "bring", "come",
        "comes", "came", "made", "makes", "making", "gets", "getting", "goes", "went", "gone",
        "looks", "looking", "wants", "wanted", "thinking", "saying", "knowing", "seeing",
        "everyone", "everybody", "something", "anything", "somewhere", "anywhere", "everything",
        "someone", "somebody", "anyone", "anybody", "whoever", "whatever", "actual",
        "exactly", "overall", "ones", "both", "either", "whether", "via", "within", "single",
        "little", "small", "main", "long", "mind", "tell", "told", "couple", "without", "build",
        "building", "pick", "run", "running", "stay", "stays", "hit", "hitting", "jump", "term",
        "able", "possible", "different", "certain", "specific", "true", "enough", "far",
        "later", "ago", "mean", "means", "ask", "asking", "asked", "question", "questions",
        "sound", "sounds", "seemed", "seems", "move", "moving", "bunch", "huge", "tiny",
        "getting", "honest", "called", "call", "other", "another", "hear", "heard", "hearing",
        "soon", "early", "earlier", "today", "below", "outside", "inside", "beyond", "along",
        "among", "behind", "near", "few", "several", "plenty", "list", "route", "stack",
        "self", "feeling", "feelings", "interesting", "important", "minor", "full", "fine",
        "strange", "weird", "funny", "crazy", "worried", "afraid", "scared", "nervous",
        "confident", "comfortable", "ready", "busy", "free", "likely", "unlikely",
        "necessary", "needed", "required", "fair", "similar", "exact", "clear", "obvious",
        "quick", "slow", "fast", "sometimes", "anymore", "instead", "otherwise", "affect",
        "affects", "affected", "affecting", "happen", "happens", "happened", "happening",
        "explain", "describe", "include", "includes", "including", "require", "requires",
        "expect", "expected", "hope", "hoping", "allow", "stop", "continue", "leave", "left",
        "spend", "spent", "create", "write", "writing", "wrote", "understand", "figure",
        "wonder", "wondering", "example", "examples", "idea", "ideas", "reason", "reasons",
        "sense", "fact", "point", "points", "case", "situation", "option", "options",
        "answer", "answers", "word", "words", "moment", "minute", "minutes", "second",
        "number", "amount", "end", "ends", "beginning", "front", "top", "bottom", "middle",
        "rest", "half", "home", "miss", "missed", "fill", "filled", "workout", "computer",
        "computers", "graphic", "stats", "statistics", "managing", "manage", "managed",
        "alright", "anyways",
    )
)
# fmt: on

# Ways people say the same thing in these conversations, folded into one term so that
# "hate", "gets on your nerves" and "least favourite" all meet the bank's "like least".
# General English of informational interviews, grouped by the idea a question is about
# (not copies of bank phrasings). Phrases are matched on normalised text ("it's" is "it
# is"), longest first; single words also match their stem ("frustrations").
_CONCEPTS: dict[str, str] = {
    # --- the contact's story: "how did YOU get into it" (entry is about the user getting in)
    "origin": "you get into|you got into|you getting into|got you into|get you into|"
    "you break into|you broke into|you end up|you ended up|you wind up|you wound up|"
    "you land in|you landed in|you land up|you become|you became|you get started|"
    "you got started|you start out|you started out|you started|you start|you go from|"
    "you move from|you switch from|you made the switch|you made the move|you go into|"
    "you went into|you choose|you chose|you pick|you picked|you decide to|you decided to|"
    "made you want|made you choose|made you decide|made you pick|made you go|what made you|"
    "brought you to|brought you into|led you to|led you into|drew you|draw you|drawn to|"
    "how come you|fell into|fall into|you always|always wanted|come to it|came to it|"
    "came into it|come into it|bring you to|bring you into|brings you to|stumbled into|"
    "got you hooked|get you hooked|hooked you|you hooked|"
    "stumble into|was it planned|"
    "by accident|your story|your background|your journey|your path|your route|"
    "your career path|path into|way into|route into|in the first place|to begin with|"
    "originally|journey|path|you got here|you get here|got you here|get you here",
    "entry": "get into|getting into|break into|breaking into|get in|break in|breaking in|"
    "land a|land your|land my|find a job|find work|get a job|get hired|getting hired|"
    "entry level|foot in the door|way in|ways in|get started in|getting started in|"
    "want to become|wants to become|trying to become|want to be a|wants to be a|"
    "career changer|career changers|career change|changing careers|change careers|"
    "switch careers|switching careers|switch into|switching into|move into|moving into|"
    "transition into|transition|transitioning|pivot|pivoting|retrain|retraining|"
    "want to teach|wants to teach|want to work in|wants to work in",
    # --- the day: routine words, and informal nouns for a working day
    "typical": "typical|normal|usual|average|regular|ordinary|typically|normally|usually|"
    "standard|generally|on average",
    "day": "day|days|week|weeks|weekday|weekdays|yesterday|shift|morning|mornings|workday|"
    "working day|afternoon|afternoons|monday|tuesday|wednesday|thursday|friday|mondays|"
    "tuesdays|wednesdays|thursdays|fridays",
    "routine": "routine|schedule|calendar|diary|agenda|timetable|spend your time|"
    "spend your day|spend your days|spend your week|spend most of your|spend the day|"
    "spend your working|fill your day|fill your time|time go|hours go|fills up|fill up|"
    "fills your|takes up most|take up most|takes up your|eats up|eat up",
    "often": "often|frequently|constantly|regularly|all the time|most often|every day|"
    "each day|daily|day to day|everyday|day in day out|on a daily basis",
    "duties": "duty|duties|responsibilities|tasks|task|involve|involves|consist|consists|"
    "what you do all day|what do you do all day|all day|what do you do|what does your job involve|"
    "what your job involves",
    # --- liking and disliking the work
    "enjoy": "enjoy|enjoying|enjoyable|love|fun|favourite|favorite|rewarding|satisfying|"
    "satisfaction|fulfilling|fulfilment|fulfillment|best|excited|exciting|excites|energy|"
    "energises|energizes|passion|passionate|like most|like best|like about|love about|"
    "keeps you going|keep you going|keeps you coming back|keep you coming back|"
    "keeps you motivated|keep you motivated|keeps you in|keep you in|motivates you|"
    "motivate you|motivation|motivates|motivating|gets you excited|get you excited|"
    "gets you out of bed|get you out of bed|out of bed|makes you happy|make you happy|"
    "proud|pride|highlight|highlights|buzz|perk|perks|upside|upsides|plus side|pros|"
    "good bits|best bit|meaningful|worthwhile|makes it worth it|make it worth it|"
    "look forward to|looking forward to|makes you glad|make you glad|makes you smile|"
    "make you smile|makes you proud|make you proud|brightens|light up|lights you up",
    "happy": "happy|happier|glad|you like it|you like your|you like the|"
    "you like being|you like working|you enjoy it|you enjoy your|you enjoy what|"
    "you enjoy being|you enjoy working|you love it|you love your|you love what|enjoying it|"
    "like it there|worth it|regret it|any regrets|satisfied|you like what",
    "dislike": "dislike|dislikes|hate|hates|worst|least|annoying|annoys|annoy|annoyed|"
    "frustrating|frustration|frustrations|frustrates|frustrated|downside|downsides|"
    "drawback|drawbacks|do not like|do not love|not enjoy|least fun|least favourite|"
    "gets on your nerves|get on your nerves|on your nerves|drives you mad|drive you mad|"
    "drives you crazy|drive you crazy|drives you nuts|drive you nuts|bugs you|bug you|"
    "bugs me|irritate|irritates|irritating|irritation|tedious|boring|bores you|dull|"
    "pet peeve|pet peeves|bugbear|bugbears|gripe|gripes|moan|moan about|complain|"
    "complain about|complaints|can not stand|sucks|the bad|negative|negatives|cons|"
    "not so great|not so good|not great|not fun|wish you could change|change about|"
    "chore|chores|pain in the|the catch|mundane|tiresome|tired of|sick of|fed up|"
    "rather not do|worse|bad bits|bad side|dark side|nightmare|hassle|hassles|bothers you|"
    "bother you|bothers|winds you up|wind you up|puts you off|put you off|less fun|"
    "up the wall|round the bend|bore|bored|boredom|bore you",
    "hard": "hard|harder|hardest|tough|tougher|toughest|difficult|difficulty|difficulties|"
    "challenging|tricky|trickier|trickiest|takes the most out of|take the most out of|"
    "takes it out of you|struggle|struggles|struggled|struggling|wears you out|"
    "wear you out|wears you down|wear you down|draining|drains you|drain you|exhausting|"
    "demanding|brutal|intense|gruelling|grueling|overwhelming|overwhelmed|daunting|cope|"
    "cope with|coping|copes|"
    "easy|easier|easiest|uphill|hardest bit|stretches you",
    "part": "part|parts|bit|bits|aspect|aspects|side|sides|element|elements|piece|area|areas",
    # --- what the team works on
    "problem": "problem|problems|issue|issues|headache|headaches|working on|dealing with|"
    "deal with|busy with|tackling|tackle|on your plate|keeps you busy|keeps your team busy|"
    "pain point|pain points|crack|cracking|solve|solving|solved|fix|fixing|chewing on|"
    "focus on|focused on|focusing on|priority|priorities|keeps you up at night|"
    "keep you up at night|up against|firefighting|big push|initiative|initiatives|"
    "figure out|figuring out|working through|sort out|sorting out|wrestling with|"
    "grappling with|struggling with as a team",
    "current": "right now|at the moment|currently|current|this year|this quarter|"
    "these days|nowadays|lately|recently|at present|this month|at this point",
    # --- moving up
    "promot": "promotion|promotions|promoted|promote|promoting|advance|advancement|"
    "advancing|advanced|climb|climbing|move up|moving up|moved up|get ahead|getting ahead|"
    "progress|progression|progressed|progressing|career ladder|the ladder|ladder|"
    "level up|step up|stepping up|next level|career growth|room to grow|grow in|grow into|"
    "growth opportunities|seniority|career path|career paths|career track|trajectory|"
    "stall|stalls|stalled|plateau|get promoted|rise through|go further",
    # --- people: who to talk to, and the kind of person who does well
    "suggest": "suggest|suggests|suggested|suggestion|suggestions|recommend|recommends|"
    "recommended|recommendation|recommendations",
    "talk": "talk|speak|chat|reach out to|reach out|have a word with|a word with|"
    "talk to|speak to|speak with|talk with|chat with|chat to|meet with",
    "referral": "who else|anyone else|anybody else|someone else|somebody else|"
    "other people|others in|others|"
    "connect me|put me in touch|couple of other|few other|one or two other|any names|"
    "point me to|point me towards|pass me on|contacts|names",
    "introduce": "introduce|introduce me|introduction|introductions|introducing",
    "yourname": "your name|mention you|mention your|sent me|send me|pointed me|referred me|"
    "you referred|drop your name|said it was you|say it was you|you put me in touch|"
    "tell them you|tell them that you|say you sent|say you suggested|use your name|"
    "name drop|namedrop|cc you|copy you in",
    "quality": "quality|qualities|trait|traits|personality|thrive|thrives|thriving|"
    "do well|does well|doing well|good at|great at|successful|success|succeed|succeeds|"
    "excel|excels|get on well|gets on well|kind of person|type of person|sort of person|"
    "sort of people|in common|have in common|common|characteristic|characteristics|"
    "attitude|mindset|temperament|stand out|stands out|standout|sets apart|set apart|"
    "separates|separate|distinguishes|difference between|cut out for|suited to|"
    "top performers|high performers|best people|the best ones|good ones|great ones|"
    "makes a good|makes a great|make a good|make a great|makes someone|make someone|"
    "look for in|looking for in|looks for in",
    # --- jobs, hiring
    "job": "job|jobs|role|roles|position|positions|post|posts",
    "opening": "opening|openings|vacancy|vacancies|jobs open|job open|open roles|"
    "open positions|any jobs|any room|space on your team|room on your team",
    "hire": "hire|hiring|hired|recruit|recruiting|looking for anyone|looking for someone|"
    "looking for people|looking to hire|take me on|taking anyone on|taking people on|"
    "apply|applying|application|applications|join your team|join you|work for you|"
    "put in a word|a good word|refer me",
    "cv": "cv|cvs|resume|resumes|r\u00e9sum\u00e9",
    # --- learning, study, resources
    "study": "study|studied|studying|degree|degrees|major|qualification|qualifications|"
    "qualified|certificate|certification|certifications|university|college|pgce|diploma|"
    "masters|phd|training|trained|self taught|on the job",
    "read": "read|reading|book|books|podcast|podcasts|newsletter|newsletters|blog|blogs|"
    "up to speed|subscribe|subscribe to|youtube|channel|channels|website|websites|"
    "resource|resources|material|materials|article|articles|magazine|magazines|journal|"
    "journals|learn more|learn about|head around|get better at|brush up|teach myself|"
    "follow|tutorial|tutorials|guide|guides|textbook|textbooks",
    "course": "course|courses|class|classes|bootcamp|bootcamps|workshop|workshops",
    "event": "event|events|conference|conferences|meetup|meetups|community|communities|"
    "association|associations|slack|join|joining|network|networks|networking|"
    "professional body|professional bodies|society|societies|institute|club|clubs|forum|"
    "forums|discord|membership|members|member|summit|summits|hackathon|hackathons|"
    "attend|attending|gathering|gatherings|chapter|chapters",
    # --- trends
    "future": "future|next decade|coming years|next few years|few years|couple of years|"
    "heading|years time|long run|down the line|down the road|going to look|will look|"
    "look in|where it is going|where is it going|where things are going|outlook|predict|"
    "prediction|predictions|forecast|upcoming|years from now|decade|decades|ahead",
    "change": "change|changes|changing|changed|shifting|shifts in|shift in|evolve|evolving|"
    "evolution|transform|transforming|transformation|trend|trends|trending|disrupt|"
    "disruption|disrupting|reshape|reshaping|shake up|shaking up|developments|emerging",
    "ai": "ai|chatgpt|gpt|copilot|llm|llms|genai|automation|automate|automated|automating|"
    "robots|robot|artificial intelligence|machine learning|replace|replaced|replacing|"
    "take over|taking over|take your job|take my job|take jobs",
    "demand": "demand|in demand|sought after|sought|valuable|worth the most|employable|"
    "relevant|future proof|shortage|short supply|useful|marketable|need more of|"
    "more valuable|most valuable|worth learning|stay relevant|edge|scarce|hot|hottest",
    "balance": "balance|work life|hours|overtime|long hours|working late|on call|shifts|"
    "stress|stressful|flexible|flexibility|remote|life outside|outside work|burnout|"
    "burn out|burned out|burnt out|evening|evenings|weekend|weekends|nights|night shifts|"
    "late|stay late|nine to five|9 to 5|time off|holiday|holidays|vacation|annual leave|"
    "free time|spare time|to yourself|home life|personal life|family life|social life|"
    "work from home|working from home|wfh|hybrid|part time|full time|workload|"
    "overworked|switch off|take work home|bring work home|sustainable|clock off|paged|pager|"
    "night|at night|middle of the night|woken up|wake up|call out|call outs|callouts|"
    "life at home|at home|your life|life|lives|hour|break|breaks|lunch break",
    # --- authority
    "decide": "decide|decides|deciding|decision|decisions|your call|own call|calls|"
    "sign off|signs off|say over|authority|final say|the say|have a say|say in|power|"
    "control|autonomy|autonomous|independence|freedom|free rein|in charge|in charge of|"
    "responsible for|responsible|responsibility|approve|approves|approval|green light|"
    "veto|on your own|by yourself|above you|from above|higher up|higher ups|"
    "your own call|your own|much say|a say|any say|your say|"
    "judgement|judgment|discretion",
    # --- advice and hindsight
    "hindsight": "hindsight|younger self|go back|looking back|wish|known earlier|warn|"
    "lesson|lessons|differently|do over|start over|know now|knew then|known then|"
    "had known|would have loved|would have liked|would have told|tell yourself|"
    "told yourself|younger you|when you were younger|start again|over again|do it again|"
    "regret|regrets|mistake|mistakes|the hard way|back then|back when",
    "try": "try|try out|test out|test the waters|volunteer|volunteering|side project|"
    "get a feel|taste|dip my toe|experiment|shadow|shadowing|work experience|internship|"
    "trial|trial run|hands on|small project|mini project|pet project|personal project|"
    "is for me|right for me|for me or not|suits me|see if i like|see if i would like|"
    "see if i enjoy|whether i would enjoy|whether i like|before committing|"
    "before i commit|before going all in|before i go all in|all in|before i quit|"
    "before quitting|before i jump|give it a go|give it a try|have a go|taster|test drive",
    "newstarter": "new hire|new starter|new joiner|newbie|new person|first few months|"
    "first months|first weeks|first term|onboarding|junior|juniors|new teacher|"
    "new starters|new joiners|if i joined|if i join|when i join|if i started|if i start|"
    "when i start|first day|first week|first month|first year|first sprint|first sprints|"
    "first couple|first project|first assignment|first assignments|first task|"
    "first tasks|first ticket|first tickets|newly qualified|nqt|graduate|graduates|grad|"
    "grads|intern|interns|trainee|trainees|apprentice|apprentices|induction|settle in|"
    "settling in|ramp up|ramping up|start with",
    "advice": "advice|tip|tips|if you were me|in my shoes|where would you start|next step|"
    "next steps|pointers|pointer|guidance|in my position|in my situation|in my place|"
    "what should i do|should i do first|where should i start|where do i start|"
    "how should i start|how do i start|how would you start|what would you do if|"
    "would you do if|would tell a|would tell someone|would say to someone|tell someone|"
    "words of wisdom|how should i|go about|advise|advise me|best way to",
    "gap": "gap|gaps|weak|weakness|weakest|weaknesses|my chances|assess|fill the gaps|"
    "fill those gaps|fill in the gaps|fill gaps|my odds|odds|"
    "stand a chance|a shot|my background|my experience|my profile|coming from|come from|"
    "transferable|carry over|carries over|stack up|measure up|realistic|honest feedback|"
    "missing|lacking|need to work on|am i ready|where i stand",
    "skill": "skill|skills|ability|abilities|competencies|competency|expertise|know how|"
    "talent|talents|toolkit|capabilities|capability",
    "use": "use|uses|using|used|rely on|relying on|relied on|lean on|leaning on|"
    "depend on|depending on|draw on|call on|put to use",
    "employee": "employee|employees|headcount|how many people|number of staff|workforce|"
    "how many staff|many staff|staff numbers|staff work|employ|employs|size|how big|"
    "how large",
    "company": "company|organisation|organization|firm|business",
    "service": "service|services|sell|sells|selling|offer|offers|"
    "offering|provide|provides|providing",
    "wrapup": "your time|out of time|short on time|running out of time|nearly out|"
    "almost out|time is up|time left|wrap up|wrap things up|before we go|before we finish|"
    "before i let you go|let you go|anything else|anything i missed|should have asked|"
    "not asked|did not ask|forgot to ask|last question|one last|final question|"
    "i have missed|have i missed|i missed|let you go soon|before you go",
}

# Generic words of any field ("team", "senior", "people", "job"): they say little about
# which question is meant but pull towards any question that happens to use them, so they
# count for as little as the persona's field words, and do not count towards coverage.
# fmt: off
_GENERIC = frozenset(
    (
        "team", "teams", "group", "groups", "people", "person", "folks", "job", "work",
        "worker", "workers", "field", "industry", "sector", "career", "careers", "profession",
        "line", "time", "senior", "lead", "leads", "manager", "managers", "head", "director",
        "principal", "chief", "staff", "colleague", "colleagues", "boss", "world", "place",
        "space", "most", "new", "big", "biggest", "year", "years", "level",
    )
)
# fmt: on

# Everyday vocabulary of work in any field ("code", "patients", "campaign", "budget"). When
# the bank does not use such a word it is no evidence for any question, but no sign of an
# off-topic message either, unlike "film" or "pizza": it neither adds to nor takes from the
# message's coverage.
# fmt: off
_WORK_WORDS = frozenset(
    (
        # software, data, product, design
        "code", "coding", "coder", "dev", "devs", "developer", "developers", "engineer",
        "engineers", "engineering", "programming", "programmer", "tech", "technical", "ticket",
        "tickets", "sprint", "sprints", "bug", "bugs", "deploy", "release", "releases", "data",
        "database", "sql", "excel", "python", "spreadsheet", "spreadsheets", "dashboard",
        "dashboards", "report", "reports", "reporting", "analysis", "analytics", "analyst",
        "analysts", "model", "models", "modelling", "numbers", "product", "products", "pm",
        "pms", "roadmap", "feature", "features", "stakeholder", "stakeholders", "launch",
        "agile", "scrum", "design", "designer", "designers", "ux", "ui", "research", "user",
        "users", "prototype", "prototypes", "figma", "wireframe", "wireframes", "usability",
        # money, marketing, sales
        "budget", "budgets", "accounts", "accounting", "accountant", "audit", "tax", "finance",
        "financial", "corporate", "bank", "banking", "invoice", "invoices", "email", "emails",
        "campaign", "campaigns", "content", "social", "media", "brand", "branding", "seo",
        "copy", "copywriting", "ads", "advertising", "sales", "marketing", "retail", "store",
        "stores", "shop", "shops", "grocery", "manufacturing", "factory", "month", "quarter",
        "close", "closes", "deadline", "deadlines", "target", "targets", "kpi", "kpis",
        "metrics", "pricing",
        # care, teaching, charities, public sector
        "patient", "patients", "ward", "wards", "nurse", "nurses", "nursing", "doctor",
        "doctors", "clinical", "care", "hospital", "nhs", "gp", "student", "students", "pupil",
        "pupils", "kid", "kids", "children", "lesson", "lessons", "marking", "exam", "exams",
        "curriculum", "school", "teacher", "teachers", "teaching", "classroom", "maths", "math",
        "charity", "charities", "nonprofit", "nonprofits", "fundraising", "donor", "donors",
        "grant", "grants", "programme", "programmes", "program", "programs", "policy",
        "government", "council", "public", "funding", "funded", "cuts", "donations",
        # operations and workplaces
        "operations", "ops", "logistics", "supplier", "suppliers", "contract", "contracts",
        "client", "clients", "facilities", "process", "processes", "meeting", "meetings",
        "management", "admin", "paperwork", "office", "desk", "department", "departments",
        "associate", "executive", "exec", "coordinator", "specialist", "consultant",
        "assistant", "assistants", "officer", "environment", "culture", "startup", "startups",
        "agency", "agencies", "freelance", "freelancing", "contractor", "insurance", "insurer",
        "physics", "chemistry", "biology", "science", "law", "legal", "hr",
    )
)
# fmt: on

# Chat that is not a question about the work at all: folded into a term no bank uses, so
# the message counts as off-topic however many field words it also has.
# fmt: off
_SMALL_TALK = "|".join(
    (
        "what time is it", "the time there", "time is it", "time zone", "good weekend",
        "nice weekend", "your weekend", "good day", "nice day", "i love your", "i like your",
        "love your", "your background", "for fun", "in your free time", "in your spare time",
        "your hobbies", "hobbies", "hobby", "how are you", "how is your day", "how was your day",
        "how was your weekend",
        "the weather", "weather", "can you hear me", "hear me", "my connection", "wifi",
        "internet", "lunch", "dinner", "breakfast", "coffee", "tea", "park", "parking",
    )
)
# fmt: on
_OFF_TOPIC = "#chat"

# Shapes a phrase list cannot catch: "go from junior to lead", "land a junior analyst job",
# "other engineers", "in ten years".
_SENIOR = (
    r"(?:senior|lead|leads|manager|managers|management|head|heads|director|directors|"
    r"principal|leadership|chief|partner|staff\s+\w+)"
)
_PATTERN_CONCEPTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), c)
    for p, c in (
        (
            rf"\bfrom\s+(?:\S+\s+){{0,4}}?to\s+(?:a\s+|an\s+|the\s+)?(?:\S+\s+)?{_SENIOR}\b",
            "promot",
        ),
        (
            rf"\b(?:become|becoming|becomes|make|making|get\s+to|getting\s+to|reach|reaching|"
            rf"end\s+up|ends\s+up)\s+(?:a\s+|an\s+)?(?:\S+\s+)?{_SENIOR}\b",
            "promot",
        ),
        (
            r"\b(?:get|land|find|getting|landing|finding|secure|securing)\s+(?:a|an|the)\s+"
            r"(?:\S+\s+){0,3}?(?:job|role|position|post|place|placement)s?\b",
            "entry",
        ),
        (
            r"\b(?:in|next|over|within)\s+(?:the\s+)?(?:next\s+)?(?:\d+|a\s+few|few|couple\s+of|"
            r"couple|two|three|five|ten|twenty)\s+years?\b",
            "future",
        ),
        (
            r"\bother\s+(?:\S+\s+)?(?:people|folks|colleagues|contacts|professionals|peers|"
            r"nurses|pms|\w+(?:ers|ors|ists|ians|ants))\b",
            "referral",
        ),
        # "...in a normal week" qualifies a question (how often), it is not its topic.
        (
            r"\b(?:in|on|during|over|across)\s+(?:a|an|the|any|your)\s+(?:typical|normal|usual|"
            r"average|regular|ordinary|standard|given)\s+(?:working\s+)?(?:day|week|shift|month|"
            r"morning|monday|tuesday|wednesday|thursday|friday)s?\b",
            "typical often",
        ),
        (
            r"\bhow\s+many\s+(?:beds|offices|sites|locations|stores|shops|branches|customers|"
            r"clients|users|volunteers|patients|students|pupils|teachers|classes|workers|folks|"
            r"employees)\b",
            "employee",  # the size of the organisation
        ),
        (
            r"\blook(?:s|ing)?\s+for\s+in\s+(?:\S+\s+){0,3}?(?:hires?|candidates?|colleagues?|"
            r"people|person|someone|applicants?|recruits?|employees?|starters?|joiners?)\b",
            "quality",  # what they value in people, not a job ask
        ),
        (
            r"\b(?:best|strongest|most\s+successful|top)\s+(?:\S+\s+)?(?:people|ones|folks|"
            r"\w+ers|\w+ors|\w+ists|\w+ians|nurses|pms|managers)\b",
            "quality",  # "the best ops managers": the people who do well, not enjoyment
        ),
        (r"\byour\s+(?:\S+\s+){0,3}?self\b", "hindsight"),  # "your 20-year-old self"
        (
            r"\b(?:bring|brings|brought|lead|leads|led|take|took|get|got)\s+you\s+"
            r"(?:to|into|here)\b",
            "origin",
        ),
        (rf"(?<!\S)(?:{_SMALL_TALK})(?!\S)", _OFF_TOPIC),
    )
)

_SYNONYMS: dict[str, str] = {}
_PHRASES: dict[str, str] = {}
for _canonical, _variants in _CONCEPTS.items():
    _SYNONYMS.setdefault(_canonical, _canonical)
    for _variant in _variants.split("|"):
        if " " in _variant:
            _PHRASES[_variant] = _canonical
        else:
            _SYNONYMS[_variant] = _canonical
_PHRASE_RE = re.compile(
    r"(?<!\S)("
    + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True))
    + r")(?!\S)"
)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_NON_WORD = re.compile(r"[^a-z0-9' ]+")


def normalise(text: str) -> str:
    """Lower-case words with shorthand expanded and filler removed, for fuzzy comparison."""
    text = text.lower().translate(_APOSTROPHES).replace("&", " and ")
    text = _NON_WORD.sub(" ", text.replace("-", " ").replace("/", " "))
    words: list[str] = []
    for raw in text.split():
        word = raw.strip("'")
        if not word:
            continue
        if word in _CONTRACTIONS:
            words.append(_CONTRACTIONS[word])
            continue
        for suffix, expansion in _SUFFIXES:
            if word.endswith(suffix):
                word = word[: -len(suffix)] + expansion
                break
        else:
            if word.endswith("'s"):  # possessive: "charity's" -> "charity"
                word = word[:-2]
        word = word.replace("'", "")
        words.append(_SHORTHAND.get(word, word))
    joined = " " + " ".join(words) + " "
    for phrase in _FILLER_PHRASES:
        joined = joined.replace(f" {phrase} ", " ")
    kept = [w for w in joined.split() if w not in _FILLER_WORDS]
    while kept and kept[0] in _LEADING_FILLER:
        kept.pop(0)
    return " ".join(kept)


def _stem(word: str) -> str:
    """A deliberately small suffix stripper: enough to join "change/changes/changing"."""
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
        if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
            word = word[:-1]
    elif word.endswith("ed") and len(word) >= 5:
        word = word[:-2]
        if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":
            word = word[:-1]
    elif (
        word.endswith("es")
        and len(word) >= 5
        and (word[-3] in "sxz" or word[-4:-2] in ("ch", "sh"))
    ):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 4:
        word = word[:-1]
    if word.endswith("ly") and len(word) >= 6:
        word = word[:-2]
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    # "introducing" -> "introduc": the concept is listed as "introduce".
    return _SYNONYMS.get(word) or _SYNONYMS.get(word + "e") or word


CONTEXT_MARK = "~"
"""Prefix of a field-word term ("~teacher"): it only ever meets the same field word."""


def _terms_of(normalised: str, context: frozenset[str] = frozenset()) -> list[str]:
    """Content terms of an already normalised text: concepts folded, stop words dropped.

    Words in ``context`` (or whose stem is) become "~stem" terms, which only meet the same
    field word.
    """
    for pattern, concept in _PATTERN_CONCEPTS:
        normalised = pattern.sub(f" {concept} ", normalised)
    folded = _PHRASE_RE.sub(lambda m: _PHRASES[m.group(1)], normalised)
    terms: list[str] = []
    for word in folded.split():
        if word in _STOPWORDS or _is_adverb(word):
            continue
        stem = _stem(word)
        if word in context or stem in context:
            terms.append(CONTEXT_MARK + stem)
        elif stem not in _STOPWORDS:
            terms.append(stem)
    return terms


def _is_adverb(word: str) -> bool:
    """An adverb of manner ("genuinely", "roughly"), unless it names a concept ("typically")."""
    return word.endswith("ly") and len(word) >= 7 and word not in _SYNONYMS


_GENERIC_TERMS = frozenset(_GENERIC | {_stem(w) for w in _GENERIC})
"""Terms of ``_GENERIC`` words, as ``_terms_of`` spells them."""
_WORK_TERMS = frozenset({_stem(w) for w in _WORK_WORDS} - set(_CONCEPTS))
"""Terms of ``_WORK_WORDS``, as ``_terms_of`` spells them (none of them a concept)."""


_WH_SIGNAL = frozenset(("who", "where", "when", "why", "which", "how"))


def _wh(words: Iterable[str]) -> set[str]:
    """Question words as extra terms: "who ..." points at people, "when ..." at dates."""
    return {"?" + w for w in words if w in _WH_SIGNAL}


def content_terms(text: str) -> list[str]:
    """The content terms of ``text`` that the TF-IDF and keyword signals compare."""
    return _terms_of(normalise(text))


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_POSITION = {
    key: (row, column) for row, keys in enumerate(_KEYBOARD_ROWS) for column, key in enumerate(keys)
}


def _plausible_typo(typed: str, word: str) -> bool:
    """One slip of the fingers: a letter missing, doubled or swapped, or a neighbouring key.

    A substitution between distant keys usually means a different word ("decade" is not a
    typo of "decide"), and so does one in a short word ("shirt" is not "shift"): neither is
    corrected.
    """
    if len(typed) != len(word):
        return True  # one letter missing or extra
    diffs = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    if len(diffs) == 2:
        return True  # swapped neighbours (Damerau distance 1 with two differing positions)
    if len(diffs) != 1 or len(typed) < 7:
        return False
    a, b = _KEY_POSITION.get(typed[diffs[0]]), _KEY_POSITION.get(word[diffs[0]])
    return bool(a and b and abs(a[0] - b[0]) <= 1 and abs(a[1] - b[1]) <= 1)


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Match:
    """Which bank question a message is, and how sure the matcher is.

    ``question_id`` is None unless ``confident``. ``runner_up`` is the next best topic when
    confident, or the best guess when not (None if even that scores below
    ``RUNNER_UP_FLOOR``), so the persona can say "did you mean ...?".
    """

    question_id: str | None
    score: float
    confident: bool
    runner_up: str | None

    def to_dict(self) -> dict[str, object]:
        return {
            "question_id": self.question_id,
            "score": self.score,
            "confident": self.confident,
            "runner_up": self.runner_up,
        }


# fmt: off
_ROLE_WORDS = frozenset(
    (
        "senior", "junior", "manager", "head", "lead", "staff", "director", "principal", "chief",
        "year", "team", "general"
    )
)
# fmt: on


def _context_words(questions: Sequence[Question], context: Iterable[str]) -> frozenset[str]:
    """Field words from ``context`` (and their plurals) that do not name a question's topic.

    Kept out: words of a concept ("staff" is the head-count topic), job-title words, numbers,
    and any word a non-googleable question lists as a keyword ("software" for the AI one).
    Compared as whole words, so "marketing" is context but "market" stays a topic.
    """
    topical = {
        word
        for q in questions
        if "googleable" not in q.flags
        for keyword in q.keywords
        for word in normalise(keyword).split()
    }
    words: set[str] = set()
    for text in context:
        for word in normalise(text).split():
            if (
                len(word) < 2
                or word.isdigit()
                or word in _STOPWORDS
                or word in _ROLE_WORDS
                or word in _SYNONYMS
                or _stem(word) in _CONCEPTS
                or word in topical
            ):
                continue
            words.add(word)
            words.add(word[:-1] if word.endswith("s") else word + "s")
            words.add(_stem(word))  # "teaching" -> "teach" (unless that is a topic word)
    return frozenset(words - topical)


@dataclass(frozen=True)
class _Choice:
    """One sentence of a question (its text or a phrasing), ready for comparison."""

    full: str  # normalised sentence, for the string similarity
    terms: dict[str, float]  # term -> weight (rarity, times the context/generic discount)
    total: float  # sum of the weights


class Matcher:
    """Matcher of typed messages to one bank's questions (or any sequence of them).

    ``context`` lists words that describe the field rather than a question ("teacher",
    "hospital"): users sprinkle them everywhere, so they count for little. ``for_bank``
    fills it from the persona.
    """

    def __init__(self, questions: Sequence[Question], context: Iterable[str] = ()) -> None:
        self._ids: list[str] = [q.id for q in questions]
        self._context = _context_words(questions, context)
        self._flags: list[frozenset[str]] = [frozenset(q.flags) for q in questions]
        self._exact: dict[str, int] = {}
        self._kw_single: list[dict[str, float]] = []
        self._kw_multi: list[list[tuple[str, float]]] = []
        vocabulary: set[str] = set(_SYNONYMS)
        documents: list[Counter[str]] = []
        sentences: list[list[tuple[str, set[str]]]] = []

        for index, question in enumerate(questions):
            own: list[tuple[str, set[str]]] = []
            doc: Counter[str] = Counter()
            for sentence in (question.text, *question.phrasings):
                full = normalise(sentence)
                words = full.split()
                vocabulary.update(w for w in words if len(w) >= 4)
                terms = set(_terms_of(full, self._context)) | _wh(words)
                doc.update(terms)
                own.append((full, terms))
                self._exact.setdefault(full, index)
            singles: set[str] = set()
            multis: set[str] = set()
            for keyword in question.keywords:
                full = normalise(keyword)
                vocabulary.update(w for w in full.split() if len(w) >= 4)
                terms = _terms_of(full, self._context) or [_stem(w) for w in full.split()]
                if len(terms) == 1:
                    singles.add(terms[0])
                    doc[terms[0]] += 2
                elif terms:
                    multis.add(" ".join(terms))
                    doc.update(terms)
            # The keywords together count as one more sentence of the question.
            own.append(("", set(singles) | {t for m in multis for t in m.split()}))
            sentences.append(own)
            self._kw_single.append(dict.fromkeys(singles, 0.0))
            self._kw_multi.append([(m, 0.0) for m in sorted(multis)])
            documents.append(doc)

        # Inverse document frequency: a term in every question says nothing about which.
        total = max(len(documents), 1)
        df: Counter[str] = Counter()
        for doc in documents:
            df.update(doc.keys())
        self._idf = {t: math.log(1 + total / n) for t, n in df.items()}
        self._max_idf = math.log(1 + total)

        # Keyword weights follow the same rarity; a keyword of every question is worth ~0.
        kw_df: Counter[str] = Counter()
        for singles_, multis_ in zip(self._kw_single, self._kw_multi, strict=True):
            kw_df.update(singles_.keys())
            kw_df.update(m for m, _ in multis_)
        for i in range(len(self._ids)):
            self._kw_single[i] = {
                k: math.log(1 + total / kw_df[k]) / self._max_idf for k in self._kw_single[i]
            }
            self._kw_multi[i] = [
                (m, math.log(1 + total / kw_df[m]) / self._max_idf) for m, _ in self._kw_multi[i]
            ]

        # Pre-normalised TF-IDF vectors and the inverted index over them.
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for index, doc in enumerate(documents):
            weights = {t: (1 + math.log(c)) * self._term_weight(t) for t, c in doc.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for term, weight in weights.items():
                self._postings.setdefault(term, []).append((index, weight / norm))

        # Each sentence's terms, weighted the same way, for the overlap signal.
        self._choices: list[list[_Choice]] = []
        for own in sentences:
            choices = []
            for full, terms in own:
                if not terms:
                    continue
                weighted = {t: self._term_weight(t) for t in terms}
                choices.append(_Choice(full, weighted, sum(weighted.values()) or 1.0))
            self._choices.append(choices)

        self._vocabulary = sorted(vocabulary)
        self._known_words = frozenset(vocabulary) | _STOPWORDS | _FILLER_WORDS
        self._known_terms = frozenset(self._idf) | frozenset(_SYNONYMS.values())
        self._corrections: dict[str, str] = {}

    def _term_weight(self, term: str) -> float:
        """How much a term says about which question is meant: its rarity in the bank,
        discounted for field words and generic words."""
        weight = self._idf.get(term, self._max_idf)
        if term.startswith(CONTEXT_MARK):
            return weight * _CONTEXT_WEIGHT
        if term in _GENERIC_TERMS:
            return weight * _GENERIC_WEIGHT
        return weight

    @classmethod
    def for_bank(cls, bank: Bank) -> Matcher:
        """A matcher for one bank, with the persona's field words as context."""
        persona = bank.persona
        context = [bank.title, bank.field.replace("_", " "), persona.role, persona.organisation]
        return cls(bank.questions, context=context)

    @property
    def question_ids(self) -> list[str]:
        return list(self._ids)

    def _correct(self, word: str) -> str:
        """Map a typo to the closest bank word; leave real but unknown words alone."""
        if len(word) < 5 or word in self._known_words or not word.isalpha():
            return word
        if _stem(word) in self._known_terms or word.endswith(("ed", "ing", "s")):
            return word  # an inflection of a real word, not a typo: "loved", "pointed"
        cached = self._corrections.get(word)
        if cached is None:
            # One edit (a slip or swapped letters): "typcial" -> "typical". Two edits would
            # turn real words into other ones ("personally" -> "personality").
            close = process.extract(
                word,
                self._vocabulary,
                scorer=DamerauLevenshtein.distance,
                score_cutoff=1,
                limit=8,
            )
            cached = next((c for c, _, _ in close if _plausible_typo(word, c)), word)
            if len(self._corrections) < 10_000:
                self._corrections[word] = cached
        return cached

    def scores(self, text: str, flags: Sequence[str] | None = None) -> list[tuple[float, str]]:
        """(score, id) of the candidate questions, best first (``match`` uses the first two).

        The order includes the shape tie-breaker, so a score can exceed the one before it.
        ``flags`` are ``analyse_question(text)`` when the caller already has them.
        """
        plain = normalise(text)
        exact = self._exact.get(plain)
        if exact is not None:  # a bank question typed as written
            return [(100.0, self._ids[exact])]
        full = " ".join(self._correct(w) for w in plain.split())
        words = full.split()
        terms = _terms_of(full, self._context)
        if not terms:
            return []
        query: Counter[str] = Counter(terms)
        query.update(_wh(words))

        # Field and generic words neither support nor count against the message being on
        # topic; a word the bank never uses counts against it.
        q_weights: dict[str, float] = {}
        known = unknown = 0.0
        for term, count in query.items():
            weight = (1 + math.log(count)) * self._term_weight(term)
            if term.startswith(CONTEXT_MARK) or term in _GENERIC_TERMS:
                pass
            elif term not in self._idf:
                if term not in _WORK_TERMS and not term.isdigit():
                    unknown += weight * _UNKNOWN_WEIGHT
                continue
            elif not term.startswith("?"):
                known += weight
            q_weights[term] = weight
        # In a what/which question the first concept is what it asks about ("which of your
        # SKILLS get a workout in a normal week"); what follows only qualifies it.
        if words[0] in ("what", "which"):
            head = next(
                (t for t in terms if t not in _GENERIC_TERMS and not t.startswith(CONTEXT_MARK)),
                None,
            )
            if head in q_weights:
                q_weights[head] *= _HEAD_WEIGHT
        coverage = known / (known + unknown) if known + unknown else 0.0
        q_norm = math.sqrt(sum(w * w for w in q_weights.values())) or 1.0
        q_total = sum(w for t, w in q_weights.items() if t in self._idf) or 1.0
        cosine: dict[int, float] = {}
        for term, q_weight in q_weights.items():
            for index, d_weight in self._postings.get(term, ()):
                cosine[index] = cosine.get(index, 0.0) + q_weight * d_weight
        if not cosine:
            return []
        candidates = sorted(cosine, key=cosine.__getitem__, reverse=True)[:_CANDIDATES]

        term_set = set(terms)
        term_seq = " " + " ".join(terms) + " "
        shape = set(analyse_question(text) if flags is None else flags)
        # Mostly unknown words ("what's your favourite film") is off-topic, mostly known ones
        # on topic: a soft step between the two rather than a straight line.
        on_topic = 1 / (1 + math.exp((_COVERAGE_MID - coverage) / _COVERAGE_WIDTH))
        factor = _COVERAGE_FLOOR + (1 - _COVERAGE_FLOOR) * on_topic
        ranked: list[tuple[float, float, str]] = []
        for index in candidates:
            # Overlap with the closest sentence: the share of the message it explains and
            # the share of it the message says (an F-measure over weighted terms).
            overlap = 0.0
            for choice in self._choices[index]:
                shared = [t for t in q_weights if t in choice.terms]
                if not shared:
                    continue
                of_message = sum(q_weights[t] for t in shared) / q_total
                of_choice = sum(choice.terms[t] for t in shared) / choice.total
                f_measure = 2 * of_message * of_choice / (of_message + of_choice)
                string = fuzz.ratio(full, choice.full) / 100
                similar = (1 - _W_STRING) * f_measure + _W_STRING * string
                overlap = max(overlap, similar)
            keyword = sum(w for k, w in self._kw_single[index].items() if k in term_set)
            keyword += sum(w for m, w in self._kw_multi[index] if f" {m} " in term_seq)
            score = (
                _W_COSINE * 100 * cosine[index] / q_norm
                + _W_OVERLAP * 100 * overlap
                + _W_KEYWORD * 100 * (1 - math.exp(-_KW_K * keyword))
            ) * factor
            # The message's shape breaks ties between similar questions ("do you enjoy it?"
            # is the closed one) but never makes the matcher surer than the words do.
            bonus = 0.0
            flags = self._flags[index]
            if "closed" in flags:
                bonus += _SHAPE_BONUS if "closed" in shape else -_SHAPE_BONUS
            # Job asks and googleable questions are recognised by precise rules, so those
            # add real confidence ("what does your charity do?" is all field words).
            certain = sum(
                _RULE_BONUS for f in ("job_ask", "googleable") if f in flags and f in shape
            )
            ranked.append(
                (score + bonus + certain, min(score, score + bonus) + certain, self._ids[index])
            )
        ranked.sort(key=lambda r: (-r[0], r[2]))
        return [(round(reported, 2), qid) for _, reported, qid in ranked]

    def match(self, text: str, flags: Sequence[str] | None = None) -> Match:
        """The bank question ``text`` asks, if the matcher is confident enough to answer."""
        ranked = self.scores(text, flags)
        if not ranked:
            return Match(None, 0.0, False, None)
        best_score, best_id = ranked[0]
        if best_score >= CONFIDENCE_THRESHOLD:
            runner = next((qid for _, qid in ranked[1:] if qid != best_id), None)
            return Match(best_id, best_score, True, runner)
        guess = best_id if best_score >= RUNNER_UP_FLOOR else None
        return Match(None, best_score, False, guess)


# --------------------------------------------------------------------------- coaching rules

_WH = r"(?:what|whats|how|hows|why|where|when|which|who|whom|whose)"
_AUX = r"(?:do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|shall|may|might)"


def split_questions(text: str) -> list[str]:
    """Split a message into its questions (on "?" and on "and what/how ..." joins)."""
    parts = [p.strip() for p in re.split(r"\?+", text) if p.strip(" .,!;:-\n\t")]
    out: list[str] = []
    for part in parts:
        pieces = _JOIN.split(part)
        out.extend(p.strip(" ,;") for p in pieces if len(p.split()) >= 2)
    return out


_JOIN = re.compile(
    rf"(?:,|;|\s)\s*(?:and|also|plus|or)\s+(?:also\s+)?(?={_WH}\b|{_AUX}\s+(?:you|your|i|it|there|they|the)\b)",
    re.IGNORECASE,
)

_JOB_ASK_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:are|is)\s+(?:you|your\s+\w+|they|the\s+(?:team|company))\s+(?:\w+\s+)?hiring\b",
        r"\bhiring\s+(?:right\s+)?(?:now|at\s+the\s+moment|currently|soon|this\s+year)\b",
        r"\bany(?:\s+\w+)?\s+(?:jobs?|openings?|vacanc(?:y|ies)|positions?|roles?)\s+"
        r"(?:open\s+)?(?:at|on|in|with)\s+(?:your|the)\b",
        r"\b(?:jobs?|openings?|vacanc(?:y|ies)|positions?|roles?)\s+(?:open\s+)?"
        r"(?:at|on|in|with)\s+your\b",
        r"\b(?:jobs?|openings?|vacanc(?:y|ies)|positions?|roles?)\s+for\s+me\b",
        r"\b(?:do|does)\s+(?:you|your\s+\w+)\s+have\s+(?:any\s+)?(?:jobs?|openings?|vacanc"
        r"(?:y|ies)|positions?|roles?)\b",
        r"\bis\s+there\s+(?:a|any)\s+(?:jobs?|openings?|vacanc(?:y|ies)|positions?)\b",
        r"\b(?:jobs|openings?|vacanc(?:y|ies)|positions|roles)\s+(?:do|does)\s+(?:you|your\s+\w+)"
        r"\s+have\b",
        r"\brefer\s+me\b",
        r"\b(?:cv|resume|résumé|resumé)s?\b",
        r"\bhiring\s+manager\b",
        r"\bget\s+me\s+(?:a\s+job|hired|in\b)",
        r"\bput\s+(?:in\s+)?a\s+(?:good\s+)?word\b",
        r"\b(?:can|could|may)\s+i\s+(?:work|join)\s+(?:for|at|with|on)\s+(?:you|your)\b",
        r"\bapply\s+(?:for|to)\s+(?:a\s+|an\s+|the\s+|any\s+)?(?:job|position|role|opening)s?\s+"
        r"(?:at|on|in|with)\s+your\b",
        r"\b(?:hire|employ)\s+me\b",
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
        r"\b(?:revenue|turnover|market\s+cap|share\s+price|stock\s+price|annual\s+report|"
        r"valuation)\b",
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
_WH_WORD = re.compile(rf"\b{_WH}\b", re.IGNORECASE)
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
    r"^\s*(?:so|and|ok|okay|well)?[\s,]*(?:would|is)\s+it\s+be\s+(?:ok|okay|all\s+right|alright|fine)"
    r"|^\s*(?:so|and|ok|okay|well)?[\s,]*(?:may|can|could)\s+i\b"
    r"|\bmind\s+if\s+i\b",
    re.IGNORECASE,
)
"""Asking permission (may I use your name?) is naturally yes/no and is fine to ask."""


def analyse_question(text: str) -> list[str]:
    """Coaching flags for one message, in a fixed order.

    - ``job_ask``: asks the contact for a job, an opening, a referral for a job or to pass
      on a CV (``_JOB_ASK_PATTERNS``).
    - ``googleable``: asks for facts a web search answers: head count, what the company
      does, when it was founded, revenue, headquarters (``_GOOGLEABLE_PATTERNS``).
    - ``closed``: some question in it starts with do/does/is/are/can/could/would/will/
      have/has/did... and has no wh-word, unless it is a polite request ("could you walk
      me through"), invites a list ("is there anyone ..."), or asks permission.
    - ``multiple``: two or more questions: several "?" or a "..., and what/how ..." join.
    """
    flags: list[str] = []
    if any(p.search(text) for p in _JOB_ASK_PATTERNS):
        flags.append("job_ask")
    if any(p.search(text) for p in _GOOGLEABLE_PATTERNS):
        flags.append("googleable")
    questions = split_questions(text) or [text]
    if any(_is_closed(q) for q in questions):
        flags.append("closed")
    if len(questions) >= 2:
        flags.append("multiple")
    return flags


def _is_closed(question: str) -> bool:
    return bool(
        _CLOSED_START.search(question)
        and not _WH_WORD.search(question)
        and not _OPEN_REQUEST.search(question)
        and not _LIST_INVITE.search(question)
        and not _PERMISSION.search(question)
    )
