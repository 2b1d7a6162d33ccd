import io
import logging

from bot.logging_setup import RedactingFormatter, redact, setup_logging

TOKEN = "123456:FAKE-token-for-tests_only-abcdef"


def test_redact_removes_configured_token_and_token_shapes():
    line = f"POST https://api.example/bot{TOKEN}/getUpdates and 98765:{'x' * 30}"
    out = redact(line, TOKEN)
    assert TOKEN not in out and "98765:" not in out and "[REDACTED]" in out


def test_no_log_line_at_any_level_contains_the_token():
    stream = io.StringIO()
    setup_logging("DEBUG", TOKEN)
    root = logging.getLogger()
    root.handlers[0].stream = stream
    logging.getLogger("httpx").warning("HTTP Request: POST http://h/bot%s/sendMessage", TOKEN)
    logging.getLogger("telegram.ext").debug("calling bot%s", TOKEN)
    try:
        raise RuntimeError(f"connect failed for /bot{TOKEN}/getMe")
    except RuntimeError:
        logging.getLogger("bot").exception("boom")
    text = stream.getvalue()
    assert "HTTP Request" in text and "boom" in text and "Traceback" in text
    assert TOKEN not in text
    assert logging.getLogger("httpx").level >= logging.WARNING


def test_formatter_redacts_exception_text():
    fmt = RedactingFormatter("%(message)s", TOKEN)
    try:
        raise ValueError(TOKEN)
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, "f", 1, "m", (), sys.exc_info())
    assert TOKEN not in fmt.format(record)


SECRET = "whsec_0123456789abcdefABCDEF"
API_KEY = "sk-test-0123456789abcdef"


def test_json_lines_carry_extra_fields_and_no_secret_at_any_level():
    import json

    stream = io.StringIO()
    setup_logging("DEBUG", (TOKEN, SECRET, API_KEY), "json")
    logging.getLogger().handlers[0].stream = stream
    log = logging.getLogger("bot.updates")
    log.info("update 5 user 7 text handled in 3 ms", extra={"user_id": 7, "kind": "text"})
    log.debug("header X-Telegram-Bot-Api-Secret-Token: %s, key %s", SECRET, API_KEY)
    try:
        raise ValueError(f"bad {SECRET} {API_KEY} {TOKEN}")
    except ValueError:
        log.error("failed", exc_info=True)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert lines[0]["user_id"] == 7 and lines[0]["kind"] == "text"
    assert lines[0]["level"] == "INFO" and lines[0]["logger"] == "bot.updates"
    assert "Traceback" in lines[2]["traceback"]
    text = stream.getvalue()
    assert SECRET not in text and API_KEY not in text and TOKEN not in text


def test_the_job_queue_scheduler_says_nothing_at_info():
    setup_logging("INFO")
    assert not logging.getLogger("apscheduler.executors.default").isEnabledFor(logging.INFO)
    assert logging.getLogger("bot").isEnabledFor(logging.INFO)


async def test_one_info_line_per_handled_update_and_never_the_text(tmp_path, clock, caplog):
    from tests.harness import BotHarness

    words = "Xyzzy my private plans"
    async with BotHarness(tmp_path, clock) as bot:
        with caplog.at_level(logging.DEBUG):
            await bot.send(41, "/start")
            await bot.send(41, words)
            await bot.press(41, bot.last_with_buttons(41).button_texts()[0])
    lines = [r for r in caplog.records if r.name == "bot.updates"]
    assert [(r.user_id, r.kind) for r in lines] == [
        (41, "command /start"), (41, "text"), (41, "button")]
    assert all(r.levelno == logging.INFO and r.duration_ms is not None for r in lines)
    # DEBUG is for developers (PTB logs request parameters there); from INFO up, no words
    assert not any("Xyzzy" in r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
