"""/settings as a pure function: each setting saves at once and returns to the menu."""

from __future__ import annotations

import pytest

from bot.features.profile.effects import SaveSettings
from bot.features.profile.settings import SettingsFlow
from tests.features.flow_support import Walk, make_turn, make_user

MENU = ["👤 Name", "🎯 Field", "🌍 Time zone", "🌙 Quiet hours", "🌱 Keep-in-touch", "✅ Done"]


def start(**user: object) -> Walk:
    return Walk(SettingsFlow(), make_turn(make_user(**user)))


def test_menu_shows_the_current_settings() -> None:
    w = start(tz="Europe/Berlin", quiet_start="22:00", quiet_end="07:00", keep_in_touch_weeks=6)
    assert w.step == "menu"
    assert w.question == ("<b>Your settings</b>\n"
                          "Name: Sam Rivera\n"
                          "Exploring: marketing\n"
                          "Time zone: Europe/Berlin (it is 10:00 there now)\n"
                          "Quiet hours: 22:00–07:00\n"
                          "Keep in touch: every 6 weeks")
    assert w.labels == MENU  # no Back from the menu


def test_happy_path_changes_all_three_and_saves_each_at_once() -> None:
    w = start()
    w.tap("🌍 Time zone")
    assert "Which time zone are you in?" in w.question
    w.tap("London")
    assert w.step == "menu"
    assert w.out.effects == [SaveSettings(tz="Europe/London")]
    assert w.out.replies[0].text == "Time zone set to Europe/London (it is 09:00 there now)."
    w.tap("🌙 Quiet hours")
    assert w.labels == ["21:00–08:00", "22:00–07:00", "20:00–09:00", "23:00–06:00", "⬅️ Back"]
    w.tap("23:00–06:00")
    assert w.out.effects == [SaveSettings(quiet_start="23:00", quiet_end="06:00")]
    assert w.out.replies[0].text == "Quiet hours set to 23:00–06:00."
    w.tap("🌱 Keep-in-touch")
    assert w.labels == ["4 weeks", "6 weeks", "8 weeks", "12 weeks", "16 weeks", "⬅️ Back"]
    w.tap("12 weeks")
    assert w.out.effects == [SaveSettings(keep_in_touch_weeks=12)]
    assert w.out.replies[0].text == "Keep-in-touch reminders every 12 weeks."
    # the menu shows what changed in this visit, before the profile is read again
    assert "Time zone: Europe/London (it is 09:00 there now)" in w.question
    assert "Quiet hours: 23:00–06:00" in w.question
    assert "Keep in touch: every 12 weeks" in w.question
    w.tap("✅ Done")
    assert w.steps == ["menu", "tz", "menu", "quiet", "menu", "cadence", "menu", None]
    assert w.ended and w.out.show_menu and w.text == "Settings saved."
    assert w.out.effects == []
    assert w.effects == [SaveSettings(tz="Europe/London"),
                         SaveSettings(quiet_start="23:00", quiet_end="06:00"),
                         SaveSettings(keep_in_touch_weeks=12)]


def test_done_without_changes_stores_nothing() -> None:
    """"Settings saved." after tapping Done with nothing changed read as if something was."""
    w = start()
    w.tap("✅ Done")
    assert w.ended and w.effects == [] and w.text == "Nothing changed."


@pytest.mark.parametrize(("typed", "stored", "shown"), [
    ("i want move to UX / product design", "UX / product design", "UX / product design"),
    ("Environmental policy", "Environmental policy", "environmental policy"),
])
def test_the_field_changes_without_redoing_setup(typed: str, stored: str, shown: str) -> None:
    """The field could only be changed by redoing the whole setup, which also reset the name
    and the time zone."""
    w = start()
    w.tap("🎯 Field")
    assert "Which field or role are you exploring now?" in w.question
    w.say(typed)
    assert w.step == "menu" and w.out.effects == [SaveSettings(field=stored)]
    assert f"Now exploring <b>{shown}</b>" in w.out.replies[0].text
    assert f"Exploring: {shown}" in w.question
    w.tap("✅ Done")
    assert w.text == "Settings saved."


