"""A client author's test: a Python client generated from the committed schema (openapi-python-client) runs
the whole workflow against a live server, and every response it gets is validated against the schema
with a strict OpenAPI validator (openapi-core). Both databases."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from claims.models import Claim
from tests.conftest import role
from tests.factories import make_claims

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "docs" / "openapi.yaml"


@pytest.fixture(scope="session")
def generated(tmp_path_factory):
    """The client package, generated from docs/openapi.yaml as a client author would, and imported."""
    folder = tmp_path_factory.mktemp("generated")
    bin_dir = Path(sys.executable).parent
    result = subprocess.run([str(bin_dir / "openapi-python-client"), "generate", "--path", str(SCHEMA),
                             "--meta", "none", "--output-path", str(folder / "claimtrack_client")],
                            env={**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning" not in result.stdout + result.stderr, result.stdout + result.stderr
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module("claimtrack_client")
    finally:
        sys.path.remove(str(folder))


class Recorder:
    """Keeps every request and response the client makes, for validation against the schema."""

    def __init__(self):
        self.exchanges = []

    def __call__(self, response):
        response.read()
        self.exchanges.append(response)


def validate_all(exchanges) -> int:
    from openapi_core import OpenAPI
    from openapi_core.datatypes import RequestParameters
    from werkzeug.datastructures import Headers, ImmutableMultiDict

    api = OpenAPI.from_file_path(str(SCHEMA))

    class Request:
        def __init__(self, request):
            self.host_url = f"{request.url.scheme}://{request.url.netloc.decode()}"
            self.path, self.method = request.url.path, request.method.lower()
            self.parameters = RequestParameters(query=ImmutableMultiDict(list(request.url.params.multi_items())),
                                                header=Headers(dict(request.headers)), cookie=ImmutableMultiDict())
            self.content_type = request.headers.get("content-type", "")
            self.body = request.content or None

    class Response:
        def __init__(self, response):
            self.data, self.status_code = response.content, response.status_code
            self.content_type = response.headers.get("content-type", "").split(";")[0]
            self.headers = Headers(dict(response.headers))

    for response in exchanges:
        api.validate_response(Request(response.request), Response(response))
    return len(exchanges)


def cursor_of(link: str | None):
    return parse_qs(urlparse(link).query)["cursor"][0] if link else None


@pytest.mark.django_db(transaction=True)
def test_a_generated_client_runs_the_whole_workflow_and_every_response_matches_the_schema(
        generated, live_server, live_db, django_user_model, publishing):
    from claimtrack_client import AuthenticatedClient, Client
    from claimtrack_client.api.auth import auth_token_create
    from claimtrack_client.api.claims import (
        claims_claimreview_retrieve,
        claims_export_csv,
        claims_history_list,
        claims_list,
        claims_publish_create,
        claims_retrieve,
        claims_status_create,
    )
    from claimtrack_client.api.compat import factchecktools_claims_search
    from claimtrack_client.api.extract import extract_create
    from claimtrack_client.models import (
        AuthTokenRequest,
        ClaimsListOrdering,
        EvidenceItemRequest,
        ExtractRequest,
        PublishRequest,
        StatusChangeRequest,
        StatusEnum,
    )

    make_claims(count=12, checkworthiness=0.8)
    user = django_user_model.objects.create_user("rita", password="correct horse battery", is_staff=True)
    user.groups.add(role("Reviewers"))
    recorder = Recorder()
    hooks = {"event_hooks": {"response": [recorder]}}

    token = auth_token_create.sync(client=Client(live_server.url, httpx_args=hooks),
                                   body=AuthTokenRequest(username="rita", password="correct horse battery"))
    client = AuthenticatedClient(live_server.url, token=token.token, prefix="Token", httpx_args=hooks)

    assert ClaimsListOrdering.CHECKWORTHINESS_DESC.value == "-checkworthiness"  # named, not VALUE_0
    for ordering in ClaimsListOrdering:  # every ordering, walked to the end while claims arrive
        at_start = set(Claim.objects.values_list("id", flat=True))
        seen, cursor, added = [], None, 0
        while True:
            page = claims_list.sync(client=client, ordering=ordering, page_size=5,
                                    **({"cursor": cursor} if cursor else {}))
            seen += [claim.id for claim in page.results]
            if added < 2:
                make_claims(count=1, checkworthiness=0.8)
                added += 1
            cursor = cursor_of(page.next_)
            if cursor is None:
                break
        assert len(seen) == len(set(seen)) and at_start <= set(seen), ordering

    claim_id = seen[0]
    first = claims_retrieve.sync_detailed(claim_id, client=client)
    etag = first.headers["etag"]
    assert claims_retrieve.sync_detailed(claim_id, client=client, if_none_match=etag).status_code == 304
    verdict = StatusChangeRequest(status=StatusEnum.CONTRADICTED, note="The ministry's report says otherwise.",
                                  evidence=[EvidenceItemRequest(url="https://example.org/report", note="report")])
    changed = claims_status_create.sync_detailed(claim_id, client=client, body=verdict, if_match=etag)
    assert changed.status_code == 200 and changed.parsed.version == 2
    assert claims_retrieve.sync_detailed(claim_id, client=client, if_none_match=etag).status_code == 200
    stale = claims_status_create.sync_detailed(claim_id, client=client, body=verdict, if_match=etag)
    assert stale.status_code == 412

    history = claims_history_list.sync(claim_id, client=client)
    assert [entry.to_status for entry in history][-1] == "contradicted"
    assert claims_claimreview_retrieve.sync_detailed(claim_id, client=client).status_code == 404  # not published
    published = claims_publish_create.sync_detailed(claim_id, client=client, body=PublishRequest(note="First."))
    assert published.status_code == 200 and published.parsed.live
    review = claims_claimreview_retrieve.sync_detailed(claim_id, client=client)
    assert review.status_code == 200 and review.parsed.url == published.parsed.page
    found = factchecktools_claims_search.sync_detailed(client=client, query="troops", page_size=5)
    assert found.status_code == 200
    assert [c.claim_review[0].url for c in found.parsed.claims] == [published.parsed.page]
    text = "Defence Minister Ana Costa said 12,000 soldiers crossed the border on Monday. Thank you for reading."
    extracted = extract_create.sync_detailed(client=client, body=ExtractRequest(text=text))
    assert extracted.status_code == 200 and extracted.parsed.claims == 1
    first = extracted.parsed.sentences[0]
    assert first.claim and first.claimant == "Ana Costa" and 0 < first.checkworthiness < 1
    csv = claims_export_csv.sync_detailed(client=client)
    assert csv.status_code == 200 and csv.content.startswith(b"id,")

    assert validate_all(recorder.exchanges) >= 20
