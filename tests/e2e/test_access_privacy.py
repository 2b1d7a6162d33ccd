"""A cohort's bot: invite codes and an allowlist, a stranger refused in one line with nothing
stored, the admin's /invite and /cohort (counts only), /privacy, and /forget leaving no
trace of the user's words in the database's files."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from bot.features.access.rules import REFUSAL
from tests.harness import BotHarness, texts

ADMIN = 900
NAME = "Quixotebergman"  # a word found nowhere else in the files


def users(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM users ORDER BY id")]
    finally:
        conn.close()


async def invite(bot: BotHarness, args: str = "") -> str:
    seen = await bot.send(ADMIN, f"/invite {args}".strip())
    link = seen[-1].text.split()[-1]
    assert link.startswith("https://t.me/") and "?start=join-" in link, seen[-1].text
    return link.split("?start=")[1]


async def test_invite_mode_admits_with_a_code_and_refuses_strangers(tmp_path, clock):
    async with BotHarness(tmp_path, clock, access="invite", admin_chat_id=ADMIN) as bot:
        seen = await bot.send(1, "/start")
        assert [m.text for m in seen] == [REFUSAL]
        await bot.send(1, "hello?")
        assert users(bot.settings.database_path) == []  # nothing stored about a stranger

        code = await invite(bot, "2 30d")
        seen = await bot.send(1, f"/start {code}")
        assert "three quick questions" in texts(seen)
        await bot.send(1, "Robin")
        await bot.send(2, f"/start {code}")
        seen = await bot.send(3, f"/start {code}")  # two places only
        assert [m.text for m in seen] == [REFUSAL]
        assert users(bot.settings.database_path) == [1, 2]

        late = await invite(bot, "5 1d")
        clock.advance(timedelta(days=2))
        assert [m.text for m in await bot.send(4, f"/start {late}")] == [REFUSAL]
        assert "I don't know" not in texts(await bot.send(1, "/privacy"))


async def test_allowlist_mode_and_the_admins_cohort_counts(tmp_path, clock):
    async with BotHarness(tmp_path, clock, access="allowlist", admin_chat_id=ADMIN,
                          allowed_user_ids=frozenset({11, 12})) as bot:
        await bot.onboard(11, name=NAME)
        await bot.onboard(12, name="Pat")
        assert [m.text for m in await bot.send(13, "/start")] == [REFUSAL]
        seen = await bot.send(ADMIN, "/cohort")
        report = seen[-1].text
        assert "people: 2" in report and "set up: 2" in report and "active this week: 2" in report
        assert NAME not in report and "Pat" not in report and "11" not in report.split()
        assert users(bot.settings.database_path) == [11, 12]  # the admin's commands store nobody


async def test_privacy_says_what_where_how_long_and_how_to_delete(tmp_path, clock):
    async with BotHarness(tmp_path, clock, retention_months=6) as bot:
        seen = await bot.send(5, "/privacy")
        text = texts(seen)
        for part in ("What I store", "Where", "How long", "6 months", "/export", "/forget"):
            assert part in text, text


def raw_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal"))
                    if p.exists())


async def test_forget_leaves_no_trace_of_the_users_words_in_the_files(tmp_path, clock):
    async with BotHarness(tmp_path, clock) as bot:
        await bot.onboard(21, name=NAME, field="Zymurgy consulting")
        await bot.onboard(22, name="Keepwellington")
        path = bot.settings.database_path
        assert NAME.encode() in raw_bytes(path)  # the search finds what is there
        seen = await bot.send(21, "/forget")
        assert "/export" in seen[-1].text
        seen = await bot.press(21, "📤 Export my data first")
        assert any(m.document for m in seen) and NAME.encode() in raw_bytes(path)
        await bot.send(21, "/forget")
        await bot.press(21, "Yes, delete everything")
        data = raw_bytes(path)
        assert NAME.encode() not in data and b"Zymurgy" not in data
        assert b"Keepwellington" in data  # the other user is untouched
        assert path.stat().st_mode & 0o777 == 0o600


async def test_retention_forgets_users_inactive_for_n_months(tmp_path, clock):
    from types import SimpleNamespace

    from bot.features.access import store
    from bot.features.access.rules import retention_cutoff
    from bot.telegram.gate import _retention

    async with BotHarness(tmp_path, clock, retention_months=6) as bot:
        await bot.onboard(31, name=NAME)
        clock.advance(timedelta(days=150))
        await bot.onboard(32, name="Recentia")
        clock.advance(timedelta(days=40))  # 31: 190 days quiet; 32: 40 days
        cutoff = retention_cutoff(clock.now(), 6)
        assert await bot.db.run(store.forget_inactive, cutoff - timedelta(days=60)) == []
        await _retention(SimpleNamespace(application=bot.app))  # the job, as the queue runs it
        assert users(bot.settings.database_path) == [32]
        assert NAME.encode() not in raw_bytes(bot.settings.database_path)
        assert retention_cutoff(clock.now(), 0) is None  # 0 keeps everyone
        jobs = [j.name for j in bot.app.job_queue.jobs()]
        assert "retention" in jobs