@pytest.mark.parametrize("typed", ["honestly not sure yet", "not sure yet", "no clue lol",
                                   "idk, maybe tech or finance"])
def test_someone_still_deciding_is_not_told_they_are_now_exploring_not_sure_yet(typed):
    """ "not sure yet" was said back as "Now exploring not sure yet" and "Exploring: not sure
    yet"; setup says "Still deciding what to explore", and so does /settings now."""
    w = start()
    w.tap("🎯 Field")
    w.say(typed)
    assert w.step == "menu" and w.out.effects == [SaveSettings(field="Not sure yet")]
    said = w.out.replies[0].text
    assert said.startswith("Noted: still deciding what to explore") and "exploring" not in said
    assert "Exploring: still deciding\n" in w.question


@pytest.mark.parametrize(("typed", "stored"), [
    ("nursing informatics honestly, or anything non-bedside lol", "nursing informatics"),
    ("idk really, sorry, not sure yet. maybe something general? or like civil service but idk",
     "civil service"),
    ("honestly no idea, maybe marketing?", "marketing"),
])
def test_the_one_field_an_undecided_answer_floats_is_the_field(typed: str, stored: str) -> None:
    """Testers' answers were stored as "nursing informatics honestly, or anything
    non-bedside", "really, sorry" and "no idea"."""
    w = Walk(SettingsFlow(knows_field=lambda t: t in ("civil service", "marketing")),
             make_turn(make_user()))
    w.tap("🎯 Field")
    w.say(typed)
    assert w.step == "menu" and w.out.effects == [SaveSettings(field=stored)]
    assert f"Now exploring <b>{stored}</b>" in w.out.replies[0].text
    assert f"Exploring: {stored}\n" in w.question


@pytest.mark.parametrize(("typed", "stored", "said"), [
    ("Samantha Rivera, but everyone calls me Sam", "Sam Rivera", "I'll call you <b>Sam</b>. "
     "Drafts will be signed <b>Sam Rivera</b>."),
    # one name: the one they go by, with the surname drafts are signed with
    ("just Sam pls", "Sam Rivera", "I'll call you <b>Sam</b>. Drafts will be signed <b>Sam "
     "Rivera</b>."),
    ("Dr. Samira Rivera", "Dr. Samira Rivera", "I'll call you <b>Samira</b>. Drafts will be "
     "signed <b>Samira Rivera</b>."),
    ("sam okafor", "Sam Okafor", "I'll call you <b>Sam</b>. Drafts will be signed <b>Sam "
     "Okafor</b>."),
    # asked for, as people ask: it was "Hmm, that reads like a sentence"
    ("oh actually can you just use Samira please", "Samira Rivera", "I'll call you "
     "<b>Samira</b>."),
    ("use Sami instead", "Sami Rivera", "I'll call you <b>Sami</b>."),
])
def test_the_name_changes_without_redoing_setup(typed: str, stored: str, said: str) -> None:
    """The name could only be changed by /start, which asks the field and time zone again."""
    w = start()
    w.tap("👤 Name")
    assert w.question.startswith("What should I call you?")
    w.say(typed)
    assert w.step == "menu" and w.out.effects == [SaveSettings(name=stored)]
    assert w.out.replies[0].text.startswith(said)
    assert f"Name: {stored}" in w.question
    w.tap("✅ Done")
    assert w.text == "Settings saved."


def test_a_name_that_reads_like_a_sentence_is_asked_once() -> None:
    w = start()
    w.tap("👤 Name")
    w.say("hello")
    assert w.step == "name" and w.effects == []
    assert w.out.replies[0].text.startswith("Hmm, ")
    assert "✅ Use “hello” as the name" in w.labels
    w.say("Sami")
    assert w.step == "menu" and w.out.effects == [SaveSettings(name="Sami Rivera")]


def test_a_change_of_mind_at_the_name_keeps_the_name() -> None:
    w = start()
    w.tap("👤 Name")
    w.say("actually never mind")
    assert w.step == "menu" and w.effects == []
    assert w.out.replies[0].text == "Kept your name as it was."
    assert "Name: Sam Rivera" in w.question


