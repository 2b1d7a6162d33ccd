"""Moves around the questions, as testers typed them (a Miami pharmacist writing in her second
language, a Bengaluru QA tester, a Cleveland journalist, a Dublin graduate, a Houston
engineer): hellos, chat about their town, a choice among the people offered, thanks for an
offer, and the last minute of the meeting."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.state import TurnResult
from bot.features.practice.understand import read_message
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW


def _meeting(bank: Bank, persona: str, minutes: int, at: float, *texts: str
             ) -> list[TurnResult]:
    """A meeting ``at`` minutes in (one question answered), then ``texts``."""
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, minutes, NOW, persona)
    state.asked, state.times_asked, state.elapsed = ["typical-day"], {"typical-day": 1}, at
    results = []
    for text in texts:
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
        results.append(result)
    return results


def test_hello_without_its_it_asks_nothing(banks: dict[str, Bank]) -> None:
    """"Is nice to meet you." had been read as a yes/no question: the contact said the
    question was beyond her work, and the scorecard counted a weak question."""
    reading = read_message("Hi Tanya, thank you so much for your time. Is nice to meet you. I "
                           "am pharmacist in retail in Miami since 12 years, now I want to move "
                           "to the hospital operations side.")
    assert reading.move == "greeting" and not reading.flags


@pytest.mark.parametrize(("field", "persona", "text", "said"), [
    ("software_engineering", "alyssa", "may I ask how things are in Denver? I understand you "
     "have had early snow this year.", "weather"),
    ("healthcare", "dana", "Hello Dana! How is Houston, very hot already no? Here in Miami we "
     "are melting haha", ""),
    ("product_management", "mei", "Hi Mei, nice to meet you! Are you working from office or "
     "home today?", "home today"),
])
def test_asking_after_their_town_or_their_day_is_chat(banks: dict[str, Bank], field: str,
                                                      persona: str, text: str, said: str) -> None:
    """Each had got "I don't have a solid answer to that one", or the remote-work policy."""
    result = _meeting(banks[field], persona, 30, 0.5, text)[0]
    assert result.question_id is None and result.kind in ("small_talk", "greeting"), result
    assert said in result.reply and "answer" not in result.reply, result.reply


@pytest.mark.parametrize(("field", "persona", "minute", "text", "said"), [
    # each had got a bank answer (the typical day, community care) or "beyond my own work"
    ("healthcare", "maria", 0.5, "Hello Maria, lovely to meet you too! Busy day on the ward?",
     "thanks"),
    ("nonprofit_public", "aisha", 6, "Has it been a busy week at the hubs with the cold snap?",
     ""),
    ("healthcare", "samir", 3, "How are your clinic visits going today?", "thanks"),
    ("finance", "grace", 3, "By the way, have you ever visited the States? My daughter studied "
     "in Manchester for a semester and loved it.", "I have"),
    # back after a dropped line, with chat of its own: both heard
    ("finance", "rosa", 6, "sorry my wifi dropped for a sec! is it snowing in Chicago yet?",
     "No problem at all! Don't get me started on the weather!"),
    # two lines of chat after a hello, with "lunch break" no holiday: had got the typical day
    ("education", "ben", 0.5, "Hello Ben, thank you very much for making time in your lunch "
     "break. I hope the morning lessons were not too exhausting? Is it a busy week for you at "
     "school?", "thanks"),
    # "how has … been" and "wasn't too crazy": had got "Pick a specific case…", the typical day
    ("healthcare", "maria", 0.5, "Well done ma! thank u so much for making time, i know how "
     "busy it is on the ward. how has your shift been today, was it madness?", "thanks"),
    ("healthcare", "maria", 0.5, "hope your shift wasnt too crazy today!", "thanks"),
])
def test_chat_about_their_day_or_travels_gets_chat_back(
        banks: dict[str, Bank], field: str, persona: str, minute: float, text: str,
        said: str) -> None:
    result = _meeting(banks[field], persona, 30, minute, text)[0]
    assert result.question_id is None and result.kind in ("small_talk", "greeting"), result
    assert said in result.reply and not result.coaching, result.reply
    assert "day to day" not in result.reply and "answer" not in result.reply, result.reply


@pytest.mark.parametrize("text", ["How is Python for data work?", "How is Epic, the EHR?"])
def test_how_is_a_named_tool_is_still_a_question(text: str) -> None:
    assert read_message(text).move == "question"


def test_thanks_for_an_offer_then_a_question_does_not_end_the_meeting(
        banks: dict[str, Bank]) -> None:
    """The contact answered, said goodbye and showed the scorecard at 19 of 30 minutes, then
    marked the user down for not offering to wrap up."""
    asked, closing = _meeting(
        banks["product_management"], "mei", 30, 16,
        "Thank you so much, that is very kind. I will share once it is ready, may take 2-3 "
        "weeks. What do the PM interviews involve in your company, is there a case study round?",
        "What do the PM interviews involve? Thanks so much for everything.")
    assert asked.question_id == "pm-interviews" and not asked.ended, asked
    assert closing.ended  # thanks after the question still closes


def test_no_more_questions_invited_in_the_last_minute(banks: dict[str, Bank]) -> None:
    """At 19.7 of 20 minutes the contact still said "Go on, what else can I tell you?"."""
    *_, taken = _meeting(banks["finance"], "arjun", 20, 16.5, "who else should i talk to?",
                         "ya go on that wud be deadly")
    assert taken.kind == "yes" and "introduction" in taken.reply, taken
    assert "what else" not in taken.reply.lower(), taken.reply
    early = _meeting(banks["finance"], "arjun", 30, 10, "who else should i talk to?",
                     "ya go on that wud be deadly")[-1]
    assert "what else" in early.reply.lower()


def test_a_referral_asked_while_wrapping_up_is_answered(banks: dict[str, Bank]) -> None:
    """"…Last question: you know somebody in operations or administration that maybe would
    talk with me?" had got "I'm not close enough to that"."""
    result = _meeting(banks["healthcare"], "dana", 20, 15,
                      "I see we are almost in time, I dont want to make you late for your huddle. "
                      "Last question: you know somebody in operations or administration that "
                      "maybe would talk with me?")[0]
    assert result.question_id == "who-else" and "Tom" in result.reply, result


@pytest.mark.parametrize(("field", "persona", "reply", "one"), [
    # "more for me", the others later: had got "Got it. So what would be most useful…"
    ("healthcare", "dana", "Hmm, maybe Tom is more for me, because of the operations. Luis and "
     "Keisha maybe later.", "Tom"),
    # a name before the yes: had got "You're welcome", then "if you'd like an introduction later"
    ("marketing", "sofia", "Rachel, yes, I'd appreciate that. I'll hold off on Tom for now, "
     "since I want to get my portfolio in order first.", "Rachel"),
    # a name that opens the sentence naming her ("Denise, who leads …") is a name too
    ("finance", "rosa", "hmm maybe later for Kevin, but yes to Denise please!", "Denise"),
    # "Shall I email them…?", one named and one not: the named one, the other put off
    ("nonprofit_public", "aisha", "Kwame please, the money side is where I'm weakest. Council "
     "one can wait.", "Kwame"),
])
def test_one_of_the_people_offered_chosen_in_passing_is_introduced(
        banks: dict[str, Bank], field: str, persona: str, reply: str, one: str) -> None:
    offer, taken = _meeting(banks[field], persona, 30, 10, "who else do you think I should "
                            "talk to?", reply)
    assert taken.kind == "yes" and f"introduce you to {one} " in taken.reply, taken


