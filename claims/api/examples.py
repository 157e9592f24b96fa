"""Examples for the OpenAPI document: what real requests and responses look like (a claim from a news report,
a verdict with its evidence). tests/tracker/test_schema_file.py validates each against its schema."""

from drf_spectacular.utils import OpenApiExample

_CLAIM = {
    "id": 4821,
    "url": "https://tracker.example.org/api/v1/claims/4821/",
    "text": "About 10,000 North Korean soldiers have been sent to Russia, the Pentagon said on Monday.",
    "status": "unverified",
    "status_changed_at": "2024-11-04T09:12:31.208Z",
    "version": 1,
    "article": {"id": 312, "title": "Pentagon: 10,000 North Korean troops in Russia",
                "url": "https://news.example.com/world/pentagon-north-korean-troops"},
    "outlet": {"id": 7, "name": "Example News"},
    "claimant": {"id": 58, "name": "Pentagon"},
    "start": 412,
    "end": 503,
    "checkworthiness": 0.86,
    "reasons": ["states a figure", "attributed to Pentagon"],
    "figures": [{"kind": "quantity", "text": "About 10,000", "value": 10000.0, "unit": "soldiers",
                 "qualifier": "about"}],
    "present": True,
    "cluster": 905,
    "has_conflict": True,
    "needs_review": False,
    "suggested_status": "",
    "created_at": "2024-11-04T09:12:31.208Z",
    "updated_at": "2024-11-04T09:12:33.950Z",
}

CLAIM = OpenApiExample("A claim awaiting review", value=_CLAIM, response_only=True)

STATUS_CHANGE = OpenApiExample(
    "Contradicted with evidence",
    value={"status": "contradicted",
           "note": "The ministry's own statement gives 8,000 in Kursk; 10,000 counts those still in training.",
           "evidence": [{"url": "https://ministry.example.gov/statements/2024-11-04", "note": "ministry statement"},
                        {"claim": 4790, "note": "the 8,000 figure as reported elsewhere"}]},
    request_only=True,
)

STATUS_CHANGED = OpenApiExample(
    "The status was changed",
    value={**_CLAIM, "status": "contradicted", "status_changed_at": "2024-11-05T14:02:10.114Z", "version": 2,
           "updated_at": "2024-11-05T14:02:10.114Z", "changed": True,
           "message": "Status set to contradicted (version 2).",
           "history_entry": {
               "id": 10233, "at": "2024-11-05T14:02:10.114Z", "actor": "mhale", "actor_name": "Maria Hale",
               "origin": "api", "request_id": "5f1c0e7a9b2d4c61a0e3f8d2b7c94e15", "action": "status_changed",
               "from_status": "unverified", "to_status": "contradicted", "changes": {"status": ["unverified",
                                                                                              "contradicted"]},
               "note": "The ministry's own statement gives 8,000 in Kursk; 10,000 counts those still in training.",
               "evidence": [{"url": "https://ministry.example.gov/statements/2024-11-04",
                             "note": "ministry statement"}],
               "reason": "", "prev_hash": "9b0e4c2f6d1a8e3b5c7f0a2d4e6b8c1f3a5d7e9b0c2e4f6a8b1d3c5e7f9a0b2c",
               "entry_hash": "1d3f5b7e9a0c2e4b6d8f1a3c5e7b9d0f2a4c6e8b1d3f5a7c9e0b2d4f6a8c1e3b"}},
    response_only=True,
)

TOKEN_REQUEST = OpenApiExample("Sign in", value={"username": "mhale", "password": "correct horse battery staple"},
                               request_only=True)
TOKEN = OpenApiExample("Your token", value={"token": "9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b"},
                       response_only=True)

INVALID_REQUEST = {"status": "contradicted", "note": "The report gives another figure.",
                   "evidence": [{"url": "ftp://files.example.org/report.pdf", "note": "the report"}]}
_MESSAGE = ["Item 0: 'ftp://files.example.org/report.pdf' is not an http(s) URL."]
# "errors" holds every field's messages by dotted path; the field's own top-level key is kept for clients of
# the first release.
INVALID = {"detail": "Invalid input.", "errors": {"evidence": _MESSAGE}, "evidence": _MESSAGE}
