"""Every feature of the bot, in the order of the main menu."""

from __future__ import annotations

from bot.engine.feature import Feature
from bot.features.access.feature import FEATURE as ACCESS
from bot.features.meetings.feature import FEATURE as MEETINGS
from bot.features.network.feature import FEATURE as NETWORK
from bot.features.nudges.feature import FEATURE as NUDGES
from bot.features.outreach.feature import FEATURE as OUTREACH
from bot.features.practice.feature import FEATURE as PRACTICE
from bot.features.profile.feature import FEATURE as PROFILE
from bot.features.questions.feature import FEATURE as QUESTIONS

FEATURES: tuple[Feature, ...] = (
    OUTREACH, QUESTIONS, PRACTICE, MEETINGS, NUDGES, NETWORK, PROFILE, ACCESS,
)
