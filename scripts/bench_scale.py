"""Scale: 10,000 users with their history in the database cost no more per update than none.

A setup step writes 10,000 onboarded users straight into SQLite with sqlite3 — contacts,
drafts, meetings, nudges (history and pending), some mid-dialogue — then the in-process
driver of bench_inprocess walks 50 new users at once through the real flows, alternating
between an empty database and the full one. Then one user walks the same flows and more on
the full database (a reply, a sweep, nudge buttons, a debrief with referrals, /followups,
/contacts, /stats, /export, /questions, /practice, /settings, /forget) while every statement
is captured with its place in bot/storage; its EXPLAIN QUERY PLAN is printed (storage SQL
never run gets planned from its source text). A SCAN of a big table is flagged, and so is a
foreign key whose child column has no index (cascading deletes would scan).
"""

from __future__ import annotations

import ast
import asyncio
import json
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench_common import ROOT, USERS_AT_ONCE, LeanApi, SentMessage, db_connect, row
from bench_inprocess import Rig
from telegram import Update

from bot.storage.migrations import migrate

TARGET = 1.1
USERS = 10_000
PER_USER = {"contacts": 8, "drafts": 4, "meetings": 2, "nudges": 12}
BIG_TABLE_ROWS = 1_000
STORAGE = ROOT / "bot" / "storage"

REPORT: list[str] = []  # printed by bench.py after the table
DATA: dict[str, Any] = {}  # stored by bench.py in --json


# --- the populated database -------------------------------------------------------------------

