"""Recognise which bank question a user typed, so the practice persona can answer it.

Practice mode lets the user type questions freely; the persona can only answer its bank's
questions, so each message is matched to the closest one. A wrong answer teaches nothing and
feels broken, so below a confidence threshold the bot asks them to rephrase instead.

How a match is scored (everything about the bank is precomputed in ``Matcher.__init__``;
``match`` only scores the questions that share a term with the message). The aim is to
generalise to wording nobody tuned on, so the work is done by a vocabulary of the ideas
informational interviews are about (lexicon.yaml, loaded by ``lexicon``), not by
resemblance to the bank's sentences:

1. ``normalise``: lower case, shorthand expanded ("whats", "u", "rn"), punctuation and
   polite filler ("can you tell me") dropped; a word one slip of the fingers from a bank
   word is corrected ("typcial"), not an inflection ("loved") or a short word ("shirt").
   A bank question typed as written scores 100.
2. Terms. The lexicon's ``patterns`` turn constructions into one term ("go from junior to
   lead" -> promotion) and its ``concepts`` fold ways of saying one idea into one term
   ("hate", "tedious" -> dislike). Stop words are dropped and a light stemmer joins
   "change/changing". Field words ("teacher") and generic ones ("team", "job") count for
   little: users sprinkle them everywhere. So do words only in a trailing clause.
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
   mostly unknown words ("what's your favourite film") is off-topic; work vocabulary the
   bank does not use ("code", "patients") neither helps nor hurts.
4. The message's shape (``analyse_question``, bot/features/questions/habits.py) breaks
   ties: a yes/no message fits the bank's closed question; a job ask or googleable message
   fits the flagged one. ``CONFIDENCE_THRESHOLD`` then decides whether to answer or ask to
   rephrase, offering the best guess ("did you mean ...?") above ``RUNNER_UP_FLOOR``.
5. Topic checks (``_misfit``) pass over a close question that answers something else: a
   topic word, tool or "when"/"how do you" it does not say, or the head of a which-question
   ("which supply chain SOFTWARE do you use") it never mentions. A comparison whose sides
   rest on two questions asks which. "Did you mean ...?" is offered only if it could be right
   (``_plausible``): not when a weightier word of the message is in no guess.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from bot.banks.model import Bank, Question
from bot.features.practice.bank_terms import Choice, Parsed, Query, overlap, parse
from bot.features.practice.leaning import LIKE_ME
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.said import (
    A_SPAN,
    GAP_TOPIC,
    GETS_IN,
    HOW_LONG,
    TIME_SPLIT,
    Said,
    as_their_day,
    as_their_line,
    asks_amount,
    role_asked,
    trailing_clause,
    without_examples,
)
from bot.features.practice.terms import (
    CONTEXT_MARK,
    GENERIC_TERMS,
    NOT_A_TOPIC,
    WORK_TERMS,
    content_terms,
    field_words,
    no_sign_off_topic,
    normalise,
    own_places,
    places_asked,
    plausible_typo,
    stem,
    terms_of,
    wh,
)
from bot.features.practice.understand import wording_flags
from bot.features.practice.worries import CAREER_GAP

_SYNONYMS = LEXICON.synonyms
_TOPIC_WORDS = LEXICON.topic_words
_SKILL_TERMS = frozenset({"skill", "read", "demand", "use"})
"""Terms of questions about skills or what to learn, which answer a question about a tool."""
_HOW_TO = re.compile(r"how (?:do|would|can|could|should) (?:you|i|one|people) (?!(?:get|got|"
                     # "how would u go about landing a job if u were me": advice, not a method
                     r"go\s+about\s+(?:\w+\s+){0,4}?(?:if\s+(?:you|i)\s+were|in\s+my)|"
                     r"become|end|like|feel|find|see|think|spend|balance|cope|deal with the|"
                     r"suggest|recommend|advise)\b)")
""""How do you explain statistics to ...": a method, which only a how-question answers."""
_THEIRS = re.compile(r"\b(?:you|your|yours|the (?:company|charity|school|firm|organisation|"
                     r"organization|hospital|business|team|agency|trust|ward|practice))\b")
_GOOGLEABLE_BAR = 45.0
"""A googleable bank question asked in words that are not ("who does your charity help?")
is answered only from this score: lower, it is usually another question near its words."""
_WHEN_ASKS = re.compile(r"when (?:do|does|did|is|are|was|were|will|would|should|can|could|"
                        r"has|have|had|might|must)\b")
"""\"When do applications open?\" asks for a time; \"when you hire juniors, what ...\" does not."""
_VERSUS = re.compile(r"\b(?:vs|versus|compared (?:to|with)|against)\b")
"""A comparison: two questions resting on its two sides are both what was asked."""
_WH_TERMS = frozenset({"?when", "?where", "?who", "?why", "?which", "?how"})

