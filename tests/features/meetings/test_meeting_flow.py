"""/meeting as a pure function: who, when (typed and confirmed, or a quick button), format,
length; then the meeting, its reminders and a calendar file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.features.meetings.effects import SaveMeeting
from bot.features.meetings.flow import MeetingFlow
from bot.features.nudges.effects import NewNudge
from tests.features.flow_support import INST, NOW, Walk, make_turn, make_user

CONTACTS = {"contacts": [[3, "Dana Lee", "Acme"], [4, "Ari Gold", ""]]}
QUICK = ["Tomorrow 10:00", "Tomorrow 15:00", "Wed 04 Nov 10:00", "Wed 04 Nov 15:00",
         "Thu 05 Nov 10:00", "Thu 05 Nov 15:00"]
FORMATS = ["☕ Coffee", "📞 Phone call", "💻 Video call"]
TOMORROW_3PM = datetime(2026, 11, 3, 14, 0, tzinfo=UTC)  # 15:00 in Berlin


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def start(payload: object = CONTACTS, **user: object) -> Walk:
    return Walk(MeetingFlow(), make_turn(make_user(**user)), payload)


def walk_to(step: str, w: Walk | None = None) -> Walk:
    w = w or start()
    script = {"who": lambda: w.tap("Dana Lee"), "when": lambda: w.say("tomorrow 3pm"),
              "confirm": lambda: w.tap("✅ Yes"), "format": lambda: w.tap("💻 Video call")}
    while w.step != step:
        script[w.step]()
    return w


def test_happy_path_typed_time_confirmed_then_format_and_length() -> None:
    w = start()
    assert w.question == "📅 Who are you meeting? Tap a contact or type a new name."
    assert w.labels == ["Dana Lee", "Ari Gold"]  # first step: no Back
    w.tap("Dana Lee")
    assert w.question.startswith("When is it, in your time zone (Europe/Berlin)?")
    assert w.labels == [*QUICK, "⬅️ Back"]
    w.say("tomorrow 3pm")
    assert w.question == "Is this right? <b>Tue 03 Nov 2026, 15:00 (Europe/Berlin)</b>"
    assert w.labels == ["✅ Yes", "✏️ No, retype"]
    w.tap("✅ Yes")
    assert w.question == "Coffee, phone or video?" and w.labels == [*FORMATS, "⬅️ Back"]
    w.tap("💻 Video call")
    assert w.labels == ["15 min", "20 min", "30 min", "45 min", "⬅️ Back"]
    w.tap("30 min")
    assert w.steps == ["who", "when", "confirm", "format", "minutes", None]
    nudges = (NewNudge("prep", utc(2026, 11, 2, 18, 0)),  # 19:00 the evening before
              NewNudge("debrief", utc(2026, 11, 3, 14, 45)),
              NewNudge("thanks", utc(2026, 11, 3, 16, 30)),
              NewNudge("thanks_reminder", utc(2026, 11, 4, 10, 30)),
              NewNudge("referrals", utc(2026, 11, 5, 9, 0)))
    assert w.effects == [SaveMeeting(
        contact_id=3, contact_name="Dana Lee", starts_at=TOMORROW_3PM, minutes=30,
        format="video", nudges=nudges, keep_in_touch_at=utc(2026, 12, 29, 9, 0), inst=INST)]
    assert w.out.show_menu
    logged, calendar = w.out.replies
    assert logged.text.startswith("📅 Logged: 30-minute video call with Dana Lee, "
                                  "<b>Tue 03 Nov 2026, 15:00 (Europe/Berlin)</b>.")
    assert "• Mon 02 Nov, 19:00 — " in logged.text
    assert "• Tue 29 Dec, 10:00 — " in logged.text  # keep in touch, 8 weeks on
    assert calendar.document is not None and calendar.document[0] == "meeting.ics"
    ics = calendar.document[1]
    assert b"DTSTART:20261103T140000Z" in ics and b"DTEND:20261103T143000Z" in ics
    assert b"SUMMARY:Meeting with Dana Lee" in ics
    assert f"UID:meeting-42-{INST}@interview-coach".encode() in ics


def test_a_quick_time_button_needs_no_confirmation() -> None:
    w = walk_to("when")
    w.tap("Tomorrow 10:00")
    assert w.step == "format"
    w.tap("☕ Coffee")
    w.tap("20 min")
    assert w.steps == ["who", "when", "format", "minutes", None]
    [meeting] = w.effects
    assert meeting.starts_at == utc(2026, 11, 3, 9, 0) and meeting.format == "coffee"


def test_quick_times_skip_the_weekend() -> None:
    w = Walk(MeetingFlow(), make_turn(now=utc(2026, 11, 6, 12, 0)), CONTACTS)  # a Friday
    w.tap("Dana Lee")
    assert w.labels[:3] == ["Mon 09 Nov 10:00", "Mon 09 Nov 15:00", "Tue 10 Nov 10:00"]


def test_a_new_name_is_typed() -> None:
    w = start()
    w.say("  Priya   Shah ")
    w.say("Dec 3 10:30")
    w.tap("✅ Yes")
    w.say("Phone")
    w.say("50 minutes")
    [meeting] = w.effects
    assert (meeting.contact_id, meeting.contact_name) == (None, "Priya Shah")
    assert (meeting.format, meeting.minutes) == ("phone", 50)
    assert meeting.starts_at == utc(2026, 12, 3, 9, 30)


def test_a_typed_name_of_a_recent_contact_finds_them() -> None:
    w = start()
    w.say("ari gold")
    assert w.data["contact_id"] == 4


def test_no_recent_contacts_asks_for_a_name() -> None:
    w = start(None)
    assert w.question == "📅 Who are you meeting? Type their name." and w.labels == []


def test_the_time_is_read_in_the_users_zone() -> None:
    w = start(tz="America/New_York")
    w.tap("Dana Lee")
    assert "(America/New_York)" in w.question
    w.say("tomorrow 3pm")
    assert "Tue 03 Nov 2026, 15:00 (America/New_York)" in w.question
    w.tap("✅ Yes")
    w.tap("☕ Coffee")
    w.tap("20 min")
    assert w.effects[0].starts_at == utc(2026, 11, 3, 20, 0)


def test_an_ambiguous_date_offers_both_readings() -> None:
    w = walk_to("when")
    w.say("3/12 15:00")
    assert w.step == "confirm"
    assert w.question == "That date reads two ways. Which did you mean?"
    assert w.labels == ["Thu 03 Dec 2026, 15:00", "Fri 12 Mar 2027, 15:00", "⬅️ Back"]  # day first
    w.tap("Thu 03 Dec 2026, 15:00")
    assert w.step == "format"
    w.tap("☕ Coffee")
    w.tap("20 min")
    assert w.effects[0].starts_at == utc(2026, 12, 3, 14, 0)


@pytest.mark.parametrize("typed", ["2026-10-20 15:00", "Oct 25 3pm", "8 days ago"])
def test_a_time_more_than_a_week_ago_is_refused(typed: str) -> None:
    w = walk_to("when")
    w.say(typed)
    assert w.step == "when" and w.effects == []
    assert w.out.replies[0].text.startswith("That's more than a week ago.")
    assert w.question.startswith("When is it, in your time zone")


@pytest.mark.parametrize(("typed", "starts"), [
    ("yesterday 3pm", utc(2026, 11, 1, 14, 0)), ("today 9:00", utc(2026, 11, 2, 8, 0)),
    ("last friday at 4pm", utc(2026, 10, 30, 15, 0)), ("2 hours ago", utc(2026, 11, 2, 7, 0)),
])
def test_a_meeting_that_already_happened_is_logged_with_its_debrief_at_once(typed, starts):
    w = walk_to("when")
    w.say(typed)
    assert w.step == "confirm" and "That's in the past: no prep reminder" in w.question
    w.tap("✅ Yes")
    w.tap("☕ Coffee")
    assert w.question == "How long was it?"
    w.tap("30 min")
    [meeting] = w.effects
    kinds = [n.kind for n in meeting.nudges]
    assert meeting.starts_at == starts and "prep" not in kinds
    assert w.out.next_flow == "deb" and w.out.payload["meeting_inst"] == INST
    summary = w.out.replies[0].text
    assert "already over, so no prep reminder" in summary
    assert "• now — the debrief, below" in summary
    # the thank-you follows the debrief once its best time (2 h after the end) has come
    thank = ("• right after it — your thank-you draft, naming what you learned"
             if starts + timedelta(minutes=150) <= NOW else "— your thank-you draft, naming")
    assert thank in summary
    assert not any(r.document for r in w.out.replies)  # no calendar file for the past
    thanks = next(n.due_at for n in meeting.nudges if n.kind == "thanks")
    # within 24 h of the meeting, or (logged later than that) an hour after logging it
    assert thanks <= max(starts + timedelta(minutes=30, hours=24), NOW + timedelta(hours=1))


# --- Back -------------------------------------------------------------------------------------

def test_back_from_when_goes_to_who() -> None:
    w = walk_to("when")
    w.tap("⬅️ Back")
    assert w.step == "who" and w.labels == ["Dana Lee", "Ari Gold"]


def test_no_retype_goes_back_to_when() -> None:
    w = walk_to("confirm")
    w.tap("✏️ No, retype")
    assert w.step == "when" and w.question.startswith("When is it")


def test_back_from_the_two_readings_goes_to_when() -> None:
    w = walk_to("when")
    w.say("3/12 15:00")
    w.tap("⬅️ Back")
    assert w.step == "when"


@pytest.mark.parametrize("how", ["typed", "quick"])
def test_back_from_format_goes_to_when(how: str) -> None:
    w = walk_to("when")
    w.say("tomorrow 3pm") if how == "typed" else w.tap("Tomorrow 10:00")
    if how == "typed":
        w.tap("✅ Yes")
    w.tap("⬅️ Back")
    assert w.step == "when" and w.question.startswith("When is it")
    w.tap("Thu 05 Nov 15:00")
    w.tap("📞 Phone call")
    w.tap("15 min")
    assert w.effects[0].starts_at == utc(2026, 11, 5, 14, 0)


def test_back_from_minutes_goes_to_format() -> None:
    w = walk_to("minutes")
    w.tap("⬅️ Back")
    assert w.step == "format"
    w.tap("☕ Coffee")
    w.tap("45 min")
    assert (w.effects[0].format, w.effects[0].minutes) == ("coffee", 45)


def test_back_on_the_first_step_stays_there() -> None:
    w = start()
    w.press("back")
    assert w.step == "who" and w.data["contact_name"] == ""
    assert [r.text for r in w.out.replies] == [
        "📅 Who are you meeting? Tap a contact or type a new name."]


def test_no_step_offers_skip() -> None:
    w = start()
    seen = [w.labels]
    for step in ("when", "confirm", "format", "minutes"):
        walk_to(step, w)
        seen.append(w.labels)
    assert not any("Skip" in labels for labels in seen)


# --- bad input, photos, stale buttons ---------------------------------------------------------

@pytest.mark.parametrize(("step", "bad", "why"), [
    ("who", "   ", "Type the name of the person you're meeting."),
    ("when", "   ", "Type a day and a time."),
    ("when", "next friday", "I need a time as well as a day, e.g. <i>Thursday 15:30</i>."),
    ("when", "blah blah", "I couldn't read that as a date and time."),
    ("confirm", "yes", "Tap <b>Yes</b>, or <b>No, retype</b> to type it again."),
    ("format", "tea", "Tap coffee, phone or video."),
    ("minutes", "5", "Tap a length, or type the minutes (10–120)."),
    ("minutes", "121 min", "Tap a length, or type the minutes (10–120)."),
    ("minutes", "an hour", "Tap a length, or type the minutes (10–120)."),
])
def test_bad_input_says_why_and_asks_again(step: str, bad: str, why: str) -> None:
    w = walk_to(step)
    before = w.question
    w.say(bad)
    assert w.step == step and w.out.replies[0].text == why and w.question == before
    assert w.effects == []


@pytest.mark.parametrize("step", ["who", "when", "confirm", "format", "minutes"])
def test_a_photo_is_not_an_answer(step: str) -> None:
    w = walk_to(step)
    before = w.question
    w.photo()
    assert w.step == step and w.question == before and w.effects == []
    assert w.out.replies[0].text == "I can only read text at this step, not a photo."


@pytest.mark.parametrize(("step", "stale", "why"), [
    ("who", "c9", "Type the name of the person you're meeting."),
    ("when", "q9", "Type a day and a time."),
    ("confirm", "1", "Tap <b>Yes</b>, or <b>No, retype</b> to type it again."),
    ("format", "walk", "Tap coffee, phone or video."),
    ("minutes", "x", "Tap a length, or type the minutes (10–120)."),
])
def test_a_stale_button_value_is_refused(step: str, stale: str, why: str) -> None:
    w = walk_to(step)
    w.press(stale)
    assert w.step == step and w.out.replies[0].text == why and w.effects == []


def test_escapes_the_typed_name_in_the_summary() -> None:
    w = start()
    w.say("<b>Bo</b> & Co")
    w.tap("Tomorrow 15:00")
    w.tap("☕ Coffee")
    w.tap("20 min")
    assert "with &lt;b&gt;Bo&lt;/b&gt; &amp; Co," in w.out.replies[0].text
    assert w.effects[0].contact_name == "<b>Bo</b> & Co"
    assert w.effects[0].starts_at == utc(2026, 11, 3, 14, 0)


def test_a_typed_name_finds_the_contact_whatever_the_title_or_case() -> None:
    w = start({"contacts": [[3, "Ms Dana Lee", "Acme"]]})
    w.say("dana lee")
    assert w.step == "when" and (w.data["contact_id"], w.data["contact_name"]) == (
        3, "Ms Dana Lee")


def test_a_sentence_at_who_is_asked_about_then_kept_if_meant() -> None:
    w = start()
    w.say("I met her at the career fair")
    assert w.step == "who" and "reads like a sentence" in w.out.replies[0].text
    assert "✅ Use “I met her at the career fair” as the name" in w.labels
    w.tap("✅ Use “I met her at the career fair” as the name")
    assert w.step == "when" and w.data["contact_name"] == "I met her at the career fair"
