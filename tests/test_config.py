from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings

TOKEN = "123456:FAKE-token-for-tests_only"


def env(tmp_path: Path, **values: str) -> dict[str, str]:
    (tmp_path / "banks").mkdir(exist_ok=True)
    return {"QUESTION_BANKS_DIR": str(tmp_path / "banks"), **values}


def test_defaults_without_token(tmp_path):
    s = load_settings(env(tmp_path), env_file=None)
    assert s.token is None and s.log_level == "INFO" and s.admin_chat_id is None
    assert s.database_path == Path("data/bot.sqlite3")


def test_env_file_is_read_and_environment_wins(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nLOG_LEVEL=debug\nADMIN_CHAT_ID=42\n")
    s = load_settings(env(tmp_path, LOG_LEVEL="WARNING"), env_file=dotenv)
    assert s.token == TOKEN and s.log_level == "WARNING" and s.admin_chat_id == 42


def test_base_url_sets_file_url(tmp_path):
    s = load_settings(env(tmp_path, TELEGRAM_BASE_URL="http://127.0.0.1:8081/bot"), env_file=None)
    assert s.base_url == "http://127.0.0.1:8081/bot"
    assert s.base_file_url == "http://127.0.0.1:8081/file/bot"


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("TELEGRAM_BOT_TOKEN", "not a token", "TELEGRAM_BOT_TOKEN: expected the token BotFather"),
        ("TELEGRAM_BASE_URL", "ftp://x", "TELEGRAM_BASE_URL: expected an http(s) URL"),
        ("LOG_LEVEL", "loud", "LOG_LEVEL: expected one of DEBUG, INFO"),
        ("ADMIN_CHAT_ID", "@me", "ADMIN_CHAT_ID: expected a numeric Telegram chat id"),
        ("QUESTION_BANKS_DIR", "/nonexistent/banks", "QUESTION_BANKS_DIR: expected a folder"),
        ("TEMPLATES_DIR", "/nonexistent/tpl", "TEMPLATES_DIR: expected a folder"),
        ("ACCESS", "friends", "ACCESS: expected one of open, invite, allowlist"),
        ("ALLOWED_USER_IDS", "1,bob", "ALLOWED_USER_IDS: expected numeric Telegram user ids"),
        ("LOG_FORMAT", "xml", "LOG_FORMAT: expected text or json"),
        ("RETENTION_MONTHS", "-1", "RETENTION_MONTHS: expected a whole number of months"),
        ("WEBHOOK_URL", "http://bot.example.org/tg", "WEBHOOK_URL: expected the public https://"),
        ("WEBHOOK_SECRET", "short", "WEBHOOK_SECRET: expected 16-256 letters"),
        ("WEBHOOK_PORT", "http", "WEBHOOK_PORT: expected a port number"),
        ("TELEGRAM_PROXY", "ftp://x", "TELEGRAM_PROXY: expected http://, https:// or socks5://"),
        ("TELEGRAM_TRANSPORT", "curl", "TELEGRAM_TRANSPORT: expected aiohttp or httpx"),
    ],
)
def test_malformed_value_names_the_variable_in_one_line(tmp_path, name, value, expected):
    with pytest.raises(ConfigError) as err:
        load_settings(env(tmp_path, **{name: value}), env_file=None)
    message = str(err.value)
    assert message.startswith(expected)
    assert "\n" not in message


def test_repr_never_shows_the_token(tmp_path):
    s = load_settings(env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN), env_file=None)
    assert TOKEN not in repr(s) and TOKEN not in str(s)


def test_cli_prints_one_line_and_exits_2_on_bad_config(tmp_path, monkeypatch, capsys):
    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOG_LEVEL", "chatty")
    assert main(["run"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "LOG_LEVEL" in err and "Traceback" not in err


def test_base_url_reaches_the_bot_of_the_factory(tmp_path):
    from bot.app import build_application
    from bot.config import Settings
    from tests.harness import BANKS

    settings = Settings(token=TOKEN, base_url="http://127.0.0.1:8081/bot",
                        database_path=tmp_path / "db.sqlite3", question_banks_dir=BANKS)
    bot = build_application(settings).bot
    assert bot.base_url == f"http://127.0.0.1:8081/bot{TOKEN}"
    assert bot.base_file_url == f"http://127.0.0.1:8081/file/bot{TOKEN}"


def test_deployment_settings_and_the_secrets_kept_out_of_logs(tmp_path):
    s = load_settings(env(tmp_path, ACCESS="Invite", ALLOWED_USER_IDS="11, 12",
                          WEBHOOK_URL="https://bot.example.org/tg",
                          WEBHOOK_SECRET="s3cret-s3cret-s3cret", WEBHOOK_PORT="8443",
                          TELEGRAM_PROXY="socks5://me:proxy-pass-1@127.0.0.1:1080",
                          OPENAI_API_KEY="sk-abcdefghijkl", TELEGRAM_BOT_TOKEN=TOKEN,
                          RETENTION_MONTHS="6", LOG_FORMAT="JSON", BOT_USERNAME="@coachbot"),
                      env_file=None)
    assert (s.access, s.allowed_user_ids, s.webhook_port) == ("invite", frozenset({11, 12}), 8443)
    assert (s.retention_months, s.log_format, s.bot_username) == (6, "json", "coachbot")
    assert {TOKEN, "s3cret-s3cret-s3cret", "proxy-pass-1", "sk-abcdefghijkl"} <= set(s.secrets())
    assert "s3cret" not in repr(s)
    with pytest.raises(ConfigError, match="ACCESS=allowlist needs ALLOWED_USER_IDS"):
        load_settings(env(tmp_path, ACCESS="allowlist"), env_file=None)
