"""Drive the real Application through the Bot API stand-in, as a user would."""

from __future__ import annotations

from pathlib import Path

from telegram import Update

from bot.app import build_application, start, stop
from bot.clock import FakeClock
from bot.config import Settings
from bot.features.network.store import pipeline
from bot.storage.db import Database
from bot.telegram.services import Services
from bot.telegram.standin.api import FakeBotApi, SentMessage, StandinRequest

ROOT = Path(__file__).resolve().parent.parent
BANKS = Path(__import__("os").environ.get("TEST_BANKS", ROOT / "bot" / "question_banks"))


class BotHarness:
    def __init__(self, tmp_path: Path, clock: FakeClock | None = None, *,
                 rate_limiter: bool = True, **settings: object) -> None:
        self.rate_limiter = rate_limiter
        self.clock = clock or FakeClock()
        self.api = FakeBotApi(clock=lambda: self.clock.now().timestamp())
        settings.setdefault("sweep_seconds", 0)  # tests sweep by hand, after moving the clock
        self.settings = Settings(
            database_path=tmp_path / "bot.sqlite3", question_banks_dir=BANKS, **settings
        )
        self.app = self._build()
        self.names: dict[int, str] = {}

    def _build(self):
        return build_application(self.settings, StandinRequest(self.api), clock=self.clock,
                                 rate_limiter=self.rate_limiter)

    @property
    def services(self) -> Services:
        return self.app.bot_data["services"]

    @property
    def db(self) -> Database:
        """The app's own Database: tests read it through the features' store functions,
        `await bot.db.run(store.fn, user_id, ...)`, never with SQL of their own."""
        return self.services.db

    async def contact(self, user_id: int, name: str) -> dict:
        """The user's one contact of that name, as /contacts lists it (id, status, ...)."""
        found = [c for c in (await self.db.run(pipeline, user_id))["contacts"]
                 if c["name"] == name]
        assert len(found) == 1, f"user {user_id} has {len(found)} contacts named {name!r}"
        return found[0]

    async def __aenter__(self) -> BotHarness:
        await start(self.app)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await stop(self.app)

    async def restart(self) -> None:
        """Stop and rebuild the bot on the same database: nothing in memory survives."""
        await stop(self.app)
        self.app = self._build()
        await start(self.app)

    async def sweep(self) -> int:
        """Send every nudge due at the clock's current time, as the periodic job would."""
        return await self.services.dispatcher.sweep()

    async def _feed(self, user_id: int, raw: dict) -> list[SentMessage]:
        before = len(self.api.sent_to(user_id))
        await self.app.process_update(Update.de_json(raw, self.app.bot))
        return self.api.sent_to(user_id)[before:]

    def _name(self, user_id: int, first_name: str | None) -> str:
        if first_name:
            self.names[user_id] = first_name
        return self.names.get(user_id, "Alex")

    async def send(
        self, user_id: int, text: str, first_name: str | None = None
    ) -> list[SentMessage]:
        raw = self.api.text_update(user_id, text, self._name(user_id, first_name))
        return await self._feed(user_id, raw)

    async def send_media(self, user_id: int, kind: str) -> list[SentMessage]:
        return await self._feed(
            user_id, self.api.media_update(user_id, kind, self._name(user_id, None))
        )

    def last_with_buttons(self, user_id: int) -> SentMessage:
        for m in reversed(self.api.sent_to(user_id)):
            if m.buttons:
                return m
        raise AssertionError(f"no message with buttons was sent to {user_id}")

    async def press(
        self, user_id: int, label: str, message: SentMessage | None = None
    ) -> list[SentMessage]:
        message = message or self.last_with_buttons(user_id)
        data = message.button(label)["callback_data"]
        return await self._feed(
            user_id, self.api.press_update(user_id, message, data, self._name(user_id, None))
        )

    async def press_data(self, user_id: int, message: SentMessage, data: str) -> list[SentMessage]:
        return await self._feed(
            user_id, self.api.press_update(user_id, message, data, self._name(user_id, None))
        )

    async def onboard(
        self, user_id: int, name: str = "Sam", field: str = "Marketing", tz: str = "Europe/Berlin"
    ) -> None:
        await self.send(user_id, "/start")
        await self.send(user_id, name)
        await self.send(user_id, field)
        await self.send(user_id, tz)


def texts(messages: list[SentMessage]) -> str:
    return "\n".join(m.text for m in messages)
