"""The deployment files say what the README promises, and the installed package works from
any folder. A container is built and started only where an engine runs
(DEPLOY_BUILD_IMAGE=1 and a reachable Docker daemon)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from bot.storage.preflight import lock_database, prepare

ROOT = Path(__file__).resolve().parents[2]


def test_dockerfile_is_slim_non_root_with_a_volume_and_a_healthcheck():
    text = (ROOT / "Dockerfile").read_text()
    assert "FROM python:3.11-slim" in text and "-c constraints.txt" in text
    assert "USER bot" in text and 'VOLUME ["/data"]' in text
    assert 'CMD ["interview-bot", "health"]' in text and "HEALTHCHECK" in text
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".venv", ".env", "data", ".git"} <= set(ignored)


def test_compose_keeps_data_in_a_volume_and_the_port_on_loopback():
    text = (ROOT / "compose.yaml").read_text()
    assert "bot-data:/data" in text and '"127.0.0.1:8080:8080"' in text
    assert "env_file: .env" in text and "restart: unless-stopped" in text


def test_the_systemd_unit():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str
    unit.read(ROOT / "deploy" / "interview-bot.service")
    assert unit["Unit"]["After"] == "network-online.target"
    service = unit["Service"]
    assert service["Restart"] == "on-failure" and service["RestartPreventExitStatus"] == "2"
    assert service["WorkingDirectory"] and service["EnvironmentFile"]
    assert service["ExecStart"].endswith("interview-bot run") and service["UMask"] == "0077"


def test_nginx_forwards_the_webhook_path_over_tls():
    text = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "listen 443 ssl" in text and "location = /telegram" in text
    assert "proxy_pass http://127.0.0.1:8080" in text


def test_licence_and_bounds():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == {"text": "MIT"} and "MIT License" in (ROOT / "LICENSE").read_text()
    deps = {d.split("[")[0].split(">")[0].split("<")[0]: d for d in project["dependencies"]}
    for name in ("python-telegram-bot", "aiosqlite", "aiohttp", "aiohttp-socks"):
        assert "<" in deps[name], deps[name]  # we lean on their internals or 0.x APIs
    pinned = (ROOT / "constraints.txt").read_text().splitlines()
    assert pinned and all("==" in line for line in pinned)  # pip freeze, as CI tested


def test_from_another_folder_with_the_shipped_banks_and_templates(tmp_path):
    """As a service without WorkingDirectory: nothing read from the checkout."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QUESTION_BANKS_DIR", "TEMPLATES_DIR", "PYTHONPATH")}
    done = subprocess.run([str(Path(sys.executable).parent / "interview-bot"), "check"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "question_banks" in done.stdout and "templates" in done.stdout


def test_health_says_whether_a_bot_runs_on_the_database(tmp_path):
    db = tmp_path / "bot.sqlite3"
    prepare(db, lock=False)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WEBHOOK_", "DATABASE_"))}
    env["DATABASE_PATH"] = str(db)

    def health() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "bot", "health"], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=60)

    done = health()
    assert done.returncode == 1 and "no bot is running" in done.stderr
    held = lock_database(db)
    try:
        done = health()
    finally:
        held.close()
    assert done.returncode == 0 and done.stdout.startswith("ok:")


def _engine_runs() -> bool:
    if os.environ.get("DEPLOY_BUILD_IMAGE") != "1" or shutil.which("docker") is None:
        return False
    return subprocess.run(["docker", "info"], capture_output=True, timeout=30).returncode == 0


@pytest.mark.skipif(not _engine_runs(), reason="DEPLOY_BUILD_IMAGE=1 and a running Docker "
                                               "daemon are needed to build the image")
def test_the_image_builds_and_starts_as_a_non_root_user(tmp_path):
    subprocess.run(["docker", "build", "-t", "interview-bot:test", str(ROOT)], check=True,
                   timeout=900)
    version = subprocess.run(["docker", "run", "--rm", "interview-bot:test", "interview-bot",
                              "--version"], capture_output=True, text=True, timeout=120)
    assert version.returncode == 0 and version.stdout.startswith("interview-bot ")
    who = subprocess.run(["docker", "run", "--rm", "interview-bot:test", "id", "-u"],
                         capture_output=True, text=True, timeout=120)
    assert who.stdout.strip() == "10001"
    no_token = subprocess.run(["docker", "run", "--rm", "interview-bot:test"],
                              capture_output=True, text=True, timeout=120)
    assert no_token.returncode == 2 and "TELEGRAM_BOT_TOKEN is not set" in no_token.stderr
