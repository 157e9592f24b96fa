"""Reads for claims: querysets with their joins decided in one place."""

from collections.abc import Iterator

from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

from claims.models import (
    REVIEW_ORDER,
    Claim,
    ClaimEvent,
    Cluster,
    Conflict,
    Origin,
    Status,
    StatusCount,
    VerificationStatus,
)
from claims.search import search_claims
from tracker.db import batched, in_order


def claim_queryset() -> QuerySet[Claim]:
    """Claims with everything the API and admin lists show, in one query per page."""
    # The article body can be large and no claim listing shows it.
    return Claim.objects.select_related("article", "article__outlet", "claimant").defer("article__body")


# What a claims list shows (claims.api.serializers.ClaimSerializer), read as plain rows: building model
# instances for the claim, its article, outlet and claimant cost more than the query. The page query reads
# the claims table alone, so neither planner can start a small page from the articles (SQLite did, and
# sorted every claim for ?page_size=1); the page's articles and claimants come in two more queries.
CLAIM_COLUMNS = (
    "id", "text", "status", "status_changed_at", "version", "start", "end", "checkworthiness", "reasons", "figures",
    "present", "cluster_id", "has_conflict", "needs_review", "suggested_status", "created_at", "updated_at",
    "article_id", "claimant_id",
)


def claim_rows() -> QuerySet:
    """Claims as dicts of CLAIM_COLUMNS, for lists; complete them with with_references()."""
    return Claim.objects.values(*CLAIM_COLUMNS)


def with_references(rows: list[dict]) -> list[dict]:
    """Add each row's article (title, url), outlet and claimant name: two queries for any number of rows."""
    from sources.models import Article, Source

    articles = {a["id"]: a for a in Article.objects.filter(id__in={row["article_id"] for row in rows})
                .order_by().values("id", "title", "url", "outlet_id", "outlet__name")}
    claimant_ids = {row["claimant_id"] for row in rows} - {None}
    names = (dict(Source.objects.filter(id__in=claimant_ids).order_by().values_list("id", "name"))
             if claimant_ids else {})
    for row in rows:
        article = articles[row["article_id"]]
        row.update({"article__title": article["title"], "article__url": article["url"],
                    "article__outlet_id": article["outlet_id"], "article__outlet__name": article["outlet__name"],
                    "claimant__name": names.get(row["claimant_id"])})
    return rows


def stream_rows(rows: QuerySet, batch: int = 1000) -> Iterator[dict]:
    """Every row of a claim_rows() queryset, with references, in constant memory: the claims come from a
    server-side cursor (PostgreSQL) or a stepped statement (SQLite) over the claims table alone, and
    each batch's articles and claimants are read with it (a join over every claim made SQLite sort
    them all in memory first)."""
    for rows_batch in batched(rows.iterator(chunk_size=batch), batch):
        yield from with_references(rows_batch)


def claim_row(claim: Claim) -> dict:
    """One claim (from claim_queryset()) as the dict with_references(claim_rows()) gives."""
    article, claimant = claim.article, claim.claimant
    row = {name: getattr(claim, name) for name in CLAIM_COLUMNS}
    row.update({"article__title": article.title, "article__url": article.url,
                "article__outlet_id": article.outlet_id, "article__outlet__name": article.outlet.name,
                "claimant__name": claimant.name if claimant is not None else None})
    return row


def claim_history(claim: Claim) -> QuerySet[ClaimEvent]:
    return ClaimEvent.objects.filter(claim=claim).select_related("actor").order_by("id")


def claim_search(queryset: QuerySet[Claim], text: str) -> QuerySet[Claim]:
    """Claims whose stored document (text, claimant and aliases, article title, outlet) matches `text`,
    in web-search syntax; see claims.search."""
    text = text.strip()
    return search_claims(queryset, text) if text else queryset


def cluster_queryset() -> QuerySet[Cluster]:
    """Clusters with their conflicts (their claims come from cluster_claims()), without the figures
    ledger that matching keeps and no response shows."""
    return Cluster.objects.defer("figures").prefetch_related("conflicts")


def cluster_claims(cluster_ids: list[int], per_cluster: int) -> dict[int, list[dict]]:
    """The first `per_cluster` present claims of each cluster, oldest first, as rows with references
    (with their match score and reasons): three queries for any number of clusters.

    Each cluster's claims are read through the (cluster, id) index up to the limit, never all of them: a
    story repeated by a thousand articles is one cluster of a thousand claims.
    """
    if not cluster_ids:
        return {}
    if connection.vendor == "postgresql":  # one plan for any number of clusters
        ids = RawSQL("SELECT c.id FROM unnest(%s::bigint[]) AS k(id) CROSS JOIN LATERAL (SELECT id FROM claims_claim "
                     "WHERE cluster_id = k.id AND present ORDER BY id LIMIT %s) c", (list(cluster_ids), per_cluster))
    else:  # SQLite accepts LIMIT in a derived table of a UNION ALL branch (not in a bare branch)
        branch = ("SELECT * FROM (SELECT id FROM claims_claim WHERE cluster_id = %s AND present ORDER BY id "
                  "LIMIT %s) t")
        params = [value for cluster_id in cluster_ids for value in (cluster_id, per_cluster)]
        ids = RawSQL(" UNION ALL ".join([branch] * len(cluster_ids)), params)
    claims: dict[int, list[dict]] = {cluster_id: [] for cluster_id in cluster_ids}
    rows = Claim.objects.filter(id__in=ids).order_by("id").values(
        "id", "text", "status", "article_id", "claimant_id", "cluster_id", "cluster_score", "cluster_reasons",
        "has_conflict")
    for row in with_references(list(rows)):
        claims[row["cluster_id"]].append(row)
    return claims


