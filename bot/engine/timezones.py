"""Reading a time zone the way people type it: an IANA name, a city, an abbreviation or a
UTC offset.

People type what they say ("NYC", "Eastern", "IST", "São Paulo"), not IANA names, so a
small table of names, abbreviations and big cities comes before the IANA index; a typo is
forgiven only when it points to one zone. Abbreviations are read the way the users we expect
mean them: "CST" is US Central, "IST" India, "GMT"/"BST" UK time (with its summer time).
"""

from __future__ import annotations

import importlib.resources
import re
import unicodedata
import zoneinfo
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path

from bot.engine.regions import PROVINCES as _PROVINCES
from bot.engine.regions import REGION_NAMES as _REGION_NAMES
from bot.engine.regions import SPLIT_STATES as _SPLIT_STATES
from bot.engine.regions import STATES as _STATES
from bot.engine.regions import WORD_CODES as _WORD_CODES

# Offered as buttons at onboarding and in /settings: (label, zone).
COMMON_ZONES: tuple[tuple[str, str], ...] = (
    ("London", "Europe/London"),
    ("Berlin / Paris", "Europe/Berlin"),
    ("New York", "America/New_York"),
    ("Chicago", "America/Chicago"),
    ("Los Angeles", "America/Los_Angeles"),
    ("São Paulo", "America/Sao_Paulo"),
    ("India", "Asia/Kolkata"),
    ("Singapore", "Asia/Singapore"),
    ("Sydney", "Australia/Sydney"),
    ("UTC", "UTC"),
)

