"""docs/openapi.yaml is the schema the running API serves (regenerate: make schema)."""

from pathlib import Path

import yaml

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"


def test_the_committed_schema_is_up_to_date(api, db):
    served = yaml.safe_load(api.get("/api/v1/schema/").content)
    committed = yaml.safe_load(SCHEMA_FILE.read_text())
    assert committed == served, "docs/openapi.yaml is stale: run `make schema`"
