"""The bot as a separate process, polling a fake Bot API server on 127.0.0.1 over real HTTP."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading

from bot.telegram.handlers import ALLOWED_UPDATES
from bot.telegram.standin.http import FakeBotApiServer
from tests.harness import BANKS, ROOT

TOKEN = "424242:FAKE-http-test-token_not-real-abc"


def test_run_polls_over_http_answers_start_and_never_logs_the_token(tmp_path):
    server = FakeBotApiServer(token=TOKEN).start()
    got_menu = threading.Event()
    user = 31337

    def on_send(message):
        if message.chat_id == user and message.buttons:
            got_menu.set()

    server.api.on_send = on_send
    server.api.queue_update(server.api.text_update(user, "/start", "Pat"))
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": server.base_url,
        "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
        "QUESTION_BANKS_DIR": str(BANKS),
        "LOG_LEVEL": "DEBUG",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        answered = got_menu.wait(timeout=60)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            output, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            output, _ = proc.communicate()
        server.stop()
    assert answered, f"no reply to /start over HTTP; bot output:\n{output[-3000:]}"
    methods = server.api.methods()
    assert {"getMe", "setMyCommands", "getUpdates", "sendMessage"} <= set(methods)
    assert server.seen_tokens == {TOKEN}
    polls = [c.params for c in server.api.calls if c.method == "getUpdates"]
    assert json.loads(polls[0]["allowed_updates"]) == ALLOWED_UPDATES
    first = [m.text for m in server.api.sent_to(user)]
    assert "three quick questions" in first[0] and first[-1].endswith("What should I call you?")
    assert "getUpdates" in output  # DEBUG logging was on and did log requests...
    assert TOKEN not in output  # ...yet no line carries the token
    assert proc.returncode == 0, output[-2000:]
    assert str(ROOT)  # the bot ran from another folder, with paths from the environment


async def test_the_http_stand_in_accepts_uploads_like_telegram():
    from telegram import Bot, InputFile

    with FakeBotApiServer(token=TOKEN) as server:
        async with Bot(TOKEN, base_url=server.base_url) as bot:
            message = await bot.send_document(77, InputFile(b"BEGIN:VCALENDAR", filename="m.ics"),
                                              caption="Your meeting")
        assert message.document.file_name == "m.ics"
        sent = server.api.sent_to(77)[-1]
        assert sent.document == ("m.ics", b"BEGIN:VCALENDAR") and sent.text == "Your meeting"


def test_a_rejected_token_is_reported_without_showing_it(tmp_path):
    server = FakeBotApiServer(token="999999:the-right-token-not-this-one").start()
    env = {
        **os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": server.base_url,
        "DATABASE_PATH": str(tmp_path / "bot.sqlite3"), "QUESTION_BANKS_DIR": str(BANKS),
        "LOG_LEVEL": "DEBUG",
    }
    try:
        proc = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=60)
    finally:
        server.stop()
    assert proc.returncode == 2
    assert "rejected TELEGRAM_BOT_TOKEN" in proc.stderr
    assert TOKEN not in proc.stderr + proc.stdout
    assert "Unclosed" not in proc.stderr + proc.stdout  # the HTTP sessions were closed


def test_an_unreachable_bot_api_is_one_line_not_a_traceback(tmp_path):
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ, "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": f"http://127.0.0.1:{port}/bot",
        "DATABASE_PATH": str(tmp_path / "bot.sqlite3"), "QUESTION_BANKS_DIR": str(BANKS),
        "LOG_LEVEL": "INFO",
    }
    proc = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    out = proc.stderr + proc.stdout
    assert proc.returncode == 1
    assert "interview-bot: cannot reach the Bot API" in proc.stderr
    assert "Traceback" not in out and "Unclosed" not in out and TOKEN not in out
