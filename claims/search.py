"""Full-text search over one stored document per claim: its text, its claimant's name and aliases, its
article's title and its outlet's name.

The database keeps the document right (migration claims 0008): triggers rebuild a claim's document when
its text, claimant or article changes, and the documents of every claim concerned when a source is
renamed, an alias is added or removed, or an article's title or outlet changes.

- PostgreSQL: a tsvector column claims_claim.search (not a model field, so no read ever loads it) with a
  GIN index; ?q= is websearch_to_tsquery('english', q).
- SQLite: an FTS5 table claims_claim_fts (rowid = claim id, Porter stemming); ?q= is the same web-search
  syntax translated to FTS5: words are ANDed, "quoted phrases", `or` between words, -word excludes, and
  English stop words are left out as PostgreSQL leaves them out.
"""

from __future__ import annotations

import re

from django.db import connection
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import Expression, RawSQL

FTS_TABLE = "claims_claim_fts"

# PostgreSQL's english.stop (the Snowball English stop word list), which websearch_to_tsquery drops.
STOP_WORDS = frozenset("""
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
it its itself they them their theirs themselves what which who whom this that these those am is are was were be
been being have has had having do does did doing a an the and but if or because as until while of at by for with
about against between into through during before after above below to from up down in out on off over under
again further then once here there when where why how all any both each few more most other some such no nor not
only own same so than too very s t can will just don should now
""".split())

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")

# The document of one claim, as SQL over the claim's own columns (PostgreSQL: a function of them).
PG_DOCUMENT_FUNCTION = """
CREATE OR REPLACE FUNCTION claims_claim_document(claim_text text, claimant bigint, article bigint)
RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('english', claim_text), 'A')
        || setweight(to_tsvector('english', coalesce((
               SELECT s.name || ' ' || coalesce(string_agg(al.name, ' '), '')
               FROM sources_source s LEFT JOIN sources_sourcealias al ON al.source_id = s.id
               WHERE s.id = claimant GROUP BY s.id), '')), 'B')
        || setweight(to_tsvector('english', coalesce((
               SELECT a.title FROM sources_article a WHERE a.id = article), '')), 'C')
        || setweight(to_tsvector('english', coalesce((
               SELECT o.name || ' ' || coalesce((SELECT string_agg(al.name, ' ') FROM sources_sourcealias al
                                                 WHERE al.source_id = o.id), '')
               FROM sources_article a JOIN sources_source o ON o.id = a.outlet_id WHERE a.id = article), '')), 'D')
$$
"""

SQLITE_DOCUMENT_VIEW = """
CREATE VIEW claims_claim_document AS
SELECT c.id AS id,
       c.text
       || ' ' || coalesce((SELECT s.name || ' ' || coalesce((SELECT group_concat(al.name, ' ') FROM
                           sources_sourcealias al WHERE al.source_id = s.id), '')
                           FROM sources_source s WHERE s.id = c.claimant_id), '')
       || ' ' || coalesce((SELECT a.title || ' ' || o.name || ' ' || coalesce((SELECT group_concat(al.name, ' ')
                           FROM sources_sourcealias al WHERE al.source_id = o.id), '')
                           FROM sources_article a JOIN sources_source o ON o.id = a.outlet_id
                           WHERE a.id = c.article_id), '') AS document
FROM claims_claim c
"""

# Claims whose document mentions a source (as claimant or as the outlet of their article), by source id;
# the same SQL on both databases.
_OF_SOURCE = ("SELECT id FROM claims_claim WHERE claimant_id = {source} UNION SELECT c.id FROM claims_claim c "
                 "JOIN sources_article a ON a.id = c.article_id WHERE a.outlet_id = {source}")
_PG_REFRESH = ("UPDATE claims_claim SET search = claims_claim_document(text, claimant_id, article_id) "
               "WHERE id IN ({ids})")
_SQLITE_REFRESH = (f"UPDATE {FTS_TABLE} SET document = (SELECT d.document FROM claims_claim_document d "
                   f"WHERE d.id = {FTS_TABLE}.rowid) WHERE rowid IN ({{ids}})")


