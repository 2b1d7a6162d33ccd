"""The terminal console as a person uses it, including `kill -9` in the middle of onboarding."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading

from tests.harness import BANKS


class ConsoleProcess:
    def __init__(self, tmp_path) -> None:
        env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
        env.update(
            CONSOLE_DATABASE_PATH=str(tmp_path / "console.sqlite3"),
            QUESTION_BANKS_DIR=str(BANKS),
            PYTHONUNBUFFERED="1",
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "console"],
            cwd=tmp_path,
            env=env,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)

    def expect(self, text: str, timeout: float = 30) -> str:
        """Read output until `text` appears (bounded), return everything read so far."""
        while not any(text in line for line in self.seen):
            try:
                self.seen.append(self.lines.get(timeout=timeout))
            except queue.Empty:
                raise AssertionError(
                    f"{text!r} never appeared; got:\n{''.join(self.seen)}"
                ) from None
        return "".join(self.seen)

    def type(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def kill9(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def close(self) -> int:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        return self.proc.returncode


def test_console_onboarding_survives_kill_9(tmp_path):
    c = ConsoleProcess(tmp_path)
    c.expect("terminal console")
    c.type("/start")
    c.expect("What should I call you?")
    c.type("Robin <i>&")
    out = c.expect("Which field or role")
    assert "Nice to meet you, Robin <i>&" in out
    c.kill9()

    c = ConsoleProcess(tmp_path)
    out = c.expect("Which field or role")  # shown again where the user left off
    assert "middle of setting you up" in out
    c.type("1")  # the first button: a field
    c.expect("Which time zone")
    c.type("7")  # the seventh zone button
    out = c.expect("What would you like to do?")
    assert "All set, Robin <i>&" in out and "Asia/Kolkata" in out
    c.type(":sticker")
    c.expect("can't do anything with a sticker")
    c.type("99")
    c.expect("no button with that number")
    assert c.close() == 0


def test_parse_duration():
    from datetime import timedelta

    from bot.telegram.console import parse_duration

    assert parse_duration("2h") == timedelta(hours=2)
    assert parse_duration("1d6h") == timedelta(days=1, hours=6)
    assert parse_duration("45m") == timedelta(minutes=45)
    assert parse_duration("soon") is None and parse_duration("") is None


async def test_console_moves_its_clock_and_delivers_nudges(tmp_path):
    import io

    from bot.config import Settings
    from bot.telegram.console import run_console

    script = "\n".join([
        "/start", "Robin", "Finance", "UTC", "/settings", "2", "03:00-03:01", "4",
        "/meeting", "Dana", "2099-01-15 15:00", "1", "2", "2", ":time", ":advance 40000d",
        "/quit",
    ]) + "\n"
    out: list[str] = []
    settings = Settings(database_path=tmp_path / "bot.sqlite3", question_banks_dir=BANKS,
                        sweep_seconds=0)
    await run_console(settings, stdin=io.StringIO(script), write=out.append)
    text = "".join(out)
    assert "Logged: 20-minute phone with Dana" in text
    assert "reminder(s) sent" in text and "Coming up: your 20-minute phone call" in text
    assert (tmp_path / "bot.sqlite3.console-clock").read_text() != "0.0"  # kept for a restart


async def test_a_message_the_bot_updates_in_place_is_shown_again(tmp_path):
    import io

    from bot.config import Settings
    from bot.telegram.console import run_console

    # /questions → the field → the Advice page → toggle its second question.
    script = "\n".join(["/start", "Robin", "Finance", "UTC", "/questions", "1", "3", "2",
                        "/quit"]) + "\n"
    out: list[str] = []
    settings = Settings(database_path=tmp_path / "bot.sqlite3", question_banks_dir=BANKS,
                        sweep_seconds=0)
    await run_console(settings, stdin=io.StringIO(script), write=out.append)
    edited = [chunk for chunk in out if chunk.startswith("bot✎ ")]
    assert len(edited) == 1 and "✅ 2." in edited[0]
