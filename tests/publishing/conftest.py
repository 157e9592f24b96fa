from claims.models import Origin
from claims.services import Actor, claim_set_status
from tests.conftest import SITE  # noqa: F401

VERDICT = {"status": "contradicted", "note": "The ministry's statement gives 8,000 in Kursk, not 10,000.",
           "evidence": [{"url": "https://ministry.example.gov/statement", "note": "Ministry statement"}]}


def give_verdict(claim, reviewer, **verdict):
    return claim_set_status(claim_id=claim.pk, actor=Actor(origin=Origin.ADMIN, user=reviewer),
                            **{**VERDICT, **verdict})
