"""The user's profile: onboarding (/start), /settings and /forget."""

from __future__ import annotations

from dataclasses import replace

from bot.banks import choice as banks_choice
from bot.engine.feature import Command, Feature
from bot.engine.models import User
from bot.features.profile import store
from bot.features.profile.effects import ForgetUser, SaveProfile, SaveSettings
from bot.features.profile.forget import ForgetFlow
from bot.features.profile.onboarding import Onboarding
from bot.features.profile.settings import SettingsFlow
from bot.storage.timefmt import iso


def _flows(context) -> list:
    fields = tuple(b.title for b in context.banks.values() if b.field != "general")
    banks = context.banks

    def knows(text: str) -> bool:
        return banks_choice.field_of(banks, text) is not None

    onboarding = Onboarding(fields, knows) if fields else Onboarding(knows_field=knows)
    settings = SettingsFlow(fields, knows) if fields else SettingsFlow(knows_field=knows)
    return [onboarding, settings, ForgetFlow()]


def _profiled(user: User, e: SaveProfile) -> User:
    return replace(user, name=e.name, field=e.field, tz=e.tz, onboarded=True)


def _set(user: User, e: SaveSettings) -> User:
    changes = (("tz", e.tz), ("quiet_start", e.quiet_start), ("quiet_end", e.quiet_end),
               ("keep_in_touch_weeks", e.keep_in_touch_weeks), ("field", e.field),
               ("name", e.name))
    return replace(user, **{k: v for k, v in changes if v is not None})


FEATURE = Feature(
    name="profile",
    commands=(
        Command("start", "set up or restart", flow=Onboarding.name, needs_profile=False),
        Command("settings", "name, field, time zone and quiet hours", label="⚙️ Settings",
                flow=SettingsFlow.name),
        Command("forget", "delete everything about you", flow=ForgetFlow.name, needs_profile=False),
    ),
    flows=_flows,
    stores={
        SaveProfile: lambda c, u, e, t: store.save_profile(c, u, e, iso(t)),
        SaveSettings: lambda c, u, e, t: store.save_settings(c, u, e, iso(t)),
        ForgetUser: lambda c, u, e, t: store.delete(c, u),
    },
    user_changes={SaveProfile: _profiled, SaveSettings: _set},
)
