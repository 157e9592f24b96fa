"""OpenAPI post-processing: document the JSON error responses every endpoint can give."""

from claims.api.examples import INVALID

ERRORS = {
    "400": "Invalid input or filter value: {\"detail\": ..., <field>: [messages]}",
    "401": "Authentication credentials were not provided or are invalid.",
    "403": "Authenticated, but not allowed.",
    "404": "Not found.",
    "406": "Neither ?format= nor the Accept header names a format this endpoint serves.",
    "429": "Too many requests; see the Retry-After header.",
}


def add_error_responses(result, generator, request, public):
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = {
        "type": "object",
        "properties": {
            "detail": {"type": "string", "description": "What went wrong, for people."},
            "errors": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}},
                       "description": "Invalid input only: each field's dotted path (evidence.0.url) and its "
                                      "messages."},
        },
        "required": ["detail"],
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
        "examples": [INVALID],
    }
    ref = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for code, description in ERRORS.items():
                responses.setdefault(code, {"description": description, "content": ref})
            if method == "post" and path.endswith("/status/"):
                responses.setdefault("412", {"description": "If-Match does not match the claim's current ETag.",
                                             "content": ref})
                responses.setdefault("415", {"description": "The body is not JSON.", "content": ref})
            if method == "get":
                _add_validators(operation, responses)
                served = {".csv": "csv", ".jsonl": "jsonl"}.get(path[path.rfind("."):]) if "." in path else None
                for parameter in operation.get("parameters", []):
                    enum = parameter.get("schema", {}).get("enum", [])
                    if parameter.get("name") == "ordering" and enum:
                        # Names for generated clients: CHECKWORTHINESS_DESC, not VALUE_0.
                        parameter["schema"]["x-enum-varnames"] = [
                            v.lstrip("-").upper() + ("_DESC" if v.startswith("-") else "") for v in enum]
                    if parameter.get("name") == "page_size" and parameter.get("in") == "query":
                        parameter["schema"].update(minimum=1, default=50)
                    if served and parameter.get("name") == "format" and parameter.get("in") == "query":
                        parameter["schema"]["enum"] = [served]  # a file endpoint serves its one format
                        parameter["description"] = f"Only {served}; anything else is 406."
            responses.setdefault("405", {"description": "The method is not allowed here (see Allow).",
                                         "content": ref})
            if method in ("post", "put", "patch"):
                responses.setdefault("413", {"description": "The body is over MAX_REQUEST_BYTES (1 MiB by default).",
                                             "content": ref})
    _drop_backend_integer_bounds(result)
    _nullable_as_json_schema(result)
    _blank_or_uri(result)
    _always_present_is_required(schemas)
    _describe_filters(result, generator)
    _anonymous_reads(result)
    return result


def _describe_filters(result, generator) -> None:
    """The filters' help texts as parameter descriptions (drf-spectacular drops them for filters whose
    field has its own schema, such as tracker.filters.IdField)."""
    for path, _, method, callback in getattr(generator, "endpoints", []):
        filterset = getattr(getattr(callback, "cls", None), "filterset_class", None)
        operation = result.get("paths", {}).get(path, {}).get(method.lower())
        if filterset is None or operation is None:
            continue
        for parameter in operation.get("parameters", []):
            found = filterset.base_filters.get(parameter["name"])
            if found is not None and not parameter.get("description"):
                text = found.extra.get("help_text") or found.label
                if text:
                    parameter["description"] = str(text)


def _anonymous_reads(result) -> None:
    """Reads need no credentials while API_ANONYMOUS_READ is on (the default), except the staff-only
    import runs: say so, so clients do not demand a token."""
    from django.conf import settings

    if not settings.API_ANONYMOUS_READ:
        return
    for path, operations in result.get("paths", {}).items():
        operation = operations.get("get")
        if operation is None or path.startswith("/api/v1/imports/"):
            continue
        security = operation.setdefault("security", [])
        if {} not in security:
            security.append({})


# Response shapes with keys that depend on the row (a figure's keys depend on its kind).
PARTIAL_SHAPES = {"Figure", "Error"}


