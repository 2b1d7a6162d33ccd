"""Recognise which bank question a user typed, and flag weak questions for coaching.

Practice mode lets the user type questions freely; the persona can only answer the
questions its bank knows, so each message is matched to the closest bank question. A
wrong answer teaches the user nothing (and feels broken), so below a confidence threshold
the bot asks them to rephrase instead of guessing.

How a match is scored (everything about the bank is precomputed in ``Matcher.__init__``;
``match`` only touches the questions that share a word with the message):

1. ``normalise``: lower case, contractions and chat shorthand expanded ("whats", "u",
   "rn"), punctuation dropped, polite filler removed ("can you tell me", "I was
   wondering"). Words the bank never uses are corrected to a close bank word ("typcial").
2. Content words: function words dropped, a light stemmer ("changing" -> "chang"), and a
   few synonym groups folded together ("normal", "usual", "average" -> "typical").
3. Three signals per candidate question, each 0-100:
   - TF-IDF cosine between the message's content words and the question's text,
     phrasings and keywords (rare words such as "promot" outweigh common ones);
   - fuzzy similarity (rapidfuzz ``token_set_ratio`` on content words and ``WRatio`` on
     the normalised sentence) against the text and each phrasing;
   - keyword hits, weighted by how rare each keyword is in the bank.
   The weighted sum is the score; ``CONFIDENCE_THRESHOLD`` decides whether to answer.

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

from bot.banks import Question

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

CONFIDENCE_THRESHOLD = 50.0
"""Below this score the persona asks the user to rephrase. Tuned on the labelled
paraphrases (tests/fixtures/paraphrases.yaml): no wrong answer scores above it."""

RUNNER_UP_FLOOR = 30.0
"""A below-threshold guess is still offered as a topic ("did you mean my typical day?")
when it scores at least this much; lower than that it would only confuse."""

# Weights of the three signals (they sum to 1, so the score stays on a 0-100 scale).
_W_COSINE = 0.45
_W_FUZZY = 0.35
_W_KEYWORD = 0.20
_CANDIDATES = 24
_WR_FULL = False
_TSR = 0.5
_WH_TERMS = True
_KW_MODE = 'exp'
_KW_K = 1.0  # best questions by cosine that get the (costlier) fuzzy scoring

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
_FILLER_WORDS = frozenset(
    "so um uh umm uhm erm er hmm well ok okay hey hi hello please just basically actually "
    "literally honestly really lol haha tbh anyway btw also".split()
)

_STOPWORDS = frozenset(
    """a an the and or but if of to in on at for with from by about as into onto than then
    too very is are was were be been being am do does did doing done have has had having
    i me my mine myself you your yours yourself we us our ours they them their theirs he
    she him her his it its this that these those there here what which who whom whose when
    where why how would could should can will shall may might must not no yes some all
    any more much many lot lots thing things stuff way also even ever still yet now right
    one ones like get got go going want let make say said think know see look""".split()
)
"""Function words (and verbs so common in questions that they carry no topic)."""

# Words that mean the same thing in these questions, folded into one term. General English
# groups, not a list of bank phrasings.
_SYNONYMS: dict[str, str] = {}
for _canonical, _words in {
    "typical": "typical normal usual average regular ordinary",
    "hard": "hard hardest tough toughest difficult difficulty challenging tricky",
    "enjoy": "enjoy love fun favourite favorite rewarding satisfying best excit energy passion",
    "ai": "ai chatgpt gpt copilot llm llms genai",
    "dislike": "dislike hate worst least annoying frustrating frustration downside drawback",
    "advice": "advice tip tips suggestion recommendation",
    "colleague": "colleague coworker",
    "company": "company organisation organization firm business employer",
    "employee": "employee staff headcount workforce",
    "promot": "promot promotion promoted promote advance advancement climb",
    "job": "job role position post",
    "opening": "opening vacancy",
    "hire": "hire hiring hired recruit recruiting",
    "book": "book podcast newsletter blog",
    "course": "course class bootcamp",
    "event": "event conference meetup",
    "hour": "hour overtime",
    "study": "study studied degree major",
    "trend": "trend future heading",
    "suggest": "suggest recommend",
    "talk": "talk speak chat",
    "start": "start begin",
}.items():
    for _word in _words.split():
        _SYNONYMS[_word] = _canonical

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_SPACES = re.compile(r"\s+")


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
    return " ".join(w for w in joined.split() if w not in _FILLER_WORDS)


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
    elif word.endswith("es") and len(word) >= 5 and (word[-3] in "sxz" or word[-4:-2] in ("ch", "sh")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 4:
        word = word[:-1]
    if word.endswith("ly") and len(word) >= 6:
        word = word[:-2]
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    return _SYNONYMS.get(word, word)


def _terms(words: Iterable[str]) -> list[str]:
    return [_stem(w) for w in words if w not in _STOPWORDS]


_WH_SIGNAL = frozenset(("who", "where", "when", "why", "which", "how"))


def _wh(words: Iterable[str]) -> set[str]:
    """Question words as extra terms: "who ..." points at people, "when ..." at dates."""
    if not _WH_TERMS:
        return set()
    return {"?" + w for w in words if w in _WH_SIGNAL}


def _kw_curve(total: float) -> float:
    if _KW_MODE == "min":
        return min(total, 1.0)
    return 1 - math.exp(-_KW_K * total)


def content_terms(text: str) -> list[str]:
    """The stemmed content words of ``text`` (what the TF-IDF and keyword signals use)."""
    return _terms(normalise(text).split())


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


@dataclass(frozen=True)
class _Choice:
    owner: int  # index into Matcher._ids
    full: str  # normalised sentence, for WRatio
    content: str  # content terms joined by spaces, for token_set_ratio


class Matcher:
    """Fuzzy matcher over one bank's questions (or any sequence of them)."""

    def __init__(self, questions: Sequence[Question]) -> None:
        self._ids: list[str] = [q.id for q in questions]
        self._choices: list[list[_Choice]] = []
        self._kw_single: list[dict[str, float]] = []
        self._kw_multi: list[list[tuple[str, float]]] = []
        vocabulary: set[str] = set()
        documents: list[Counter[str]] = []

        for index, question in enumerate(questions):
            choices: list[_Choice] = []
            doc: Counter[str] = Counter()
            for sentence in (question.text, *question.phrasings):
                full = normalise(sentence)
                words = full.split()
                vocabulary.update(w for w in words if len(w) >= 4)
                terms = _terms(words)
                doc.update(set(terms) | _wh(words))
                choices.append(_Choice(index, full, " ".join(terms)))
            singles: set[str] = set()
            multis: set[str] = set()
            for keyword in question.keywords:
                words = normalise(keyword).split()
                vocabulary.update(w for w in words if len(w) >= 4)
                stems = [_stem(w) for w in words]
                if len(stems) == 1:
                    singles.add(stems[0])
                    doc[stems[0]] += 2
                elif stems:
                    multis.add(" ".join(stems))
                    for term in _terms(words):
                        doc[term] += 1
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
        self._unknown_idf = math.log(1 + total)

        # Keyword weights follow the same rarity; a keyword of every question is worth ~0.
        kw_df: Counter[str] = Counter()
        for singles_, multis_ in zip(self._kw_single, self._kw_multi, strict=True):
            kw_df.update(singles_.keys())
            kw_df.update(m for m, _ in multis_)
        max_idf = math.log(1 + total)
        for i in range(len(self._ids)):
            self._kw_single[i] = {
                k: math.log(1 + total / kw_df[k]) / max_idf for k in self._kw_single[i]
            }
            self._kw_multi[i] = [
                (m, math.log(1 + total / kw_df[m]) / max_idf) for m, _ in self._kw_multi[i]
            ]

        # Pre-normalised TF-IDF vectors and the inverted index over them.
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for index, doc in enumerate(documents):
            weights = {t: (1 + math.log(c)) * self._idf[t] for t, c in doc.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for term, weight in weights.items():
                self._postings.setdefault(term, []).append((index, weight / norm))

        self._vocabulary = sorted(vocabulary)
        self._vocabulary_set = frozenset(vocabulary) | _STOPWORDS
        self._corrections: dict[str, str] = {}

    @property
    def question_ids(self) -> list[str]:
        return list(self._ids)

    def _correct(self, word: str) -> str:
        """Map a typo to the closest bank word; leave real but unknown words alone."""
        if len(word) < 4 or word in self._vocabulary_set or word.isdigit():
            return word
        cached = self._corrections.get(word)
        if cached is None:
            # One edit (a slip or swapped letters): "typcial" -> "typical". Two edits would
            # turn real words into other ones ("personally" -> "personality").
            best = process.extractOne(
                word, self._vocabulary, scorer=DamerauLevenshtein.distance, score_cutoff=1
            )
            cached = best[0] if best else word
            if len(self._corrections) < 10_000:
                self._corrections[word] = cached
        return cached

    def scores(self, text: str) -> list[tuple[float, str]]:
        """Every candidate's score, best first (for tests and tuning; ``match`` uses it)."""
        full = " ".join(self._correct(w) for w in normalise(text).split())
        words = full.split()
        terms = _terms(words)
        if not terms:
            return []
        query = Counter(terms)
        query.update(_wh(words))
        q_weights = {t: (1 + math.log(c)) * self._idf.get(t, self._unknown_idf) for t, c in query.items()}
        q_norm = math.sqrt(sum(w * w for w in q_weights.values())) or 1.0
        cosine: dict[int, float] = {}
        for term, q_weight in q_weights.items():
            for index, d_weight in self._postings.get(term, ()):
                cosine[index] = cosine.get(index, 0.0) + q_weight * d_weight
        if not cosine:
            return []
        candidates = sorted(cosine, key=cosine.__getitem__, reverse=True)[:_CANDIDATES]

        content = " ".join(terms)
        stem_seq = " " + " ".join(_stem(w) for w in words) + " "
        term_set = set(terms) | {_stem(w) for w in words}
        results: list[tuple[float, str]] = []
        for index in candidates:
            fuzzy = 0.0
            for choice in self._choices[index]:
                other = choice.full if _WR_FULL else choice.content
                value = _TSR * fuzz.token_set_ratio(content, choice.content) + (1 - _TSR) * fuzz.WRatio(
                    full if _WR_FULL else content, other
                )
                fuzzy = max(fuzzy, value)
            keyword = sum(w for k, w in self._kw_single[index].items() if k in term_set)
            keyword += sum(w for m, w in self._kw_multi[index] if f" {m} " in stem_seq)
            score = (
                _W_COSINE * 100 * cosine[index] / q_norm
                + _W_FUZZY * fuzzy
                + _W_KEYWORD * 100 * _kw_curve(keyword)
            )
            results.append((round(score, 2), self._ids[index]))
        results.sort(key=lambda r: (-r[0], r[1]))
        return results

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
