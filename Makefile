# claimtrack: `make run` serves the tracker on http://127.0.0.1:8000, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: venv run user test lint format bench bench-import schema migrate clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

migrate: venv
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py migrate --noinput

# `make run` publishes fact checks on this address (see README, "Publishing fact checks").
run: export CLAIMTRACK_PUBLISHING ?= true
run: export CLAIMTRACK_SITE_URL ?= http://$(HOST):$(PORT)
run: export CLAIMTRACK_ORGANIZATION_URL ?= http://$(HOST):$(PORT)/fact-checks/
run: migrate
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py collectstatic --noinput -v 0
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py loaddata fixtures/sources.json
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py import_articles seeds/ --manifest fixtures/seeds_manifest.json
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py match_claims
	@echo "Review desk: http://$(HOST):$(PORT)/admin/  (first time, in another terminal: make user)"
	@echo "API:   http://$(HOST):$(PORT)/api/v1/  (docs: /api/v1/docs/)"
	@echo "Published fact checks: http://$(HOST):$(PORT)/fact-checks/"
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py runserver $(HOST):$(PORT)

user: migrate
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py createsuperuser

test: venv
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

schema: venv
	DEBUG=true $(BIN)/python manage.py spectacular --file docs/openapi.yaml --validate --fail-on-warn

bench: venv
	$(BIN)/python -m bench.read_bench --serve-seconds 30 --exports $(BENCH_ARGS)

bench-import: venv
	$(BIN)/python -m bench.import_bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles
