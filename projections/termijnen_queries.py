"""Vragen aan de termijnen: alle termijnen van een casus, de open termijnen die op een
peildatum verlopen zijn of binnenkort verlopen, en per VT-organisatie en maand de indicatoren
van de inspectie (R31, R32).

`TermijnenView` (`projections.termijnen`) inherits these queries; they only read the table it
keeps, and its docstring says which event sets, meets or lapses a termijn.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from ledger.termijnen import lokale_datum
from projections.views import ViewDatabase

#: The status of a termijn.
OPEN, VOLDAAN, VERVALLEN = "open", "voldaan", "vervallen"
_KOLOMMEN = (
    "casus_id, sleutel, vt_organisatie, regel, soort, omschrijving, uiterste_datum, "
    "bron_versie, status, voldaan_op, vervallen_op, binnen_termijn, event, versie, gecorrigeerd"
)
_NAMEN = tuple(k.strip() for k in _KOLOMMEN.split(","))


class TermijnenQueries:
    """The read side of `TermijnenView`, over the table it names."""

    db: ViewDatabase
    termijn: str

    def termijnen(self, casus_id: Any) -> list[dict[str, Any]]:
        """Alle termijnen van de casus, op uiterste datum."""
        rows = self.db.query(
            f"SELECT {_KOLOMMEN} FROM {self.termijn} WHERE casus_id = ? "
            "ORDER BY uiterste_datum, bron_versie, sleutel",
            (str(casus_id),),
        )
        return [_termijn(r) for r in rows]

    def verlopen(
        self, peildatum: date | datetime, organisatie: str | None = None
    ) -> list[dict[str, Any]]:
        """Open termijnen waarvan de uiterste datum vóór de peildatum ligt."""
        return self._open("uiterste_datum < ?", (_tekst(peildatum),), organisatie)

    def binnenkort(
        self, peildatum: date | datetime, dagen: int, organisatie: str | None = None
    ) -> list[dict[str, Any]]:
        """Open termijnen die vanaf de peildatum binnen `dagen` kalenderdagen aflopen."""
        if dagen < 0:
            raise ValueError(f"dagen must be >= 0, got {dagen}")
        van = lokale_datum(peildatum)
        tot = van + timedelta(days=dagen)
        return self._open(
            "uiterste_datum >= ? AND uiterste_datum <= ?",
            (van.isoformat(), tot.isoformat()),
            organisatie,
        )

    def _open(self, waar: str, params: tuple, organisatie: str | None) -> list[dict[str, Any]]:
        if organisatie is not None:
            waar, params = f"{waar} AND vt_organisatie = ?", (*params, organisatie)
        rows = self.db.query(
            f"SELECT {_KOLOMMEN} FROM {self.termijn} WHERE status = ? AND {waar} "
            "ORDER BY uiterste_datum, vt_organisatie, casus_id, sleutel",
            (OPEN, *params),
        )
        return [_termijn(r) for r in rows]

    def indicatoren(
        self,
        organisatie: str | None = None,
        van: date | None = None,
        tot: date | None = None,
        *,
        peildatum: date | datetime | None = None,
    ) -> list[dict[str, Any]]:
        """Per VT-organisatie, maand van de uiterste datum (van <= datum < tot) en indicator
        (veiligheidsbeoordeling R31; onderzoek en Voorwaarden en Vervolg R32): het aantal
        termijnen met een uitkomst, hoeveel daarvan binnen de termijn, en het aandeel.

        Open termijnen tellen apart (`open`); met een peildatum tellen open termijnen die
        dan al verlopen zijn mee als niet binnen de termijn (`verlopen`)."""
        waar, params = ["regel IN ('R31', 'R32')"], []
        for voorwaarde, waarde in (
            ("vt_organisatie = ?", organisatie),
            ("uiterste_datum >= ?", None if van is None else _tekst(van)),
            ("uiterste_datum < ?", None if tot is None else _tekst(tot)),
        ):
            if waarde is not None:
                waar.append(voorwaarde)
                params.append(waarde)
        grens = _tekst(peildatum) if peildatum is not None else ""  # "": nothing lies before
        rows = self.db.query(
            "SELECT vt_organisatie, substr(uiterste_datum, 1, 7), soort, regel, "
            "SUM(CASE WHEN binnen_termijn IS NOT NULL THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN binnen_termijn = 1 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN status = ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN status = ? AND uiterste_datum < ? THEN 1 ELSE 0 END) "
            f"FROM {self.termijn} WHERE {' AND '.join(waar)} "
            "GROUP BY vt_organisatie, substr(uiterste_datum, 1, 7), soort, regel "
            "ORDER BY 1, 2, 3",
            (OPEN, OPEN, grens, *params),
        )
        uitkomst = []
        for organisatie_, maand, soort, regel, beslist, binnen, open_, verlopen in rows:
            aantal = int(beslist) + int(verlopen)
            uitkomst.append(
                {
                    "vt_organisatie": organisatie_,
                    "maand": maand,
                    "indicator": soort,
                    "regel": regel,
                    "aantal": aantal,
                    "binnen_termijn": int(binnen),
                    "aandeel": int(binnen) / aantal if aantal else None,
                    "open": int(open_) - int(verlopen),
                    "verlopen": int(verlopen),
                }
            )
        return uitkomst


def _tekst(moment: date | datetime) -> str:
    return lokale_datum(moment).isoformat()


def _datum(tekst: str | None) -> date | None:
    return date.fromisoformat(tekst) if tekst else None


def _termijn(r: tuple) -> dict[str, Any]:
    rij = dict(zip(_NAMEN, r, strict=True))
    binnen = rij["binnen_termijn"]
    rij.update(
        uiterste_datum=date.fromisoformat(rij["uiterste_datum"]),
        voldaan_op=_datum(rij["voldaan_op"]),
        vervallen_op=_datum(rij["vervallen_op"]),
        binnen_termijn=None if binnen is None else bool(binnen),
    )
    for veld in ("bron_versie", "versie", "gecorrigeerd"):
        rij[veld] = None if rij[veld] is None else int(rij[veld])
    return rij
