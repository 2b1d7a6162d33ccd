"""The optional model server (#12): what the bot adds to a generated reply, and whether a
slow server holds anyone else up.

1. *Added time*: the fake OpenAI-compatible server (tests/llm/fake_openai.py) runs in its
   own process and answers at once. A generated reply through the bot's path (prompt,
   the `openai` client, the checks, the swap into the reply and the dialogue) is timed
   against a bare HTTP POST of the same request to the same server: the difference is
   ours. CPU per reply is this process's own (the server's is in the other process).
2. *A slow server*: practice users whose model takes 1 s each, while other users walk
   onboarding and /help through the real Application. Their latency is compared with the
   same run with no model configured.

    .venv/bin/python scripts/bench_llm.py [--quick]
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import Settings  # noqa: E402
from bot.engine.flow import Outcome  # noqa: E402
from bot.engine.models import Dialogue  # noqa: E402
from bot.engine.ui import Generate, Reply, esc  # noqa: E402
from bot.llm.fill import fill  # noqa: E402
from bot.llm.prompts import MAX_TOKENS, build_messages  # noqa: E402
from bot.llm.service import Models  # noqa: E402

REPORT: list[str] = []
PRACTICE: list[float] = []  # the waiting users' own steps (they wait on the model)
G = Generate(
    kind="answer", fallback="I started in retail, then moved to brand work after a year.",
    said="so how did you end up in marketing in the first place?",
    persona=(("name", "Dana Ruiz"), ("role", "Brand Manager"), ("organisation", "Acme"),
             ("years", "9"), ("fact", "Started in retail at Northwind"),
             ("fact", "Runs two product launches a year")),
    references=("I started in retail, then moved to brand work after a year.",
                "Launch weeks are long but the best part of the job."),
    turns=tuple(("user" if i % 2 == 0 else "persona", f"an earlier line number {i}")
                for i in range(6)))


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def fake_server_process(mode: str = "ok", delay: float = 0.0):
    port = _port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.llm.fake_openai", "--port", str(port), "--mode", mode,
         "--delay", str(delay)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):  # bounded: 10 s
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port),
                                                                        0.05):
                break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        proc.terminate()
        proc.wait(5)


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


async def _added_time(base_url: str, n: int) -> dict:
    import httpx

    settings = Settings(llm_base_url=base_url, llm_model="fake", llm_timeout=10,
                        llm_daily_cap=0)
    models = Models(settings)
    body = {"model": "fake", "messages": build_messages(G), "max_tokens": MAX_TOKENS["answer"],
            "temperature": 0.7}
    shown = f"🧑‍💼 <b>Dana:</b> {esc(G.fallback)}"
    outcome = Outcome(Dialogue("prac", "live", 1, {"said": [["persona", G.fallback]],
                                                   "cue": shown}), [Reply(shown, generate=G)])
    bare: list[float] = []
    ours: list[float] = []
    cpu: list[float] = []
    async with httpx.AsyncClient(timeout=10) as client:
        for i in range(n + 20):  # the first 20 warm both up
            t = time.perf_counter()
            r = await client.post(f"{base_url}/chat/completions", json=body)
            r.json()
            b = time.perf_counter() - t
            t, c = time.perf_counter(), time.process_time()
            text = await models.write(1, "day", G)
            assert text, "the fake server's reply was refused"
            fill(outcome, G, text)
            o, oc = time.perf_counter() - t, time.process_time() - c
            if i >= 20:
                bare.append(b)
                ours.append(o)
                cpu.append(oc)
    await models.close()
    return {"bare_p50": _pct(bare, 0.5) * 1000, "ours_p50": _pct(ours, 0.5) * 1000,
            "ours_p99": _pct(ours, 0.99) * 1000, "bare_p99": _pct(bare, 0.99) * 1000,
            "cpu_ms": statistics.mean(cpu) * 1000}


async def _walk(base_url: str | None, practice_users: int, others: int) -> list[float]:
    """Other users' step latencies while practice users wait on the model."""
    from tests.harness import BotHarness, texts

    extra = {"llm_base_url": base_url, "llm_model": "fake", "llm_timeout": 5.0} \
        if base_url else {}
    with tempfile.TemporaryDirectory() as tmp:
        bot = BotHarness(Path(tmp), rate_limiter=False, **extra)
        async with bot:
            pu = list(range(5000, 5000 + practice_users))
            for u in pu:  # into a "you ask" meeting
                await bot.onboard(u, field="Marketing", tz="UTC")
                await bot.send(u, "/practice")
                seen = await bot.press(u, "Marketing")
                if "Who would you like to meet?" in texts(seen):
                    await bot.press(u, seen[-1].button_texts()[0])
                await bot.press(u, "You ask the questions")
                await bot.press(u, "20 minutes")
            waits: list[float] = []

            async def practise(u: int) -> None:
                for q in ("what does a typical week look like for you?",
                          "what do you like most about the work?"):
                    t = time.perf_counter()
                    await bot.send(u, q)
                    PRACTICE.append(time.perf_counter() - t)

            async def other(u: int) -> None:
                for text in ("/start", "Sam", "Marketing", "UTC", "/help", "/privacy",
                             "/help", "/privacy"):
                    t = time.perf_counter()
                    await bot.send(u, text)
                    waits.append(time.perf_counter() - t)

            await asyncio.gather(*(practise(u) for u in pu),
                                 *(other(u) for u in range(7000, 7000 + others)))
    return waits


