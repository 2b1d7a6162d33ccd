"""The one factory: production, the console and the tests all build the bot here.

It composes the features (bot.features.catalog) into the Telegram application
(bot.telegram.application); question banks and their matchers are loaded once per set of
file versions, because tests and restarts build many applications.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.features.catalog import FEATURES
from bot.telegram.application import STANDIN_TOKEN, build, start, stop
from bot.telegram.services import services


@dataclass(frozen=True)
class BuildContext:
    """What a feature's flows are built from."""

    settings: Settings
    banks: dict
    matchers: dict  # the practice matchers of these banks, built once and shared


def build_application(
    settings: Settings,
    request: Any = None,
    *,
    clock: Clock | None = None,
    rate_limiter: bool = True,
) -> Any:
    """The bot with every feature. `request` replaces the Bot API transport (a stand-in)."""
    banks = _load_banks(settings)
    context = BuildContext(settings, banks, _matchers_of(banks))
    flows = [flow for feature in FEATURES for flow in feature.flows(context)]
    return build(settings, flows, banks, clock or SystemClock(), request, rate_limiter)


_MATCHERS: list[tuple[dict, dict]] = []  # (the loaded banks, their matchers, built once)


def _load_banks(settings: Settings) -> dict:
    """Banks are parsed once per set of file versions (tests and restarts build many apps)."""
    from bot.banks.loader import load_banks_cached

    return load_banks_cached(settings.question_banks_dir)


def _matchers_of(banks: dict) -> dict:
    """The matchers of these banks, shared by every app built on them; those of banks no
    longer loaded are dropped."""
    if not _MATCHERS or _MATCHERS[0][0] is not banks:
        _MATCHERS[:] = [(banks, {})]
    return _MATCHERS[0][1]


__all__ = ["STANDIN_TOKEN", "build_application", "services", "start", "stop"]
