"""Update → event → feature → one commit → send: the Telegram side of every flow.

Each handler reads as a short script: load the user (cached), turn the update into an
event, ask the flow or feature what happens, commit the step and its effects in one
transaction (`bot.sessions`), then send what it said. No business rule lives here:
commands, flows, views and the buttons of stored rows are declared by the features.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
from typing import Any

from telegram import ChatMember, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.engine import callbacks
from bot.engine.callbacks import ItemPress, MenuPress, StepPress
from bot.engine.flow import Event, NonText, Outcome, Press, TextIn
from bot.engine.models import Dialogue, Turn
from bot.engine.ui import Reply, esc
from bot.features.catalog import FEATURES
from bot.features.menu import COMMANDS, help_text, main_menu
from bot.sessions import as_stored
from bot.storage import users
from bot.telegram import generated
from bot.telegram.send import send_replies
from bot.telegram.services import KEY, Services, services

Context = ContextTypes.DEFAULT_TYPE
ITEMS = {kind: item for feature in FEATURES for kind, item in feature.items.items()}
EXPIRED = "That menu has expired."
ONBOARDING = COMMANDS["start"].flow  # where a user without a profile is sent first
EDITS_NOT_READ = "I don't read edited messages — send the corrected text as a new message."
log = logging.getLogger(__name__)


async def _begin(update: Update, context: Context) -> tuple[Services, Turn, Dialogue | None]:
    s = services(context)
    tg_user, chat = update.effective_user, update.effective_chat
    now = s.clock.now()
    user, dialogue = await s.sessions.load(tg_user.id, chat.id, now)
    return s, Turn(user, now, tg_user.first_name or ""), dialogue


async def _finish(
    context: Context, s: Services, turn: Turn, outcome: Outcome, pressed: int | None = None,
) -> None:
    """Follow a hand-over to another flow, commit everything once, then reply."""
    outcome = await generated.resolve(context, turn, outcome)  # the optional model, if set
    replies, effects = list(outcome.replies), list(outcome.effects)
    dialogue = outcome.dialogue
    if dialogue is None and outcome.next_flow:
        after = Turn(as_stored(turn.user, effects), turn.now, turn.first_name)
        outcome = await _open(s, after, outcome.next_flow, outcome.payload)
        replies += outcome.replies
        effects += outcome.effects
        dialogue = outcome.dialogue
    if dialogue is None and outcome.show_menu:
        replies.append(main_menu())
    if outcome.where:
        replies += where_replies(s, turn, dialogue)
    await s.sessions.commit(turn.user, dialogue, effects, turn.now)
    try:
        await send_replies(context.bot, turn.user.chat_id, replies, pressed)
    except Forbidden:
        # Only the user's own private chat (its id is the user's) says "blocked the bot";
        # a 403 from a group or channel means the bot was removed there, not the user gone.
        if turn.user.chat_id == turn.user.id:
            await s.sessions.mark_inactive(turn.user.id, turn.now)


async def _open(s: Services, turn: Turn, target: str, payload: Any = None) -> Outcome:
    """Start what a command, a menu button or a hand-over names: a flow or a view."""
    if target == "help":
        return Outcome(None, [help_text()])
    command = COMMANDS.get(target)
    if command is None and target in s.flows:  # a hand-over straight to a flow
        return s.flows[target].start(turn, turn.user.flow_seq + 1, payload)
    if command is None or not (command.flow or command.view):
        return Outcome(None, [main_menu()])  # not a command of this bot (an old deep link)
    if not turn.user.onboarded and command.needs_profile:
        out = s.flows[ONBOARDING].start(turn, turn.user.flow_seq + 1, target)
        out.replies.insert(0, Reply("First, let's set you up — three quick questions."))
        return out
    if command.view is not None:
        load = command.view.load
        rows = await s.db.run(load, turn.user.id) if load is not None else None
        return Outcome(None, command.view.show(turn, rows))
    if command.payload is not None and payload is None:
        payload = await s.db.run(command.payload, turn.user.id)
    return s.flows[command.flow].start(turn, turn.user.flow_seq + 1, payload)


def where_replies(s: Services, turn: Turn, d: Dialogue | None, then: str = "") -> list[Reply]:
    """Where the user is now: their current step again, or the main menu; ``then`` names
    the command they asked for, which /cancel makes way for."""
    if d is None or d.flow not in s.flows:
        return [main_menu()]
    flow = s.flows[d.flow]
    after = f", then /{then}" if then else ""
    says_where = getattr(flow, "says_where", None)
    prompts = flow.prompts(turn, d)
    if says_where and says_where(d) and prompts:  # "You're in your meeting with Marcus …":
        # the way out after it, not "Carry on below" above the line that says where
        first = prompts[0]
        return [dataclasses.replace(first, text=f"{first.text}\nOr /cancel to stop{after}."),
                *prompts[1:]]
    where = f"You're in the middle of {flow.title} ({flow.step_title(d)}). "
    return [Reply(f"{where}Carry on below, or /cancel to stop{after}."), *prompts]


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
    elif isinstance(event, TextIn) and _ASKS_HELP.fullmatch(event.text):
        # "help", typed as a word with nothing under way: what /help shows
        await _finish(context, s, turn, Outcome(None, [help_text()]))
    else:
        await _finish(context, s, turn, Outcome(None, [main_menu(
            "I'm not in the middle of anything with you right now. Pick what you'd like to do:")]))


_ASKS_HELP = re.compile(r"\W*(?:help|help\s+me|h[ae]lp\s+pl(?:ease|s|z)|what\s+can\s+(?:you|u)"
                        r"\s+do|how\s+does\s+this\s+work|commands|menu\s+help)\W*",
                        re.IGNORECASE)


# --- handlers registered in bot.telegram.handlers ------------------------------------------

async def on_text(update: Update, context: Context) -> None:
    message = update.effective_message
    await _feed(update, context, TextIn(message.text or "", message.date))


async def on_media(update: Update, context: Context) -> None:
    msg = update.effective_message
    if msg.voice is not None and await _voice(update, context):
        return
    kind = next((k for k in ("sticker", "photo", "voice", "video", "video_note", "audio",
                             "document", "animation", "location", "contact", "poll")
                 if getattr(msg, k, None)), "message like that")
    await _feed(update, context, NonText(kind.replace("_", " ")))


async def _voice(update: Update, context: Context) -> bool:
    """A voice note to a step that listens (a practice meeting): its words, transcribed,
    go on as typed text would; False when the step does not listen."""
    s, turn, d = await _begin(update, context)
    flow = s.flows.get(d.flow) if d is not None else None
    listens = getattr(flow, "hears_voice", None)
    if flow is None or listens is None or not listens(d):
        return False
    msg = update.effective_message
    words, seconds, problem = await generated.listen(context, turn, msg.voice)
    if words is None:
        await _finish(context, s, turn, Outcome(d, [problem] if problem else []))
        return True
    outcome = flow.handle(turn, d, TextIn(words, msg.date, spoken=seconds))
    outcome.replies.insert(0, generated.heard_reply(words))
    await _finish(context, s, turn, outcome)
    return True


async def on_start(update: Update, context: Context) -> None:
    s, turn, d = await _begin(update, context)
    payload: Any = context.args[0].lower() if context.args else None
    if payload not in COMMANDS or payload == "cancel":
        payload = None
    if payload and turn.user.onboarded:
        await _finish(context, s, turn, await _open(s, turn, payload))
        return
    flow = s.flows[ONBOARDING]
    if payload is None and d is not None and d.flow in s.flows and d.flow != ONBOARDING:
        # in the middle of something: onboarding asks before dropping it
        payload = {"interrupted": {"flow": d.flow, "step": d.step, "inst": d.inst,
                                   "data": d.data, "title": s.flows[d.flow].title}}
    await _finish(context, s, turn, flow.start(turn, turn.user.flow_seq + 1, payload))


async def on_command(update: Update, context: Context) -> None:
    """A command that opens a menu target: /settings, /outreach, /forget, ..."""
    target = update.effective_message.text.split()[0].lstrip("/").split("@")[0].lower()
    s, turn, d = await _begin(update, context)
    command = COMMANDS.get(target)
    if (d is not None and d.flow == ONBOARDING and not turn.user.onboarded
            and command is not None and command.needs_profile):
        # Half set up: keep the answers given and finish, rather than start setup over.
        replies = [Reply(f"Let's finish setting you up first — then /{target} is ready."),
                   *s.flows[ONBOARDING].prompts(turn, d)]
        await _finish(context, s, turn, Outcome(d, replies))
        return
    if _mid_way(s, d, target):
        then = target if d is not None and COMMANDS[target].flow != d.flow else ""
        await _finish(context, s, turn, Outcome(d, where_replies(s, turn, d, then)))
        return
    await _finish(context, s, turn, await _open(s, turn, target))


def _mid_way(s: Services, d: Dialogue | None, target: str) -> bool:
    """Whether ``target`` (a command or a menu button) would start a flow over the one the
    user is in the middle of, throwing away what it holds ("/practice" or "/outreach"
    mid-meeting): then the user is shown where they are, and /cancel makes way."""
    command = COMMANDS.get(target)
    return d is not None and command is not None and command.flow is not None \
        and d.flow in s.flows and getattr(s.flows[d.flow], "mid_way", lambda _d: False)(d)


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
    await _finish(context, s, turn, Outcome(d, [hint], where=d is not None))


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        # A press in a group or on an inline message (no chat at all): stop the spinner and
        # nothing else, so the user's stored chat is never replaced by a group.
        with contextlib.suppress(TelegramError):
            await query.answer()
        return
    with contextlib.suppress(BadRequest):  # "query is too old": answered below all the same
        await query.answer()
    s, turn, d = await _begin(update, context)
    press = callbacks.parse(query.data or "")
    if isinstance(press, ItemPress) and press.kind in ITEMS:
        await _finish(context, s, turn, await _item(s, turn, d, press))
        return
    if isinstance(press, MenuPress) and (press.target in COMMANDS or press.target == "help"):
        then = press.target if d is not None and press.target in COMMANDS and (
            COMMANDS[press.target].flow != d.flow) else ""
        opened = Outcome(d, where_replies(s, turn, d, then)) if _mid_way(s, d, press.target) \
            else await _open(s, turn, press.target)
        await _finish(context, s, turn, opened)
        return
    if (
        isinstance(press, StepPress) and d is not None and d.flow in s.flows
        and (press.flow, press.inst, press.step) == (d.flow, d.inst, d.step)
    ):
        outcome = s.flows[d.flow].handle(turn, d, Press(press.value))
        pressed = query.message.message_id if query.message else None
        await _finish(context, s, turn, outcome, pressed=pressed)
        return
    await _finish(context, s, turn, Outcome(d, [Reply(EXPIRED)], where=True))


async def on_start_elsewhere(update: Update, context: Context) -> None:
    """/start in a group or channel: one line pointing to a private chat; nothing stored."""
    chat = update.effective_chat
    text = (f"I work in private chats only: open https://t.me/{context.bot.username} "
            "and send /start there.")
    try:
        await context.bot.send_message(chat.id, text)
    except TelegramError as e:  # removed from the group, or may not post: not about the user
        log.info("could not answer /start in chat %s: %s", chat.id, e)


async def on_edited(update: Update, context: Context) -> None:
    """An edit is not an answer: read as one, it would fill whatever step is asked now."""
    with contextlib.suppress(TelegramError):
        await context.bot.send_message(update.effective_chat.id, EDITS_NOT_READ)


async def on_my_chat_member(update: Update, context: Context) -> None:
    """The user blocked (or unblocked) the bot in their private chat: stop (or resume)."""
    change = update.my_chat_member
    if change.chat.type != ChatType.PRIVATE or change.from_user is None:
        return  # added to or removed from a group: nothing about any user's own chat
    s = services(context)
    user_id, now = change.from_user.id, s.clock.now()
    status = change.new_chat_member.status
    if status in (ChatMember.BANNED, ChatMember.LEFT):
        await s.sessions.mark_inactive(user_id, now)
    elif status == ChatMember.MEMBER:
        await s.db.transaction(users.set_active, user_id, True, now.isoformat())
        s.sessions.forget_cached(user_id)


async def _item(s: Services, turn: Turn, d: Dialogue | None, press: ItemPress) -> Outcome:
    """A button about a stored row: read it (checked against the user), then let its
    feature decide."""
    item = ITEMS[press.kind]
    loaded = await s.db.run(item.load, turn.user.id, press.id)
    if loaded is None:  # gone, or another user's id in a forged button: ids only, no text
        log.info("button %s:%s refused for user %s: no such row of theirs",
                 press.kind, press.id, turn.user.id)
        return Outcome(d, [Reply(item.gone)])
    return item.decide(turn, d, press, loaded)


async def resume(app, user_id: int, chat_id: int) -> None:
    """Show a returning user where they left off (the console does this at start-up)."""
    s: Services = app.bot_data[KEY]
    now = s.clock.now()
    user, d = await s.sessions.load(user_id, chat_id, now)
    if d is not None:
        await send_replies(app.bot, chat_id, where_replies(s, Turn(user, now), d))
