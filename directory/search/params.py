"""A search's parameters, read from any query string, and the limits that bound its work."""
from dataclasses import dataclass, fields, replace

from ..models import Category, Committee
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
SORTS = ("relevance", "newest", "name")
TYPES = (OFFERING, ENTERPRISE)
KINDS = ("product", "service")
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
            page = min(max(int(args.get("page", 1)), 1), MAX_PAGE)
        except (TypeError, ValueError):
            page = 1
        return cls(
            q=(nfc(args.get("q", "")) or "")[:MAX_KEPT_QUERY_CHARS],
            type=pick("type", TYPES), kind=pick("kind", KINDS),
            province=pick("province", provinces()),
            committee=nfc(args.get("committee") or "")[:MAX_COMMITTEE_CHARS],
            category=nfc(args.get("category") or "")[:MAX_CATEGORY_CHARS],
            member=args.get("member", "") in ("1", "true", "on"),
            sort=pick("sort", SORTS) or "relevance", page=page,
            verbatim=args.get("verbatim", "") in ("1", "true", "on"),
        )

    def to_args(self, **changes) -> dict:
        """Query-string arguments that differ from the defaults (links keep every filter)."""
        values = replace(self, **changes)
        args = {}
        for f in fields(self):
            value = getattr(values, f.name)
            if value != f.default:
                args[f.name] = "1" if value is True else value
        return args
