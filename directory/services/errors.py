"""Domain errors: views turn them into a form message, 403, 404 or 409."""


class DomainError(Exception):
    """A rule refused the action; the message is shown to the user as it is."""

    status = 400


class NotFound(DomainError):
    status = 404


class NotAuthorized(DomainError):
    status = 403


class Conflict(DomainError):
    """Somebody else changed or decided the record first."""

    status = 409


class AlreadyDecided(Conflict):
    """The item was decided (or changed) since the form was shown: the second reviewer is told."""

    status = 410
