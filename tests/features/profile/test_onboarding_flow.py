"""/start as a pure function: name, field, time zone; keep or redo; a deep link's hand-over."""

from __future__ import annotations

import pytest

from bot.features.profile.effects import SaveProfile
from bot.features.profile.onboarding import DEFAULT_FIELDS, WELCOME, Onboarding
from tests.features.flow_support import Walk, make_turn, make_user

NEW = make_user(name=None, field=None, tz="UTC", onboarded=False)


def start(payload: object = None, user=NEW, first_name: str = "Sam") -> Walk:
    return Walk(Onboarding(), make_turn(user, first_name=first_name), payload)


def at_tz() -> Walk:
    w = start()
    w.say("Dana Lee")
    w.tap("Marketing")
    return w


def test_happy_path_saves_the_profile_and_shows_the_menu() -> None:
    w = start()
    assert w.out.replies[0].text == WELCOME
    assert w.question == "What should I call you?"
    assert w.labels == ["Call me Sam"]  # the first step has no Back, nothing to skip
    w.tap("Call me Sam")
    assert "Nice to meet you, Sam!" in w.question
    assert w.labels == [*DEFAULT_FIELDS, "⬅️ Back"]
    w.tap("Marketing")
    assert "Which time zone are you in?" in w.question
    assert w.data["name"] == "Sam" and w.data["field"] == "Marketing"
    w.tap("Berlin / Paris")
    assert w.steps == ["name", "field", "tz", None]
    assert w.effects == [SaveProfile(name="Sam", field="Marketing", tz="Europe/Berlin")]
    assert w.out.show_menu and w.out.next_flow is None
    assert w.text == ("All set, <b>Sam</b>! Exploring <b>marketing</b>, time zone Europe/Berlin "
                      "(it is 10:00 there now). You can change the time zone any time in "
                      "/settings.")


def test_typed_answers_are_tidied_and_read() -> None:
    w = start()
    w.say("  Dana   Lee ")
    w.say("climate   policy")
    w.say("Madrid")
    assert w.effects == [SaveProfile(name="Dana Lee", field="climate policy", tz="Europe/Madrid")]


@pytest.mark.parametrize(("typed", "zone"), [
    ("America/Toronto", "America/Toronto"), ("new york", "America/New_York"),
    ("UTC+5:30", "UTC+05:30"), ("gmt", "Europe/London"),
])
def test_a_zone_can_be_typed_as_a_name_city_or_offset(typed: str, zone: str) -> None:
    w = at_tz()
    w.say(typed)
    assert w.effects[-1].tz == zone


def test_no_telegram_name_no_call_me_button() -> None:
    w = start(first_name="")
    assert w.labels == []
    w.press("tgname")  # an old button: there is no name to use
    assert w.step == "name" and w.out.replies[0].text.startswith("I didn't catch a name")


def test_names_are_escaped_where_they_are_shown() -> None:
    w = start()
    w.say("<b>Bo</b> & Co")
    assert "Nice to meet you, &lt;b&gt;Bo&lt;/b&gt;!" in w.question  # greeted by first name
    w.tap("Marketing")
    w.tap("UTC")
    assert w.effects[0].name == "<b>Bo</b> & Co"  # stored as typed
    assert "signed <b>&lt;b&gt;Bo&lt;/b&gt; &amp; Co</b>" in w.text  # the name in full


@pytest.mark.parametrize("typed, greeted", [
    ("Dr. Dana Whitfield", "Dana"), ("Prof. Adaeze Okonkwo", "Adaeze"),
    # "María José" is one given name: a tester greeted as "María" said so
    ("Dr Lee", "Dr. Lee"), ("María José García", "María José"), ("Sam", "Sam"),
])
def test_a_user_is_greeted_by_first_name_never_by_a_title(typed: str, greeted: str) -> None:
    w = start()
    w.say(typed)
    assert f"Nice to meet you, {greeted}!" in w.question
    w.tap("Marketing")
    w.tap("UTC")
    assert f"All set, <b>{greeted}</b>!" in w.text
    signed = typed.replace("Dr. ", "").replace("Prof. ", "")
    assert (f"Drafts will be signed <b>{signed}</b>." in w.text) is (signed != greeted)


