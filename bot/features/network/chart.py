"""/stats as a picture: the funnel, meetings per month and practice scores, one PNG.

matplotlib is imported here, inside `render`, on first use only (it costs ~0.5 s and
~55 MB with numpy): a bot whose users never ask for /stats never loads it. The object API
with the Agg canvas (no pyplot, no global figure state) is safe in the worker thread
`send.py` draws it in.
Sized for a phone held upright: 1080 × 1350 px (4:5), text at least 11 pt at 150 dpi.
"""

from __future__ import annotations

import io

from bot.features.network.progress import Progress

WIDTH_IN, HEIGHT_IN, DPI = 7.2, 9.0, 150  # 1080 × 1350 px
COLOURS = ("#3b6fb6", "#4f9a94", "#7fb069", "#e0a458", "#c05746")
MODE_COLOURS = {"You ask": "#3b6fb6", "They ask": "#e0a458"}
_STYLES = ("-", "--", ":", "-.")  # a mode's lines in each field told apart


def _empty(ax, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=12, color="#666666",
            transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])


def _funnel(ax, p: Progress) -> None:
    labels = [label for label, _ in p.funnel]
    values = [n for _, n in p.funnel]
    y = list(range(len(values)))[::-1]
    ax.barh(y, values, color=COLOURS[: len(values)], height=0.7)
    ax.set_yticks(y, labels, fontsize=12)
    top = max(values + [1])
    ax.set_xlim(0, top * 1.18)
    for yi, n in zip(y, values, strict=True):
        ax.text(n + top * 0.02, yi, str(n), va="center", fontsize=12, fontweight="bold")
    rate = f" — {p.reply_rate}% replied" if p.reply_rate is not None else ""
    ax.set_title(f"People, from asked to referrals{rate}", fontsize=13, loc="left")
    ax.xaxis.set_visible(False)


def _months(ax, p: Progress) -> None:
    labels = [label for label, _ in p.months]
    values = [n for _, n in p.months]
    ax.bar(range(len(values)), values, color="#4f9a94", width=0.65)
    ax.set_xticks(range(len(values)), labels, fontsize=11)
    ax.set_ylim(0, max(values + [1]) * 1.25)
    for x, n in enumerate(values):
        if n:
            ax.text(x, n, str(n), ha="center", va="bottom", fontsize=12, fontweight="bold")
    ax.yaxis.set_visible(False)
    if not any(values):
        ax.text(0.5, 0.5, "No meetings in these months: /meeting logs one", ha="center",
                va="center", fontsize=12, color="#666666", transform=ax.transAxes)
    shown = sum(values)
    also = "" if shown == p.meetings else f" — {p.meetings} logged in all"
    ax.set_title(f"Meetings per month, last {len(values)}{also}", fontsize=13, loc="left")


def _practice(ax, p: Progress) -> None:
    ax.set_title("Practice scores over time (out of 10)", fontsize=13, loc="left")
    if not p.practice:
        _empty(ax, "No rehearsals yet: /practice takes five minutes")
        return
    for mode in dict.fromkeys(m for _, m, _ in p.practice):
        points = [(i, s) for i, (_, m, s) in enumerate(p.practice) if m == mode]
        ax.plot([i for i, _ in points], [s for _, s in points], marker="o", linewidth=2,
                label=mode, color=MODE_COLOURS.get(mode.split(" (")[0], "#555555"),
                linestyle=_STYLES[list(dict.fromkeys(m for _, m, _ in p.practice)).index(mode)
                                  // len(MODE_COLOURS) % len(_STYLES)])
    every = max(1, -(-len(p.practice) // 6))  # at most 6 dates under the axis
    ticks = list(range(0, len(p.practice), every))
    ax.set_xticks(ticks, [p.practice[i][0].strftime("%d %b") for i in ticks])
    ax.set_xlim(-0.5, len(p.practice) - 0.5)
    ax.set_ylim(0, 10.5)
    ax.tick_params(labelsize=11)
    ax.legend(fontsize=11, loc="lower right")
    ax.grid(axis="y", alpha=0.3)


def render(p: Progress) -> bytes:
    """The PNG; raises whatever matplotlib raises (the caller falls back to the text)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    FigureCanvasAgg(fig)
    fig.suptitle(f"Your informational interviews — {p.as_of}", fontsize=14, fontweight="bold")
    funnel, months, practice = fig.subplots(3, 1, gridspec_kw={"height_ratios": (1.2, 1, 1)})
    for ax in (funnel, months, practice):
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    _funnel(funnel, p)
    _months(months, p)
    _practice(practice, p)
    fig.tight_layout(rect=(0, 0, 1, 0.96), h_pad=2.0)
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI)
    return out.getvalue()
