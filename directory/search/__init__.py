"""The search seam. Other areas call only the functions below.

`sync_offering` / `sync_enterprise` bring the index in line with a record's current public
state (add, update or remove) in the caller's transaction; services call them after every
approval, suspension, edit and archive.
"""


def sync_offering(offering) -> None:
    """Index or un-index one offering (the search backends implement this)."""


def sync_enterprise(enterprise) -> None:
    """Index or un-index an enterprise and, through it, all its offerings."""
