"""Voice notes in practice: the limits and what the user is told, as plain data.

A voice note is transcribed only when a coach has set TRANSCRIBE_* (or LLM_* with
TRANSCRIBE_MODEL); the words then go through practice exactly as typed text would, plus a
note on pace. Limits keep a transcription cheap and an answer an answer: a spoken reply in
an informational interview runs one to two minutes, rarely three.
"""

from __future__ import annotations

from bot.engine.ui import esc

MAX_SECONDS = 180
MAX_BYTES = 5 * 1024 * 1024  # a 3-minute Telegram voice note is about 0.5 MB

VOICE_OFF = ("🎙 Voice notes aren't switched on here: type what you would say, it works "
             "just as well. (A coach turns voice on with TRANSCRIBE_BASE_URL and "
             "TRANSCRIBE_MODEL; see the README.)")
NOT_HEARD = "🎙 I couldn't make out that voice note. Try again, or type your answer."
CAPPED = ("🎙 That's today's voice notes used up. Type your answer — voice is back "
          "tomorrow.")


def too_big(seconds: float | None, size: int | None) -> str | None:
    """What to say about a note over a limit, or None."""
    if seconds is not None and seconds > MAX_SECONDS:
        return (f"🎙 That voice note runs {seconds / 60:.1f} minutes; I listen to up to "
                f"{MAX_SECONDS // 60} — an answer that long loses the listener anyway. "
                "Say it in under three minutes, or type it.")
    if size is not None and size > MAX_BYTES:
        return (f"🎙 That voice note is {size / 1_048_576:.1f} MB; I take up to "
                f"{MAX_BYTES // 1_048_576} MB. Send a shorter one, or type it.")
    return None


def heard(text: str) -> str:
    """The transcript shown back, so the user sees what the feedback is about."""
    return f"🎙 I heard: <i>{esc(text)}</i>"
