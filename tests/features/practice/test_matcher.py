"""The practice-mode matcher: accuracy on real-sounding paraphrases, and its lexicon."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.banks.loader import load_banks
from bot.banks.model import CATEGORIES, Bank, PersonaAnswer, Question
from bot.features.practice import lexicon
from bot.features.practice.lexicon import LEXICON, LexiconError
from bot.features.practice.matcher import CONFIDENCE_THRESHOLD, Match, Matcher, normalise
from bot.features.practice.terms import terms_of
from tests.features.practice.support import near_miss
from tests.harness import ROOT  # noqa: E402

PARAPHRASES = ROOT / "tests" / "fixtures" / "paraphrases.yaml"
DEV = ROOT / "tests" / "fixtures" / "paraphrases_dev.yaml"
"""Fresh lines written before the matcher was reworked to generalise, kept apart from the
set it was first tuned on so that over-fitting one shows on the other."""
ACCURACY_TARGET = 0.85


@pytest.fixture(scope="module")
def banks() -> dict[str, Bank]:
    return load_banks(ROOT / "bot" / "question_banks")


@pytest.fixture(scope="module")
def matchers(banks: dict[str, Bank]) -> dict[str, Matcher]:
    return {field: Matcher.for_bank(bank) for field, bank in banks.items()}


def _load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["items"]


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return _load(PARAPHRASES)


@pytest.fixture(scope="module", params=[PARAPHRASES, DEV], ids=["paraphrases", "dev"])
def labelled(request: pytest.FixtureRequest) -> list[dict]:
    """Each labelled set in turn, for the accuracy and precision tests."""
    return _load(request.param)


# --------------------------------------------------------------------------- labelled set


def test_labelled_set_is_broad_and_independent(items: list[dict], banks: dict[str, Bank]) -> None:
    assert len(items) >= 60
    fields = Counter(item["field"] for item in items)
    assert len(fields) >= 4
    assert set(fields) <= set(banks)
    off_topic = [item for item in items if item["expect"] is None]
    assert len(off_topic) >= 6
    categories = set()
    for item in items:
        if item["expect"] is None:
            continue
        question = banks[item["field"]].question(item["expect"])
        assert question is not None, f"unknown id {item['expect']!r} for {item['field']}"
        categories.add(question.category)
    assert categories == set(CATEGORIES)
    # Written independently: no line is a bank text or phrasing in disguise.
    bank_lines = {
        normalise(text)
        for bank in banks.values()
        for q in bank.questions
        for text in (q.text, *q.phrasings)
    }
    copied = [item["text"] for item in items if normalise(item["text"]) in bank_lines]
    assert copied == []


def test_dev_set_is_fresh_and_broad(items: list[dict], banks: dict[str, Bank]) -> None:
    dev = _load(DEV)
    assert len(dev) >= 40
    assert len({item["field"] for item in dev}) >= 6
    assert len([item for item in dev if item["expect"] is None]) >= 6
    for item in dev:
        if item["expect"] is not None:
            assert banks[item["field"]].question(item["expect"]) is not None, item
    bank_lines = {
        normalise(text)
        for bank in banks.values()
        for q in bank.questions
        for text in (q.text, *q.phrasings)
    }
    tuned_on = {normalise(item["text"]) for item in items}
    assert [i["text"] for i in dev if normalise(i["text"]) in bank_lines | tuned_on] == []


def test_top1_accuracy(labelled: list[dict], matchers: dict[str, Matcher]) -> None:
    items = labelled
    right = 0
    misses = []
    for item in items:
        match = matchers[item["field"]].match(item["text"])
        if match.question_id == item["expect"]:
            right += 1
        else:
            misses.append((item["text"], item["expect"], match))
    accuracy = right / len(items)
    print(f"\nmatcher top-1 accuracy: {accuracy:.3f} ({right}/{len(items)})")
    for text, expect, match in misses:
        print(f"  miss: {text!r} expected {expect}, got {match}")
    assert accuracy >= ACCURACY_TARGET


def test_no_confident_wrong_answer(labelled: list[dict], matchers: dict[str, Matcher]) -> None:
    wrong = []
    for item in labelled:
        match = matchers[item["field"]].match(item["text"])
        if match.confident and match.question_id != item["expect"]:
            wrong.append((item["text"], item["expect"], match))
    assert wrong == []


def test_off_topic_lines_ask_to_rephrase(
    labelled: list[dict], matchers: dict[str, Matcher]
) -> None:
    for item in labelled:
        if item["expect"] is None:
            match = matchers[item["field"]].match(item["text"])
            assert not match.confident
            assert match.question_id is None
            assert match.score < CONFIDENCE_THRESHOLD


# --------------------------------------------------------------------------- matcher API


def test_every_bank_question_matches_itself(banks: dict[str, Bank]) -> None:
    for bank in banks.values():
        matcher = Matcher.for_bank(bank)
        for question in bank.questions:
            for text in (question.text, *question.phrasings):
                assert matcher.match(text).question_id == question.id, (bank.field, text)


def test_match_shape_when_confident(matchers: dict[str, Matcher]) -> None:
    match = matchers["software_engineering"].match("so what's a normal day like for u")
    assert isinstance(match, Match)
    assert match.confident and match.question_id == "typical-day"
    assert match.score >= CONFIDENCE_THRESHOLD
    assert match.runner_up not in (None, "typical-day")
    assert dataclasses.asdict(match)["question_id"] == "typical-day"


def test_unsure_match_offers_closest_topic_instead_of_answering(
    matchers: dict[str, Matcher],
) -> None:
    # Roughly about one question, or about two equally: too unsure to answer.
    text, guess = near_miss(matchers["general"])
    match = matchers["general"].match(text)
    assert not match.confident and match.question_id is None and match.runner_up == guess


def test_nothing_to_match() -> None:
    matcher = Matcher([])
    assert matcher.match("what is a typical day like") == Match(None, 0.0, False, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what does a typcial day look like", "typical-day"),  # swapped letters
        ("whats the hardest part of you're job", "toughest-part"),
        ("WHO ELSE SHOULD I TALK TO???", "who-else"),
        ("Um, so, I was wondering, what do you enjoy most about the work?", "like-most"),
        ("any tips for a newbie tryin to break in?", "advice-for-newcomer"),
        ("r u happy there?", "do-you-like-job"),
    ],
)
def test_robust_to_typing(matchers: dict[str, Matcher], text: str, expected: str) -> None:
    assert matchers["general"].match(text).question_id == expected


# The kinds of wording a matcher tuned on one set of lines gets wrong: idioms for liking
# and disliking, informal nouns for the working day, people in the role, progression in
# role names, difficulty vs current problems, generic words ("team", "group", "senior").
@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("general", "what gets on your nerves at work?", "like-least"),
        ("marketing", "what drives you up the wall in this job", "like-least"),
        ("finance", "which parts of the job bore you", "like-least"),
        ("general", "what's the worst part of managing a team", "like-least"),
        ("healthcare", "what keeps you going on the hard days?", "like-most"),
        ("education", "what's the best bit of teaching for you", "like-most"),
        ("ux_design", "what gets you excited about design work", "like-most"),
        ("healthcare", "what does a normal shift look like?", "typical-day"),
        ("finance", "what does your week usually look like", "typical-day"),
        ("data_analytics", "how do you spend a typical workday", "typical-day"),
        ("general", "what do people who do well in your job have in common?", "qualities-valued"),
        ("education", "what sort of teachers tend to thrive in your school", "qualities-valued"),
        ("marketing", "what does your team look for in a senior hire", "qualities-valued"),
        (
            "software_engineering",
            "how do juniors become leads where you work?",
            "keys-to-advancement",
        ),
        ("marketing", "how would i go from coordinator to manager one day", "keys-to-advancement"),
        ("finance", "how do analysts get promoted to team lead", "keys-to-advancement"),
        ("general", "what do you personally struggle with most in the role", "toughest-part"),
        ("ux_design", "what's the hardest bit of being a lead designer", "toughest-part"),
        (
            "software_engineering",
            "what problems is your group trying to crack this quarter",
            "problems-to-solve",
        ),
        (
            "software_engineering",
            "which of your skills get a workout in a normal week",
            "skills-used-most",
        ),
        (
            "nonprofit_public",
            "which conferences or networks are worth joining",
            "associations-events",
        ),
        (
            "product_management",
            "what podcasts or books would you point me to",
            "learning-resources",
        ),
        ("data_analytics", "how will the field look in ten years", "industry-changes"),
        ("healthcare", "is automation going to replace nurses", "ai-and-tools"),
        ("software_engineering", "who else on the team would be good to chat to", "who-else"),
        # their own move, whatever the fields either side of it are called
        ("ux_design", "how did u make the switch from visual to product design?",
         "how-got-started"),
        ("finance", "how did you move over from audit to FP&A?", "how-got-started"),
        # a bootcamp is a route into the field, not one of the courses to learn from
        ("ux_design", "do you think I'd need a bootcamp or could I teach myself?",
         "ux-bootcamp-or-degree"),
        # whether anyone is hiring: the market, not a job ask of the contact's own team
        ("data_analytics", "are companies still hiring analysts at the moment?",
         "job-prospects"),
        ("data_analytics", "is anybody recruiting juniors these days", "job-prospects"),
        ("marketing", "are agencies recruiting much these days?", "job-prospects"),
        ("data_analytics", "are you hiring juniors at the moment?", "are-you-hiring"),
        # what someone makes is their pay; what a company makes is what it does
        ("software_engineering", "what does a junior dev make at your company?",
         "developer-pay"),
        ("marketing", "what does a brand manager make at a big agency", "marketing-pay"),
        ("software_engineering", "what a new grad typically earns there", "developer-pay"),
        ("software_engineering", "what does your company make?", "what-does-company-do"),
        # British casual: "loads of", "proper" say how much and how real, no topic
        ("software_engineering", "whats ur day actually like lol, loads of meetings or proper "
         "coding?", "typical-day"),
        # "which X or Y": either head will do
        ("healthcare", "which tools or systems do you use every day?", "skills-used-most"),
        ("data_analytics", "what tools or software do you use day to day", "skills-used-most"),
        # a newcomer's start counted in days or weeks
        ("data_analytics", "what did your new hires work on in their first 90 days?",
         "first-months"),
        ("software_engineering", "what would my first six weeks look like on your team",
         "first-months"),
        # phone spelling: numbers for syllables, dropped vowels, "co" for company
        ("product_management", "is there any1 else u think i shud talk to?", "who-else"),
        ("product_management", "shud i try to move to pm inside my current co or jump to "
         "another co?", "internal-move"),
        ("data_analytics", "wud it be easier to switch inside my own company?",
         "internal-move"),
        # their age, however said: starting over at 40, beside 22-year-olds
        ("marketing", "ngl im kinda worried about starting over at 40. am i gonna be competing "
         "w 22 yr olds for entry level jobs?", "too-old-to-switch"),
        ("software_engineering", "would I be competing with 22 year olds for junior roles?",
         "too-old-to-code"),
        # what a junior makes "where you are" is pay; a research case study is a case study
        ("software_engineering", "what do junior devs make where u are? like ballpark",
         "developer-pay"),
        ("ux_design", "what would make my research case study stand out to you?",
         "case-studies"),
        # a review's second round: each rule narrowed, its first sense kept
        ("education", "how did you come into teaching?", "how-got-started"),
        ("data_analytics", "is it easier to move into data at my company or apply somewhere "
         "else?", "internal-move"),
        ("finance", "which industries are declining right now?", "industry-changes"),
        ("software_engineering", "what's the ballpark for a junior?", "developer-pay"),
        ("software_engineering", "do career changers usually take a cut?", "developer-pay"),
        # "paid social" names no pay: a pay question about it is a pay question
        ("marketing", "whats starting pay like for a paid social coordinator in LA?",
         "marketing-pay"),
        # which tool to learn first: its own question in data analytics
        ("data_analytics", "I have three months of evenings. Would you put that time into "
         "Python or into getting better at Power BI?", "tools-learn-first"),
        # the user's own background, in words no bank uses ("pharmacy")
        ("software_engineering", "do u think my 5 yrs in pharmacy count for anything??",
         "assess-my-background"),
        # a cut is to their pay
        ("nonprofit_public", "If I moved to a state agency would I be looking at a big cut?",
         "sector-pay"),
        ("software_engineering", "would i have to take a big cut as a junior?", "developer-pay"),
        # the contact's story: the jump or leap they made
        ("healthcare", "how did you make the leap from the ward into management?",
         "how-got-started"),
        # which parts are rising or falling: the field's trends, not its specialisms
        ("marketing", "is email marketing dying out?", "industry-changes"),
        # moving across to another side of the business is a switch into it
        ("marketing", "How would I move across to the marketing side?", "switch-into-marketing"),
        # "a good skill to learn" recommends a skill, not a place to learn it
        ("nonprofit_public", "is grant writing a good skill to learn for nonprofits",
         "grant-writing"),
        # the first years of teaching, and whether they get easier
        ("education", "does it get easier after the first year of teaching?", "first-years"),
        ("education", "How did you get through your first year as a teacher?", "first-years"),
        ("education", "second year teaching and I'm already thinking of quitting. does it ever "
         "get easier?", "first-years"),
        ("healthcare", "does it get any easier after your first year on the ward?",
         "newly-qualified-year"),
        # which of the user's experience carries over, not an internal transfer
        ("nonprofit_public", "What bits of teaching actually count for something in policy, do "
         "you think?", "assess-my-background"),
        ("product_management", "which skills transfer to product from engineering?",
         "assess-my-background"),
        ("software_engineering", "can i transfer to the dev team internally?", "internal-move"),
        # experiments a PM's team runs are A/B tests, not trying the work out
        ("product_management", "How much do PMs at your company actually run experiments?",
         "product-experiments"),
        # what to build is prioritising, not the decisions their role has
        ("product_management", "How do you decide what to build next when everyone wants "
         "something different?", "prioritising-features"),
    ],
)
def test_generalises_to_new_wording(
    matchers: dict[str, Matcher], field: str, text: str, expected: str
) -> None:
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


@pytest.mark.parametrize(
    "text",
    [
        "what's your favourite band",
        "did you see the match last night?",
        "what do you do for fun?",
        "how was your weekend?",
        "nice shirt btw",  # not "nice shift": a changed letter in a short word is no typo
        "what's the best pizza near your office",
    ],
)
def test_small_talk_is_not_answered(matchers: dict[str, Matcher], text: str) -> None:
    assert not matchers["healthcare"].match(text).confident


def test_generic_words_alone_do_not_decide(matchers: dict[str, Matcher]) -> None:
    for text in ("what about your team?", "and the senior people?", "what about the group"):
        assert not matchers["software_engineering"].match(text).confident, text


def test_concept_map_is_consistent() -> None:
    seen: dict[str, str] = {}
    for concept, variants in LEXICON.concepts.items():
        for variant in variants:
            assert variant == variant.strip().lower() and variant, (concept, variant)
            assert seen.setdefault(variant, concept) == concept, (variant, concept)
    # Words dropped as neutral must not be words of a concept or generic words.
    assert not LEXICON.stopwords & set(LEXICON.synonyms)
    assert not LEXICON.stopwords & LEXICON.generic


def test_field_words_do_not_decide_the_match(matchers: dict[str, Matcher]) -> None:
    # "teacher" appears in the school's head-count question; it must not win here.
    assert matchers["education"].match("how did u become a teacher").question_id == (
        "how-got-started"
    )


def test_normalise_expands_and_drops_filler() -> None:
    assert normalise("So, can you tell me what's ur typical day?") == "what is your typical day"
    assert normalise("I was wondering, how'd you get started?") == "how did you get started"
    assert normalise("Well... what do people who do well share?") == (
        "what do people who do well share"
    )
    assert normalise("I manage 2 HR assistants") == "i manage 2 hr assistants"
    assert normalise("tbh is a 50hr week normal, or 8 hrs") == (
        "is a 50 hours week normal or 8 hours"
    )


HOLDOUT = ROOT / "tests" / "fixtures" / "paraphrases_holdout.yaml"


def test_accuracy_on_a_held_out_set_never_used_for_tuning(matchers: dict[str, Matcher]) -> None:
    """The honest number: lines by another author, kept away from whoever tuned the matcher.

    Confident wrong answers on this set are reported, not asserted away: on 2026-11-21 two of
    42 were answered as a neighbouring question (struggles → hardest part; first months →
    assessing my background). The accuracy target holds.
    """
    items = _load(HOLDOUT)
    results = [(i, matchers[i["field"]].match(i["text"])) for i in items]
    right = sum(m.question_id == i["expect"] for i, m in results)
    wrong = [(i["text"], m.question_id) for i, m in results
             if m.confident and m.question_id != i["expect"]]
    print(f"\nheld-out top-1 accuracy: {right / len(items):.3f} ({right}/{len(items)}); "
          f"confident wrong: {len(wrong)} {wrong}")
    assert len(items) >= 40
    assert right / len(items) >= ACCURACY_TARGET


# --------------------------------------------------------------------------- lexicon


def _lexicon_file(tmp_path: Path, **sections: object) -> Path:
    """A copy of the real lexicon with ``sections`` replaced (None: left out)."""
    data = yaml.safe_load(lexicon.PATH.read_text(encoding="utf-8"))
    data.update(sections)
    path = tmp_path / "lexicon.yaml"
    path.write_text(yaml.safe_dump({k: v for k, v in data.items() if v is not None}))
    return path


def test_lexicon_is_frozen() -> None:
    with pytest.raises(AttributeError):
        LEXICON.stopwords = frozenset()  # type: ignore[misc]
    with pytest.raises(TypeError):
        LEXICON.synonyms["hate"] = "enjoy"  # type: ignore[index]
    assert isinstance(LEXICON.stopwords, frozenset)
    assert all(isinstance(v, tuple) for v in LEXICON.concepts.values())


def test_an_unquoted_yaml_boolean_is_named(tmp_path: Path) -> None:
    text = lexicon.PATH.read_text(encoding="utf-8")
    assert text.count('not, "no", "yes"') == 1
    path = tmp_path / "lexicon.yaml"
    path.write_text(text.replace('not, "no", "yes"', 'not, no, "yes"'), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"stopwords: item \d+ is False.*quote"):
        lexicon.load(path)


@pytest.mark.parametrize(
    ("sections", "message"),
    [
        ({"role_words": None}, r"missing sections \['role_words'\]"),
        ({"stopwords": ["a", 3]}, r"stopwords: item 2 is 3"),
        ({"concepts": ["origin"]}, "concepts: expected a mapping, got list"),
        ({"concepts": {"origin": "you get into"}}, "concepts.origin: expected a list"),
        ({"shorthand": {"u": ["you"]}}, "shorthand: 'u' maps to"),
        ({"suffixes": [["'re"]]}, "suffixes: item 1 .* not an \\[ending, expansion\\] pair"),
        ({"patterns": [{"concept": "x"}]}, "patterns: item 1 must have exactly"),
        ({"patterns": [{"concept": "x", "pattern": "("}]}, r"item 1 \(x\) is not a valid regex"),
    ],
)
def test_lexicon_shape_errors_name_the_section(
    tmp_path: Path, sections: dict[str, object], message: str
) -> None:
    with pytest.raises(LexiconError, match=message):
        lexicon.load(_lexicon_file(tmp_path, **sections))


def test_lexicon_patterns_fill_in_senior_titles() -> None:
    promotion = [p for p, concept in LEXICON.patterns if concept == "promot"]
    assert promotion and all("{senior}" not in p.pattern for p in promotion)
    assert any(p.search("from junior to senior developer") for p in promotion)


def test_a_which_question_is_matched_on_what_it_asks_about(
        matchers: dict[str, Matcher]) -> None:
    """"Which supply chain SOFTWARE": the thing asked about, not the field it sits in, must
    be in the question answered; with nothing fitting there is no guess to offer either."""
    match = matchers["general"].match("which warehouse software does your company use")
    assert not match.confident and match.runner_up is None and match.alternative is None
    assert matchers["general"].match("what supply chain jobs are there for graduates"
                                     ).question_id == "supply-chain"


@pytest.mark.parametrize(("field", "text"), [
    ("finance", "What kind of role could I realistically land?"),
    ("marketing", "what sort of job could i land with a comms degree"),
])
def test_a_question_of_kind_is_not_answered_with_one_of_amount(
        matchers: dict[str, Matcher], field: str, text: str) -> None:
    """"What kind of role could I land?" shares "land" with "how long before you landed a
    job?", which tells how long, not what kind."""
    assert matchers[field].match(text).question_id != "job-search-length"
    assert matchers[field].match("how long before u landed ur first role?"
                                 ).question_id == "job-search-length"


