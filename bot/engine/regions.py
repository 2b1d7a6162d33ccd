"""Where the clock changes inside a country: the US states and their zones, Canada's
provinces and Australia's states, and countries as people write them. Data for reading a
place typed with its region after it ("austin tx", "London, Ontario")."""

from __future__ import annotations

EAST, CENTRAL, MOUNTAIN, PACIFIC = ("America/New_York", "America/Chicago",
                                      "America/Denver", "America/Los_Angeles")
STATES: dict[str, tuple[str, str]] = {  # two-letter code: (name, the zone most of it keeps)
    "al": ("alabama", CENTRAL), "ak": ("alaska", "America/Anchorage"),
    "az": ("arizona", "America/Phoenix"), "ar": ("arkansas", CENTRAL),
    "ca": ("california", PACIFIC), "co": ("colorado", MOUNTAIN),
    "ct": ("connecticut", EAST), "de": ("delaware", EAST), "dc": ("district of columbia", EAST),
    "fl": ("florida", EAST), "ga": ("georgia", EAST), "hi": ("hawaii", "Pacific/Honolulu"),
    "id": ("idaho", "America/Boise"), "il": ("illinois", CENTRAL),
    "in": ("indiana", "America/Indiana/Indianapolis"), "ia": ("iowa", CENTRAL),
    "ks": ("kansas", CENTRAL), "ky": ("kentucky", EAST), "la": ("louisiana", CENTRAL),
    "me": ("maine", EAST), "md": ("maryland", EAST), "ma": ("massachusetts", EAST),
    "mi": ("michigan", "America/Detroit"), "mn": ("minnesota", CENTRAL),
    "ms": ("mississippi", CENTRAL), "mo": ("missouri", CENTRAL), "mt": ("montana", MOUNTAIN),
    "ne": ("nebraska", CENTRAL), "nv": ("nevada", PACIFIC), "nh": ("new hampshire", EAST),
    "nj": ("new jersey", EAST), "nm": ("new mexico", MOUNTAIN), "ny": ("new york", EAST),
    "nc": ("north carolina", EAST), "nd": ("north dakota", CENTRAL), "oh": ("ohio", EAST),
    "ok": ("oklahoma", CENTRAL), "or": ("oregon", PACIFIC), "pa": ("pennsylvania", EAST),
    "ri": ("rhode island", EAST), "sc": ("south carolina", EAST),
    "sd": ("south dakota", CENTRAL), "tn": ("tennessee", CENTRAL), "tx": ("texas", CENTRAL),
    "ut": ("utah", MOUNTAIN), "vt": ("vermont", EAST), "va": ("virginia", EAST),
    "wa": ("washington", PACIFIC), "wv": ("west virginia", EAST),
    "wi": ("wisconsin", CENTRAL), "wy": ("wyoming", MOUNTAIN),
    # territories, written the same way ("San Juan, PR")
    "pr": ("puerto rico", "America/Puerto_Rico"), "gu": ("guam", "Pacific/Guam"),
    "vi": ("us virgin islands", "America/St_Thomas")}
"""A US state typed after the city ("austin tx", "plano texas"): the city's own zone when it
is an American one the state keeps, else the state's."""
SPLIT_STATES = {"ak": "America/Adak", "az": MOUNTAIN, "fl": CENTRAL, "id": PACIFIC,
                 "in": CENTRAL, "ks": MOUNTAIN, "ky": CENTRAL, "mi": CENTRAL, "nd": MOUNTAIN,
                 "ne": MOUNTAIN, "or": MOUNTAIN, "sd": MOUNTAIN, "tn": EAST, "tx": MOUNTAIN}
"""States a zone line crosses, and the clock beyond it: a city there may keep that clock ("el
paso tx"); a city on any other is a namesake ("portland maine" is not Oregon, "manhattan ks"
not New York)."""
WORD_CODES = frozenset({"al", "co", "de", "ga", "hi", "id", "in", "la", "ma", "me", "ne", "oh",
                         "ok", "or", "pa", "pr", "vi"})
"""Codes that are also words ("i dont know or"): a state only after a comma or a known city."""
REGION_NAMES = {
    "uk": "GB", "united kingdom": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "usa": "US", "us": "US", "united states": "US",
    "united states of america": "US", "america": "US", "south korea": "KR", "north korea": "KP",
    "burma": "MM", "swaziland": "SZ", "czechia": "CZ", "ivory coast": "CI", "holland": "NL",
    "the netherlands": "NL", "uae": "AE", "emirates": "AE", "drc": "CD", "turkiye": "TR",
    "timor leste": "TL", "cabo verde": "CV", "vatican": "VA", "macao": "MO", "ph": "PH",
    "nz": "NZ", "american samoa": "AS", "us virgin islands": "VI", "usvi": "VI",
    "british virgin islands": "VG", "bvi": "VG"}
"""Countries as people write them, where tzdata's names differ ("Britain (UK)")."""
PROVINCES = {
    "America/Toronto": "ontario|on|quebec|qc", "America/Vancouver": "british columbia|bc",
    "America/Edmonton": "alberta|ab|northwest territories|nwt", "America/Regina": "saskatchewan|sk",
    "America/Winnipeg": "manitoba|mb", "America/Halifax": "nova scotia|ns|prince edward island|pei",
    "America/Moncton": "new brunswick|nb", "America/Whitehorse": "yukon",
    "America/St_Johns": "newfoundland|newfoundland and labrador|nl",
    "Australia/Sydney": "new south wales|nsw|act", "Australia/Melbourne": "victoria|vic",
    "Australia/Brisbane": "queensland|qld", "Australia/Perth": "western australia",
    "Australia/Adelaide": "south australia", "Australia/Hobart": "tasmania|tas",
    "Australia/Darwin": "northern territory|nt"}
"""Canada's provinces and Australia's states, typed after the city ("London, Ontario")."""
