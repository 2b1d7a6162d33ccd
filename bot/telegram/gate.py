"""Before any handler: who may use the bot (ACCESS), the admin chat's /invite and /cohort,
and one log line per handled update (user id, kind, duration; never a word of its text).

Registered by `bot.telegram.handlers.register` in handler groups around the features':
-2 stamps the start, -1 decides (a refused update stops there), 100 logs the outcome.
A stranger gets one polite line and nothing is written about them.
"""

from __future__ import annotations

import contextlib
import logging
import time

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

from bot.features.access import rules, store, views
from bot.storage.files import checkpoint
from bot.telegram.services import KEY, Services, services

Context = ContextTypes.DEFAULT_TYPE
log = logging.getLogger("bot.updates")
_started: dict[int, float] = {}
_MAX_TRACKED = 10_000


def register(app: Application) -> None:
    app.add_handler(TypeHandler(Update, _stamp), group=-2)
    app.add_handler(TypeHandler(Update, _gate), group=-1)
    app.add_handler(TypeHandler(Update, _handled), group=100)
    s: Services = app.bot_data[KEY]
    if s.settings.retention_months > 0 and app.job_queue is not None:
        app.job_queue.run_repeating(_retention, interval=6 * 3600, first=60, name="retention")


def kind_of(update: Update) -> str:
    """What sort of update, for the log: a command's name, never its text or arguments."""
    msg = update.message
    if msg is not None:
        if msg.text and msg.text.startswith("/"):
            return "command " + msg.text.split()[0].split("@")[0][:32]
        if msg.text:
            return "text"
        return "media"
    if update.callback_query is not None:
        return "button"
    if update.edited_message is not None:
        return "edited"
    if update.my_chat_member is not None:
        return "member"
    return "other"


async def _stamp(update: Update, context: Context) -> None:
    if len(_started) > _MAX_TRACKED:
        _started.clear()
    _started[update.update_id] = time.perf_counter()


def _log(update: Update, outcome: str) -> None:
    began = _started.pop(update.update_id, None)
    ms = round((time.perf_counter() - began) * 1000, 1) if began is not None else None
    user = update.effective_user.id if update.effective_user else None
    kind = kind_of(update)
    log.info("update %s user %s %s %s in %s ms", update.update_id, user, kind, outcome, ms,
             extra={"update_id": update.update_id, "user_id": user, "kind": kind,
                    "outcome": outcome, "duration_ms": ms})


async def _handled(update: Update, context: Context) -> None:
    _log(update, "handled")


async def _gate(update: Update, context: Context) -> None:
    s = services(context)
    chat, user = update.effective_chat, update.effective_user
    if chat is not None and s.settings.admin_chat_id is not None \
            and chat.id == s.settings.admin_chat_id and await _admin(update, context, s):
        _log(update, "admin")
        raise ApplicationHandlerStop
    if s.settings.access == "open" or user is None or chat is None \
            or chat.type != ChatType.PRIVATE:
        return  # groups and channels are handled (ignored) without storing anyone
    msg = update.message
    verdict = rules.decide(s.settings.access, user.id, admin=s.settings.admin_chat_id,
                           allowlist=s.settings.allowed_user_ids,
                           text=msg.text if msg is not None else None)
    if verdict.allowed:
        return
    if verdict.check_member and (s.sessions.knows(user.id)
                                 or await s.db.run(store.is_member, user.id)):
        return
    if verdict.redeem and await s.db.transaction(store.redeem, verdict.redeem, user.id,
                                                 chat.id, s.clock.now()):
        log.info("user %s joined with an invite", user.id)
        return
    await _refuse(update, context)
    _log(update, "refused")
    raise ApplicationHandlerStop


async def _refuse(update: Update, context: Context) -> None:
    with contextlib.suppress(TelegramError):
        if update.callback_query is not None:
            await update.callback_query.answer(rules.REFUSAL[:200], show_alert=True)
        elif update.message is not None:
            await context.bot.send_message(update.effective_chat.id, rules.REFUSAL)


async def _admin(update: Update, context: Context, s: Services) -> bool:
    """`/invite [uses] [expires]` and `/cohort` in the admin chat; False for anything else."""
    msg = update.message
    words = (msg.text or "").split() if msg is not None else []
    command = words[0].split("@")[0].lower() if words else ""
    if command == "/cohort":
        counts = await s.db.run(store.cohort, s.clock.now())
        await context.bot.send_message(msg.chat_id, views.cohort(counts))
        return True
    if command != "/invite":
        return False
    try:
        uses = int(words[1]) if len(words) > 1 else 30
        expires = rules.parse_duration(words[2]) if len(words) > 2 else None
        if uses < 1:
            raise ValueError("the number of uses must be 1 or more")
    except ValueError as e:
        await context.bot.send_message(msg.chat_id, f"Usage: /invite [uses] [expires, e.g. "
                                       f"30d] — {e}"[:500])
        return True
    now = s.clock.now()
    code = rules.new_code()
    await s.db.transaction(store.create_invite, code, uses, now + expires if expires else None,
                           now)
    link = rules.invite_link(context.bot.username, code)
    await context.bot.send_message(
        msg.chat_id, rules.invite_text(uses, now + expires if expires else None, link))
    return True


async def _retention(context: Context) -> None:
    """Forget users inactive longer than RETENTION_MONTHS, then empty the write-ahead log."""
    s = services(context)
    cutoff = rules.retention_cutoff(s.clock.now(), s.settings.retention_months)
    if cutoff is None or s.db is None:
        return
    gone = await s.db.transaction(store.forget_inactive, cutoff)
    for user_id in gone:
        s.sessions.forget_cached(user_id)
    if gone:
        await s.db.run(checkpoint)
        logging.getLogger("bot").info("retention: forgot %d users inactive for %d months",
                                      len(gone), s.settings.retention_months)
