# `make run` and `make test` work on a machine with only python3, make and git:
# they create .venv and install the project into it (a second run reuses it).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check bench console backup clean

# constraints.txt pins the versions CI last tested; pyproject.toml keeps the ranges.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# The console (on its own database, data/console.sqlite3) only when no token is configured.
run: $(STAMP)
	$(BIN)/interview-bot run --console-if-no-token

console: $(STAMP)
	$(BIN)/interview-bot console

check: $(STAMP)
	$(BIN)/interview-bot check

# An online backup of DATABASE_PATH into data/backups/, safe while the bot runs.
backup: $(STAMP)
	$(BIN)/interview-bot backup

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info
