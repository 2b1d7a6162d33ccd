"""What the /practice tests share: a fixed time, the shell's JSON round trip, an HTML check."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from bot.features.practice.state import TheyAskState, YouAskState, state_from_dict

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def roundtrip(state: YouAskState | TheyAskState) -> YouAskState | TheyAskState:
    """What the shell does between messages: JSON into SQLite and back."""
    return state_from_dict(json.loads(json.dumps(state.to_dict())))


def only_b_and_i(text: str) -> bool:
    return set(re.findall(r"</?([a-zA-Z]+)[^>]*>", text)) <= {"b", "i"}