def test_a_sound_alike_typo_is_read(banks: dict[str, Bank]) -> None:
    """"What is a tipical day for you?" (i for y, as Spanish spells it) had got "That one's
    beyond what I deal with"."""
    result = _meeting(banks["healthcare"], "tanya", 30, 2, "What is a tipical day for you?")[0]
    assert result.question_id == "typical-day", result


def test_a_model_question_is_spelled_out(banks: dict[str, Bank]) -> None:
    """"Ask next: 'What shud I be doin now to get ready?'" and "…should lern first…" handed
    the user's shorthand and typos back as the wording to copy."""
    from bot.features.practice.spelling import spelled
    bank = banks["product_management"]
    assert spelled("What shud I be doin now to get ready?", bank) == \
        "What should I be doing now to get ready?"
    assert spelled("What are the skils I should lern first?", bank) == \
        "What are the skills I should learn first?"
    assert spelled("how do u see R vs python", bank) == "how do you see R vs python"


def test_examples_after_a_question_are_not_more_questions() -> None:
    """"what shud i be doin now to get ready? cfa level 1? excel courses?" was coached as
    several questions at once."""
    reading = read_message("fair. what shud i be doin now to get ready? cfa level 1? excel "
                           "courses?")
    assert len(reading.questions) == 1 and "multiple" not in reading.flags, reading
    assert "excel courses" in reading.question
    # one short topic after a question is still a question of its own
    assert len(read_message("Fair. How does hiring work at your dept then? Veterans preference "
                            "there?").questions) == 2


def test_a_degree_in_another_subject_is_not_asked_whether_to_take_one(
        banks: dict[str, Bank]) -> None:
    """"do u think a marketing degree is a problem for grad schemes?" had got "whether a
    degree is worth it depends on the roles you're aiming at", and "is that a problem" had
    been read as the problems the team solves."""
    result = _meeting(banks["finance"], "arjun", 30, 4, "do u think a marketing degree is a "
                      "problem for grad schemes? like would they even look at me")[0]
    assert "subject matters less" in result.reply and "worth it" not in result.reply, result
    assert result.question_id != "problems-to-solve"


@pytest.mark.parametrize(("field", "persona", "text", "expected"), [
    # "would that count" after what they did: had got "I don't have a solid answer"
    ("ux_design", "daniel", "could i use stuff from teaching like rewriting the school's parent "
     "letters, would that count?", "assess-my-background"),
    # their age against the team's: had got a typical week, coached as several questions
    ("marketing", "keisha", "Candidly, how old is the typical person on your team? I'm "
     "wondering whether I'd stick out like a sore thumb.", "too-old-to-switch"),
    # had got "I don't have a solid answer", and the rewrite "What people in their fifties …?"
    ("marketing", "keisha", "are there people in their fifties in marketing at your company?",
     "too-old-to-switch"),
    # hours said as the week's shape: had got the contact's typical day
    ("healthcare", "dana", "are the hours more normal in admin, like monday to friday 9 to 5?",
     "work-life-balance"),
    # had got "Did you mean 'What does a typical day look like for you?'", just told
    ("finance", "arjun", "and what time do u finish usually", "work-life-balance"),
    # a clarifier joined by a comma: had got "I'm not close enough to that"
    ("product_management", "mei", "You are APM since 2 years. How did you get the APM role, "
     "was it campus hiring or lateral?", "how-got-started"),
])
def test_questions_a_journalist_and_a_teacher_asked_get_their_answer(
        banks: dict[str, Bank], field: str, persona: str, text: str, expected: str) -> None:
    assert _meeting(banks[field], persona, 30, 4, text)[0].question_id == expected


def test_i_meant_turns_down_the_guesses_offered(banks: dict[str, Bank]) -> None:
    """"I meant the job market for backend engineers in Houston specifically, not frontend
    versus backend", after "did you mean … or 'How do frontend, backend and full-stack work
    differ?'", had got the frontend and backend answer."""
    offered, meant = _meeting(
        banks["product_management"], "mei", 30, 4, "what are the chances of remote from nigeria",
        "I meant how long it takes to land a first PM job, not remote work")
    assert offered.kind == "did_you_mean" and offered.guess_id == "remote-product", offered
    assert meant.question_id not in ("remote-product", "assess-my-background"), meant
    assert meant.guess_id not in ("remote-product", "assess-my-background"), meant


def test_a_market_elsewhere_gets_an_honest_word_not_what_they_enjoy(
        banks: dict[str, Bank]) -> None:
    """"…in the energy-tech companies?" had offered "What do you enjoy most about your
    work?": "energy" was read as what gives them energy."""
    result = _meeting(banks["software_engineering"], "alyssa", 30, 4,
                      "Do you have any sense of the backend engineering market there in Houston, "
                      "for example in the energy-tech companies?")[0]
    assert "enjoy" not in result.reply and "Houston" in result.reply, result


def test_no_rough_guide_is_promised_before_no_figures(banks: dict[str, Bank]) -> None:
    """"I only know the market here in Denver, so take this as a rough guide for Houston.
    Honestly, I only know my own side of that…": a guide promised, and none given."""
    from bot.features.practice.honest import honest_reply
    from bot.features.practice.you_ask import start_you_ask
    bank = banks["software_engineering"]
    state = start_you_ask(bank, 30, NOW, "alyssa")
    text = "how is the job market in Houston compared with Denver, more jobs or fewer?"
    reply = honest_reply(state, bank, text, text, None, None)
    assert "rough guide" not in reply and "Houston" in reply, reply


def test_someone_already_given_is_not_offered_again(banks: dict[str, Bank]) -> None:
    """"is there anyone else you think i should speak to apart from ines?" had got "Talk to
    Ines, a content designer on my team…" first, again."""
    result = _meeting(banks["ux_design"], "daniel", 30, 8, "is there anyone else you think i "
                      "should speak to apart from ines?")[0]
    assert result.question_id == "who-else" and "Ines" not in result.reply, result
    assert "colleague" in result.reply


@pytest.mark.parametrize("text", [
    "Could you tell me how you made your own transition from TV news into this work?",
    "how did you make your transition from journalism?",
])
def test_their_move_from_a_field_the_bank_never_names_is_their_story(
        banks: dict[str, Bank], text: str) -> None:
    """Gabriel, who came from TV news, had said "that's outside what I see day to day": the
    field he came from, unknown to the bank, had counted against the question."""
    result = _meeting(banks["nonprofit_public"], "gabriel", 30, 2, text)[0]
    assert result.question_id == "how-got-started", result


