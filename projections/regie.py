"""Regie: wie heeft de regie op veiligheid, de procesregie en de casusregie, nu en op elk
moment, en waarom ligt de regie daar (R07, R08, R19, R26)?

Per casus and per soort van regie a history of intervals [van, tot) by occurred_at, each with
the holder (organisation, team, person), and the event, version and rule ids that opened it.
Where Veilig Thuis holds a regie, the person is the behandelaar: who recorded the melding,
until the casus is assigned (BehandelaarToegewezen moves the person, not the organisation).
The moves mirror what `ledger.casus_events` does to `casus.regie`, so `regie_nu` equals the
aggregate's current `regie`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ledger import casus_events as ev
from ledger.values import Fase, Regiehouder, Uitkomst
from projections.leesmodel import Leesmodel
from projections.views import ViewCursor, tijd_tekst

SOORTEN = ("regie_op_veiligheid", "procesregie", "casusregie")
_KOLOMMEN = "soort, houder, organisatie, team, naam, van, tot, event, versie, regels"


class RegieView(Leesmodel):
    """De regie per casus, als geschiedenis van intervallen."""

    EVENTS = (
        ev.MeldingOntvangen,
        ev.BehandelaarToegewezen,
        ev.VeiligheidsbeoordelingAfgerond,
        ev.DienstGestart,
        ev.Overgedragen,
        ev.CasusregieBelegd,
        ev.ZorgGemeld,
        ev.NieuweMeldingGekoppeld,
        ev.RegieOpVeiligheidTeruggegeven,
        ev.CasusAfgesloten,
    )
    NAAM = "regie"
    TABELLEN = ("interval", "casus")
    SCHEMA = 2  # 2: team and behandelaar

    # -- tables ------------------------------------------------------------------------------

    def create_tables(self, cur: ViewCursor) -> None:
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.interval} ("
            "casus_id TEXT NOT NULL, soort TEXT NOT NULL, houder TEXT NOT NULL, "
            "organisatie TEXT NOT NULL, team TEXT, naam TEXT, van TEXT NOT NULL, tot TEXT, "
            "event TEXT NOT NULL, versie INTEGER NOT NULL, regels TEXT NOT NULL, "
            "PRIMARY KEY (casus_id, soort, versie))"
        )
        cur.execute(
            f"CREATE INDEX IF NOT EXISTS {self.interval}_open ON {self.interval} (soort, tot)"
        )
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.casus} ("
            "casus_id TEXT PRIMARY KEY, vt_organisatie TEXT NOT NULL, fase TEXT NOT NULL, "
            "behandelaar TEXT, team TEXT)"
        )

    # -- applying events (inside the runner's transaction) -------------------------------------

    def process(self, cur: ViewCursor, e: Any) -> None:
        cid = str(e.originator_id)
        if isinstance(e, ev.MeldingOntvangen):
            behandelaar = e.envelope.actor.user
            cur.execute(
                f"INSERT INTO {self.casus} VALUES (?, ?, ?, ?, NULL)",
                (cid, e.vt_organisatie, str(Fase.MELDING), behandelaar),
            )
            for soort in SOORTEN:
                self._move(cur, e, soort, Regiehouder.VEILIG_THUIS, e.vt_organisatie, behandelaar)
        elif isinstance(e, ev.BehandelaarToegewezen):
            cur.execute(
                f"UPDATE {self.casus} SET behandelaar = ?, team = ? WHERE casus_id = ?",
                (e.behandelaar, e.team, cid),
            )
            bij_vt = cur.execute(
                f"SELECT soort, organisatie FROM {self.interval} "
                "WHERE casus_id = ? AND tot IS NULL AND houder = ?",
                (cid, str(Regiehouder.VEILIG_THUIS)),
            ).fetchall()
            for soort, organisatie in bij_vt:
                self._move(
                    cur, e, soort, Regiehouder.VEILIG_THUIS, organisatie, e.behandelaar, e.team
                )
        elif isinstance(e, ev.VeiligheidsbeoordelingAfgerond):
            vervolg = e.uitkomst == Uitkomst.VERVOLG_BIJ_VEILIG_THUIS
            self._fase(cur, cid, Fase.VERVOLG_BIJ_VEILIG_THUIS if vervolg else Fase.BEOORDEELD)
        elif isinstance(e, ev.DienstGestart):
            self._fase(cur, cid, Fase(e.dienst))
        elif isinstance(e, ev.Overgedragen):
            o = e.ontvanger
            if o.get("gemeentecode"):
                wie = (Regiehouder.GEMEENTE, o["gemeentecode"], o.get("contactpersoon"))
            else:
                wie = (Regiehouder.ONTVANGENDE_PARTIJ, o["organisatie"], None)
            for soort in SOORTEN:
                self._move(cur, e, soort, *wie)
            warm = e.soort == "warme_overdracht"
            self._fase(cur, cid, Fase.MONITORING if warm else Fase.OVERGEDRAGEN)
        elif isinstance(e, ev.CasusregieBelegd):
            self._move(
                cur, e, "casusregie", Regiehouder.ZORGAANBIEDER, e.zorgaanbieder, e.tweede_partij
            )
        elif isinstance(e, ev.ZorgGemeld | ev.NieuweMeldingGekoppeld):
            vt_organisatie, fase, behandelaar, team = self._casus_row(cur, cid)
            na_overdracht = fase in (Fase.MONITORING, Fase.OVERGEDRAGEN)
            if e.acuut and (isinstance(e, ev.ZorgGemeld) or na_overdracht):
                self._move(
                    cur,
                    e,
                    "regie_op_veiligheid",
                    Regiehouder.VEILIG_THUIS,
                    vt_organisatie,
                    behandelaar,
                    team,
                )
        elif isinstance(e, ev.RegieOpVeiligheidTeruggegeven):
            houder, organisatie, naam, team = cur.execute(
                f"SELECT houder, organisatie, naam, team FROM {self.interval} "
                "WHERE casus_id = ? AND soort = 'procesregie' AND tot IS NULL",
                (cid,),
            ).fetchone()
            self._move(cur, e, "regie_op_veiligheid", houder, organisatie, naam, team)
        elif isinstance(e, ev.CasusAfgesloten):
            self._fase(cur, cid, Fase.AFGESLOTEN)

    def _move(
        self,
        cur: ViewCursor,
        e: Any,
        soort: str,
        houder: str,
        organisatie: str,
        naam: str | None,
        team: str | None = None,
    ) -> None:
        cid, van = str(e.originator_id), tijd_tekst(e.envelope.occurred_at)
        cur.execute(
            f"UPDATE {self.interval} SET tot = ? WHERE casus_id = ? AND soort = ? AND tot IS NULL",
            (van, cid, soort),
        )
        cur.execute(
            f"INSERT INTO {self.interval} VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
            (
                cid,
                soort,
                str(houder),
                organisatie,
                team,
                naam,
                van,
                type(e).__name__,
                e.originator_version,
                ",".join(e.envelope.rule_ids),
            ),
        )

    def _fase(self, cur: ViewCursor, cid: str, fase: Fase) -> None:
        cur.execute(f"UPDATE {self.casus} SET fase = ? WHERE casus_id = ?", (str(fase), cid))

    def _casus_row(self, cur: ViewCursor, cid: str) -> tuple[str, str, str | None, str | None]:
        row = cur.execute(
            f"SELECT vt_organisatie, fase, behandelaar, team FROM {self.casus} WHERE casus_id = ?",
            (cid,),
        ).fetchone()
        if row is None:
            raise LookupError(f"regie: event for unknown casus {cid}")
        return row[0], row[1], row[2], row[3]

    # -- queries -------------------------------------------------------------------------------

    def regie_op(self, casus_id: Any, moment: datetime) -> dict[str, dict[str, Any]]:
        """Per soort van regie wie haar had op `moment` (wanneer het gebeurde), en waarom."""
        t = tijd_tekst(moment)
        rows = self.db.query(
            f"SELECT {_KOLOMMEN} FROM {self.interval} "
            "WHERE casus_id = ? AND van <= ? AND (tot IS NULL OR tot > ?) ORDER BY versie",
            (str(casus_id), t, t),
        )
        return self._per_soort(rows)

    def regie_nu(self, casus_id: Any) -> dict[str, dict[str, Any]]:
        """Per soort van regie wie haar nu heeft, en waarom."""
        rows = self.db.query(
            f"SELECT {_KOLOMMEN} FROM {self.interval} "
            "WHERE casus_id = ? AND tot IS NULL ORDER BY versie",
            (str(casus_id),),
        )
        return self._per_soort(rows)

    def geschiedenis(self, casus_id: Any) -> list[dict[str, Any]]:
        """Alle intervallen van de casus, oudste eerst."""
        rows = self.db.query(
            f"SELECT {_KOLOMMEN} FROM {self.interval} WHERE casus_id = ? ORDER BY versie, soort",
            (str(casus_id),),
        )
        return [_interval(r) for r in rows]

    def regie_verdeling(self) -> dict[str, int]:
        """Aantal open casussen per houder van de regie op veiligheid."""
        rows = self.db.query(
            f"SELECT i.houder, COUNT(*) FROM {self.interval} i "
            f"JOIN {self.casus} c ON c.casus_id = i.casus_id "
            "WHERE i.soort = 'regie_op_veiligheid' AND i.tot IS NULL AND c.fase <> ? "
            "GROUP BY i.houder",
            (str(Fase.AFGESLOTEN),),
        )
        return {houder: int(aantal) for houder, aantal in rows}

    @staticmethod
    def _per_soort(rows: list[tuple]) -> dict[str, dict[str, Any]]:
        # Ordered by versie: with out-of-order occurred_at the latest move wins.
        return {r[0]: _interval(r) for r in rows}


def _interval(r: tuple) -> dict[str, Any]:
    soort, houder, organisatie, team, naam, van, tot, event, versie, regels = r
    return {
        "soort": soort,
        "houder": houder,
        "organisatie": organisatie,
        "team": team,
        "naam": naam,
        "sinds": datetime.fromisoformat(van),
        "tot": datetime.fromisoformat(tot) if tot else None,
        "event": event,
        "versie": int(versie),
        "regels": regels.split(",") if regels else [],
    }