def test_no_guess_when_every_guess_rests_on_one_field_word(
        matchers: dict[str, Matcher]) -> None:
    match = matchers["healthcare"].match("how do bank nurses compare with agency nurses")
    assert match == Match(None, match.score, False, None)


@pytest.mark.parametrize(
    "name", ["conversation_dev", "conversation_fresh", "conversation_blind", "conversation_blind2",
             "conversation_fresh2", "conversation_fresh3"]
)
def test_labelled_sets_name_questions_their_banks_have(banks: dict[str, Bank], name: str) -> None:
    """A renamed or deleted bank question would silently turn a labelled line off-bank; the
    set's figures would then measure something else. (Only ids are checked, no line shown.)"""
    items = yaml.safe_load((ROOT / "tests" / "fixtures" / f"{name}.yaml").read_text())["items"]
    assert len(items) >= 200
    unknown = 0
    for item in items:
        bank = banks[item["field"]]
        ids = [item.get("expect"), *item.get("accept", ())]
        unknown += sum(1 for qid in ids if qid and bank.question(qid) is None)
        assert item.get("expect") or item.get("kind") in ("off_bank", "move")
    # conversation_dev labels some lines with a question only other fields have
    if name != "conversation_dev":
        assert unknown == 0


def _question(qid: str, text: str, phrasings: list[str], keywords: list[str]) -> Question:
    return Question(id=qid, text=text, category="insights", phrasings=tuple(phrasings),
                    keywords=tuple(keywords),
                    answers=(PersonaAnswer(persona="p", variants=("An answer.",)),))


_MADE_UP = [
    _question("volunteering", "Does volunteering strengthen an application?",
              ["Do universities look for care experience when you apply",
               "Will volunteering make my application stronger"], ["volunteering"]),
    _question("like-job", "Do you enjoy your job?",
              ["Do you love your job", "Are you happy in this work"], ["enjoy", "happy"]),
    _question("coding", "Do designers need to know how to code?",
              ["Is it worth learning to code", "Should designers write code"], ["code", "coding"]),
    _question("tools", "Which design tools do you use?",
              ["Do I need to know Figma", "Which software do designers use"], ["figma", "tools"]),
    _question("paths", "How does a designer move into management?",
              ["How do designers become managers", "Is management the only way up"],
              ["management", "manager"]),
]


def test_a_question_word_inside_a_bank_sentence_asks_nothing() -> None:
    """ "... care experience WHEN you apply" is not a question about dates: "when do the
    applications close?" must not be answered with it."""
    match = Matcher(_MADE_UP).match("when do university applications close?")
    assert not match.confident and match.question_id is None


def test_a_bank_sentence_that_says_love_your_job_is_not_small_talk() -> None:
    """Small talk's phrases ("love your ...") are stripped from the bank's own sentences, or
    any small talk would match the question that happens to use one."""
    matcher = Matcher(_MADE_UP)
    for text in ("what did you have for lunch today", "I love your background"):
        assert not matcher.match(text).confident, text
    assert matcher.match("do you love your job?").question_id == "like-job"


def test_a_comparison_across_two_questions_asks_which() -> None:
    match = Matcher(_MADE_UP).match("How important is Figma vs knowing how to code?")
    assert match.question_id is None and {match.runner_up, match.alternative} == {
        "coding", "tools"}


@pytest.mark.parametrize(("word", "base"), [
    ("coding", "code"), ("coded", "code"), ("making", "make"), ("hiring", "hire"),
    ("voting", "vote"), ("sending", "send"), ("meeting", "meet"), ("reading", "read"),
    ("editing", "edit"), ("opened", "open"),
])
def test_a_short_stem_gets_back_the_e_it_lost(word: str, base: str) -> None:
    from bot.features.practice.terms import stem

    assert stem(word) == stem(base)


def test_grading_is_marking_not_a_new_graduate() -> None:
    from bot.features.practice.terms import stem

    assert stem("grading") == stem("grade") == "grade" != stem("grad")


@pytest.mark.parametrize(("text", "expected"), [
    ("Would a company actually hire someone like me?", "gap"),
    ("is it too late for me to move into corporate finance", "gap"),
    ("am i wasting my time applying for junior roles", "gap"),
    ("Does that rule me out of FP&A?", "gap"),
    ("would not having a degree count against me", "gap"),
    ("Would a charity take me seriously?", "gap"),
    ("do you think I'd make a decent teacher?", "gap"),
    ("Is that going to be enough to get hired?", "gap"),
    ("how would I come across to a hiring manager", "gap"),
    ("how big a jump is it to PM", "gap"),
    ("How do I explain a two-year gap on my CV?", "cvgap"),
    ("is a 6 month gap a red flag", "cvgap"),
    ("how bad does a career break look", "cvgap"),
    ("what would you suggest for someone like me?", "advice"),
    ("what's my best next move", "advice"),
    ("did you meet many people switching at my age", "gap"),
    ("does a teaching background help at all", "gap"),
    ("will i always be seen as the support person", "gap"),
    ("Would I be taken seriously for a performance marketing role", "gap"),
    ("How would hiring managers in corporate finance see that", "gap"),
])
def test_the_users_own_prospects_are_read_as_such(text: str, expected: str) -> None:
    """However it is asked, a question about the user's own chances carries the concept its
    questions share; a gap in a CV is time out of work, not a gap in skills."""
    assert expected in normalise_terms(text), normalise_terms(text)


@pytest.mark.parametrize(("text", "read_as", "not_read_as"), [
    ("which of my gaps matters most", "gap", "cvgap"),  # skills, not time out of work
    ("do you ever stay too late at night", None, "gap"),  # hours, not age
    ("is the pay enough to live on", None, "gap"),
    ("how do you see that changing over the next few years", None, "gap"),
    ("should i get qualified as an accountant", None, "gap"),  # a credential
    ("I have seen as many as 40 patients a day", None, "gap"),  # not "be seen as"
])
def test_prospects_patterns_stay_in_their_lane(text: str, read_as: str | None,
                                               not_read_as: str) -> None:
    terms = normalise_terms(text)
    assert not_read_as not in terms and (read_as is None or read_as in terms), terms


def test_paid_experience_is_a_job_not_its_pay() -> None:
    assert normalise_terms("do they only care about paid experience") == ["care", "experienc"]


def normalise_terms(text: str) -> list[str]:
    return terms_of(normalise(text))


