"""A user with a network of hundreds, written through the features' stores.

Deterministic (no randomness): contact i has a name, an organisation among 40, a stage by
what was stored for it (a draft sent, a reply, a meeting and its debrief, a thank-you done,
a keep-in-touch skipped, or a stage set by hand), and a referral chain four deep starting
at Dana Whitfield. Used by the tests with 250 contacts and by scripts/seed_network.py for
the console.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

from bot.features.meetings import store as meetings_store
from bot.features.meetings.effects import SaveDebrief, SaveMeeting
from bot.features.network import store
from bot.features.network.effects import AddContact, EditContact, LogInteraction, SetStage
from bot.features.nudges import store as nudges_store
from bot.features.outreach import store as outreach_store
from bot.features.outreach.effects import MarkSent, SaveDraft
from bot.features.practice import store as practice_store
from bot.features.practice.effects import SavePractice
from bot.features.profile import store as profile_store
from bot.features.profile.effects import SaveProfile
from bot.storage import users
from bot.storage.timefmt import iso

FIRST = ("Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Grace", "Hiro", "Ines", "Jonas",
         "Kemi", "Liam", "Mara", "Noor", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara",
         "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe")
LAST = ("Alvarez", "Brooks", "Chen", "Dubois", "Eriksen", "Fischer", "García", "Haddad",
        "Ito", "Jensen", "Kowalski", "Lopez", "Müller", "Nakamura", "Okafor", "Petrov")
ORGS = tuple(f"{w} {k}" for w, k in zip(
    ("Harbor", "Northwind", "Bluebird", "Cedar", "Summit", "Lumen", "Atlas", "Beacon",
     "Crescent", "Delta", "Evergreen", "Falcon", "Granite", "Horizon", "Iris", "Juniper",
     "Keystone", "Lakeside", "Meridian", "Nimbus", "Orchard", "Pioneer", "Quarry", "Riverbend",
     "Sapphire", "Tidewater", "Unity", "Vantage", "Willow", "Zenith", "Aurora", "Birch",
     "Cobalt", "Dune", "Ember", "Fjord", "Glacier", "Heron", "Indigo", "Jade"),
    ("Health", "Bank", "Labs", "Analytics", "Media") * 8, strict=True))
CHAIN = ("Dana Whitfield", "Ana Ruiz", "Ben Okafor", "Chloe Park")  # who led to whom
FORMULA_NAMES = ("=HYPERLINK(\"http://x\")", "+1 Recruiter", "@sam_handle", "-Dash Person")
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def name_of(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"


def _draft(conn: sqlite3.Connection, user: int, cid: int, name: str, inst: int,
           at: datetime) -> None:
    outreach_store.save_draft(conn, user, SaveDraft(
        contact_name=name, role="", organisation="", referrer="", channel="email",
        tone="warm", subject="20 minutes of advice?", body=f"Hi {name.split()[0]}, …",
        score=9, total=10, contact_id=cid, inst=inst), iso(at))
    outreach_store.mark_sent(conn, user, MarkSent(at, (), inst), iso(at))


def _meeting(conn: sqlite3.Connection, user: int, cid: int, name: str, inst: int,
             at: datetime, debrief: bool) -> None:
    meeting_id = meetings_store.save_meeting(conn, user, SaveMeeting(
        contact_id=cid, contact_name=name, starts_at=at, minutes=20, format="coffee",
        nudges=(), keep_in_touch_at=at + timedelta(weeks=8), inst=inst), at - timedelta(days=2))
    if debrief:
        meetings_store.save_debrief(conn, user, SaveDebrief(
            meeting_id=meeting_id, notes=(("learned", f"how {name.split()[0]}'s team hires"),
                                          ("differently", "ask about trends sooner"))),
            at + timedelta(minutes=40))


def _chain(conn: sqlite3.Connection, user: int, ids: list[int]) -> None:
    for name, cid in zip(CHAIN, ids, strict=True):
        store.edit_contact(conn, user, EditContact(cid, "name", name), NOW)
    for up, down in zip(ids, ids[1:], strict=False):
        store.edit_contact(conn, user, EditContact(down, "referred_by", str(up)), NOW)


def _history(conn: sqlite3.Connection, user: int, i: int, cid: int, name: str) -> None:
    at = NOW - timedelta(days=180 - (i * 7) % 175)
    kit = at + timedelta(weeks=8)
    kind = i % 10
    if kind in (1, 2, 3, 4, 5, 6):
        _draft(conn, user, cid, name, 10_000 + i, at)
    if kind in (2, 3, 4, 5):
        store.log_interaction(conn, user, LogInteraction(cid, "replied", kit),
                              at + timedelta(days=2))
    if kind in (3, 4, 5):
        _meeting(conn, user, cid, name, 20_000 + i, at + timedelta(days=6), debrief=kind != 3)
    if kind in (4, 5):
        nid = nudges_store.add(conn, user, "thanks", at + timedelta(days=6, hours=3), at,
                               contact_id=cid)
        nudges_store.set_status(conn, [nid], "done")
        store.log_interaction(conn, user, LogInteraction(cid, "update", kit),
                              at + timedelta(days=40))
    if kind == 5:
        nid = nudges_store.add(conn, user, "keep_in_touch", at + timedelta(days=60), at,
                               contact_id=cid)
        nudges_store.set_status(conn, [nid], "skipped")
    if kind == 7:
        store.set_stage(conn, user, SetStage(cid, "scheduled"), at)
    if kind == 8:
        store.log_interaction(conn, user, LogInteraction(cid, "coffee", kit), at)


def _practice(conn: sqlite3.Connection, user: int) -> None:
    for n in range(8):
        ended = NOW - timedelta(days=150 - n * 18)
        mode = "you_ask" if n % 2 == 0 else "they_ask"
        card = {"improvements": ["ask who else to talk to"], "questions_asked": 5 + n % 3,
                "categories_covered": ["Trends", "Advice"], "asked_referral": n > 3,
                "thanked": True}
        score = (35 + n * 7) if mode == "you_ask" else (55 + n * 3)
        practice_store.save_practice(conn, user, SavePractice(
            field="UX research", mode=mode, score=score, scorecard=json.dumps(card),
            started_at=ended - timedelta(minutes=20), ended_at=ended, inst=30_000 + n))


def seed_network(conn: sqlite3.Connection, user: int, count: int = 250,
                 tz: str = "Europe/Berlin") -> list[int]:
    """`count` contacts for `user` (onboarded), with history; returns their ids in order."""
    users.ensure(conn, user, user, iso(NOW))
    profile_store.save_profile(conn, user, SaveProfile("Sam Rivera", "UX research", tz),
                               iso(NOW))
    ids = []
    for i in range(count):
        name = FORMULA_NAMES[i // 60] if i % 60 == 59 and i // 60 < 4 else name_of(i)
        org = ORGS[i % len(ORGS)]
        cid = store.add_contact(conn, user, AddContact(name, org, "Researcher",
                                                       "LinkedIn" if i % 3 else ""),
                                NOW - timedelta(days=200))
        ids.append(cid)
        _history(conn, user, i, cid, name)
    if count >= 7:
        _chain(conn, user, ids[3:7])  # ids 3..6: a meeting, debriefed, thanked …
    _practice(conn, user)
    return ids
