"""The Telegram side of every flow: turn an update into an event, run the core, store, reply.

Each handler reads as a short script: load the user (cached), ask the core
what happens, commit the step in one transaction, then send what the core
said. No business rule lives here.
"""

from __future__ import annotations

import contextlib
from typing import Any

from telegram import Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import ContextTypes

from bot.engine.flow import Event, NonText, Outcome, Press, TextIn, prompts_of
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import ItemPress, MenuPress, Reply, StepPress, esc, parse_callback
from bot.features.meetings import store as meetings
from bot.features.menu import ENTRIES, help_text, main_menu
from bot.features.network import store as contacts
from bot.features.network import views as network
from bot.features.nudges import followups
from bot.features.nudges import store as nudges_store
from bot.features.nudges.kinds import REPLIED, ActionResult, act
from bot.features.nudges.planner import next_keep_in_touch, timing
from bot.features.outreach import store as outreach_store
from bot.features.outreach.flow import mark_sent
from bot.features.practice import store as practice_store
from bot.telegram.send import send_replies
from bot.telegram.services import Services, services

Context = ContextTypes.DEFAULT_TYPE

# Menu targets that need no profile first.
OPEN_TO_ALL = {"help", "forget"}
# Menu targets handled by a flow of the core, by flow name.
FLOW_OF_TARGET = {
    "settings": "set", "forget": "fg", "start": "ob", "outreach": "out", "meeting": "meet",
    "questions": "q", "practice": "prac",
}
KNOWN_TARGETS = {t for t, *_ in ENTRIES} | {"help", "forget", "start"}


async def _begin(update: Update, context: Context) -> tuple[Services, Turn, Dialogue | None]:
    s = services(context)
    tg_user, chat = update.effective_user, update.effective_chat
    now = s.clock.now()
    user, dialogue = await s.sessions.load(tg_user.id, chat.id, now)
    return s, Turn(user, now, tg_user.first_name or ""), dialogue


async def _finish(
    context: Context, s: Services, turn: Turn, outcome: Outcome, before: list[Reply] | None = None,
    pressed: int | None = None,
) -> None:
    """Commit the step, follow a hand-over to another flow, then reply."""
    user = await s.sessions.commit(turn.user, outcome.dialogue, outcome.effects, turn.now)
    replies = [*(before or []), *outcome.replies]
    if outcome.dialogue is None and outcome.next_flow:
        nxt = await _open(s, Turn(user, turn.now, turn.first_name), outcome.next_flow)
        user = await s.sessions.commit(user, nxt.dialogue, nxt.effects, turn.now)
        replies += nxt.replies
        outcome = nxt
    if outcome.dialogue is None and outcome.show_menu:
        replies.append(main_menu())
    try:
        await send_replies(context.bot, turn.user.chat_id, replies, pressed)
    except Forbidden:
        await s.sessions.mark_inactive(turn.user.id, turn.now)


async def _open(s: Services, turn: Turn, target: str, payload: Any = None) -> Outcome:
    """Start the flow behind a menu entry or command."""
    if target == "help":
        return Outcome(None, [help_text()])
    if turn.user.onboarded and target in VIEWS:
        return Outcome(None, await VIEWS[target](s, turn))
    if not turn.user.onboarded and target not in OPEN_TO_ALL:
        flow = s.flows["ob"]
        then = None if target == "start" else target
        out = flow.start(turn, turn.user.flow_seq + 1, then)
        if then:
            out.replies.insert(0, Reply("First, let's set you up — three quick questions."))
        return out
    flow_name = FLOW_OF_TARGET.get(target, target)
    flow = s.flows.get(flow_name)
    if flow is None:  # not a flow of this bot (an old deep link): the menu instead
        return Outcome(None, [main_menu()])
    if getattr(flow, "wants_contacts", False):
        payload = {"contacts": await s.db.run(meetings.recent_contacts, turn.user.id)}
    if getattr(flow, "wants_history", False):
        payload = {"history": await s.db.run(practice_store.history, turn.user.id)}
    return flow.start(turn, turn.user.flow_seq + 1, payload)


