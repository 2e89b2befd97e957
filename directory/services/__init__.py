"""Business rules. Each function takes the acting user, checks permission, changes state,
writes the audit row and flushes; the caller (a view or a command) commits once."""
