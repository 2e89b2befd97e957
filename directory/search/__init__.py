"""The search seam (interim: replaced by the FTS5/PostgreSQL backends)."""