@pytest.mark.parametrize("typed, stored, greeted", [
    ("its Tom, Tom Whitaker", "Tom Whitaker", "Tom"),
    ("Kwame, please. Thank you.", "Kwame", "Kwame"),
    ("hi! I'm Priya Shah", "Priya Shah", "Priya"),
    ("my names lena", "Lena", "Lena"),
    ("Thomas, Tom is fine", "Tom", "Tom"),
    ("Dr Kwame Mensah, but Kwame is fine", "Dr Kwame Mensah", "Kwame"),
    ("Thomas Smith, Tom is fine", "Thomas Smith", "Tom"),  # signs as given, not "Tom Smith"
    ("Dr. Elizabeth Okoro, Liz is fine", "Dr. Elizabeth Okoro", "Liz"),
    ("Mary Jane Watson, MJ is fine", "Mary Jane Watson", "MJ"),
    ("Mary Jane, but everyone calls me MJ", "MJ", "MJ"),  # was "MJ Jane": MJ is both names
    # the short name first; and a kiss after "is fine" (was stored "Chloe Martin but just Chloe")
    ("Olu is fine, full name Olumide Adeyemi", "Olumide Adeyemi", "Olu"),
    ("Chloe Martin but just Chloe is fine x", "Chloe Martin", "Chloe"),
    ("Dr. Ana Paula Reis, but call me AP", "Dr. Ana Paula Reis", "AP"),
    ("Mr Smith, Tom is fine", "Tom", "Tom"),
    ("Sam Ta", "Sam Ta", "Sam"),
    ("Please call me Patricia.", "Patricia", "Patricia"),
    ("alright! it's Raj, mate", "Raj", "Raj"),
    ("chloe lol", "Chloe", "Chloe"),
    ("Yusuf, please. (Dr. Yusuf Adeyemi, but Yusuf is fine.)", "Dr. Yusuf Adeyemi", "Yusuf"),
    # was offered "✅ Use “Marcus on paper, but everyone calls me M” as the name"
    ("Marc, please. (Marcus on paper, but everyone calls me Marc.)", "Marc", "Marc"),
    ("chloe x", "Chloe", "Chloe"),  # a kiss, not "Chloe X"
    # was greeted "Nice to meet you, Chinonso,!" and signed "Chinonso, but everyone calls me Chi"
    ("Chinonso, but everyone calls me Chi", "Chi", "Chi"),
    ("Siobhan Kelly, but friends call me Shiv", "Siobhan Kelly", "Shiv"),
    ("Li Wei, but call me Wei", "Wei", "Wei"),  # greeted by the name they go by, not Li
    ("Sam but everyone calls me Sammy lol", "Sammy", "Sammy"),
    ("Robert but i go by Bob", "Bob", "Bob"),
    ("Alexandra - Alex is fine", "Alex", "Alex"),  # was "Alex -"
    # was "that reads like a sentence": "'s fine", and a rank as a title
    ("Cpl. Jamal Reed, Jamal's fine", "Cpl. Jamal Reed", "Jamal"),
    ("Thomas Smith, Tom’s fine", "Thomas Smith", "Tom"),
    ("Capt. (ret.) Sarah O'Neill, Sarah is fine", "Capt. Sarah O'Neill", "Sarah"),
    ("Sgt. Marcus Bell, USMC (Ret.)", "Sgt. Marcus Bell", "Marcus"),
    # had been greeted "Omg", "Lol" and "Yo", and signed "Yo Its Tyler"
    ("omg hi 👋 im mia", "Mia", "Mia"),
    ("lol no its mia 😅", "Mia", "Mia"),
    ("yo its tyler", "Tyler", "Tyler"),
])
def test_a_self_introduction_stores_the_name_not_the_sentence(typed: str, stored: str,
                                                              greeted: str) -> None:
    """"its Tom, Tom Whitaker" was greeted as "its"; "Kwame, please. Thank you." signed every
    draft "Kwame, please. Thank you.."."""
    w = start()
    w.say(typed)
    assert f"Nice to meet you, {greeted}!" in w.question
    w.tap("Marketing")
    w.tap("UTC")
    assert w.effects[0].name == stored
    assert f"All set, <b>{greeted}</b>!" in w.text


