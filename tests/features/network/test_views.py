"""What /stats says, checked against itself."""

from __future__ import annotations

from bot.features.network.views import stats_view


def _stats(**by_status: int) -> dict:
    return {"by_status": by_status, "referrals": 0, "drafts": 1, "sent": 0, "replied": 0,
            "avg_score": None, "meetings": 1, "practice": []}


def test_a_meeting_logged_without_they_replied_counts_as_a_reply_in_both_lines():
    text = stats_view(_stats(scheduled=1, asked=1)).text
    assert "Asked: 2 · replied: 1" in text
    assert "Reply rate: 50% of the people you asked" in text


def test_no_reply_rate_before_anyone_was_asked():
    assert "Reply rate" not in stats_view(_stats(identified=2)).text