def where_replies(s: Services, turn: Turn, d: Dialogue | None) -> list[Reply]:
    """Where the user is now: their current step again, or the main menu."""
    if d is None or d.flow not in s.flows:
        return [main_menu()]
    flow = s.flows[d.flow]
    return [
        Reply(f"You're in the middle of {flow.title} ({flow.step_title(d)}). "
              "Answer below, or /cancel to stop."),
        *prompts_of(flow, turn, d),
    ]


async def _feed(update: Update, context: Context, event: Event) -> None:
    s, turn, d = await _begin(update, context)
    if d is not None and d.flow in s.flows:
        await _finish(context, s, turn, s.flows[d.flow].handle(turn, d, event))
    elif not turn.user.onboarded:
        await _finish(context, s, turn, await _open(s, turn, "start"))
    elif isinstance(event, NonText):
        await _finish(context, s, turn, Outcome(None, [
            Reply(f"I can't do anything with a {event.kind} here — I read text and buttons."),
            main_menu()]))
    else:
        await _finish(context, s, turn, Outcome(None, [main_menu(
            "I'm not in the middle of anything with you right now. Pick what you'd like to do:")]))


# --- handlers registered in bot.telegram.handlers ------------------------------------------

async def on_text(update: Update, context: Context) -> None:
    message = update.effective_message
    await _feed(update, context, TextIn(message.text or "", message.date))


async def on_media(update: Update, context: Context) -> None:
    msg = update.effective_message
    kind = next((k for k in ("sticker", "photo", "voice", "video", "video_note", "audio",
                             "document", "animation", "location", "contact", "poll")
                 if getattr(msg, k, None)), "message like that")
    await _feed(update, context, NonText(kind.replace("_", " ")))


async def on_start(update: Update, context: Context) -> None:
    s, turn, _ = await _begin(update, context)
    payload = context.args[0].lower() if context.args else None
    if payload not in KNOWN_TARGETS:
        payload = None
    if payload and turn.user.onboarded:
        await _finish(context, s, turn, await _open(s, turn, payload))
        return
    flow = s.flows["ob"]
    await _finish(context, s, turn, flow.start(turn, turn.user.flow_seq + 1, payload))


async def on_command(update: Update, context: Context) -> None:
    """A command that opens a menu target: /settings, /outreach, /forget, ..."""
    target = update.effective_message.text.split()[0].lstrip("/").split("@")[0].lower()
    s, turn, _ = await _begin(update, context)
    await _finish(context, s, turn, await _open(s, turn, target))


async def on_help(update: Update, context: Context) -> None:
    s, turn, d = await _begin(update, context)
    replies = [help_text()]
    if d is not None and d.flow in s.flows:
        flow = s.flows[d.flow]
        replies.append(Reply(f"You're in the middle of {flow.title} ({flow.step_title(d)}): "
                             "answer to go on, or /cancel."))
    await _finish(context, s, turn, Outcome(d, replies))


async def on_cancel(update: Update, context: Context) -> None:
    s, turn, d = await _begin(update, context)
    if d is None:
        text = "Nothing to cancel — we weren't in the middle of anything."
    else:
        title = s.flows[d.flow].title if d.flow in s.flows else "that"
        text = f"Stopped {title}. Anything you had already saved is kept."
    await _finish(context, s, turn, Outcome(None, [Reply(text)], show_menu=True))


async def on_unknown_command(update: Update, context: Context) -> None:
    s, turn, d = await _begin(update, context)
    command = update.effective_message.text.split()[0][:64]
    hint = Reply(f"I don't know the command <b>{esc(command)}</b>. /help lists what I can do.")
    await _finish(context, s, turn, Outcome(d, [hint, *(where_replies(s, turn, d) if d else [])]))


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    with contextlib.suppress(BadRequest):  # "query is too old": answered below all the same
        await query.answer()
    s, turn, d = await _begin(update, context)
    press = parse_callback(query.data or "")
    if isinstance(press, ItemPress):
        await _finish(context, s, turn, await _item(s, turn, d, press))
        return
    if isinstance(press, MenuPress) and press.target in KNOWN_TARGETS | {"settings"}:
        await _finish(context, s, turn, await _open(s, turn, press.target))
        return
    if (
        isinstance(press, StepPress) and d is not None and d.flow in s.flows
        and (press.flow, press.inst, press.step) == (d.flow, d.inst, d.step)
    ):
        outcome = s.flows[d.flow].handle(turn, d, Press(press.value))
        pressed = query.message.message_id if query.message else None
        await _finish(context, s, turn, outcome, pressed=pressed)
        return
    expired = Reply("That menu has expired.")
    await _finish(context, s, turn, Outcome(d, [expired, *where_replies(s, turn, d)]))


