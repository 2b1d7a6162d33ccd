"""Webhook mode: only requests carrying the secret are taken, each answered 200 only once it
is in the inbox; /healthz tells the database and the last sweep. In process on 127.0.0.1,
then `interview-bot run --webhook` as a real process."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
from datetime import timedelta

from aiohttp.test_utils import TestClient, TestServer

from bot.telegram.intake import intake_of
from bot.telegram.standin.http import FakeBotApiServer
from bot.telegram.webhook import SECRET_HEADER, make_web_app
from tests.harness import BANKS, BotHarness

SECRET = "test-webhook-secret_0123456789"
PATH = "/tg/hook"


def rows(path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


async def test_without_the_secret_403_and_nothing_changes(tmp_path, clock):
    async with BotHarness(tmp_path, clock, webhook_secret=SECRET,
                          webhook_url=f"https://bot.example.org{PATH}") as bot:
        update = bot.api.text_update(71, "/start", "Kim")
        async with TestClient(TestServer(make_web_app(bot.app, bot.settings),
                                         host="127.0.0.1")) as client:
            for headers in ({}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: SECRET[:-1]}):
                response = await client.post(PATH, json=update, headers=headers)
                assert response.status == 403
            db = bot.settings.database_path
            assert rows(db, "SELECT COUNT(*) FROM inbox") == [(0,)]
            assert rows(db, "SELECT COUNT(*) FROM users") == [(0,)]
            assert bot.api.sent_to(71) == []

            response = await client.post(PATH, data=b"{not json", headers={SECRET_HEADER: SECRET})
            assert response.status == 400
            response = await client.post(PATH, json=update, headers={SECRET_HEADER: SECRET})
            assert response.status == 200
            # answered only once written: the inbox holds it now
            assert rows(db, "SELECT update_id FROM inbox") == [(update["update_id"],)]
            await intake_of(bot.app).drain(10)
            assert "three quick questions" in bot.api.sent_to(71)[0].text


async def test_healthz_reports_the_database_and_the_last_sweep(tmp_path, clock):
    bot = BotHarness(tmp_path, clock, webhook_secret=SECRET,
                     webhook_url=f"https://bot.example.org{PATH}")
    server = TestServer(make_web_app(bot.app, bot.settings), host="127.0.0.1")
    async with bot, TestClient(server) as client:
        response = await client.get("/healthz")
        assert response.status == 200
        assert await response.json() == {"database": "ok", "last_sweep": None}
        bot.app.bot_data["last_sweep"] = clock.now()
        body = await (await client.get("/healthz")).json()
        assert body["last_sweep"] == clock.now().isoformat(timespec="seconds")
        clock.advance(timedelta(minutes=1))
        await bot.services.db.close()  # the database gone
        response = await client.get("/healthz")
        assert response.status == 503
        assert (await response.json())["database"] == "unreachable"
        bot.services.db = None


class _WebhookBot:
    """`interview-bot run --webhook` as a real process against the HTTP stand-in."""

    token = "434343:FAKE-webhook-token_not-real-xyz"

    def __init__(self, tmp_path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = FakeBotApiServer(token=self.token).start()
        self.answered = threading.Event()
        self.server.api.on_send = (
            lambda m: self.answered.set() if m.chat_id == 72 and m.buttons else None)
        env = {**{k: v for k, v in os.environ.items()
                  if not k.startswith(("TELEGRAM_", "WEBHOOK_"))},
               "TELEGRAM_BOT_TOKEN": self.token, "TELEGRAM_BASE_URL": self.server.base_url,
               "DATABASE_PATH": str(tmp_path / "bot.sqlite3"), "QUESTION_BANKS_DIR": str(BANKS),
               "WEBHOOK_URL": f"https://bot.example.org{PATH}", "WEBHOOK_SECRET": SECRET,
               "WEBHOOK_PORT": str(self.port), "LOG_FORMAT": "json", "LOG_LEVEL": "DEBUG",
               "NUDGE_SWEEP_SECONDS": "0"}
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--webhook"],
                                     cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line)
            if "webhook ready" in line:
                self.ready.set()

    def output(self) -> str:
        return "".join(self.lines)

    def finish(self) -> None:
        """SIGTERM unless it already ended; bounded waits."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        self.reader.join(10)
        self.server.stop()


def test_run_webhook_as_a_process(tmp_path):
    bot = _WebhookBot(tmp_path)
    try:
        assert bot.ready.wait(60), bot.output()[-3000:]
        assert bot.server.api.webhook == {"url": f"https://bot.example.org{PATH}",
                                          "secret_token": SECRET}
        update = json.dumps(bot.server.api.text_update(72, "/start", "Lee")).encode()
        assert _post(bot.port, update, None) == 403
        assert _post(bot.port, update, SECRET) == 200
        assert bot.answered.wait(60), bot.output()[-3000:]
        assert _get(bot.port, "/healthz")[0] == 200
    finally:
        bot.finish()
    output = bot.output()
    assert bot.proc.returncode == 0, output[-3000:]
    assert bot.token not in output and SECRET not in output  # DEBUG logging was on
    for line in bot.lines:  # every line JSON, the per-update one among them
        json.loads(line)
    assert any('"kind": "command /start"' in line for line in bot.lines)


def test_a_webhook_bot_whose_token_is_revoked_exits_with_one_line(tmp_path):
    """As with polling: a 401 on a send while running ends the process (exit 2), instead of
    a bot that stays up answering nobody."""
    bot = _WebhookBot(tmp_path)
    try:
        assert bot.ready.wait(60), bot.output()[-3000:]
        bot.server.expected_token = "434343:the-token-after-revoking"  # Telegram now says 401
        update = json.dumps(bot.server.api.text_update(72, "/start", "Lee")).encode()
        assert _post(bot.port, update, SECRET) == 200
        bot.proc.wait(30)
    finally:
        bot.finish()
    output = bot.output()
    said = [line for line in bot.lines if line.startswith("interview-bot:")]
    assert bot.proc.returncode == 2, output[-3000:]
    assert len(said) == 1 and "rejected TELEGRAM_BOT_TOKEN" in said[0], output[-3000:]
    assert bot.token not in output and SECRET not in output


def _post(port: int, body: bytes, secret: str | None) -> int:
    import urllib.error
    import urllib.request

    headers = {"Content-Type": "application/json"}
    if secret:
        headers[SECRET_HEADER] = secret
    request = urllib.request.Request(f"http://127.0.0.1:{port}{PATH}", body, headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


def _get(port: int, path: str) -> tuple[int, dict]:
    import urllib.request

    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
        return response.status, json.loads(response.read())


async def test_a_strangers_update_leaves_no_words_behind(tmp_path, clock):
    """Invite mode through the inbox: refused in one line, the update's body dropped once
    handled, no user row: only the update id and sender remain, to recognise a redelivery."""
    async with BotHarness(tmp_path, clock, webhook_secret=SECRET, access="invite",
                          webhook_url=f"https://bot.example.org{PATH}") as bot:
        update = bot.api.text_update(73, "my secret plan Xyzzy", "Stranger")
        async with TestClient(TestServer(make_web_app(bot.app, bot.settings),
                                         host="127.0.0.1")) as client:
            response = await client.post(PATH, json=update, headers={SECRET_HEADER: SECRET})
            assert response.status == 200
            await intake_of(bot.app).drain(10)
        db = bot.settings.database_path
        assert [m.text for m in bot.api.sent_to(73)][0].startswith("Sorry — this coach bot")
        assert rows(db, "SELECT COUNT(*) FROM users") == [(0,)]
        assert rows(db, "SELECT body FROM inbox") == [(None,)]