# What people type → zone. Keys are lower-case, without accents or punctuation.
_NAMES: dict[str, tuple[str, ...]] = {
    "America/New_York": (
        "est", "edt", "et", "eastern", "us eastern", "nyc", "new york city", "ny", "manhattan",
        "brooklyn", "boston", "washington", "washington dc", "dc", "philadelphia", "philly",
        "atlanta", "atl", "miami", "us/eastern", "baltimore", "pittsburgh", "charlotte", "raleigh",
        "orlando", "tampa", "cleveland", "columbus", "cincinnati", "indianapolis",
        "knoxville", "chattanooga",
        "jacksonville", "richmond", "buffalo", "newark", "jersey city", "new jersey", "nj",
        "connecticut", "hartford", "providence", "florida", "virginia", "ohio",
        "north carolina", "massachusetts", "pennsylvania", "maryland", "michigan",
        "new england"),
    "America/Chicago": ("cst", "cdt", "ct", "central", "us central", "dallas", "houston",
                        "austin", "minneapolis", "chi", "chitown", "nola", "satx", "dfw", "htx",
                        "us/central", "san antonio", "st louis",
                        "kansas city", "milwaukee", "new orleans", "oklahoma city", "memphis",
                        "nashville", "birmingham al",
                        "madison", "texas", "illinois", "minnesota", "wisconsin",
                        # in states most of which keep another zone
                        "pensacola", "panama city fl", "evansville", "gary", "bowling green ky",
                        "paducah"),
    "America/Denver": ("mst", "mdt", "mountain", "us mountain", "salt lake city",
                       "us/mountain", "colorado", "albuquerque", "boulder", "denver",
                       # in states most of which keep another zone
                       "el paso", "rapid city", "scottsbluff", "garden city ks"),
    "America/Phoenix": ("arizona", "tucson", "scottsdale", "phx"),
    "America/Los_Angeles": (
        "pst", "pdt", "pt", "pacific", "us pacific", "sf", "san francisco", "bay area",
        "silicon valley", "la", "seattle", "san diego", "san jose", "portland", "us/pacific",
        "oakland", "sacramento", "las vegas", "california", "washington state", "oregon"),
    "America/Anchorage": ("akst", "akdt", "alaska"),
    "Pacific/Honolulu": ("hst", "hawaii"),
    "America/Mexico_City": ("cdmx", "mexico"),
    "America/Sao_Paulo": ("brt", "rio", "rio de janeiro", "brazil", "brasilia"),
    "America/Argentina/Buenos_Aires": ("buenos aires", "argentina", "art"),
    "Europe/London": ("gmt", "bst", "uk", "ldn", "britain", "england", "great britain",
                      "manchester", "edinburgh", "scotland", "wales", "united kingdom", "leeds",
                      "birmingham", "glasgow", "liverpool", "bristol", "sheffield", "newcastle",
                      "cardiff", "nottingham", "leicester", "brighton", "oxford", "cambridge",
                      "southampton", "portsmouth", "york", "coventry", "aberdeen", "dundee",
                      "swansea", "bradford", "hull", "reading", "milton keynes", "bath", "exeter",
                      "plymouth", "norwich", "derby", "stoke", "wolverhampton", "sunderland",
                      "preston", "belfast", "northern ireland", "inverness", "stirling",
                      "highlands", "the highlands", "middlesbrough", "blackpool", "bournemouth",
                      "luton", "wrexham"),
    "Europe/Dublin": ("ireland", "cork", "galway", "limerick"),
    "Europe/Lisbon": ("wet", "west", "portugal", "porto"),
    "Europe/Berlin": ("cet", "cest", "central european", "germany", "munich", "frankfurt",
                      "hamburg", "mez", "cologne", "koln", "dusseldorf", "stuttgart", "leipzig",
                      "dresden", "hanover", "hannover", "nuremberg", "nurnberg", "bonn"),
    "Europe/Paris": ("france", "lyon", "marseille", "toulouse", "bordeaux", "lille", "nantes",
                     "strasbourg"),
    "Europe/Madrid": ("spain", "barcelona", "valencia", "seville", "sevilla", "bilbao", "malaga"),
    "Europe/Rome": ("italy", "milan", "florence", "naples", "turin", "bologna", "venice"),
    "Europe/Amsterdam": ("netherlands", "holland", "rotterdam", "utrecht", "the hague",
                         "eindhoven"),
    "Europe/Brussels": ("belgium", "antwerp"),
    "Europe/Vienna": ("austria", "salzburg", "innsbruck", "graz", "linz"),
    "Europe/Warsaw": ("poland", "krakow", "gdansk", "wroclaw", "poznan"),
    "Europe/Stockholm": ("sweden", "gothenburg", "malmo"),
    "Europe/Copenhagen": ("denmark", "aarhus"),
    "Europe/Oslo": ("norway", "bergen", "trondheim"),
    "Europe/Helsinki": ("finland", "tampere"),
    "Europe/Zurich": ("switzerland", "geneva", "basel", "bern", "lausanne"),
    "Europe/Athens": ("eet", "eest", "eastern european", "greece"),
    "Europe/Kyiv": ("kiev", "ukraine"),
    "Europe/Moscow": ("msk", "russia"),
    "Asia/Jerusalem": ("israel", "tel aviv"),
    "Asia/Kolkata": ("ist", "india", "mumbai", "bombay", "bangalore", "bengaluru", "delhi",
                     "new delhi", "chennai", "madras", "hyderabad", "pune", "calcutta", "kochi",
                     "cochin", "kerala", "trivandrum", "thiruvananthapuram", "ahmedabad",
                     "jaipur", "lucknow", "coimbatore", "chandigarh", "noida", "gurgaon", "goa"),
    "Asia/Karachi": ("pkt", "pakistan", "lahore", "islamabad", "rawalpindi"),
    "Asia/Dubai": ("gst", "uae", "abu dhabi"),
    "Asia/Riyadh": ("saudi arabia",),
    "Asia/Shanghai": ("china", "beijing", "shenzhen", "guangzhou"),
    "Asia/Hong_Kong": ("hk", "hkt"),
    "Asia/Taipei": ("taiwan",),
    "Asia/Tokyo": ("jst", "japan", "osaka", "kyoto", "yokohama"),
    "Asia/Seoul": ("kst", "korea", "south korea", "busan"),
    "Asia/Singapore": ("sgt",),
    "Asia/Kuala_Lumpur": ("kl", "malaysia"),
    "Asia/Manila": ("pht", "philippines", "ph", "mnl", "metro manila", "cebu", "davao",
                    "quezon city", "makati", "pasig", "taguig", "iloilo", "baguio"),
    "Asia/Jakarta": ("wib", "indonesia"),
    "Asia/Bangkok": ("ict", "thailand"),
    "Asia/Ho_Chi_Minh": ("saigon", "ho chi minh city", "vietnam", "hanoi"),
    "Asia/Dhaka": ("bangladesh",),
    "Australia/Sydney": ("aest", "aedt", "canberra", "new south wales", "nsw"),
    "Australia/Adelaide": ("acst", "acdt"),
    "Australia/Perth": ("awst",),
    "Pacific/Auckland": ("nzst", "nzdt", "nz", "new zealand", "wellington", "christchurch"),
    "Africa/Lagos": ("wat", "nigeria", "abuja", "ibadan", "port harcourt", "enugu", "kano"),
    "Africa/Nairobi": ("eat", "kenya", "mombasa", "kisumu", "nakuru", "eldoret"),
    "Africa/Cairo": ("egypt",),
    "Africa/Johannesburg": ("sast", "south africa", "cape town", "durban", "pretoria", "joburg"),
    "Africa/Accra": ("ghana", "kumasi"),
    "America/Toronto": ("ontario", "ottawa", "montreal", "quebec", "hamilton", "waterloo"),
    "America/Vancouver": ("british columbia", "victoria bc"),
    "America/Edmonton": ("alberta", "calgary"),
    "Asia/Qatar": ("qatar", "doha"),
    "America/Bogota": ("colombia",),
    "America/Lima": ("peru",),
    "America/Santiago": ("chile",),
    "Europe/Istanbul": ("turkey",),
}
_ALIASES = {alias: name for name, aliases in _NAMES.items() for alias in aliases}
# Old IANA names still in the database, and the names they now go by.
_LEGACY = {"Asia/Calcutta": "Asia/Kolkata", "Asia/Saigon": "Asia/Ho_Chi_Minh",
           "Europe/Kiev": "Europe/Kyiv", "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
           "Asia/Katmandu": "Asia/Kathmandu", "Asia/Rangoon": "Asia/Yangon"}