def test_back_from_field_goes_to_name() -> None:
    w = start()
    w.say("Dana")
    assert "⬅️ Back" in w.labels
    w.tap("⬅️ Back")
    assert w.step == "name" and w.question == "What should I call you?"
    assert w.out.effects == []


def test_back_from_tz_goes_to_field_keeping_the_name() -> None:
    w = at_tz()
    w.tap("⬅️ Back")
    assert w.step == "field" and "Nice to meet you, Dana!" in w.question
    w.tap("Finance")
    w.tap("London")
    assert w.effects == [SaveProfile("Dana Lee", "Finance", "Europe/London")]


def test_back_on_the_first_step_is_not_an_answer() -> None:
    w = start()
    w.press("back")
    assert w.step == "name" and "I didn't catch a name" in w.out.replies[0].text


def test_no_step_offers_skip() -> None:
    w = start()
    seen = [w.labels]
    w.say("Dana")
    seen.append(w.labels)
    w.tap("Marketing")
    seen.append(w.labels)
    assert all("Skip" not in labels for labels in seen)


@pytest.mark.parametrize(("walk_to", "bad", "why", "step"), [
    (0, "   ", "I didn't catch a name", "name"),
    (1, "x" * 201, "That's 201 characters; a field name fits in 200", "field"),
    (2, "Atlantis", "I couldn't read <b>Atlantis</b> as a time zone", "tz"),
    (2, "UTC+15", "I couldn't read <b>UTC+15</b> as a time zone", "tz"),
    # a sentence about themselves had been quoted back, cut mid-word, "as a time zone"
    (2, "I'm a secondary school chemistry teacher in the Midlands moving into UX research",
     "Type just your city", "tz"),
])
def test_bad_input_says_why_and_asks_again(walk_to: int, bad: str, why: str, step: str) -> None:
    w = start()
    for answer in ["Dana", "Marketing"][:walk_to]:
        w.say(answer)
    before = w.question
    w.say(bad)
    assert w.step == step
    assert why in w.out.replies[0].text
    assert w.question == before
    assert w.out.effects == [] and w.effects == []


def test_a_field_of_200_characters_is_kept() -> None:
    w = start()
    w.say("Dana")
    w.say("y" * 200)
    assert w.step == "tz" and w.data["field"] == "y" * 200


@pytest.mark.parametrize(("walk_to", "stale", "why"), [
    (1, "99", "Tell me a field or role"),
    (1, "x", "Tell me a field or role"),
    (2, "99", "Tap one of the time zones, or type yours."),
])
def test_a_stale_button_value_is_refused(walk_to: int, stale: str, why: str) -> None:
    w = start()
    for answer in ["Dana", "Marketing"][:walk_to]:
        w.say(answer)
    step = w.step
    w.press(stale)
    assert w.step == step and why in w.out.replies[0].text and w.effects == []


@pytest.mark.parametrize("walk_to", [0, 1, 2])
def test_a_photo_is_not_an_answer(walk_to: int) -> None:
    w = start()
    for answer in ["Dana", "Marketing"][:walk_to]:
        w.say(answer)
    step, before = w.step, w.question
    w.photo("sticker")
    assert w.step == step
    assert w.out.replies[0].text == "I can only read text at this step, not a sticker."
    assert w.question == before and w.out.effects == []


def test_custom_fields_are_offered() -> None:
    w = Walk(Onboarding(("Marine biology", "Law")), make_turn(NEW))
    w.say("Dana")
    assert w.labels == ["Marine biology", "Law", "⬅️ Back"]
    w.tap("Law")
    assert w.data["field"] == "Law"


# --- already onboarded ------------------------------------------------------------------------

ME = make_user(name="Sam Rivera", field="Finance", tz="Europe/Berlin", onboarded=True)


def test_onboarded_user_is_asked_to_keep_or_redo() -> None:
    w = start(user=ME)
    assert w.step == "again" and len(w.out.replies) == 1  # no welcome the second time
    assert w.question == ("You're already set up as <b>Sam Rivera</b>, exploring <b>finance</b>, "
                          "time zone <b>Europe/Berlin</b>. Keep this or start over?")
    assert w.labels == ["Keep it", "Redo setup"]


