"""Access decisions, invite codes and durations as plain functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.features.access import rules


def test_open_admits_everyone_and_the_admin_is_always_admitted():
    assert rules.decide("open", 5, admin=None, allowlist=frozenset(), text=None).allowed
    for mode in ("invite", "allowlist"):
        assert rules.decide(mode, 9, admin=9, allowlist=frozenset(), text=None).allowed


def test_allowlist_admits_only_the_list():
    allow = frozenset({1, 2})
    assert rules.decide("allowlist", 1, admin=None, allowlist=allow, text="hi").allowed
    verdict = rules.decide("allowlist", 3, admin=None, allowlist=allow, text="/start join-x")
    assert not verdict.allowed and not verdict.check_member and verdict.redeem is None


def test_invite_checks_membership_and_reads_the_code_of_a_deep_link():
    verdict = rules.decide("invite", 3, admin=None, allowlist=frozenset(), text="hello")
    assert not verdict.allowed and verdict.check_member and verdict.redeem is None
    code = rules.new_code()
    verdict = rules.decide("invite", 3, admin=None, allowlist=frozenset(), text=f"/start {code}")
    assert verdict.redeem == code
    assert rules.invite_code_in("/start practice") is None  # a menu deep link, not an invite
    assert rules.invite_code_in(f"/start@coach_bot {code}") == code


def test_codes_fit_a_deep_link():
    codes = {rules.new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert code.startswith("join-") and len(code) <= 64
        assert all(c.isalnum() or c in "_-" for c in code)
    assert rules.invite_link("coach_bot", "join-abc") == "https://t.me/coach_bot?start=join-abc"


@pytest.mark.parametrize(("text", "expected"), [
    ("30d", timedelta(days=30)), ("12h", timedelta(hours=12)), ("2w", timedelta(weeks=2)),
    ("3m", timedelta(days=90)), (" 7D ", timedelta(days=7))])
def test_durations(text, expected):
    assert rules.parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "soon", "0d", "30", "d30", "1y"])
def test_bad_durations_say_what_is_expected(text):
    with pytest.raises(ValueError, match="like 30d"):
        rules.parse_duration(text)


def test_retention_cutoff():
    now = datetime(2026, 11, 30, tzinfo=UTC)
    assert rules.retention_cutoff(now, 6) == now - timedelta(days=180)
    assert rules.retention_cutoff(now, 0) is None


def test_the_invite_text_is_one_wording_for_the_cli_and_the_admin_chat():
    link = rules.invite_link("coachbot", "join-abc")
    assert rules.invite_text(30, None, link) == f"Invite for 30 people:\n{link}"
    until = datetime(2026, 12, 31, 9, 0, tzinfo=UTC)
    assert rules.invite_text(1, until, link) == (
        f"Invite for 1 person, until 2026-12-31 09:00 UTC:\n{link}")
