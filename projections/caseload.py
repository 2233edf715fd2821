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
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from eventsourcing.utils import get_topic

from ledger import casus_events as ev
from ledger.routekaart import FASE_NAMEN
from ledger.termijnen import AMSTERDAM
from ledger.values import Fase, SoortOverdracht, Uitkomst
from projections.views import ViewCursor, ViewDatabase, tijd_tekst

VEILIG_THUIS, GEMEENTE = "veilig_thuis", "gemeente"

#: Events that only set a flag of the casus the open tasks look at.
_VLAGGEN = {
    ev.CrisisinterventieUitgevoerd: "crisis",
    ev.GemeentelijkeConsulentGeinformeerd: "consulent_geinformeerd",
    ev.OnderzoekAfgerond: "onderzoek_afgerond",
    ev.PolitieTeruggekoppeld: "politie_teruggekoppeld",
    ev.AfstemmingProcesregisseurVastgelegd: "afgestemd",
}
#: The flags of a casus that its open tasks depend on (0 or 1).
_VLAG_KOLOMMEN = (
    "crisis",
    "consulent_geinformeerd",
    "beoordeeld",
    "onderzoek_afgerond",
    "overgedragen",
    "politie_teruggekoppeld",
    "gekoppeld",
    "afgestemd",
)
_STAAT = ("fase", "sector", *_VLAG_KOLOMMEN)
#: Events no mirrored task depends on (who does it; the monitormomenten are read as they are).
_ZONDER_TAKEN = {ev.BehandelaarToegewezen, ev.MonitormomentGepland, ev.MonitormomentUitgevoerd}
_CASUS = (
    "c.casus_id, i.kant, c.vt_organisatie, c.behandelaar, c.team, c.gemeentecode, "
    "c.contactpersoon, c.fase, i.van, i.tot"
)
_MONITORMOMENT = {
    "na_3_maanden": "monitormoment na 3 maanden: alle betrokkenen spreken",
    "na_12_maanden": "monitormoment na 12 maanden: alle betrokkenen spreken",
    "evaluatie": "monitormoment bij de eerstvolgende evaluatie: alle betrokkenen spreken",
}


class CaseloadView:
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
    topics = frozenset(get_topic(cls) for cls in EVENTS)

    def __init__(self, db: ViewDatabase, naam: str = "caseload") -> None:
        if not naam.isidentifier():
            raise ValueError(f"not a table name: {naam!r}")
        self.db = db
        self.naam = naam
        self.casus = f"{naam}_casus"
        self.interval = f"{naam}_interval"
        self.geinformeerd = f"{naam}_geinformeerd"
        self.taak = f"{naam}_taak"
        self.monitormoment = f"{naam}_monitormoment"

    # -- tables ------------------------------------------------------------------------------

    def tabellen(self) -> tuple[str, ...]:
        """The view's own tables (a rebuild builds these under another name, then swaps)."""
        return (self.casus, self.interval, self.geinformeerd, self.taak, self.monitormoment)

    def create_tables(self, cur: ViewCursor) -> None:
        vlaggen = ", ".join(f"{v} INTEGER NOT NULL DEFAULT 0" for v in _VLAG_KOLOMMEN)
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
            f"SELECT {', '.join(_STAAT)} FROM {self.casus} WHERE casus_id = ?", (cid,)
        ).fetchone()
        if staat is None:
            raise LookupError(f"caseload: event for unknown casus {cid}")
        informed = cur.execute(
            f"SELECT wie, onderwerp FROM {self.geinformeerd} WHERE casus_id = ?", (cid,)
        ).fetchall()
        taken = _open_taken(
            dict(zip(_STAAT, staat, strict=True)),
            betrokkenen={o for wie, o in informed if wie == "betrokkenen"},
            melder={o for wie, o in informed if wie == "melder"},
        )
        cur.execute(f"DELETE FROM {self.taak} WHERE casus_id = ?", (cid,))
        for nr, (regel, taak) in enumerate(taken, start=1):
            cur.execute(f"INSERT INTO {self.taak} VALUES (?, ?, ?, ?)", (cid, nr, regel, taak))

    # -- queries -------------------------------------------------------------------------------

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

    def dump(self) -> dict[str, list[tuple]]:
        """Every row, sorted: to compare an incremental view with a rebuild."""
        return {
            tabel.removeprefix(f"{self.naam}_"): sorted(self.db.query(f"SELECT * FROM {tabel}"))
            for tabel in self.tabellen()
        }

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
            per_casus.setdefault(cid, []).append(_monitormoment(mid, gepland_op, reden))
        return per_casus


def _open_taken(
    staat: dict[str, Any], betrokkenen: set[str], melder: set[str]
) -> list[tuple[str, str]]:
    """(regel, taak) as `Casus.open_taken()` gives them, in the same order and words; the test
    against the aggregate keeps the two equal."""
    taken = []
    if staat["crisis"] and not staat["consulent_geinformeerd"]:
        taken.append(("R16", "gemeentelijke consulent informeren over de crisisinterventie"))
    if "melding" not in betrokkenen:
        taken.append(("R22", "direct betrokkenen informeren over de melding"))
    if "gegevensvastlegging" not in betrokkenen:
        taken.append(("R34", "betrokkenen informeren dat hun gegevens zijn vastgelegd"))
    if staat["beoordeeld"]:
        if "uitkomst_veiligheidsbeoordeling" not in melder:
            taken.append(
                ("R33", "melder informeren over de uitkomst van de veiligheidsbeoordeling")
            )
        if "uitkomst_veiligheidsbeoordeling" not in betrokkenen:
            taken.append(("R33", "direct betrokkenen informeren over de uitkomst"))
        if staat["sector"] == "politie" and not staat["politie_teruggekoppeld"]:
            taken.append(("R29", "politie terugkoppelen wat er met de melding is gedaan"))
    if staat["onderzoek_afgerond"] and "uitkomst_onderzoek" not in melder:
        taken.append(("R33", "melder informeren over de uitkomst van het onderzoek"))
    if staat["overgedragen"] and "overdracht" not in betrokkenen:
        taken.append(("R22", "direct betrokkenen informeren over de overdracht"))
    if staat["gekoppeld"] and not staat["afgestemd"] and staat["fase"] != Fase.AFGESLOTEN:
        taken.append(("R14", "afstemmen met de procesregisseur van de gemeente"))
    return taken


def _monitormoment(mid: str, gepland_op: str, reden: str) -> dict[str, Any]:
    return {
        "regel": "R04",
        "taak": _MONITORMOMENT.get(
            reden, f"extra monitormoment ({reden}): alle betrokkenen spreken"
        ),
        "monitormoment_id": mid,
        "gepland_op": date.fromisoformat(gepland_op),
    }


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
