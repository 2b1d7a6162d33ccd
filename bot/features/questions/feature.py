"""/questions: a question list for a meeting, from the banks."""

from __future__ import annotations

from bot.engine.feature import Command, Feature
from bot.features.meetings.store import with_recent_contacts
from bot.features.questions import store
from bot.features.questions.effects import SaveQuestions
from bot.features.questions.flow import QuestionsFlow

FEATURE = Feature(
    name="questions",
    commands=(Command("questions", "pick 5–8 questions for a meeting",
                      label="❓ Prepare questions", flow=QuestionsFlow.name,
                      payload=with_recent_contacts),),
    flows=lambda context: [QuestionsFlow(context.banks)],
    stores={SaveQuestions: store.save_questions},
)
