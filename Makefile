# discourse: two commands do everything on a fresh machine with Python 3.11 and make.
#   make figures   create .venv, install, run the main job on seeds/, print the who-says-what summary
#   make test      create .venv, install, run every test (notebooks included)
# Versions are pinned by constraints.txt so that results and figures come out the same elsewhere.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: figures test install lock clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

figures: $(STAMP)
	MPLBACKEND=Agg $(BIN)/discourse figures seeds --out figures --results results

test: $(STAMP)
	MPLBACKEND=Agg $(BIN)/python -m pytest

# Re-resolve the pinned versions (run after changing dependencies in pyproject.toml).
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e ".[dev]"
	{ echo "# Pinned versions for make install (pip install -c constraints.txt). Regenerate: make lock"; \
	  .lock-venv/bin/python -m pip freeze --exclude-editable; } > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) results .pytest_cache .hypothesis
