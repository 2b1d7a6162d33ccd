"""The time-zone answer shared by onboarding and /settings: what the confirmation says."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.features.profile.zones import describe

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_a_named_zone_is_described_by_its_time_now() -> None:
    assert describe("America/New_York", NOW) == "America/New_York (it is 04:00 there now)"


def test_a_typed_offset_is_confirmed_as_fixed() -> None:
    assert describe("UTC+05:30", NOW) == (
        "UTC+05:30 (it is 14:30 there now, a fixed offset: no daylight-saving changes)")
    assert "no daylight-saving changes" in describe("UTC", NOW)


def test_a_country_with_several_zones_is_asked_about_by_state() -> None:
    """"Springfield, USA" got "Try a city like Lisbon": the user had typed a city."""
    from bot.engine.steps import Answer, Invalid
    from bot.features.profile.zones import read_zone
    said = read_zone(Answer(text="Springfield, USA"))
    assert isinstance(said, Invalid)
    assert said.why.startswith("<b>USA</b> has several time zones")
    assert "the state after the city (e.g. <i>Springfield, IL</i>)" in said.why


def test_a_city_not_read_suggests_the_country_which_is() -> None:
    """"Kraków" got "Try a city like Lisbon", and "Poland" was not read either: a country of one
    zone now is, and the reply says to try it (Kraków itself is now read; Katowice is not)."""
    from bot.engine.steps import Answer, Invalid
    from bot.features.profile.zones import read_zone
    said = read_zone(Answer(text="Katowice"))
    assert isinstance(said, Invalid) and "Try your country" in said.why
    assert not isinstance(read_zone(Answer(text="Poland")), Invalid)
    assert not isinstance(read_zone(Answer(text="Kraków")), Invalid)
