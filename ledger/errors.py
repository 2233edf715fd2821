"""Domain errors. What a worker reads is Dutch; each protocol refusal names its rule."""

from __future__ import annotations


class LedgerError(Exception):
    """Base of every error the ledger raises on purpose."""

    def __init__(self, bericht: str):
        super().__init__(bericht)
        self.bericht = bericht


class ProtocolViolation(LedgerError):
    """The protocol forbids this step; nothing was stored.

    `regel` is the rule id from regels.yaml (for example "R09"), `bericht` says in plain
    Dutch what is missing or wrong.
    """

    def __init__(self, regel: str, bericht: str):
        super().__init__(f"{regel}: {bericht}")
        self.regel = regel
        self.bericht = bericht


class OngeldigeInvoer(LedgerError):
    """The input itself is malformed (missing field, unknown value); nothing was stored."""


class NietGevonden(LedgerError):
    """No casus, huishouden or advies with this id."""


class Conflict(LedgerError):
    """Someone else changed the same casus first; nothing of this command was stored."""