def test_their_week_so_far_is_not_told_as_over(banks: dict[str, Bank]) -> None:
    """"How is your week going so far?" had got "It went fine, … it's off my plate now"."""
    result = _meeting(banks["nonprofit_public"], "gabriel", 30, 0.5,
                      "How is your week going so far?")[0]
    assert result.kind == "small_talk" and "went fine" not in result.reply, result


def test_a_model_question_keeps_a_word_the_bank_says_in_another_form(
        banks: dict[str, Bank]) -> None:
    """"Ask next: 'How much of it involve the clinical systems side…?'": "involves" had been
    put "right" to the bank's "involve"."""
    from bot.features.practice.spelling import spelled
    assert spelled("How much of it involves the clinical systems side?", banks["healthcare"]) \
        == "How much of it involves the clinical systems side?"


def test_slang_is_not_held_up_as_a_line_to_lead_with() -> None:
    """"I like that: '10th or 11th grade would be sick'. I'd lead with something like that when
    you introduce yourself", two minutes after the tone tip."""
    from bot.features.practice.acknowledge import acknowledge_answer
    said = acknowledge_answer("ngl probably high school, like 10th or 11th grade would be sick", 1)
    assert "sick" not in said and "lead with" not in said, said


def test_a_result_after_a_dash_counts_towards_the_background_question(
        banks: dict[str, Bank]) -> None:
    """"…I ran our branch's flu jab campaign last winter - bookings went up about 40%. could
    something like that count towards a brand role?" had got "That one's beyond what I deal
    with": "count towards" was not read, nor the result after the dash."""
    result = _meeting(banks["marketing"], "jordan", 30, 2,
                      "so quick context: im a community pharmacist, 7 years, and I ran our "
                      "branch's flu jab campaign last winter - bookings went up about 40%. could "
                      "something like that count towards a brand role?")[0]
    assert result.question_id == "assess-my-background", result
    assert result.reply.startswith("Bookings went up about 40%: that's a real result"), result


@pytest.mark.parametrize(("field", "persona", "ask", "pick", "who"), [
    ("marketing", "sofia", "do you know anyone else i could talk to?", "tom please", "Tom"),
    ("marketing", "sofia", "do you know anyone else i could talk to?", "maybe the second one?",
     "Tom"),
    ("marketing", "sofia", "do you know anyone else i could talk to?", "the first one", "Rachel"),
    ("marketing", "sofia", "do you know anyone else i could talk to?",
     "tom maybe? sounds closer to what i want", "Tom"),
    ("education", "ben", "could you introduce me to anyone who teaches history?",
     "the second one sounds closer to what i want", "Mr Patel"),
])
def test_picking_one_of_the_people_offered(banks: dict[str, Bank], field: str, persona: str,
                                           ask: str, pick: str, who: str) -> None:
    """The offer ends "…in touch with both?", so the names are in the answer before it: "tom
    please" had got "I'm not sure how to answer that one", and "maybe the second one?" an
    honest "beyond what I deal with"."""
    offer, picked = _meeting(banks[field], persona, 30, 8.0, ask, pick)
    assert offer.question_id == "who-else" and "?" in offer.reply, offer
    assert picked.kind == "yes" and f"introduce you to {who} " in picked.reply, picked.reply


def test_a_name_then_a_question_about_them_is_no_yes(banks: dict[str, Bank]) -> None:
    picked = _meeting(banks["marketing"], "sofia", 30, 8.0,
                      "do you know anyone else i could talk to?", "tom? what does he do")[1]
    assert picked.kind != "yes" and "introduce you" not in picked.reply, picked.reply


def test_a_question_in_a_learners_word_order_is_no_model(banks: dict[str, Bank]) -> None:
    """"Ask next: 'Which skill I need learn first?'" handed a second language's grammar back
    as the wording to copy; the note is given without it."""
    result = _meeting(banks["data_analytics"], "lena", 30, 8, "How you started in data? Which "
                      "skill I need learn first?")[0]
    tip = " ".join(result.coaching)
    assert "Several questions at once" in tip and "I need learn" not in tip, tip


def test_some_other_person_like_me_is_asking_who_else(banks: dict[str, Bank]) -> None:
    """It had got "that's outside what I see day to day"."""
    result = _meeting(banks["ux_design"], "nia", 30, 8, "Do you know some other person who made "
                      "a career change like me, maybe from architecture or interior design?")[0]
    assert result.question_id == "who-else", result
    tools = _meeting(banks["ux_design"], "nia", 30, 8, "do you know any other tools for "
                     "prototyping?")[0]
    assert tools.question_id != "who-else", tools


def test_an_introduction_already_promised_is_kept_to_at_goodbye(banks: dict[str, Bank]) -> None:
    """"I'll think about who fits best and introduce you both by email" had followed "I'll
    introduce you to Tom tonight"."""
    *_, bye = _meeting(banks["marketing"], "sofia", 30, 20.0, "do you know anyone else i could "
                       "talk to?", "tom please", "thank you so much Sofia, I'd really appreciate "
                       "the intro to Tom, I'll let you go")
    assert "who fits best" not in bye.reply and "introduction tonight" in bye.reply, bye.reply


def test_someone_who_moved_from_where_the_user_comes_from_is_asking_who_else(
        banks: dict[str, Bank]) -> None:
    """"do you know someone who moved from teaching … into analytics?" had got "That one's
    beyond what I deal with"; the person who fits is then the one offered, and a later yes to
    her with the other put off introduces her."""
    asked, taken = _meeting(banks["data_analytics"], "lena", 30, 8.0, "do you know someone who "
                            "moved from teaching or from a PhD into analytics?", "Hmm, maybe "
                            "later for Rafael, but Ama actually sounds perfect. Would you be "
                            "comfortable introducing me to her?")
    assert asked.question_id == "who-else" and asked.reply.startswith("My former PhD"), asked
    assert asked.reply.endswith("in touch with Ama?"), asked.reply
    assert taken.kind == "yes" and "introduce you to Ama " in taken.reply, taken.reply
    story = _meeting(banks["data_analytics"], "lena", 30, 8.0,
                     "do you know anyone who switched at 40?")[0]
    assert story.question_id != "who-else", story


def test_closing_the_meeting_with_thanks_before_time_is_wrapping_up(
        banks: dict[str, Bank]) -> None:
    """"Yes please, Rochelle especially. Thank you so much." at 25 of 30 minutes ended the
    meeting, and the scorecard said "❌ Offered to wrap up on time"."""
    from bot.features.practice.scorecard import scorecard

    bank = banks["marketing"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW, "sofia")
    for text in ("What does a typical day look like for you?", "How did you get into "
                 "marketing?", "What do you enjoy most about it?", "What skills matter most "
                 "for someone starting out?", "do you know anyone else i could talk to?"):
        state, _ = you_ask_turn(state, bank, matcher, text, NOW)
    state.elapsed = 25.0
    state, result = you_ask_turn(state, bank, matcher, "Yes please, Tom especially. Thank you "
                                 "so much.", NOW)
    assert result.ended and state.end_reason == "thanked", result
    card = scorecard(state)
    assert card.wrap_up == "on_time" and card.wrap_up_on_time, card


