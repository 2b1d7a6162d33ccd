"""/export: everything the user kept here, as CSV files and one calendar, in one zip.

CSV as spreadsheets open it without asking: UTF-8 with a byte-order mark, every field
quoted, every time in the user's zone as `YYYY-MM-DD HH:MM` (the zone in each header),
and a text that starts with = + - @ tab or carriage return prefixed with ' so a
spreadsheet shows it instead of running it as a formula. The .ics is RFC 5545 through
icalendar: times in the user's zone with its VTIMEZONE (UTC for a fixed offset).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from bot.engine.models import User
from bot.engine.timezones import is_fixed_offset, zone
from bot.features.network.card import NOTE_LABELS, REMINDERS
from bot.features.network.interactions import KINDS, STAGE_SET

TIME = "%Y-%m-%d %H:%M"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MODES = {"you_ask": "you ask", "they_ask": "they ask"}


def safe(value: object) -> object:
    """A cell a spreadsheet shows as text, never evaluates (OWASP's CSV injection advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe(v) for v in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


class Clock:
    """Stored UTC stamps → the user's wall time, one format everywhere."""

    def __init__(self, user: User) -> None:
        self.tz = zone(user.tz)
        self.name = user.tz

    def __call__(self, stamp: str | None) -> str:
        if not stamp:
            return ""
        return datetime.fromisoformat(stamp).astimezone(self.tz).strftime(TIME)

    def col(self, name: str) -> str:
        return f"{name} ({self.name})"


def _contacts(data: dict, t: Clock) -> bytes:
    return csv_bytes(
        ["name", "role", "organisation", "how connected", "stage", "suggested by", "notes",
         t.col("last contact"), t.col("added")],
        ([c["name"], c["role"], c["organisation"], c["connection"], c["status"],
          c["referrer"], c["notes"], t(c["last_contact_at"]), t(c["created_at"])]
         for c in data["contacts"]))


def _interactions(data: dict, t: Clock) -> bytes:
    rows = []
    for i in data["interactions"]:
        what = (f"stage set to {i['note']}" if i["kind"] == STAGE_SET
                else KINDS[i["kind"]].history[2:] if i["kind"] in KINDS else i["kind"])
        rows.append([t(i["at"]), i["contact"], what])
    for n in data["reminders"]:
        rows.append([t(n["due_at"]), n["contact"],
                     f"reminder {n['status']}: {REMINDERS.get(n['kind'], n['kind'])}"])
    rows.sort(key=lambda r: r[0])
    return csv_bytes([t.col("when"), "contact", "what"], rows)


def _drafts(data: dict, t: Clock) -> bytes:
    return csv_bytes(
        ["contact", "channel", "tone", "subject", "text", "checks passed", "checks total",
         "edited by you", t.col("written"), t.col("sent"), t.col("replied")],
        ([d["contact"], d["channel"], d["tone"], d["subject"], d["body"], d["score"],
          d["total"], "yes" if d["edited"] else "no", t(d["created_at"]), t(d["sent_at"]),
          t(d["replied_at"])] for d in data["drafts"]))


def _meetings(data: dict, t: Clock) -> bytes:
    return csv_bytes(
        ["contact", t.col("starts"), "minutes", "format", "questions prepared"],
        ([m["contact"], t(m["starts_at"]), m["minutes"], m["format"],
          " | ".join(m["questions"])] for m in data["meetings"]))


def _debriefs(data: dict, t: Clock) -> bytes:
    return csv_bytes(
        ["contact", t.col("meeting"), "question", "your answer"],
        ([m["contact"], t(m["starts_at"]), NOTE_LABELS.get(k, k), v]
         for m in data["meetings"] for k, v in m["notes"].items() if v))


def _practice(data: dict, t: Clock) -> bytes:
    def row(p: dict) -> list[object]:
        card = p["scorecard"]
        return [t(p["ended_at"]), MODES.get(p["mode"], p["mode"]), p["field"],
                "" if p["score"] is None else p["score"] / 10,
                card.get("questions_asked", ""), ", ".join(card.get("categories_covered", [])),
                "yes" if card.get("asked_referral") else "no",
                "yes" if card.get("thanked") else "no",
                " | ".join(card.get("improvements", []))]
    return csv_bytes([t.col("ended"), "mode", "field", "score (of 10)", "questions asked",
                      "categories covered", "asked for referrals", "thanked them",
                      "to do next time"], (row(p) for p in data["practice"]))


def calendar(data: dict, user: User, now: datetime) -> bytes:
    from icalendar import Calendar, Event

    fixed = is_fixed_offset(user.tz) or user.tz == "UTC"
    tz = zone(user.tz)
    cal = Calendar()
    cal.add("prodid", "-//Informational interview coach//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if not fixed:
        cal.add("x-wr-timezone", user.tz)
    for m in data["meetings"]:
        start = datetime.fromisoformat(m["starts_at"])
        start = start.astimezone(tz) if not fixed else start
        event = Event()
        event.add("uid", f"meeting-{user.id}-{m['id']}@interview-coach")
        event.add("dtstamp", now)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=m["minutes"]))
        event.add("summary", f"Meeting with {m['contact']}")
        event.add("description", f"Informational interview ({m['format']}, {m['minutes']} min)")
        cal.add_component(event)
    if not fixed:
        cal.add_missing_timezones()
    return cal.to_ical()


FILES = (("contacts.csv", _contacts), ("interactions.csv", _interactions),
         ("drafts.csv", _drafts), ("meetings.csv", _meetings),
         ("debrief_notes.csv", _debriefs), ("practice.csv", _practice))


def files(data: dict, user: User, now: datetime) -> list[tuple[str, bytes]]:
    t = Clock(user)
    out = [(name, make(data, t)) for name, make in FILES]
    out.append(("meetings.ics", calendar(data, user, now)))
    return out


def archive(data: dict, user: User, now: datetime) -> tuple[str, bytes]:
    """(file name, zip bytes); every file stamped with `now` so a zip is reproducible."""
    stamp = now.astimezone(zone(user.tz))
    when = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, 0)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        readme = (f"Exported {stamp.strftime(TIME)} ({user.tz}).\r\nEvery time in these files "
                  f"is {user.tz} local time, written {TIME.replace('%', '')} "
                  "(Y-m-d H:M). CSV: UTF-8, fields quoted; a value that would start with "
                  "= + - @ is shown with a ' in front.\r\n")
        for name, content in [("README.txt", readme.encode()), *files(data, user, now)]:
            info = zipfile.ZipInfo(name, when)
            info.external_attr = 0o644 << 16  # readable files when unzipped
            z.writestr(info, content, zipfile.ZIP_DEFLATED)
    return f"interview-coach-{stamp.strftime('%Y-%m-%d')}.zip", buf.getvalue()
