"""The outreach request: what it refuses at the boundary, and the variables templates see."""

from __future__ import annotations

import dataclasses

import pytest

from bot.features.outreach.request import TEMPLATE_VARIABLES, OutreachRequest, template_context
from tests.features.outreach.test_render import BASE  # noqa: E402  one sample request


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