def _pg_trigger(name: str, table: str, events: str, body: str, *, row_var: str = "NEW") -> list[str]:
    return [
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body}; "
        f"RETURN {row_var}; END $$",
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} {events} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def install_sql(vendor: str) -> list[str]:
    """Statements that create the search documents, fill them and keep them right."""
    if vendor == "postgresql":
        of_new = _OF_SOURCE.format(source="NEW.id")
        of_old = _OF_SOURCE.format(source="OLD.source_id")
        of_new_alias = _OF_SOURCE.format(source="NEW.source_id")
        return [
            "DROP INDEX IF EXISTS claims_claim_text_fts",  # one index on the stored document replaces it
            "ALTER TABLE claims_claim ADD COLUMN IF NOT EXISTS search tsvector",
            PG_DOCUMENT_FUNCTION,
            "UPDATE claims_claim SET search = claims_claim_document(text, claimant_id, article_id)",
            "CREATE INDEX IF NOT EXISTS claims_claim_search_idx ON claims_claim USING gin (search)",
            # With the default sample, a word outside the most common thousand is guessed at ~0.4% of the
            # claims, so the planner walks the primary key for a rare or absent word (0.4-0.7 s at 1M
            # claims) instead of reading the GIN index (2 ms). A larger sample fixes the estimates.
            "ALTER TABLE claims_claim ALTER COLUMN search SET STATISTICS 1000",
            *_pg_trigger("claims_claim_search_doc", "claims_claim",
                         "BEFORE INSERT OR UPDATE OF text, claimant_id, article_id",
                         "NEW.search := claims_claim_document(NEW.text, NEW.claimant_id, NEW.article_id)"),
            *_pg_trigger("claims_source_search_doc", "sources_source", "AFTER UPDATE OF name",
                         f"IF NEW.name IS DISTINCT FROM OLD.name THEN {_PG_REFRESH.format(ids=of_new)}; END IF"),
            *_pg_trigger("claims_alias_search_doc_new", "sources_sourcealias", "AFTER INSERT OR UPDATE OF name, "
                         "source_id", _PG_REFRESH.format(ids=of_new_alias)),
            *_pg_trigger("claims_alias_search_doc_old", "sources_sourcealias", "AFTER DELETE OR UPDATE OF source_id",
                         _PG_REFRESH.format(ids=of_old), row_var="OLD"),
            *_pg_trigger("claims_article_search_doc", "sources_article", "AFTER UPDATE OF title, outlet_id",
                         "IF (NEW.title, NEW.outlet_id) IS DISTINCT FROM (OLD.title, OLD.outlet_id) THEN "
                         + _PG_REFRESH.format(ids="SELECT id FROM claims_claim WHERE article_id = NEW.id")
                         + "; END IF"),
        ]
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(document, "
        "tokenize = 'porter unicode61 remove_diacritics 2')",
        SQLITE_DOCUMENT_VIEW,
        f"INSERT INTO {FTS_TABLE} (rowid, document) SELECT id, document FROM claims_claim_document",
        f"""CREATE TRIGGER claims_claim_search_insert AFTER INSERT ON claims_claim BEGIN
            INSERT INTO {FTS_TABLE} (rowid, document) SELECT id, document FROM claims_claim_document
            WHERE id = NEW.id; END""",
        f"""CREATE TRIGGER claims_claim_search_update AFTER UPDATE OF text, claimant_id, article_id ON claims_claim
            BEGIN {_SQLITE_REFRESH.format(ids="NEW.id")}; END""",
        f"""CREATE TRIGGER claims_claim_search_delete AFTER DELETE ON claims_claim BEGIN
            DELETE FROM {FTS_TABLE} WHERE rowid = OLD.id; END""",
        f"""CREATE TRIGGER claims_source_search_doc AFTER UPDATE OF name ON sources_source
            WHEN NEW.name IS NOT OLD.name BEGIN {_SQLITE_REFRESH.format(ids=_OF_SOURCE.format(source="NEW.id"))};
            END""",
        f"""CREATE TRIGGER claims_alias_search_doc_insert AFTER INSERT ON sources_sourcealias BEGIN
            {_SQLITE_REFRESH.format(ids=_OF_SOURCE.format(source="NEW.source_id"))}; END""",
        f"""CREATE TRIGGER claims_alias_search_doc_update AFTER UPDATE OF name, source_id ON sources_sourcealias
            BEGIN {_SQLITE_REFRESH.format(ids=_OF_SOURCE.format(source="NEW.source_id"))};
            {_SQLITE_REFRESH.format(ids=_OF_SOURCE.format(source="OLD.source_id"))}; END""",
        f"""CREATE TRIGGER claims_alias_search_doc_delete AFTER DELETE ON sources_sourcealias BEGIN
            {_SQLITE_REFRESH.format(ids=_OF_SOURCE.format(source="OLD.source_id"))}; END""",
        f"""CREATE TRIGGER claims_article_search_doc AFTER UPDATE OF title, outlet_id ON sources_article
            WHEN NEW.title IS NOT OLD.title OR NEW.outlet_id IS NOT OLD.outlet_id BEGIN
            {_SQLITE_REFRESH.format(ids="SELECT id FROM claims_claim WHERE article_id = NEW.id")}; END""",
    ]