@pytest.mark.parametrize("text", [
    "could you describe what a normal Monday to Friday looks like for one of your analysts?",
    "what does a typical week look like for someone on your team?",
])
def test_the_day_of_the_people_a_manager_manages_is_not_their_own(banks: dict[str, Bank],
                                                                   text: str) -> None:
    """Carlos had answered with his own day: "I start with coffee and our Looker dashboards"."""
    result = _meeting(banks["data_analytics"], "carlos", 30, 8.0, text)[0]
    assert result.question_id == "first-months", result


def test_terminal_leave_is_no_hardship() -> None:
    """"That's a powerful reason, and it comes across" had met a soldier's leave before
    discharge, when he had given no reason at all."""
    from bot.features.practice.acknowledge import acknowledge_answer

    said = acknowledge_answer("just retired, on terminal leave till feb. been running supply "
                              "for a battalion of 600", 1)
    assert "powerful reason" not in said and "stayed with you" not in said, said


def test_a_slang_yes_to_one_of_them_introduces_them(banks: dict[str, Bank]) -> None:
    """"leon would be sick" had got "I'm not sure how to answer that one"."""
    taken = _meeting(banks["finance"], "arjun", 30, 8.0, "is there anyone on the banking side "
                     "at ur place i could talk to?", "leon would be sick")[1]
    assert taken.kind == "yes" and "introduce you to Leon " in taken.reply, taken.reply


def test_an_employer_typed_in_lower_case_with_still_is_another_employer(
        banks: dict[str, Bank]) -> None:
    """"do u know if goldman still takes grads…" had got the contact's own bank's internships,
    as if they were Goldman's."""
    result = _meeting(banks["finance"], "arjun", 30, 8.0, "do u know if goldman still takes "
                      "grads for their off cycle internships?")[0]
    assert result.question_id is None and "Goldman" in result.reply, result


def test_ppl_like_me_after_where_they_studied_is_about_where_they_studied(
        banks: dict[str, Bank]) -> None:
    """"im from a non target uni. do banks even look at ppl like me…" had got the career
    changer's "Tell me a bit about what you've done"."""
    result = _meeting(banks["finance"], "arjun", 30, 8.0, "im from a non target uni. do banks "
                      "even look at ppl like me or is it bare oxbridge and LSE")[0]
    assert result.question_id == "target-schools", result


def test_which_certification_to_get_is_not_whether_one_is_worth_it(
        banks: dict[str, Bank]) -> None:
    """"Is there a certification you would recommend for that?" had got "whether a
    certification is worth it depends on the roles you're aiming at"."""
    result = _meeting(banks["healthcare"], "tanya", 30, 8.0, "No, I meant the billing and "
                      "coding side. Is there a certification you would recommend for that?")[0]
    # the bank's own billing-and-coding answer names one (the CPC); else where to look
    assert "is worth it depends" not in result.reply, result
    assert "postings" in result.reply or (result.question_id == "billing-and-coding"
                                          and "CPC" in result.reply), result


def test_asking_where_the_contact_is_is_not_coached_as_yes_no(banks: dict[str, Bank]) -> None:
    """"Are you in London? …" got "everything I've told you" before anything was told, a
    yes/no tip, and a weak question on the scorecard."""
    bank = banks["data_analytics"]
    state = start_you_ask(bank, 30, NOW, "lena")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "Hi Lena! Are you in "
                                 "London? It rained the entire week here haha", NOW)
    assert result.reply.startswith("Yes, I'm in the UK") and "told you" not in result.reply
    assert not result.coaching and state.closed == 0, (result.coaching, state.closed)


def test_an_offer_put_off_after_thanks_and_a_reason_is_a_no_for_now() -> None:
    """"Thank you, that is very kind. I am in Nairobi so maybe later if I ever visit
    Nashville. …" to "Would you like to shadow Marisol …?" got an answer on another topic."""
    reading = read_message("Thank you, that is very kind. I am in Nairobi so maybe later if I "
                           "ever visit Nashville. Medical terminology I already know well from "
                           "nursing.", "offer", "Would you like to shadow Marisol at our main "
                           "front desk for a morning?")
    assert reading.move == "no", reading
    assert read_message("yes please! maybe later we can talk about pay too", "offer",
                        "Would you like to shadow Marisol?").move == "yes"


def test_a_thanked_goodbye_of_two_sentences_is_a_goodbye() -> None:
    """"Nothing more, thank you so much Alyssa, this was really helpful… Have a nice day!" got
    "Good, thanks! One of those weeks, but a good one. Anyway, where were we?"."""
    reading = read_message("Nothing more, thank you so much Alyssa, this was really helpful. "
                           "Have a nice day!")
    assert reading.move == "goodbye" and reading.thanks, reading


def test_a_job_ask_after_another_request_is_still_coached(banks: dict[str, Bank]) -> None:
    """"…can you have a look at my projects? Also if any opening comes in your team kindly do
    the needful and refer me" got no job-ask note, and the scorecard said "✅ Never asked for
    a job"."""
    bank = banks["software_engineering"]
    state = start_you_ask(bank, 30, NOW, "alyssa")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "if I share my github "
                                 "link with you, can you have a look at my projects? Also if any "
                                 "opening comes in your team kindly do the needful and refer me",
                                 NOW)
    assert any(tip.startswith("Job ask") for tip in result.coaching), result.coaching
    assert state.job_asks == 1, state.job_asks


@pytest.mark.parametrize("text", [
    "I managed 40 guys, scheduling, safety, OSHA stuff. Does any of that carry over to a clinic "
    "or hospital?",
    "what jobs should a guy like me even be looking at? titles I mean",
])
def test_the_guys_someone_managed_are_not_men_in_nursing(banks: dict[str, Bank],
                                                         text: str) -> None:
    """Both had got the contact's view of men in nursing ("the ED and ICU have the most men")."""
    result = _meeting(banks["healthcare"], "tanya", 30, 8.0, text)[0]
    assert result.question_id != "men-in-nursing" and result.guess_id != "men-in-nursing", result
    assert "men" not in result.reply.split(), result.reply


@pytest.mark.parametrize("text", ["where would I even start", "where do i even start tbh"])
def test_where_would_i_start_asks_advice_not_their_story(banks: dict[str, Bank],
                                                         text: str) -> None:
    """"…how do I make the move? where would I even start" got "As I mentioned earlier, I
    studied history": how the contact got started."""
    result = _meeting(banks["marketing"], "jordan", 20, 4.0, text)[0]
    assert result.question_id == "advice-for-newcomer", result


def test_asking_to_be_recommended_for_a_place_is_met_as_a_job_ask(banks: dict[str, Bank]) -> None:
    """"…could you maybe recommend me to the head?" got the pay answer ("salaried" read as
    pay), with no job-ask note."""
    result = _meeting(banks["education"], "ben", 30, 8.0, "If your school will take salaried "
                      "trainee next September, could you maybe recommend me to the head?")[0]
    assert result.question_id == "are-you-hiring", result
    assert any(tip.startswith("Job ask") for tip in result.coaching), result.coaching


