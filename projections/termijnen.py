"""Termijnen: elke termijn van een casus met haar uiterste datum en of zij gehaald is (R31,
R32, R34, R04); wat op een peildatum verlopen is of binnenkort verloopt; per VT-organisatie
en maand de indicatoren van de inspectie.

One row per deadline, keyed like the aggregate's `casus.termijnen` ("veiligheidsbeoordeling",
"informeren_gegevens", "dienst_<n>", "monitormoment_<id>"), so the rows can be held against
the aggregate. Due dates are the ones the ledger stored in the events; never recomputed here.

Which event sets a deadline (uiterste_datum) and which meets it (voldaan_op):
- R31 "veiligheidsbeoordeling": MeldingOntvangen.uiterste_datum_veiligheidsbeoordeling (acute:
  the day of receipt, as the ledger computes it); met by VeiligheidsbeoordelingAfgerond, with
  the binnen_termijn that event stored.
- R34 "informeren_gegevens": MeldingOntvangen.uiterste_datum_informeren_gegevens; met by
  BetrokkenenGeinformeerd with onderwerp "gegevensvastlegging" (as in the aggregate, the
  latest such event counts).
- R32 "dienst_<n>", one per Onderzoek or Voorwaarden en Vervolg: DienstGestart.uiterste_datum;
  met by OnderzoekAfgerond, or by the warme Overgedragen that ends the running dienst.
- R04 "monitormoment_<id>", the moments at 3 and 12 months and also the R10 evaluatie and
  extra (R02) ones: MonitormomentGepland.gepland_op; met by MonitormomentUitgevoerd of it.

- voldaan_op is the Europe/Amsterdam date of the meeting event's occurred_at; binnen_termijn
  is voldaan_op <= uiterste_datum (R31: the field the ledger stored). NULL while open.
- Vervallen: a deadline whose work ends unmet. CasusAfgesloten lapses the open R32 and R04
  rows; a new DienstGestart (Voorwaarden en Vervolg turned Onderzoek) lapses the running
  dienst. Lapsed by its due date: binnen_termijn NULL, not counted. Lapsed after it: the
  breach had already happened, so binnen_termijn is false and it counts. The aggregate keeps
  these open (voldaan_op None); the view agrees on voldaan_op.
- R34 does not lapse on closure: the data stays stored (R35), so betrokkenen must still be
  told; it stays open and shows in `verlopen`. R31 cannot be open at closure (R21).
- Gecorrigeerd: a corrected occurred_at moves only the event's time in the ledger; the
  aggregate's termijnen, the stored due dates and VeiligheidsbeoordelingAfgerond.binnen_termijn
  stay. The view does the same and marks the rows whose setting or settling event was
  corrected (`gecorrigeerd`: the version of the correction), so a reader sees that the dates
  rest on the uncorrected time.
- Indicatoren count by the month of the uiterste_datum: a month's deadlines all fall due in
  it, and the assignment never moves. R33 has no date in the protocol: an open task, not here.

The queries are in `projections.termijnen_queries`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ledger import casus_events as ev
from ledger.routekaart import FASE_NAMEN
from ledger.termijnen import lokale_datum
from ledger.values import Fase, Onderwerp
from projections.leesmodel import Leesmodel
from projections.termijnen_queries import OPEN, VERVALLEN, VOLDAAN, TermijnenQueries
from projections.views import ViewCursor

_REGEL = {
    "veiligheidsbeoordeling": "R31",
    "informeren_gegevens": "R34",
    "onderzoek": "R32",
    "voorwaarden_en_vervolg": "R32",
    "monitormoment": "R04",
}
_R31 = "veiligheidsbeoordeling binnen vijf werkdagen na de melding"
_R31_ACUUT = "veiligheidsbeoordeling direct: vermoeden van acute onveiligheid"
_R34 = "betrokkenen weten binnen vier weken dat hun gegevens zijn vastgelegd"
_MONITORMOMENT = {
    "na_3_maanden": "monitormoment 3 maanden na de overdracht",
    "na_12_maanden": "monitormoment 12 maanden na de overdracht",
    "evaluatie": "monitormoment bij de eerstvolgende evaluatie",
}


#: An open deadline, said without the status column: a condition on `status` would lead
#: SQLite to the (status, uiterste_datum) index and scan every open deadline of every case
#: instead of the few of this case (catch-up slowed down quadratically).
_OPEN = "voldaan_op IS NULL AND vervallen_op IS NULL"


class TermijnenView(TermijnenQueries, Leesmodel):
    """Elke termijn van elke casus: uiterste datum, gehaald of niet, of vervallen."""

    EVENTS = (
        ev.MeldingOntvangen,
        ev.VeiligheidsbeoordelingAfgerond,
        ev.BetrokkenenGeinformeerd,
        ev.DienstGestart,
        ev.OnderzoekAfgerond,
        ev.Overgedragen,
        ev.MonitormomentGepland,
        ev.MonitormomentUitgevoerd,
        ev.CasusAfgesloten,
        ev.Gecorrigeerd,
    )
    NAAM = "termijnen"
    TABELLEN = ("termijn",)

    # -- tables ------------------------------------------------------------------------------

    def create_tables(self, cur: ViewCursor) -> None:
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.termijn} ("
            "casus_id TEXT NOT NULL, sleutel TEXT NOT NULL, vt_organisatie TEXT NOT NULL, "
            "regel TEXT NOT NULL, soort TEXT NOT NULL, omschrijving TEXT NOT NULL, "
            "uiterste_datum TEXT NOT NULL, bron_versie INTEGER NOT NULL, status TEXT NOT NULL, "
            "voldaan_op TEXT, vervallen_op TEXT, binnen_termijn INTEGER, event TEXT, "
            "versie INTEGER, gecorrigeerd INTEGER, PRIMARY KEY (casus_id, sleutel))"
        )
        cur.execute(
            f"CREATE INDEX IF NOT EXISTS {self.termijn}_open "
            f"ON {self.termijn} (status, uiterste_datum)"
        )
        cur.execute(
            f"CREATE INDEX IF NOT EXISTS {self.termijn}_maand "
            f"ON {self.termijn} (vt_organisatie, uiterste_datum)"
        )

    # -- applying events (inside the runner's transaction) -------------------------------------

    def process(self, cur: ViewCursor, e: Any) -> None:
        cid = str(e.originator_id)
        if isinstance(e, ev.MeldingOntvangen):
            org = e.vt_organisatie
            r31 = _R31_ACUUT if e.vermoeden_acute_onveiligheid else _R31
            datum = e.uiterste_datum_veiligheidsbeoordeling  # acute: the day itself (R31)
            self._add(cur, e, "veiligheidsbeoordeling", datum, r31, organisatie=org)
            datum = e.uiterste_datum_informeren_gegevens
            self._add(cur, e, "informeren_gegevens", datum, _R34, organisatie=org)
        elif isinstance(e, ev.VeiligheidsbeoordelingAfgerond):
            self._meet(cur, e, "sleutel = 'veiligheidsbeoordeling'", binnen=e.binnen_termijn)
        elif isinstance(e, ev.BetrokkenenGeinformeerd):
            if e.onderwerp == Onderwerp.GEGEVENSVASTLEGGING:
                self._meet(cur, e, "sleutel = 'informeren_gegevens'")
        elif isinstance(e, ev.DienstGestart):
            self._lapse(cur, e, "regel = 'R32'")
            (n,) = cur.execute(
                f"SELECT COUNT(*) + 1 FROM {self.termijn} WHERE casus_id = ? AND regel = 'R32'",
                (cid,),
            ).fetchone()
            omschrijving = f"{FASE_NAMEN[Fase(e.dienst)]} binnen tien weken"
            self._add(cur, e, str(e.dienst), e.uiterste_datum, omschrijving, f"dienst_{n}")
        elif isinstance(e, ev.OnderzoekAfgerond | ev.Overgedragen):
            self._meet(cur, e, f"regel = 'R32' AND {_OPEN}")
        elif isinstance(e, ev.MonitormomentGepland):
            omschrijving = _MONITORMOMENT.get(e.reden, f"extra monitormoment: {e.reden}")
            sleutel = f"monitormoment_{e.monitormoment_id}"
            self._add(cur, e, "monitormoment", e.gepland_op, omschrijving, sleutel)
        elif isinstance(e, ev.MonitormomentUitgevoerd):
            self._meet(cur, e, "sleutel = ?", (f"monitormoment_{e.monitormoment_id}",))
        elif isinstance(e, ev.CasusAfgesloten):
            self._lapse(cur, e, "regel IN ('R32', 'R04')")
        elif isinstance(e, ev.Gecorrigeerd) and "occurred_at" in e.wijzigingen:
            cur.execute(
                f"UPDATE {self.termijn} SET gecorrigeerd = ? "
                "WHERE casus_id = ? AND (bron_versie = ? OR versie = ?)",
                (e.originator_version, cid, e.gecorrigeerde_versie, e.gecorrigeerde_versie),
            )

    def _add(
        self,
        cur: ViewCursor,
        e: Any,
        soort: str,
        uiterste: date,
        omschrijving: str,
        sleutel: str | None = None,
        organisatie: str | None = None,
    ) -> None:
        cid = str(e.originator_id)
        cur.execute(
            f"INSERT INTO {self.termijn} VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL)",
            (
                cid,
                sleutel or soort,
                organisatie or self._organisatie(cur, cid),
                _REGEL[soort],
                soort,
                omschrijving,
                uiterste.isoformat(),
                e.originator_version,
                OPEN,
            ),
        )

    def _meet(
        self,
        cur: ViewCursor,
        e: Any,
        waar: str,
        params: tuple = (),
        binnen: bool | None = None,
    ) -> None:
        op = lokale_datum(e.envelope.occurred_at).isoformat()
        # Without a stored verdict: met if on or before the due date (ISO text order).
        oordeel = "CASE WHEN uiterste_datum >= ? THEN 1 ELSE 0 END" if binnen is None else "?"
        cur.execute(
            f"UPDATE {self.termijn} SET status = ?, voldaan_op = ?, binnen_termijn = {oordeel}, "
            f"event = ?, versie = ? WHERE casus_id = ? AND {waar}",
            (
                VOLDAAN,
                op,
                op if binnen is None else int(binnen),
                type(e).__name__,
                e.originator_version,
                str(e.originator_id),
                *params,
            ),
        )

    def _lapse(self, cur: ViewCursor, e: Any, waar: str) -> None:
        op = lokale_datum(e.envelope.occurred_at).isoformat()
        cur.execute(
            f"UPDATE {self.termijn} SET status = ?, vervallen_op = ?, "
            "binnen_termijn = CASE WHEN uiterste_datum < ? THEN 0 ELSE NULL END, "
            f"event = ?, versie = ? WHERE casus_id = ? AND {_OPEN} AND {waar}",
            (VERVALLEN, op, op, type(e).__name__, e.originator_version, str(e.originator_id)),
        )

    def _organisatie(self, cur: ViewCursor, cid: str) -> str:
        row = cur.execute(
            f"SELECT vt_organisatie FROM {self.termijn} "
            "WHERE casus_id = ? AND sleutel = 'veiligheidsbeoordeling'",
            (cid,),
        ).fetchone()
        if row is None:
            raise LookupError(f"termijnen: event for unknown casus {cid}")
        return row[0]
