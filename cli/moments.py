"""Reading what a user types on the command line: moments in time and version numbers."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

AMS = ZoneInfo("Europe/Amsterdam")


class CliFout(Exception):
    """A mistake on the command line (exit code 2) or a failure around it (code 1)."""

    def __init__(self, bericht: str, code: int = 2):
        super().__init__(bericht)
        self.bericht = bericht
        self.code = code


def parse_moment(tekst: str, optie: str) -> datetime:
    """ISO 8601; a date alone is the end of that day in Europe/Amsterdam, and a time
    without a zone is Europe/Amsterdam time."""
    waarde = tekst.strip()
    try:
        if len(waarde) == 10:
            return datetime.combine(date.fromisoformat(waarde), time.max, tzinfo=AMS)
        moment = datetime.fromisoformat(waarde)
    except ValueError:
        raise CliFout(
            f"{optie} {tekst!r} is geen geldige datum of tijd. Gebruik ISO 8601, bijvoorbeeld "
            "2025-03-14 (einde van die dag), 2025-03-14T10:00 (tijd in Nederland) of "
            "2025-03-14T10:00+01:00."
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=AMS)


def parse_versie(tekst: str) -> int:
    try:
        return int(tekst)
    except ValueError:
        raise CliFout(
            f"--versie {tekst!r} is geen versienummer; geef een geheel getal, 1 of hoger."
        ) from None
