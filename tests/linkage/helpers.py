"""Small builders shared by the linkage and report tests."""
from datetime import date

from directory.services import linkages


def confirmed_linkage(proposer, confirmer, counterparty, *, value=100_000_000, on=None, actor_is_buyer=True,
                      offerings=()):
    """A deal proposed by one user and confirmed by the other side; `on` backdates its day."""
    linkage = linkages.propose_linkage(proposer, counterparty, actor_is_buyer=actor_is_buyer, value=value,
                                       starts_on=on or date(2025, 3, 1), offerings=offerings)
    linkages.confirm_linkage(confirmer, linkage)
    if on is not None:
        linkage.confirmed_on = on
    return linkage
