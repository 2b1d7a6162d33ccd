"""A place typed with its country, territory, state or province: the region says which
namesake is meant ("San Juan, Puerto Rico" had been set to Argentina's San Juan)."""

from __future__ import annotations

import pytest

from bot.engine.timezones import parse_timezone, several_zones, zone_of_place


@pytest.mark.parametrize(("typed", "zone"), [
    ("San Juan, Puerto Rico", "America/Puerto_Rico"), ("San Juan PR", "America/Puerto_Rico"),
    ("im in san juan puerto rico", "America/Puerto_Rico"),
    ("San Juan, Argentina", "America/Argentina/San_Juan"),
    ("Córdoba, Spain", "Europe/Madrid"), ("Cordoba, Argentina", "America/Argentina/Cordoba"),
    ("Perth, Scotland", "Europe/London"), ("based in perth, scotland", "Europe/London"),
    ("Perth, Australia", "Australia/Perth"),
    ("Kingston, Jamaica", "America/Jamaica"), ("Kingston, Ontario", "America/Toronto"),
    ("London, Ontario", "America/Toronto"), ("Paris, Ontario, Canada", "America/Toronto"),
    ("Georgetown, Guyana", "America/Guyana"), ("Santiago, Chile", "America/Santiago"),
    ("Santiago, Dominican Republic", "America/Santo_Domingo"),
    ("Victoria, BC", "America/Vancouver"), ("Victoria, Australia", "Australia/Melbourne"),
    ("Hamilton, Bermuda", "Atlantic/Bermuda"), ("Hamilton, New Zealand", "Pacific/Auckland"),
    ("Merida, Venezuela", "America/Caracas"), ("Merida, Mexico", "America/Merida"),
    ("Lagos, Portugal", "Europe/Lisbon"), ("Lagos, Nigeria", "Africa/Lagos"),
    ("Halifax, UK", "Europe/London"), ("Sydney, Nova Scotia", "America/Halifax"),
    ("St. John's, Newfoundland", "America/St_Johns"), ("St John's, Antigua", "America/Antigua"),
    ("Barcelona, Venezuela", "America/Caracas"), ("Valencia, Spain", "Europe/Madrid"),
    # a US state: a city on another state's clock is a namesake
    ("Portland, Maine", "America/New_York"), ("Portland, Oregon", "America/Los_Angeles"),
    ("Athens, Georgia", "America/New_York"), ("Tbilisi, Georgia", "Asia/Tbilisi"),
    ("Atlanta, Georgia", "America/New_York"), ("Panama City, Florida", "America/Chicago"),
])
def test_the_region_typed_after_a_city_says_which_namesake(typed: str, zone: str) -> None:
    assert parse_timezone(typed) == zone


@pytest.mark.parametrize(("typed", "place", "region"), [
    ("Kingston, Canada", "Kingston", "Canada"), ("Victoria, Canada", "Victoria", "Canada"),
    ("Sydney canada", "Sydney", "canada"), ("Springfield, USA", "Springfield", "USA"),
])
def test_a_city_the_region_does_not_place_is_asked_about(typed: str, place: str,
                                                         region: str) -> None:
    """"Sydney, Canada" had been set to Sydney, Australia: asked, not guessed abroad."""
    assert parse_timezone(typed) is None
    assert several_zones(typed) == (place, region)


@pytest.mark.parametrize(("typed", "zone"), [
    ("new mexico", "America/Denver"), ("New England", "America/New_York"),
    ("Papua New Guinea", "Pacific/Port_Moresby"), ("carry on", None), ("talk to us", None),
])
def test_a_name_that_ends_in_a_regions_name_is_no_city_in_it(typed: str, zone: str) -> None:
    """"new mexico" had been Mexico City and "new england" England."""
    assert parse_timezone(typed) == zone and several_zones(typed) is None


@pytest.mark.parametrize(("typed", "zone"), [
    ("Norway", "Europe/Oslo"), ("poland", "Europe/Warsaw"), ("im in denmark", "Europe/Copenhagen"),
    ("Sweden", "Europe/Stockholm"), ("jordan", "Asia/Amman"), ("I'm in Chad", "Africa/Ndjamena"),
    ("georgia", None), ("canada", None),
])
def test_a_country_of_one_zone_is_read_alone(typed: str, zone: str | None) -> None:
    """"Norway" had been no answer at all; a country of several zones, or Georgia (a US state
    too), is still asked about. "Jordan" as the whole answer is the country, though the same
    name inside a sentence is more often a person's ("Jordan on my team")."""
    assert parse_timezone(typed) == zone
    assert zone_of_place("jordan") is None
