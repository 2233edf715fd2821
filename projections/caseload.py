"""Caseload: welke casussen heeft een behandelaar, een team, een Veilig Thuis-organisatie of
een gemeente open, in welke fase, met welke open taken (R04, R08, R14, R16, R22, R29, R33,
R34), en hoeveel waren er open aan het eind van elke week?

Each casus is on Veilig Thuis's caseload from the melding until it is closed, in monitoring
too after a warme overdracht (R08); after a directe overdracht it leaves the active caseload
(R03) but stays listable with `met_overgedragen=True` until closed, because its open tasks
(R22, R29, R33) are still Veilig Thuis's. A warme overdracht also puts it on the caseload of
the gemeente, with the contactpersoon as the gemeente's worker, until it is closed. The open
tasks mirror `Casus.open_taken()`, plus every monitormoment planned and not yet held while the
casus is in monitoring (R04).

Each side keeps one interval [van, tot) by occurred_at, which `per_week` counts. Corrections
of occurred_at move the bounds they set; a corrected melder moves the police task (R29). The
view keeps only the current behandelaar, not since when, so other corrections change nothing.

The queries are in `projections.caseload_queries`, the mirror of `Casus.open_taken()` in
`projections.caseload_taken`.
"""

from __future__ import annotations

from typing import Any

from ledger import casus_events as ev
from ledger.values import Fase, SoortOverdracht, Uitkomst
from projections.caseload_queries import GEMEENTE, VEILIG_THUIS, CaseloadQueries
from projections.caseload_taken import STAAT, VLAG_KOLOMMEN, open_taken
from projections.leesmodel import Leesmodel
from projections.views import ViewCursor, tijd_tekst

#: Events that only set a flag of the casus the open tasks look at.
_VLAGGEN = {
    ev.CrisisinterventieUitgevoerd: "crisis",
    ev.GemeentelijkeConsulentGeinformeerd: "consulent_geinformeerd",
    ev.OnderzoekAfgerond: "onderzoek_afgerond",
    ev.PolitieTeruggekoppeld: "politie_teruggekoppeld",
    ev.AfstemmingProcesregisseurVastgelegd: "afgestemd",
}
#: Events no mirrored task depends on (who does it; the monitormomenten are read as they are).
_ZONDER_TAKEN = {ev.BehandelaarToegewezen, ev.MonitormomentGepland, ev.MonitormomentUitgevoerd}