def review_queue() -> QuerySet[Claim]:
    """The admin's review queue: every claim in REVIEW_ORDER, with what a row shows."""
    return (Claim.objects.select_related("claimant", "article__outlet", "cluster").defer("article__body")
            .order_by(*REVIEW_ORDER))


def next_in_queue(claim: Claim, batch: int = 200) -> int | None:
    """The id of the unreviewed claim after `claim` in the queue's order (check-worthiness, then id, both
    descending), or None at its end.

    Walks the (checkworthiness, id) index from the claim on, a batch at a time, and picks the first
    unverified claim: a status filter in the query made both planners read every unverified claim first.
    The first batch of each part (same score with lower ids, then lower scores) is one index range; only
    after a whole batch of reviewed claims does a further batch continue from the last row read.
    """
    checkworthiness, pk = claim.checkworthiness, claim.pk
    same_score = Claim.objects.filter(checkworthiness=checkworthiness, id__lt=pk).order_by("-id")
    lower_scores = Claim.objects.filter(checkworthiness__lt=checkworthiness).order_by("-checkworthiness", "-id")
    for rows in (same_score, lower_scores):
        while True:
            page = list(rows.values_list("id", "checkworthiness", "status")[:batch])
            found = next((row_id for row_id, _, status in page if status == Status.UNVERIFIED), None)
            if found is not None or len(page) < batch:
                break
            last_id, last_score = page[-1][0], page[-1][1]
            rows = rows.filter(Q(checkworthiness__lt=last_score) | Q(checkworthiness=last_score, id__lt=last_id))
        if found is not None:
            return found
    return None


def _awaiting(size: int) -> list[Claim]:
    # The ids from the claims table alone (with the joins, SQLite started from the articles and sorted
    # every claim), then those claims with their references.
    ids = list(Claim.objects.order_by(*REVIEW_ORDER).values_list("id", flat=True)[:size])
    return [claim for claim in in_order(review_queue(), ids) if claim.status == Status.UNVERIFIED]


def status_count(status: str) -> int:
    """How many claims have `status`, from the count the database keeps (claims.cluster_counts)."""
    return StatusCount.objects.filter(id=status).values_list("claim_count", flat=True).first() or 0


def review_dashboard(*, size: int = 8) -> dict:
    """What the desk has to do and what it did: the admin index. Each part is a count or a short list read
    through an index (a million claims cost ~ the count by status)."""
    from sources.models import ImportRun

    by_status = dict.fromkeys(Status.values, 0)
    by_status.update(StatusCount.objects.values_list("id", "claim_count"))  # kept by the database
    return {
        "by_status": by_status,
        # The queue starts with the unreviewed claims: its head is what awaits review (a status filter
        # made SQLite pick the status index and sort every unverified claim).
        "awaiting": _awaiting(size),
        "repeated": list(Cluster.objects.filter(unverified_count__gt=0).defer("figures")
                         .order_by("-outlet_count", "-id")[:size]),
        "conflicts": list(Conflict.objects.filter(explained=False).select_related("cluster").order_by("-id")[:size]),
        "open_conflicts": Conflict.objects.filter(explained=False).count(),
        "to_confirm": Cluster.objects.filter(state=Cluster.State.SUGGESTED).count(),
        "needs_review": Claim.objects.filter(needs_review=True).count(),
        "verdicts": list(VerificationStatus.objects.exclude(origin=Origin.IMPORT).select_related("claim")
                         .order_by("-id")[:size]),
        "runs": list(ImportRun.objects.order_by("-started_at", "-id")[:5]),
    }


def checkworthiness_judgements():
    """(claim id, claimant name, text, label) for every reviewer's judgement: dismissed 0; promoted or given a
    verdict 1 (claims.services.DISMISSED, PROMOTED). A dismissed claim later given a verdict counts as 1."""
    from claims.services import DISMISSED, PROMOTED

    people = (Origin.ADMIN, Origin.API)
    dismissed = set(ClaimEvent.objects.filter(reason__startswith=DISMISSED).values_list("claim_id", flat=True))
    checked = set(VerificationStatus.objects.filter(origin__in=people).values_list("claim_id", flat=True))
    created_by_people = Claim.objects.filter(events__action=ClaimEvent.Action.CREATED, events__origin__in=people)
    promoted = {claim_id for claim_id, reasons in created_by_people.values_list("id", "reasons")
                if PROMOTED in reasons}
    labels = {**dict.fromkeys(dismissed, 0), **dict.fromkeys(checked | promoted, 1)}
    for batch in batched(sorted(labels), 1000):
        for claim_id, name, text in (Claim.objects.filter(id__in=batch).order_by("id")
                                     .values_list("id", "claimant__name", "text")):
            yield claim_id, name, text, labels[claim_id]