_OLD_REGIONS = ("US/", "Canada/", "Brazil/", "Mexico/", "Chile/", "Etc/", "SystemV/")
_NOISE = re.compile(r"\b(?:standard|daylight|summer|time(?:\s*zone)?|timezone|zone|tz)\b")

_STATE_ZONE = {k: z for code, (name, z) in _STATES.items() for k in (code, name)}
_STATE_CODE = {k: code for code, (name, _) in _STATES.items() for k in (code, name)}
_STATE = re.compile(r"(,?)\s+(" + "|".join(sorted(_STATE_ZONE, key=len, reverse=True)) + r")$")


def _tzdata_file(name: str) -> bytes:
    """A file of the tz database ("zone.tab", "Europe/Paris"), from the tzdata package or
    the system's copy; b"" when neither has it."""
    try:
        return importlib.resources.files("tzdata.zoneinfo").joinpath(*name.split("/")).read_bytes()
    except (ImportError, OSError, TypeError):
        found = [Path(base, name) for base in zoneinfo.TZPATH if Path(base, name).is_file()]
        return found[0].read_bytes() if found else b""


@lru_cache(maxsize=1)
def _regions() -> dict[str, tuple[frozenset[str], str | None]]:
    """Country, territory or province (plain) → (its zones, its own zone when one zone is
    its own), from tzdata's zone.tab and iso3166.tab: a city typed with it is read there."""
    rows = [line.split("\t") for line in _tzdata_file("zone.tab").decode().splitlines()
            if line and not line.startswith("#")]
    names: dict[str, list[str]] = {}
    for line in _tzdata_file("iso3166.tab").decode().splitlines():
        code, _, name = line.partition("\t") if not line.startswith("#") else ("", "", "")
        name = re.sub(r"\s*\(.*\)", "", name)  # "Korea (South)": "korea", both Koreas
        # "Antigua & Barbuda" is said "Antigua and Barbuda", or "Antigua"
        for said in {_plain(name), _plain(name.replace("&", " and ")),
                     _plain(name.partition("&")[0])} - {""}:
            names.setdefault(said, []).append(code)
    for alias, code in _REGION_NAMES.items():
        names.setdefault(alias, []).append(code)
    regions: dict[str, tuple[frozenset[str], str | None]] = {}
    for name, codes in names.items():
        zones = frozenset(r[2] for r in rows if len(r) > 2 and r[0] in codes)
        main = [r[2] for r in rows if len(r) > 3 and r[0] in codes and re.search(
            r"^most of|\(mainland\)$", r[3])]
        home = (next(iter(zones)) if len(zones) == 1 else _ALIASES.get(name) or (
            main[0] if len(main) == 1 else None))
        if zones:
            regions[name] = zones, home if home in zones else None
    for zone_name, said in _PROVINCES.items():
        regions.update({key: (frozenset({zone_name}), zone_name) for key in said.split("|")})
    return regions


