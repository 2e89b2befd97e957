"""A search's parameters, read from any query string, and the limits that bound its work."""
from dataclasses import dataclass, fields, replace

from ..inputs import parse_money
from ..models import Category, CertKind, Committee
from ..models.offering import MAX_PRICE
from ..reference import provinces
from ..text import nfc
from .documents import ENTERPRISE, OFFERING

MAX_QUERY_CHARS = 200  # longer text is cut here (the page says so)
# What is kept of a longer text: enough to tell it was cut, and bounded, so a huge query string
# is not carried on into the search box and every link of the page.
MAX_KEPT_QUERY_CHARS = MAX_QUERY_CHARS * 50
MAX_WORDS = 12
PAGE_SIZE = 20
COUNT_LIMIT = 2000  # matches read per search at most (see ranking.py)
MAX_PAGE = COUNT_LIMIT // PAGE_SIZE
# price_asc / price_desc: by an offering's lowest / highest price, those without a price last
SORTS = ("relevance", "newest", "name", "price_asc", "price_desc")
TYPES = (OFFERING, ENTERPRISE)
KINDS = ("product", "service")
ANY_CERTIFICATION = "any"  # "Có chứng nhận": a badge of any kind
CERTIFICATIONS = (ANY_CERTIFICATION, *(k.value for k in CertKind))
# A longer committee code or category slug than its column holds names nothing: cut there.
MAX_COMMITTEE_CHARS = Committee.__table__.c.code.type.length
MAX_CATEGORY_CHARS = Category.__table__.c.slug.type.length


@dataclass(frozen=True)
class Params:
    q: str = ""
    type: str = ""
    kind: str = ""
    province: str = ""
    committee: str = ""
    category: str = ""
    member: bool = False
    cert: str = ""  # results with a verified, unexpired certification: of this kind, or ANY_CERTIFICATION
    price_from: int | None = None  # whole đồng: offerings whose price range reaches into [from, to]
    price_to: int | None = None
    made_in_vn: bool = False  # offerings made or assembled in Vietnam
    # The signed-in user's own committee ("Thành viên khối của tôi"): the view sets `committee`
    # to it (own_committee); for a visitor or a user without a committee it is dropped.
    mine: bool = False
    sort: str = "relevance"
    page: int = 1
    verbatim: bool = False  # the words as typed: no correction, completion or synonym

    @classmethod
    def from_args(cls, args) -> "Params":
        """Any query string gives valid parameters: unknown values fall back to "no filter"."""
        def pick(name, allowed):
            value = args.get(name, "")
            return value if value in allowed else ""

        try:
            page = max(int(args.get("page", 1)), 1)
        except (TypeError, ValueError):
            page = 1
        price_from, price_to = amount(args.get("price_from")), amount(args.get("price_to"))
        if price_from is not None and price_to is not None and price_from > price_to:
            price_from, price_to = price_to, price_from
        return cls(
            q=(nfc(args.get("q", "")) or "")[:MAX_KEPT_QUERY_CHARS],
            type=pick("type", TYPES), kind=pick("kind", KINDS),
            province=pick("province", provinces()),
            committee=nfc(args.get("committee") or "")[:MAX_COMMITTEE_CHARS],
            category=nfc(args.get("category") or "")[:MAX_CATEGORY_CHARS],
            member=args.get("member", "") in ("1", "true", "on"), cert=pick("cert", CERTIFICATIONS),
            price_from=price_from, price_to=price_to,
            made_in_vn=args.get("made_in_vn", "") in ("1", "true", "on"),
            mine=args.get("mine", "") in ("1", "true", "on"),
            sort=pick("sort", SORTS) or "relevance", page=min(page, MAX_PAGE),
            verbatim=args.get("verbatim", "") in ("1", "true", "on"),
        )

    def own_committee(self, code: str | None) -> "Params":
        """With "my committee" (`mine`) read as the committee of that code (the signed-in user's,
        services.committees.own_committee_code), or dropped when there is none. The answer
        cache is keyed by the committee, so no answer is shared across committees, and the page
        cache serves visitors only (cache.public_page), for whom `mine` is always dropped."""
        if not self.mine:
            return self
        return replace(self, committee=code) if code else replace(self, mine=False)

    @property
    def filtered(self) -> bool:
        """Any filter chosen besides the type (the pages offer to drop them all)."""
        return bool(self.kind or self.province or self.committee or self.category or self.member or self.priced
                    or self.made_in_vn or self.mine or self.cert)

    @property
    def priced(self) -> bool:
        return self.price_from is not None or self.price_to is not None

    def to_args(self, **changes) -> dict:
        """Query-string arguments that differ from the defaults (links keep every filter)."""
        values = replace(self, **changes)
        args = {}
        for f in fields(self):
            value = getattr(values, f.name)
            if value != f.default:
                args[f.name] = "1" if value is True else value
        if values.mine:  # the committee follows from `mine` for whoever opens the link
            args.pop("committee", None)
        return args


def amount(value) -> int | None:
    """A price typed in a query string, with or without grouping ("1.500.000", "1 500 000",
    "1,500,000"): whole đồng, or None for anything else (no filter)."""
    try:
        price = parse_money(str(value or "")[:40])
    except ValueError:
        return None
    return None if price is None or price < 0 else min(price, MAX_PRICE)
