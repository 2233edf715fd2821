"""Beleidsinformatie: per halfjaar en per Veilig Thuis-organisatie de tellingen die het
Informatieprotocol beleidsinformatie Veilig Thuis vraagt (R28), in de categorieën van het CBS
(R36, R37, R38, R39).

A count belongs to the half year, in Europe/Amsterdam, of when its step happened (occurred_at):
advies gevraagd, melding ontvangen, veiligheidsbeoordeling afgerond, dienst gestart, onderzoek
afgerond, dienst afgerond, overdracht, monitormoment uitgevoerd. `CATEGORIEEN` lists every
onderwerp with its categories; the keys are the CBS keys of shared/data/cbs_2023.yaml where CBS
has them (sector via `ledger.values.CBS_GROEP`). Within an onderwerp the categories exclude each
other, except:
- `*_naar_aard_geweld`: every recorded vorm counts, so one melding may count more than once;
- `taxatie`: acute and structurele onveiligheid overlap (as in the CBS Impactmonitor);
- `veiligheidsbeoordeling_uitkomst`: the outcomes count beoordelingen afgerond in the period,
  and `nog_niet_beoordeeld` counts meldingen ontvangen in the period whose beoordeling was not
  afgerond by its end (or is not yet, for the running half year), as CBS 84852NED does.
`melding_bij_raad` counts every verzoek tot onderzoek Veilig Thuis made at the Raad (R27).
A melder's sector is counted for professionals only. An advies counts where it is asked, also
when it later becomes a melding (that melding counts as well).

Afgeronde dienst: exactly when the ledger marks the termijn of a dienst met (R32): the running
dienst on OnderzoekAfgerond, or on Overgedragen if not already. A Voorwaarden en Vervolg that
turns into an Onderzoek, or a casus closed during a dienst, is not an afgeronde dienst.

Corrections (Gecorrigeerd): every count a casus event made is kept as a contribution (casus,
version), so a corrected melder or aard_geweld moves the melding's counts to the new categories,
and a corrected occurred_at of any counted step moves its counts to the new half year. An advies
cannot be corrected in the ledger, so its counts are not kept per advies.

The categories are in `projections.beleidsinformatie_categorieen`, the half years in
`projections.beleidsinformatie_periode`, the queries and the CSV in
`projections.beleidsinformatie_queries`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ledger import casus_events as ev
from ledger.advies import AdviesGevraagd
from projections.beleidsinformatie_categorieen import (
    CATEGORIEEN,
    GEEN_ONVEILIGHEID,
    NOG_NIET_BEOORDEELD,
    taxatie_van,
    tel_aard,
    tel_melder,
)
from projections.beleidsinformatie_periode import parse_periode, periode_van
from projections.beleidsinformatie_queries import KOLOMMEN, BeleidsinformatieQueries, naar_csv
from projections.leesmodel import Leesmodel
from projections.views import ViewCursor

# Also the names other modules import from here, though they live in the sibling modules.
__all__ = [
    "CATEGORIEEN",
    "GEEN_ONVEILIGHEID",
    "KOLOMMEN",
    "NOG_NIET_BEOORDEELD",
    "BeleidsinformatieView",
    "naar_csv",
    "parse_periode",
    "periode_van",
]


class BeleidsinformatieView(BeleidsinformatieQueries, Leesmodel):
    """De tellingen voor de beleidsinformatie, per halfjaar en Veilig Thuis-organisatie."""

    EVENTS = (
        AdviesGevraagd,
        ev.MeldingOntvangen,
        ev.VeiligheidsbeoordelingAfgerond,
        ev.DienstGestart,
        ev.OnderzoekAfgerond,
        ev.MeldingBijRaadGedaan,
        ev.Overgedragen,
        ev.MonitormomentUitgevoerd,
        ev.Gecorrigeerd,
    )
    NAAM = "beleidsinformatie"
    TABELLEN = ("teller", "bijdrage", "casus")
    SCHEMA = 2  # 2: meldingen bij de Raad (R27)

    # -- tables ------------------------------------------------------------------------------

    def create_tables(self, cur: ViewCursor) -> None:
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.teller} ("
            "periode TEXT NOT NULL, vt_organisatie TEXT NOT NULL, onderwerp TEXT NOT NULL, "
            "categorie TEXT NOT NULL, aantal INTEGER NOT NULL, "
            "PRIMARY KEY (periode, vt_organisatie, onderwerp, categorie))"
        )
        # What each casus event counted, so a correction can move it.
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.bijdrage} ("
            "casus_id TEXT NOT NULL, versie INTEGER NOT NULL, onderwerp TEXT NOT NULL, "
            "categorie TEXT NOT NULL, periode TEXT NOT NULL, "
            "PRIMARY KEY (casus_id, versie, onderwerp, categorie))"
        )
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.casus} ("
            "casus_id TEXT PRIMARY KEY, vt_organisatie TEXT NOT NULL, periode TEXT NOT NULL, "
            "beoordeeld_in TEXT, dienst TEXT, dienst_afgerond INTEGER NOT NULL)"
        )
        cur.execute(f"CREATE INDEX IF NOT EXISTS {self.casus}_periode ON {self.casus} (periode)")

    # -- applying events (inside the runner's transaction) -------------------------------------

    def process(self, cur: ViewCursor, e: Any) -> None:
        if isinstance(e, AdviesGevraagd):
            tellingen = tel_melder("adviezen", e.adviesvrager) + tel_aard("adviezen", e.aard_geweld)
            periode = periode_van(e.envelope.occurred_at)
            for onderwerp, categorie in tellingen:
                self._tel(cur, periode, e.vt_organisatie, onderwerp, categorie, +1)
            return
        cid = str(e.originator_id)
        if isinstance(e, ev.MeldingOntvangen):
            cur.execute(
                f"INSERT INTO {self.casus} VALUES (?, ?, ?, NULL, NULL, 0)",
                (cid, e.vt_organisatie, periode_van(e.envelope.occurred_at)),
            )
            tellingen = tel_melder("meldingen", e.melder) + tel_aard("meldingen", e.aard_geweld)
            self._draag_bij(
                cur, e, [*tellingen, ("eerdere_betrokkenheid", e.eerdere_betrokkenheid)]
            )
        elif isinstance(e, ev.VeiligheidsbeoordelingAfgerond):
            taxatie = [("taxatie", t) for t in taxatie_van(e.triage)]
            self._draag_bij(cur, e, [("veiligheidsbeoordeling_uitkomst", e.uitkomst), *taxatie])
            cur.execute(
                f"UPDATE {self.casus} SET beoordeeld_in = ? WHERE casus_id = ?",
                (periode_van(e.envelope.occurred_at), cid),
            )
        elif isinstance(e, ev.DienstGestart):
            cur.execute(
                f"UPDATE {self.casus} SET dienst = ?, dienst_afgerond = 0 WHERE casus_id = ?",
                (str(e.dienst), cid),
            )
            self._draag_bij(cur, e, [("diensten_gestart", e.dienst)])
        elif isinstance(e, ev.OnderzoekAfgerond):
            afsluiting = "voortijdig_afgesloten" if e.voortijdig else "niet_voortijdig_afgesloten"
            conclusies = [(f"onderzoek_{a}", c) for a, c in sorted(e.conclusies.items())]
            self._draag_bij(cur, e, [("onderzoeken", afsluiting), *conclusies])
            self._rond_dienst_af(cur, e)
        elif isinstance(e, ev.MeldingBijRaadGedaan):
            self._draag_bij(cur, e, [("melding_bij_raad", "verzoek_tot_onderzoek")])
        elif isinstance(e, ev.Overgedragen):
            self._draag_bij(
                cur,
                e,
                [("overdracht_soort", e.soort), ("overdracht_ontvanger", e.ontvanger["soort"])],
            )
            self._rond_dienst_af(cur, e)
        elif isinstance(e, ev.MonitormomentUitgevoerd):
            self._draag_bij(cur, e, [("monitormomenten", e.veiligheid)])
        elif isinstance(e, ev.Gecorrigeerd):
            self._corrigeer(cur, e)

    def _rond_dienst_af(self, cur: ViewCursor, e: Any) -> None:
        # Mirrors casus_events._rond_dienst_af: the running dienst's termijn is met once.
        cid = str(e.originator_id)
        row = cur.execute(
            f"SELECT dienst, dienst_afgerond FROM {self.casus} WHERE casus_id = ?", (cid,)
        ).fetchone()
        if row is not None and row[0] is not None and not row[1]:
            cur.execute(f"UPDATE {self.casus} SET dienst_afgerond = 1 WHERE casus_id = ?", (cid,))
            self._draag_bij(cur, e, [("afgeronde_diensten", row[0])])

    def _draag_bij(self, cur: ViewCursor, e: Any, tellingen: list[tuple[str, str]]) -> None:
        cid, versie = str(e.originator_id), e.originator_version
        periode = periode_van(e.envelope.occurred_at)
        organisatie = self._organisatie(cur, cid)
        for onderwerp, categorie in tellingen:
            cur.execute(
                f"INSERT INTO {self.bijdrage} VALUES (?, ?, ?, ?, ?)",
                (cid, versie, onderwerp, str(categorie), periode),
            )
            self._tel(cur, periode, organisatie, onderwerp, str(categorie), +1)

    def _corrigeer(self, cur: ViewCursor, e: Any) -> None:
        cid, versie, w = str(e.originator_id), e.gecorrigeerde_versie, e.wijzigingen
        if "melder" in w:
            vervangen = ("meldingen_naar_melder", "meldingen_naar_sector")
            self._vervang(cur, cid, versie, vervangen, tel_melder("meldingen", w["melder"]))
        if "aard_geweld" in w:
            vervangen = ("meldingen_naar_aard_geweld",)
            self._vervang(cur, cid, versie, vervangen, tel_aard("meldingen", w["aard_geweld"]))
        if "occurred_at" in w:
            moment = w["occurred_at"]
            if isinstance(moment, str):
                moment = datetime.fromisoformat(moment)
            self._verplaats(cur, cid, versie, periode_van(moment))

    def _vervang(
        self,
        cur: ViewCursor,
        cid: str,
        versie: int,
        onderwerpen: tuple[str, ...],
        nieuw: list[tuple[str, str]],
    ) -> None:
        """Replace what event `versie` counted on `onderwerpen` by `nieuw`, in its period."""
        organisatie = self._organisatie(cur, cid)
        plekken = ", ".join("?" for _ in onderwerpen)
        oud = cur.execute(
            f"SELECT onderwerp, categorie, periode FROM {self.bijdrage} "
            f"WHERE casus_id = ? AND versie = ? AND onderwerp IN ({plekken})",
            (cid, versie, *onderwerpen),
        ).fetchall()
        if not oud:
            return  # not a step this view counted on these onderwerpen
        periode = oud[0][2]
        for onderwerp, categorie, _ in oud:
            self._tel(cur, periode, organisatie, onderwerp, categorie, -1)
        cur.execute(
            f"DELETE FROM {self.bijdrage} "
            f"WHERE casus_id = ? AND versie = ? AND onderwerp IN ({plekken})",
            (cid, versie, *onderwerpen),
        )
        for onderwerp, categorie in nieuw:
            cur.execute(
                f"INSERT INTO {self.bijdrage} VALUES (?, ?, ?, ?, ?)",
                (cid, versie, onderwerp, categorie, periode),
            )
            self._tel(cur, periode, organisatie, onderwerp, categorie, +1)

    def _verplaats(self, cur: ViewCursor, cid: str, versie: int, periode: str) -> None:
        """Move what event `versie` counted to another half year."""
        organisatie = self._organisatie(cur, cid)
        rows = cur.execute(
            f"SELECT onderwerp, categorie, periode FROM {self.bijdrage} "
            "WHERE casus_id = ? AND versie = ?",
            (cid, versie),
        ).fetchall()
        for onderwerp, categorie, oud in rows:
            if oud != periode:
                self._tel(cur, oud, organisatie, onderwerp, categorie, -1)
                self._tel(cur, periode, organisatie, onderwerp, categorie, +1)
        cur.execute(
            f"UPDATE {self.bijdrage} SET periode = ? WHERE casus_id = ? AND versie = ?",
            (periode, cid, versie),
        )
        if versie == 1:  # MeldingOntvangen creates the casus
            cur.execute(f"UPDATE {self.casus} SET periode = ? WHERE casus_id = ?", (periode, cid))
        if any(r[0] == "veiligheidsbeoordeling_uitkomst" for r in rows):
            cur.execute(
                f"UPDATE {self.casus} SET beoordeeld_in = ? WHERE casus_id = ?", (periode, cid)
            )

    def _tel(
        self,
        cur: ViewCursor,
        periode: str,
        organisatie: str,
        onderwerp: str,
        categorie: str,
        delta: int,
    ) -> None:
        sleutel = (periode, organisatie, onderwerp, categorie)
        if delta > 0:
            cur.execute(
                f"INSERT INTO {self.teller} VALUES (?, ?, ?, ?, 1) "
                "ON CONFLICT (periode, vt_organisatie, onderwerp, categorie) "
                # Qualified: PostgreSQL finds a bare `aantal` ambiguous (target or excluded).
                f"DO UPDATE SET aantal = {self.teller}.aantal + 1",
                sleutel,
            )
            return
        waar = "periode = ? AND vt_organisatie = ? AND onderwerp = ? AND categorie = ?"
        cur.execute(f"UPDATE {self.teller} SET aantal = aantal - 1 WHERE {waar}", sleutel)
        if cur.rowcount != 1:
            raise LookupError(f"beleidsinformatie: nothing counted to take back at {sleutel}")
        cur.execute(f"DELETE FROM {self.teller} WHERE {waar} AND aantal <= 0", sleutel)

    def _organisatie(self, cur: ViewCursor, cid: str) -> str:
        row = cur.execute(
            f"SELECT vt_organisatie FROM {self.casus} WHERE casus_id = ?", (cid,)
        ).fetchone()
        if row is None:
            raise LookupError(f"beleidsinformatie: event for unknown casus {cid}")
        return row[0]