@lru_cache(maxsize=1)
def _region_end() -> re.Pattern[str]:
    """A place, then a region's name ending the answer: "san juan, puerto rico"."""
    keys = "|".join(re.escape(k) for k in sorted(_regions(), key=len, reverse=True))
    return re.compile(rf"^(?P<city>.+?)(?P<comma>,)?\s+(?P<region>{keys})$")


@lru_cache(maxsize=1)
def _namesakes_index() -> dict[str, frozenset[str]]:
    """A city's plain name → every zone named after it ("cordoba": Argentina's)."""
    found: dict[str, set[str]] = {}
    for name in zoneinfo.available_timezones():
        if "/" in name and not name.startswith(("Etc/", "SystemV/")):
            found.setdefault(_plain(name.rsplit("/", 1)[-1]), set()).add(name)
    return {city: frozenset(zones) for city, zones in found.items()}


@lru_cache(maxsize=4096)
def _same_zone(a: str, b: str) -> bool:
    """Whether two names are one zone (a link: "Australia/Victoria" is Melbourne)."""
    return a == b or (bool(data := _tzdata_file(a)) and data == _tzdata_file(b))


def _in_region(raw: str) -> tuple[str, str | None] | None:
    """(region, zone) for a place typed with its country, territory or province after it
    ("San Juan, Puerto Rico", "perth scotland", "London, Ontario"): the city's zone when
    that region keeps it, else the region's own zone, else None (it has several and the
    city says none of them). None when no region ends the answer."""
    soft = ", ".join(p for p in (_plain(part) for part in raw.split(",")) if p)
    found = _region_end().match(soft)
    if not found or soft in _STATE_ZONE or soft in _regions() or _plain(soft) in _zone_index():
        return None  # "new mexico", "northern ireland": one name, no city before it
    city, region = found["city"].strip(" ,"), found["region"]
    if len(city.split()) > 4 or city in _COMPASS | {"new", "greater", "little"} or (
            region in ("on", "us", "act") and not found["comma"] and not _namesakes(city)):
        return None  # "new england"; "i dont know or": a word, not a place
    zones, home = _regions()[region]
    if region in _STATE_ZONE and not any(z in zones for z in _namesakes(city)):
        return None  # "atlanta georgia" is the state; "tbilisi georgia" the country
    inner = _in_region(city)  # "Paris, Ontario, Canada": the province says more
    if inner and inner[1]:
        return region, inner[1]
    said = _namesakes(city)
    zone = next((z for z in said if z in zones), None) or next(
        (z for c in said for z in sorted(zones) if _same_zone(c, z)), None)
    return region, zone or home


def _namesakes(city: str) -> list[str]:
    """The zones a city's name may mean: its alias first, then zones named after it."""
    plain = " ".join(_plain(city).split())
    alias = _zone_index().get(plain)
    return [*([alias] if alias else []), *sorted(_namesakes_index().get(plain, ()))]


def several_zones(text: str) -> tuple[str, str] | None:
    """(place, region) as typed, when the region keeps several zones and the place says
    none of them ("Kingston, Canada"), so the user can be asked which; else None."""
    text = _SAID_TAIL.sub("", _SAID_WHERE.sub("", text.strip())).strip()
    found = _in_region(text)
    if not found or found[1]:
        return None
    words = text.replace(",", " ").split()
    size = len(found[0].split())
    return " ".join(words[:-size]), " ".join(words[-size:])