def test_the_telegram_name_can_be_tapped() -> None:
    w = start()
    w.tap("👤 Name")
    w.tap("Call me Sam")
    assert w.out.effects == [SaveSettings(name="Sam Rivera")]


def test_one_name_kept_as_typed_when_the_button_says_so() -> None:
    w = start(name="Samantha Rivera")
    w.tap("👤 Name")
    w.say("hello")
    w.tap("✅ Use “hello” as the name")
    assert w.out.effects == [SaveSettings(name="Hello")]  # capitalised, no surname added


def test_a_field_button_is_saved_as_named() -> None:
    w = start()
    w.tap("🎯 Field")
    w.tap("Healthcare")
    assert w.out.effects == [SaveSettings(field="Healthcare")]


@pytest.mark.parametrize(("typed", "why"), [
    ("Sarah Jones", "that looks like a person's name"),
    ("Leeds", "that looks like a place"),
    ("yes please", "that reads like a reply rather than a field"),
])
def test_a_field_that_reads_like_something_else_is_asked_once(typed: str, why: str) -> None:
    """At 🎯 Field, "Sarah Jones" and "Leeds" were saved as the field explored: the checks of
    the setup's field question were not made here."""
    w = start()
    w.tap("🎯 Field")
    w.say(typed)
    assert w.step == "field" and w.effects == []
    assert w.out.replies[0].text.startswith(f"Hmm, {why}.")
    assert w.labels[-2] == f"✅ Use “{typed}” as the field"
    w.tap(f"✅ Use “{typed}” as the field")  # it really is the field: kept at the second ask
    assert w.step == "menu" and w.out.effects == [SaveSettings(field=typed)]


def test_a_field_typed_twice_is_kept() -> None:
    w = start()
    w.tap("🎯 Field")
    w.say("Marine Biology")
    w.say("Marine Biology")
    assert w.step == "menu" and w.out.effects == [SaveSettings(field="Marine Biology")]


@pytest.mark.parametrize("typed", ["actually never mind", "nvm", "oh wait, keep it"])
def test_a_change_of_mind_at_the_field_keeps_the_field(typed: str) -> None:
    w = start()
    w.tap("🎯 Field")
    w.say(typed)
    assert w.step == "menu" and w.effects == []
    assert w.out.replies[0].text == "Kept your field as it was."
    assert "Exploring: marketing" in w.question


@pytest.mark.parametrize("bad", ["42", "🙂", "x" * 300])
def test_a_field_with_no_words_is_asked_again(bad: str) -> None:
    w = start()
    w.tap("🎯 Field")
    w.say(bad)
    assert w.step == "field" and w.effects == []


@pytest.mark.parametrize(("typed", "zone"), [("Tokyo", "Asia/Tokyo"), ("UTC-3", "UTC-03:00")])
def test_a_typed_zone_is_saved(typed: str, zone: str) -> None:
    w = start()
    w.tap("🌍 Time zone")
    w.say(typed)
    assert w.step == "menu" and w.out.effects == [SaveSettings(tz=zone)]


@pytest.mark.parametrize(("typed", "quiet"), [
    ("22:30-07:00", ("22:30", "07:00")), ("22-7", ("22:00", "07:00")),
    ("23:00 to 06:30", ("23:00", "06:30")),
])
def test_typed_quiet_hours_are_saved(typed: str, quiet: tuple[str, str]) -> None:
    w = start()
    w.tap("🌙 Quiet hours")
    w.say(typed)
    assert w.out.effects == [SaveSettings(quiet_start=quiet[0], quiet_end=quiet[1])]
    assert f"Quiet hours: {quiet[0]}–{quiet[1]}" in w.question


@pytest.mark.parametrize(("typed", "weeks"), [("10", 10), ("10 weeks", 10), ("2", 2), ("26", 26)])
def test_typed_cadence_is_saved(typed: str, weeks: int) -> None:
    w = start()
    w.tap("🌱 Keep-in-touch")
    w.say(typed)
    assert w.out.effects == [SaveSettings(keep_in_touch_weeks=weeks)]


@pytest.mark.parametrize("setting", ["👤 Name", "🎯 Field", "🌍 Time zone", "🌙 Quiet hours",
                                     "🌱 Keep-in-touch"])