__all__ = [
    "CONFIDENCE_THRESHOLD",
    "RUNNER_UP_FLOOR",
    "GUESS_FLOOR",
    "MARGIN",
    "SURE",
    "Match",
    "Matcher",
    "normalise",
    "content_terms",
]

CONFIDENCE_THRESHOLD = 34.0
"""Below this score the persona asks the user to rephrase (precision first: a wrong answer
is worse than a "did you mean ...?"). First calibrated at 28 on the paraphrase sets; raised to
34 after two sets of realistic questions written without the banks in view (conversation_
fresh.yaml and conversation_blind.yaml), where 9 of the 68 confident wrong answers scored
between 28 and 34, against 7 of the 228 right ones."""

MARGIN = 3.0
"""A best question this close to the next one is not a confident answer: the persona asks
"did you mean A, or B?" instead (unless the best scores ``SURE``)."""
_PAY = "salary"
_HOW_LONG_MARGIN = 10.0
"""How far below a question that never says how long one that does may be, and still answer
"how long does it take someone like me to land a first role?": "someone like me" pulls the
question on their chances nearer, which never says how long."""
_LIKE_ME = re.compile(LIKE_ME + r"|\bdid\s+it\s+take\s+(?:you|u)\b")  # or their own move

SURE = 60.0
"""From this score a question is the one meant, however close another comes."""

GUESS_FLOOR = 30.0
"""Below the threshold but at least this: close enough to ask "did you mean ...?". Lower,
the guess is usually another topic, and an honest "that's outside what I know" is better
(on every labelled set together, guesses scoring 22 to 30 were right once in seven)."""

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
_TRAILING_WEIGHT = 0.5  # a term only in a trailing clause ("... after bootcamp")
_HEAD_WEIGHT = 2.0  # the first concept of a what/which question: what it asks about
_HEADED = frozenset(("how did you", "how do you", "how can i", "at what", "in what", "for what",
                     "at which", "in which", "for which"))  # "how can I get (research) experience"


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
    alternative: str | None = None  # as close as the guess: "did you mean A, or B?"


_Ranked = tuple[float, float, str]  # a candidate's sort key, reported score and id


class Matcher:
    """Matcher of typed messages to one bank's questions (or any sequence of them).

    ``context`` lists words that describe the field rather than a question ("teacher",
    "hospital"): users sprinkle them everywhere, so they count for little. ``for_bank``
    fills it from the persona.
    """

    def __init__(self, questions: Sequence[Question], context: Iterable[str] = (),
                 roles: Iterable[str] = ()) -> None:
        self._roles = frozenset(v for w in normalise(" ".join(roles)).split() for v in (w, stem(w)))
        self._specialisms = frozenset(filter(None, (role_asked(normalise(s)) for q in questions if (
            q.id != "typical-day") for s in (q.text, *q.phrasings))))
        self._ids: list[str] = [q.id for q in questions]
        self._index_of = {qid: index for index, qid in enumerate(self._ids)}
        self._context = field_words(questions, context)
        self._flags: list[frozenset[str]] = [frozenset(q.flags) for q in questions]
        vocabulary: set[str] = set(_SYNONYMS)
        parsed = [parse(q, self._context, vocabulary) for q in questions]
        self._exact: dict[str, int] = {}
        for index, p in enumerate(parsed):
            for full, _ in p.sentences:
                self._exact.setdefault(full, index)

        # Inverse document frequency: a term in every question says nothing about which.
        total = max(len(parsed), 1)
        df: Counter[str] = Counter()
        for p in parsed:
            df.update(p.doc.keys())
        self._idf = {t: math.log(1 + total / n) for t, n in df.items()}
        self._max_idf = math.log(1 + total)
        # Keyword weights follow the same rarity; a keyword of every question is worth ~0.
        kw_df: Counter[str] = Counter()
        for p in parsed:
            kw_df.update(p.singles)
            kw_df.update(p.multis)
        kw_idf = {k: math.log(1 + total / n) / self._max_idf for k, n in kw_df.items()}
        self._kw_single = [{k: kw_idf[k] for k in p.singles} for p in parsed]
        self._kw_multi = [[(m, kw_idf[m]) for m in sorted(p.multis)] for p in parsed]

        self._postings = self._index([p.doc for p in parsed])
        self._words = [self._words_of(q, p) for q, p in zip(questions, parsed, strict=True)]
        self._wh_terms = [p.doc.keys() & _WH_TERMS for p in parsed]
        self._amount = [asks_amount([full for full, _ in p.sentences]) for p in parsed]
        self._lasts = [any(HOW_LONG.search(full) for full, _ in p.sentences) or any(
            A_SPAN.search(text) for a in q.answers for text in a.variants)
            for q, p in zip(questions, parsed, strict=True)]
        self._terms = [frozenset(p.doc) for p in parsed]
        # A question about skills answers a question about a tool; judged on its own text and
        # keywords, since one of many phrasings may say "use" in passing.
        self._skills = [bool(_SKILL_TERMS & (p.sentences[0][1] | p.singles
                                              | {t for m in p.multis for t in m.split()}))
                        for p in parsed]
        self._choices = [self._choices_of(p) for p in parsed]
        self._vocabulary = sorted(vocabulary)
        self._known_words = (frozenset(vocabulary) | LEXICON.stopwords | LEXICON.filler_words
                             | LEXICON.work_words | _TOPIC_WORDS | LEXICON.tool_words)
        self._known_terms = frozenset(self._idf) | frozenset(_SYNONYMS.values())
        self._corrections: dict[str, str] = {}

    @staticmethod
    def _words_of(question: Question, parsed: Parsed) -> frozenset[str]:
        """Every word a question uses (text, phrasings, keywords) and stem: for _misfit."""
        words: set[str] = set()
        for full, terms in parsed.sentences:  # normalised and read once, in _parse
            for word in NOT_A_TOPIC.sub("", full).split():  # "paid social" names no pay
                words.update((word, stem(word)))
            # "pay" and "salary" are one topic; a field word counts as itself here
            words.update(t.removeprefix(CONTEXT_MARK) for t in terms)
            words.update(["howto"] * bool(_HOW_TO.match(full)))  # "how do I write a bid"
            words.update([GAP_TOPIC] * bool(CAREER_GAP.search(full)))  # "a gap in my CV"
        for keyword in question.keywords:
            plain = normalise(keyword)
            bare = NOT_A_TOPIC.sub("", plain)
            words.update(w for word in bare.split() for w in (word, stem(word)))
            words.update(terms_of(plain))
            words.update([GAP_TOPIC] * bool(CAREER_GAP.search(plain)))  # "career break"
        return frozenset(words)

    def _index(self, documents: Sequence[Counter[str]]) -> dict[str, list[tuple[int, float]]]:
        """Pre-normalised TF-IDF vectors, as an inverted index: term -> (question, weight)."""
        postings: dict[str, list[tuple[int, float]]] = {}
        for index, doc in enumerate(documents):
            weights = {t: (1 + math.log(c)) * self._term_weight(t) for t, c in doc.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for term, weight in weights.items():
                postings.setdefault(term, []).append((index, weight / norm))
        return postings

    def _choices_of(self, parsed: Parsed) -> list[Choice]:
        """Each sentence's terms, weighted as in the index, for the overlap signal; the
        keywords together count as one more sentence."""
        keywords = set(parsed.singles) | {t for m in parsed.multis for t in m.split()}
        choices = []
        for full, terms in (*parsed.sentences, ("", keywords)):
            if terms:
                weighted = {t: self._term_weight(t) for t in terms}
                choices.append(Choice(full, weighted, sum(weighted.values()) or 1.0))
        return choices

    def _term_weight(self, term: str) -> float:
        """How much a term says about which question is meant: its rarity in the bank,
        discounted for field words and generic words."""
        weight = self._idf.get(term, self._max_idf)
        if term.startswith(CONTEXT_MARK):
            return weight * _CONTEXT_WEIGHT
        if term in GENERIC_TERMS:
            return weight * _GENERIC_WEIGHT
        return weight

    @classmethod
    def for_bank(cls, bank: Bank) -> Matcher:
        """A matcher for one bank, with the persona's field words as context."""
        persona = bank.persona
        context = [bank.title, bank.field.replace("_", " "), persona.role, persona.organisation]
        roles = [bank.title, *(p.role for p in bank.personas)]  # "what does a PM actually do?"
        return cls(bank.questions, context=context, roles=roles)

    @property
    def question_ids(self) -> list[str]:
        return list(self._ids)

    def _correct(self, word: str) -> str:
        """Map a typo to the closest bank word; leave real but unknown words alone."""
        if len(word) < 5 or word in self._known_words or not word.isalpha():
            return word
        if stem(word) in self._known_terms:
            return word  # an inflection of a real word, not a typo: "loved", "pointed"
        ending = next((e for e in ("ing", "ed", "s") if word.endswith(e)), "")
        cached = self._corrections.get(word)
        if cached is None:
            # One edit (a slip or swapped letters): "typcial" -> "typical", "safegaurding" ->
            # a word inflected alike. Two would make real words others ("personally").
            close = process.extract(word, self._vocabulary, scorer=DamerauLevenshtein.distance,
                                    score_cutoff=1, limit=8)
            cached = next((c for c, _, _ in close if plausible_typo(word, c)
                           and c.endswith(ending)), word)
            if len(self._corrections) < 10_000:
                self._corrections[word] = cached
        return cached

    def scores(self, text: str, flags: Sequence[str] | None = None, plain: str | None = None
               ) -> list[tuple[float, str]]:
        """(score, id) of the candidate questions, best first (``match`` uses the first two).

        The order includes the shape tie-breaker, so a score can exceed the one before it.
        ``flags`` are ``wording_flags(text)`` and ``plain`` is ``normalise(text)``, when the
        caller already has them.
        """
        plain = as_their_day(normalise(text) if plain is None else plain, self._roles,
                             self._specialisms)
        exact = self._exact.get(plain)
        if exact is not None:  # a bank question typed as written
            return [(100.0, self._ids[exact])]
        # "how did you end up in EQUITY RESEARCH?": their field, not the topic
        full = as_their_line(" ".join(self._correct(w) for w in plain.split()))
        terms = terms_of(full, self._context)
        if not terms:
            return []
        query = self._query(full, terms)
        cosine: dict[int, float] = {}  # question -> dot product with the message
        for term, q_weight in query.weights.items():
            for index, d_weight in self._postings.get(term, ()):
                cosine[index] = cosine.get(index, 0.0) + q_weight * d_weight
        if not cosine:
            return []
        candidates = sorted(cosine, key=cosine.__getitem__, reverse=True)[:_CANDIDATES]
        shape = set(wording_flags(text) if flags is None else flags)
        ranked = [self._rank(index, query, cosine[index], shape) for index in candidates]
        ranked.sort(key=lambda r: (-r[0], r[2]))
        return [(round(reported, 2), qid) for _, reported, qid in ranked]

    def _query(self, full: str, terms: list[str]) -> Query:
        words = full.split()
        counts: Counter[str] = Counter(terms)
        trailing = trailing_clause(full)
        # "... WHEN I apply for email roles" qualifies the question; it asks no "when"
        counts.update(wh(full[:trailing.start()].split() if trailing else words))
        weights, coverage = self._weigh_query(counts, own_places(full), places_asked(full))
        # In a what/which question the first concept is what it asks about ("which of your
        # SKILLS get a workout in a normal week"); what follows only qualifies it.
        if words[0] in ("what", "which") or {" ".join(words[:2]), " ".join(words[:3])} & _HEADED:
            head = next((t for t in terms if t not in GENERIC_TERMS
                         and not t.startswith(CONTEXT_MARK)), None)
            if head in weights and (words[:3] != ["how", "can", "i"] or head == "try"):
                weights[head] *= _HEAD_WEIGHT  # "how can I get a job at…" is still a job ask
        if trailing:  # "... after BOOTCAMP" qualifies the question; it is not what is asked
            # read apart: a pattern across the cut ("paid WHILE training") belongs to neither
            main = set(terms_of(full[:trailing.start()], self._context))
            for term in set(terms_of(trailing.group(0), self._context)) - main:
                if term in weights:
                    weights[term] *= _TRAILING_WEIGHT
        # Mostly unknown words ("what's your favourite film") is off-topic, mostly known ones
        # on topic: a soft step between the two rather than a straight line.
        on_topic = 1 / (1 + math.exp((_COVERAGE_MID - coverage) / _COVERAGE_WIDTH))
        return Query(
            full=full,
            weights=weights,
            norm=math.sqrt(sum(w * w for w in weights.values())) or 1.0,
            total=sum(w for t, w in weights.items() if t in self._idf) or 1.0,
            terms=set(terms),
            sequence=" " + " ".join(terms) + " ",
            factor=_COVERAGE_FLOOR + (1 - _COVERAGE_FLOOR) * on_topic,
        )

    def _weigh_query(self, counts: Counter[str], own: frozenset[str] = frozenset(),
                     asked: frozenset[str] = frozenset()) -> tuple[dict[str, float], float]:
        """Term weights and coverage (the share of weight the bank knows): field, generic and
        ``own`` words count neither way; a word the bank never uses counts against, unweighted."""
        weights: dict[str, float] = {}
        known = unknown = 0.0
        for term, count in counts.items():
            weight = (1 + math.log(count)) * self._term_weight(term)
            if term.startswith(CONTEXT_MARK) or term in GENERIC_TERMS:
                pass
            elif term not in self._idf:
                unknown += 0.0 if term in self._roles or (  # a contact's title: "as a coach"
                    no_sign_off_topic(term, counts, own, asked)) else weight * _UNKNOWN_WEIGHT
                continue
            elif not term.startswith("?"):
                known += weight
            weights[term] = weight
        return weights, known / (known + unknown) if known + unknown else 0.0

    def _rank(self, index: int, query: Query, dot: float, shape: set[str]) -> _Ranked:
        """Score one candidate; the sort key has the shape tie-breaker, the score only its cost."""
        keyword = sum(w for k, w in self._kw_single[index].items() if k in query.terms)
        keyword += sum(w for m, w in self._kw_multi[index] if f" {m} " in query.sequence)
        score = (
            _W_COSINE * 100 * dot / query.norm
            + _W_OVERLAP * 100 * self._overlap(index, query)
            + _W_KEYWORD * 100 * (1 - math.exp(-_KW_K * keyword))
        ) * query.factor
        # The message's shape breaks ties between similar questions ("do you enjoy it?" is
        # the closed one) but never makes the matcher surer than the words do.
        bonus = 0.0
        flags = self._flags[index]
        if "closed" in flags:
            bonus += _SHAPE_BONUS if "closed" in shape else -_SHAPE_BONUS
        # Job asks and googleable questions are recognised by precise rules, so those add
        # real confidence ("what does your charity do?" is all field words).
        certain = sum(_RULE_BONUS for f in ("job_ask", "googleable") if f in flags and f in shape)
        return score + bonus + certain, min(score, score + bonus) + certain, self._ids[index]

    def _overlap(self, index: int, query: Query) -> float:
        """How close the candidate's closest sentence is (``bank_terms.overlap``)."""
        return overlap(self._choices[index], query, _W_STRING)

    def match(self, text: str, flags: Sequence[str] | None = None) -> Match:
        """The bank question ``text`` asks, if the matcher is confident enough to answer."""
        plain = normalise(text := without_examples(text))  # "…data, like X and Y, look good?"
        asked = as_their_day(plain, self._roles, self._specialisms)  # "what does an analyst do?"
        said = Said.of(text if asked is plain else asked, flags)  # read once, for all checks
        ranked = self.scores(text, said.shape, said.plain)
        if not ranked:
            return Match(None, 0.0, False, None)
        # The best question that is about what was asked: a closer one in words that answers
        # another topic (pay asked, the first months matched) is passed over.
        fitting = [(sc, qid) for sc, qid in ranked[:_CANDIDATES] if sc >= CONFIDENCE_THRESHOLD
                   and not self._misfit(self._index_of[qid], said, sc)]
        best_score, best_id = ranked[0]
        if HOW_LONG.search(said.plain):  # how long: only a question that says answers it, or
            # one as near ("how long did it take u to go from excel guy to analyst": their story)
            lasting = [f for f in ranked[:_CANDIDATES] if self._lasts[self._index_of[f[1]]]]
            fitting = [f for f in fitting if f in lasting and (
                self._lasts[self._index_of[best_id]] or best_score - f[0] < (
                    _HOW_LONG_MARGIN if _LIKE_ME.search(said.plain) else MARGIN))]
            ranked = lasting  # nor is "did you mean" offered between it and one that never says
        if fitting and _PAY in said.topics and _PAY not in self._terms[self._index_of[
                fitting[0][1]]] and fitting[0][0] < SURE:  # pay asked ("at the GS-14 level" is
            # not, if a question fits surely), the nearest about something else: the pay one
            pay = next(((sc, qid) for sc, qid in ranked[:_CANDIDATES] if sc >= RUNNER_UP_FLOOR
                        and _PAY in self._terms[self._index_of[qid]]), None)
            if pay and pay[0] >= CONFIDENCE_THRESHOLD and (pay[0], pay[1]) in fitting:
                return Match(pay[1], pay[0], True, fitting[0][1])  # if it fits too, answered
            return Match(None, fitting[0][0], False, pay[1] if pay else None)
        if fitting:
            best_score, best_id = fitting[0]
            second = next(((sc, qid) for sc, qid in ranked[:_CANDIDATES] if qid != best_id
                           and not self._misfit(self._index_of[qid], said, sc)), None)
            if second and best_score - second[0] < MARGIN and best_score < SURE:
                # Two questions fit about as well: ask which, rather than pick one, unless
                # the message is about something neither of them covers.
                if not self._plausible(said, (best_id, second[1])):
                    # about a word neither covers: a question a little further off that
                    # covers it is offered ("what skills do I need to move into product
                    # marketing?"), else the honest reply
                    return Match(None, best_score, False, self._covering(said, ranked, (
                        best_id, second[1])))
                return Match(None, best_score, False, best_id, alternative=second[1])
            if second and best_score < SURE and _VERSUS.search(said.plain) \
                    and not TIME_SPLIT.search(said.plain) and self.apart(said, best_id, second[1]):
                # "Figma vs knowing how to code?": each rests on one side of the comparison,
                # so answering one would ignore the other.
                return Match(None, best_score, False, best_id, alternative=second[1])
            runner = second[1] if second else next(
                (qid for _, qid in ranked if qid != best_id), None)
            return Match(best_id, best_score, True, runner)
        if best_score >= CONFIDENCE_THRESHOLD:  # near in words, but about something else
            return Match(None, min(best_score, CONFIDENCE_THRESHOLD - 0.01), False, None)
        guess = best_id if best_score >= RUNNER_UP_FLOOR else None
        if guess is not None and (self._misfit(self._index_of[guess], said, best_score)
                                  or not self._plausible(said, (guess,))):
            guess = None
        return Match(None, best_score, False, guess)

    def _said_terms(self, said: Said) -> set[str]:
        """The message's topic terms, typos corrected, without field or generic words."""
        full = " ".join(self._correct(w) for w in said.plain.split())
        return {t for t in terms_of(full, self._context) if t not in GENERIC_TERMS
                and not t.startswith(CONTEXT_MARK)}

    def shared_terms(self, text: str, question_id: str) -> tuple[set[str], set[str]]:
        """The message's topic terms, and those of them the question uses; a field word it
        names ("a good route into FP&A") counts among the first, as where it asks about."""
        terms = self._said_terms(said := Said.of(text, None))
        fields = {t for t in terms_of(said.plain, self._context) if t.startswith(CONTEXT_MARK)}
        return terms | fields, terms & self._terms[self._index_of[question_id]]

    def apart(self, said: Said | str, first: str, second: str) -> bool:
        """Whether two questions rest on different words of the message and share none."""
        terms = self._said_terms(Said.of(said, None) if isinstance(said, str) else said)
        one, two = (terms & self._terms[self._index_of[q]] for q in (first, second))
        return bool(one) and bool(two) and not one & two

    def _plausible(self, said: Said, guesses: Sequence[str]) -> bool:
        """Whether "did you mean ...?" could be right: not when every guess rests on the same
        one word ("nurses") while another word, weighing at least as much, is in none of them
        ("how do AGENCY nurses COMPARE with staff nurses?"): the bank does not cover it, and
        an honest reply beats offering questions it did not ask."""
        terms = self._said_terms(said)
        shared = {frozenset(terms & self._terms[self._index_of[qid]]) for qid in guesses}
        if len(shared) != 1:
            return True  # the guesses rest on different words
        covered = next(iter(shared))
        if not covered:
            return False
        weight = max(self._term_weight(t) for t in covered)
        others = [self._term_weight(t) for t in terms - covered if not t.isdigit()]
        # Not when a word it never mentions outweighs every word it rests on (or, for a guess
        # resting on one word, weighs as much).
        return not any(w > weight or (w == weight and len(covered) == 1) for w in others)

    def _covering(self, said: Said, ranked: list[tuple[float, str]],
                  passed: Sequence[str]) -> str | None:
        """A near question, past those ``passed`` over, that uses the message's weightiest
        topic word none of them uses."""
        terms = self._said_terms(said)
        missed = terms - set().union(*(self._terms[self._index_of[q]] for q in passed))
        if not missed:
            return None
        heaviest = max(missed, key=self._term_weight)
        return next((qid for sc, qid in ranked[:_CANDIDATES] if qid not in passed
                     and sc >= CONFIDENCE_THRESHOLD and heaviest in self._terms[
                         self._index_of[qid]]
                     and not self._misfit(self._index_of[qid], said, sc)), None)

    def _head_term(self, word: str) -> str:
        """The term of a which-question's head word (typo corrected, "skils" too), when it
        names a topic: not a word of any field ("people"), everyday work vocabulary or a
        field word. A head the bank never uses ("which FRAMEWORK do you use") is a topic no
        question covers."""
        if not word:
            return ""
        corrected = self._correct(word)
        if corrected == word and word not in self._known_words and len(word) >= 4:
            # Inflected typos too ("skils"), which ``_correct`` leaves alone; cached likewise.
            corrected = self._corrections.get("?" + word, "")
            if not corrected:
                close = process.extract(word, self._vocabulary, score_cutoff=1, limit=8,
                                        scorer=DamerauLevenshtein.distance)
                corrected = next((c for c, _, _ in close if plausible_typo(word, c)), word)
                if len(self._corrections) < 10_000:
                    self._corrections["?" + word] = corrected
        terms = terms_of(corrected, self._context)
        if len(terms) != 1 or terms[0] in GENERIC_TERMS or terms[0] in WORK_TERMS:
            return ""
        return "" if terms[0].startswith(CONTEXT_MARK) else terms[0]

    def _misfit(self, index: int, said: Said, score: float) -> bool:
        """Whether a question close in words answers something else: a topic or tool of the
        message it never mentions, a "when" or "how to" it does not say, or a job ask (or a
        googleable one, unless sure) asked in words that are not one."""
        if score >= 100.0:
            return False  # one of the question's own sentences, typed as written
        words = self._words[index]
        if not said.fits(words, self._skills[index]):
            return True  # none of its topics or tools, on either side of an either/or
        head = self._head_term(said.head)
        if head and head not in words and head not in self._terms[index]:
            return True  # "which supply chain SOFTWARE do you use" is not the supply chain one
        if _WHEN_ASKS.match(said.plain) and "?when" not in self._wh_terms[index]:
            return True  # asks for a time, which this question does not give
        if _HOW_TO.match(said.plain) and "?how" not in self._wh_terms[index]:
            return True  # asks how to do something, which this question does not say
        if "pay" in self._flags[index] and _PAY not in said.topics and GETS_IN.match(said.plain):
            return True  # "how do i get my first finance job" asks the way in, not its pay
        if said.kind and (self._amount[index] or "closed" in self._flags[index]):
            return True  # asks what kind, which "how long" or "do you like it?" does not say
        shape = said.shape
        if "googleable" in self._flags[index] and "googleable" not in shape:
            # A fact about their organisation, asked another way: be sure, and be sure it is
            # about theirs ("is it better to teach in a state school" is not).
            return score < _GOOGLEABLE_BAR or not _THEIRS.search(said.plain)
        return "job_ask" in self._flags[index] and "job_ask" not in shape