@pytest.mark.parametrize(("field", "text", "fair"), [
    # "suggest" is not "would you recommend your job"
    ("healthcare", "What would you suggest for someone like me?",
     {"advice-for-newcomer", "assess-my-background"}),
    ("nonprofit_public", "Would a charity take me seriously?", {"assess-my-background"}),
    ("education", "do you think I'd make a decent teacher?", {"assess-my-background"}),
    # a bank with a question about starting later keeps it
    ("software_engineering", "Is it too late for me to get into software engineering at 41?",
     {"too-old-to-code"}),
    ("general", "How would I explain that gap?", {"career-gap"}),
    # the field of a background is kept, so a bank's own question about it wins
    ("ux_design", "would a psychology background help me in ux research",
     {"psychology-background"}),
    ("ux_design", "does a teaching background help at all if you want to go into ux",
     {"assess-my-background"}),
    ("finance", "and the bit u'd get rid of if u could?", {"like-least"}),
    ("finance", "Can I ask how you personally made the jump from audit into planning?",
     {"how-got-started"}),
    # what they look for, however the hiring is put; and how a hire is made
    ("ux_design", "what do you look for when hiring juniors?", {"qualities-valued"}),
    ("healthcare", "what do you look for when you're recruiting new nurses",
     {"qualities-valued"}),
    # hours of one part of the day are the day's shape; hours worked are the balance
    ("software_engineering", "how many hrs do u actually code per day lol", {"typical-day"}),
    ("healthcare", "how many hours do you actually spend with patients", {"typical-day"}),
    ("software_engineering", "how many hours do you work", {"work-life-balance"}),
    ("finance", "how many hours a week do you do?", {"work-life-balance"}),
    ("software_engineering", "how many hours do you spend working each week",
     {"work-life-balance"}),
    ("healthcare", "how many hours do you do on a typical shift", {"work-life-balance"}),
    # how their time splits between two things, as the bot's own tip words it too
    ("finance", "So how much of your time is building the models versus presenting them to "
     "people?", {"typical-day"}),
    ("finance", "what share of your week is building spreadsheets vs presenting?",
     {"typical-day"}),
    ("finance", "How much of your time is spent building versus presenting to people?",
     {"typical-day"}),
    # "with no experience" is someone starting out, not a route from one background
    ("ux_design", "how do i get a ux job with no experience", {"advice-for-newcomer"}),
    # what someone of the contact's own kind does is their day; a specialism is its own
    ("data_analytics", "What does a data analyst actually do day to day?", {"typical-day"}),
    ("product_management", "What does a product manager actually do?", {"typical-day"}),
    # a role that is also a topic word ("administrator") had been passed over as off-topic
    ("healthcare", "What does a practice administrator actually do day to day?",
     {"typical-day"}),
    ("marketing", "what does a performance marketer do all day", {"performance-marketing"}),
    # what the split names is not what is asked, even a tool against an activity
    ("data_analytics", "How much of your week is SQL versus stakeholders?", {"typical-day"}),
    ("education", "how much of ur day is teaching vs admin", {"typical-day"}),
    ("data_analytics", "roughly what percentage of ur week is meetings vs heads-down analysis",
     {"typical-day"}),
    # why they chose is still their story, not what makes them pick a candidate
    ("software_engineering", "what made you choose people management over staying technical?",
     {"management-vs-ic"}),
    ("software_engineering", "how many hours a week do you study", {"study-hours"}),
    # who is on their team, whatever specialism is named; "i meant like," only leads in
    ("marketing", "do you have an in-house design team", {"team-size"}),
    ("ux_design", "hm ok but i meant like, is there a researcher on ur team or do the designers "
     "do it all?", {"research-vs-design", "team-size"}),
    # "a way into nursing" is the user's route in; "your way into" is the contact's story
    ("healthcare", "is there any way into nursing without doing the full 3 yr degree?",
     {"nursing-routes"}),
    ("healthcare", "what was your way into nursing", {"how-got-started"}),
    # "admin" and "administration" are one idea
    ("healthcare", "how do people get into healthcare admin", {"healthcare-admin"}),
    # the level a career changer comes in at
    ("nonprofit_public", "would I have to start at the bottom even with 15 years running a store",
     {"starting-level"}),
    ("healthcare", "could I come in at my level or would I need to start as a junior",
     {"starting-level"}),
    # statistics asked about as a skill is the statistics question, not which role is which
    ("data_analytics", "How important is statistics for a data analyst role?",
     {"statistics-needed"}),
    ("data_analytics", "do i need stats for this", {"statistics-needed"}),
    # what big companies look for is what employers want, not big company or startup
    ("software_engineering", "what do bigger companies actually look for in a junior",
     {"qualities-valued", "application-stand-out"}),
    # a PO is a product owner, not the Filipino "po" of respect left out as filler
    ("product_management", "What is the difference between PO and PM?",
     {"product-owner-vs-manager"}),
    ("product_management", "whats the difference between a po and a pm",
     {"product-owner-vs-manager"}),
    # "if you was me": advice, in a second language's grammar (had got the first months)
    ("ux_design", "if you was me, what you will do first?", {"advice-for-newcomer"}),
    # how important a skill is: which skills matter
    ("product_management", "how important are communication skills for a PM",
     {"skills-used-most"}),
    # whether what the user did before counts, however it is put
    ("product_management", "tbh my big worry is whether my law experience even counts for "
     "anything in product, or do hiring managers see paralegal and just skip?",
     {"assess-my-background"}),
    ("data_analytics", "Do you think my pharma GMP background is an advantage for some "
     "analytics teams?", {"assess-my-background"}),
    ("nonprofit_public", "Does my logistics backround actualy count for anything in your "
     "world?", {"assess-my-background"}),
    # a student's grades and campus fairs have questions of their own
    ("software_engineering", "bet. also does gpa matter?? mine is like a 3.2 rn bc i kinda "
     "fumbled calc 2 lol", {"grades-gpa"}),
    ("software_engineering", "theres a career fair in 2 weeks, is it even worth going as a "
     "sophomore or is it a waste of time no cap", {"career-fairs"}),
    # "lern", too short for the one-slip typo check
    ("marketing", "If you had to pick one skill for me to lern first what would it be?",
     {"skills-in-demand"}),
    # specialising or staying broad is the specialisms question, even with one named
    ("software_engineering", "Is it better to specialise early like frontend or stay "
     "generalist?", {"specialisms"}),
    ("software_engineering", "should I specialize or be more of a generalist",
     {"specialisms"}),
    # however the level is put: the same level, lower, lateral, a step back in title
    ("product_management", "Would I come in at the same level or would I need to start lower "
     "as an APM?", {"starting-level"}),
    ("software_engineering", "could i go lateral into a senior role or is it a step back in "
     "title", {"starting-level"}),
    ("general", "would I keep my title or come in at a lower level?", {"starting-level"}),
    # hiring said first, what they look for after it
    ("nonprofit_public", "when u hire for ur hubs, what do u actually look for in ppl",
     {"qualities-valued"}),
    ("healthcare", "when you're hiring, what do you look for", {"qualities-valued"}),
    # what makes them pick someone is not why they picked their own career
    ("healthcare", "what would make you pick someone like me over another candidate",
     {"qualities-valued", "application-stand-out", "assess-my-background"}),
    ("healthcare", "what gets someone hired at your practice",
     {"qualities-valued", "application-stand-out"}),
    ("data_analytics", "when ur hiring what makes u say yes to someone",
     {"qualities-valued", "application-stand-out"}),
    ("healthcare", "when u hire a new nurse whats the thing that makes u go yes this person?",
     {"qualities-valued"}),
    ("finance", "how does hiring work on your team?", {"hiring-process"}),
    ("marketing", "what's the hiring process like at yours?", {"hiring-process"}),
    ("education", "when you last hired a teacher, how long did the process take?",
     {"hiring-process"}),
    ("healthcare", "how do u hire practice nurses, is it through nhs jobs or agencies?",
     {"hiring-process"}),
    ("software_engineering", "how do you hire junior developers?", {"interview-process"}),
    ("software_engineering", "what's the hiring process like at your company?",
     {"interview-process"}),
    # planning ahead is not hindsight
    ("ux_design", "If you were me, what would you do over the next six months?",
     {"advice-for-newcomer"}),
    # and every bank now has the core question about age
    ("general", "is it too late to change careers at 35", {"too-old-to-switch"}),
    ("finance", "would a finance team actually take on a 45 yr old career changer as a junior "
     "analyst?", {"too-old-to-switch"}),
    ("data_analytics", "is 45 too old to switch or am i kidding myself?", {"too-old-to-switch"}),
    ("general", "how bad does a career break look to employers", {"career-gap"}),
])
def test_questions_about_the_users_prospects_get_a_fair_answer(
    matchers: dict[str, Matcher], field: str, text: str, fair: set[str]
) -> None:
    match = matchers[field].match(text)
    assert match.confident and match.question_id in fair, match


def test_a_question_fitting_one_side_of_an_either_or_fits(matchers: dict[str, Matcher]) -> None:
    """The MSc question answers "an MSc, or would a Tableau portfolio get me further?",
    though it never names Tableau: each side's topics and tools are checked on their own."""
    match = matchers["data_analytics"].match(
        "Is it worth me doing a part-time MSc in Data Science, or would a strong Tableau "
        "portfolio get me further?")
    assert match.confident and match.question_id == "masters-data", match


@pytest.mark.parametrize("text", [
    "what do you look for in a CV?",
    "do you actually read cover letters",
    "What makes an application stand out to you?",
])
def test_every_field_answers_what_makes_an_application_stand_out(
        matchers: dict[str, Matcher], text: str) -> None:
    """The job-ask tip says "ask what makes candidates stand out instead", and that question
    got "I don't screen applications myself" from contacts who had just described reading
    every application."""
    for field, matcher in matchers.items():
        match = matcher.match(text)
        assert match.confident and match.question_id == "application-stand-out", (field, match)


def test_the_best_way_to_do_something_fits_a_question_that_says_how() -> None:
    """"What's the best way to put together a grant bid?" asks for a method: a question
    worded "how do I write a good grant application" gives one, so it answers. It had been
    passed over as a method no question gives."""
    bank = load_banks(ROOT / "bot" / "question_banks")["nonprofit_public"]
    match = Matcher.for_bank(bank).match("what's the best way to put together a grant bid?")
    assert match.confident and match.question_id == "grant-writing", match


@pytest.mark.parametrize(("text", "expected"), [
    ("what does entry level pay look like for a social media coordinator?", "marketing-pay"),
    ("how much do junior content people get paid", "marketing-pay"),
    ("how do people get into paid social?", "performance-marketing"),
])
def test_paid_media_is_advertising_not_pay(
        matchers: dict[str, Matcher], text: str, expected: str) -> None:
    """"What does entry level pay look like" got the paid-media answer: "paid" was read as
    pay, so the question about buying ads looked like the pay question's best fit."""
    match = matchers["marketing"].match(text)
    assert match.confident and match.question_id == expected, match


@pytest.mark.parametrize("text", [
    "what testing frameworks does your team use?",
    "do you guys write unit tests, what with?",
    "how do u test stuff before it goes live",
])
def test_software_has_a_question_on_testing(matchers: dict[str, Matcher], text: str) -> None:
    """"What testing frameworks does your team use?" got an offer to "pick a case" from a
    backend engineer: the software bank had no question on how code is tested."""
    match = matchers["software_engineering"].match(text)
    assert match.confident and match.question_id == "testing", match


@pytest.mark.parametrize("text", [
    "Could you kindly tell me how you yourself got into product management?",
    "how did you personally become a PM?",
    "What was ur background before product, were u in logistics or engg side?",
])
def test_the_contacts_own_story_asked_with_emphasis(matchers: dict[str, Matcher], text: str
                                                   ) -> None:
    """A PM told "that's outside what I see day to day" when asked how he personally became a
    PM: "personally" split "you became", and "your background" was read as small talk about
    a video call's background."""
    match = matchers["product_management"].match(text)
    assert match.confident and match.question_id == "how-got-started", match
    assert matchers["product_management"].match("i love your background, is that a real "
                                                 "bookshelf?").question_id is None


@pytest.mark.parametrize(("field", "text"), [
    ("product_management", "how long does it take to switch into product?"),
    ("product_management", "Realistically, how long does the switch take for a career "
                           "changer? Like 6 months or 1-2 years?"),
    ("ux_design", "how many years it take u to feel confident in figma and user reserch?"),
])
def test_how_long_it_takes_is_not_met_by_an_answer_that_never_says(
        matchers: dict[str, Matcher], field: str, text: str) -> None:
    """"How long does the switch take?" got the story of how the contact switched, and "how
    long does it take to switch into product?" (the switch question giving no time) the
    graduate-scheme answer: an honest reply is better than an answer with no span of time."""
    assert matchers[field].match(text).question_id is None


@pytest.mark.parametrize(("field", "text", "answered"), [
    # the answers say "twice a month", how often, never how long a test takes
    ("ux_design", "how long does a usability test take to run?", None),
    ("product_management", "how long does it take to get hired after an APM programme?", None),
    ("software_engineering", "how many weeks does your sprint take?", "team-process"),  # two-week
])
def test_how_often_is_no_how_long(matchers: dict[str, Matcher], field: str, text: str,
                                  answered: str | None) -> None:
    """ "A week", "a day" and "twice a month" in an answer counted as how long something
    lasts, so "how long does a usability test take?" got an answer that never says."""
    match = matchers[field].match(text)
    assert (match.question_id if match.confident else None) == answered, match


@pytest.mark.parametrize("text", ["how long did it take you to get promoted from associate to "
                                  "analyst?", "how long does it usually take to make senior "
                                  "analyst?"])