async def resume(app, user_id: int, chat_id: int) -> None:
    """Show a returning user where they left off (the console does this at start-up)."""
    s: Services = app.bot_data["services"]
    now = s.clock.now()
    user, d = await s.sessions.load(user_id, chat_id, now)
    if d is not None:
        await send_replies(app.bot, chat_id, where_replies(s, Turn(user, now), d))


async def _followups(s: Services, turn: Turn) -> list[Reply]:
    return [followups.view(turn.user, turn.now, await s.db.run(meetings.followups, turn.user.id))]


async def _contacts(s: Services, turn: Turn) -> list[Reply]:
    return [network.pipeline_view(await s.db.run(contacts.pipeline, turn.user.id))]


async def _stats(s: Services, turn: Turn) -> list[Reply]:
    return [network.stats_view(await s.db.run(contacts.stats, turn.user.id))]


async def _export(s: Services, turn: Turn) -> list[Reply]:
    data = await s.db.run(contacts.export_rows, turn.user.id)
    return network.export_files(data, turn.user, turn.now)


VIEWS = {"followups": _followups, "contacts": _contacts, "stats": _stats, "export": _export}


async def _item(s: Services, turn: Turn, d: Dialogue | None, press: ItemPress) -> Outcome:
    """Buttons that name a stored row (a nudge, a draft, a referral): checked against the user."""
    user, now = turn.user, turn.now
    if press.kind == "nudge":
        batch = await s.db.run(nudges_store.batch_of, user.id, press.id)
        if not batch or all(r.status in ("done", "skipped", "cancelled") for r in batch):
            return Outcome(d, [Reply("That reminder was already dealt with."),
                               *where_replies(s, turn, d)])
        result = act(batch, press.action, user, now)
        if result.start_flow:
            meeting = None
            if batch[0].meeting_id:
                meeting = await s.db.run(meetings.meeting_for, user.id, batch[0].meeting_id)
            if meeting is None:
                return Outcome(d, [Reply("That meeting is no longer stored.")])
            payload = {"meeting_id": meeting["id"], "contact_id": meeting["contact_id"],
                       "contact_name": meeting["contact_name"],
                       "only_names": result.start_flow == "names"}
            if result.start_flow == "debrief":
                await s.db.transaction(meetings.apply_action, user.id, batch,
                                       ActionResult(result.reply, "done"), now)
            return s.flows["deb"].start(turn, user.flow_seq + 1, payload)
        await s.db.transaction(meetings.apply_action, user.id, batch, result, now)
        return Outcome(d, [result.reply])
    if press.kind == "draft" and press.action == "sent":
        inst = await s.db.run(meetings.draft_inst, user.id, press.id)
        if inst is None:
            return Outcome(d, [Reply("That draft is already marked as sent.")])
        return Outcome(d, [Reply("📨 Noted as sent. If there's no reply, I'll nudge you after "
                                 "3 and 7 business days.")], [mark_sent(inst, turn)])
    if press.kind == "ct":
        if press.action == "replied" and await s.db.transaction(
                outreach_store.contact_replied, user.id, press.id, now):
            return Outcome(d, [Reply(REPLIED)])
        if press.action == "touch":
            due = next_keep_in_touch(now, timing(user)).due_at
            if await s.db.transaction(contacts.log_contact, user.id, press.id, now, due):
                return Outcome(d, [Reply("🗣 Logged. The keep-in-touch reminder starts over.")])
        detail = await s.db.run(contacts.contact_detail, user.id, press.id)
        if detail is None:
            return Outcome(d, [Reply("That contact is no longer stored.")])
        return Outcome(d, [network.contact_view(detail, user)])
    if press.kind == "ref":
        contact = await s.db.run(meetings.referral_of, user.id, press.id)
        if contact is None:
            return Outcome(d, [Reply("That contact is no longer stored.")])
        return s.flows["out"].start(turn, user.flow_seq + 1, {"referral": contact})
    return Outcome(d, [Reply("That menu has expired."), *where_replies(s, turn, d)])
