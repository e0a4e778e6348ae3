# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet "setuptools<81" wheel
	$(BIN)/pip install --quiet -e ".[test]"
	# an editable install is not byte-compiled by pip; where PYTHONDONTWRITEBYTECODE is set every run
	# would compile all the package's modules again (~0.1-0.2 s of each process)
	$(BIN)/python -m compileall -q pipeline
	touch $(STAMP)

install: $(STAMP)

# tables, outputs/run.json and the HTML report outputs/report/index.html
run: $(STAMP)
	$(BIN)/entity-pipeline run corpus -o outputs

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) outputs/*.csv outputs/run.json outputs/report