class CaseloadView(CaseloadQueries, Leesmodel):
    """De caseload per behandelaar, team, Veilig Thuis-organisatie en gemeente."""

    EVENTS = (
        ev.MeldingOntvangen,
        ev.BehandelaarToegewezen,
        *_VLAGGEN,
        ev.VeiligheidsbeoordelingAfgerond,
        ev.BetrokkenenGeinformeerd,
        ev.MelderGeinformeerd,
        ev.DienstGestart,
        ev.Overgedragen,
        ev.MonitormomentGepland,
        ev.MonitormomentUitgevoerd,
        ev.CasusAfgesloten,
        ev.Gecorrigeerd,
    )
    NAAM = "caseload"
    TABELLEN = ("casus", "interval", "geinformeerd", "taak", "monitormoment")

    # -- tables ------------------------------------------------------------------------------

    def create_tables(self, cur: ViewCursor) -> None:
        vlaggen = ", ".join(f"{v} INTEGER NOT NULL DEFAULT 0" for v in VLAG_KOLOMMEN)
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.casus} ("
            "casus_id TEXT PRIMARY KEY, vt_organisatie TEXT NOT NULL, behandelaar TEXT NOT NULL, "
            "team TEXT, gemeentecode TEXT, contactpersoon TEXT, fase TEXT NOT NULL, sector TEXT, "
            f"{vlaggen})"
        )
        cur.execute(f"CREATE INDEX IF NOT EXISTS {self.casus}_wie ON {self.casus} (behandelaar)")
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.interval} ("
            "casus_id TEXT NOT NULL, kant TEXT NOT NULL, organisatie TEXT NOT NULL, "
            "van TEXT NOT NULL, tot TEXT, van_versie INTEGER NOT NULL, tot_versie INTEGER, "
            "PRIMARY KEY (casus_id, kant))"
        )
        cur.execute(
            f"CREATE INDEX IF NOT EXISTS {self.interval}_org ON {self.interval} (organisatie, tot)"
        )
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.geinformeerd} ("
            "casus_id TEXT NOT NULL, wie TEXT NOT NULL, onderwerp TEXT NOT NULL, "
            "PRIMARY KEY (casus_id, wie, onderwerp))"
        )
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.taak} ("
            "casus_id TEXT NOT NULL, nr INTEGER NOT NULL, regel TEXT NOT NULL, "
            "taak TEXT NOT NULL, PRIMARY KEY (casus_id, nr))"
        )
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.monitormoment} ("
            "casus_id TEXT NOT NULL, monitormoment_id TEXT NOT NULL, gepland_op TEXT NOT NULL, "
            "reden TEXT NOT NULL, uitgevoerd INTEGER NOT NULL, "
            "PRIMARY KEY (casus_id, monitormoment_id))"
        )

    # -- applying events (inside the runner's transaction) -------------------------------------

    def process(self, cur: ViewCursor, e: Any) -> None:
        cid, soort = str(e.originator_id), type(e)
        if soort is ev.MeldingOntvangen:
            cur.execute(
                f"INSERT INTO {self.casus} (casus_id, vt_organisatie, behandelaar, fase, sector, "
                "gekoppeld) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    cid,
                    e.vt_organisatie,
                    e.envelope.actor.user,
                    str(Fase.MELDING),
                    e.melder.get("sector"),
                    int(bool(e.gekoppeld_aan)),
                ),
            )
            self._open(cur, e, VEILIG_THUIS, e.vt_organisatie)
        elif soort is ev.BehandelaarToegewezen:
            self._zet(cur, cid, behandelaar=e.behandelaar, team=e.team)
        elif soort in _VLAGGEN:
            self._zet(cur, cid, **{_VLAGGEN[soort]: 1})
        elif soort is ev.VeiligheidsbeoordelingAfgerond:
            vervolg = e.uitkomst == Uitkomst.VERVOLG_BIJ_VEILIG_THUIS
            fase = Fase.VERVOLG_BIJ_VEILIG_THUIS if vervolg else Fase.BEOORDEELD
            self._zet(cur, cid, fase=str(fase), beoordeeld=1)
        elif soort is ev.BetrokkenenGeinformeerd or soort is ev.MelderGeinformeerd:
            wie = "betrokkenen" if soort is ev.BetrokkenenGeinformeerd else "melder"
            cur.execute(
                f"INSERT INTO {self.geinformeerd} VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                (cid, wie, e.onderwerp),
            )
        elif soort is ev.DienstGestart:
            if e.dienst == Fase.ONDERZOEK:  # a new Onderzoek needs its own conclusion
                self._zet(cur, cid, fase=str(Fase(e.dienst)), onderzoek_afgerond=0)
            else:
                self._zet(cur, cid, fase=str(Fase(e.dienst)))
        elif soort is ev.Overgedragen:
            self._overdracht(cur, cid, e)
        elif soort is ev.MonitormomentGepland:
            cur.execute(
                f"INSERT INTO {self.monitormoment} VALUES (?, ?, ?, ?, 0)",
                (cid, e.monitormoment_id, e.gepland_op.isoformat(), e.reden),
            )
        elif soort is ev.MonitormomentUitgevoerd:
            cur.execute(
                f"UPDATE {self.monitormoment} SET uitgevoerd = 1 "
                "WHERE casus_id = ? AND monitormoment_id = ?",
                (cid, e.monitormoment_id),
            )
        elif soort is ev.CasusAfgesloten:
            self._zet(cur, cid, fase=str(Fase.AFGESLOTEN))
            self._sluit(cur, e)
        elif soort is ev.Gecorrigeerd:
            self._correctie(cur, cid, e)
        if soort not in _ZONDER_TAKEN:
            self._taken_opnieuw(cur, cid)

    def _overdracht(self, cur: ViewCursor, cid: str, e: Any) -> None:
        o = e.ontvanger
        warm = e.soort == SoortOverdracht.WARM
        self._zet(
            cur,
            cid,
            fase=str(Fase.MONITORING if warm else Fase.OVERGEDRAGEN),
            overgedragen=1,
            gemeentecode=o.get("gemeentecode"),
            contactpersoon=o.get("contactpersoon"),
        )
        if warm:
            self._open(cur, e, GEMEENTE, o["gemeentecode"])  # R08: also on VT's caseload
        else:
            self._sluit(cur, e, VEILIG_THUIS)  # R03: Veilig Thuis does not monitor

    def _open(self, cur: ViewCursor, e: Any, kant: str, organisatie: str) -> None:
        cur.execute(
            f"INSERT INTO {self.interval} VALUES (?, ?, ?, ?, NULL, ?, NULL) "
            "ON CONFLICT (casus_id, kant) DO UPDATE SET organisatie = excluded.organisatie, "
            "van = excluded.van, tot = NULL, van_versie = excluded.van_versie, tot_versie = NULL",
            (
                str(e.originator_id),
                kant,
                organisatie,
                tijd_tekst(e.envelope.occurred_at),
                e.originator_version,
            ),
        )

    def _sluit(self, cur: ViewCursor, e: Any, kant: str | None = None) -> None:
        """Close the open intervals of the casus (of one side only, if `kant` is given)."""
        cur.execute(
            f"UPDATE {self.interval} SET tot = ?, tot_versie = ? "
            "WHERE casus_id = ? AND tot IS NULL AND kant = COALESCE(?, kant)",
            (tijd_tekst(e.envelope.occurred_at), e.originator_version, str(e.originator_id), kant),
        )

    def _correctie(self, cur: ViewCursor, cid: str, e: Any) -> None:
        if "occurred_at" in e.wijzigingen:
            t, versie = tijd_tekst(e.wijzigingen["occurred_at"]), e.gecorrigeerde_versie
            for grens in ("van", "tot"):
                cur.execute(
                    f"UPDATE {self.interval} SET {grens} = ? "
                    f"WHERE casus_id = ? AND {grens}_versie = ?",
                    (t, cid, versie),
                )
        if "melder" in e.wijzigingen:  # only MeldingOntvangen has a melder
            self._zet(cur, cid, sector=e.wijzigingen["melder"].get("sector"))

    def _zet(self, cur: ViewCursor, cid: str, **kolommen: Any) -> None:
        toewijzing = ", ".join(f"{k} = ?" for k in kolommen)
        cur.execute(
            f"UPDATE {self.casus} SET {toewijzing} WHERE casus_id = ?", (*kolommen.values(), cid)
        )

    def _taken_opnieuw(self, cur: ViewCursor, cid: str) -> None:
        staat = cur.execute(
            f"SELECT {', '.join(STAAT)} FROM {self.casus} WHERE casus_id = ?", (cid,)
        ).fetchone()
        if staat is None:
            raise LookupError(f"caseload: event for unknown casus {cid}")
        informed = cur.execute(
            f"SELECT wie, onderwerp FROM {self.geinformeerd} WHERE casus_id = ?", (cid,)
        ).fetchall()
        taken = open_taken(
            dict(zip(STAAT, staat, strict=True)),
            betrokkenen={o for wie, o in informed if wie == "betrokkenen"},
            melder={o for wie, o in informed if wie == "melder"},
        )
        cur.execute(f"DELETE FROM {self.taak} WHERE casus_id = ?", (cid,))
        for nr, (regel, taak) in enumerate(taken, start=1):
            cur.execute(f"INSERT INTO {self.taak} VALUES (?, ?, ?, ?)", (cid, nr, regel, taak))
