"""Seed a console database with a job seeker's network of hundreds, through the stores.

    .venv/bin/python scripts/seed_network.py /tmp/net.sqlite3 [--contacts 250]
    CONSOLE_DATABASE_PATH=/tmp/net.sqlite3 .venv/bin/interview-bot console

The console's user (id 1000) gets a profile (Europe/Berlin), N contacts across 40
organisations at every pipeline stage, drafts sent, replies, meetings with debrief notes,
thank-yous done, a keep-in-touch skipped, rehearsals, and a referral chain four deep
(Dana Whitfield → Ana Ruiz → Ben Okafor → Chloe Park). The file must not exist yet.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.storage.migrations import migrate  # noqa: E402
from bot.telegram.console import CONSOLE_USER_ID  # noqa: E402
from tests.features.network.seed import seed_network  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--contacts", type=int, default=250)
    args = parser.parse_args()
    if args.database.exists():
        print(f"{args.database} exists: pick a new file", file=sys.stderr)
        return 2
    conn = sqlite3.connect(args.database)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    migrate(conn)
    with conn:
        seed_network(conn, CONSOLE_USER_ID, args.contacts)
    conn.close()
    print(f"{args.database}: user {CONSOLE_USER_ID} with {args.contacts} contacts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