def test_how_long_promotion_takes_is_answered_with_a_span(
        banks: dict[str, Bank], matchers: dict[str, Matcher], text: str) -> None:
    """The promotion answers named the ladder and never a time, so "how long did it take you
    to get promoted" was told no time at all."""
    match = matchers["finance"].match(text)
    assert match.confident and match.question_id == "keys-to-advancement", match
    for answer in banks["finance"].question("keys-to-advancement").answers:
        assert re.search(r"\b(?:years?|months?)\b", " ".join(answer.variants)), answer


@pytest.mark.parametrize("text", [
    "r there diff types of PM roles - like technical PM, growth PM, platform PM?",
    "what does a platform PM actually do",
])
def test_product_has_a_question_on_its_kinds_of_role(matchers: dict[str, Matcher], text: str
                                                     ) -> None:
    """"r there diff types of PM roles - like technical PM, growth PM, platform PM?" got the
    answer on project versus product managers: the bank had no question on its specialisms."""
    match = matchers["product_management"].match(text)
    assert match.confident and match.question_id == "pm-specialisms", match
    assert matchers["product_management"].match("What does a PM actually do all day?"
                                                 ).question_id == "typical-day"


def test_the_other_way_round_is_no_interview_round(matchers: dict[str, Matcher]) -> None:
    """"Do people move from banking into FP&A, or the other way round more often?" got the
    hiring process ("For my last analyst hire …"): "round" was read as an interview round."""
    match = matchers["finance"].match("Do people move from banking into FP&A, or the other way "
                                      "round more often?")
    assert match.question_id not in ("hiring-process", "skills-used-most"), match
    assert matchers["finance"].match("how many rounds of interviews are there?").question_id \
        == "hiring-process"


@pytest.mark.parametrize("text", [
    "what got you into equity research?",
    "so what made you pick equity research in the first place",
    "how did u end up in private equity",
])
def test_equity_of_a_field_name_is_no_pay_topic(matchers: dict[str, Matcher], text: str) -> None:
    """"What got you into equity research?" got the exit-routes answer: "equity" was read as
    the pay topic (shares), which the question about how they started never mentions."""
    match = matchers["finance"].match(text)
    assert match.confident and match.question_id == "how-got-started", match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("marketing", "how did you end up working on brand equity?", "how-got-started"),
    ("healthcare", "How did you get into health equity work?", "how-got-started"),
    ("healthcare", "what does your work look like day to day?", "typical-day"),
])
def test_equity_outside_finance_is_no_pay_topic(matchers: dict[str, Matcher], field: str,
                                                text: str, expected: str) -> None:
    """Brand equity and health equity were read as shares: "how did you end up working on
    brand equity?" was left unanswered for want of a pay word."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("general", "I don't know what I want to do, how do I decide?", "choosing-a-new-career"),
    ("general", "which jobs would you point someone to who doesnt know what they want yet",
     "choosing-a-new-career"),
    ("education", "is a masters needed to teach high school or can I start with my license?",
     "teaching-routes"),
    ("education", "do i need a master's to teach?", "teaching-routes"),  # not university
    # which career to pick, not whether they would recommend their own job
    ("general", "what roles would you suggest for me?", "choosing-a-new-career"),
    ("general", "what kind of jobs would u recommend for someone with my background",
     "choosing-a-new-career"),
    ("general", "would you recommend your job?", "do-you-like-job"),
])
def test_not_knowing_what_you_want_is_choosing_a_career(matchers: dict[str, Matcher], field: str,
                                                        text: str, expected: str) -> None:
    """ "I don't know what I want to do, how do I decide?" got the decisions the contact
    makes in their role; "doesn't know what they want" read as knowledge asked for."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


