"""The search tables live in migration 0002, not in the models (their full-text parts differ
by database); autogenerate and the models-vs-migrations test leave them alone."""

PREFIX = "search_"


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
    return not (table or "").startswith(PREFIX)
