"""/meeting, and the debrief a reminder opens after it."""

from __future__ import annotations

from bot.engine.feature import Command, Feature
from bot.features.meetings import store
from bot.features.meetings.debrief import DebriefFlow
from bot.features.meetings.effects import AddReferrals, SaveDebrief, SaveMeeting
from bot.features.meetings.flow import MeetingFlow

FEATURE = Feature(
    name="meetings",
    commands=(Command("meeting", "record a meeting and get timely nudges",
                      label="📅 Log a meeting", flow=MeetingFlow.name,
                      payload=store.with_recent_contacts),),
    flows=lambda context: [MeetingFlow(), DebriefFlow()],
    stores={
        SaveMeeting: store.save_meeting,
        SaveDebrief: store.save_debrief,
        AddReferrals: store.add_referrals,
    },
)