def _always_present_is_required(schemas: dict) -> None:
    """Every response serializer writes every field it declares (tests compare their output with the
    declared fields), so all are required: generated clients then type them X, not X | Unset."""
    for name, component in schemas.items():
        if not name.endswith("Request") and name not in PARTIAL_SHAPES and "properties" in component:
            component["required"] = sorted(component["properties"])


def _blank_or_uri(node) -> None:
    """drf-spectacular writes "a URL or blank" as oneOf [uri, maxLength 0]; "" matches both (format is an
    annotation in JSON Schema), which oneOf forbids. anyOf says what is meant."""
    if isinstance(node, dict):
        branches = node.get("oneOf")
        if isinstance(branches, list) and {"type": "string", "maxLength": 0} in branches:
            node["anyOf"] = node.pop("oneOf")
        for value in node.values():
            _blank_or_uri(value)
    elif isinstance(node, list):
        for value in node:
            _blank_or_uri(value)


def _nullable_as_json_schema(node) -> None:
    """OpenAPI 3.1 has no `nullable`: what DRF's pagination and hand-written schemas still say with it
    becomes a "null" type (or a oneOf with null), so strict validators accept the nulls the API sends."""
    if isinstance(node, dict):
        if node.pop("nullable", False):
            kind = node.get("type")
            if isinstance(kind, str):
                node["type"] = [kind, "null"]
            elif isinstance(kind, list):
                node["type"] = [*kind, *(["null"] if "null" not in kind else [])]
            else:
                alternatives = {key: node.pop(key) for key in ("$ref", "allOf") if key in node}
                node["oneOf"] = [alternatives, {"type": "null"}]
        for value in node.values():
            _nullable_as_json_schema(value)
    elif isinstance(node, list):
        for value in node:
            _nullable_as_json_schema(value)


DATED_OPERATIONS = {"claims_retrieve"}  # views with a last_modified() (tracker.conditional)


def _add_validators(operation: dict, responses: dict) -> None:
    """Every GET answers with an ETag that changes whenever the body does, and 304 to If-None-Match."""
    parameters = operation.setdefault("parameters", [])
    if not any(p.get("name") == "If-None-Match" for p in parameters):
        parameters.append({"in": "header", "name": "If-None-Match", "required": False, "schema": {"type": "string"},
                           "description": "An ETag you were given: 304 Not Modified while it is still current."})
    for code, response in responses.items():
        if code.startswith("2"):
            response.setdefault("headers", {})["ETag"] = {
                "schema": {"type": "string"},
                "description": 'Changes whenever the body does; "<version>-<digest>" on claims and clusters, '
                               "whose version alone If-Match needs."}
    if operation.get("operationId") in DATED_OPERATIONS:
        parameters.append({"in": "header", "name": "If-Modified-Since", "required": False,
                           "schema": {"type": "string"},
                           "description": "A Last-Modified you were given: 304 while nothing shown has changed "
                                          "(If-None-Match, when sent, decides instead)."})
        for code, response in responses.items():
            if code.startswith("2"):
                response["headers"]["Last-Modified"] = {
                    "schema": {"type": "string"},
                    "description": "When anything shown last changed (the claim, its article, outlet or "
                                   "claimant); absent within the second of a change."}
    responses.setdefault("304", {"description": "Not Modified: If-None-Match (or If-Modified-Since) names the "
                                                "current version."})


_BACKEND_MAXIMA = {2**31 - 1, 2**63 - 1}


def _drop_backend_integer_bounds(node) -> None:
    """SQLite and PostgreSQL give integer fields different ranges; the API contract is the same on both."""
    if isinstance(node, dict):
        if node.get("type") == "integer" and node.get("maximum") in _BACKEND_MAXIMA and node.get("minimum") != 1:
            node.pop("maximum")
            node.pop("format", None)
        for value in node.values():
            _drop_backend_integer_bounds(value)
    elif isinstance(node, list):
        for value in node:
            _drop_backend_integer_bounds(value)
