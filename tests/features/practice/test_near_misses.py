"""Near misses of this round's rules, found by a review that tried each on messages that look
alike but ask something else: each had become a worse reply than before."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW, midway_turns


@pytest.mark.parametrize("text", ["should i learn java or python first?",
                                  "total beginner here, python or java?",
                                  "is java harder to learn than python for someone with no "
                                  "coding background?"])
def test_a_beginner_choosing_a_first_language_is_not_told_to_go_deeper(
        banks: dict[str, Bank], text: str) -> None:
    result = midway_turns(banks["software_engineering"], "priya", text)[0]
    assert result.question_id == "first-language", result


@pytest.mark.parametrize(("field", "persona", "text", "not_id"), [
    ("education", "ben", "how do you keep in touch with parents?", "after-the-meeting"),
    ("healthcare", "maria", "how do you follow up with patients after they go home?",
     "after-the-meeting"),
    ("nonprofit_public", "aisha", "how do you follow up with donors?", "after-the-meeting"),
])
def test_following_up_in_their_own_work_is_no_thank_you_note(
        banks: dict[str, Bank], field: str, persona: str, text: str, not_id: str) -> None:
    result = midway_turns(banks[field], persona, text)[0]
    assert result.question_id != not_id, result
    assert "thank-you the same day" not in result.reply, result.reply


def test_a_budget_asked_by_someone_abroad_keeps_its_figure(banks: dict[str, Bank]) -> None:
    """Local pay said in passing is left out for someone living elsewhere; a budget is no pay."""
    bank = banks["marketing"]
    state = start_you_ask(bank, 30, NOW, "keisha", abroad=True)
    result = you_ask_turn(state, bank, Matcher.for_bank(bank), "how big a budget do you manage?",
                          NOW)[1]
    assert "thousand dollars" in result.reply, result.reply


@pytest.mark.parametrize(("field", "persona", "text", "not_start"), [
    # a client's deadline, not an offer
    ("marketing", "jordan", "when a client wants everything by friday how do you negotiate that?",
     "From the side that makes offers"),
    # a portfolio to look at, not a thank-you note
    ("ux_design", "jenna", "after this call can i email you my portfolio for feedback?",
     "From the other side of chats like this"),
    # another state, not another country
    ("healthcare", "dana", "do hospitals require local experience or will they take someone "
     "from a different state?", "I can only tell you what I've seen: experience from another"),
])
def test_an_honest_topic_is_not_taken_from_a_word_alone(
        banks: dict[str, Bank], field: str, persona: str, text: str, not_start: str) -> None:
    result = midway_turns(banks[field], persona, text)[0]
    assert not result.reply.startswith(not_start), result.reply


def test_an_amount_is_the_number_beside_what_is_counted(banks: dict[str, Bank]) -> None:
    """"how many juniors do you have?" after "Daniel … joined as a junior after his bootcamp at
    34" had repeated that sentence: 34 is his age, not a count of juniors."""
    results = midway_turns(banks["software_engineering"], "priya",
                           "would someone like me start as a junior?",
                           "how many juniors do you have?")
    assert "at 34" not in results[1].reply, results[1].reply


def test_one_stands_for_the_whole_thing_named(banks: dict[str, Bank]) -> None:
    """"I don't have a technical background. do I need one to get hired?" had become the
    domain-knowledge answer ("Hugely."), "one" read as "a technical"."""
    result = midway_turns(banks["data_analytics"], "marcus",
                          "I don't have a technical background. do I need one to get hired?")[0]
    assert result.question_id != "domain-knowledge", result


def test_said_again_skips_a_line_of_sympathy_and_keeps_one_colon() -> None:
    from bot.features.practice.persona import said_again
    assert said_again("I'm sorry, that's a stressful spot. Keep your head down and update your"
                      " CV.") == "As I mentioned earlier, keep your head down and update your CV."
    again = said_again("From the side that makes offers: there's usually a little room. Give a"
                       " reason.")
    assert again == ("As I mentioned earlier, from the side that makes offers: there's usually a"
                     " little room.")


def test_a_first_senior_role_is_past_the_first_rung() -> None:
    from bot.features.practice.insider import asks_past_entry
    assert asks_past_entry("ive been an analyst for 4 years. what does a first senior role pay?")


def test_turned_down_for_jobs_is_no_saying_no(banks: dict[str, Bank]) -> None:
    result = midway_turns(banks["product_management"], "hannah",
                          "ive been turned down for 30 pm roles now, what am i doing wrong?")[0]
    assert result.question_id != "saying-no" and "say no to requests" not in result.reply, result


def test_harder_over_40_is_still_a_yes_no_question() -> None:
    from bot.features.practice.understand import wording_flags
    assert "closed" in wording_flags("is it harder to get hired over 40?")


def test_work_named_like_a_town_is_no_place_moved_from(banks: dict[str, Bank]) -> None:
    result = midway_turns(banks["software_engineering"], "alyssa", "is there anyone else u think "
                          "i shud talk to? maybe someone who moved from Sales into engineering?")[0]
    assert "here from Sales" not in result.reply, result.reply


@pytest.mark.parametrize("said", ["the bit i love about teaching is the kids but the marking "
                                  "is killing me", "the part i enjoy least is the scripted calls"])
def test_a_part_of_the_old_job_is_no_reason_for_the_new_one(said: str) -> None:
    from bot.features.practice.covered import covered
    assert not covered("why-this-field", said)


def test_chats_like_this_worth_it_is_not_whether_they_like_their_job(
        banks: dict[str, Bank]) -> None:
    """"are chats like this really worth it?" got "Yes, I do. Ask me again during
    operating-plan season.": "worth it" read as liking the job."""
    result = midway_turns(banks["finance"], "rosa", "are chats like this really worth it?")[0]
    assert result.question_id != "do-you-like-job" and not result.reply.startswith("Yes, I do"), \
        result


def test_how_much_to_know_technically_is_how_technical_the_job_is(banks: dict[str, Bank]) -> None:
    """"how much do u actually need to know technically to work w engineers day to day?" got
    "Every day." ("technically", an adverb, had been dropped before matching)."""
    result = midway_turns(banks["product_management"], "derek", "ok that makes sense. my big "
                          "worry tho is i dont have a technical degree, i studied communications. "
                          "how much do u actually need to know technically to work w engineers "
                          "day to day?")[0]
    assert result.question_id == "technical-background", result


def test_where_the_user_would_do_it_from_is_their_own_place(banks: dict[str, Bank]) -> None:
    """"whats one thing i could do this month from glasgow to get real research experience?"
    got "I'm not close enough to that…": Glasgow, where she is, had counted as a topic."""
    from bot.features.practice.terms import normalise, own_places
    text = "whats one thing i could do this month from glasgow to get real research experience?"
    assert own_places(normalise(text)) == {"glasgow"}
    result = midway_turns(banks["ux_design"], "jenna", text)[0]
    assert result.question_id == "try-it-project", result
