"""bot.llm against the fake OpenAI-compatible server, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import logging

import pytest

from bot.config import Settings
from bot.engine.ui import Generate
from bot.llm.service import Models
from tests.llm.fake_openai import FakeOpenAI

KEY = "sk-test-0123456789abcdef"
G = Generate(
    kind="answer", fallback="I started in retail, then moved to brand work.",
    said="How did you get into marketing?",
    persona=(("name", "Dana Ruiz"), ("role", "Brand Manager"), ("organisation", "Acme"),
             ("years", "9"), ("fact", "Started in retail at Northwind")),
    references=("I started in retail, then moved to brand work.",),
    turns=(("user", "Thanks for meeting me."), ("persona", "Happy to help.")),
)


def settings(server: FakeOpenAI, **kw: object) -> Settings:
    values = {"llm_base_url": server.base_url, "llm_model": "fake-model", "llm_api_key": KEY,
              "llm_timeout": 5.0, "transcribe_base_url": server.base_url,
              "transcribe_model": "whisper-1", "transcribe_api_key": KEY, **kw}
    return Settings(**values)  # type: ignore[arg-type]


async def test_a_reply_is_generated_from_the_facts_and_earlier_turns():
    async with FakeOpenAI(reply="I began on a shop floor at Northwind, then brand work.") as s:
        models = Models(settings(s))
        assert await models.write(1, "2026-11-30", G) == (
            "I began on a shop floor at Northwind, then brand work.")
        await models.close()
    sent = s.requests[0]
    assert sent["headers"]["Authorization"] == f"Bearer {KEY}"
    messages = sent["json"]["messages"]
    assert sent["json"]["model"] == "fake-model"
    assert "Dana Ruiz" in messages[0]["content"]
    assert "Started in retail at Northwind" in messages[0]["content"]
    assert "I started in retail, then moved to brand work." in messages[0]["content"]
    assert [m["role"] for m in messages[1:]] == ["user", "assistant", "user"]
    assert messages[-1]["content"] == "How did you get into marketing?"


@pytest.mark.parametrize("mode", ["hang", "error", "malformed", "empty", "blank", "long", "job"])
async def test_every_failure_means_the_bank_words_and_one_warning(mode, caplog):
    caplog.set_level(logging.DEBUG)
    async with FakeOpenAI(mode=mode) as s:
        models = Models(settings(s, llm_timeout=0.05))  # "hang" never answers: no sleep here
        assert await models.write(1, "2026-11-30", G) is None
        await models.close()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    line = warnings[0].getMessage()
    assert "bank's words were sent" in line
    assert "marketing" not in line and "Northwind" not in line


async def test_the_daily_cap_stops_requests_until_the_users_next_day(caplog):
    caplog.set_level(logging.INFO)
    async with FakeOpenAI(reply="Sure.") as s:
        models = Models(settings(s, llm_daily_cap=2))
        got = [await models.write(7, "2026-11-30", G) for _ in range(4)]
        other = await models.write(8, "2026-11-30", G)
        tomorrow = await models.write(7, "2026-12-01", G)
        await models.close()
    assert got == ["Sure.", "Sure.", None, None]
    assert other == "Sure." and tomorrow == "Sure."
    assert len(s.requests) == 4
    assert sum("cap" in r.getMessage() for r in caplog.records) == 1


async def test_a_voice_note_is_transcribed():
    async with FakeOpenAI() as s:
        models = Models(settings(s))
        heard = await models.hear(1, "2026-11-30", b"OggS" + b"\0" * 2000, "voice.ogg")
        await models.close()
    assert heard.text and heard.text.startswith("So um I moved")
    assert s.audio == [2004]
    assert s.requests[0]["transcription"]["model"] == "whisper-1"


async def test_a_failed_transcription_says_so_without_the_audio(caplog):
    caplog.set_level(logging.DEBUG)
    async with FakeOpenAI(mode="error") as s:
        models = Models(settings(s))
        heard = await models.hear(1, "2026-11-30", b"OggS", "voice.ogg")
        await models.close()
    assert (heard.text, heard.problem) == (None, "failed")
    assert [r.levelname for r in caplog.records if r.levelno >= logging.WARNING] == ["WARNING"]


async def test_neither_the_key_nor_the_prompt_reaches_a_log_line_even_at_debug(caplog):
    caplog.set_level(logging.DEBUG)
    async with FakeOpenAI(mode="error") as s:
        models = Models(settings(s))
        await models.write(1, "2026-11-30", G)
        s.mode = "ok"
        await models.write(1, "2026-11-30", G)
        await models.close()
    for record in caplog.records:
        line = record.getMessage() + str(record.args or "")
        assert KEY not in line
        assert "Northwind" not in line and "get into marketing" not in line, line


async def test_beyond_the_requests_in_flight_the_bank_answers_at_once(caplog):
    import asyncio

    from bot.llm.service import MAX_IN_FLIGHT

    async with FakeOpenAI(mode="hang") as s:
        models = Models(settings(s, llm_timeout=30))
        waiting = [asyncio.create_task(models.write(u, "d", G)) for u in range(MAX_IN_FLIGHT)]
        await asyncio.sleep(0)  # a yield, not a wait: each task counts itself in flight
        assert await models.write(99, "d", G) is None
        assert "already waiting" in caplog.records[-1].getMessage()
        for task in waiting:
            task.cancel()
        await asyncio.gather(*waiting, return_exceptions=True)
        assert models._in_flight == 0
        await models.close()
