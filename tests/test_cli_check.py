"""`interview-bot check` and start-up refusal on broken content, as a coach would meet them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from bot.cli import main
from tests.harness import BANKS, ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "banks"


def test_shipped_content_passes(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("TEMPLATES_DIR", raising=False)
    monkeypatch.delenv("QUESTION_BANKS_DIR", raising=False)
    assert main(["check"]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_a_broken_bank_gives_file_line_and_exit_1(capsys):
    assert main(["check", str(FIXTURES / "unknown_category.yaml")]) == 1
    out = capsys.readouterr().out
    assert "unknown_category.yaml:" in out and "unknown category 'trend'" in out
    line = out.strip().splitlines()[0]
    path, number, message = line.split(":", 2)
    assert path.endswith("unknown_category.yaml") and number.isdigit() and message.strip()


def test_a_template_override_with_an_unknown_variable_is_reported(tmp_path, capsys):
    override = tmp_path / "email_warm.txt.j2"
    override.write_text("Subject: Hello\nHi {{ first_name }},\n{{ favourite_colour }}\n")
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{override}:3:" in out and "favourite_colour" in out


def test_check_uses_templates_dir_from_the_environment(tmp_path, capsys, monkeypatch):
    (tmp_path / "text.txt.j2").write_text("Hi {{ first_name }} {% if %}\n")
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("TEMPLATES_DIR", str(tmp_path))
    assert main(["check"]) == 1
    assert "text.txt.j2:1:" in capsys.readouterr().out


def test_the_bot_refuses_to_start_on_an_invalid_bank_and_names_the_file(tmp_path):
    banks = tmp_path / "banks"
    shutil.copytree(BANKS, banks)
    shutil.copy(FIXTURES / "duplicate_id.yaml", banks / "duplicate_id.yaml")
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update(QUESTION_BANKS_DIR=str(banks), DATABASE_PATH=str(tmp_path / "db.sqlite3"))
    proc = subprocess.run([sys.executable, "-m", "bot", "console"], cwd=tmp_path, env=env,
                          input="", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "duplicate_id.yaml:" in proc.stderr and "will not start" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_check_on_a_bank_folder_reports_rules_across_files(capsys):
    assert main(["check", str(FIXTURES / "rules" / "broken")]) == 1
    out = capsys.readouterr().out
    assert "broken.yaml:40: question 'tools-used': no answer from persona 'sam'" in out
    assert "other.yaml:22: question 'tools-we-use': the same question is in" in out


def test_check_on_the_core_file_alone(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["check", str(BANKS / "_core.yaml")]) == 0
    assert "no problems found" in capsys.readouterr().out
