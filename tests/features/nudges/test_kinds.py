"""The registry of nudge kinds: every kind planned has one, composes, and its buttons act."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.engine.callbacks import ItemPress, parse
from bot.engine.models import User
from bot.features.network.pipeline import Event
from bot.features.nudges import kinds as K
from bot.features.nudges.kinds import (
    KINDS,
    Act,
    DueNudge,
    Kind,
    NudgeRow,
    UnknownKind,
    act,
    compose,
    kind_of,
    label_of,
    nudge_buttons,
    title_of,
)
from bot.features.nudges.planner import KINDS as PLANNED
from bot.features.nudges.planner import (
    Meeting,
    next_keep_in_touch,
    plan_meeting,
    plan_no_reply,
    timing,
)

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # 13:00 in Berlin: outside quiet hours
USER = User(id=1, chat_id=1, name="Sam Lee", tz="Europe/Berlin")
DANA = {"id": 5, "name": "Dana Whitfield", "organisation": "Harbor Health", "status": "met"}
MEETING = {"id": 9, "starts_at": "2026-12-03T15:00:00+00:00", "minutes": 30, "format": "video",
           "questions": ["What surprised you?"], "notes": {"learned": "research moves slowly"}}


def due(kind: str, nudge_id: int = 40, user: User = USER, contact: dict | None = DANA
        ) -> DueNudge:
    return DueNudge(nudge_id, user, kind, NOW, {}, contact=contact, meeting=MEETING)


def presses(reply) -> list:
    return [parse(b.data) for row in reply.buttons for b in row]


# --------------------------------------------------------------------------- the registry


def test_every_kind_the_planner_names_has_an_entry_and_no_entry_is_unplanned():
    assert set(PLANNED) == set(KINDS)


@pytest.mark.parametrize("tz", ["Europe/Berlin", "America/New_York", "Asia/Kolkata"])
@pytest.mark.parametrize("ahead", [timedelta(hours=3), timedelta(days=1), timedelta(days=9)])
def test_every_kind_the_planner_produces_has_an_entry(tz, ahead):
    t = timing(User(id=1, chat_id=1, tz=tz))
    produced = [p.kind for p in plan_meeting(Meeting(NOW + ahead, 30, "video", NOW), t)]
    produced += [p.kind for p in plan_no_reply(NOW, t)]
    produced.append(next_keep_in_touch(NOW, t).kind)
    assert produced and all(kind in KINDS for kind in produced), produced


def test_a_planned_kind_without_an_entry_fails_at_import():
    with pytest.raises(UnknownKind, match="anniversary"):
        K._check(KINDS, (*PLANNED, "anniversary"))


def test_an_extra_button_with_an_action_act_does_not_know_fails_at_import():
    odd = {**KINDS, "odd": Kind("odd", "Odd", K._reminder, (Act("?", "dance"),))}
    with pytest.raises(ValueError, match="dance"):
        K._check(odd, PLANNED)


def test_unknown_kinds_named_in_code_fail_loudly():
    with pytest.raises(UnknownKind, match="kinds.py"):
        label_of("anniversary")
    assert title_of("anniversary") == "Reminder:"  # a row of a kind since removed still lists
    assert kind_of("thanks") is KINDS["thanks"]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_is_named_for_people(kind):
    label, title = label_of(kind), title_of(kind)
    assert label and title and "_" not in label + title


# --------------------------------------------------------------------------- composing

PHRASES = {
    "second_contact": "No reply from Dana Whitfield yet — 3 business days",
    "follow_up": "Still no reply from Dana Whitfield after 7 business days",
    "prep": "Coming up: your 30-minute video call with Dana Whitfield on Thu 03 Dec, 16:00",
    "debrief": "How did it go with Dana Whitfield?",
    "thanks": "💌 Time to thank Dana Whitfield — within 24 hours",
    "thanks_reminder": "⏰ Reminder: your thank-you to Dana Whitfield",
    "referrals": "Did Dana Whitfield suggest anyone else",
    "keep_in_touch": "🌱 Time to keep in touch with Dana Whitfield",
}
EXTRAS = {
    "second_contact": [ItemPress("nudge", 40, "write_new"), ItemPress("nudge", 40, "replied")],
    "follow_up": [ItemPress("nudge", 40, "replied")],
    "debrief": [ItemPress("nudge", 40, "debrief")],
    "referrals": [ItemPress("nudge", 40, "names")],
}
STANDARD = [ItemPress("nudge", 40, a) for a in ("done", "skip", "s1h", "stom", "swk")]


def test_the_table_covers_every_kind():
    assert set(PHRASES) == set(KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kind_composes_its_message_with_its_buttons(kind):
    [sent] = compose([due(kind)], NOW)
    assert sent.ids == [40] and sent.user == USER and sent.wait_until is None
    text = "\n".join(r.text for r in sent.replies)
    assert PHRASES[kind] in text
    assert not any(k in text for k in KINDS if "_" in k)  # never a raw kind name
    assert "🔔 Reminder about" not in text  # nor the plain reminder of unregistered rows
    *before, last = sent.replies
    assert all(not r.buttons for r in before)  # the buttons sit under the last message
    assert presses(last) == EXTRAS.get(kind, []) + STANDARD


@pytest.mark.parametrize("kind", ["follow_up", "thanks", "thanks_reminder", "keep_in_touch"])
def test_kinds_with_a_draft_send_it_alone_to_copy(kind):
    [sent] = compose([due(kind)], NOW)
    drafts = [r for r in sent.replies if r.alone]
    assert len(drafts) == 1 and drafts[0].text.startswith("Hi Dana,")
    assert drafts[0].text.endswith("Sam Lee")


@pytest.mark.parametrize("kind", ["follow_up", "thanks", "thanks_reminder", "keep_in_touch"])
def test_a_draft_is_signed_without_the_users_title(kind):
    doctor = User(id=1, chat_id=1, name="Dr. Sam Lee", tz="Europe/Berlin")
    [sent] = compose([due(kind, user=doctor)], NOW)
    [draft] = [r.text for r in sent.replies if r.alone]
    assert draft.rstrip().endswith("\nSam Lee") and "Dr." not in draft


def test_the_thank_you_names_what_the_debrief_recorded():
    [sent] = compose([due("thanks")], NOW)
    assert "I especially appreciated your point that research moves slowly." in (
        sent.replies[1].text)


def test_keep_in_touch_nudges_of_one_user_arrive_as_one_digest():
    other = User(id=2, chat_id=2, tz="Europe/Berlin")
    kim = {"id": 6, "name": "Kim", "organisation": ""}
    batch = [due("keep_in_touch", 41), due("prep", 42), due("keep_in_touch", 43, contact=kim),
             due("keep_in_touch", 44, user=other)]
    sent = compose(batch, NOW)
    assert [s.ids for s in sent] == [[41, 43], [42], [44]]
    digest, *drafts, last = sent[0].replies
    assert "• Dana Whitfield (Harbor Health)\n• Kim\n" in digest.text
    assert [d.text.split(",")[0] for d in drafts] == ["Hi Dana", "Hi Kim"]
    assert presses(last)[0] == ItemPress("nudge", 41, "done")  # the batch is its first id


def test_quiet_hours_hold_every_kind_back():
    late = datetime(2026, 12, 1, 22, 0, tzinfo=UTC)  # 23:00 in Berlin
    sent = compose([due(k, i) for i, k in enumerate(sorted(KINDS))], late)
    assert all(not s.replies and s.wait_until == datetime(2026, 12, 2, 7, 0, tzinfo=UTC)
               for s in sent)


def test_a_stored_row_of_a_kind_since_removed_is_still_a_plain_reminder():
    [sent] = compose([due("anniversary")], NOW)
    assert sent.replies[0].text == "🔔 Reminder about Dana Whitfield."
    assert presses(sent.replies[0]) == STANDARD


def test_buttons_go_through_the_codec():
    [[write], [replied], done_skip, later] = nudge_buttons(7, KINDS["second_contact"].extras)
    assert (write.data, replied.data) == ("nudge|7|write_new", "nudge|7|replied")
    assert [b.text for b in done_skip] == ["✅ Done", "⏭ Skip"]
    assert [b.text for b in later] == ["⏰ 1 h", "🌅 Tomorrow", "📆 Next week"]


# --------------------------------------------------------------------------- acting

ROWS = [(1, 5, 9), (2, None, 9), (3, 8, None)]  # (id, contact, meeting)
THANKED = "✅ Thank-you sent — that's what people remember. Nice work."
# kind → (reply, touched, pipeline event, cancelled kinds of the same meeting) on Done
FOLLOWED_UP = ("✅ Follow-up sent. That's the last nudge for them — if they write back, tap "
               "They replied in /contacts.")
DONE = {
    "second_contact": ("✅ Noted. Nice work.", False, None, ()),
    "follow_up": (FOLLOWED_UP, True, None, ()),
    "prep": ("✅ Ready. Good luck!", False, None, ()),
    "debrief": ("✅ Done. Nice work.", False, None, ()),
    "thanks": (THANKED, True, Event.THANKED, ("thanks", "thanks_reminder")),
    "thanks_reminder": (THANKED, True, Event.THANKED, ("thanks", "thanks_reminder")),
    "referrals": ("✅ Done. Nice work.", False, None, ()),
    "keep_in_touch": ("✅ Update sent — I'll remind you again in a few months.", True,
                      Event.KEPT_IN_TOUCH, ()),
}
# what the Done button says it records, kind by kind
DONE_LABELS = {
    "second_contact": "✅ Wrote to someone new", "follow_up": "✅ Follow-up sent",
    "prep": "✅ I'm prepared", "debrief": "✅ Debriefed already",
    "thanks": "✅ Thank-you sent", "thanks_reminder": "✅ Thank-you sent",
    "referrals": "✅ Asked for names", "keep_in_touch": "✅ Update sent",
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_done_button_says_what_it_records(kind):
    [sent] = compose([due(kind)], NOW)
    labels = [b.text for r in sent.replies for row in r.buttons for b in row]
    assert DONE_LABELS[kind] in labels and "✅ Done" not in labels


def rows_of(kind: str) -> list[NudgeRow]:
    return [NudgeRow(i, kind, "sent", c, m) for i, c, m in ROWS]


def test_the_done_table_covers_every_kind():
    assert set(DONE) == set(KINDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_done(kind):
    reply, touched, event, cancel = DONE[kind]
    r = act(rows_of(kind), "done", USER, NOW)
    assert (r.reply.text, r.status, r.cancel_kinds, r.start_flow) == (reply, "done", cancel, None)
    assert r.advanced == ([(5, event), (8, event)] if event else [])
    assert r.touched_contacts == ([5, 8] if touched else [])
    again = next_keep_in_touch(NOW, timing(USER)).due_at
    assert r.next_keep_in_touch == ([(5, again), (8, again)] if touched else [])
    assert r.replied == []


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize(("action", "until"), [
    ("s1h", datetime(2026, 12, 1, 13, 0, tzinfo=UTC)),
    ("stom", datetime(2026, 12, 2, 8, 0, tzinfo=UTC)),  # 09:00 Berlin
    ("swk", datetime(2026, 12, 8, 8, 0, tzinfo=UTC)),
])
def test_snooze(kind, action, until):
    r = act(rows_of(kind), action, USER, NOW)
    assert (r.status, r.due_at) == ("pending", until)
    assert r.reply.text.startswith("⏰ Snoozed until ")
    assert not (r.advanced or r.touched_contacts or r.next_keep_in_touch or r.cancel_kinds)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_skip_replied_and_the_flows(kind):
    skip = act(rows_of(kind), "skip", USER, NOW)
    assert (skip.reply.text, skip.status, skip.advanced) == ("Skipped.", "skipped", [])
    replied = act(rows_of(kind), "replied", USER, NOW)
    assert (replied.reply.text, replied.status, replied.replied) == (K.REPLIED, "done", [5, 8])
    assert replied.advanced == [] and replied.touched_contacts == []
    for action, flow in (("debrief", "debrief"), ("names", "names")):
        r = act(rows_of(kind), action, USER, NOW)
        assert (r.start_flow, r.status) == (flow, None)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_an_unknown_action_changes_nothing(kind):
    r = act(rows_of(kind), "dance", USER, NOW)
    assert r.reply.text == "That button isn't one I know." and r.status is None


def test_a_vanished_reminder():
    r = act([], "done", USER, NOW)
    assert "no longer there" in r.reply.text and r.status is None


def test_done_on_a_stored_row_of_a_kind_since_removed_only_closes_it():
    r = act(rows_of("anniversary"), "done", USER, NOW)
    assert (r.reply.text, r.status, r.advanced, r.touched_contacts) == (
        "✅ Done. Nice work.", "done", [], [])



# --------------------------------------------------------------------------- what they say


def test_due_together_the_debrief_goes_first_and_its_thank_you_waits_for_it():
    bare = {**MEETING, "notes": {}}
    thanks = DueNudge(40, USER, "thanks", NOW, {}, contact=DANA, meeting=bare)
    debrief = DueNudge(41, USER, "debrief", NOW, {}, contact=DANA, meeting=bare)
    first, second = compose([thanks, debrief], NOW)
    assert first.ids == [41] and "How did it go with Dana Whitfield?" in first.replies[0].text
    assert second.ids == [40] and not second.replies
    assert second.wait_until == NOW + K.DEBRIEF_FIRST  # saving the debrief brings it forward


def test_a_thank_you_with_notes_already_is_not_held():
    sent = compose([due("debrief", 41), due("thanks", 40)], NOW)
    assert [s.ids for s in sent] == [[41], [40]] and all(s.replies for s in sent)


def test_the_thank_you_names_the_people_suggested():
    noted = {**MEETING, "notes": {"learned": "Ops roles want SQL",
                                  "names": "Lena Hoffmann, Ben Ortiz"}}
    [sent] = compose([DueNudge(40, USER, "thanks", NOW, {}, contact=DANA, meeting=noted)], NOW)
    draft = sent.replies[1].text
    assert "I especially appreciated your point that Ops roles want SQL." in draft
    assert "Thank you too for suggesting I talk to Lena Hoffmann and Ben Ortiz" in draft


def test_keep_in_touch_comes_with_a_draft_from_the_debrief_notes():
    noted = {**MEETING, "notes": {"learned": "to learn SQL before applying anywhere",
                                  "names": "Lena Hoffmann"}}
    n = DueNudge(40, USER, "keep_in_touch", NOW, {}, contact=DANA, meeting=noted)
    [sent] = compose([n], NOW)
    draft = sent.replies[1].text
    assert draft.startswith("Hi Dana,\n\nA quick update since we talked in December: I "
                            "followed your advice and [say what you did — e.g. I talked to "
                            "Lena Hoffmann]. I keep coming back to your advice to learn SQL "
                            "before applying anywhere.")
    assert "I hope all is well at Harbor Health." in draft and draft.endswith("Sam Lee")


@pytest.mark.parametrize(("payload", "says", "lead"), [
    ({"referrer": "Maya Chen", "channel": "email", "minutes": 15},
     "I wrote a week or so ago — Maya Chen suggested I get in touch — asking for 15 minutes "
     "of your advice.", "One polite follow-up"),
    ({"referrer": "", "channel": "linkedin_note", "minutes": 20},
     "I sent you a connection request on LinkedIn last week asking for 20 minutes of your "
     "advice, and thought email might reach you more easily.",
     "send this one by email if you can find their address"),
])
def test_the_follow_up_names_the_referrer_and_after_linkedin_suggests_email(payload, says, lead):
    [sent] = compose([DueNudge(40, USER, "follow_up", NOW, payload, contact=DANA)], NOW)
    assert says in sent.replies[1].text
    assert lead in sent.replies[0].text


def test_a_thank_you_logged_more_than_a_day_late_says_so_and_reads_in_order():
    old = {**MEETING, "starts_at": "2026-11-29T15:00:00+00:00",
           "notes": {"learned": "most nurses start as super-users", "names": "Lena Hoffmann"}}
    [sent] = compose([DueNudge(40, USER, "thanks", NOW, {}, contact=DANA, meeting=old)], NOW)
    assert "a day late is still far better than no thanks" in sent.replies[0].text
    draft = sent.replies[1].text
    assert ("your point that most nurses start as super-users. I'm going to act on it and will "
            "let you know how it goes. Thank you too for suggesting I talk to Lena Hoffmann"
            in draft)


def test_a_reply_kept_as_a_note_is_never_quoted_back():
    odd = {**MEETING, "notes": {"learned": "yes please"}}
    [sent] = compose([DueNudge(40, USER, "thanks", NOW, {}, contact=DANA, meeting=odd)], NOW)
    assert "yes please" not in sent.replies[1].text
    assert "Your advice gave me a much clearer picture." in sent.replies[1].text


def test_a_thank_you_reminder_due_with_its_thank_you_is_dropped():
    thanks, reminder = due("thanks", 40), due("thanks_reminder", 41)
    sent = compose([thanks, reminder], NOW)
    assert [(s.ids, bool(s.replies)) for s in sent] == [([40], True), ([41], False)]