@pytest.mark.parametrize(("field", "persona", "text", "none_from"), [
    ("marketing", "sofia", "do u know anyone else who jumped from news into content?",
     "Apart from me, I don't know anyone who made the move from news to content"),
    # the contact came from ops themself: not "I don't know anyone from ops" alone
    ("data_analytics", "carlos", "do you know anyone I could talk to, maybe somebody who came "
     "from ops or supply chain?", "Apart from me, I don't know anyone from ops"),
    # a move asked for is named as one: not "I don't know anyone from audit"
    ("finance", "arjun", "Do you know anybody who moved from audit into credit risk at a bank?",
     "I don't know anyone who made the move from audit to credit risk"),
    ("healthcare", "samir", "is there anyone you would suggest I speak with, ideally someone who"
     " made the move from a therapy profession into management?",
     "I don't know anyone who made the move from a therapy profession to management"),
    ("software_engineering", "priya", "is there anyone u think i shud talk to, like someone who"
     " moved from agency to a big company?",
     "I don't know anyone who made the move from an agency to a big company"),
    # "went" is no "wasn't": the ask had been dropped as a kind of person not wanted
    ("nonprofit_public", "aisha", "Do you know anyone who went from social work into policy?",
     "I don't know anyone who made the move from social work to policy"),
    # "came out the forces": from the forces ("Kwame, who came from a bank" had led, unmarked)
    ("nonprofit_public", "aisha", "Who else should I be speaking to? Ideally somebody who came out"
     " the forces into charity work.",
     "I don't know anyone who made the move from the forces to charity work"),
    # a Chicago accountant from audit came from banking no more than from operations
    ("finance", "rosa", "Is there anyone else you think I should talk to, maybe someone who moved"
     " over from banking operations like me?", "banking operations"),
    # someone who changed careers: the contact did, none of the names did
    ("marketing", "sofia", "is anyone else I should talk to, ideally someone who came into "
     "marketing later on from a different job?",
     "Apart from me, I can't think of anyone who changed careers"),
])
def test_none_of_the_names_came_from_where_the_user_asked(
        banks: dict[str, Bank], field: str, persona: str, text: str, none_from: str) -> None:
    """Asked for someone who came from news, the contact named Rachel and Tom as if they fit;
    it says first that none of them did."""
    reply = _meeting(banks[field], persona, 30, 8.0, text)[0]
    assert reply.question_id == "who-else", reply
    said = none_from if none_from.startswith(("Apart", "I don't")) else (
        f"I don't know anyone from {none_from}")
    assert reply.reply.startswith(f"{said}, I'm afraid"), reply.reply


@pytest.mark.parametrize(("field", "text"), [
    ("education", "do you know anyone who moved into teaching from another job?"),
    ("data_analytics", "Is there maybe someone in your network, maybe in healthcare or pharma "
     "analytics, who you think I should talk to?"),
])
def test_asking_whether_they_know_someone_is_asking_who_else(
        banks: dict[str, Bank], field: str, text: str) -> None:
    """"do you know anyone who moved into teaching…" had got the jobs beyond the classroom;
    "someone in your network" a "did you mean" about associations."""
    reply = _meeting(banks[field], banks[field].personas[0].id, 30, 8.0, text)[0]
    assert reply.question_id == "who-else", reply


def test_is_it_worth_going_leans_on_the_event_told_before(banks: dict[str, Bank]) -> None:
    """"theres a career fair in 2 weeks, is it worth going as a sophomore or nah" got the
    internships answer: "it" was read without the fair it stands for."""
    reply = _meeting(banks["software_engineering"], "alyssa", 20, 3.0, "theres a career fair in"
                     " 2 weeks, is it worth going as a sophomore or nah")[0]
    assert reply.question_id == "career-fairs", reply


@pytest.mark.parametrize(("field", "persona", "asked", "first"), [
    # "she was a nurse before her MBA"
    ("finance", "rosa", "anyone else you'd suggest? ideally a career changer like me", "Denise"),
    # "came in through the alternative license after a decade in a hospital lab"
    ("education", "denise", "do you know anyone who moved into teaching from another job?",
     "Terrence"),
    # "left a pharmacy technician job at 38"
    ("software_engineering", "alyssa", "do you know anyone who changed careers into this?",
     "Jenna"),
    # "who left consulting for a hospital operations role"
    ("general", "ruth", "do you know anyone who changed careers into this?", "Talk to Dami"),
])
def test_a_career_changer_named_is_offered_without_a_none(
        banks: dict[str, Bank], field: str, persona: str, asked: str, first: str) -> None:
    reply = _meeting(banks[field], persona, 30, 8.0, asked)[0]
    assert reply.question_id == "who-else" and reply.reply.startswith(first), reply.reply


def test_someone_who_came_from_there_is_offered_without_a_none() -> None:
    """A teacher is someone from teaching: no "I don't know anyone from teaching" before him."""
    from bot.features.practice.referrals import fitting_person

    answer = "Talk to Luis Ortega. Luis began as a teacher, so he knows the move."
    assert fitting_person(answer, "anyone who came from teaching?") == answer


def test_who_else_and_using_their_name_gets_the_names_first(banks: dict[str, Bank]) -> None:
    """"is there anyone you would suggest …, and would you mind if I mentioned your name?" got
    "I'll mention you to Joanna when I visit her clinic", though Joanna had never been named."""
    reply = _meeting(banks["healthcare"], "samir", 30, 8.0, "is there anyone you would suggest I"
                     " speak with, ideally someone who made the move from a therapy profession "
                     "into management, and would you mind if I mentioned your name when I "
                     "contact them?")[0]
    assert reply.question_id == "who-else", reply
    assert "Talk to Joanna" in reply.reply and "mention you to" not in reply.reply, reply.reply


def test_who_a_named_colleague_is_gets_them_said_again(banks: dict[str, Bank]) -> None:
    """"Sorry, who is Luis? I did not catch his role." got "Luis should tell you that one: I only
    know the outline", from the contact who had just named him."""
    first, again = _meeting(banks["product_management"], "derek", 20, 5.0, "Is there anyone you "
                            "know in EV or climate tech I could talk to?", "Sorry, who is Luis? "
                            "I did not catch his role.")
    assert first.question_id == "who-else" and "Luis" in first.reply, first
    assert again.reply.startswith("Sorry, I rushed that. Luis on my team, who was a freight "
                                  "broker"), again.reply


def test_a_gap_like_mine_gets_what_the_contact_has_seen_of_gaps(banks: dict[str, Bank]) -> None:
    """"…How do NHS recruiters tend to look at a gap like mine, and is there anything I should
    do about it before I apply?" got "tell your manager what you want", to a mother ten years
    out of work."""
    reply = _meeting(banks["healthcare"], "samir", 20, 5.0, "I've been out of work for ten years "
                     "raising my children. How do NHS recruiters tend to look at a gap like "
                     "mine, and is there anything I should do about it before I apply?")[0]
    assert "the gap itself" in reply.reply and "your manager" not in reply.reply, reply.reply


