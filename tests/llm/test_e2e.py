"""The optional model through the real Application, with the fake server over real HTTP."""

from __future__ import annotations

import logging
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from bot.features.practice.store import last_scorecard
from bot.llm import speech
from bot.logging_setup import setup_logging
from bot.telegram.generated import KEY as LLM
from tests.harness import ROOT, BotHarness, texts
from tests.llm.fake_openai import FakeOpenAI

U = 1201
API_KEY = "sk-e2e-0123456789abcdef"
SAID = "Honestly? I came in through QA testing, and I still lean on that every week."


def model(server: FakeOpenAI, **kw: object) -> dict:
    return {"llm_base_url": server.base_url, "llm_model": "fake", "llm_api_key": API_KEY,
            "llm_timeout": 5.0, **kw}


def voice(server: FakeOpenAI) -> dict:
    return {"transcribe_base_url": server.base_url, "transcribe_model": "whisper-1"}


async def _meeting(bot: BotHarness, mode: str = "You ask the questions",
                   field: str = "Software engineering") -> list:
    await bot.onboard(U, field=field, tz="UTC")
    await bot.send(U, "/practice")
    seen = await bot.press(U, field)
    if "Who would you like to meet?" in texts(seen):
        seen = await bot.press(U, seen[-1].button_texts()[0])
    seen = await bot.press(U, mode)
    if mode.startswith("You"):
        seen = await bot.press(U, "20 minutes")
    return seen


async def test_a_generated_answer_is_shown_stored_and_sent_as_context_next_time(tmp_path):
    async with FakeOpenAI(reply=SAID) as server, BotHarness(tmp_path, **model(server)) as bot:
        await _meeting(bot)
        seen = await bot.send(U, "so how did you end up in software in the first place?")
        assert SAID.replace("?", "?") in seen[0].text.replace("&#x27;", "'")
        seen = await bot.send(U, "are you guys hiring at the moment?")
        assert "Job ask" in texts(seen)  # our rules still coach
        await bot.press(U, "End and see my scorecard")
        card = (await bot.db.run(last_scorecard, U))["scorecard"]
    first, second = server.requests[0]["json"], server.requests[1]["json"]
    system = first["messages"][0]["content"]
    assert "Priya" in system and "QA" in system  # the persona's facts and the bank's answer
    assert first["messages"][-1]["content"].startswith("so how did you end up")
    assert {"role": "assistant", "content": SAID} in second["messages"]  # what was shown
    assert server.requests[0]["headers"]["Authorization"] == f"Bearer {API_KEY}"
    assert card["mode"] == "you_ask"


