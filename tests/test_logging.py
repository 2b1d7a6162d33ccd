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