_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def _plain(text: str) -> str:
    """Lower case, accents dropped, punctuation as spaces: "São Paulo!" → "sao paulo",
    "St. John's" → "st johns"."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("'", "").replace("’", ""))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w/+\-−:]+", " ", text.replace("_", " "))
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _zone_index() -> dict[str, str]:
    """Plain full names and city parts → canonical IANA name, then the table above."""
    index: dict[str, str] = {}
    for name in sorted(zoneinfo.available_timezones()):
        if "/" not in name or name.startswith(("Etc/", "SystemV/")):
            continue
        canonical = _LEGACY.get(name, name)
        index[_plain(name)] = canonical
        if not name.startswith(_OLD_REGIONS):
            index.setdefault(_plain(name.rsplit("/", 1)[-1]), canonical)
    index.update(_ALIASES)
    for state, zone_name in _STATE_ZONE.items():  # "new mexico" is no Mexico; "georgia" is
        if len(state) > 2 and state != "georgia":  # a country too
            index.setdefault(state, zone_name)
    index["utc"] = index["z"] = index["zulu"] = index["universal"] = "UTC"
    for name, (_, home) in _regions().items():  # "Norway", "Poland": a country of one zone
        if home and len(name) > 3 and name not in _GIVEN_NAMES and not name.startswith("the "):
            index.setdefault(name, home)
    return index


_GIVEN_NAMES = frozenset({"georgia", "jordan", "chad"})
"""Countries whose names are people's first: read as places only where a city says which."""


_SAID_WHERE = re.compile(
    r"^\W*(?:(?:i'?m|im|i\s+am|i\s+live|we'?re|we\s+are|we\s+live|currently|living|based|"
    r"located|sitting)\s+)*(?:(?:based|living|located|right|just)\s+)?(?:in|near|outside|"
    r"around)\s+", re.IGNORECASE)
_SAID_TAIL = re.compile(r"(?:[\s,.!]+(?:rn|right\s+now|atm|at\s+the\s+moment|now|these\s+days|"
                        r"pls|please|thanks|thank\s+you|ty|cheers))+[\s.!]*$", re.IGNORECASE)


_SO_ZONE = re.compile(r"[,;]?\s+(?:so|ie|i\.e\.|which\s+is|that'?s|aka)\s+(.+?)[\s.!]*$",
                      re.IGNORECASE)


def parse_timezone(text: str) -> str | None:
    """Canonical zone name for what the user typed, or None if it is not one.

    Offsets become `UTC+05:30` (fixed, no daylight saving); names, abbreviations and
    cities are matched without regard to case or accents; "Paris, France" is Paris; "I'm in
    Leeds, so UK time." is Leeds; "pune for now, shifting to london in march" is Pune.
    """
    raw = text.strip()
    return (_where_now(raw) or _read(raw) or _in_words(raw)) if raw else None


def zone_of_place(words: str) -> str | None:
    """The zone of a place named exactly ("lisbon", "south korea"): no guess at a typo,
    compass point or zone abbreviation, since this reads a word inside a sentence, where
    "parts" is not Paris and "west" is no place."""
    key = _plain(words.casefold())
    if len(key) < 4 or key in _COMPASS or key in _NOT_PLACE_NAMES:
        return None
    return _zone_index().get(key)


_NOT_PLACE_NAMES = frozenset({"christmas", "wake", "pacific", "mountain", "atlantic", "indian",
                              "arctic", "antarctica", "universal", "zulu", "central european",
                              "eastern european"})
"""Zone names that are words or regions before they are places ("over christmas")."""


