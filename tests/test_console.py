"""The terminal console as a person uses it, including `kill -9` in the middle of onboarding."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime

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
    assert "Nice to meet you, Robin!" in out  # greeted by first name; the record in full below
    c.kill9()

    c = ConsoleProcess(tmp_path)
    out = c.expect("Which field or role")  # shown again where the user left off
    assert "middle of your setup" in out
    c.type("1")  # the first button: a field
    c.expect("Which time zone")
    c.type("7")  # the seventh zone button
    out = c.expect("What would you like to do?")
    assert "All set, Robin!" in out and "signed Robin <i>&" in out and "Asia/Kolkata" in out
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

    # /settings: 🌙 Quiet hours (4) set to one minute twelve hours from now, then ✅ Done (6),
    # so the reminders are never held for quiet hours, whatever the hour the test runs at
    # (':advance 40000d' keeps the time of day)
    hour = (datetime.now(UTC).hour + 12) % 24
    quiet = f"{hour:02d}:00-{hour:02d}:01"
    script = "\n".join([
        "/start", "Robin", "Finance", "UTC", "/settings", "4", quiet, "6",
        "/meeting", "Dana", "2099-01-15 15:00", "1", "2", "2", ":time", ":advance 40000d",
        "/quit",
    ]) + "\n"
    out: list[str] = []
    settings = Settings(database_path=tmp_path / "bot.sqlite3", question_banks_dir=BANKS,
                        sweep_seconds=0)
    await run_console(settings, stdin=io.StringIO(script), write=out.append)
    text = "".join(out)
    assert f"Quiet hours set to {quiet.replace('-', '–')}." in text and "Settings saved." in text
    assert "Logged: 20-minute phone call with Dana" in text
    # long after the meeting: its debrief and thank-you, but no prep for a meeting gone by
    assert re.search(r"; \d reminders? sent\)", text) and "reminder(s)" not in text
    assert "How did it go with Dana" in text
    assert "Coming up: your 20-minute phone call" not in text
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


def _settings(tmp_path):
    from bot.config import Settings

    return Settings(database_path=tmp_path / "bot.sqlite3", question_banks_dir=BANKS,
                    sweep_seconds=0)


async def _run(tmp_path, lines: list[str]) -> list[str]:
    """The console in process, fed `lines` as a piped script; returns what it printed."""
    import io

    from bot.telegram.console import run_console

    out: list[str] = []
    await run_console(_settings(tmp_path), stdin=io.StringIO("\n".join(lines) + "\n/quit\n"),
                      write=out.append)
    return out


ONBOARD = ["/start", "Robin", "Finance", "UTC"]
MEETING = ["/meeting", "Dana", "2099-01-15 15:00", "1", "2", "2"]


async def test_the_ics_of_a_logged_meeting_is_saved_and_its_path_printed(tmp_path):
    text = "".join(await _run(tmp_path, ONBOARD + MEETING + MEETING))
    folder = (tmp_path / "console-files").resolve()
    first, second = folder / "meeting.ics", folder / "meeting-2.ics"  # never overwritten
    assert f"📎 meeting.ics → saved to {first}" in text
    assert f"📎 meeting.ics → saved to {second}" in text
    assert "BEGIN:VCALENDAR" in first.read_text() and "BEGIN:VCALENDAR" in second.read_text()


# /outreach to Dana Lee, an analyst at an organisation called "3" (typed '3), no connection.
OUTREACH = ["/outreach", "Dana Lee", "Analyst", "'3", "5", "a final-year economics student",
            "1", "1", "1", "1", "1"]


async def test_numbers_press_buttons_where_a_choice_is_asked_and_are_text_elsewhere(tmp_path):
    text = "".join(await _run(tmp_path, ONBOARD + OUTREACH))
    # "5" at "How are you connected" pressed 🧊 No connection: straight to who you are.
    assert "How are you connected to Dana?" in text and "In one line, who are you?" in text
    assert "Analyst at 3." in text and "Subject: Your work at 3" in text  # '3 stored as "3"
    assert "Checks: 9/9" in text  # the numbers after it pressed buttons through to the draft


async def test_a_bare_number_where_text_is_asked_is_text(tmp_path):
    # "Where does Dana work?" offers only Back and Skip: 25 is out of range, so it is text.
    text = "".join(await _run(tmp_path, ONBOARD + ["/outreach", "Dana Lee", "Analyst", "25"]))
    assert "no button with that number, so 25 goes to the bot as text" in text
    assert "How are you connected to Dana?" in text


async def test_a_pasted_edit_at_the_draft_arrives_as_one_message(tmp_path):
    mine = ["Hi Dana,", "", "I came across your work at 3 and would love your advice.", "",
            "Would you have 20 minutes for a call?", "", "Robin"]
    out = await _run(tmp_path, ONBOARD + OUTREACH + ['"""', *mine, '"""'])
    text = "".join(out)
    assert text.count("Checking your version:") == 1
    assert "— your edited text" in text
    after = text.split("Checking your version:")[1]
    assert "Hi Dana,\n     \n     I came across your work at 3" in after  # line breaks kept


def test_lines_already_waiting_join_into_one_message():
    """A paste in a terminal: the rest of its lines are waiting when the first is read."""
    import io

    from bot.telegram.console_input import MessageReader, Typed

    stream = io.StringIO("Hi Dana,\n\nThanks!\n\n7\n'3\n")
    paste_end = len("Hi Dana,\n\nThanks!\n\n")
    reader = MessageReader(stream, more_waiting=lambda: stream.tell() < paste_end)
    assert reader.read() == Typed("Hi Dana,\n\nThanks!", verbatim=True)
    assert reader.read() == Typed("7") and reader.read() == Typed("'3")
    assert reader.read() is None


def test_a_pipe_is_not_a_paste_and_escapes_are_literal(tmp_path):
    import os

    from bot.telegram.console_input import button_number, literal, more_waiting_on, save_file

    r, w = os.pipe()
    with os.fdopen(r) as pipe:
        assert more_waiting_on(pipe) is None  # a piped script sends each line on its own
    os.close(w)
    assert literal("'3") == "3" and literal('"25"') == "25" and literal("''tis") == "'tis"
    assert literal("3") is None and literal('"I loved your talk"') is None
    assert button_number("3", 5) == 3 and button_number("6", 5) is None
    assert button_number("3", 0) is None and button_number("2099", 9999) is None
    assert save_file(tmp_path, "../x.csv", b"a").name == "x.csv"
    assert save_file(tmp_path, "x.csv", b"b").name == "x-2.csv"


async def test_an_escaped_command_is_sent_as_text(tmp_path):
    # '/start at "their organisation?" is the words "/start", not onboarding again
    out = await _run(tmp_path, ["/start", "Robin", "Finance", "UTC", "/outreach", "Dana Lee",
                                "analyst", "'/start"])
    text = "".join(out)
    assert "How are you connected to Dana?" in text  # the organisation was the text
    assert "You're in the middle of" not in text and "Keep this or start over?" not in text
