"""/contacts, /stats and /export with 250 contacts: how long each takes and how big it is.

    .venv/bin/python scripts/bench_network.py [--contacts 250] [--runs 10] [--png FILE]

A timing script, not a test (timings on a shared machine vary). Prints the chart's cold
time (importing matplotlib, first use in a process) and warm times, the export's sizes
per file, and the cost of a page of the list, a search and a card read.
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import statistics
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine.models import Dialogue, User  # noqa: E402
from bot.features.network import browse, chart, export, store  # noqa: E402
from bot.features.network.flow import fresh  # noqa: E402
from bot.features.network.progress import progress  # noqa: E402
from bot.storage.migrations import migrate  # noqa: E402
from tests.features.network.seed import NOW, seed_network  # noqa: E402

COLD = """
import sys, time, sqlite3
sys.path.insert(0, {root!r})
from bot.engine.models import User
from bot.features.network import chart, store
from bot.features.network.progress import progress
from bot.storage.migrations import migrate
from tests.features.network.seed import NOW, seed_network
conn = sqlite3.connect(":memory:"); conn.row_factory = sqlite3.Row
conn.execute("PRAGMA foreign_keys=ON"); migrate(conn); seed_network(conn, 1000, {n})
p = progress(store.progress_rows(conn, 1000), User(1000, 1000, tz="Europe/Berlin"), NOW)
assert "matplotlib" not in sys.modules
t = time.perf_counter(); chart.render(p); print(time.perf_counter() - t)
"""


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.1f} ms (min {min(samples) * 1000:.1f})"


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=250)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--png", type=Path)
    args = ap.parse_args()
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    migrate(conn)
    seed_network(conn, 1000, args.contacts)
    user = User(1000, 1000, tz="Europe/Berlin", onboarded=True)

    cold = float(subprocess.run([sys.executable, "-c", COLD.format(root=str(ROOT),
                                                                   n=args.contacts)],
                                capture_output=True, text=True, check=True).stdout)
    p = progress(store.progress_rows(conn, 1000), user, NOW)
    png = chart.render(p)
    print(f"chart: {len(png):,} bytes PNG; first render in a process {cold * 1000:.0f} ms "
          f"(with the matplotlib import); then {ms(timed(lambda: chart.render(p), args.runs))}")
    if args.png:
        args.png.write_bytes(png)

    data = store.export_data(conn, 1000)
    name, content = export.archive(data, user, NOW)
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        sizes = {i.filename: i.file_size for i in z.infolist()}
    print(f"export: {name} {len(content):,} bytes zipped, {sum(sizes.values()):,} unzipped: "
          + ", ".join(f"{n} {s:,}" for n, s in sizes.items()))
    print(f"export read + write: {ms(timed(lambda: export.archive(store.export_data(conn, 1000), user, NOW), args.runs))}")  # noqa: E501

    d = Dialogue("contacts", "list", 1, fresh(store.index(conn, 1000)))
    print(f"list index read: {ms(timed(lambda: store.index(conn, 1000), args.runs))}; "
          f"a page: {ms(timed(lambda: browse.list_reply(d), args.runs))}; "
          f"a search: {ms(timed(lambda: browse.matches(d.data['ix'], 'harbor'), args.runs))}")
    cid = store.index(conn, 1000)[100][0]
    print(f"card read: {ms(timed(lambda: store.card(conn, 1000, cid), args.runs))}")


if __name__ == "__main__":
    main()
