from datetime import UTC, datetime

import pytest

from bot.engine.text import CLOCK, local
from bot.engine.timezones import parse_hhmm, parse_quiet_hours, parse_timezone, zone


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("berlin", "Europe/Berlin"),
        ("New York", "America/New_York"),
        ("UTC", "UTC"),
        ("gmt", "Europe/London"),  # UK time, with its summer time; "UTC" stays UTC
        ("UTC+2", "UTC+02:00"),
        ("+5:30", "UTC+05:30"),
        ("GMT-3", "UTC-03:00"),
        ("utc −4", "UTC-04:00"),
        ("UTC+0545", "UTC+05:45"),
        ("UTC+0", "UTC"),
        ("Narnia", None),
        ("UTC+15", None),
        ("", None),
        ("+5:75", None),
    ],
)
def test_parse_timezone(typed, expected):
    assert parse_timezone(typed) == expected


ZONES_AS_TYPED = {
    "America/New_York": ["NYC", "new york", "New York City", "EST", "edt", "Eastern",
                         "Eastern Time", "US/Eastern", "ET", "Boston", "Washington, DC"],
    "America/Chicago": ["CST", "cdt", "Central", "Central Standard Time", "Chicago", "Houston",
                        "St Louis", "Kansas City"],
    "America/Denver": ["MST", "MDT", "Mountain", "Denver"],
    "America/Los_Angeles": ["PST", "PDT", "Pacific", "SF", "San Francisco", "LA",
                            "los angeles", "Seattle"],
    "Europe/Berlin": ["CET", "CEST", "Central European Time", "Berlin", "Munich", "Köln"],
    "Europe/Warsaw": ["Kraków", "wroclaw"],
    "Europe/Amsterdam": ["Rotterdam", "The Hague"],
    "America/Edmonton": ["Calgary"],
    # the cities people type (a UX career changer in Leeds was told to try Lisbon)
    "Europe/London": ["GMT", "BST", "London", "UK", "Leeds", "Leeds, UK", "Birmingham",
                      "Glasgow", "Bristol", "Cardiff", "Belfast", "Newcastle",
                      # "I couldn't read Inverness as a time zone"
                      "Inverness", "the Highlands", "Stirling"],
    "Europe/Dublin": ["Dublin", "Cork"],
    "Europe/Paris": ["Paris", "Paris, France", "Lyon"],
    "Asia/Kolkata": ["IST", "Mumbai", "Bombay", "Bangalore", "Bengaluru", "Delhi",
                     "New Delhi", "Kolkata", "Calcutta", "Asia/Calcutta", "India"],
    "Asia/Tokyo": ["JST", "Tokyo"],
    "Australia/Sydney": ["AEST", "AEDT", "Sydney"],
    "America/Toronto": ["Toronto", "toronto"],
    "Asia/Singapore": ["Singapore", "SGT"],
    "Asia/Dubai": ["Dubai"],
    "America/Sao_Paulo": ["São Paulo", "Sao Paulo", "SAO PAULO", "sao_paulo"],
    "America/Mexico_City": ["Mexico City", "CDMX"],
    "Africa/Lagos": ["Lagos"],
    "Africa/Nairobi": ["Nairobi"],
    "Africa/Cairo": ["Cairo"],
    "Asia/Seoul": ["Seoul", "KST"],
    "Asia/Shanghai": ["Beijing", "Shanghai"],
    "Asia/Hong_Kong": ["Hong Kong", "HK"],
    # "I couldn't read Basel as a time zone", to a chemist in Basel
    "Europe/Zurich": ["Zürich", "zurich", "Basel", "Basel, Switzerland", "Lausanne"],
}


@pytest.mark.parametrize(("typed", "expected"),
                         [(t, z) for z, typed in ZONES_AS_TYPED.items() for t in typed])
def test_names_abbreviations_and_cities(typed, expected):
    assert parse_timezone(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Bostn", "America/New_York"), ("Sidney", "Australia/Sydney"), ("Londn", "Europe/London"),
     ("Singapor", "Asia/Singapore"), ("Bangalor", "Asia/Kolkata"), ("Torontoo", "America/Toronto"),
     ("Sao Palo", "America/Sao_Paulo"), ("Chicgo", "America/Chicago")],
)
def test_a_typo_of_a_big_city_is_forgiven(typed, expected):
    assert parse_timezone(typed) == expected


@pytest.mark.parametrize("typed", ["Pari", "Saint Louis", "Seol", "Asia", "Atlantis",
                                   "Bostonian city"])
def test_a_typo_that_could_be_several_things_is_not_guessed(typed):
    assert parse_timezone(typed) is None


def test_every_zone_in_the_table_exists():
    from bot.engine.timezones import _NAMES

    for name in _NAMES:
        assert zone(name) is not None


def test_fixed_offsets():
    from bot.engine.timezones import is_fixed_offset

    assert is_fixed_offset("UTC+05:30") and is_fixed_offset("UTC")
    assert not is_fixed_offset("Europe/London") and not is_fixed_offset("UTC-3")