def uninstall_sql(vendor: str) -> list[str]:
    if vendor == "postgresql":
        return [
            "DROP TRIGGER IF EXISTS claims_claim_search_doc ON claims_claim",
            "DROP TRIGGER IF EXISTS claims_source_search_doc ON sources_source",
            "DROP TRIGGER IF EXISTS claims_alias_search_doc_new ON sources_sourcealias",
            "DROP TRIGGER IF EXISTS claims_alias_search_doc_old ON sources_sourcealias",
            "DROP TRIGGER IF EXISTS claims_article_search_doc ON sources_article",
            *(f"DROP FUNCTION IF EXISTS {name}()" for name in (
                "claims_claim_search_doc", "claims_source_search_doc", "claims_alias_search_doc_new",
                "claims_alias_search_doc_old", "claims_article_search_doc")),
            "DROP INDEX IF EXISTS claims_claim_search_idx",
            "ALTER TABLE claims_claim DROP COLUMN IF EXISTS search",
            "DROP FUNCTION IF EXISTS claims_claim_document(text, bigint, bigint)",
            "CREATE INDEX IF NOT EXISTS claims_claim_text_fts ON claims_claim USING gin "
            "(to_tsvector('english'::regconfig, COALESCE(text, '')))",
        ]
    return [
        *(f"DROP TRIGGER IF EXISTS {name}" for name in (
            "claims_claim_search_insert", "claims_claim_search_update", "claims_claim_search_delete",
            "claims_source_search_doc", "claims_alias_search_doc_insert", "claims_alias_search_doc_update",
            "claims_alias_search_doc_delete", "claims_article_search_doc")),
        "DROP VIEW IF EXISTS claims_claim_document",
        f"DROP TABLE IF EXISTS {FTS_TABLE}",
    ]


def fts5_query(text: str) -> tuple[str, list[str]]:
    """Web-search syntax as an FTS5 query: (query of the wanted terms, excluded terms as FTS5 queries).

    Words are ANDed; `or` between two terms makes them alternatives; "a phrase" matches the words in
    order; -word and -"a phrase" exclude. Stop words are dropped, as websearch_to_tsquery drops them.
    """
    groups: list[list[str]] = []  # ANDed groups of ORed terms
    excluded: list[str] = []
    pending_or = False
    for match in _TOKEN.finditer(text):
        negated, phrase, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None:
            negated, raw = ("-", bare[1:]) if bare.startswith("-") else ("", bare)
            if raw.lower() == "or" and not negated:
                pending_or = bool(groups)
                continue
        else:
            raw = phrase
        words = _WORD.findall(raw.lower())
        if len(words) == 1 or bare is not None:  # a phrase keeps its stop words: FTS5 phrases are exact
            words = [w for w in words if w not in STOP_WORDS]
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        if negated:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    wanted = " AND ".join("(" + " OR ".join(group) + ")" if len(group) > 1 else group[0] for group in groups)
    return wanted, excluded


class DocumentMatches(Expression):
    """PostgreSQL: the claim's stored document matches a web-search query. Compiled against the query's own
    alias for claims_claim, so it works in subqueries too."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.base_table)
        return f"{table}.search @@ websearch_to_tsquery('english', %s)", (self.text,)


def search_claims(queryset: QuerySet, text: str) -> QuerySet:
    """The claims of `queryset` whose document matches the web-search query `text`."""
    if connection.vendor == "postgresql":
        return queryset.filter(DocumentMatches(text))
    wanted, excluded = fts5_query(text)
    matching = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
    if wanted:
        queryset = queryset.filter(id__in=RawSQL(matching, (wanted,)))
    elif not excluded:
        return queryset.none()  # nothing searchable: websearch_to_tsquery matches nothing either
    for term in excluded:
        queryset = queryset.exclude(id__in=RawSQL(matching, (term,)))
    return queryset
