"""Matchers built once per test module (the banks come from the parent conftest)."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher


@pytest.fixture(scope="module")
def matcher(bank: Bank) -> Matcher:
    return Matcher.for_bank(bank)


@pytest.fixture(scope="module")
def matchers(banks: dict[str, Bank]) -> dict[str, Matcher]:
    """Every field's matcher."""
    return {field: Matcher.for_bank(each) for field, each in banks.items()}