def test_keep_changes_nothing() -> None:
    w = start(user=ME)
    w.tap("Keep it")
    assert w.ended and w.text == "Great, nothing changed."
    assert w.effects == [] and w.out.show_menu and w.out.next_flow is None


def test_redo_walks_the_setup_again() -> None:
    w = start(user=ME)
    w.tap("Redo setup")
    assert w.step == "name" and w.labels == ["Call me Sam"]  # no Back to the keep question
    w.say("Sam R")
    w.tap("Healthcare")
    w.tap("Sydney")
    assert w.steps == ["again", "name", "field", "tz", None]
    assert w.effects == [SaveProfile("Sam R", "Healthcare", "Australia/Sydney")]


TAP_ONE = "Please tap <b>Keep it</b> or <b>Redo setup</b>."


@pytest.mark.parametrize(("event", "why"), [
    ("typed", TAP_ONE), ("back", TAP_ONE), ("stale", TAP_ONE),
    ("photo", "I can only read text at this step, not a photo."),
])
def test_keep_or_redo_needs_a_tap(event: str, why: str) -> None:
    w = start(user=ME)
    {"typed": lambda: w.say("keep"), "back": lambda: w.press("back"),
     "stale": lambda: w.press("maybe"), "photo": lambda: w.photo()}[event]()
    assert w.step == "again" and w.effects == []
    assert w.out.replies[0].text == why
    assert w.labels == ["Keep it", "Redo setup"]


# --- a deep link: /start outreach --------------------------------------------------------------

def test_deep_link_target_opens_after_setup() -> None:
    w = start("outreach")
    w.say("Dana")
    w.tap("Marketing")
    w.tap("UTC")
    assert w.ended and w.out.next_flow == "outreach" and not w.out.show_menu
    assert w.effects == [SaveProfile("Dana", "Marketing", "UTC")]
    assert "All set, <b>Dana</b>!" in w.text


def test_deep_link_target_survives_back_and_bad_input() -> None:
    w = start("practice")
    w.say("Dana")
    w.tap("⬅️ Back")
    w.say("Dana")
    w.say("x" * 300)
    w.tap("Marketing")
    w.photo()
    w.tap("UTC")
    assert w.out.next_flow == "practice"


def test_onboarded_user_keeping_the_profile_is_handed_over() -> None:
    w = start("meeting", user=ME)
    w.tap("Keep it")
    assert w.ended and w.out.next_flow == "meeting" and not w.out.show_menu
    assert w.effects == []


def test_a_payload_that_is_not_a_command_is_ignored() -> None:
    w = start({"referral": 1})
    w.say("Dana")
    w.tap("Marketing")
    w.tap("UTC")
    assert w.out.next_flow is None and w.out.show_menu


def test_hello_where_the_name_is_asked_is_not_taken_for_a_name() -> None:
    w = Walk(Onboarding(), make_turn(NEW))
    w.say("hi")
    assert w.step == "name" and w.out.replies[0].text.startswith("Hmm, ")
    w.say("Sam")
    assert w.step == "field" and w.data["name"] == "Sam"


@pytest.mark.parametrize(("typed", "why"), [
    ("Priya Nair", "looks like a person's name"), ("Dr. Amir Haddad", "person's name"),
    ("Sam", "your name"), ("yes please", "reads like a reply"), ("thanks", "reads like a reply"),
    # a city, typed a step early: the time zone comes next
    ("Leeds", "looks like a place"), ("new york", "looks like a place"),
    # the job they do or did, with no goal in it: stored as the field explored
    ("I was a GP in Kabul for twelve years", "the work you do or did"),
])
def test_a_name_or_a_reply_typed_at_the_field_is_asked_about_once(typed: str, why: str) -> None:
    w = start()
    w.tap("Call me Sam")
    w.say(typed)
    assert w.step == "field" and why in w.out.replies[0].text
    assert f"✅ Use “{typed}” as the field" in w.labels
    w.say(typed)  # typed again: it is what they meant
    assert w.step == "tz" and w.data["field"] == typed


