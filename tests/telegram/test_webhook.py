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


def test_run_webhook_as_a_process(tmp_path):
    token = "434343:FAKE-webhook-token_not-real-xyz"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = FakeBotApiServer(token=token).start()
    answered = threading.Event()
    server.api.on_send = lambda m: answered.set() if m.chat_id == 72 and m.buttons else None
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))},
           "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_BASE_URL": server.base_url,
           "DATABASE_PATH": str(tmp_path / "bot.sqlite3"), "QUESTION_BANKS_DIR": str(BANKS),
           "WEBHOOK_URL": f"https://bot.example.org{PATH}", "WEBHOOK_SECRET": SECRET,
           "WEBHOOK_PORT": str(port), "LOG_FORMAT": "json", "LOG_LEVEL": "DEBUG",
           "NUDGE_SWEEP_SECONDS": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--webhook"], cwd=tmp_path,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            lines.append(line)
            if "webhook ready" in line:
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert ready.wait(60), "".join(lines)[-3000:]
        assert server.api.webhook == {"url": f"https://bot.example.org{PATH}",
                                      "secret_token": SECRET}
        update = json.dumps(server.api.text_update(72, "/start", "Lee")).encode()
        assert _post(port, update, None) == 403
        assert _post(port, update, SECRET) == 200
        assert answered.wait(60), "".join(lines)[-3000:]
        assert _get(port, "/healthz")[0] == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        reader.join(10)
        server.stop()
    output = "".join(lines)
    assert proc.returncode == 0, output[-3000:]
    assert token not in output and SECRET not in output  # DEBUG logging was on
    for line in lines:  # every line JSON, the per-update one among them
        json.loads(line)
    assert any('"kind": "command /start"' in line for line in lines)


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