@pytest.fixture
def production_logging(caplog):
    """The bot's own logging at DEBUG (its loggers' levels), records kept raw by caplog."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    setup_logging("DEBUG", (API_KEY,))
    root.addHandler(caplog.handler)
    yield caplog
    for h in list(root.handlers):
        root.removeHandler(h)
    for h in handlers:
        root.addHandler(h)
    root.setLevel(level)


async def test_a_model_past_its_timeout_means_the_bank_answer_and_one_warning(
        tmp_path, production_logging):
    caplog = production_logging
    server = FakeOpenAI(mode="hang")
    async with server, BotHarness(tmp_path, **model(server, llm_timeout=0.05)) as bot:
        await _meeting(bot)
        caplog.clear()
        seen = await bot.send(U, "so how did you end up in software in the first place?")
    assert "QA" in seen[0].text  # the bank's answer, as with no model
    assert "error" not in texts(seen).lower() and "sorry" not in texts(seen).lower()
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "bank's words were sent" in warnings[0].getMessage()
    for record in caplog.records:
        line = record.getMessage()
        assert API_KEY not in line and "end up in software" not in line


async def test_once_the_daily_cap_is_reached_the_bank_answers(tmp_path):
    server = FakeOpenAI(reply=SAID)
    async with server, BotHarness(tmp_path, **model(server, llm_daily_cap=1)) as bot:
        await _meeting(bot)
        first = await bot.send(U, "what does a typical week look like for you?")
        second = await bot.send(U, "so how did you end up in software in the first place?")
    assert "QA testing, and I still lean" in first[0].text
    assert "QA" in second[0].text and "still lean" not in second[0].text
    assert len(server.requests) == 1


async def test_they_ask_follows_up_on_what_the_user_said(tmp_path):
    async with FakeOpenAI() as server, BotHarness(tmp_path, **model(server)) as bot:
        await _meeting(bot, "They ask you")
        seen = await bot.send(U, "I spent three years running the support desk at a "
                                 "small startup and I automated our ticket triage.")
    shown = texts(seen)
    assert "Feedback" in shown  # our rules' feedback, as ever
    assert "You said I spent three years" in shown  # led in from the answer
    assert server.requests and server.requests[0]["json"]["messages"][-1]["content"].startswith(
        "I spent three years")


async def test_a_voice_note_is_transcribed_and_gets_pace_feedback(tmp_path):
    async with FakeOpenAI() as server, BotHarness(tmp_path, **voice(server)) as bot:
        await _meeting(bot, "They ask you")
        before = len(bot.api.sent_to(U))
        await bot._feed(U, bot.api.voice_update(U, 14, b"OggS" + bytes(3000)))
        seen = bot.api.sent_to(U)[before:]
    shown = texts(seen)
    assert "I heard: So um I moved from retail into marketing" in shown
    assert "Feedback" in shown
    assert "about 133 words a minute, a comfortable pace" in shown
    assert server.audio == [3004]
    assert "chat/completions" not in str(server.requests)  # voice only: no chat model set


async def test_without_a_transcription_server_voice_gets_one_line(bot):
    await _meeting(bot)
    seen = await bot.send_media(U, "voice")
    assert [m.text for m in seen][0] == speech.VOICE_OFF
    assert "typing" not in bot.api.methods()


async def test_a_voice_note_over_the_limit_gets_a_clear_message(tmp_path):
    async with FakeOpenAI() as server, BotHarness(tmp_path, **voice(server)) as bot:
        await _meeting(bot, "They ask you")
        before = len(bot.api.sent_to(U))
        await bot._feed(U, bot.api.voice_update(U, 400))
        seen = bot.api.sent_to(U)[before:]
    assert "6.7 minutes" in seen[0].text and "under three minutes" in seen[0].text
    assert server.audio == []


async def test_a_voice_note_the_server_cannot_transcribe_asks_to_type(tmp_path):
    server = FakeOpenAI(mode="error")
    async with server, BotHarness(tmp_path, **voice(server), llm_daily_cap=1) as bot:
        await _meeting(bot, "They ask you")
        first = await bot._feed(U, bot.api.voice_update(U, 14))
        second = await bot._feed(U, bot.api.voice_update(U, 14))
    assert [m.text for m in first] == [speech.NOT_HEARD]
    assert [m.text for m in second] == [speech.CAPPED]  # the cap counts voice notes too
    assert server.audio == [1024]


async def test_privacy_says_what_goes_to_the_model_server_only_when_one_is_set(tmp_path):
    async with FakeOpenAI() as server, BotHarness(tmp_path, **model(server)) as bot:
        await bot.onboard(U, tz="UTC")
        shown = texts(await bot.send(U, "/privacy"))
    assert "127.0.0.1" in shown and "not your contacts, drafts" in shown
    async with BotHarness(tmp_path / "off") as bot:
        await bot.onboard(U, tz="UTC")
        assert "language model" not in texts(await bot.send(U, "/privacy"))


async def _session(bot: BotHarness) -> list[str]:
    await _meeting(bot)
    out = []
    for q in ("what does a typical week look like for you?", "hi, how's your week going?",
              "so how did you end up in software in the first place?",
              "who else do you think I should talk to?", "yes please",
              "Thank you so much for your time, this was really helpful!"):
        out += [m.text for m in await bot.send(U, q)]
    return out


async def test_a_failing_model_leaves_every_reply_as_with_no_model(tmp_path, clock):
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    async with BotHarness(tmp_path / "off", clock) as bot:
        assert LLM not in bot.app.bot_data
        plain = await _session(bot)
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    server = FakeOpenAI(mode="error")
    async with server, BotHarness(tmp_path / "on", clock, **model(server)) as bot:
        failing = await _session(bot)
    assert server.requests  # it was asked, and failed
    assert failing == plain


def test_nothing_configured_never_imports_the_client():
    code = ("import sys; from bot.app import build_application; from bot.config import "
            "Settings; build_application(Settings(database_path='/tmp/x-llm.sqlite3')); "
            "print('openai' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.stdout.strip() == "False", out.stderr[-500:]
