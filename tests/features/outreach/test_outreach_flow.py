"""/outreach as a pure function: ten answers, the checked draft, its variants and edits,
'I sent it' and 'They replied'."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.engine.flow import TextIn
from bot.engine.ui import esc
from bot.features.nudges.effects import NewNudge
from bot.features.outreach.effects import MarkReplied, MarkSent, SaveDraft
from bot.features.outreach.flow import NEED_WORDS, OutreachFlow
from bot.features.outreach.render import make_environment
from tests.features.flow_support import INST, NOW, Walk, make_turn, make_user

FLOW = OutreachFlow(make_environment())
SKIP = object()  # in walk_to: tap Skip at that step
NEED_OR_SKIP = "I need a few words here (or tap Skip)."
STEPS = ["name", "role", "org", "conn", "detail", "background", "broad", "narrow", "format",
         "minutes", "channel", "draft"]
# what a user answers at each step, up to the channel (an event connection)
ANSWERS = {
    "name": ("say", "Dana Lee"), "role": ("say", "Senior UX researcher"),
    "org": ("say", "Acme Health"), "conn": ("tap", "🤝 Met at an event"),
    "detail": ("say", "UXDC 2026"),
    "background": ("say", "a chemistry teacher moving into UX research"),
    "broad": ("tap", "Marketing"), "narrow": ("tap", "How you got into your role"),
    "format": ("tap", "💻 Video call"), "minutes": ("tap", "20 min"),
    "channel": ("tap", "📧 Email"),
}
REFERRAL = {"referral": {"id": 5, "name": "Ana Ruiz", "role": None, "organisation": None,
                         "referrer": "Maya Chen"}}
LONG = ("a chemistry teacher of twelve years who ran the school's data club, built three "
        "dashboards for the district, taught statistics to adults at night and is now moving "
        "into UX research after a part-time certificate in human-centred design")


def start(payload: object = None, **user: object) -> Walk:
    return Walk(FLOW, make_turn(make_user(**user)), payload)


def walk_to(step: str, w: Walk | None = None, **answers: object) -> Walk:
    """Answer every step before `step`; `answers` replaces an answer (SKIP taps Skip)."""
    w = w or start()
    while w.step != step:
        how, answer = ANSWERS[w.step]
        answer = answers.get(w.step, answer)
        if answer is SKIP:
            w.tap("Skip")
        else:
            w.tap(answer) if how == "tap" else w.say(answer)
    return w


def drafts(w: Walk) -> list[SaveDraft]:
    return [e for e in w.effects if isinstance(e, SaveDraft)]


def body_shown(w: Walk) -> str:
    """The draft as its own message, above the checks."""
    alone = [r for r in w.out.replies if r.alone]
    assert len(alone) == 1
    return alone[0].text


# --- the happy path ---------------------------------------------------------------------------

def test_happy_path_from_first_question_to_they_replied() -> None:
    w = start()
    assert w.out.replies[0].text.startswith("Let's write the message that asks for a short")
    assert w.question == "Who do you want to write to? Send their full name."
    assert w.labels == []  # the first step has no Back
    w = walk_to("draft", w)
    assert w.steps == STEPS
    data = {k: w.data[k] for k in ("name", "role", "org", "conn", "detail", "background",
                                   "broad", "narrow", "format", "minutes", "channel")}
    assert data == {
        "name": "Dana Lee", "role": "Senior UX researcher", "org": "Acme Health",
        "conn": "event", "detail": "UXDC 2026",
        "background": "a chemistry teacher moving into UX research", "broad": "Marketing",
        "narrow": "how you got into your role", "format": "video", "minutes": 20,
        "channel": "email",
    }
    [draft] = w.effects
    assert draft == SaveDraft(
        contact_name="Dana Lee", role="Senior UX researcher", organisation="Acme Health",
        referrer="", channel="email", tone="warm", subject="After UXDC 2026", body=draft.body,
        score=draft.total, total=draft.total, edited=False, contact_id=None, inst=INST,
        background="a chemistry teacher moving into UX research")
    assert draft.body.startswith("Hi Dana,\n\nWe were both at UXDC 2026")
    assert "20 minutes for a video call" in draft.body and draft.body.endswith("Sam Rivera")
    assert body_shown(w) == esc(draft.body)
    assert w.question.startswith(f"<b>Checks: {draft.total}/{draft.total}</b>\n"
                                 "Subject: <code>After UXDC 2026</code>\n✅ Short:")
    assert w.labels == ["✂️ Shorter", "🎩 Formal", "🔁 Other channel", "📏 75-word check: off",
                        "📨 I sent it", "✅ Done for now"]
    w.tap("📨 I sent it")
    assert w.step == "sent"
    sent = MarkSent(NOW, (NewNudge("second_contact", datetime(2026, 11, 5, 9, 0, tzinfo=UTC)),
                          NewNudge("follow_up", datetime(2026, 11, 11, 9, 0, tzinfo=UTC))), INST)
    assert w.out.effects == [sent]
    assert w.out.replies[0].text == (
        "📨 Noted: sent to Dana on Mon 02 Nov, 10:00.\n"
        "• No reply by Thu 05 Nov, 10:00 (3 business days): I'll suggest writing to a second "
        "person at Acme Health.\n"
        "• No reply by Wed 11 Nov, 10:00 (7 business days): one polite follow-up to Dana, with "
        "a draft. Only once.")
    assert w.labels == ["🎉 They replied", "👍 OK, I'll wait", "⬅️ Back"]  # Back: the draft
    w.tap("🎉 They replied")
    assert w.ended and w.out.show_menu
    assert w.out.effects == [MarkReplied(NOW, INST)]
    assert "stopped the follow-up reminders for Dana" in w.text
    assert w.effects == [draft, sent, MarkReplied(NOW, INST)]


def test_the_organisation_typed_with_an_article_reads_mid_sentence() -> None:
    """ "I'll suggest writing to a second person at A housing association in Cardiff"."""
    w = walk_to("draft", org="A housing association in Cardiff")
    w.tap("📨 I sent it")
    assert "a second person at a housing association in Cardiff." in w.out.replies[0].text


def test_done_after_sending_keeps_the_reminders() -> None:
    w = walk_to("draft")
    w.tap("📨 I sent it")
    w.tap("👍 OK, I'll wait")
    assert w.ended and w.out.effects == [] and w.out.show_menu
    assert w.text == "Good luck! I'll remind you if they don't reply."


def test_sent_uses_the_time_of_the_tap() -> None:
    w = walk_to("draft")
    w.at(datetime(2026, 11, 6, 16, 0, tzinfo=UTC))  # Friday 17:00 in Berlin
    w.tap("📨 I sent it")
    [sent] = w.out.effects
    assert sent.sent_at == datetime(2026, 11, 6, 16, 0, tzinfo=UTC)
    assert [(n.kind, n.due_at) for n in sent.nudges] == [
        ("second_contact", datetime(2026, 11, 11, 16, 0, tzinfo=UTC)),  # Wed, over the weekend
        ("follow_up", datetime(2026, 11, 17, 16, 0, tzinfo=UTC)),
    ]
    assert "sent to Dana on Fri 06 Nov, 17:00" in w.out.replies[0].text


def test_done_for_now_keeps_the_draft_unsent() -> None:
    w = walk_to("draft")
    w.tap("✅ Done for now")
    assert w.ended and w.out.show_menu and w.out.effects == []
    assert "Saved as a draft on Dana Lee's contact" in w.text
    assert [type(e) for e in w.effects] == [SaveDraft]


def test_typed_answers_are_read() -> None:
    w = walk_to("format")
    w.say("Phone")
    w.say("25 minutes")
    assert (w.data["format"], w.data["minutes"]) == ("phone", 25)
    w.tap("⬅️ Back")
    w.say("15min")
    assert w.data["minutes"] == 15 and w.step == "channel"
    w.tap("⬅️ Back")
    w.say("20 is fine")  # a tester got "Ask for 15 to 30 minutes"
    assert w.data["minutes"] == 20 and w.step == "channel"
    w.tap("⬅️ Back")
    w.say("45 mins or an hour")
    assert w.step == "minutes" and "15 to 30" in w.text


def test_cold_skips_the_detail_question() -> None:
    w = walk_to("background", conn="🧊 No connection")
    assert w.steps[:5] == ["name", "role", "org", "conn", "background"]
    w.tap("⬅️ Back")
    assert w.step == "conn"


@pytest.mark.parametrize(("conn", "question"), [
    ("👤 Someone referred me", "Who suggested you contact them?"),
    ("🎓 Same school", "Which school or programme do you share?"),
    ("🔎 Found them online", "Where did you come across them?"),
])
def test_the_detail_question_fits_the_connection(conn: str, question: str) -> None:
    w = walk_to("detail", conn=conn)
    assert w.question.startswith(question)


def test_the_users_field_is_offered_for_what_to_learn() -> None:
    w = walk_to("broad", start(field="Healthcare"))
    assert w.labels == ["Healthcare", "⬅️ Back"]
    w = walk_to("broad", start(field=None))
    assert w.labels == ["⬅️ Back"]
    w.press("field")  # an old button, from before the field was cleared
    assert w.step == "broad" and w.out.replies[0].text == NEED_WORDS


def test_user_text_is_escaped_in_questions_and_the_draft() -> None:
    w = walk_to("draft", name="<b>Bo</b> Tables", org="Acme & Sons")
    assert "&lt;b&gt;Bo&lt;/b&gt;" in body_shown(w)
    assert "<b>Bo</b>" not in body_shown(w)
    assert drafts(w)[0].organisation == "Acme & Sons"  # stored as typed
    assert drafts(w)[0].body.startswith("Hi <b>Bo</b>,")


# --- Back -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("step", "previous"), [
    ("role", "name"), ("org", "role"), ("conn", "org"), ("detail", "conn"),
    ("background", "detail"), ("broad", "background"), ("narrow", "broad"),
    ("format", "narrow"), ("minutes", "format"), ("channel", "minutes"),
])
def test_back_goes_one_step_back(step: str, previous: str) -> None:
    w = walk_to(step)
    w.tap("⬅️ Back")
    assert w.step == previous and w.out.effects == []
    assert w.data["name"] == "Dana Lee"  # answers are kept


def test_back_then_forward_keeps_going_from_there() -> None:
    w = walk_to("minutes")
    w.tap("⬅️ Back")
    w.tap("☕ Coffee")
    w.tap("30 min")
    w.tap("📧 Email")
    assert w.step == "draft" and drafts(w)[0].body.count("30 minutes for a coffee") == 1


def test_the_draft_has_no_back_only_its_own_ways_back() -> None:
    w = walk_to("draft")
    assert "⬅️ Back" not in w.labels
    w.press("back")
    assert w.step == "draft"
    assert w.out.replies[0].text == "Tap one of the buttons, or send your edited draft."
    assert w.out.effects == []


def test_back_after_sending_shows_the_draft_again() -> None:
    w = walk_to("draft")
    w.tap("📨 I sent it")
    w.tap("⬅️ Back")
    assert w.step == "draft" and "Checks:" in w.question
    assert [type(e).__name__ for e in w.out.effects] == ["SaveDraft"]  # the same draft


# --- Skip -------------------------------------------------------------------------------------

@pytest.mark.parametrize("step", ["role", "org", "detail", "narrow"])
def test_optional_steps_can_be_skipped(step: str) -> None:
    w = walk_to(step)
    assert "Skip" in w.labels
    w.tap("Skip")
    assert w.step == STEPS[STEPS.index(step) + 1]
    assert w.data[step] == ""


@pytest.mark.parametrize("step", ["name", "conn", "background", "broad", "format", "minutes",
                                  "channel", "draft"])
def test_required_steps_offer_no_skip(step: str) -> None:
    w = walk_to(step)
    assert "Skip" not in w.labels


def test_skipping_everything_optional_leaves_no_holes_in_the_draft() -> None:
    w = walk_to("draft", role=SKIP, org=SKIP, narrow=SKIP, conn="🧊 No connection")
    [draft] = drafts(w)
    assert (draft.role, draft.organisation) == ("", "")
    assert "  " not in draft.body and " ." not in draft.body and " ," not in draft.body


def test_a_skipped_answer_replaces_an_earlier_one() -> None:
    w = walk_to("org")
    assert w.data["role"] == "Senior UX researcher"
    w.tap("⬅️ Back")
    w.tap("Skip")
    assert w.step == "org" and w.data["role"] == ""


# --- bad input, photos, stale buttons ---------------------------------------------------------

@pytest.mark.parametrize(("step", "bad", "why"), [
    ("name", "   ", NEED_WORDS),
    ("role", " ", NEED_OR_SKIP),
    ("org", " ", NEED_OR_SKIP),
    ("conn", "we go way back", "Tap the option that fits best."),
    ("detail", " ", NEED_OR_SKIP),
    ("background", "  ", NEED_WORDS),
    ("broad", " ", NEED_WORDS),
    ("narrow", " ", NEED_OR_SKIP),
    ("format", "tea", "Tap coffee, phone or video."),
    ("minutes", "90", "Ask for 15 to 30 minutes"),
    ("minutes", "10 min", "Ask for 15 to 30 minutes"),
    ("minutes", "twenty", "Ask for 15 to 30 minutes"),
    ("channel", "email", "Tap one of the channels."),
    ("draft", "   ", "Send the full text of your edited draft."),
])
def test_bad_input_says_why_and_asks_again(step: str, bad: str, why: str) -> None:
    w = walk_to(step)
    before, stored = w.question, len(w.effects)
    w.say(bad)
    assert w.step == step and w.out.replies[0].text.startswith(why)
    assert w.out.replies[-1].text == before
    assert w.out.effects == [] and len(w.effects) == stored


@pytest.mark.parametrize("step", [*STEPS, "sent"])
def test_a_photo_is_not_an_answer(step: str) -> None:
    w = walk_to("draft") if step == "sent" else walk_to(step)
    if step == "sent":
        w.tap("📨 I sent it")
    before, stored = w.question, len(w.effects)
    w.photo()
    assert w.step == step
    assert w.out.replies[0].text == "I can only read text at this step, not a photo."
    assert w.question == before and w.out.effects == [] and len(w.effects) == stored


@pytest.mark.parametrize(("step", "stale", "why"), [
    ("name", "c0", NEED_WORDS),
    ("role", "field", NEED_OR_SKIP),
    ("conn", "friend", "Tap the option that fits best."),
    ("narrow", "coffee", NEED_OR_SKIP),
    ("format", "tea", "Tap coffee, phone or video."),
    ("minutes", "45", "Ask for 15 to 30 minutes"),
    ("channel", "fax", "Tap one of the channels."),
    ("draft", "edit:name", "Tap one of the buttons, or send your edited draft."),
    ("draft", "redo", "Tap one of the buttons, or send your edited draft."),
])
def test_a_stale_button_value_is_refused(step: str, stale: str, why: str) -> None:
    w = walk_to(step)
    stored = len(w.effects)
    w.press(stale)
    assert w.step == step and w.out.replies[0].text.startswith(why)
    assert len(w.effects) == stored


def test_a_stale_value_after_sending_is_refused() -> None:
    w = walk_to("draft")
    w.tap("📨 I sent it")
    w.press("sent")  # the draft's button, pressed twice
    assert w.step == "sent" and w.out.replies[0].text == "Tap one of the buttons."
    assert [type(e) for e in w.effects] == [SaveDraft, MarkSent]


# --- a referral from /followups ---------------------------------------------------------------

def test_referral_prefills_name_and_connection_and_skips_them() -> None:
    w = start(REFERRAL)
    assert w.out.replies[0].text.startswith("Let's write to Ana Ruiz. Your draft will open with "
                                            "“Maya Chen suggested I contact you”")
    assert w.step == "role" and w.question.startswith("What is Ana's role?")
    assert w.labels == ["Skip"]  # nothing before it to go back to
    w.tap("Skip")
    w.tap("Skip")
    w.say("a nurse moving into health tech")
    w = walk_to("draft", w)
    assert w.steps == ["role", "org", "background", "broad", "narrow", "format", "minutes",
                       "channel", "draft"]
    [draft] = drafts(w)
    assert (draft.contact_name, draft.referrer, draft.contact_id, draft.inst) == (
        "Ana Ruiz", "Maya Chen", 5, INST)
    assert draft.body.startswith("Hi Ana,\n\nMaya Chen suggested I get in touch with you.")
    assert "✅ Names Maya Chen" in w.question
    assert draft.score == draft.total


def test_referral_back_skips_the_prefilled_steps() -> None:
    w = start(REFERRAL)
    w.press("back")  # no Back is shown on the first step: it stays
    assert w.step == "role" and w.question.startswith("What is Ana's role?")
    w.say("Nurse")
    w.say("City Hospital")
    w.tap("⬅️ Back")
    assert w.step == "org"
    w.say("City Hospital")
    w.tap("⬅️ Back")
    assert w.step == "org"  # from the background, Back skips the connection steps
    assert w.data["conn"] == "referral" and w.data["detail"] == "Maya Chen"


def test_referral_prefilled_role_and_org_reach_the_draft() -> None:
    payload = {"referral": {"id": 9, "name": "Dr. Lee Park", "role": "Head of Research",
                            "organisation": "Nordlys", "referrer": None}}
    w = start(payload)
    assert w.out.replies[0].text == "Let's write to Dr. Lee Park."
    assert w.data["role"] == "Head of Research" and w.data["org"] == "Nordlys"
    assert w.question.startswith("What is Lee's role?")  # the title is not a first name
    w.say("Head of Research")
    w.say("Nordlys")
    assert w.step == "conn"  # no referrer: how you're connected is still asked
    w = walk_to("draft", w)
    [draft] = drafts(w)
    assert (draft.contact_id, draft.referrer, draft.role, draft.organisation) == (
        9, "", "Head of Research", "Nordlys")


# --- the draft: edits, variants, your own text ------------------------------------------------

def test_edit_one_answer_from_the_draft_and_come_back() -> None:
    w = walk_to("draft", background=LONG)
    assert "tap ✂️ Shorter (it trims your background first), or shorten your background." in (
        w.question)
    assert "❌ Too long: " in w.question and "❌ Short" not in w.question  # never reads as a pass
    assert w.question.count("trim your background") == 0  # one tip for the length, not two
    assert w.labels[0] == "✏️ Edit your background"
    w.tap("✏️ Edit your background")
    assert w.step == "background" and w.question.startswith("In one line, who are you?")
    assert w.out.effects == []
    w.say("a chemistry teacher moving into UX research")
    assert w.step == "draft"
    assert w.steps[-3:] == ["draft", "background", "draft"]
    assert "shorten" not in w.question and "✏️" not in " ".join(w.labels)
    first, second = drafts(w)
    assert first.score < first.total and second.score == second.total
    assert "a chemistry teacher moving into UX research" in second.body
    assert second.inst == INST


def test_skip_while_editing_also_comes_back_to_the_draft() -> None:
    detail = ("the UXDC 2026 conference in Berlin, where you gave the keynote on research "
              "operations for small teams running many studies every month on very little budget "
              "and without a research operations person, which I found inspiring")
    w = walk_to("draft", detail=detail)
    w.tap("✏️ Edit how you're connected")
    assert w.step == "detail"
    w.tap("Skip")
    assert w.step == "draft" and drafts(w)[-1].body.startswith("Hi Dana,\n\nI came across")


def test_other_channel_asks_the_channel_and_comes_back_to_the_draft() -> None:
    w = walk_to("draft")
    w.tap("🔁 Other channel")
    assert w.step == "channel" and w.out.effects == []
    w.tap("📱 Text message")
    assert w.step == "draft"
    note = drafts(w)[-1]
    assert (note.channel, note.subject) == ("text", None)
    assert "Subject:" not in w.question
    assert "📏 75-word check: off" not in w.labels  # an email-only check


def test_changing_the_connection_to_referral_asks_who_then_returns_to_the_draft() -> None:
    detail = ("the UXDC 2026 conference in Berlin, where you gave the keynote on research "
              "operations for small teams running many studies every month on very little budget "
              "and without a research operations person, which I found inspiring")
    w = walk_to("draft", detail=detail)
    w.tap("✏️ Edit how you're connected")
    w.tap("⬅️ Back")
    assert w.step == "conn"
    w.tap("👤 Someone referred me")
    assert w.step == "detail" and w.question.startswith("Who suggested you contact them?")
    w.say("Maya Chen")
    assert w.step == "draft"
    assert drafts(w)[-1].referrer == "Maya Chen"


def test_shorter_and_formal_re_render_and_store_a_new_draft() -> None:
    w = walk_to("draft")
    [full] = drafts(w)
    w.tap("✂️ Shorter")
    assert w.step == "draft" and len(w.out.effects) == 1
    short = w.out.effects[0]
    assert isinstance(short, SaveDraft) and short.inst == INST
    assert len(short.body.split()) < len(full.body.split())
    assert "↔️ Full length" in w.labels and "✂️ Shorter" not in w.labels
    w.tap("🎩 Formal")
    formal = w.out.effects[0]
    assert formal.tone == "formal" and formal.body != short.body
    assert "🙂 Warm" in w.labels and "🎩 Formal" not in w.labels
    w.tap("↔️ Full length")
    w.tap("🙂 Warm")
    assert drafts(w)[-1].body == full.body and drafts(w)[-1].tone == "warm"
    assert len(drafts(w)) == 5


def test_the_75_word_check_toggles_on_email() -> None:
    w = walk_to("draft")
    n = int(re.search(r"Short: (\d+) words, under 100", w.question).group(1))
    w.tap("📏 75-word check: off")
    assert "📏 75-word check: on" in w.labels
    assert (f"✅ Short: {n} words, under 75" if n < 75
            else f"❌ Too long: {n} words — keep it under 75") in w.question
    assert len(w.out.effects) == 1


def test_the_free_linkedin_note_limit_toggles() -> None:
    w = walk_to("draft", channel="🔗 LinkedIn connection note")
    assert "🆓 Free account (200): off" in w.labels and ", ≤ 300" in w.question
    w.tap("🆓 Free account (200): off")
    assert "🆓 Free account (200): on" in w.labels and "≤ 200" in w.question
    assert drafts(w)[-1].channel == "linkedin_note"
    # the note is fitted to the 200 characters itself: no Shorter that would change nothing
    assert re.search(r"✅ Short: \d+ characters, ≤ 200", w.question), w.question
    assert "✂️ Shorter" not in w.labels and "↔️ Full length" not in w.labels
    assert len(drafts(w)[-1].body) <= 200


def test_typed_text_at_the_draft_is_checked_as_your_own_edit() -> None:
    w = walk_to("draft")
    mine = ("Hi Dana,\n\nWe were both at UXDC 2026. Are you hiring? Can you refer me for a "
            "job?\n\nSam")
    w.say(mine)
    assert w.step == "draft"
    assert w.out.replies[0].text == "Checking your version:"
    assert "— your edited text" in w.question
    assert "❌ No job ask" in w.question and "❌ Exactly one question" in w.question
    assert "✏️" not in " ".join(w.labels)  # no edit buttons for a text you wrote
    own = drafts(w)[-1]
    assert own.edited and own.body == mine  # line breaks kept
    assert own.subject == "After UXDC 2026"  # the email keeps its subject
    assert own.score < own.total


def test_a_variant_replaces_your_own_edit() -> None:
    w = walk_to("draft")
    w.say("Hi Dana, would you have 20 minutes for your advice?")
    w.tap("✂️ Shorter")
    assert not drafts(w)[-1].edited and "your edited text" not in w.question


def test_the_strict_check_keeps_your_own_edit() -> None:
    w = walk_to("draft")
    w.say("Hi Dana, would you have 20 minutes for your advice?")
    w.tap("📏 75-word check: off")
    assert drafts(w)[-1].edited and "your edited text" in w.question


def test_own_edit_on_a_channel_without_subject_has_no_subject() -> None:
    w = walk_to("draft")
    w.say("Hi Dana, UXDC 2026 was great. Would you have 20 minutes for your advice?")
    w.tap("🔁 Other channel")
    w.tap("💬 LinkedIn message")
    w.say("Hi Dana, UXDC 2026 was great. Would you have 20 minutes for your advice?")
    assert "Subject:" not in w.question
    assert drafts(w)[-1].subject is None


def test_an_edit_begun_before_step_tables_still_returns_to_the_draft() -> None:
    """Stored by the old code: `ret` meant "go back to the draft after this answer"."""
    from bot.engine.models import Dialogue

    w = walk_to("draft")
    old = Dialogue(w.dialogue.flow, "background", w.dialogue.inst,
                   {**w.dialogue.data, "ret": True})
    out = FLOW.handle(w.turn, old, TextIn("a nurse moving into health data"))
    assert out.dialogue.step == "draft"


@pytest.mark.parametrize("typed", ["I met her at a conference", "who should I write to?",
                                   "dana@acme.com", "idk"])
def test_a_sentence_where_their_name_is_asked_is_queried_not_stored(typed: str) -> None:
    w = start()
    w.say(typed)
    assert w.step == "name" and w.data["name"] == ""
    assert w.out.replies[0].text.startswith("Hmm, ")
    w.say("Dana Lee")
    assert w.step == "role" and w.data["name"] == "Dana Lee"
    assert "What is Dana's role?" in w.question


def test_typing_the_doubtful_name_again_keeps_it() -> None:
    w = start()
    w.say("The Recruiter")
    w.say("The Recruiter")
    assert w.step == "role" and w.data["name"] == "The Recruiter"


@pytest.mark.parametrize(("typed", "name", "role", "org"), [
    ("Dr. Sarah Lee, senior data analyst at Monzo", "Dr. Sarah Lee", "senior data analyst",
     "Monzo"),
    ("Sarah Lee at Monzo", "Sarah Lee", "", "Monzo"),
    ("Sarah Lee (Monzo)", "Sarah Lee", "", "Monzo"),
    ("Sam O'Neil - Head of Data at Bank of America", "Sam O'Neil", "Head of Data",
     "Bank of America"),
    ("Lee, Sarah", "Lee, Sarah", "", ""),
    # how the user knows them, or a pronoun, is neither a job nor an employer
    ("Sarah Lee (she/her)", "Sarah Lee", "", ""),
    ("Sarah Lee, who I met at a conference", "Sarah Lee", "", ""),
    ("Sam Park at the meetup", "Sam Park", "", ""),
    # not knowing the surname is said in passing: no role, no workplace, no sentence as a name
    ("Brianna, I'm sorry, I don't know her last name yet", "Brianna", "", ""),
    ("brianna (dont know her last name)", "Brianna", "", ""),
    ("Brianna - not sure of her surname", "Brianna", "", ""),
    ("Brianna, I'm not sure of her last name", "Brianna", "", ""),
    ("brianna idk her last name", "Brianna", "", ""),
])
def test_a_role_and_workplace_typed_with_the_name_are_offered_at_their_steps(
        typed: str, name: str, role: str, org: str) -> None:
    """"Sarah Lee at Monzo" was stored as the name, so every draft opened "Hi Sarah," and
    the contact was saved as "Sarah Lee at Monzo", and where she works was asked again."""
    w = start()
    w.say(typed)
    assert w.step == "role" and w.data["name"] == name
    assert (f"✅ Keep “{role}”" in w.labels) is bool(role)
    w.tap(f"✅ Keep “{role}”") if role else w.say("Product manager")
    assert w.step == "org" and (f"✅ Keep “{org}”" in w.labels) is bool(org)
    w.tap(f"✅ Keep “{org}”") if org else w.say("Acme")
    assert w.data["org"] == (org or "Acme") and w.data["role"] == (role or "Product manager")


def test_a_workplace_typed_with_the_role_is_not_kept_in_the_role() -> None:
    """"Senior analyst at Monzo" as the role made the draft say "your work as senior analyst
    at Monzo at Monzo"."""
    w = walk_to("role")
    w.say("Senior analyst at Monzo")
    assert w.step == "org" and w.data["role"] == "Senior analyst"
    w.tap("✅ Keep “Monzo”")
    w = walk_to("draft", w, conn="🧊 No connection")
    assert "your work as Senior analyst at Monzo." in w.text


@pytest.mark.parametrize(("conn", "warned"), [("🧊 No connection", True),
                                              ("🔎 Found them online", True),
                                              ("🎓 Same school", False)])
def test_a_text_message_to_a_stranger_comes_with_a_warning(conn: str, warned: bool) -> None:
    w = walk_to("draft", conn=conn, channel="📱 Text message")
    assert ("can feel intrusive" in w.question) is warned


@pytest.mark.parametrize(("field", "role", "background"), [
    ("Nursing", "nurse manager", "pharmacy technician"),
    ("fintech", "FP&amp;A manager", "staff accountant"),
    ("Data & analytics", "senior data analyst", "economics student"),
    ("", "operations manager", "office administrator"),
    ("beekeeping", "operations manager", "office administrator"),
])
def test_the_examples_at_the_role_and_background_steps_are_in_the_users_field(
        field: str, role: str, background: str) -> None:
    """A nurse is not shown "e.g. senior data analyst" as the kind of role to type."""
    w = walk_to("role", start(field=field))
    assert f"(e.g. <i>{role}</i>)" in w.question
    w = walk_to("background", w)
    assert background in w.question
