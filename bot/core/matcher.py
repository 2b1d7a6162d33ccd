"""Recognise which bank question a user typed, and flag weak questions for coaching.

Practice mode lets the user type questions freely; the persona can only answer the
questions its bank knows, so each message is matched to the closest bank question. A
wrong answer teaches the user nothing (and feels broken), so below a confidence threshold
the bot asks them to rephrase instead of guessing.

How a match is scored (everything about the bank is precomputed in ``Matcher.__init__``;
``match`` only scores the questions that share a term with the message):

1. ``normalise``: lower case, contractions and chat shorthand expanded ("whats", "u",
   "rn"), punctuation dropped, polite filler removed ("can you tell me", "I was
   wondering"). A word the bank never uses that is one slip of the fingers from a bank
   word is corrected ("typcial"). A bank question typed as written scores 100.
2. Terms: ``_CONCEPTS`` folds the many ways of saying one idea into one term ("hate",
   "worst", "least favourite" -> dislike; "how did you end up" -> origin), function
   words are dropped and a light stemmer joins "change/changes/changing". Field words
   from the persona ("teacher", "hospital") count for little: users sprinkle them
   everywhere.
3. Three signals per candidate question, each 0-100:
   - TF-IDF cosine between the message's terms and the question's text, phrasings and
     keywords (a rare term such as "promot" outweighs a common one);
   - fuzzy similarity: rapidfuzz ``token_set_ratio`` on the terms and ``WRatio`` on the
     normalised sentence, best over the text and each phrasing;
   - keyword hits, weighted by how rare each keyword is in the bank.
   Their weighted sum is scaled by *coverage*: the share of the message's terms the bank
   knows at all, so "what's your favourite film" does not ride on "favourite" alone.
4. The message's shape (``analyse_question``) breaks ties: a yes/no message fits the
   bank's closed question; a job ask or googleable message fits the flagged one.
   ``CONFIDENCE_THRESHOLD`` then decides whether to answer or ask to rephrase.

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

from bot.banks import Bank, Question

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

CONFIDENCE_THRESHOLD = 26.0
"""Below this score the persona asks the user to rephrase. Tuned on the labelled
paraphrases (tests/fixtures/paraphrases.yaml) and a separate set of lines written while
tuning: no wrong answer and no off-topic line scores above it. Scores are low-ish by
design: coverage scales down any message with words the bank has never seen."""

RUNNER_UP_FLOOR = 15.0
"""A below-threshold guess is still offered as a topic ("did you mean my typical day?")
when it scores at least this much; lower than that it would only confuse."""

# Weights of the three signals (they sum to 1, so the score stays on a 0-100 scale).
_W_COSINE = 0.35
_W_FUZZY = 0.45
_W_KEYWORD = 0.20
_CANDIDATES = 12  # best questions by cosine that get the (costlier) fuzzy scoring
_TSR = 0.3  # share of token_set_ratio (vs WRatio) in the fuzzy signal
_KW_K = 0.7  # keyword hits saturate: 1 - exp(-k * weighted hits)
_CONTEXT_WEIGHT = 0.3  # field words ("teacher") say little about which question
_UNKNOWN_WEIGHT = 2.0  # words the bank never uses: a sign the message is off-topic
_COVERAGE_FLOOR = 0.2  # score multiplier when no content word is known to the bank
_SHAPE_BONUS = 12.0  # tie-breaker: a yes/no message fits the bank's closed questions

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
        "you know",
        "i mean",
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

# Function words, and verbs so common in questions that they carry no topic.
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
        "want", "let", "make", "say", "said", "think", "know", "see", "look"
    )
)
# fmt: on

# Ways people say the same thing in these conversations, folded into one term so that
# "hate", "worst" and "least favourite" all meet the bank's "like least". General
# English, grouped by the idea a question is about (not copies of bank phrasings).
_CONCEPTS: dict[str, str] = {
    # "how did YOU get into it" is their story; "how do I get into it" is about entry.
    "origin": "you get into|you got into|you getting into|got you into|get you into|"
    "you break into|you broke into|you end up|you ended up|you become|you became|"
    "you get started|you got started|you start out|you started out|you started|you start|"
    "you go from|you move from|you switch from|you made the switch|you made the move|"
    "brought you to|brought you into|led you to|led you into|drew you|draw you|drawn to|"
    "path into|way into|route into|in the first place|to begin with|originally|journey|path",
    "entry": "get into|getting into|break into|breaking into|get in|break in|breaking in|"
    "land a|land your|land my|find a job|find work|get a job|get hired|getting hired|"
    "entry level|foot in the door",
    "typical": "typical|normal|usual|average|regular|ordinary|typically|normally|usually",
    "day": "day|days|all day|weekday|yesterday",
    "enjoy": "enjoy|enjoying|love|fun|favourite|favorite|rewarding|satisfying|best|excited|"
    "exciting|energy|passion|like most|like best|like about",
    "dislike": "dislike|hate|worst|least|annoying|annoys|frustrating|frustration|downside|"
    "downsides|drawback|drawbacks|do not like|not enjoy|least fun|least favourite",
    "hard": "hard|harder|hardest|tough|tougher|toughest|difficult|difficulty|challenging|"
    "tricky|takes the most out of",
    "problem": "problem|problems|issue|issues|headache|headaches|working on|dealing with|"
    "busy with|tackling|on your plate|keeps you busy|keeps your team busy",
    "promot": "promotion|promoted|promote|advance|advancement|advancing|climb|move up|"
    "moving up|get ahead|progress|progression|career ladder|the ladder|level up",
    "suggest": "suggest|recommend",
    "talk": "talk|speak|chat|reach out to|reach out",
    "switch": "career changer|career change|changing careers|change careers|switch careers|"
    "switching careers|switch into|switching into|move into|moving into|transition into|pivot",
    "referral": "who else|anyone else|anybody else|someone else|other people|others in|"
    "introduce|introduction|connect me|put me in touch",
    "yourname": "your name|mention you|mention your|sent me|send me|pointed me|referred me|"
    "you referred|drop your name|said it was you|say it was you",
    "job": "job|jobs|role|roles|position|positions|post",
    "opening": "opening|openings|vacancy|vacancies|jobs open|job open|open roles|"
    "open positions|any jobs",
    "hire": "hire|hiring|hired|recruit|recruiting",
    "cv": "cv|cvs|resume|resumes|r\u00e9sum\u00e9",
    "study": "study|studied|studying|degree|major|qualification|qualifications|certificate|"
    "certification|university|college|pgce",
    "read": "read|reading|book|books|podcast|podcasts|newsletter|newsletters|blog|blogs|"
    "up to speed",
    "course": "course|courses|class|classes|bootcamp",
    "event": "event|events|conference|conferences|meetup|meetups|community|communities|"
    "association|associations|group|groups|slack|join|joining|network|networking",
    "future": "future|next decade|coming years|next few years|few years|couple of years|"
    "heading|years time|long run",
    "change": "change|changes|changing|changed|shift|shifting|evolve|evolving|transform",
    "ai": "ai|chatgpt|gpt|copilot|llm|llms|genai|automation|automate|automated|robots",
    "demand": "demand|in demand|sought after|valuable|worth the most|employable|relevant|"
    "future proof|shortage|short supply",
    "balance": "balance|work life|hours|overtime|long hours|working late|on call|shifts|"
    "stress|stressful|flexible|flexibility|remote|life outside|outside work|burnout",
    "decide": "decide|decides|deciding|decision|decisions|your call|own call|calls|sign off|"
    "say over|authority",
    "quality": "quality|qualities|trait|traits|personality|thrive|thrives|do well|does well|"
    "doing well|good at|great at|successful|success|excel|get on well|gets on well|"
    "kind of person|kind of people|type of person",
    "hindsight": "hindsight|younger self|go back|looking back|wish|known earlier|warn|lesson|"
    "lessons|differently|do over|start over",
    "try": "try|try out|test out|test the waters|volunteer|volunteering|side project|"
    "get a feel|taste|dip my toe|experiment",
    "newstarter": "new hire|new starter|new joiner|newbie|new person|first few months|"
    "first months|first weeks|first term|onboarding|junior|new teacher|new starters",
    "advice": "advice|tip|tips|if you were me|in my shoes|where would you start|next step|"
    "next steps|pointers",
    "gap": "gap|gaps|weak|weakness|weakest|my chances|assess|fill",
    "skill": "skill|skills|ability|abilities|competencies",
    "use": "use|rely on|lean on|depend on",
    "employee": "employee|employees|staff|headcount|how many people|number of staff|workforce",
    "company": "company|organisation|organization|firm|business",
}

_SYNONYMS: dict[str, str] = {}
_PHRASES: dict[str, str] = {}
for _canonical, _variants in _CONCEPTS.items():
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
    return _SYNONYMS.get(word, word)


CONTEXT_MARK = "~"
"""Prefix of a field-word term ("~teacher"): it only ever meets the same field word."""


def _terms_of(normalised: str, context: frozenset[str] = frozenset()) -> list[str]:
    """Content terms of an already normalised text: concepts folded, stop words dropped.

    Words in ``context`` become "~word" terms, which only meet the same field word.
    """
    folded = _PHRASE_RE.sub(lambda m: _PHRASES[m.group(1)], normalised)
    return [
        CONTEXT_MARK + w if w in context else _stem(w)
        for w in folded.split()
        if w not in _STOPWORDS
    ]


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
    typo of "decide"), so it is not corrected.
    """
    if len(typed) != len(word):
        return True  # one letter missing or extra
    diffs = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    if len(diffs) == 2:
        return True  # swapped neighbours (Damerau distance 1 with two differing positions)
    if len(diffs) != 1:
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
    full: str  # normalised sentence, for WRatio
    content: str  # content terms joined by spaces, for token_set_ratio