def test_an_invitation_inside_an_answer_is_taken_by_a_yes(banks: dict[str, Bank]) -> None:
    """"…an observation day here would be a great start." then "An observation day would be
    useful, yes please." got "Glad that helps.": the invitation, put as a question inside the
    answer, is one a yes takes."""
    asked, taken = _meeting(banks["education"], "ben", 20, 5.0, "are you hiring an exams "
                            "officer at the moment?", "Fair enough. An observation day would be "
                            "useful, yes please.")
    assert "observation day?" in asked.reply, asked.reply
    assert taken.kind == "yes" and "email you" in taken.reply, taken


def test_a_week_for_one_of_their_junior_analysts_is_a_newcomers(banks: dict[str, Bank]) -> None:
    """"what does a normal week look like for one of your junior analysts?" got the contact's
    own mornings and a tip to ask about a real day."""
    reply = _meeting(banks["data_analytics"], "marcus", 20, 5.0, "what does a normal week look "
                     "like for one of your junior analysts?")[0]
    assert reply.question_id == "first-months", reply


def test_thanks_that_take_up_an_offer_late_do_not_end_the_meeting(banks: dict[str, Bank]) -> None:
    """At 16 of 20 minutes, "Oh yes please, that would be lovely! Thank you so much, I'd really
    appreciate an introduction" ended the meeting and showed the scorecard: the thanks were for
    the introduction, not a goodbye."""
    results = _meeting(banks["nonprofit_public"], "aisha", 20, 13.0,
                       "who else should I talk to?",
                       "Oh yes please, that would be lovely! Thank you so much, I'd really "
                       "appreciate an introduction to them")
    assert results[-1].kind == "yes" and not results[-1].ended, results[-1]
    # thanks for their time, with the yes, is still a goodbye
    results = _meeting(banks["nonprofit_public"], "aisha", 20, 13.0,
                       "who else should I talk to?",
                       "yes please, thank you so much for your time today, this has been "
                       "really helpful")
    assert results[-1].ended, results[-1]


@pytest.mark.parametrize(("field", "persona", "text"), [
    # an introduction with a laugh in it is who they are, not chat about something else
    ("marketing", "keisha", "so im tyler, i serve at a restaurant in phoenix rn lol. did a few "
     "of the google analytics videos and ngl i kinda wanna get into marketing, like social or "
     "email"),
    # the "I" dropped and the "about me" shortened, as on a phone
    ("software_engineering", "tomas", "grand. so bit abt me, was a chef for 12 yrs, last 4 as "
     "head chef, just finished a bootcamp in JS/React/Node and lookin for my first dev job lol"),
    ("software_engineering", "tomas", "was a head chef for over ten years, just finished a "
     "bootcamp"),
])
def test_a_self_introduction_with_no_question_is_taken_in(
        banks: dict[str, Bank], field: str, persona: str, text: str) -> None:
    """It got "Did you mean 'How much data and analytics do marketers use?'" ("did a few of
    the … videos" had been read as a question), and with the "I" put back, "Ha, that's one for
    another time" (the "lol" had made it chat)."""
    result = _meeting(banks[field], persona, 20, 0.5, text)[-1]
    assert result.kind == "statement" and result.question_id is None, result
    assert "another time" not in result.reply and "Just so I answer" not in result.reply


def test_a_self_introduction_is_taken_in_by_what_it_told(banks: dict[str, Bank]) -> None:
    """"so bit abt me, was a chef for 12 yrs …" got "Ha, that's one for another time", then
    "12 years as a was a chef": the contact names what they heard, as after a hello."""
    result = _meeting(banks["software_engineering"], "tomas", 20, 0.5,
                      "so bit abt me, was a chef for 12 yrs, last 4 as head chef, and i just "
                      "finished a coding bootcamp")[-1]
    assert "12 years as a chef" in result.reply, result


def test_an_answer_to_the_contacts_question_with_a_dropped_i_asks_nothing(
        banks: dict[str, Bank]) -> None:
    """"Redesigned our line changeover checklist, cut changeover time about 30%. Had to get 3
    shift leads to agree on it, none of them reported to me." got the contact's team and a
    yes/no tip: "Had to get…" had been read as a question."""
    results = _meeting(banks["product_management"], "derek", 20, 5.0,
                       "I'm a mechanical engineer in Austin, no CS degree. What would you look "
                       "for in someone like me?",
                       "Redesigned our line changeover checklist, cut changeover time about "
                       "30%. Had to get 3 shift leads to agree on it, none of them reported to "
                       "me.")
    assert results[-1].question_id is None and not results[-1].coaching, results[-1]
    assert "30%" in results[-1].reply


def test_a_pay_band_asked_about_is_no_question_about_their_life(banks: dict[str, Bank]) -> None:
    """"…could realistically expect a Band 6 or Band 7?" got "I'll happily talk about that
    another day" (a band, as in music), then "I don't know Band from the inside"."""
    result = _meeting(banks["data_analytics"], "marcus", 20, 6.0,
                      "Do you happen to know how NHS analyst posts are banded under Agenda for "
                      "Change, and whether someone switching in at my level could realistically "
                      "expect a Band 6 or Band 7?")[-1]
    assert "another day" not in result.reply and "Band from" not in result.reply, result
    assert "favourite band" not in result.reply
    chat = _meeting(banks["data_analytics"], "marcus", 20, 6.0, "do you like music?")[-1]
    assert chat.question_id is None and "another" in chat.reply, chat  # waved back


def test_a_contact_who_works_with_engineers_did_not_come_from_engineering(
        banks: dict[str, Bank]) -> None:
    """Derek (from customer success) answered "someone who moved from engineering into PM"
    with "Apart from me, I don't know anyone from engineering": he works with engineers."""
    result = _meeting(banks["product_management"], "derek", 20, 12.0,
                      "Who else should I talk to? Ideally someone who moved from engineering "
                      "into PM.")[-1]
    assert result.reply.startswith("I don't know anyone who made the move from engineering to"
                                   " PM"), result.reply


def test_a_tip_said_about_a_us_contact_calls_the_cv_a_resume(banks: dict[str, Bank]) -> None:
    """Keisha (Los Angeles) said "résumé", and the tip under her answer said "Offer your CV"."""
    us = _meeting(banks["marketing"], "keisha", 20, 5.0, "what makes an application stand out "
                  "to you?")[-1]
    uk = _meeting(banks["marketing"], "sofia", 20, 5.0, "what makes an application stand out "
                  "to you?")[-1]
    assert any("your résumé" in c for c in us.coaching) and not any("CV" in c for c in us.coaching)
    assert any("your CV" in c for c in uk.coaching)


def test_someone_who_does_a_kind_of_work_asked_for_gets_an_honest_word_first(
        banks: dict[str, Bank]) -> None:
    """"is there anyone else u think i should talk to, esp someone who does email" got a
    creator-partnerships lead and a media buyer, as if they did email."""
    keisha = _meeting(banks["marketing"], "keisha", 20, 10.0, "is there anyone else u think i "
                      "should talk to, esp someone who does email")[-1]
    assert keisha.reply.startswith("I don't know anyone who does email"), keisha.reply
    # the email marketer herself says so
    sofia = _meeting(banks["marketing"], "sofia", 20, 10.0, "is there anyone else i should "
                     "talk to, ideally someone who does email?")[-1]
    assert sofia.reply.startswith("Apart from me, I don't know anyone who does email"), sofia


