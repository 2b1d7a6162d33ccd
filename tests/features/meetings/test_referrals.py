"""Names suggested at a meeting, as people type them: who, and what was said about them."""

from __future__ import annotations

import pytest

from bot.features.meetings.referrals import Referral, parse_referrals


@pytest.mark.parametrize(("typed", "people"), [
    ("Ana Ruiz, Ben and Chloe Park", [Referral("Ana Ruiz"), Referral("Ben"),
                                       Referral("Chloe Park")]),
    ("Lena Hoffmann (research ops at N26)", [Referral("Lena Hoffmann", "research ops", "N26")]),
    ("Dr. Amir Haddad, the clinic's nurse manager",
     [Referral("Dr. Amir Haddad", "nurse manager", "", True)]),
    ("Ben from Stripe", [Referral("Ben", "", "Stripe")]),
    ("Maria Lopez - CFO at Acme Bank", [Referral("Maria Lopez", "CFO", "Acme Bank")]),
    ("Tom Weiss, N26's head of data", [Referral("Tom Weiss", "head of data", "N26")]),
    ("Priya Shah who works at Deloitte in audit", [Referral("Priya Shah", "audit", "Deloitte")]),
    ("Sara (Stripe)", [Referral("Sara", "", "Stripe")]),
    ("Lena Hoffmann (research and ops at N26) and Ben from Stripe",
     [Referral("Lena Hoffmann", "research and ops", "N26"), Referral("Ben", "", "Stripe")]),
    ("none", []), ("Nobody really", []), ("no one yet", []),
])
def test_names_with_context(typed: str, people: list[Referral]) -> None:
    assert parse_referrals(typed) == people


def test_a_person_introduced_by_how_they_relate_is_a_new_person_not_more_about_the_last():
    """", and his colleague Raj" after a bracket used to be glued onto the person before it."""
    people = parse_referrals("Lena Hoffmann (research ops at Mount Sinai), and his colleague Raj")
    assert [(p.name, p.role, p.organisation, p.same_org) for p in people] == [
        ("Lena Hoffmann", "research ops", "Mount Sinai", False), ("Raj", "", "", True)]
    people = parse_referrals("my friend Ana, her old boss Dr. Lee; their manager Tom Becker")
    assert [(p.name, p.role, p.same_org) for p in people] == [
        ("Ana", "", False), ("Dr. Lee", "", False), ("Tom Becker", "", True)]