class Matcher:
    """Fuzzy matcher over one bank's questions (or any sequence of them).

    ``context`` lists words that describe the field rather than a question ("teacher",
    "hospital"): users sprinkle them everywhere, so they count for little. ``for_bank``
    fills it from the persona.
    """

    def __init__(self, questions: Sequence[Question], context: Iterable[str] = ()) -> None:
        self._ids: list[str] = [q.id for q in questions]
        self._context = _context_words(questions, context)
        self._flags: list[frozenset[str]] = [frozenset(q.flags) for q in questions]
        self._choices: list[list[_Choice]] = []
        self._exact: dict[str, int] = {}
        self._kw_single: list[dict[str, float]] = []
        self._kw_multi: list[list[tuple[str, float]]] = []
        vocabulary: set[str] = set(_SYNONYMS)
        documents: list[Counter[str]] = []

        for question in questions:
            choices: list[_Choice] = []
            doc: Counter[str] = Counter()
            for sentence in (question.text, *question.phrasings):
                full = normalise(sentence)
                words = full.split()
                vocabulary.update(w for w in words if len(w) >= 4)
                terms = _terms_of(full, self._context)
                doc.update(set(terms) | _wh(words))
                choices.append(_Choice(full, " ".join(terms)))
                self._exact.setdefault(full, len(self._choices))
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
            self._choices.append(choices)
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
            weights = {t: (1 + math.log(c)) * self._idf[t] for t, c in doc.items()}
            for term in weights:
                if term.startswith(CONTEXT_MARK):
                    weights[term] *= _CONTEXT_WEIGHT
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for term, weight in weights.items():
                self._postings.setdefault(term, []).append((index, weight / norm))

        self._vocabulary = sorted(vocabulary)
        self._known_words = frozenset(vocabulary) | _STOPWORDS | _FILLER_WORDS
        self._corrections: dict[str, str] = {}

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

    def scores(self, text: str) -> list[tuple[float, str]]:
        """(score, id) of the candidate questions, best first (``match`` uses the first two).

        The order includes the shape tie-breaker, so a score can exceed the one before it.
        """
        exact = self._exact.get(normalise(text))
        if exact is not None:  # a bank question typed as written
            return [(100.0, self._ids[exact])]
        full = " ".join(self._correct(w) for w in normalise(text).split())
        words = full.split()
        terms = _terms_of(full, self._context)
        if not terms:
            return []
        query: Counter[str] = Counter(terms)
        query.update(_wh(words))

        q_weights: dict[str, float] = {}
        known = unknown = 0.0
        for term, count in query.items():
            idf = self._idf.get(term)
            weight = (1 + math.log(count)) * (idf if idf is not None else self._max_idf)
            if term.startswith(CONTEXT_MARK):
                weight *= _CONTEXT_WEIGHT
            elif idf is None:
                unknown += weight * _UNKNOWN_WEIGHT
                continue
            else:
                known += weight
            q_weights[term] = weight
        coverage = known / (known + unknown) if known + unknown else 0.0
        q_norm = math.sqrt(sum(w * w for w in q_weights.values())) or 1.0
        cosine: dict[int, float] = {}
        for term, q_weight in q_weights.items():
            for index, d_weight in self._postings.get(term, ()):
                cosine[index] = cosine.get(index, 0.0) + q_weight * d_weight
        if not cosine:
            return []
        candidates = sorted(cosine, key=cosine.__getitem__, reverse=True)[:_CANDIDATES]

        content = " ".join(t for t in terms if not t.startswith(CONTEXT_MARK))
        term_set = set(terms)
        term_seq = " " + " ".join(terms) + " "
        shape = set(analyse_question(text))
        factor = _COVERAGE_FLOOR + (1 - _COVERAGE_FLOOR) * coverage
        ranked: list[tuple[float, float, str]] = []
        for index in candidates:
            fuzzy = 0.0
            for choice in self._choices[index]:
                value = _TSR * fuzz.token_set_ratio(content, choice.content) + (
                    1 - _TSR
                ) * fuzz.WRatio(full, choice.full)
                fuzzy = max(fuzzy, value)
            keyword = sum(w for k, w in self._kw_single[index].items() if k in term_set)
            keyword += sum(w for m, w in self._kw_multi[index] if f" {m} " in term_seq)
            score = (
                _W_COSINE * 100 * cosine[index] / q_norm
                + _W_FUZZY * fuzzy
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
                _SHAPE_BONUS for f in ("job_ask", "googleable") if f in flags and f in shape
            )
            ranked.append(
                (score + bonus + certain, min(score, score + bonus) + certain, self._ids[index])
            )
        ranked.sort(key=lambda r: (-r[0], r[2]))
        return [(round(reported, 2), qid) for _, reported, qid in ranked]

    def match(self, text: str) -> Match:
        """The bank question ``text`` asks, if the matcher is confident enough to answer."""
        ranked = self.scores(text)
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
