"""Every benchmark of the bot, one table: value, baseline measured in the same run, target, met.

    .venv/bin/python scripts/bench.py [--quick] [--json FILE] [--profile] [--only a,b]

Each `scripts/bench_*.py` module exposes `run(quick) -> list[dict]` of rows
{name, value, unit, baseline, ratio, target, met} (and an optional `detail`); this runs them
in turn — in process, over HTTP, scale, memory, nudges, and the matcher's benchmark when
`scripts/bench_matcher.py` exists — and prints one table. `--quick` takes about a minute;
the full run under ten minutes on two cores. `--profile` prints where the time goes (cProfile
of the in-process driver, and of whatever else missed a target).
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import math
import os
import platform
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
for _path in (str(SCRIPTS), str(ROOT)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

MODULES = ("bench_inprocess", "bench_http", "bench_scale", "bench_memory", "bench_nudges",
           "bench_matcher", "bench_reliability", "bench_llm")
OPTIONAL = {"bench_matcher"}  # written separately; skipped with a note while absent
COLUMNS = ("#", "benchmark", "value", "unit", "baseline", "ratio", "target", "met")


def number(x: object) -> str:
    if x is None:
        return "–"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, int):
        return f"{x:,}"
    if isinstance(x, float):
        if math.isnan(x):
            return "n/a"
        a = abs(x)
        if a >= 1000:
            return f"{x:,.0f}"
        if a >= 100:
            return f"{x:.0f}"
        if a >= 10:
            return f"{x:.1f}"
        if a >= 1:
            return f"{x:.2f}"
        return f"{x:.3f}"
    return str(x)


def met_text(met: object) -> str:
    if met is None:
        return "–"
    return "yes" if met else "NO"


def table(rows: list[dict]) -> str:
    cells = [COLUMNS]
    for i, r in enumerate(rows, 1):
        cells.append((str(i), str(r.get("name", "?")), number(r.get("value")),
                      str(r.get("unit") or ""), number(r.get("baseline")),
                      number(r.get("ratio")), str(r.get("target") or ""),
                      met_text(r.get("met"))))
    widths = [max(len(c[i]) for c in cells) for i in range(len(COLUMNS))]
    right = {0, 2, 4, 5}
    lines = []
    for n, c in enumerate(cells):
        lines.append("  ".join(v.rjust(w) if i in right else v.ljust(w)
                               for i, (v, w) in enumerate(zip(c, widths, strict=True))).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def load(name: str) -> tuple[object | None, str | None]:
    try:
        return importlib.import_module(name), None
    except ModuleNotFoundError as e:
        if name in OPTIONAL and e.name == name:
            return None, f"{name}: scripts/{name}.py is not there yet — skipped"
        return None, f"{name}: cannot be imported: {e}"
    except Exception as e:  # noqa: BLE001 - a broken module must not stop the others
        return None, f"{name}: cannot be imported: {type(e).__name__}: {e}"


def run_module(name: str, module: object, quick: bool) -> tuple[list[dict], float]:
    t0 = time.perf_counter()
    try:
        rows = list(module.run(quick))  # type: ignore[attr-defined]
    except Exception as e:  # noqa: BLE001
        tb = traceback.format_exc(limit=6)
        rows = [{"name": f"{name}: FAILED", "value": None, "unit": "", "baseline": None,
                 "ratio": None, "target": "", "met": False,
                 "detail": f"{type(e).__name__}: {e}", "traceback": tb}]
        print(tb, file=sys.stderr)
    for r in rows:
        r.setdefault("module", name)
        r.setdefault("ratio", None)
        if r.get("ratio") is None and r.get("baseline") not in (None, 0) and isinstance(
                r.get("value"), int | float):
            r["ratio"] = r["value"] / r["baseline"]
    return rows, time.perf_counter() - t0


def profiles(quick: bool, missed_modules: set[str], loaded: dict[str, object]) -> str:
    """cProfile of the in-process driver always; of other modules' runs where they missed."""
    out = io.StringIO()
    order = ["bench_inprocess", *sorted(m for m in missed_modules if m != "bench_inprocess")]
    for name in order:
        module = loaded.get(name)
        fn = getattr(module, "profile", None)
        if fn is None:
            continue
        print(f"\n=== profile: {name} ===", file=out)
        try:
            print(fn(quick), file=out)
        except Exception as e:  # noqa: BLE001
            print(f"(profile failed: {type(e).__name__}: {e})", file=out)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="about a minute in all")
    parser.add_argument("--json", metavar="FILE", help="also write the rows (and query plans)")
    parser.add_argument("--profile", action="store_true",
                        help="print cProfile's top entries for the in-process driver "
                             "and for each benchmark that missed a target")
    parser.add_argument("--only", help="comma-separated module names, e.g. inprocess,nudges")
    args = parser.parse_args(argv)
    names = list(MODULES)
    if args.only:
        wanted = {w if w.startswith("bench_") else f"bench_{w}" for w in args.only.split(",")}
        names = [n for n in names if n in wanted]

    started = time.perf_counter()
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    rows: list[dict] = []
    notes: list[str] = []
    loaded: dict[str, object] = {}
    durations: dict[str, float] = {}
    for name in names:
        module, problem = load(name)
        if module is None:
            notes.append(problem or name)
            continue
        loaded[name] = module
        print(f"… {name}", file=sys.stderr, flush=True)
        got, took = run_module(name, module, args.quick)
        durations[name] = took
        rows += got
        print(f"  {name}: {took:.1f} s", file=sys.stderr, flush=True)

    reports = {n: getattr(m, "REPORT", None) for n, m in loaded.items()}
    for name, lines in reports.items():
        if lines:
            print(f"\n=== {name} ===")
            print("\n".join(lines))

    mode = "quick" if args.quick else "full"
    cpus = os.cpu_count()
    print(f"\n=== benchmarks ({mode} run, {cpus} CPUs, Python {platform.python_version()}, "
          f"{time.perf_counter() - started:.0f} s) ===")
    print(table(rows))
    print()
    for i, r in enumerate(rows, 1):
        if r.get("detail"):
            print(f"[{i}] {r['detail']}")
    for n in notes:
        print(f"note: {n}")
    missed = [r for r in rows if r.get("met") is False]
    missed_modules = {r["module"] for r in missed}
    profile_text = ""
    if missed:
        print(f"\n{len(missed)} target(s) not met: "
              + "; ".join(f"#{rows.index(r) + 1} {r['name']}" for r in missed))
    if args.profile:
        profile_text = profiles(args.quick, missed_modules, loaded)
        print(profile_text)
    elif missed:
        print("Run with --profile to see where the time goes.")

    if args.json:
        data = {
            "started": stamp, "mode": mode, "cpus": cpus, "python": platform.python_version(),
            "seconds": round(time.perf_counter() - started, 1),
            "module_seconds": {k: round(v, 1) for k, v in durations.items()},
            "rows": rows, "notes": notes,
            "extra": {n: getattr(m, "DATA", None) for n, m in loaded.items()
                      if getattr(m, "DATA", None)},
            "profile": profile_text or None,
        }
        Path(args.json).write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