def test_offset_zone_and_local_time():
    noon = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert local(noon, "UTC+05:30", CLOCK) == "17:30"
    assert local(noon, "America/New_York", CLOCK) == "08:00"  # daylight time
    assert zone("UTC-03:00").utcoffset(noon).total_seconds() == -3 * 3600


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("22:00-07:30", ("22:00", "07:30")), ("22-7", ("22:00", "07:00")),
     ("21:00 to 08:00", ("21:00", "08:00")), ("9pm-8am", None), ("22-22", None), ("25-7", None)],
)
def test_parse_quiet_hours(typed, expected):
    assert parse_quiet_hours(typed) == expected


def test_parse_hhmm():
    assert parse_hhmm("7") == "07:00" and parse_hhmm("0730") == "07:30" and parse_hhmm("24") is None


def test_a_city_with_its_country_after_a_space_is_read() -> None:
    """"bristol uk" was refused while "bristol" worked."""
    from bot.engine.timezones import parse_timezone
    assert parse_timezone("bristol uk") == "Europe/London"
    assert parse_timezone("phoenix usa") == "America/Phoenix"


def test_a_country_that_disagrees_with_the_city_is_not_ignored() -> None:
    """"perth scotland" was read as Perth, Australia: reminders eight hours out. The country
    wins when it has one zone; with several, the user is asked again."""
    from bot.engine.timezones import parse_timezone
    assert parse_timezone("perth scotland") == "Europe/London"
    assert parse_timezone("london canada") is None
    assert parse_timezone("honolulu usa") == "Pacific/Honolulu"


@pytest.mark.parametrize(("typed", "zone"), [
    ("austin tx", "America/Chicago"), ("Austin, TX", "America/Chicago"),
    ("plano texas", "America/Chicago"), ("the woodlands tx", "America/Chicago"),
    ("brooklyn ny", "America/New_York"), ("savannah, ga", "America/New_York"),
    ("denver co", "America/Denver"), ("boise id", "America/Boise"),
    ("tbilisi georgia", "Asia/Tbilisi"),  # the country, which the city says
    ("perth wa", "Australia/Perth"),  # Western Australia, not Washington
    # cities on the other side of their state's zone line: "el paso tx" had been Central
    ("el paso tx", "America/Denver"), ("Pensacola, FL", "America/Chicago"),
    ("knoxville tn", "America/New_York"),
    # a namesake on a clock its state does not keep: Manhattan, Kansas had been New York
    ("manhattan ks", "America/Chicago"), ("Manhattan, Kansas", "America/Chicago"),
])
def test_a_us_state_after_the_city_is_read(typed: str, zone: str) -> None:
    """Americans write the state after the city; "austin tx" was refused while "austin" was
    read, and a town the zone list does not know takes its state's zone."""
    from bot.engine.timezones import parse_timezone
    assert parse_timezone(typed) == zone


@pytest.mark.parametrize("typed", ["i dont know or", "not sure in", "maybe me"])
def test_a_state_code_that_is_a_word_needs_a_comma(typed: str) -> None:
    from bot.engine.timezones import parse_timezone
    assert parse_timezone(typed) is None


@pytest.mark.parametrize(("typed", "zone"), [
    ("birmingham al", "America/Chicago"), ("athens ga", "America/New_York"),
    ("melbourne fl", "America/New_York"), ("london ky", "America/New_York"),
    ("paris tx", "America/Chicago"),
])
def test_a_us_state_wins_over_a_foreign_city_of_the_same_name(typed: str, zone: str) -> None:
    """"birmingham al" was read as England and "melbourne fl" as Australia: the state says
    which Birmingham."""
    from bot.engine.timezones import parse_timezone
    assert parse_timezone(typed) == zone


@pytest.mark.parametrize(("typed", "expected"), [
    ("I'm in Leeds, so UK time.", "Europe/London"), ("im in leeds", "Europe/London"),
    ("based in chicago", "America/Chicago"), ("I live in Lagos", "Africa/Lagos"),
    ("in berlin rn", "Europe/Berlin"), ("London time pls", "Europe/London"),
    ("I am in Toronto, thanks", "America/Toronto"), ("Brum, so UK time", "Europe/London"),
    ("Pune, so IST", "Asia/Kolkata"),
    # a zone's name and a place, together: "Central time, I'm in Chicago" was not read
    ("Central time, I'm in Chicago", "America/Chicago"), ("Pacific time, Seattle",
     "America/Los_Angeles"), ("mountain time (denver)", "America/Denver"),
    ("uk time i live in leeds", "Europe/London"), ("UK - north", "Europe/London"),
    ("pacific time, LA", "America/Los_Angeles"),  # not Louisiana
    # the city after the zone's name says more: Phoenix keeps no summer time, Denver does
    ("MST, phoenix az", "America/Phoenix"), ("EST, toronto", "America/Toronto"),
    ("central, winnipeg", "America/Winnipeg"),
    # ... and before it: "Toronto, Canada (EST)" was New York; "ohio! columbus" was unread
    ("Toronto, Canada (EST)", "America/Toronto"), ("mst, phoenix az", "America/Phoenix"),
    ("ohio! columbus", "America/New_York"),
])
def test_a_city_said_in_a_sentence_is_read(typed, expected):
    """"I'm in Leeds, so UK time." was "I couldn't read … as a time zone"."""
    assert parse_timezone(typed) == expected


