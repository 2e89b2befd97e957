"""Small builders shared by the linkage and report tests."""
from datetime import date, timedelta
from decimal import Decimal

from directory.services import inquiries, linkages, quotes


def confirmed_linkage(proposer, confirmer, counterparty, *, value=100_000_000, on=None, actor_is_buyer=True,
                      offerings=()):
    """A deal proposed by one user and confirmed by the other side; `on` backdates its day."""
    linkage = linkages.propose_linkage(proposer, counterparty, actor_is_buyer=actor_is_buyer, value=value,
                                       starts_on=on or date(2025, 3, 1), offerings=offerings)
    linkages.confirm_linkage(confirmer, linkage)
    if on is not None:
        linkage.confirmed_on = on
    return linkage


def quote_in_thread(buyer_user, supplier_user, supplier, offering=None, *, quantity=Decimal(20), unit_price=15_500_000,
                    valid_for=30, inquiry=None, **terms):
    """A buyer's inquiry to `supplier` (unless given) and the supplier's quote in it: one line."""
    inquiry = inquiry or inquiries.send_inquiry(buyer_user, supplier, subject="Hỏi giá thép cuộn",
                                                body="Xin báo giá 20 tấn.", offering=offering)
    line = quotes.ItemInput(offering_id=offering.id if offering else None,
                            description="" if offering else "Thép cuộn D10", quantity=quantity, unit="tấn",
                            unit_price=unit_price)
    return quotes.send_quote(supplier_user, inquiry, items=[line],
                             valid_until=linkages.local_today() + timedelta(days=valid_for), **terms)