@pytest.mark.parametrize(("field", "text"), [
    ("finance", "what would a new analyst on your team spend their first quarter doing?"),
    ("marketing", "what does someone junior usually own by the end of their first 90 days?"),
])
def test_a_first_quarter_is_the_first_months(matchers: dict[str, Matcher], field: str,
                                             text: str) -> None:
    """ "Their first quarter" was no part of the first months, so the question about what a
    new analyst works on was left unanswered."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == "first-months", match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("product_management", "what's the worst product decision you've been part of?",
     "failed-launch"),
    ("general", "what's the worst career decision you've made?", None),
    ("software_engineering", "what was the worst call you made in your first year?", None),
    ("product_management", "what's the worst part of the job?", "like-least"),
])
def test_a_worst_decision_is_a_failure_not_what_they_like_least(
        matchers: dict[str, Matcher], field: str, text: str, expected: str | None) -> None:
    """ "What's the worst product decision you've been part of?" got what the PM likes least
    about the job: "worst" was read as dislike whatever it was said of."""
    match = matchers[field].match(text)
    assert (match.question_id if match.confident else None) == expected, match


@pytest.mark.parametrize("text", ["what's the typical route from audit into FP&A?",
                                  "whats the usual move from big four audit to fp&a"])
def test_a_typical_route_is_no_typical_day(matchers: dict[str, Matcher], text: str) -> None:
    """ "What's the typical move from audit into FP&A?" got the typical day: "typical" read
    as the day's, whatever it was said of."""
    match = matchers["finance"].match(text)
    assert not (match.confident and match.question_id == "typical-day"), match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("healthcare", "how did u pick ur specialty", "choosing-specialty"),
    ("healthcare", "how many patients do u usually have on a shift", "typical-day"),
    ("healthcare", "how many patients does your practice have?", "how-many-employees"),
    ("finance", "wat certs actually matter for fp&a", "accounting-qualification"),
    ("ux_design", "wat tools does ur team use", "design-tools"),
    ("ux_design", "is ux writing a real career path", "content-design"),
    ("marketing", "how do I find the right people to reach out to?", "reaching-out"),
])
def test_casual_phone_questions_reach_the_fields_own_answer(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    """Typed on a phone, these got the contact's story ("how did u pick ur specialty"), the
    size of the organisation ("how many patients … on a shift"), nothing ("wat certs"), the
    skills answer ("wat tools") or promotion ("a real career path")."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


def test_equity_as_pay_is_still_a_pay_topic(matchers: dict[str, Matcher]) -> None:
    match = matchers["finance"].match("do you get equity as part of your pay?")
    assert match.confident and match.question_id == "pay-ranges", match


@pytest.mark.parametrize("text", [
    "what tools should i learn first like canva, hubspot, ga4? theres so many",
    "Which software does your team use day to day?",
])
def test_marketing_has_a_question_on_its_tools(matchers: dict[str, Matcher], text: str) -> None:
    """"What tools should I learn first, canva, hubspot, ga4?" got "it's beyond my own work"
    from a content and email manager: the marketing bank had no question on tools."""
    match = matchers["marketing"].match(text)
    assert match.confident and match.question_id == "marketing-tools", match


def test_what_the_contact_started_on_is_a_pay_question(matchers: dict[str, Matcher]) -> None:
    """"Roughly what did you start on as a junior, so I can judge the drop?" got "outside what
    I see day to day" from a designer two years into her first design job."""
    match = matchers["ux_design"].match("Roughly what did you start on as a junior, so I can "
                                        "judge the drop?")
    assert match.confident and match.question_id == "design-pay", match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("product_management", "roughly what do associate pms make in london?", "product-pay"),
    ("data_analytics", "what do junior analysts earn in glasgow", "data-pay"),
    ("ux_design", "what do junior designers get paid in manchester roughly", "design-pay"),
    ("nonprofit_public", "what do charity comms officers earn in cardiff", "sector-pay"),
])
def test_a_place_in_a_pay_question_is_where_not_off_topic(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    """ "roughly what do associate pms make in london?" was turned away: a city is a word no
    bank question uses, and it counted as a sign of an off-topic message."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("nonprofit_public", "Roughly what does a communications coordinator earn at an organisation"
     " of your size?", "sector-pay"),
    ("marketing", "what would a content marketer get paid at a company of your size",
     "marketing-pay"),
    ("nonprofit_public", "How many people work at an organisation of your size?",
     "how-many-employees"),
    ("software_engineering", "how many engineers does a company of your size have?",
     "how-many-employees"),
])
def test_of_your_size_qualifies_a_question_without_asking_the_headcount(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    """ "…earn at an organisation of your size?" got "60 staff and around 400 volunteers"."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


def test_a_place_elsewhere_still_counts_against_the_message(
        matchers: dict[str, Matcher]) -> None:
    """Outside a pay question a city says nothing for the message being about the work."""
    match = matchers["healthcare"].match("what's the best hospital to train at in London?")
    assert not match.confident, match


@pytest.mark.parametrize(("field", "text"), [
    ("data_analytics", "would any of that count as relevant experience for a junior analyst job?"),
    ("data_analytics", "does that count as experience?"),
    ("ux_design", "would my hr work count as research experience?"),
    # a console walk: the user's own project named, then "product experience"
    ("product_management", "would my e-prescribing rollout count as product experience do u"
     " think?"),
])
def test_whether_experience_counts_is_about_the_users_chances(
        matchers: dict[str, Matcher], field: str, text: str) -> None:
    """The question career changers ask most had got the competition for junior roles, the
    first months of a new analyst, or "I'd only be guessing": "junior" in a trailing "for a
    junior analyst job" outweighed what was asked."""
    match = matchers[field].match(text)
    assert match.question_id == "assess-my-background", match


def test_a_trailing_for_a_role_qualifies_the_question(matchers: dict[str, Matcher]) -> None:
    match = matchers["data_analytics"].match("what would a junior do in their first months")
    assert match.question_id == "first-months", match


def test_changing_career_at_my_age_is_the_age_question(matchers: dict[str, Matcher]) -> None:
    """ "Is changing career at my age a problem in UX?" got "did you mean 'What changes do you
    see coming in your field…?'": "career" and the age pattern's "gap" read as a CV gap, and
    "changing" as the field's changes."""
    match = matchers["ux_design"].match("Is changing career at my age a problem in UX, in your "
                                        "experience?")
    assert "too-old-to-switch" in (match.question_id, match.runner_up), match
    assert "industry-changes" not in (match.question_id, match.runner_up, match.alternative)


@pytest.mark.parametrize(("text", "expected"), [
    ("sorry, just the money one then, is the learning support fund enough to live on with kids?",
     "student-funding"),
    ("do students on placement get any flexibility with shifts for childcare, like can they "
     "avoid nights?", "student-placements"),
    ("is the first year as a newly qualified nurse as hard as everyone says?",
     "newly-qualified-year"),
    ("how long does it usually take someone to get to band 6 on your ward?", "band-progression"),
])
def test_what_people_training_as_nurses_ask_most(
        matchers: dict[str, Matcher], text: str, expected: str) -> None:
    """A pharmacy technician with two children asked about student funding, placements and the
    first year three times each; a ward manager answered with her own hours, Band 5 pay or
    "I don't have a solid answer"."""
    match = matchers["healthcare"].match(text)
    assert match.confident and match.question_id == expected, match


@pytest.mark.parametrize("text", [
    "is it too late for me to recruit for IB full time",
    "is it too late to apply for this year's graduate schemes?",
])
def test_too_late_to_recruit_is_the_calendar_not_age(
        matchers: dict[str, Matcher], text: str) -> None:
    """A 21-year-old got "later starters usually come in through an MBA" and the tip "'Am I too
    old?' invites reassurance"."""
    match = matchers["finance"].match(text)
    assert match.question_id == "recruiting-timeline", match
    assert matchers["finance"].match("am i too old to switch into finance at 45?").question_id \
        == "too-old-to-switch"


@pytest.mark.parametrize(("text", "expected"), [
    ("im 34, would that put u off a junior candidate at all?", {"assess-my-background"}),
    ("is 34 old for a junior developer?", {"too-old-to-code", "too-old-to-switch"}),
])
def test_age_and_being_put_off_are_the_users_chances(
        matchers: dict[str, Matcher], text: str, expected: set[str]) -> None:
    """ "would that put u off a junior candidate?" got the hardest parts of the contact's job,
    and "is that old for a junior?" the first months of a new junior."""
    match = matchers["software_engineering"].match(text)
    assert {match.question_id, match.runner_up} & expected, match
    assert match.question_id not in ("like-least", "first-months"), match


@pytest.mark.parametrize(("text", "not_expected", "expected"), [
    ("was the paid route school direct? im confused about pgce vs school direct vs teach first",
     "teacher-pay", None),
    ("realistically how much of a drop would I take going into training and then the first year?",
     None, "teacher-pay"),
])
def test_a_paid_route_is_a_route_and_a_drop_is_pay(
        matchers: dict[str, Matcher], text: str, not_expected: str | None,
        expected: str | None) -> None:
    """ "was the paid route school direct?" got the teachers' pay scale; "how much of a drop
    would I take" got "outside what I see day to day" from a teacher of 13 years."""
    match = matchers["education"].match(text)
    if expected:
        assert match.question_id == expected, match
    assert match.question_id != not_expected, match


@pytest.mark.parametrize(("text", "expected"), [
    ("Could you walk me through what you actually did last Tuesday, say?", "typical-day"),
    ("how technical do you need to be as a PM?", "technical-background"),
])
def test_a_real_day_and_how_technical_reach_their_questions(
        matchers: dict[str, Matcher], text: str, expected: str) -> None:
    """ "what you actually did last Tuesday" got "outside what I see day to day"."""
    match = matchers["product_management"].match(text)
    assert match.question_id == expected, match


@pytest.mark.parametrize("field", ["data_analytics", "finance"])
def test_an_asset_or_a_drawback_is_about_the_users_background(
        matchers: dict[str, Matcher], field: str) -> None:
    """ "Would my academic background be seen as an asset or a drawback in industry?" got the
    downsides of the contact's own job: "drawback" had outweighed "my background"."""
    match = matchers[field].match("Would my academic background be seen as an asset or a "
                                  "drawback in industry?")
    assert match.question_id == "assess-my-background", match


def test_an_organisation_like_theirs_is_no_professional_network(
        matchers: dict[str, Matcher]) -> None:
    """"who in a network like yours actually does the reporting?" got the answer about
    professional associations and their junior memberships."""
    match = matchers["healthcare"].match("who in a network like yours actually does the reporting?")
    assert match.question_id != "associations-events" and match.runner_up != "associations-events"
    assert matchers["healthcare"].match(
        "are there networks for people in healthcare admin?").question_id == "associations-events"


@pytest.mark.parametrize(
    "text",
    [
        "Is it weird to apply for a marketing job at a company whose product I'd never use?",
        "should I only apply to brands whose product I actually like?",
    ],
)
def test_a_product_is_not_product_marketing(matchers: dict[str, Matcher], text: str) -> None:
    """"Product marketing" is one job: a product and marketing in one sentence is not it."""
    match = matchers["marketing"].match(text)
    assert not (match.confident and match.question_id == "product-marketing"), match


@pytest.mark.parametrize(("field", "text", "not_this"), [
    # "come into" the office is no story of how they came into the work
    ("software_engineering", "how often do you come into the office?", "how-got-started"),
    # a co-worker is no company ("co" typed alone is)
    ("marketing", "what's it like working with your co-workers?", "what-does-company-do"),
    # a budget facing a cut is no pay cut
    ("education", "are schools facing a cut in budgets?", "teacher-pay"),
    # "at my company there's no UX team" is context, not an internal move
    ("ux_design", "at my company there's no ux team at all, how did you get started?",
     "internal-move"),
    # declining a shift is no declining industry
    ("healthcare", "is it ok declining extra shifts as a new nurse?", "industry-changes"),
    # an agency's cut of the spend, and what a team makes, are no pay
    ("marketing", "does the agency take a cut of the ad spend?", "marketing-pay"),
    ("software_engineering", "what do you guys make where you work? is it all in-house "
     "software?", "developer-pay"),
    # three teams named in a list are not product marketing
    ("software_engineering", "how do you work with product, marketing and design?",
     "product-marketing"),
])
def test_a_new_rule_keeps_to_its_own_sense(
        matchers: dict[str, Matcher], field: str, text: str, not_this: str) -> None:
    match = matchers[field].match(text)
    assert not (match.confident and match.question_id == not_this), match


@pytest.mark.parametrize("field", ["general", "finance", "healthcare"])
def test_what_kinds_of_is_never_answered_by_a_yes_no_question(matchers, field):
    """"What kinds of roles would you suggest for someone who doesn't know what they want
    yet?" came within a point of "Do you like your job?"."""
    match = matchers[field].match("What kinds of roles would you suggest for someone who "
                                  "doesn't know what they want yet?")
    assert match.question_id != "do-you-like-job"
    assert "do-you-like-job" not in (match.runner_up, match.alternative)


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("product_management", "What does a PM at your company actually own day to day?",
     "decisions"),
    ("marketing", "what does the marketing manager actually own there?", "decisions"),
    ("software_engineering", "what does a senior engineer own on your team?", "decisions"),
])
def test_what_someone_owns_is_what_they_answer_for(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    """ "What does a PM at your company actually own day to day?" got the skills they use."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


def test_their_own_team_is_not_what_they_own(matchers: dict[str, Matcher]) -> None:
    match = matchers["product_management"].match("what does your own team do?")
    assert match.question_id != "decisions", match


@pytest.mark.parametrize("text", ["what tools do you use day to day?",
                                  "what tools u use every day?"])
def test_what_tools_they_use_is_answered_with_tools(
        banks: dict[str, Bank], matchers: dict[str, Matcher], text: str) -> None:
    """ "what tools u use every day? like mailchimp, hubspot…" got "Writing, still: subject
    lines…" and "Scheduling and planning, data in spreadsheets, and calm communication": a
    skills answer naming no tool. Every contact names two or more (a capitalised word past a
    sentence's start: "Excel", "EMIS", "Jira")."""
    import re

    from bot.features.practice.people import answer_of
    for field, bank in banks.items():
        match = matchers[field].match(text)
        assert match.confident, (field, match)
        question = bank.question(match.question_id)
        for persona in bank.personas:
            answer = answer_of(bank, question, persona.id, 0)
            sentences = re.split(r"(?<=[.!?:;])\s+", answer)
            named = {w for sentence in sentences
                     for w in re.findall(r"(?<=\s)[A-Z][\w'+-]*", sentence)} - {"I", "I'm", "I'd"}
            named |= {s.split()[0] for s in sentences if s.split()[0] in ("Python", "Figma")}
            assert len(named) >= 2, (field, persona.id, answer)


def test_crm_email_and_lifecycle_marketing_compared_is_the_specialisms_question(
        banks: dict[str, Bank], matchers: dict[str, Matcher]) -> None:
    """ "whats the diffrence btw CRM marketing and email marketing, or lifecycle?" got the
    tools answer, twice; every contact now says where CRM and lifecycle sit."""
    from bot.features.practice.people import answer_of
    bank = banks["marketing"]
    match = matchers["marketing"].match(
        "whats the diffrence btw CRM marketing and email marketing, or lifecycle?")
    assert match.confident and match.question_id == "marketing-specialisms", match
    question = bank.question("marketing-specialisms")
    for persona in bank.personas:
        for variant in (0, 1):
            assert "CRM" in answer_of(bank, question, persona.id, variant)


def test_what_you_need_to_own_is_not_what_they_answer_for(matchers: dict[str, Matcher]) -> None:
    match = matchers["ux_design"].match("what do I need to own to start, is a macbook a must?")
    assert match.question_id != "decisions", match


@pytest.mark.parametrize("text", [
    "Could you tell me a little about how you came to be in your current role?",
    "I'd love to hear how you ended up in ops",
])
def test_how_they_came_to_their_role_asked_indirectly_is_their_story(
        matchers: dict[str, Matcher], text: str) -> None:
    """Two contacts answered "how you came to be in your current role" with "outside what I see
    day to day"."""
    match = matchers["healthcare"].match(text)
    assert match.confident and match.question_id == "how-got-started", match


@pytest.mark.parametrize("text", ["how you came to prioritise mobile over web",
                                  "could you say how you came to that decision on the roadmap?"])
def test_how_they_came_to_a_decision_is_not_their_career_story(
        matchers: dict[str, Matcher], text: str) -> None:
    assert matchers["product_management"].match(text).question_id != "how-got-started"


def test_would_my_own_work_count_is_about_the_user_whatever_the_work_is_called(
        matchers: dict[str, Matcher]) -> None:
    """ "would my stock forecasting count as relevant experience?" got "did you mean 'What
    changes do you see coming in your field…?'": "forecasting" was read as the future, because
    "count as relevant experience" was folded first and left the user's work behind."""
    match = matchers["finance"].match("would my stock forecasting count as relevant experience?")
    assert match.confident and match.question_id == "assess-my-background", match


@pytest.mark.parametrize(("field", "text"), [
    ("nonprofit_public", "How did you first get into policy work?"),
    ("education", "how u first got into teaching"),
    ("finance", "How did you first get into finance?"),
    ("finance", "what was your first job in finance?"),
    ("healthcare", "how did you first decide to go into nursing?"),
])
def test_how_they_first_got_in_is_their_story_not_the_first_months(
        matchers: dict[str, Matcher], field: str, text: str) -> None:
    """"How did you first get into policy work?" was "did you mean how long a job hunt takes or
    advice for newcomers?" (and, after a line of context, "outside what I see day to day"):
    its "first" was weighed as a newcomer's first months."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == "how-got-started", match


@pytest.mark.parametrize("text", [
    "whats a realistic salary range for an entry level analyst in ur dept?",
    "what's a ballpark salary for a junior policy officer?",
])
def test_a_realistic_salary_is_pay_not_the_users_chances(matchers: dict[str, Matcher],
                                                         text: str) -> None:
    """"a realistic salary range" got "outside what I see": "realistic" was read as asking
    for an honest view of the user's chances."""
    match = matchers["nonprofit_public"].match(text)
    assert match.confident and match.question_id == "sector-pay", match


def test_is_it_realistic_still_asks_about_the_users_chances(matchers: dict[str, Matcher]) -> None:
    match = matchers["nonprofit_public"].match("is it realistic for me to get a policy job?")
    assert match.question_id != "sector-pay", match


def test_how_long_their_own_move_took_is_their_story(matchers: dict[str, Matcher]) -> None:
    """"how long did it take u to go from excel guy to actual analyst job" got "I'd rather not
    give you a half-right answer": the nearest question (Excel) never says how long, so the
    story just as near, which does ("two years in"), was passed over too."""
    match = matchers["data_analytics"].match(
        "realistically how long did it take u to go from excel guy to actual analyst job")
    assert match.confident and match.question_id == "how-got-started", match


@pytest.mark.parametrize("text", [
    "Are there shortened routes into nursing for someone who's already a registered paramedic, "
    "or would I need to do the full three-year degree?",
    "is there an accelerated nursing program?",
    "how do I become a registered nurse?",
    "is there a 2 year postgrad route into nursing?",  # "postgrad" was no "postgraduate"
    "is there a postgraduate nursing course for graduates?",
])
def test_a_registered_job_title_is_no_question_about_registering(
        matchers: dict[str, Matcher], text: str) -> None:
    """"…for someone who's already a registered paramedic…" got how to register with the
    regulator: "registered" was the topic, though it only named the user's job."""
    match = matchers["healthcare"].match(text)
    assert match.confident and match.question_id == "nursing-routes", match


def test_registering_is_still_registration(matchers: dict[str, Matcher]) -> None:
    match = matchers["healthcare"].match("how do I register as a nurse here?")
    assert match.confident and match.question_id == "registration-licence", match


def test_what_they_look_for_in_a_take_home_is_the_interview(matchers: dict[str, Matcher]) -> None:
    """"what do you actually look for in a take home test or tech interview?" got "That changes
    from one hiring round to the next": the qualities question never mentions a take-home."""
    match = matchers["software_engineering"].match(
        "When you're hiring juniors, what do you actually look for in a take home test or tech "
        "interview?")
    assert match.confident and match.question_id == "interview-process", match


@pytest.mark.parametrize("text", [
    "front end or full stack?",
    "should I specialise in front end or go full stack from the start?",
    "whats the difference between front-end and back end",
])
def test_the_sides_of_a_stack_are_one_term_however_spaced(matchers: dict[str, Matcher],
                                                         text: str) -> None:
    """"front end or full stack?" scored nothing at all ("front", "end", "full" and "stack" are
    everyday words), and the longer question got the contact's specialisms instead."""
    match = matchers["software_engineering"].match(text)
    assert match.confident and match.question_id == "frontend-backend", match


@pytest.mark.parametrize(("spaced", "joined"), [
    ("health care", "healthcare"), ("start up", "startup"), ("spread sheet", "spreadsheet"),
    ("road map", "roadmap"), ("code base", "codebase"), ("e-mail", "email"),
])
def test_a_word_typed_as_two_is_the_same_term(spaced: str, joined: str) -> None:
    from bot.features.practice.terms import normalise, terms_of
    assert terms_of(normalise(spaced)) == terms_of(normalise(joined))


def test_an_investment_that_pays_for_itself_is_no_pay_question(
        matchers: dict[str, Matcher]) -> None:
    """"how you'd assess whether a new machine pays for itself" got the graduate salary."""
    match = matchers["finance"].match("Could you walk me through a recent project - like how "
                                      "you'd assess whether a new machine pays for itself?")
    assert match.question_id != "pay-ranges", match


def test_feeling_up_to_speed_is_settling_in_not_what_to_read(matchers: dict[str, Matcher]) -> None:
    """"how long did it take you to feel up to speed after you moved from audit?" got "outside
    what I see": "up to speed" was read as books and courses, which never say how long."""
    match = matchers["finance"].match("how long did it take you to feel up to speed after you "
                                      "moved from audit?")
    assert match.question_id != "learning-resources" and match.question_id is not None, match
    assert matchers["finance"].match("how do I get up to speed on financial modelling?"
                                     ).question_id == "financial-modelling"


def test_which_route_they_would_suggest_is_no_did_you_mean_about_liking_the_job(
        matchers: dict[str, Matcher]) -> None:
    """"which route would u actually suggest for me tho - FP&A or commercial finance?" got "do
    you mean 'Do you like your job?', or 'What should I read…'?"."""
    match = matchers["finance"].match("which route would u actually suggest for me tho - FP&A "
                                      "or commercial finance?")
    assert "do-you-like-job" not in (match.question_id, match.runner_up, match.alternative), match


def test_the_users_own_full_time_job_is_no_question_about_hours(
        matchers: dict[str, Matcher]) -> None:
    """"how would someone like me get that, with a full time job?" got the contact's 50-hour
    weeks: "full time" was read as the hours of the job asked about."""
    match = matchers["education"].match("how can I get time in a school, with a full time job?")
    assert match.question_id != "work-life-balance", match
    assert matchers["education"].match("how do you manage a full time job and marking?"
                                       ).question_id == "work-life-balance"


def test_sql_or_python_first_is_what_to_learn_first_even_from_an_r_user(
        matchers: dict[str, Matcher]) -> None:
    """"sql vs python - which shld i prioritise? im comfy in R…" got the Python-or-R answer,
    which opens "Python" and ends "SQL first": it read as a contradiction."""
    match = matchers["data_analytics"].match("ok so sql vs python - which shld i prioritise? im "
                                             "comfy in R but my sql is basically nil tbh")
    assert match.confident and match.question_id == "tools-learn-first", match


def test_how_something_reads_to_hiring_is_nothing_to_read(matchers: dict[str, Matcher]) -> None:
    """"does a PhD read as overqualified for analyst roles?" got the books-and-courses answer
    with confidence: "read as" is how it comes across."""
    match = matchers["data_analytics"].match("does a PhD read as overqualified for analyst roles?")
    assert match.question_id != "learning-resources", match
    assert matchers["data_analytics"].match("what should I read to learn SQL properly?"
                                            ).question_id == "learning-resources"


def test_a_scheme_is_no_programming_language(matchers: dict[str, Matcher]) -> None:
    """"any vet programs u seen work?" got "Of those two, Python…": "programming" was stemmed
    to "program"."""
    assert matchers["data_analytics"].match("any vet programs u seen work?").question_id != (
        "python-or-r")
    assert matchers["data_analytics"].match("which programming language should I learn?"
                                            ).question_id == "python-or-r"


def test_pay_asked_is_not_answered_by_a_question_whose_answer_mentions_pay(
        matchers: dict[str, Matcher]) -> None:
    """"what do fundraisers earn once they've got a few years in?" got the answer on what
    fundraising careers are like ("well paid by nonprofit standards"); the pay question is
    offered instead. Negotiating pay and training paid for are not the sector's pay."""
    match = matchers["nonprofit_public"].match("what do fundraisers earn once they've got a "
                                               "few years in?")
    assert not match.confident and match.runner_up == "sector-pay", match
    for text in ("Is it awkward to negotiate salary at a nonprofit?",
                 "do they usually pay for professional development?",
                 "is the CFRE something people earn once they're a few years in?"):
        match = matchers["nonprofit_public"].match(text)
        assert not (match.confident and match.question_id == "sector-pay"), (text, match)


def test_are_there_asks_and_points_back_to_nothing(matchers: dict[str, Matcher]) -> None:
    """"ok tnx. r there diff types of researchers? … which one is easier for smone from HR" got
    the toughest part of the job: "there" in "r there" was read as pointing back to "ok tnx"."""
    from bot.features.practice.leaning import leans_on_context

    assert leans_on_context("r there diff types of researchers") == ""
    assert leans_on_context("are there many jobs there?") == "points"


@pytest.mark.parametrize("text", ["What do your board members actually expect from the "
                                  "development staff?", "How do you deal with a board that "
                                  "doesn't agree with staff?"])
def test_the_organisations_board_is_no_question_about_becoming_a_trustee(
        matchers: dict[str, Matcher], text: str) -> None:
    match = matchers["nonprofit_public"].match(text)
    assert match.question_id != "trustee-experience", match
    assert matchers["nonprofit_public"].match("can I join a charity board?").question_id == (
        "trustee-experience")


def test_american_names_for_kinds_of_fundraising_are_fundraising(
        matchers: dict[str, Matcher]) -> None:
    """"a major gifts officer vs someone running the annual fund" got "did you mean 'What does
    a programme officer do?'"."""
    match = matchers["nonprofit_public"].match("what does a major gifts officer do all day?")
    assert "fundraising-careers" in (match.question_id, match.runner_up, match.alternative), match
    assert match.question_id != "programme-officer-day"


def test_how_long_to_land_a_first_role_is_the_job_search_even_for_someone_like_me(
        matchers: dict[str, Matcher]) -> None:
    """"realisticly how long does it take someone like me to land a first analyst role? 6
    months? a yr?" got "that's outside what I see day to day" from a contact who had told how
    long their own search took: "someone like me" pulled the question on their chances
    nearer, which never says how long."""
    match = matchers["data_analytics"].match("realisticly how long does it take someone like me "
                                             "to land a first analyst role? 6 months? a yr?")
    assert match.confident and match.question_id == "job-search-length", match


@pytest.mark.parametrize("text", [
    "How did you make the step from being on the wards to running one?",
    "Roughly how many years did it take you from qualifying to managing the ward?",
])
def test_the_contacts_own_steps_are_their_story(matchers: dict[str, Matcher], text: str) -> None:
    """A ward manager asked how she made the step to running a ward got the level a newcomer
    starts at, and "how many years did it take you from qualifying to managing" the answer on
    a newly qualified nurse's first year."""
    match = matchers["healthcare"].match(text)
    assert match.confident and match.question_id == "how-got-started", match


@pytest.mark.parametrize("text", [
    "What does the actual work look like across a month for you, close, forecast, reviews?",
    "what does your month look like?",
])
def test_the_rhythm_of_a_month_is_the_typical_day(matchers: dict[str, Matcher], text: str
                                                   ) -> None:
    """An FP&A manager said "that's outside what I see day to day" to a question about her own
    month, and "the actual work look like" alone got the question on moving internally."""
    match = matchers["finance"].match(text)
    assert match.confident and match.question_id == "typical-day", match


def test_a_cpa_named_beside_another_credential_still_reaches_the_qualification_answer(
        matchers: dict[str, Matcher]) -> None:
    """"Do I need a CPA or a CMA for FP&A?" was passed over by the accounting-qualification
    question (the CMA was a topic it never names, the CPA no topic at all)."""
    match = matchers["finance"].match("Do I need a CPA or a CMA for FP&A?")
    assert match.confident and match.question_id == "accounting-qualification", match


@pytest.mark.parametrize("text", [
    "Anything you'd tell someone in their first 90 days as an analyst?",
    "any tips for new starters in their first few weeks?",
])
def test_advice_for_someone_already_in_the_job_is_not_advice_on_getting_in(
        matchers: dict[str, Matcher], text: str) -> None:
    """Advice for someone in their first 90 days got the answer on breaking into the field."""
    match = matchers["data_analytics"].match(text)
    assert match.question_id != "advice-for-newcomer" and "advice-for-newcomer" not in (
        match.runner_up, match.alternative), match
    assert match.question_id in ("first-months", "wish-known-earlier", None), match


@pytest.mark.parametrize(("field", "text"), [
    ("education", "My district is cutting positions and I'm the newest hire in my building. "
                  "I've heard it's last-in-first-out. What would you do in my spot?"),
    ("finance", "they're cutting headcount in my team, last in first out, what would you do?"),
])
def test_the_users_own_job_at_risk_is_not_answered_as_breaking_in(
        matchers: dict[str, Matcher], field: str, text: str) -> None:
    """A teacher whose post may be cut got the advice on how to get into teaching."""
    assert matchers[field].match(text).question_id is None


def test_a_charity_cutting_posts_still_reaches_job_security(matchers: dict[str, Matcher]
                                                            ) -> None:
    match = matchers["nonprofit_public"].match("do charities end up cutting jobs when a big "
                                               "grant ends?")
    assert match.confident and match.question_id == "funding-uncertainty", match


@pytest.mark.parametrize("text", [
    "my uni isn't one banks recruit from, can i still get in?",
    "went to a small state college, does that count against me for IB?",
])
def test_a_school_banks_do_not_recruit_from_is_a_non_target_school(
        matchers: dict[str, Matcher], text: str) -> None:
    """"a state school that banks don't really recruit from" was read as a school to teach at
    and as statistics; it is the user's non-target university."""
    match = matchers["finance"].match(text)
    assert match.confident and match.question_id == "target-schools", match


def test_work_to_lead_with_is_not_ones_own_social_presence(matchers: dict[str, Matcher]) -> None:
    """Growing a restaurant's Instagram, asked "is that something I can lead with when I
    apply?", got the answer on whether one's own social accounts matter."""
    match = matchers["marketing"].match(
        "I've been running social for a local restaurant and grew their Instagram from 800 to "
        "6,000 followers. Is that something I can lead with when I apply to agencies?")
    assert match.question_id != "own-social-presence", match
    assert matchers["software_engineering"].match(
        "I built a budgeting app that about 2k people use. Is that something I can lead with "
        "when I apply?").question_id == "portfolio-projects"


@pytest.mark.parametrize("text", [
    "ok and what software do u use day to day? rostering, PMS etc",
    "do i need to know epic before applying for front desk jobs?",
])
def test_the_systems_a_healthcare_contact_uses_are_their_own_answer(
        matchers: dict[str, Matcher], text: str) -> None:
    """A practice manager asked which software he uses day to day answered on an AI pilot."""
    match = matchers["healthcare"].match(text)
    assert match.confident and match.question_id == "healthcare-systems", match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("healthcare", "Is there really a shortage in your area, or is it harder to get hired than "
                   "the news says?", "job-prospects"),
    ("healthcare", "is the nurse shortage real where you are?", "job-prospects"),
    ("education", "which skills are in short supply?", "skills-in-demand"),
    ("software_engineering", "is there a skills shortage in backend right now?",
     "skills-in-demand"),
])
def test_a_shortage_of_people_is_the_job_market_not_skills(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    """"Is there really a shortage in your area?" was answered with the skills in demand."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


def test_what_a_tool_made_easier_is_change_not_the_tool_list(matchers: dict[str, Matcher]
                                                             ) -> None:
    """"Has Epic made your job easier?" asks what it changed, not which systems are used."""
    assert matchers["healthcare"].match("Has Epic made your job easier, or just added more "
                                        "charting?").question_id is None
    match = matchers["finance"].match("has automation made the job easier?")
    assert match.confident and match.question_id == "ai-and-tools", match


@pytest.mark.parametrize("text", [
    "what I'd really like to know is how you personally got your first job in practice "
    "administration",
    "I'm curious how you landed your very first role in healthcare",
])
def test_how_you_got_your_first_job_asked_indirectly_is_their_story(
        matchers: dict[str, Matcher], text: str) -> None:
    """A change of mind ending "… is how you personally got your first job in practice
    administration" got "did you mean the management roles, or a small project?"."""
    match = matchers["healthcare"].match(text)
    assert match.confident and match.question_id == "how-got-started", match


@pytest.mark.parametrize("text", [
    "I keep seeing different flavours of analyst in ads, like product analyst, BI analyst, "
    "marketing analyst. How do they actually differ in practice?",
    "is a BI analyst a different job from a product analyst?",
])
def test_kinds_of_analyst_are_job_titles_not_tools(matchers: dict[str, Matcher], text: str
                                                   ) -> None:
    """"product analyst, BI analyst, marketing analyst … how do they differ?" got the answer
    on Power BI and Tableau."""
    match = matchers["data_analytics"].match(text)
    assert match.confident and match.question_id == "analyst-types", match
    assert matchers["data_analytics"].match("should I learn power bi or tableau?"
                                            ).question_id == "bi-tools"


@pytest.mark.parametrize(("field", "text"), [
    ("software_engineering", "how do u even get an internship when ur at a cc and not a big uni"),
    ("software_engineering", "how did your interns get their internships?"),
    ("finance", "how do I get a banking internship?"),
])
def test_landing_an_internship_is_not_a_project_to_try_the_work(
        matchers: dict[str, Matcher], field: str, text: str) -> None:
    """A community college student asking how to get an internship got a brief for a practice
    project: "internship" was read as a way to try the work."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == "internships", match


@pytest.mark.parametrize("text", ["Where you work, what separates a senior engineer from a "
                                  "mid-level one?", "what makes someone senior here?"])
def test_what_makes_someone_senior_is_moving_up(matchers: dict[str, Matcher], text: str) -> None:
    """"what separates a senior engineer from a mid-level one?" got the level a newcomer
    starts at."""
    match = matchers["software_engineering"].match(text)
    assert match.question_id in ("keys-to-advancement", None), match
    assert "starting-level" not in (match.question_id, match.alternative)


def test_an_industry_the_contact_may_not_work_in_is_no_question_of_theirs(
        matchers: dict[str, Matcher]) -> None:
    """"do u know anything abt legal tech specifically?" got how a freight-software PM works
    with engineers."""
    assert matchers["product_management"].match("do u know anything abt legal tech "
                                                "specifically?").question_id is None
    assert matchers["education"].match("is edtech a good move from teaching?"
                                       ).question_id == "edtech-careers"


@pytest.mark.parametrize(("field", "text"), [
    ("nonprofit_public", "How'd you make the jump from TV?"),
    ("education", "How'd y'all end up going from teaching into coaching other teachers?"),
    ("marketing", "How long did it take you from deciding to leave the analyst job until you "
                  "actually had the brand offer?"),
    ("ux_design", "what were u doing before and how long did the switch take u"),
])
def test_the_contacts_own_switch_is_their_story(matchers: dict[str, Matcher], field: str,
                                                 text: str) -> None:
    """Four contacts who had switched careers said "that's outside what I see day to day" when
    asked how they made the move: the field they left ("TV"), "y'all" and "deciding to leave"
    read as topics no question covers."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == "how-got-started", match


def test_revenue_management_is_a_line_of_work_not_a_company_figure(
        matchers: dict[str, Matcher]) -> None:
    """"does revenue mgmt actually count for anything when i apply for crm roles?" got the
    company's head count and "a quick web search answers that"."""
    from bot.features.practice.understand import wording_flags

    text = "does revenue mgmt actually count for anything when i apply for crm roles?"
    assert "googleable" not in wording_flags(text)
    assert "googleable" in wording_flags("what is your annual revenue?")
    assert matchers["marketing"].match(text).question_id != "how-many-employees"


@pytest.mark.parametrize("text", ["anybody u think i shud talk to in youth mentoring?",
                                  "anyone you'd suggest I speak to in the sector?"])
def test_anyone_i_should_talk_to_is_asking_who_else(matchers: dict[str, Matcher], text: str
                                                     ) -> None:
    """"anybody u think i shud talk to in youth mentoring?" got "I don't have a solid answer":
    neither the wording nor where the people work read as asking who to talk to."""
    match = matchers["nonprofit_public"].match(text)
    assert match.confident and match.question_id == "who-else", match


def test_programmes_that_run_on_grants_are_about_funding(matchers: dict[str, Matcher]) -> None:
    """"how much of ur programs run on grants? worried the funding dries up" got how to write a
    strong grant bid."""
    match = matchers["nonprofit_public"].match("how much of ur programs run on grants?")
    assert match.question_id in ("funding-uncertainty", "where-money-comes-from"), match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("marketing", "which email tools do you use day to day?", "marketing-tools"),
    ("marketing", "what email platform do you guys use", "marketing-tools"),
    ("marketing", "what tools do you use every day?", "marketing-tools"),
    ("product_management", "which tools do you use most?", "product-tools"),
    ("ux_design", "what software do you use day to day?", "design-tools"),
    ("finance", "which tools do you use every day", "finance-software"),
])
def test_the_tools_a_contact_uses_are_the_fields_tools_question(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    """A marketer asked which email tools she uses day to day answered with her skills,
    naming Klaviyo only in passing: a field with a tools question answers it there."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


@pytest.mark.parametrize(("field", "text"), [
    ("marketing", "Would that count for anything when I apply for email roles?"),
    ("data_analytics", "would my pharmacy background count for anything when im applying?"),
])
def test_when_i_apply_qualifies_the_question_and_asks_no_when(
        matchers: dict[str, Matcher], field: str, text: str) -> None:
    """"… when I apply for email roles" made a "when do graduate schemes recruit?" question
    as close as the one asked: a question whether a background counts."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == "assess-my-background", match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("ux_design", "what was ur old job?", "how-got-started"),
    ("ux_design", "hi nia! ok so u switched recently, what were u doing before design and how "
                  "long did the switch take?", "how-got-started"),
    ("nonprofit_public", "Thank you. First, how did you arrive in this role?", "how-got-started"),
    ("ux_design", "actually wait scratch that, what did u make starting out in seattle",
     "design-pay"),
])
def test_their_old_job_and_first_pay_are_their_own_story(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    """"what was ur old job?" and "what did u make starting out in seattle" got "outside what I
    see day to day"; "what were u doing before design…?" got the team's current project."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


def test_the_mistakes_people_make_are_no_pay_question(matchers: dict[str, Matcher]) -> None:
    """"what would u say the biggest mistake ppl make in their first portfolio is?" got the
    junior pay ranges: "people make" read as what people earn."""
    match = matchers["ux_design"].match(
        "what would u say the biggest mistake ppl make in their first portfolio is?")
    assert match.question_id != "design-pay", match


def test_a_stepping_stone_into_analytics_is_the_move_into_data(
        matchers: dict[str, Matcher]) -> None:
    """"is it easier to start in a data-adjacent role first, like ops or reporting, and then
    switch to analyst?" got "do you mean the hardest part of your role, or where the data team
    sits?"."""
    match = matchers["data_analytics"].match("is it easier to start in a data-adjacent role "
                                             "first, like ops or reporting, and then switch to "
                                             "analyst?")
    assert match.confident and match.question_id == "excel-job-to-data", match


@pytest.mark.parametrize("text", [
    "ops roles vs pm, which one is easier to get into coming from logistics",
    "should i get a customer success job first and then switch to pm?",
])
def test_a_stepping_stone_into_product_is_the_switch_question(
        matchers: dict[str, Matcher], text: str) -> None:
    """"what about ops roles vs pm, which one is easier to get into coming from logistics" got
    "do you mean the hardest part of your role, or whether it's hard to get in?"."""
    match = matchers["product_management"].match(text)
    assert match.confident and match.question_id == "switch-into-product", match


def test_how_many_projects_a_portfolio_needs_is_the_case_study_question(
        matchers: dict[str, Matcher]) -> None:
    """"so for portfolio, how many projects do i need??" got a brief for a practice project,
    and "what did ur portfolio look like when u got hired" only what the contact looks for in
    one: "when u got hired" qualifies it."""
    match = matchers["ux_design"].match("so for portfolio, how many projects do i need??")
    assert match.confident and match.question_id == "case-studies", match
    match = matchers["ux_design"].match("what did ur portfolio look like when u got hired, like "
                                        "how many case studies?")
    assert not match.confident and "case-studies" in (match.runner_up, match.alternative), match


def test_lesson_plans_are_a_teachers_work_not_lessons_learned(
        matchers: dict[str, Matcher]) -> None:
    """"…what would i even put in it, all my stuff is lesson plans and google classroom lol"
    got what the contact wishes they had known: "lesson" read as a lesson learned."""
    match = matchers["education"].match("what would i even put in it, all my stuff is lesson "
                                        "plans and google classroom lol")
    assert match.question_id != "wish-known-earlier", match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("healthcare", "Once qualified, what do the shifts look like on your ward?",
     {"work-life-balance", "night-shifts"}),
    ("healthcare", "What does a typical day look like for a staff nurse on your ward, from "
                   "handover onwards?", {"typical-day"}),
    ("finance", "so i got an associates in business, do i need a bachelors to even get in the "
                "door in finance or nah", {"education-background"}),
    ("finance", "lowkey tho is AI gonna take these jobs?", {"ai-and-tools"}),
    ("software_engineering", "should i do react or typescript first", {"what-to-learn-next"}),
])
def test_words_around_the_question_do_not_turn_it(
        matchers: dict[str, Matcher], field: str, text: str, expected: set[str]) -> None:
    """"Once qualified, what do the shifts look like…?" got "Constant." (ongoing training:
    "qualified"); "…from handover onwards?" got "half made up" (two unknown words); "an
    associates in business… or nah" got the MBA; "lowkey" left AI "beyond my own work"."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id in expected, match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("marketing", "whats the difference between content marketing and social media marketing?",
     "marketing-specialisms"),
    ("finance", "is the CMA worth it for FP&A?", "accounting-qualification"),
    ("finance", "what about the CMA?", "accounting-qualification"),
])
def test_a_field_word_the_bank_had_left_out_is_heard(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    """Content versus social marketing got a did-you-mean between two wrong questions; the CMA,
    the credential FP&A people take, got the degree answer twice."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("nonprofit_public", "how much weight does a PMP carry when you hire a program manager?",
     "certifications"),
    ("nonprofit_public", "What software or tools does your team use day to day for tracking "
                         "programs and grants?", "tools-we-use"),
    ("data_analytics", "At your company specifically, have you hired anyone from a science PhD "
                       "background, and how did they get on?", "phd-to-industry"),
    ("data_analytics", "I'm a postdoc in physics, how hard is it to move into data science?",
     "phd-to-industry"),
    ("data_analytics", "how much does a master's matter for data science?", "masters-data"),
])
def test_questions_the_banks_lacked_are_answered(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    """The PMP question got a career story twice, the tools question the AI answer, and a
    lecturer asking about PhD hires a did-you-mean between two questions already answered."""
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


@pytest.mark.parametrize(("field", "text", "expected"), [
    # had each got "that's outside what I see day to day" from a nurse manager
    ("healthcare", "are there many guys in nursing? would i stick out heaps", "men-in-nursing"),
    ("healthcare", "cheers, what software n stuff do u use day to day", "healthcare-systems"),
    ("healthcare", "whats a shift actually like, like from when u walk in", "typical-day"),
    ("healthcare", "thanks! how do you find the night shifts, do u get used to them or do they "
     "wreck u", "night-shifts"),
    # "Excel and modelling skills" had been read as the skills the contact uses, and left
    ("finance", "What Excel and modelling skills do you expect from someone in their first FP&A "
     "role?", "financial-modelling"),
    # "late" had been staying late (hours), and "sir" a topic
    ("data_analytics", "i am 29 already, is it late for switching?", "too-old-to-switch"),
    ("data_analytics", "sir how u got into analytics?", "how-got-started"),
    # "how would u go about … if u were me" asks for advice, not a method
    ("software_engineering", "how would u go about actually landing a first job if u were me? "
     "like apply everywhere or network or what", "advice-for-newcomer"),
    # a teacher moving into instructional design had got what the job is, then a did-you-mean
    # between teacher pay and what the job is
    ("education", "Do I need a master's in instructional design or ed tech, or would a "
     "certificate like the ATD one be enough coming from teaching?", "id-credentials"),
    ("education", "I make about 58,000 dollars a year teaching. Would I take a pay cut starting "
     "out as an instructional designer, or is it usually a step up?", "id-pay"),
    # "coming from a history degree" is who asks: no degree answer needed
    ("product_management", "How did you get your own first PM role, coming from a history "
     "degree?", "how-got-started"),
    # had got "outside what I see" from a clinic operations manager with a master's
    ("healthcare", "I have been looking at both an MHA and an MBA. In your experience, which "
     "one carries more weight for someone going into hospital or clinic operations?",
     "mha-or-mba"),
])
def test_questions_testers_asked_in_their_own_words(matchers: dict[str, Matcher], field: str,
                                                   text: str, expected: str) -> None:
    assert matchers[field].match(text).question_id == expected


def test_no_calls_back_is_not_the_calls_the_contact_makes(matchers: dict[str, Matcher]) -> None:
    """"i applied to 40-50 jobs on naukri and linkedin, no calls only. what i am doing wrong?"
    got how the analyst makes decisions ("calls")."""
    match = matchers["data_analytics"].match("i applied to 40-50 jobs on naukri and linkedin, no "
                                             "calls only. what i am doing wrong?")
    assert match.question_id != "decisions" and "decisions" not in (match.runner_up,
                                                                     match.alternative)


@pytest.mark.parametrize("text", [
    "How do I decide between nursing and becoming a physiotherapist?",
    "im struggling to choose between nursing and radiography",
])
def test_the_users_own_choice_is_not_the_decisions_their_role_has(
        matchers: dict[str, Matcher], text: str) -> None:
    """"How do I decide between nursing and physio?" had got the answer on which decisions
    a ward manager makes."""
    match = matchers["healthcare"].match(text)
    assert match.question_id != "decisions" and match.runner_up != "decisions", match


@pytest.mark.parametrize(("field", "text", "not_this"), [
    # feeling you know what you're doing is confidence, not how they got started
    ("software_engineering", "how long did it take u to feel like u actually knew what u were "
     "doing lol", "how-got-started"),
    # a federal resume is a government application, not what makes any application stand out
    ("nonprofit_public", "how do i write a federal resume lol its so long",
     "application-stand-out"),
])
def test_not_answered_with_the_question_its_words_brush(
        matchers: dict[str, Matcher], field: str, text: str, not_this: str) -> None:
    match = matchers[field].match(text)
    assert match.question_id != not_this, match
    if field == "software_engineering":  # the question on feeling out of one's depth is offered
        assert "out-of-depth" in (match.question_id, match.runner_up, match.alternative), match


@pytest.mark.parametrize(("field", "text", "expected"), [
    # a grammar slip ("did you came") still asks their story
    ("ux_design", "Thank you. My question is, how did you yourself came into UX design?",
     "how-got-started"),
    # a share of their day, typed with "%", is their day
    ("data_analytics", "what % of ur day is meetings vs hands on the data",
     "typical-day"),
    # the skills the user lacks are the gaps in their background, not the contact's skills
    ("marketing", "What skills would you say I'm missing coming from teaching?",
     "assess-my-background"),
])
def test_a_testers_wording_reaches_its_question(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    assert matchers[field].match(text).question_id == expected


def test_a_guess_covers_the_word_the_two_nearest_miss(banks: dict[str, Bank]) -> None:
    """ "what skills do u think i need to move into product marketing?" got "I'm not close
    enough to that": the two nearest (the skills questions) miss "product marketing", and
    the question a little further off that has it was never offered."""
    found = Matcher.for_bank(banks["marketing"]).match(
        "what skills do u think i need to move into product marketing?")
    assert not found.confident and found.runner_up == "product-marketing", found


def test_experience_counting_for_a_move_is_no_volunteering_question(
        matchers: dict[str, Matcher]) -> None:
    """"I'm a nurse of 10 years. Would that experience count if I wanted to go into
    management?" got "It helps a lot. We have volunteers at reception…": "experience count"
    alone had been read as volunteering."""
    match = matchers["healthcare"].match("I'm a nurse of 10 years. Would that experience count "
                                         "if I wanted to go into management?")
    assert not (match.confident and match.question_id == "volunteering-helps"), match
    care = matchers["healthcare"].match("does care experience count on an application")
    assert care.question_id == "volunteering-helps"


def test_gaining_experience_of_a_thing_is_not_the_thing(matchers: dict[str, Matcher]) -> None:
    """"how would you go about getting budget experience if you've never held one?" got where
    the charity's money comes from."""
    for text in ("how would you go about getting budget experience if you've never held one?",
                 "how can I get some budget experience?"):
        match = matchers["nonprofit_public"].match(text)
        assert match.question_id != "where-money-comes-from", (text, match)


@pytest.mark.parametrize(("question", "leans"), [
    # a relative "that" ("skills … that I'm not showing") points at nothing before it
    ("What skills should I be showing that I'm not?", ""),
    ("Is there a route that we haven't talked about?", ""),
    # going back to study is no event told before ("theres a career fair… is it worth going?")
    ("Is it worth going back to study to become a registered nurse?", ""),
    ("is it worth going as a sophomore or nah", "points"),
])
def test_what_a_question_points_back_at(question: str, leans: str) -> None:
    from bot.features.practice.leaning import leans_on_context
    assert leans_on_context(question) == leans


@pytest.mark.parametrize(("field", "persona", "text", "not_this"), [
    # "that I'm not" read as pointing back made the story's topic the question
    ("education", "ben", "I've been teaching for six years and I'm looking at instructional "
     "design. Everyone says teachers make great IDs, but I keep getting rejected. What skills "
     "should I be showing that I'm not?", "instructional-design"),
    # "is that a good route into PM?" asks about the route, which the question on talking to
    # customers (the story's words) never says
    ("product_management", "hannah", "I work in customer success at a SaaS company in Leeds "
     "and I talk to users every day. Is that a good route into PM?", "talking-to-customers"),
    # the field named as where ("into FP&A") is a topic the modelling question never says
    ("finance", "rosa", "I've taught corporate finance for six years and I build all my own "
     "Excel models. Is that a good route into FP&A?", "financial-modelling"),
])
def test_the_story_before_a_question_is_not_answered_instead_of_it(
        banks: dict[str, Bank], field: str, persona: str, text: str, not_this: str) -> None:
    from tests.features.practice.support import midway_turns
    result = midway_turns(banks[field], persona, text)[0]
    assert result.question_id != not_this, result


@pytest.mark.parametrize(("field", "text", "expected"), [
    # standing out among other applicants is the application, not "who else could I talk to"
    ("product_management", "How can I stand out from other applicants?", "application-stand-out"),
    ("product_management", "How do I stand out?", "application-stand-out"),
    ("finance", "how do i stand out for banking internships?", "application-stand-out"),
    ("healthcare", "how do i stand out when i apply for a practice manager post with no formal "
     "management title?", "application-stand-out"),
    # preparing for coding interviews is the algorithm-practice question
    ("software_engineering", "How should I prepare for technical coding interviews?",
     "algorithm-prep"),
])
def test_how_to_get_through_the_hiring_reaches_its_question(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    assert matchers[field].match(text).question_id == expected


def test_what_makes_someone_good_at_the_work_is_still_the_qualities(
        matchers: dict[str, Matcher]) -> None:
    assert matchers["product_management"].match(
        "what makes someone stand out as a PM?").question_id == "qualities-valued"
    assert matchers["product_management"].match(
        "do you know other product managers I could talk to?").question_id == "who-else"


def test_being_ghosted_by_recruiters_is_not_the_agencies_question(
        matchers: dict[str, Matcher]) -> None:
    """"How do I deal with recruiters who ghost me?" got the answer on using agencies."""
    match = matchers["general"].match("How do I deal with recruiters who ghost me?")
    assert match.question_id != "recruitment-agencies", match


@pytest.mark.parametrize("text", [
    "so what does your organisation do?", "what does your employer do?",
    "what does ur company actually do"])
def test_what_their_employer_does_is_the_company_question_in_every_field(
        matchers: dict[str, Matcher], text: str) -> None:
    """A teacher and a nurse asked "so what does your organisation do?" got the answer on
    moving within one's own employer."""
    for field, matcher in matchers.items():
        assert matcher.match(text).question_id == "what-does-company-do", (field, text)


def test_what_a_team_does_all_day_is_not_what_the_company_does(
        matchers: dict[str, Matcher]) -> None:
    match = matchers["software_engineering"].match("what does your team do when production breaks?")
    assert match.question_id != "what-does-company-do", match


def test_a_way_in_asked_after_a_background_offers_the_two_close_questions(
        banks: dict[str, Bank]) -> None:
    """"I've been a GP for 9 years and I'm usually the one sorting out our practice's clinical
    system workflows. Is that a good route into PM?" got "I honestly don't know": read with
    the story, nothing was near; alone, two questions were."""
    from tests.features.practice.support import midway_turns
    result = midway_turns(banks["product_management"], "hannah", "I've been a GP for 9 years "
                          "and I'm usually the one sorting out our practice's clinical system "
                          "workflows. Is that a good route into PM?")[0]
    assert result.kind == "did_you_mean", result
    assert "switch-into-product" in (result.guess_id, result.alt_id), result


def test_standing_out_from_applicants_without_formal_experience_is_the_application(
        matchers: dict[str, Matcher]) -> None:
    """It got "I don't have a solid answer": "applicants", a word the questions never used,
    weighed against the question on what makes a candidate stand out."""
    assert matchers["product_management"].match(
        "how can I stand out from other applicants when I have no formal product experience?"
    ).question_id == "application-stand-out"


@pytest.mark.parametrize("text", ["what's the culture like at your company?",
                                  "whats the vibe like on ur team", "how would you describe the "
                                  "working environment there?"])
def test_the_culture_asked_about_is_the_culture_question_in_every_field(
        matchers: dict[str, Matcher], text: str) -> None:
    """"What's the culture like at your company?" got what the company sells (software,
    marketing, general) or how to move within it (healthcare): no bank had the question."""
    for field, matcher in matchers.items():
        expected = "finance-culture" if field == "finance" else "workplace-culture"
        assert matcher.match(text).question_id == expected, (field, text)


def test_the_culture_of_another_employer_compared_is_not_answered_as_theirs(
        matchers: dict[str, Matcher]) -> None:
    match = matchers["software_engineering"].match(
        "What's the engineering culture like at Google compared with a small startup?")
    assert match.question_id != "workplace-culture", match


def test_the_first_of_a_thing_made_is_not_the_first_months(
        matchers: dict[str, Matcher]) -> None:
    """"what should my first case study be about?" got "did you mean the first few months, or
    case studies?": "first" had been read as the first months in a job."""
    assert matchers["ux_design"].match(
        "what should my first case study be about?").question_id == "case-studies"
    assert matchers["ux_design"].match(
        "what did you work on in your first few months?").question_id == "first-months"


@pytest.mark.parametrize(("field", "text", "expected"), [
    # unsure as a whole, the either-or question is first of all about its first option
    ("data_analytics", "Do you think a master's degree in analytics or data science is "
     "necessary for someone making this transition, or would the CPA plus a solid portfolio "
     "be sufficient?", "masters-data"),
    ("education", "do u really need a masters to teach, or can you start with just the "
     "teaching credential?", "teaching-routes"),
    # sure as a whole of the other option, offered only as enough instead ("a PM course")
    ("product_management", "Do I really need an MBA, or would a shorter product management"
     " certification course be sufficient?", "mba-for-product"),
])
def test_an_either_or_question_is_read_by_its_first_option(
        banks: dict[str, Bank], field: str, text: str, expected: str) -> None:
    from tests.features.practice.support import midway_turns
    persona = banks[field].personas[0].id
    result = midway_turns(banks[field], persona, text)[0]
    assert (result.kind, result.question_id) == ("answer", expected), result


def test_an_other_option_with_a_topic_of_its_own_keeps_the_question_unsure(
        banks: dict[str, Bank]) -> None:
    """"…senior then manager, or is there a proper individual contributor track?" asks about
    the track, which no bank question covers: not the answer on how to advance."""
    from tests.features.practice.support import midway_turns
    bank = banks["ux_design"]
    result = midway_turns(bank, bank.personas[0].id, "Does it usually go junior, mid, senior "
                          "then manager, or is there a proper individual contributor track?")[0]
    assert result.question_id != "keys-to-advancement", result


@pytest.mark.parametrize(("field", "text", "expected"), [
    # getting a job swallowed "remote", the one word saying what was asked
    ("software_engineering", "can a junior realistically get a fully remote role?",
     "remote-developers"),
    ("software_engineering", "Is it realistic for a junior to get a fully remote job these days?",
     "remote-developers"),
    ("marketing", "can a newbie land a remote marketing job?", "remote-marketing"),
])
def test_getting_a_remote_job_is_the_remote_question(
        matchers: dict[str, Matcher], field: str, text: str, expected: str) -> None:
    assert matchers[field].match(text).question_id == expected


@pytest.mark.parametrize(("field", "text"), [
    # the finance team is a team they work with, not the finance industry
    ("data_analytics", "How do analysts at your company work with the finance team?"),
    ("data_analytics", "No, not quite. I mean: how do the analysts on your team work with the "
     "finance department day to day?"),
    ("marketing", "do u work with other teams much"),
    ("education", "which other departments do you deal with most?"),
    ("healthcare", "who do you work with most apart from other nurses?"),
    ("product_management", "How do you work with customer support and the commercial side?"),
])
def test_the_teams_they_work_with_is_a_question_of_its_own(
        matchers: dict[str, Matcher], field: str, text: str) -> None:
    """"how do the analysts on your team work with the finance department day to day?" got the
    answer on moving within one's own employer; "…with the finance team?" the one on which
    industry to pick."""
    assert matchers[field].match(text).question_id == "other-teams"


@pytest.mark.parametrize(("field", "text"), [
    ("healthcare", "Which hospital departments are best for new graduate nurses?"),
    ("data_analytics", "do you work with your team a lot?"),
])
def test_a_department_to_work_in_or_their_own_team_is_not_the_teams_around_them(
        matchers: dict[str, Matcher], field: str, text: str) -> None:
    assert matchers[field].match(text).question_id != "other-teams"


def test_how_teams_work_together_and_where_it_rubs_is_one_question(
        banks: dict[str, Bank]) -> None:
    """"…How does your analytics team work with your finance team, and where does friction
    typically arise?" got "Did you mean 'Does the industry matter…?'", then, answered, the
    tip "Ask next: “How does your analytics team work with your finance team?”", the very
    question it had answered."""
    from tests.features.practice.support import midway_turns
    result = midway_turns(banks["data_analytics"], "carlos", "I've been at an oil-services firm "
                          "for six years, receiving reports from our BI group that often do not "
                          "reconcile to the general ledger. How does your analytics team work "
                          "with your finance team, and where does friction typically arise?")[0]
    assert result.question_id == "other-teams", result
    assert "finance" in result.reply.lower()
    assert not any("Several questions" in tip for tip in result.coaching), result.coaching


@pytest.mark.parametrize(("field", "text", "expected"), [
    # the NHS's supporting statement is what a candidate sends, as a CV or cover letter is
    ("healthcare", "What should I put in the supporting statement when I apply for an NHS job "
     "on NHS Jobs?", "application-stand-out"),
    ("healthcare", "How does the NHS application process work, particularly the supporting "
     "statement? I have heard it is quite different from applying for a teaching post.",
     "application-stand-out"),
    # whether their experience would carry over is the question on their background
    ("healthcare", "I have taught chemistry in Manchester for eight years. In my present role I "
     "manage timetables and exam entries for about 200 pupils. Do you think that sort of "
     "experience would transfer to an operations or admin role in the NHS?",
     "assess-my-background"),
    ("marketing", "i sell cars and i'm top 3 on the floor most months. would those skills "
     "really transfer to marketing?", "assess-my-background"),
])
def test_what_an_application_needs_and_whether_a_background_carries_over(
        banks: dict[str, Bank], field: str, text: str, expected: str) -> None:
    from tests.features.practice.support import midway_turns
    bank = banks[field]
    result = midway_turns(bank, bank.personas[1].id, text)[0]
    assert (result.kind, result.question_id) == ("answer", expected), result


@pytest.mark.parametrize(("field", "text", "expected"), [
    # how to put years in the forces into words an employer outside them follows
    ("nonprofit_public", "How do I translate military experience so a nonprofit hiring manager "
     "gets it? I ran convoys, supply, 40 soldiers. Civilians hear 'sustainment brigade' and "
     "glaze over.", "military-to-mission"),
    ("general", "how would I explain being a platoon sergeant to a civilian recruiter?",
     "military-to-civilian"),
    ("general", "leaving the navy after 8 years - how do i make my rank and duties make sense "
     "on a CV?", "military-to-civilian"),
    # which the preference a veteran gets in hiring is not
    ("nonprofit_public", "does veterans preference count at nonprofits?", "veterans-preference"),
])
def test_a_veterans_questions_reach_their_answers(
        banks: dict[str, Bank], field: str, text: str, expected: str) -> None:
    """"How do I translate military experience so a nonprofit hiring manager gets it?" got
    "did you mean your chances, or veterans' preference?": no bank question said it."""
    from tests.features.practice.support import midway_turns
    bank = banks[field]
    result = midway_turns(bank, bank.personas[-1].id, text)[0]
    assert (result.kind, result.question_id) == ("answer", expected), result


def test_a_topic_named_before_the_question_is_what_its_it_means(banks: dict[str, Bank]) -> None:
    """"What about the MBA specifically? Would it make any difference for someone of my age
    and background?" got "the first thing I'd look for is whether you've been close to
    customers": the MBA named just before was not what "it" meant."""
    from tests.features.practice.support import midway_turns
    result = midway_turns(banks["product_management"], "derek", "What about the MBA"
                          " specifically? Would it make any difference for someone of my age and"
                          " background?")[0]
    assert (result.kind, result.question_id) == ("answer", "mba-for-product"), result


@pytest.mark.parametrize("text", [
    "is R still used much in industry teams like yours?",
    "Understood. On tooling: I am fluent in Python, but much of my statistical work historically"
    " was done in R. Which should I emphasise when applying, and is R still used much in"
    " industry teams like yours?",
    "should i learn python or r first?",
])
def test_the_r_language_is_a_word_of_the_question(banks: dict[str, Bank], text: str) -> None:
    """"is R still used much in industry teams like yours?" got which other teams the contact
    works with: a one-letter word was dropped, and "teams like yours" was all that was left."""
    from tests.features.practice.support import first_turn
    assert first_turn(banks["data_analytics"], "lena", text).question_id == "python-or-r"
    from bot.features.practice.terms import normalise
    assert normalise("r u hiring?") == "are you hiring"  # "r" alone is still "are"


def test_how_can_i_get_some_experience_asks_about_getting_it(banks: dict[str, Bank]) -> None:
    """"How can I get research experience if I have never done user research?" got how UX
    research differs from design as a career: in a "how can I" question, what it asks about
    (getting experience) comes first, as in a what/which one."""
    from tests.features.practice.support import first_turn
    turn = first_turn(banks["ux_design"], "nia", "How can I get research experience if I have"
                      " never done user research?")
    assert turn.question_id in ("try-it-project", "real-project-experience"), turn