@pytest.mark.parametrize("typed", ["Data Science", "climate policy", "Fintech", "Nursing"])
def test_a_field_typed_in_capitals_is_a_field(typed: str) -> None:
    from bot.banks.choice import field_of
    from bot.banks.loader import load_banks
    from tests.features.flow_support import BANKS_DIR
    banks = load_banks(BANKS_DIR)
    w = Walk(Onboarding(knows_field=lambda t: field_of(banks, t) is not None),
             make_turn(NEW, first_name="Sam"))
    w.tap("Call me Sam")
    w.say(typed)
    assert w.step == "tz" and w.data["field"] == typed


def test_a_hedged_field_with_a_question_mark_is_the_field() -> None:
    """ "prob product management? im a barista rn w a film degree lol" got "that reads like a
    reply rather than a field", and a button offering "prob product management"."""
    from bot.banks.choice import field_of
    from bot.banks.loader import load_banks
    from tests.features.flow_support import BANKS_DIR
    banks = load_banks(BANKS_DIR)
    w = Walk(Onboarding(knows_field=lambda t: field_of(banks, t) is not None),
             make_turn(NEW, first_name="Sam"))
    w.tap("Call me Sam")
    w.say("prob product management? im a barista rn w a film degree lol")
    assert w.step == "tz" and w.data["field"] == "product management"


def test_start_mid_flow_asks_and_can_go_back_to_where_the_user_was() -> None:
    was = {"flow": "out", "step": "role", "inst": 5, "data": {"name": "Dana Lee"},
           "title": "writing your outreach message"}
    user = make_user()
    w = Walk(Onboarding(), make_turn(user), {"interrupted": was})
    assert w.question == ("You're in the middle of writing your outreach message. Go back to "
                          "it, or leave it and start over?")
    w.tap("↩️ Go back to it")
    d = w.out.dialogue
    assert (d.flow, d.step, d.inst, d.data) == ("out", "role", 5, {"name": "Dana Lee"})
    assert w.out.where  # its question is shown again


def test_start_mid_flow_can_leave_it() -> None:
    was = {"flow": "out", "step": "role", "inst": 5, "data": {}, "title": "writing"}
    w = Walk(Onboarding(), make_turn(make_user()), {"interrupted": was})
    w.tap("🔄 Start over")
    assert w.step == "again" and "Keep this or start over?" in w.question


@pytest.mark.parametrize("typed", ["honestly not sure yet tbh.. maybe HR, operations or admin?",
                                   "idk", "not sure yet"])
def test_someone_still_deciding_is_not_told_they_are_exploring_not_sure_yet(typed: str) -> None:
    """ "not sure yet" was kept as the field ("Exploring not sure yet"), and the longer answer
    was pushed back as a reply."""
    w = start()
    w.tap("Call me Sam")
    w.say(typed)
    assert w.step == "tz" and w.data["field"] == "Not sure yet"
    w.say("Leeds")
    assert "Still deciding what to explore" in w.text and "Exploring" not in w.text


@pytest.mark.parametrize(("typed", "field"), [
    ("nursing informatics honestly, or anything non-bedside lol", "nursing informatics"),
    ("idk really, sorry, not sure yet. maybe something general? or like civil service but idk",
     "civil service"),
    ("honestly no idea, maybe marketing?", "marketing"),
    ("dunno yet but leaning towards data analytics", "data analytics"),
])
def test_the_one_field_an_undecided_answer_floats_is_the_field(typed: str, field: str) -> None:
    """Stored were "nursing informatics honestly, or anything non-bedside", "really, sorry"
    and "no idea"."""
    w = Walk(Onboarding(knows_field=lambda t: t in ("civil service", "marketing")),
             make_turn(NEW))
    w.tap("Call me Sam")
    w.say(typed)
    assert w.step == "tz" and w.data["field"] == field
    w.say("Leeds")
    assert f"Exploring <b>{field}</b>" in w.text


def test_someone_still_deciding_is_not_told_they_are_exploring_not_sure_yet_at_start() -> None:
    """/start for someone set up undecided said "exploring <b>not sure yet</b>"."""
    w = start(user=make_user(field="Not sure yet"))
    assert "Sam Rivera</b>, still deciding what to explore, time zone" in w.question
    assert "exploring" not in w.question


@pytest.mark.parametrize(("typed", "field"), [
    ("data analytics, not sure which part yet", "data analytics"),
    ("UX design - not sure if research or UI", "UX design"),
])
def test_a_field_with_a_doubt_after_it_is_still_the_field(typed: str, field: str) -> None:
    w = start()
    w.tap("Call me Sam")
    w.say(typed)
    assert w.data["field"] == field


def test_a_name_put_right_at_the_field_question_is_the_name() -> None:
    """"ha no, my name's Raj not alright" was stored as the field."""
    w = start()
    w.say("alright mate")
    assert w.step == "field" and w.data["name"] != "Raj"
    w.say("ha no, my name's Raj not alright")
    assert w.step == "field" and w.data["name"] == "Raj"
    assert "Sorry about that, Raj!" in w.out.replies[0].text
    assert "Nice to meet you, Raj!" in w.question
    w.tap("Marketing")
    w.tap("UTC")
    assert w.effects[0].name == "Raj" and w.effects[0].field == "Marketing"


@pytest.mark.parametrize("typed", ["actually it's data science", "no I'm not sure yet tbh"])
def test_an_answer_at_the_field_question_is_no_new_name(typed: str) -> None:
    w = start()
    w.say("Sam")
    w.say(typed)
    assert w.data["name"] == "Sam"


@pytest.mark.parametrize("typed", ["I'm good thanks", "hey its me again", "(", "Sam" + "(" * 1000])
def test_what_is_no_name_is_never_greeted_as_one(typed: str) -> None:
    w = start()
    w.say(typed)
    assert "Nice to meet you, Good!" not in w.question and "Me Again" not in w.question


@pytest.mark.parametrize(("typed", "stored", "greeted", "signed"), [
    ("Tomás Ruiz, though most folks still call me Father Tom", "Tomás Ruiz", "Tom",
     "Tomás Ruiz"),
    ("Priya Raghunathan, kindly call me Priya only", "Priya Raghunathan", "Priya",
     "Priya Raghunathan"),
    ("Priya Raghunathan. Priya only is fine", "Priya Raghunathan", "Priya", "Priya Raghunathan"),
])
def test_the_name_someone_goes_by_is_used_and_the_sentence_is_never_stored(
        typed: str, stored: str, greeted: str, signed: str) -> None:
    """Testers typing on a phone: "Tomás Ruiz, though most folks still call me Father Tom" was
    offered back cut mid-phrase, and "Drafts will be signed Priya only. Priya Raghunathan."
    was confirmed."""
    w = start()
    w.say(typed)
    assert w.step == "field" and f"Nice to meet you, {greeted}!" in w.question
    w.tap("Marketing")
    w.tap("UTC")
    assert w.effects[0].name == stored
    assert f"All set, <b>{greeted}</b>!" in w.text
    assert f"Drafts will be signed <b>{signed}</b>." in w.text
    assert "Father" not in w.text and "only" not in w.effects[0].name


@pytest.mark.parametrize(("typed", "field", "shown"), [
    ("UX research, not visual design kindly note", "UX research", "UX research"),
    ("nursing (not medicine), kindly note", "nursing", "nursing"),
    ("policy work rather than law", "policy work", "policy work"),
])
def test_a_field_said_against_another_is_the_field(typed: str, field: str, shown: str) -> None:
    """ "Exploring UX research, not visual design kindly note…" was said back."""
    w = start()
    w.tap("Call me Sam")
    w.say(typed)
    assert w.step == "tz" and w.data["field"] == field
    w.tap("UTC")
    assert f"Exploring <b>{shown}</b>, time zone" in w.text


@pytest.mark.parametrize("typed", ["pune for now, shifting to london in march",
                                   "london from march, pune till then"])
def test_the_zone_is_where_the_user_is_now_not_where_they_will_move(typed: str) -> None:
    """ "I couldn't read pune for now, shifting to london in march as a time zone." """
    w = at_tz()
    w.say(typed)
    assert w.ended and w.effects[-1].tz == "Asia/Kolkata"
    assert "time zone Asia/Kolkata (it is 14:30 there now)" in w.text
    assert "/settings" in w.text  # where to change it once they move