def run(quick: bool = False) -> list[dict]:
    n = 100 if quick else 300
    with fake_server_process() as url:
        added = asyncio.run(_added_time(url, n))
    extra = added["ours_p50"] - added["bare_p50"]
    REPORT.append(f"bare POST p50 {added['bare_p50']:.2f} ms, p99 {added['bare_p99']:.2f} ms; "
                  f"through bot.llm p50 {added['ours_p50']:.2f} ms, "
                  f"p99 {added['ours_p99']:.2f} ms ({n} replies)")
    rows = [
        {"name": "generated reply: time added beyond the server's (p50)", "value": extra,
         "unit": "ms", "baseline": added["bare_p50"], "target": "≤ 5 ms", "met": extra <= 5,
         "detail": "bot.llm (prompt, openai client, checks, fill) minus a bare httpx POST of "
                   "the same request to the same server"},
        {"name": "generated reply: CPU of ours per reply", "value": added["cpu_ms"],
         "unit": "ms", "baseline": None, "target": "≤ 5 ms", "met": added["cpu_ms"] <= 5},
    ]
    users, others = (4, 10) if quick else (8, 20)
    with fake_server_process("slow", 1.0) as url:
        slow = asyncio.run(_walk(url, users, others))
    REPORT.append(f"practice users' own steps with the 1 s model: p50 "
                  f"{_pct(PRACTICE, .5) * 1000:.0f} ms (each waits on the model)")
    unset = asyncio.run(_walk(None, users, others))
    ratio = _pct(slow, 0.99) / _pct(unset, 0.99)
    REPORT.append(f"other users' steps: p50 {_pct(slow, .5) * 1000:.1f} ms with a 1 s model, "
                  f"{_pct(unset, .5) * 1000:.1f} ms with none; p99 "
                  f"{_pct(slow, .99) * 1000:.1f} vs {_pct(unset, .99) * 1000:.1f} ms")
    rows.append({"name": f"other users' p99 while {users} wait on a 1 s model (vs no model)",
                 "value": _pct(slow, 0.99) * 1000, "unit": "ms",
                 "baseline": _pct(unset, 0.99) * 1000, "ratio": ratio,
                 "target": "≤ 1.5 × (never blocked)", "met": ratio <= 1.5})
    return rows


if __name__ == "__main__":
    os.chdir(ROOT)
    got = run("--quick" in sys.argv)
    for line in REPORT:
        print(line)
    for r in got:
        ratio = r.get("ratio") or (r["value"] / r["baseline"] if r.get("baseline") else None)
        print(f"{r['name']}: {r['value']:.2f} {r['unit']} (baseline "
              f"{r['baseline'] if r['baseline'] is None else round(r['baseline'], 2)}, ratio "
              f"{'–' if ratio is None else round(ratio, 2)}) target {r['target']} "
              f"met={r['met']}")