def _in_words(raw: str) -> str | None:
    """The places named among other words, when they all agree: "london innit", "bangalore
    IST", "im in london lol", "vancouver bc"; None when two places disagree."""
    index = _zone_index()
    words = re.findall(r"[^\W_][\w'.-]*", raw.casefold())
    if len(words) > 8 or re.search(r"\d", raw) or _LATER_SAID.search(raw) or _in_region(
            raw):  # "UTC+15", "moving to london in march", "london canada": not these
        return None
    found: list[tuple[str, str]] = []
    at = 0
    while at < len(words):
        for size in (3, 2, 1):
            span = " ".join(words[at:at + size]).strip(".")
            if len(words[at:at + size]) == size and (len(span) > 2 or size > 1) and span in index:
                found.append((span, index[span]))
                at += size
                break
        else:
            at += 1
    if not found or len({_standard(zone) for _, zone in found}) > 1:
        return None
    cities = [zone for span, zone in found if not _ZONE_WORD.fullmatch(span)]
    return (cities or [found[0][1]])[0]


def _read(raw: str) -> str | None:
    """The zone in an answer that names one place, or names it more than once; a place
    typed with its region is read there, or not at all ("Kingston, Canada": which?)."""
    said = _SAID_TAIL.sub("", _SAID_WHERE.sub("", raw)).strip()
    named = _plain(said or raw)
    if named in _GIVEN_NAMES and named != "georgia":  # "Jordan" alone, as the answer: the
        return _regions()[named][1]  # country (Georgia is a US state too: which?)
    region = _in_region(said or raw)
    if region:
        return region[1]
    zone = _parse(said) if said and said != raw else None
    so = _SO_ZONE.search(raw)  # "Brum, so UK time": the zone said after the place
    return _more_exact(raw, zone or _parse(raw) or (_parse(so.group(1)) if so else None)
                       or _in_parts(raw))


_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_SOME_TIME = (rf"(?:then|{_MONTH}|(?:the\s+)?(?:new\s+year|summer|spring|autumn|fall|winter)|"
              r"\d{4}|next\s+(?:week|month|year|term)|(?:a\s+few|\d+|a|one|two|three|six)\s+"
              r"(?:weeks?|months?|years?))")
_NOW_SAID = re.compile(r"\b(?:for\s+now|for\s+the\s+(?:time\s+being|moment)|(?:at\s+)?the\s+"
                       r"moment|currently|presently|at\s+present|right\s+now|rn|atm|now|these\s+"
                       r"days|nowadays|today|temporarily|still|(?:till|until|til|untill|up\s*to|"
                       rf"through|thru)\s+{_SOME_TIME})\b", re.IGNORECASE)
"""What says a place is where someone is now: "pune for now", "pune till then"."""
_LATER_SAID = re.compile(r"\b(?:mov(?:e|ed|ing)|shift(?:ed|ing)?|relocat(?:e|ed|ing)|"
                         r"head(?:ed|ing)|transferr?(?:ed|ing)?|will|i'?ll|gonna|going\s+to|"
                         r"plan(?:ning)?\s+to|soon|later|eventually|afterwards?|then|after\s+"
                         r"that|(?:from|by|after|starting|in|come|end\s+of|early|mid|late)\s+"
                         rf"{_SOME_TIME})\b",
                         re.IGNORECASE)
"""What says a place is where someone will be: "shifting to london in march"."""
_CLAUSE = re.compile(r"\s*[,;()]\s*|\.\s+|\s+[-\u2013\u2014]+\s+|\s+(?:but|and|though|although|"
                     r"while|whereas)\s+|(?<!\btill)(?<!\buntil)(?<!\btil)\s+(?=(?:then|after\s+"
                     r"that|shifting|moving|relocating|heading|going|off|will|i'?ll|gonna|"
                     r"planning)\b)", re.IGNORECASE)
"""Where one part of an answer ends: "pune for now | shifting to london in march" ("till
then" is one part)."""
_CLAUSE_LEAD = re.compile(r"^(?:(?:and|but|then|so|though|i|i'?m|im|am|we|we'?re|are|be|to|in|"
                          r"at|into|over|back|out|off|about|going|gonna|hoping|based|living|live|"
                          r"staying|stay|working|located|sitting|just)\b[\s,.]*)+", re.IGNORECASE)


