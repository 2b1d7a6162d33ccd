"""/practice: the mock meeting."""

from __future__ import annotations

from bot.engine.feature import Command, Feature
from bot.features.practice import store
from bot.features.practice.effects import SavePractice
from bot.features.practice.flow import PracticeFlow

FEATURE = Feature(
    name="practice",
    commands=(Command("practice", "rehearse the meeting with a mock contact",
                      label="🎭 Practice", flow=PracticeFlow.name, payload=store.recent_history),),
    flows=lambda context: [PracticeFlow(context.banks, context.matchers,
                                        generative=context.settings.llm_on)],  # #12
    stores={SavePractice: lambda c, u, e, t: store.save_practice(c, u, e)},
)
