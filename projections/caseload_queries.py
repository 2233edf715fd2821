"""Vragen aan de caseload: de casussen van een behandelaar, team, Veilig Thuis-organisatie of
gemeente met fase en open taken, het aantal per fase en het aantal open per week.

`CaseloadView` (`projections.caseload`) inherits these queries; they only read the tables it
keeps, and its docstring says what the rows mean.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from ledger.routekaart import FASE_NAMEN
from ledger.termijnen import AMSTERDAM
from ledger.values import Fase
from projections.caseload_taken import monitormoment_taak
from projections.views import ViewDatabase, tijd_tekst

#: The two sides (kant) a casus can be on the caseload of.
VEILIG_THUIS, GEMEENTE = "veilig_thuis", "gemeente"
_CASUS = (
    "c.casus_id, i.kant, c.vt_organisatie, c.behandelaar, c.team, c.gemeentecode, "
    "c.contactpersoon, c.fase, i.van, i.tot"
)


class CaseloadQueries:
    """The read side of `CaseloadView`, over the tables it names."""

    db: ViewDatabase
    casus: str
    interval: str
    taak: str
    monitormoment: str

    def van_behandelaar(
        self, behandelaar: str, *, met_overgedragen: bool = False
    ) -> list[dict[str, Any]]:
        """De caseload van een behandelaar van Veilig Thuis, met fase en open taken."""
        return self._caseload(VEILIG_THUIS, "c.behandelaar = ?", (behandelaar,), met_overgedragen)

    def van_team(self, team: str, *, met_overgedragen: bool = False) -> list[dict[str, Any]]:
        """De caseload van een team van Veilig Thuis."""
        return self._caseload(VEILIG_THUIS, "c.team = ?", (team,), met_overgedragen)

    def van_organisatie(
        self, vt_organisatie: str, *, met_overgedragen: bool = False
    ) -> list[dict[str, Any]]:
        """De caseload van een Veilig Thuis-organisatie (monitoring inbegrepen, R08)."""
        return self._caseload(
            VEILIG_THUIS, "c.vt_organisatie = ?", (vt_organisatie,), met_overgedragen
        )

    def van_gemeente(
        self, gemeentecode: str, contactpersoon: str | None = None
    ) -> list[dict[str, Any]]:
        """De casussen die na warme overdracht bij de gemeente (of één consulent) liggen."""
        if contactpersoon is None:
            return self._caseload(GEMEENTE, "i.organisatie = ?", (gemeentecode,), False)
        return self._caseload(
            GEMEENTE,
            "i.organisatie = ? AND c.contactpersoon = ?",
            (gemeentecode, contactpersoon),
            False,
        )

    def open_taken(self, casus_id: Any) -> list[dict[str, Any]]:
        """De open taken van één casus, zoals `Casus.open_taken()`, plus de monitormomenten
        die nog gehouden moeten worden zolang de casus in monitoring is (R04)."""
        cid = str(casus_id)
        return self._taken("c.casus_id = ?", (cid,), per_kant=False).get(cid, [])

    def per_fase(
        self,
        *,
        behandelaar: str | None = None,
        team: str | None = None,
        organisatie: str | None = None,
        gemeente: str | None = None,
    ) -> dict[str, int]:
        """Aantal casussen op de actieve caseload per fase; zonder filter: heel Veilig Thuis."""
        if gemeente is not None and (behandelaar or team or organisatie):
            raise ValueError("per_fase: a gemeente's caseload has no VT behandelaar or team")
        kant = GEMEENTE if gemeente is not None else VEILIG_THUIS
        filters = {
            "c.behandelaar": behandelaar,
            "c.team": team,
            "c.vt_organisatie": organisatie,
            "i.organisatie": gemeente,
        }
        gekozen = {k: v for k, v in filters.items() if v is not None}
        waar = "".join(f" AND {k} = ?" for k in gekozen)
        rows = self.db.query(
            f"SELECT c.fase, COUNT(*) FROM {self.interval} i "
            f"JOIN {self.casus} c ON c.casus_id = i.casus_id "
            f"WHERE i.kant = ? AND i.tot IS NULL{waar} GROUP BY c.fase",
            (kant, *gekozen.values()),
        )
        return {fase: int(aantal) for fase, aantal in rows}

    def per_week(self, organisatie: str, van: date, tot: date) -> list[dict[str, Any]]:
        """Per ISO-week van `van` tot en met `tot`: hoeveel casussen de organisatie (een Veilig
        Thuis-organisatie of een gemeentecode) open had aan het eind van de week (zondag 24.00
        uur, Amsterdamse tijd)."""
        if van > tot:
            raise ValueError(f"per_week: {van} is after {tot}")
        maandag = van - timedelta(days=van.weekday())
        weken = []
        while maandag <= tot:
            maandag += timedelta(days=7)
            weken.append(datetime.combine(maandag, time(0), tzinfo=AMSTERDAM))
        rows = self.db.query(
            f"SELECT van, tot FROM {self.interval} "
            "WHERE organisatie = ? AND van < ? AND (tot IS NULL OR tot >= ?)",
            (organisatie, tijd_tekst(weken[-1]), tijd_tekst(weken[0])),
        )
        uitkomst = []
        for einde in weken:
            t = tijd_tekst(einde)
            # Open at the last instant of the week: opened before its end, not closed by then.
            open_ = sum(1 for v, w in rows if v < t and (w is None or w >= t))
            jaar, week, _ = (einde - timedelta(days=1)).isocalendar()
            uitkomst.append({"week": f"{jaar}-W{week:02d}", "einde": einde, "open": open_})
        return uitkomst

    def _caseload(
        self, kant: str, waar: str, params: tuple, met_overgedragen: bool
    ) -> list[dict[str, Any]]:
        open_ = "c.fase <> ?" if met_overgedragen else "i.tot IS NULL AND c.fase <> ?"
        waar = f"i.kant = ? AND {open_} AND {waar}"
        params = (kant, str(Fase.AFGESLOTEN), *params)
        rows = self.db.query(
            f"SELECT {_CASUS} FROM {self.interval} i "
            f"JOIN {self.casus} c ON c.casus_id = i.casus_id WHERE {waar} "
            "ORDER BY i.van, c.casus_id",
            params,
        )
        taken = self._taken(waar, params, per_kant=True)
        return [_casus(r, taken.get(r[0], [])) for r in rows]

    def _taken(
        self, waar: str, params: tuple, *, per_kant: bool
    ) -> dict[str, list[dict[str, Any]]]:
        """Open tasks per casus_id of the casussen `waar` selects (over `c`, the casus, and
        with `per_kant` also `i`, its interval): the mirrored ones in order, then the
        monitormomenten still to hold."""
        bron = f"JOIN {self.casus} c ON c.casus_id = t.casus_id "
        if per_kant:
            bron += f"JOIN {self.interval} i ON i.casus_id = t.casus_id "
        per_casus: dict[str, list[dict[str, Any]]] = {}
        for cid, regel, taak in self.db.query(
            f"SELECT t.casus_id, t.regel, t.taak FROM {self.taak} t {bron}"
            f"WHERE {waar} ORDER BY t.casus_id, t.nr",
            params,
        ):
            per_casus.setdefault(cid, []).append({"regel": regel, "taak": taak})
        for cid, mid, gepland_op, reden in self.db.query(
            f"SELECT t.casus_id, t.monitormoment_id, t.gepland_op, t.reden "
            f"FROM {self.monitormoment} t {bron}"
            f"WHERE t.uitgevoerd = 0 AND c.fase = ? AND {waar} "
            "ORDER BY t.casus_id, t.gepland_op, t.monitormoment_id",
            (str(Fase.MONITORING), *params),
        ):
            per_casus.setdefault(cid, []).append(monitormoment_taak(mid, gepland_op, reden))
        return per_casus


def _casus(r: tuple, taken: list[dict[str, Any]]) -> dict[str, Any]:
    cid, kant, vt_organisatie, behandelaar, team, gemeentecode, contactpersoon, fase, van, tot = r
    return {
        "casus_id": cid,
        "kant": kant,
        "vt_organisatie": vt_organisatie,
        "behandelaar": behandelaar,
        "team": team,
        "gemeentecode": gemeentecode,
        "contactpersoon": contactpersoon,
        "fase": fase,
        "fase_omschrijving": FASE_NAMEN[Fase(fase)],
        "actief": tot is None,
        "sinds": datetime.fromisoformat(van),
        "open_taken": taken,
    }