def _where_now(raw: str) -> str | None:
    """Where someone is now, when the answer also says where they will be ("pune for now,
    shifting to london in march", "london from march, pune till then"): reminders go to
    where they are. None when the answer says nothing of when, or names no place now."""
    read = []
    for clause in (c for c in _CLAUSE.split(raw) if c and c.strip()):
        now, later = _NOW_SAID.search(clause), _LATER_SAID.search(clause)
        place = _CLAUSE_LEAD.sub("", _LATER_SAID.sub(" ", _NOW_SAID.sub(" ", clause)).strip())
        read.append((bool(now), bool(later), _read(place.strip(" .!")) if place else None))
    if not any(now or later for now, later, _ in read):
        return None
    here = [z for now, _, z in read if now and z] or [
        z for now, later, z in read if not now and not later and z]
    return here[0] if here else None


_PARTS = re.compile(r"[,;()/!]|\s+-\s+|\s+(?=(?:i'?m|im|i\s+am|i\s+live|we'?re|based)\s+in\b)",
                    re.IGNORECASE)


_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "midlands", "central"})


def _in_parts(raw: str) -> str | None:
    """The zone in one part of a longer answer: "Central time, I'm in Chicago", "mountain
    time (denver)", "uk time i live in leeds"; the first part read wins ("pacific time, LA"
    is Los Angeles, not Louisiana)."""
    parts = [p.strip() for p in _PARTS.split(raw) if p and p.strip()]
    if len(parts) < 2:
        return None
    parts = [p for p in parts if p.lower() not in _COMPASS]  # "UK - north" is the UK
    found = [z for z in (_read(p) for p in parts[:4]) if z]
    return found[0] if found else None


_ZONE_WORD = re.compile(r"(?:e|c|m|p|ak|h|a|n)[sd]?t|gmt|bst|utc|ist|[cwe]e?s?t|aes?t|aedt|"
                        r"nzs?t|nzdt|sast|[wec]at|jst|kst|sgt|hkt|pht|(?:us\s+)?(?:eastern|central|mountain|pacific|atlantic|"
                        r"alaska|hawaii)(?:\s+(?:standard|daylight))?(?:\s+time)?|.*\btime\b.*",
                        re.IGNORECASE)
"""A zone's name or letters ("EST", "pacific time"), which say no more than the zone."""


def _more_exact(raw: str, zone: str | None) -> str | None:
    """A city said beside the zone's name, on the same standard time, says more: "MST,
    phoenix az" is Phoenix (no summer time), not Denver; "Toronto, Canada (EST)" is Toronto,
    not New York."""
    if not zone:
        return zone
    parts = [p.strip() for p in _PARTS.split(raw) if p and p.strip()][:4]
    cities = (_parse(p) for p in parts if p.lower() not in _COMPASS and not _ZONE_WORD.fullmatch(p))
    return next((c for c in cities if c and c != zone and _standard(c) == _standard(zone)), zone)


def _standard(name: str) -> timedelta | None:
    """A zone's standard offset: the smaller of its January and July offsets."""
    try:
        tz = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    offsets = [datetime(2026, month, 1, tzinfo=tz).utcoffset() for month in (1, 7)]
    return min(o for o in offsets if o is not None)


def _parse(raw: str) -> str | None:
    m = _OFFSET.match(raw.replace(" ", ""))
    if m:
        return _offset(m)
    index = _zone_index()
    plain = _plain(raw)
    for key in (plain, _NOISE.sub(" ", plain)):
        key = " ".join(key.split())
        if key in index:
            return index[key]
    # the state before the city alone: "Norfolk, VA" is Virginia, not Norfolk Island
    return _in_state(raw, index) or index.get(" ".join(_first_part(raw).split())) or _near(
        " ".join(_NOISE.sub(" ", plain).split()))


