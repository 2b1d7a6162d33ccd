"""The /stats chart: a valid PNG of the size meant for a phone, full or empty."""

from __future__ import annotations

import sqlite3
import struct
import zlib

from bot.features.network import store
from bot.features.network.chart import DPI, HEIGHT_IN, WIDTH_IN, render
from bot.features.network.progress import progress
from bot.storage.migrations import migrate
from tests.features.flow_support import make_user
from tests.features.network.seed import NOW, seed_network

SIZE = (1080, 1350)


def png_size(png: bytes) -> tuple[int, int]:
    """Checks the signature and every chunk's CRC, then reads the IHDR size."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, kinds = 8, []
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        body = png[at + 8:at + 8 + length]
        crc = struct.unpack(">I", png[at + 8 + length:at + 12 + length])[0]
        assert zlib.crc32(kind + body) == crc, kind
        kinds.append(kind)
        at += 12 + length
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND" and b"IDAT" in kinds
    return struct.unpack(">II", png[16:24])


def rows_of(count: int) -> dict:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    migrate(conn)
    if count:
        seed_network(conn, 1000, count)
    return store.progress_rows(conn, 1000)


def test_the_size_is_for_a_phone():
    assert (round(WIDTH_IN * DPI), round(HEIGHT_IN * DPI)) == SIZE


def test_a_full_history():
    p = progress(rows_of(250), make_user(id=1000), NOW)
    assert p.funnel[0] == ("Asked", 200) and len(p.practice) == 8
    assert png_size(render(p)) == SIZE


def test_an_empty_history():
    p = progress(rows_of(0), make_user(id=1000), NOW)
    assert p.empty and all(n == 0 for _, n in p.funnel)
    assert png_size(render(p)) == SIZE


def test_matplotlib_is_not_loaded_by_the_bot_until_a_chart_is_drawn():
    import subprocess
    import sys

    code = ("import sys; import bot.app, bot.telegram.router, bot.features.network.views; "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=str(__import__("pathlib").Path(__file__).parents[3]))
    assert out.stdout.strip() == "False"
