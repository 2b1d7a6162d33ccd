"""The outreach request: what it refuses at the boundary, and the variables templates see."""

from __future__ import annotations

import dataclasses

import pytest

from bot.features.outreach.request import TEMPLATE_VARIABLES, OutreachRequest, template_context

BASE = OutreachRequest(
    contact_name="Dana Lee",
    contact_role="Senior UX Researcher",
    organisation="Acme Health",
    connection="referral",
    connection_detail="Maya Chen",
    background="I'm a high-school chemistry teacher moving into UX research",
    learn_broad="UX research in healthcare",
    learn_narrow="how you made the jump from academia",
    format="coffee",
    minutes=20,
    channel="email",
    tone="warm",
    sender_name="Sam Rivera",
)


def request(**changes: object) -> OutreachRequest:
    return dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]


def test_template_variables_match_the_render_context() -> None:
    assert set(template_context(BASE)) == TEMPLATE_VARIABLES


@pytest.mark.parametrize(
    "changes",
    [
        {"channel": "fax"},
        {"tone": "casual"},
        {"format": "lunch"},
        {"connection": "family"},
        {"minutes": 45},
        {"minutes": 10},
    ],
)
def test_invalid_requests_are_rejected(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        request(**changes)