def _in_state(raw: str, index: dict[str, str]) -> str | None:
    """A US state said after the city ("austin tx", "Norfolk, VA"), or None."""
    state = _STATE.search(raw.casefold().strip(" .!"))
    # "austin tx"; "perth wa" stays Western Australia, a city the index knows; "pacific
    # time, LA" is Los Angeles, not Louisiana (its parts are read below)
    if state and not re.search(r"\btime\b", raw, re.IGNORECASE):
        city = " ".join(_plain(raw.casefold().strip(" .!")[:state.start()]).split())
        code, home = _STATE_CODE[state.group(2)], _STATE_ZONE[state.group(2)]
        zone = index.get(f"{city} {code}") or index.get(city, "")  # "panama city fl"
        american = zone in _regions().get("us", ((),))[0]  # "san juan pr": not Argentina
        clocks = {_standard(home), _standard(_SPLIT_STATES.get(code, home))}
        if american and _standard(zone) in clocks or (
                code == "wa" and zone.startswith("Australia/")):
            return zone  # "perth wa": Western Australia; "portland maine" is not Oregon
        named = state.group(1) or zone or state.group(2) not in _WORD_CODES
        if named and 0 < len(city.split()) <= 3:
            return home
    return None


def _offset(m: re.Match[str]) -> str | None:
    sign = -1 if m.group(1) in "-−" else 1
    hours, minutes = int(m.group(2)), int(m.group(3) or 0)
    if hours > 14 or minutes >= 60 or (hours == 14 and minutes):
        return None
    if hours == 0 and minutes == 0:
        return "UTC"
    return f"UTC{'+' if sign > 0 else '-'}{hours:02d}:{minutes:02d}"


def _first_part(raw: str) -> str:
    """ "Paris, France" → "paris"; "Boston (US)" → "boston"."""
    return _plain(re.split(r"[,(]", raw, maxsplit=1)[0])


@lru_cache(maxsize=1)
def _well_known() -> dict[str, str]:
    """The names a typo may be read as: the table's and the cities of its zones."""
    known = {k: v for k, v in _ALIASES.items() if len(k) >= 5}
    for name in [*_NAMES, *(z for _, z in COMMON_ZONES if "/" in z)]:
        known.setdefault(_plain(name.rsplit("/", 1)[-1]), name)
    return known


def _near(key: str) -> str | None:
    """A typo ("Bostn", "Sidney") read as the one big city or name it is close to: one edit
    (two in a long name), and every name that close must be the same zone."""
    if len(key) < 5:
        return None
    from rapidfuzz.distance import OSA

    allowed = 2 if len(key) >= 9 else 1
    near: dict[int, set[str]] = {}
    for name, tz in _well_known().items():
        d = OSA.distance(key, name, score_cutoff=allowed)
        if d <= allowed:
            near.setdefault(d, set()).add(tz)
    if not near:
        return None
    zones = near[min(near)]
    return zones.pop() if len(zones) == 1 else None


def is_fixed_offset(name: str) -> bool:
    """True for `UTC` and `UTC±hh:mm`: zones whose clocks never change."""
    return name == "UTC" or (name.startswith("UTC") and len(name) == 9)


def zone(name: str) -> tzinfo:
    """The tzinfo for a canonical name from `parse_timezone`."""
    if name == "UTC":
        return UTC
    if name.startswith("UTC") and len(name) == 9:
        sign = 1 if name[3] == "+" else -1
        delta = timedelta(hours=int(name[4:6]), minutes=int(name[7:9]))
        return timezone(sign * delta, name)
    return zoneinfo.ZoneInfo(name)


_HHMM = re.compile(r"^(\d{1,2})(?::?(\d{2}))?$")


def parse_hhmm(text: str) -> str | None:
    m = _HHMM.match(text.strip())
    if not m:
        return None
    h, mnt = int(m.group(1)), int(m.group(2) or 0)
    if h > 23 or mnt > 59:
        return None
    return f"{h:02d}:{mnt:02d}"


def parse_quiet_hours(text: str) -> tuple[str, str] | None:
    """`22:00-07:30`, `22-7`, `22:00 to 07:00` → ("22:00", "07:30"); equal ends are refused."""
    parts = re.split(r"\s*(?:-|–|—|to)\s*", text.strip().lower())
    if len(parts) != 2:
        return None
    start, end = parse_hhmm(parts[0]), parse_hhmm(parts[1])
    if start is None or end is None or start == end:
        return None
    return start, end