def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def populate(path: Path, users: int = USERS, now: datetime | None = None,
             first_id: int = 10_000_000) -> dict[str, int]:
    """Write `users` onboarded users and a realistic history for each, directly with sqlite3."""
    now = now or datetime.now(UTC)
    rnd = random.Random(7)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    migrate(conn)
    zones = ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC", "Australia/Sydney")
    statuses = ("identified", "drafted", "asked", "replied", "scheduled", "met", "thanked",
                "keeping_in_touch")
    kinds_done = ("prep", "debrief", "thanks", "referrals", "second_contact", "follow_up")
    body = ("Hi {name},\n\nMaya Chen suggested I contact you. I'm a high-school chemistry "
            "teacher moving into UX research, and I'd be grateful for 20 minutes of your "
            "advice on how you got into your role. Coffee near you, any week that suits.\n\n"
            "Thank you,\nSam")
    conn.execute("BEGIN")
    contact_id = draft_id = meeting_id = 0
    users_rows, dialogues, contacts, drafts, meetings, nudges = [], [], [], [], [], []
    for i in range(users):
        uid = first_id + i
        joined = now - timedelta(days=rnd.randint(30, 400))
        users_rows.append((uid, uid, f"User {i}", "UX & design", zones[i % len(zones)],
                           iso(joined), iso(joined), iso(now), 40))
        if i % 5 == 0:  # a fifth are in the middle of a flow
            dialogues.append((uid, "out", "role", 40, json.dumps(
                {"name": f"Person {i}", "organisation": "Harbor Health", "conn": "ref",
                 "detail": "Maya Chen", "background": "a teacher moving into UX research"}),
                iso(now)))
        mine = []
        for c in range(PER_USER["contacts"]):
            contact_id += 1
            mine.append(contact_id)
            referrer = mine[0] if c >= 6 else None
            contacts.append((contact_id, uid, f"Contact {c} of {i}", "Research lead",
                             f"Org {rnd.randint(1, 500)}", statuses[c % len(statuses)], referrer,
                             "met at a meetup; follow up in spring" if c % 3 == 0 else "",
                             iso(joined + timedelta(days=c)), iso(joined), iso(joined)))
        for d in range(PER_USER["drafts"]):
            draft_id += 1
            sent = iso(joined + timedelta(days=d)) if d < 3 else None
            drafts.append((draft_id, uid, d + 1, mine[d], "email", "warm", "20 minutes of advice?",
                           body.format(name=f"Contact {d}"), 9, 9, 0, iso(joined), iso(joined),
                           sent))
        for m in range(PER_USER["meetings"]):
            meeting_id += 1
            starts = joined + timedelta(days=10 + m)
            meetings.append((meeting_id, uid, mine[m], iso(starts), 30, "video",
                             json.dumps(["How did you get into UX research?"] * 6),
                             json.dumps({"learned": "how research teams are staffed"}), 10 + m,
                             iso(joined)))
            for k in kinds_done:
                nudges.append((uid, mine[m], meeting_id, k, iso(starts), rnd.choice(
                    ("sent", "done", "cancelled", "skipped")), "{}", 0, iso(joined)))
        for _ in range(PER_USER["nudges"] - len(kinds_done) * PER_USER["meetings"]):
            due = now + timedelta(days=rnd.randint(30, 120), minutes=rnd.randint(0, 1440))
            nudges.append((uid, mine[rnd.randint(0, 7)], None, "keep_in_touch", iso(due),
                           "pending", "{}", 0, iso(joined)))
    conn.executemany("""INSERT INTO users (id, chat_id, name, field, tz, onboarded_at,
                        created_at, updated_at, flow_seq) VALUES (?,?,?,?,?,?,?,?,?)""", users_rows)
    conn.executemany("""INSERT INTO dialogues (user_id, flow, step, inst, data, updated_at)
                        VALUES (?,?,?,?,?,?)""", dialogues)
    conn.executemany("""INSERT INTO contacts (id, user_id, name, role, organisation, status,
                        referred_by, notes, last_contact_at, created_at, updated_at)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?)""", contacts)
    conn.executemany("""INSERT INTO drafts (id, user_id, flow_inst, contact_id, channel, tone,
                        subject, body, score, total, edited, created_at, updated_at, sent_at)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", drafts)
    conn.executemany("""INSERT INTO meetings (id, user_id, contact_id, starts_at, minutes,
                        format, questions, notes, flow_inst, created_at)
                        VALUES (?,?,?,?,?,?,?,?,?,?)""", meetings)
    conn.executemany("""INSERT INTO nudges (user_id, contact_id, meeting_id, kind, due_at,
                        status, payload, attempts, created_at) VALUES (?,?,?,?,?,?,?,?,?)""",
                     nudges)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("users", "dialogues", "contacts", "drafts", "meetings", "nudges")}
    conn.close()
    return counts


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def used_bytes(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return (pages - free) * size


# --- capturing what the bot runs, and where -------------------------------------------------------

_LITERAL = re.compile(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b")
_LIST = re.compile(r"\(\?(?:\s*,\s*\?)+\)")


class Tracer:
    """sqlite3 trace callback: each distinct statement, where in bot/storage it comes from."""

    def __init__(self) -> None:
        self.statements: dict[str, dict[str, Any]] = {}

    def __call__(self, sql: str) -> None:
        head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        if head not in ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH"):
            return
        key = _LIST.sub("(?, ...)", " ".join(_LITERAL.sub("?", sql).split()))
        entry = self.statements.get(key)
        if entry is None:
            entry = self.statements[key] = {"sql": sql, "where": _caller(), "count": 0}
        entry["count"] += 1


def _caller() -> str:
    frame = sys._getframe(2)
    while frame is not None:
        path = frame.f_code.co_filename
        if "/bot/storage/" in path and not path.endswith("/db.py"):
            return f"storage/{Path(path).name}:{frame.f_code.co_name}"
        frame = frame.f_back
    return "?"


_SQL_START = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b", re.I)


def sql_in_source() -> dict[str, list[str]]:
    """The SQL text of every function in bot/storage, as {storage/file.py:name: [sql, ...]}.

    f-strings get `?` for `{marks}` and the value of module constants (`{_COLUMNS}`);
    a statement whose pieces cannot be known statically (`{table}`) is left out.
    """
    import importlib

    found: dict[str, list[str]] = {}
    for path in sorted(STORAGE.glob("*.py")):
        if path.name in ("migrations.py", "db.py"):
            continue
        module = importlib.import_module(f"bot.storage.{path.stem}")
        for fn in ast.walk(ast.parse(path.read_text())):
            if not isinstance(fn, ast.FunctionDef):
                continue
            texts = []
            parts = {id(v) for n in ast.walk(fn) if isinstance(n, ast.JoinedStr) for v in n.values}
            for node in ast.walk(fn):
                if id(node) in parts:
                    continue
                text = _static_text(node, module)
                if text and _SQL_START.match(text):
                    texts.append(text)
            if texts:
                found[f"storage/{path.name}:{fn.name}"] = texts
    return found


def _static_text(node: ast.AST, module: Any) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if not isinstance(node, ast.JoinedStr):
        return None
    out = []
    for part in node.values:
        if isinstance(part, ast.Constant):
            out.append(str(part.value))
        elif isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Name):
            name = part.value.id
            if name == "marks":
                out.append("?")
            elif isinstance(getattr(module, name, None), str):
                out.append(getattr(module, name))
            else:
                return None
        else:
            return None
    return "".join(out)


def _explain_static(conn: sqlite3.Connection, sql: str) -> list[str]:
    blanked = re.sub(r"'(?:[^']|'')*'", "''", sql)
    params = (None,) * blanked.count("?")
    return [r["detail"] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


def _aliases(sql: str) -> dict[str, str]:
    out = {}
    for table, alias in re.findall(r"\b(?:FROM|JOIN|UPDATE|INTO)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?",
                                   sql, re.I):
        out[table] = table
        if alias and alias.upper() not in ("WHERE", "SET", "ON", "JOIN", "LEFT", "INNER", "ORDER",
                                           "GROUP", "LIMIT", "VALUES", "SELECT", "USING"):
            out[alias] = table
    return out


def explain(db: Path, statements: dict[str, dict[str, Any]],
            static: dict[str, list[str]] | None = None) -> tuple[list[dict], list[str]]:
    """Plans of the captured statements, then of the SQL of storage functions never run."""
    conn = db_connect(db)
    try:
        sizes = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%'")}
        plans = []
        entries = sorted(statements.items(), key=lambda kv: kv[1]["where"])
        seen = {e["where"] for _, e in entries}
        for where, texts in sorted((static or {}).items()):
            if where not in seen:
                entries += [(" ".join(t.split()), {"sql": t, "where": where, "count": 0,
                                                   "static": True}) for t in texts]
        for key, entry in entries:
            try:
                if entry.get("static"):
                    detail = _explain_static(conn, entry["sql"])
                else:
                    detail = [r["detail"]
                              for r in conn.execute("EXPLAIN QUERY PLAN " + entry["sql"])]
            except sqlite3.Error as e:
                detail = [f"(not explained: {e})"]
            aliases = _aliases(entry["sql"])
            scans = []
            for line in detail:
                m = re.match(r"SCAN (\w+)", line)
                if m and m.group(1) != "CONSTANT":
                    table = aliases.get(m.group(1), m.group(1))
                    if sizes.get(table, 0) > BIG_TABLE_ROWS:
                        scans.append(f"{line} ({table}: {sizes[table]:,} rows)")
            plans.append({"where": entry["where"], "sql": key, "count": entry["count"],
                          "run": not entry.get("static"), "plan": detail, "big_scans": scans})
        fk_problems = []
        for table in sizes:
            indexed = {conn.execute(f"PRAGMA index_info({ix['name']})").fetchone()["name"]
                       for ix in conn.execute(f"PRAGMA index_list({table})")}
            pk = {r["name"] for r in conn.execute(f"PRAGMA table_info({table})") if r["pk"] == 1}
            for fk in conn.execute(f"PRAGMA foreign_key_list({table})"):
                if fk["from"] not in indexed | pk and sizes[table] > BIG_TABLE_ROWS:
                    fk_problems.append(f"{table}.{fk['from']} → {fk['table']} has no index: "
                                       f"deleting a {fk['table']} row scans {table}")
        return plans, fk_problems
    finally:
        conn.close()


# --- a pass through the paths the timed flows do not take ---------------------------------------

class Walker:
    """One user, one update at a time, as tests/harness.py does; sees what sweeps send too."""

    def __init__(self, rig: Rig, uid: int) -> None:
        self.rig, self.uid = rig, uid
        self.seen: list[SentMessage] = []
        self.problems: list[str] = []

    def __enter__(self) -> Walker:
        api: LeanApi = self.rig.api
        self._previous = api.on_send
        api.on_send = lambda m: self.seen.append(m) if m.chat_id == self.uid else None
        return self

    def __exit__(self, *exc: object) -> None:
        self.rig.api.on_send = self._previous

    async def _feed(self, raw: dict) -> list[SentMessage]:
        before = len(self.seen)
        await asyncio.wait_for(self.rig.app.process_update(Update.de_json(raw, self.rig.app.bot)),
                               30)
        return self.seen[before:]

    def _buttons(self, label: str) -> SentMessage | None:
        for m in reversed(self.seen):
            if m.buttons and any(label in b["text"] for r in m.buttons for b in r):
                return m
        return None

    async def send(self, text: str) -> list[SentMessage]:
        return await self._feed(self.rig.api.text_update(self.uid, text, "Sam"))

    async def press(self, label: str) -> list[SentMessage]:
        message = self._buttons(label)
        if message is None:
            self.problems.append(f"no button {label!r}")
            return []
        data = message.button(label)["callback_data"]
        return await self._feed(self.rig.api.press_update(self.uid, message, data, "Sam"))

    async def steps(self, *steps: tuple[str, str]) -> None:
        for kind, value in steps:
            await (self.send(value) if kind == "text" else self.press(value))


async def coverage_pass(rig: Rig, uid: int) -> list[str]:
    """Replies, a sweep, nudge buttons, a debrief with referrals, /followups, /forget."""
    with Walker(rig, uid) as w:
        return await _cover(rig, w)


async def _cover(rig: Rig, w: Walker) -> list[str]:
    from bench_common import MEETING, ONBOARDING, OUTREACH

    s = rig.app.bot_data["services"]
    t, p = "text", "press"
    before = rig.clock.now()
    # A Tuesday, 10:00 in Berlin: the meeting is "tomorrow 3pm" (14:00 UTC), out of quiet hours.
    tuesday = before + timedelta(days=(1 - before.weekday()) % 7 + 7)
    rig.clock.set(tuesday.replace(hour=9, minute=0))
    await s.dispatcher.recover()
    base = ONBOARDING + OUTREACH + MEETING
    practice = rig.steps[len(base):]  # the practice walk, when the flow exists and fits
    await w.steps(*((x.kind, x.value) for x in ONBOARDING + OUTREACH), (p, "They replied"),
                  *((x.kind, x.value) for x in MEETING), *((x.kind, x.value) for x in practice))
    await w.steps((t, "/followups"), (t, "/contacts"), (p, "Dana Whitfield"),
                  (p, "Log contact"), (p, "We talked"), (t, "/stats"), (t, "/export"),
                  (t, "/questions"), (p, "Marketing"), (p, "Dana Whitfield"), (p, "Done"),
                  (t, "/cancel"))
    rig.clock.set(tuesday.replace(hour=14, minute=50) + timedelta(days=1))  # prep, debrief due
    await asyncio.wait_for(s.dispatcher.sweep(), 120)
    await w.steps((p, "Debrief now"), (t, "how research teams are staffed"), (p, "Skip"),
                  (t, "Ana Ruiz, Ben Okafor"), (t, "ask about salary bands less"))
    rig.clock.set(tuesday.replace(hour=16, minute=40) + timedelta(days=1))  # thanks due
    await asyncio.wait_for(s.dispatcher.sweep(), 120)
    await w.steps((p, "1 h"), (p, "Done"), (t, "/followups"), (p, "Write to Ana"),
                  (t, "/cancel"), (t, "/settings"), (p, "Quiet hours"), (p, "22:00"),
                  (t, "/cancel"), (t, "/forget"), (p, "Yes, delete"))
    rig.clock.set(before)
    return w.problems


# --- the benchmark ------------------------------------------------------------------------------

async def _run(quick: bool) -> list[dict]:
    REPORT.clear()
    DATA.clear()
    reps = 2 if quick else 5
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp_name:
        tmp = Path(tmp_name)
        t0 = time.perf_counter()
        counts = populate(tmp / "full.sqlite3")
        setup_s = time.perf_counter() - t0
        history_bytes = used_bytes(tmp / "full.sqlite3")
        empty_db = tmp / "empty.sqlite3"
        conn = sqlite3.connect(empty_db, isolation_level=None)
        migrate(conn)
        conn.close()
        shutil.copy(tmp / "full.sqlite3", tmp / "bench.sqlite3")
        empty, full = [], []
        async with (Rig(empty_db, echo=False) as small,
                    Rig(tmp / "bench.sqlite3", echo=False) as big):
            await small.run_bot(5 if quick else 10)
            await big.run_bot(5 if quick else 10)
            for _ in range(reps):
                for rig, out in ((small, empty), (big, full)):
                    res = await rig.run_bot(USERS_AT_ONCE)
                    if not res.ok:
                        raise RuntimeError(f"scale run failed: {res.problems()}")
                    out.append(res)
            tracer = Tracer()
            await big.app.bot_data["services"].db.run(lambda c: c.set_trace_callback(tracer))
            problems = await coverage_pass(big, 9_999_001)
            await big.app.bot_data["services"].db.run(lambda c: c.set_trace_callback(None))
        flow_bytes = used_bytes(empty_db) / _count(empty_db, "users")  # closed: checkpointed
        static = sql_in_source()
        plans, fk_problems = explain(tmp / "bench.sqlite3", tracer.statements, static)
    cpu_empty = statistics.median(r.cpu_ms for r in empty)
    cpu_full = statistics.median(r.cpu_ms for r in full)
    wall_empty = statistics.median(1000 / r.per_s for r in empty)
    wall_full = statistics.median(1000 / r.per_s for r in full)
    ran = {p["where"] for p in plans if p["run"]}
    missing = sorted(set(static) - ran)
    scans = [(p["where"], s) for p in plans for s in p["big_scans"]]
    _report(plans, fk_problems, missing, problems, counts, setup_s)
    DATA.update({"query_plans": plans, "fk_without_index": fk_problems,
                 "storage_functions_not_exercised": missing, "rows": counts})
    ratio = cpu_full / cpu_empty
    wall_ratio = wall_full / wall_empty
    users = counts["users"]
    return [
        row(f"scale: CPU per update, {users:,} users stored", cpu_full, "ms", baseline=cpu_empty,
            ratio=ratio, target=f"ratio ≤ {TARGET}", met=ratio <= TARGET,
            detail=f"median of {reps} alternating runs of {USERS_AT_ONCE} users; wall per update "
                   f"{wall_full:.2f} vs {wall_empty:.2f} ms (×{wall_ratio:.2f}); setup "
                   f"{setup_s:.1f} s for " + ", ".join(f"{n:,} {t}" for t, n in counts.items())),
        row("scale: big-table SCANs in query plans", len(scans), "plans", target="0",
            met=not scans and not fk_problems,
            detail=(f"{len(plans)} distinct statements explained; " + (
                "; ".join(f"{w}: {s}" for w, s in scans[:4]) or "every lookup uses an index")
                + (f"; {len(fk_problems)} FK without index" if fk_problems else "")
                + (f"; {len(missing)} storage functions planned from source, not run"
                   if missing else ""))),
        row("scale: database bytes per user (stored history)", history_bytes / users, "B",
            detail=f"{history_bytes / 1e6:.1f} MB for {users:,} users with "
                   + ", ".join(f"{n} {t}" for t, n in PER_USER.items()) + " each"),
        row("scale: database bytes per user (one walk of the flows)", flow_bytes, "B",
            detail="the database the simulated users filled, per user: onboarding, an outreach "
                   "draft sent, a meeting with its nudges, a practice scorecard"),
    ]


def _report(plans: list[dict], fk_problems: list[str], missing: list[str],
            problems: list[str], counts: dict[str, int], setup_s: float) -> None:
    lines = [f"EXPLAIN QUERY PLAN of every statement the bot ran on the {counts['users']:,}-user "
             f"database ({', '.join(f'{n:,} {t}' for t, n in counts.items())}):"]
    for p in plans:
        flag = "  <-- SCAN of a big table" if p["big_scans"] else ""
        runs = f"×{p['count']}" if p["run"] else "not run; from the source"
        lines.append(f"  {p['where']} ({runs}){flag}")
        lines.append(f"    {p['sql'][:160]}")
        lines += [f"      {d}" for d in p["plan"]]
    for f in fk_problems:
        lines.append(f"  FOREIGN KEY: {f}")
    if missing:
        lines.append("  not run by the benchmark (planned from the source text): "
                     + ", ".join(missing))
    if problems:
        lines.append("  coverage pass: " + "; ".join(problems))
    REPORT.extend(lines)


def run(quick: bool) -> list[dict]:
    return asyncio.run(_run(quick))


if __name__ == "__main__":
    for r in run("--quick" in sys.argv):
        print(r)
    print("\n".join(REPORT))