def test_a_bare_figure_answering_the_contacts_question_is_not_praised_as_a_result(
        banks: dict[str, Bank]) -> None:
    """Asked "What age group and subject could you picture yourself teaching?", "secondary
    maths i think, like 11 to 16" got "I like that: “11 to 16”. I'd lead with something like
    that when you introduce yourself."."""
    bank = banks["education"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW, "ben")
    for text in ("hey ben! so im 31, work in logistics in manchester, been tutoring maths on "
                 "weekends for 2 yrs and kinda wanna teach", "how did you make the switch from "
                 "engineering?"):
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
    assert state.awaiting == "question", result
    state, result = you_ask_turn(state, bank, matcher, "secondary maths i think, like 11 to 16",
                                 NOW)
    assert result.kind == "answer" and "11 to 16" not in result.reply, result


def test_work_told_with_a_verb_is_the_background_the_contact_builds_on(
        banks: dict[str, Bank]) -> None:
    """"im jake, i sell cars at a dealership in columbus ohio" was no background: "do my sales
    numbers actually count…?" got "Tell me what you do now and I'll be specific.", then, to
    "lol i sell cars, like i said", a reply that could have gone to anyone."""
    results = _meeting(banks["marketing"], "keisha", 20, 0.0,
                       "hey keisha! im jake, i sell cars at a dealership in columbus ohio, been "
                       "doing it 4 yrs lol",
                       "last year i was top 3 on the floor, like 180 units and i basically live "
                       "in our CRM tracking leads. do my sales numbers actually count for "
                       "anything in marketing?")
    assert "four years selling cars" in results[0].reply, results[0]
    assert results[1].question_id == "assess-my-background", results[1]
    assert "selling cars" in results[1].reply and "Tell me what you do" not in results[1].reply


@pytest.mark.parametrize(("field", "persona", "text", "said", "not_said"), [
    # a city the contact does not work in: who they know is where they are, said first
    ("marketing", "keisha", "u know any ppc agencies in columbus or anyone out here i should "
     "hit up?", "I don't really know people in Columbus", "That's my world"),
    # their own city: no "I don't know anyone in Atlanta" from an Atlanta project manager
    ("general", "jamal", "is there anyone in atlanta i should talk to?", "Brianna",
     "anyone in Atlanta"),
])
def test_people_asked_for_in_a_city(banks: dict[str, Bank], field: str, persona: str,
                                    text: str, said: str, not_said: str) -> None:
    result = _meeting(banks[field], persona, 20, 9.0, text)[-1]
    assert result.question_id == "who-else", result
    assert said in result.reply and not_said not in result.reply, result.reply


def test_a_second_question_that_says_little_alone_is_part_of_the_first(
        banks: dict[str, Bank]) -> None:
    """"how does your analytics team work with the finance team, and where does it get
    tricky?" got the answer on the toughest part of the job, and the coaching "Ask next: 'How
    does your analytics team work with the finance team?'", the question just asked."""
    result = _meeting(banks["data_analytics"], "marcus", 20, 6.0, "ok that's reassuring. how "
                      "does your analytics team work with the finance team, and where does it "
                      "get tricky?")[-1]
    assert result.question_id == "other-teams", result
    assert not any("Ask next" in tip for tip in result.coaching), result.coaching


def test_a_background_after_a_dash_with_the_i_dropped_is_named_back(
        banks: dict[str, Bank]) -> None:
    result = _meeting(banks["data_analytics"], "marcus", 20, 0.5,
                      "so bit abt me - been an HR advisor for 6 yrs at a hospital trust, i build "
                      "all our absence reports in excel")[-1]
    assert "six years as an hr advisor" in result.reply.lower(), result


@pytest.mark.parametrize("yes", ["oh yes please, that would be class, thanks a million",
                                 "oh yes please, thanks a million"])
def test_thanks_with_a_yes_to_an_offer_mid_meeting_is_no_goodbye(
        banks: dict[str, Bank], yes: str) -> None:
    """"oh yes please, that would be class, thanks a million" to "Want me to connect you with
    Mariam?" at 11 of 20 minutes ended the meeting, with nine minutes left."""
    results = _meeting(banks["software_engineering"], "tomas", 20, 8.0,
                       "is there anyone you'd suggest I chat to, ideally someone who switched "
                       "careers too?", yes)
    assert results[-1].kind == "yes" and not results[-1].ended, results[-1]
    # near the end, bare thanks with the yes still close it
    late = _meeting(banks["software_engineering"], "tomas", 20, 15.5,
                    "is there anyone you'd suggest I chat to?",
                    "Yes please, Mariam especially. Thank you so much.")
    assert late[-1].ended, late[-1]


def test_asking_to_use_their_name_with_a_yes_to_an_introduction_email(
        banks: dict[str, Bank]) -> None:
    """"yes please, that would be brilliant! may I mention your name when I write to them?"
    got "I'll introduce you by email this evening", then "Put 'Marcus suggested I get in
    touch' in your first line": a first line the user would never write."""
    result = _meeting(banks["data_analytics"], "marcus", 20, 9.0,
                      "is there anyone you'd suggest I talk to?",
                      "yes please, that would be brilliant! may I mention your name when I "
                      "write to them?")[-1]
    assert result.kind == "yes" and "introduction email" in result.reply, result
    assert "first line" not in result.reply and "reply on the thread" in result.reply, result
    assert not any("suggested I contact" in tip for tip in result.coaching), result.coaching
    # to a heads-up the user writes first, so the name goes in the opening line
    heads_up = _meeting(banks["data_analytics"], "carlos", 20, 9.0,
                        "is there anyone you'd suggest I talk to?",
                        "yes please! may I mention your name when I reach out?")[-1]
    assert "Carlos suggested" in heads_up.reply, heads_up


def test_asking_to_mention_them_to_someone_they_named_is_no_question_about_that_person(
        banks: dict[str, Bank]) -> None:
    """ "Yes please, that would be wonderful! Omar especially. May I mention your name when I
    write to him?" got "That's Omar's story to tell … ask exactly that"; "Yes please, kindly
    do the needful. Can I mention your name when I reach out to Priyam also?", to "Want me to
    introduce you to Sam?", introduced Priyam in place of Sam."""
    omar = _meeting(banks["education"], "rosa", 20, 9.0,
                    "Is there anyone else you think I should talk to?",
                    "Yes please, that would be wonderful! Omar especially. May I mention your "
                    "name when I write to him?")[-1]
    assert omar.kind == "yes" and omar.question_id == "use-your-name", omar
    assert "story to tell" not in omar.reply and "reply on the thread" in omar.reply, omar
    sam = _meeting(banks["product_management"], "mei", 20, 9.0,
                   "is there anyone else i should talk to?",
                   "Yes please, kindly do the needful. Can I mention your name when I reach out "
                   "to Priyam also?")[-1]
    assert "introduce you to Priyam" not in sam.reply and "introduction" in sam.reply, sam
    assert "mention me to Priyam" in sam.reply and "expect a message" not in sam.reply, sam


