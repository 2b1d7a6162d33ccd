"""/privacy for everyone; access control and the admin's commands live in the shell's gate
(bot.telegram.gate), which uses this folder's rules and store."""

from __future__ import annotations

from typing import Any

from bot.engine.feature import Command, Feature, View
from bot.features.access import store, views


def _policy(context: Any) -> tuple:
    """No flow: reads the retention setting /privacy states, when the bot is built."""
    views.POLICY["retention_months"] = context.settings.retention_months
    views.POLICY["model"] = views.model_policy(context.settings)  # the optional model (#12)
    return ()


FEATURE = Feature(
    name="access",
    commands=(
        Command("privacy", "what I store about you, and how to delete it",
                view=View(views.privacy, store.held_about), needs_profile=False),
    ),
    flows=_policy,
)
