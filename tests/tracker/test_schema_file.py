"""docs/openapi.yaml is the schema the running API serves (regenerate: make schema)."""

from pathlib import Path

import yaml

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"


def test_the_committed_schema_is_up_to_date(api, db):
    served = yaml.safe_load(api.get("/api/v1/schema/").content)
    committed = yaml.safe_load(SCHEMA_FILE.read_text())
    assert committed == served, "docs/openapi.yaml is stale: run `make schema`"


def _examples(node, where=""):
    """(where, schema, example value) for every example of a media type in the document."""
    if isinstance(node, dict):
        if "schema" in node and "examples" in node:
            for name, example in node["examples"].items():
                yield f"{where}/{name}", node["schema"], example["value"]
        for key, value in node.items():
            yield from _examples(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _examples(value, f"{where}/{index}")


def test_every_example_in_the_schema_is_a_valid_request_or_response():
    from jsonschema import Draft202012Validator

    document = yaml.safe_load(SCHEMA_FILE.read_text())
    found = list(_examples(document["paths"]))
    assert len(found) >= 5, "the claim, a status change and its answer, and the token exchange have examples"
    for where, schema, value in found:
        validator = Draft202012Validator({**schema, "components": document["components"]})
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(value)]
        assert not errors, (where, errors)
    error = document["components"]["schemas"]["Error"]
    for value in error["examples"]:
        assert not list(Draft202012Validator(error).iter_errors(value))


def test_the_examples_show_what_the_api_answers(api, reviewer_api, db):
    """The same fields as a real claim and a real status change; the error example is a real answer."""
    from claims.api import examples
    from tests.factories import make_claim

    claim = make_claim()
    assert set(examples.CLAIM.value) == set(api.get(f"/api/v1/claims/{claim.pk}/").json())
    changed = reviewer_api.post(f"/api/v1/claims/{claim.pk}/status/", {
        "status": "contradicted", "note": "The ministry gives 8,000 in Kursk.",
        "evidence": [{"url": "https://ministry.example.gov/statement", "note": "statement"}]}, format="json").json()
    assert set(examples.STATUS_CHANGED.value) == set(changed)
    assert set(examples.STATUS_CHANGED.value["history_entry"]) == set(changed["history_entry"])
    refused = reviewer_api.post(f"/api/v1/claims/{claim.pk}/status/", examples.INVALID_REQUEST, format="json")
    assert refused.status_code == 400
    assert refused.json() == examples.INVALID