@pytest.mark.parametrize(("typed", "shown"), [
    ("I would like to work as a data analyst.", "work as a data analyst"),
    ("I'd like to explore instructional design at an edtech company, so education please.",
     "instructional design at an edtech company"),
    ("software engineering, junior dev (python/django)", "software engineering as a junior dev"),
    ("finance - corporate finance / fp&a", "corporate finance / FP&amp;A"),
    ("digital marketing, performance marketing mostly", "digital and performance marketing"),
    ("want to be an RN", "work as an RN"),
])
def test_the_summary_says_the_field_in_one_grammatical_phrase(typed: str, shown: str) -> None:
    """Testers read "Exploring work as an as a data analyst", "…, so education" (their own
    aside) and "work as a software engineering, junior dev" in the summary after /start."""
    w = start()
    w.tap("Call me Sam")
    w.say(typed)
    assert w.step == "tz"
    w.tap("UTC")
    assert f"All set, <b>Sam</b>! Exploring <b>{shown}</b>, time zone UTC" in w.text


def test_a_city_typed_with_its_territory_is_set_there() -> None:
    """"San Juan, Puerto Rico" was set to America/Argentina/San_Juan: reminders an hour off."""
    w = at_tz()
    w.say("San Juan, Puerto Rico")
    assert w.ended and w.effects[-1].tz == "America/Puerto_Rico"


def test_a_city_its_country_does_not_place_is_asked_about_by_province() -> None:
    """"Sydney, Canada" was set to Sydney, Australia; now the user is asked which province."""
    w = at_tz()
    w.say("Kingston, Canada")
    assert w.step == "tz" and w.effects == []
    said = w.out.replies[0].text
    assert "<b>Canada</b> has several time zones" in said and "<i>Kingston, Ontario</i>" in said
    w.say("Kingston, Ontario")
    assert w.ended and w.effects[-1].tz == "America/Toronto"


@pytest.mark.parametrize(("typed", "field"), [
    ("product mgmt, im a support lead at a fintech rn", "product management"),
    ("eng mgmt", "engineering management"),
    ("Public policy research, at a think tank or an international organisation such as the UN",
     "Public policy research, at a think tank or an international organisation such as the UN"),
])
def test_the_field_is_kept_whole_and_spelled_out(typed: str, field: str) -> None:
    """"product mgmt" was said back in every draft as typed, and "…such as the UN" lost "as
    the UN" as if it were a reason ("as my registration would take years")."""
    from bot.engine.fields import topic_of
    assert topic_of(typed) == field



def test_a_field_typed_after_a_doubted_name_is_asked_about_too() -> None:
    """A tester's name was doubted, and "UX design", typed next, was greeted "Nice to meet
    you, UX!"; the field is asked about, and the name typed after it is used."""
    w = start()
    w.say("UX design")
    assert w.step == "name" and "looks like a field, not a name" in w.out.replies[0].text
    w.say("Dr. Amara Osei, but Amara please")
    assert w.step == "field" and "Nice to meet you, Amara!" in w.question
    assert w.data["name"] == "Dr. Amara Osei"


@pytest.mark.parametrize(("typed", "field"), [
    ("softwear engineering", "software engineering"),
    ("product managment tbh", "product management"),
    ("UX desgin", "UX design"),
    ("social media marketing innit", "social media marketing"),
    ("software eng, tryin to get an internship", "software engineering"),
    ("human resorces", "human resources"),
    # a real word one slip from a field's word is left as typed
    ("commodity trading", "commodity trading"),
    ("baking", "baking"),
    ("army medic", "army medic"),
])
def test_the_field_is_stored_without_slips_of_the_fingers(typed: str, field: str) -> None:
    """"softwear engineering" and "social media marketing innit" were stored as typed and said
    back so in every draft ("I'm exploring softwear engineering")."""
    w = start()
    w.say("Dana")
    w.say(typed)
    assert w.step == "tz" and w.data["field"] == field