def test_back_from_a_setting_returns_to_the_menu_unchanged(setting: str) -> None:
    w = start()
    menu = w.question
    w.tap(setting)
    w.tap("⬅️ Back")
    assert w.step == "menu" and w.question == menu and w.labels == MENU
    assert w.effects == []


@pytest.mark.parametrize("setting", ["👤 Name", "🌍 Time zone", "🌙 Quiet hours",
                                     "🌱 Keep-in-touch"])
def test_no_setting_offers_skip(setting: str) -> None:
    w = start()
    w.tap(setting)
    assert "Skip" not in w.labels


@pytest.mark.parametrize(("setting", "bad", "why"), [
    ("🌍 Time zone", "Narnia", "I couldn't read <b>Narnia</b> as a time zone"),
    ("🌙 Quiet hours", "late", "I couldn't read <b>late</b> as a range of hours"),
    ("🌙 Quiet hours", "22:00-22:00", "as a range of hours"),
    ("🌙 Quiet hours", "25-7", "as a range of hours"),
    ("🌱 Keep-in-touch", "1", "Type a number of weeks from 2 to 26"),
    ("🌱 Keep-in-touch", "27 weeks", "Type a number of weeks from 2 to 26"),
    ("🌱 Keep-in-touch", "often", "Type a number of weeks from 2 to 26"),
])
def test_bad_input_says_why_and_asks_again(setting: str, bad: str, why: str) -> None:
    w = start()
    w.tap(setting)
    step, before = w.step, w.question
    w.say(bad)
    assert w.step == step and why in w.out.replies[0].text and w.question == before
    assert w.effects == []


def test_typed_input_is_escaped_in_the_reason() -> None:
    w = start()
    w.tap("🌙 Quiet hours")
    w.say("<i>late</i>")
    assert "<b>&lt;i&gt;late&lt;/i&gt;</b>" in w.out.replies[0].text


@pytest.mark.parametrize(("setting", "stale", "why"), [
    (None, "privacy", "Tap one of the buttons below, or /cancel."),
    ("🌍 Time zone", "42", "Tap one of the time zones, or type yours."),
    ("🌙 Quiet hours", "7", "Tap a range, or type one like <i>22:00-07:00</i>."),
    ("🌱 Keep-in-touch", "52", "Type a number of weeks from 2 to 26, or tap one."),
])
def test_a_stale_button_value_is_refused(setting: str | None, stale: str, why: str) -> None:
    w = start()
    if setting:
        w.tap(setting)
    step = w.step
    w.press(stale)
    assert w.step == step and w.out.replies[0].text == why and w.effects == []


def test_typing_at_the_menu_is_refused() -> None:
    w = start()
    w.say("time zone")
    assert w.step == "menu" and w.out.replies[0].text == "Tap one of the buttons below, or /cancel."


@pytest.mark.parametrize("setting", [None, "👤 Name", "🌍 Time zone", "🌙 Quiet hours",
                                     "🌱 Keep-in-touch"])
def test_a_photo_is_not_an_answer(setting: str | None) -> None:
    w = start()
    if setting:
        w.tap(setting)
    step, before = w.step, w.question
    w.photo("voice")
    assert w.step == step and w.question == before
    assert w.out.replies[0].text == "I can only read text at this step, not a voice."
    assert w.effects == []


def test_a_name_said_with_call_me_only_keeps_the_full_name_for_drafts() -> None:
    """ "Priya Raghunathan, kindly call me Priya only" was read as a sentence."""
    w = start()
    w.tap("👤 Name")
    w.say("Priya Raghunathan, kindly call me Priya only")
    assert w.step == "menu" and w.out.effects == [SaveSettings(name="Priya Raghunathan")]
    assert w.out.replies[0].text.startswith(
        "I'll call you <b>Priya</b>. Drafts will be signed <b>Priya Raghunathan</b>.")


def test_a_zone_said_for_now_is_saved() -> None:
    w = start()
    w.tap("🌍 Time zone")
    w.say("pune for now, shifting to london in march")
    assert w.step == "menu" and w.out.effects == [SaveSettings(tz="Asia/Kolkata")]