def test_asking_to_mention_them_to_one_of_those_the_email_introduces(
        banks: dict[str, Bank]) -> None:
    """An introduction by email offered without names covers everyone the contact named:
    "May I also mention your name when I write to Leon?" is told the email will do it."""
    result = _meeting(banks["finance"], "arjun", 20, 9.0,
                      "Is there anyone else you would suggest I speak with?",
                      "Yes please, that would be very kind. May I also mention your name when "
                      "I write to Leon?")[-1]
    assert "introduction email" in result.reply and "reply on the thread" in result.reply, result
    assert "mention me to Leon" not in result.reply, result


def test_a_hello_with_small_talk_and_a_background_takes_in_both(banks: dict[str, Bank]) -> None:
    """"hi sofia, thanks for this! how's ur week going? im kwame, assistant manager at a
    clothing shop in manchester…" got "Busy but good, thanks for asking!" and no word of what he
    had told; "hiya, how r u? thanks for making the time" got "beyond what I deal with"."""
    bank = banks["marketing"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW, "sofia")
    _, result = you_ask_turn(state, bank, matcher, "hi sofia, thanks for this! how's ur week "
                             "going? im kwame, assistant manager at a clothing shop in "
                             "manchester, been doing the shops instagram on the side", NOW)
    assert result.kind == "greeting" and "assistant manager" in result.reply, result.reply
    assert result.reply.lower().count("thank") <= 1, result.reply
    state = start_you_ask(bank, 30, NOW, "sofia")
    _, result = you_ask_turn(state, bank, matcher, "hiya, how r u? thanks for making the time",
                             NOW)
    assert result.kind == "greeting" and "beyond" not in result.reply, result


def test_where_they_are_based_is_said_plainly(banks: dict[str, Bank]) -> None:
    """"where are u based, london?" from a user abroad got "I'm in the UK, so what I tell you is
    how it works here. How it compares with where you are, I honestly couldn't say…": a
    comparison nobody asked for."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    bank = banks["general"]
    state = start_you_ask(bank, 30, NOW, "ruth", abroad=True)
    _, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "hi ruth!! thank u for "
                             "squeezing me between ur calls haha. where are u based, london?", NOW)
    assert result.reply.startswith("I'm in the UK"), result.reply
    assert "couldn't say" not in result.reply
    state = start_you_ask(bank, 30, NOW, "ruth", abroad=True)
    _, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "wait are u in the uk? im in "
                             "dubai", NOW)
    assert "couldn't say" in result.reply, result.reply  # where the user is, said: compared


def test_the_part_left_unanswered_is_asked_for_by_a_label(banks: dict[str, Bank]) -> None:
    """"Does your startup use AI tools much, and do you worry it'll replace people at your
    level?" was answered on the tools; "And the replacing part? Be blunt, I teach teenagers"
    then got "Thanks, that helps: your work teaching teenagers tells me where you're starting
    from" and a "several questions" tip."""
    bank, matcher = banks["software_engineering"], Matcher.for_bank(banks["software_engineering"])
    state = start_you_ask(bank, 30, NOW, "tomas")
    state, _ = you_ask_turn(state, bank, matcher, "Good, fewer puzzles suits me fine. Does your "
                            "startup use AI tools much, and do you worry it'll replace people "
                            "at your level?", NOW)
    state, result = you_ask_turn(state, bank, matcher, "And the replacing part? Be blunt, I teach"
                                 " teenagers, I can take it.", NOW)
    assert result.question_id == "ai-and-tools" and not result.coaching, result
    assert "Not the way I see it" in result.reply or "not the way I see it" in result.reply
    assert "teenagers" not in result.reply
    bank, matcher = banks["marketing"], Matcher.for_bank(banks["marketing"])
    state = start_you_ask(bank, 30, NOW, "sofia")
    state, first = you_ask_turn(state, bank, matcher, "what do you enjoy most about the job, and "
                                "is there anything you'd change about it?", NOW)
    state, result = you_ask_turn(state, bank, matcher, "and the second question?", NOW)
    assert (first.question_id, result.question_id) == ("like-most", "like-least"), result
    # a label for something never asked is no such question
    state, result = you_ask_turn(state, bank, matcher, "ok and the pay part?", NOW)
    assert result.question_id == "marketing-pay" and state.left_over == "", result


def test_a_yo_and_thanks_for_doing_this_opens_with_who_they_are(banks: dict[str, Bank]) -> None:
    """"yo keisha thanks for doin this fr. so im a sous chef in chicago, …" got "You're
    welcome. Go on, what's next on your list?", before any question and with the story lost."""
    from tests.features.practice.support import first_turn
    turn = first_turn(banks["marketing"], "keisha", "yo keisha thanks for doin this fr. so im a "
                      "sous chef in chicago, been in kitchens like 5 yrs, and i kinda accidentally"
                      " became the restaurants social media guy lol. want to get into marketing "
                      "for real now, like social or content at a food brand")
    assert turn.kind == "greeting" and "sous chef" in turn.reply, turn
    assert "next on your list" not in turn.reply, turn.reply


@pytest.mark.parametrize(("field", "persona", "text"), [
    ("healthcare", "maria", "how has the job market been lately?"),
    ("finance", "grace", "how has the market been lately?"),
    ("product_management", "hannah", "how has the transition been for you?"),
    ("software_engineering", "priya", "hope the on-call isn't too stressful?"),
])
def test_how_the_field_has_been_is_no_chat_about_their_day(banks: dict[str, Bank], field: str,
                                                           persona: str, text: str) -> None:
    """Near misses of "how has your shift been today?": the market, a move, on-call work are
    questions about the field, which "Good, thanks!" does not answer."""
    from tests.features.practice.support import first_turn
    turn = first_turn(banks[field], persona, text)
    assert turn.kind != "small_talk" and not turn.reply.startswith("Good, thanks"), turn


def test_thanks_for_doing_this_mid_meeting_is_no_hello(banks: dict[str, Bank]) -> None:
    turn = _meeting(banks["data_analytics"], "marcus", 30, 12, "thanks for doing this, this was "
                    "super useful, I'll follow up by email")[0]
    assert turn.kind != "greeting" and "what would you like to know" not in turn.reply, turn


def test_an_amount_asked_again_is_the_one_the_answer_gave(banks: dict[str, Bank]) -> None:
    """"how many projects tho?", right after an answer that said "two or three projects", got
    the story of the contact's own project; asked again, "Like I said, we touched on that"
    and a sentence about a bus service, with no number in it."""
    from tests.features.practice.support import midway_turns
    results = midway_turns(banks["data_analytics"], "marcus", "what should go in a portfolio?",
                           "how many projects tho?",
                           "sorry but how many projects exactly, like 2 or 5?",
                           "how many projects should be in python?")
    assert [r.question_id for r in results[:3]] == ["data-portfolio"] * 3, results
    for result in results[1:3]:
        assert "Two or three projects" in result.reply or "two or three projects" in (
            result.reply), result.reply
    assert "Two or three projects" in results[2].reply
    assert "two or three projects" not in results[3].reply.lower(), results[3].reply