@pytest.mark.parametrize("typed", ["I'm from Lagos but live in London", "I'm in", "in"])
def test_where_someone_is_from_is_not_where_they_are(typed):
    assert parse_timezone(typed) is None


@pytest.mark.parametrize("typed", ["Nashville", "nashville tn", "Memphis"])
def test_tennessee_cities_are_on_central_time(typed):
    """Keisha typed "Nashville" and was set to New York time: every reminder an hour off."""
    assert parse_timezone(typed) == "America/Chicago"


@pytest.mark.parametrize(("typed", "expected"), [
    # was "I couldn't read pune for now, shifting to london in march as a time zone."
    ("pune for now, shifting to london in march", "Asia/Kolkata"),
    ("pune for now", "Asia/Kolkata"),
    ("london from march, pune till then", "Asia/Kolkata"),
    ("pune for now shifting to london in march", "Asia/Kolkata"),
    ("Currently Pune; shifting to London in March", "Asia/Kolkata"),
    ("moving to london next month, in pune rn", "Asia/Kolkata"),
    ("in pune, moving to london in march", "Asia/Kolkata"),
    ("I'm moving to London in March but currently in Pune", "Asia/Kolkata"),
    ("Bangalore at the moment, relocating to Berlin in June", "Asia/Kolkata"),
    ("Toronto for the time being, Vancouver from September", "America/Toronto"),
    ("nyc till august then sf", "America/New_York"),
    ("I'm from Lagos but currently live in London", "Europe/London"),
    # where they will be, or were, is not where they are: asked again
    ("moving to london in march", None),
    ("I'm from Lagos, moving to London", None),
])
def test_where_someone_is_now_wins_over_where_they_will_be(typed, expected):
    """Reminders go to where the user is; the move is changed in /settings when it happens."""
    assert parse_timezone(typed) == expected


def test_a_us_state_after_the_city_wins_over_a_namesake_abroad() -> None:
    """"Norfolk, VA" was set to Pacific/Norfolk (Norfolk Island): reminders 16 hours off for
    a Virginian."""
    from bot.engine.timezones import parse_timezone

    assert parse_timezone("Norfolk, VA") == "America/New_York"
    assert parse_timezone("Norfolk Virginia") == "America/New_York"
    assert parse_timezone("tbilisi georgia") == "Asia/Tbilisi"
    assert parse_timezone("Perth, WA") == "Australia/Perth"


@pytest.mark.parametrize(("typed", "expected"), [
    ("atl", "America/New_York"), ("im in atl", "America/New_York"), ("nola", "America/Chicago"),
    ("chi", "America/Chicago"), ("phx", "America/Phoenix"), ("ldn", "Europe/London"),
    ("manila ph", "Asia/Manila"), ("davao ph", "Asia/Manila"), ("mnl", "Asia/Manila"),
])
def test_a_city_typed_short_is_read(typed, expected):
    """"atl" got "I couldn't read atl as a time zone"; so did "manila ph"."""
    assert parse_timezone(typed) == expected


@pytest.mark.parametrize(("typed", "zone"), [
    ("london innit", "Europe/London"), ("bangalore IST", "Asia/Kolkata"),
    ("im in london lol", "Europe/London"), ("vancouver bc", "America/Vancouver"),
    ("toronto ON", "America/Toronto"), ("in melbourne mate", "Australia/Melbourne"),
])
def test_a_place_among_chat_words_is_read(typed: str, zone: str) -> None:
    """"london innit" got "I couldn't read london innit as a time zone. Try a city like
    Lisbon", and "bangalore IST" was refused though each word is read alone."""
    from bot.engine.timezones import parse_timezone
    assert parse_timezone(typed) == zone


@pytest.mark.parametrize("typed", ["london or nyc", "i dont know", "the usual", "tomorrow at 5"])
def test_words_naming_no_place_or_two_are_not_read(typed: str) -> None:
    from bot.engine.timezones import parse_timezone
    assert parse_timezone(typed) is None


@pytest.mark.parametrize(("typed", "expected"), [
    ("Cebu", "Asia/Manila"), ("kochi", "Asia/Kolkata"), ("Kerala", "Asia/Kolkata"),
    ("mombasa", "Africa/Nairobi"), ("Port Harcourt", "Africa/Lagos"), ("Kumasi", "Africa/Accra"),
    ("durban", "Africa/Johannesburg"), ("Islamabad", "Asia/Karachi"),
])
def test_a_city_people_move_from_is_read(typed, expected):
    """A nurse in Cebu got "I couldn't read Cebu as a time zone"."""
    assert parse_timezone(typed) == expected
