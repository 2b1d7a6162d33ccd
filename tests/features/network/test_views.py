"""What /stats says, checked against itself."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.features.network.chart import render
from bot.features.network.progress import progress, stats_text
from tests.features.flow_support import make_user

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _rows(**by_status: int) -> dict:
    return {"by_status": by_status, "referrals": 0, "drafts": 1, "sent": 0, "replied": 0,
            "avg_score": None, "meetings": 1, "meeting_starts": [], "sessions": [],
            "last_rehearsal": None}


def _text(**by_status: int) -> str:
    return stats_text(progress(_rows(**by_status), make_user(), NOW))


def test_a_meeting_logged_without_they_replied_counts_as_a_reply_in_both_lines():
    text = _text(scheduled=1, asked=1)
    assert "asked 2 → replied 1" in text
    assert "Reply rate: 50% (1 of the 2 people you asked)" in text


def test_no_reply_rate_before_anyone_was_asked():
    assert "Reply rate" not in _text(identified=2)


def test_each_funnel_step_is_at_most_the_one_before():
    p = progress(_rows(identified=3, asked=4, replied=2, scheduled=1, met=5, thanked=2,
                       keeping_in_touch=1), make_user(), NOW)
    people = [n for _, n in p.funnel[:4]]
    assert people == sorted(people, reverse=True) == [15, 11, 8, 3]
    assert p.reply_rate == round(100 * 11 / 15)


def test_a_short_practice_session_is_not_in_the_progress_line():
    """Its scorecard said "not counted in your progress"; /stats agrees."""
    rows = _rows(asked=1)
    rows["sessions"] = [
        {"mode": "you_ask", "score": 49, "ended_at": "2026-11-28T10:00:00+00:00",
         "scorecard": {}},
        {"mode": "you_ask", "score": 72, "ended_at": "2026-11-29T10:00:00+00:00",
         "scorecard": {"short": False}},
        {"mode": "you_ask", "score": 16, "ended_at": "2026-11-30T10:00:00+00:00",
         "scorecard": {"short": True}},
    ]
    text = stats_text(progress(rows, make_user(), NOW))
    assert "You ask: 2 sessions, 4.9 → 7.2 (best 7.2/10)" in text


def test_practice_in_two_fields_is_a_line_each():
    """/stats said "You ask: 2 sessions, 7.9 → 6.8" for a UX meeting and then a first teaching
    one: a decline, where the scorecards kept each field apart."""
    rows = _rows(asked=1)
    rows["sessions"] = [
        {"mode": "you_ask", "field": "ux_design", "score": 79,
         "ended_at": "2026-11-28T10:00:00+00:00", "scorecard": {}},
        {"mode": "you_ask", "field": "education", "score": 68,
         "ended_at": "2026-11-29T10:00:00+00:00", "scorecard": {}},
    ]
    p = progress(rows, make_user(), NOW)
    text = stats_text(p)
    assert "You ask (UX design): 1 session, 7.9 (best 7.9/10)" in text
    assert "You ask (education): 1 session, 6.8 (best 6.8/10)" in text
    assert render(p)[:8] == b"\x89PNG\r\n\x1a\n"  # the chart draws both lines
