"""Veiligheidshistorie: per huishouden één tijdlijn van meldingen (ook bij andere Veilig
Thuis-organisaties, R24), crisisinterventies, onveiligheid uit de veiligheidsbeoordeling,
veiligheidsvoorwaarden, onderzoek, Raad, overdracht, monitormomenten, nieuwe zorgen en
afsluiting; welke organisaties het huishouden kennen (radar); en of er op een peildatum
stabiele veiligheid is (R06).

Casus events after the melding carry no huishouden_id, so a casus -> huishouden table links
them (an event of a casus whose melding the view never saw adds nothing; in a whole log every
casus starts with its melding). Entries hold no free text from the events (omschrijving,
voorwaarden, bevindingen, maatregelen and triage facts may name people): the summary is
composed here from enum values and counts, and casus and version point to the full fact. No
names, BSN or addresses. The radar comes from the household's register of meldingen
(MeldingGeregistreerd, R24): which Veilig Thuis organisations know it and since when, nothing
of the case.

Onveilige gebeurtenissen (R06) as the ledger records them: every melding, a crisisinterventie,
a veiligheidsbeoordeling that found acute or structurele onveiligheid, every ZorgGemeld and a
monitormoment that found the veiligheid onvoldoende. A confirmed onderzoek is not one of its
own: it confirms what the melding already counts.

Stabiele veiligheid on peildatum D (a date in Europe/Amsterdam, never the clock): (1) no
onveilige gebeurtenis on a local date U <= D with U + 6 months > D (months as
`termijnen.add_maanden`, so it holds from the day six months after the last one), and (2) the
last monitormoment on or before D found the veiligheid voldoende, after the last onveilige
gebeurtenis. The ledger records no fact for R06's other two conditions (risicofactoren
effectief aangepakt; start met herstel van trauma): the voldoende monitormoment stands in for
them, and every answer says so in `niet_vastgelegd`. D is judged on what the ledger holds now
about what happened by D, not on what was known at D.

Corrections (Gecorrigeerd): a corrected occurred_at moves the entry (and the radar date of a
corrected melding); the entry remembers the correction's version. The other correctable fields
(melder, aard_geweld, bestaande_hulp, omschrijving, gesproken_met, bevindingen) are not in the
view, so their corrections change nothing here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from eventsourcing.utils import get_topic

from ledger import casus_events as ev
from ledger.huishouden import MeldingGeregistreerd
from ledger.termijnen import AMSTERDAM, add_maanden, lokale_datum
from ledger.values import Veiligheid
from projections.views import ViewCursor, ViewDatabase, tijd_tekst

_KOLOMMEN = (
    "casus_id, versie, soort, occurred_at, vt_organisatie, samenvatting, event, regels, "
    "onveilig, veiligheid, gecorrigeerd"
)
_STAAT_IN = "; het monitormoment dat voldoende veiligheid vaststelde staat daarvoor in."
NIET_VASTGELEGD = (
    "Of de risicofactoren effectief zijn aangepakt, hanteerbaar gemaakt of afgenomen, legt het "
    "ledger niet als feit vast" + _STAAT_IN,
    "Of een start is gemaakt met herstel van trauma's en van de gevolgen van het geweld, legt "
    "het ledger niet als feit vast" + _STAAT_IN,
)


def _woorden(waarde: str) -> str:
    return str(waarde).replace("_", " ")


def _aantal(n: int, enkel: str, meer: str) -> str:
    return f"{n} {enkel if n == 1 else meer}"


def _zin(*delen: str) -> str:
    return "; ".join(d for d in delen if d)


def _onveiligheid(acuut: bool, structureel: bool) -> str:
    return " en ".join(w for w, ja in (("acute", acuut), ("structurele", structureel)) if ja)


def _melding(e: ev.MeldingOntvangen) -> tuple[str, str, bool]:
    vermoeden = _onveiligheid(e.vermoeden_acute_onveiligheid, e.vermoeden_structurele_onveiligheid)
    return (
        "melding",
        _zin(
            f"Melding bij {e.vt_organisatie} ({_woorden(e.eerdere_betrokkenheid)})",
            f"vermoeden van {vermoeden} onveiligheid" if vermoeden else "",
            "opgepakt door de crisisdienst" if e.crisisdienst else "",
            "nieuwe melding binnen een lopend traject" if e.gekoppeld_aan else "",
        ),
        True,
    )


def _beoordeling(e: ev.VeiligheidsbeoordelingAfgerond) -> tuple[str, str, bool]:
    t = e.triage
    gevonden = _onveiligheid(
        t["acute_onveiligheid"]["oordeel"], t["structurele_onveiligheid"]["oordeel"]
    )
    return (
        "veiligheidsbeoordeling",
        _zin(
            f"Veiligheidsbeoordeling: {gevonden or 'geen acute of structurele'} onveiligheid "
            "vastgesteld",
            f"uitkomst {_woorden(e.uitkomst)}" + (f" ({_woorden(e.dienst)})" if e.dienst else ""),
        ),
        bool(gevonden),
    )


def _crisis(e: ev.CrisisinterventieUitgevoerd) -> tuple[str, str, bool]:
    dagen = e.tijdelijk_huisverbod_dagen
    return (
        "crisisinterventie",
        _zin(
            f"Crisisinterventie ({_aantal(len(e.maatregelen), 'maatregel', 'maatregelen')})",
            f"tijdelijk huisverbod van {dagen} dagen" if dagen else "",
        ),
        True,
    )


def _onderzoek(e: ev.OnderzoekAfgerond) -> tuple[str, str, bool]:
    conclusies = ", ".join(f"{_woorden(a)} {_woorden(c)}" for a, c in sorted(e.conclusies.items()))
    tekst = "Onderzoek voortijdig afgesloten" if e.voortijdig else "Onderzoek afgerond"
    return "onderzoek", tekst + (f": {conclusies}" if conclusies else ""), False


def _overdracht(e: ev.Overgedragen) -> tuple[str, str, bool]:
    code = e.ontvanger.get("gemeentecode")
    tekst = f"{_woorden(e.soort).capitalize()} aan {_woorden(e.ontvanger['soort'])}"
    return "overdracht", tekst + (f" ({code})" if code else ""), False


#: Per event: (soort, samenvatting, onveilig); the samenvatting holds no free text.
SOORTEN: dict[type, Callable[[Any], tuple[str, str, bool]]] = {
    ev.MeldingOntvangen: _melding,
    ev.CrisisinterventieUitgevoerd: _crisis,
    ev.VeiligheidsbeoordelingAfgerond: _beoordeling,
    ev.VeiligheidsvoorwaardenVastgesteld: lambda e: (
        "veiligheidsvoorwaarden",
        _aantal(len(e.voorwaarden), "veiligheidsvoorwaarde", "veiligheidsvoorwaarden")
        + " vastgesteld",
        False,
    ),
    ev.OnderzoekAfgerond: _onderzoek,
    ev.MeldingBijRaadGedaan: lambda e: (
        "raad",
        "Melding bij de Raad voor de Kinderbescherming over "
        + _aantal(len(e.kinderen), "kind", "kinderen"),
        False,
    ),
    ev.Overgedragen: _overdracht,
    ev.PlanVanAanpakVastgelegd: lambda e: (
        "plan_van_aanpak",
        "Plan van aanpak van de gemeente vastgelegd",
        False,
    ),
    ev.MonitormomentUitgevoerd: lambda e: (
        "monitormoment",
        f"Monitormoment: veiligheid {e.veiligheid}",
        e.veiligheid != Veiligheid.VOLDOENDE,
    ),
    ev.ZorgGemeld: lambda e: (
        "zorg",
        f"Nieuwe zorg tijdens monitoring ({'acuut' if e.acuut else 'niet acuut'})",
        True,
    ),
    ev.CasusAfgesloten: lambda e: ("afsluiting", f"Casus afgesloten: {_woorden(e.reden)}", False),
}


class VeiligheidshistorieView:
    """De veiligheidshistorie per huishouden, de radar, en stabiele veiligheid (R06)."""

    EVENTS = (*SOORTEN, ev.Gecorrigeerd, MeldingGeregistreerd)
    topics = frozenset(get_topic(cls) for cls in EVENTS)

    def __init__(self, db: ViewDatabase, naam: str = "veiligheidshistorie") -> None:
        if not naam.isidentifier():
            raise ValueError(f"not a table name: {naam!r}")
        self.db = db
        self.naam = naam
        self.gebeurtenis = f"{naam}_gebeurtenis"
        self.casus = f"{naam}_casus"
        self.register = f"{naam}_register"

    # -- tables ------------------------------------------------------------------------------

    def tabellen(self) -> tuple[str, ...]:
        """The view's own tables (a rebuild builds these under another name, then swaps)."""
        return (self.gebeurtenis, self.casus, self.register)

    def create_tables(self, cur: ViewCursor) -> None:
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.gebeurtenis} ("
            "casus_id TEXT NOT NULL, versie INTEGER NOT NULL, huishouden_id TEXT NOT NULL, "
            "soort TEXT NOT NULL, occurred_at TEXT NOT NULL, recorded_at TEXT NOT NULL, "
            "vt_organisatie TEXT NOT NULL, samenvatting TEXT NOT NULL, event TEXT NOT NULL, "
            "regels TEXT NOT NULL, onveilig INTEGER NOT NULL, veiligheid TEXT, "
            "gecorrigeerd INTEGER, PRIMARY KEY (casus_id, versie))"
        )
        cur.execute(
            f"CREATE INDEX IF NOT EXISTS {self.gebeurtenis}_huishouden "
            f"ON {self.gebeurtenis} (huishouden_id, occurred_at)"
        )
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.casus} ("
            "casus_id TEXT PRIMARY KEY, huishouden_id TEXT NOT NULL, vt_organisatie TEXT NOT NULL)"
        )
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.register} ("
            "huishouden_id TEXT NOT NULL, casus_id TEXT NOT NULL, vt_organisatie TEXT NOT NULL, "
            "ontvangen_op TEXT NOT NULL, PRIMARY KEY (huishouden_id, casus_id))"
        )

    # -- applying events (inside the runner's transaction) -------------------------------------

    def process(self, cur: ViewCursor, e: Any) -> None:
        if isinstance(e, MeldingGeregistreerd):
            cur.execute(
                f"INSERT INTO {self.register} VALUES (?, ?, ?, ?)",
                (
                    str(e.originator_id),
                    e.casus_id,
                    e.vt_organisatie,
                    tijd_tekst(e.envelope.occurred_at),
                ),
            )
            return
        cid = str(e.originator_id)
        if isinstance(e, ev.Gecorrigeerd):
            self._correct(cur, cid, e)
            return
        if isinstance(e, ev.MeldingOntvangen):
            cur.execute(
                f"INSERT INTO {self.casus} VALUES (?, ?, ?)",
                (cid, str(e.huishouden_id), e.vt_organisatie),
            )
        soort, samenvatting, onveilig = SOORTEN[type(e)](e)
        # INSERT ... SELECT: the household and organisation come from the casus row without a
        # read, so PostgreSQL's pipeline needs no round trip per event.
        cur.execute(
            f"INSERT INTO {self.gebeurtenis} SELECT ?, ?, huishouden_id, ?, ?, ?, "
            f"vt_organisatie, ?, ?, ?, ?, ?, NULL FROM {self.casus} WHERE casus_id = ?",
            (
                cid,
                e.originator_version,
                soort,
                tijd_tekst(e.envelope.occurred_at),
                tijd_tekst(e.timestamp),
                samenvatting,
                type(e).__name__,
                ",".join(e.envelope.rule_ids),
                int(onveilig),
                str(e.veiligheid) if isinstance(e, ev.MonitormomentUitgevoerd) else None,
                cid,
            ),
        )

    def _correct(self, cur: ViewCursor, cid: str, e: ev.Gecorrigeerd) -> None:
        # Only occurred_at matters here; the other correctable fields are not in the view.
        if "occurred_at" not in e.wijzigingen:
            return
        moment = tijd_tekst(e.wijzigingen["occurred_at"])
        cur.execute(
            f"UPDATE {self.gebeurtenis} SET occurred_at = ?, gecorrigeerd = ? "
            "WHERE casus_id = ? AND versie = ?",
            (moment, e.originator_version, cid, e.gecorrigeerde_versie),
        )
        if e.gecorrigeerde_versie == 1:  # the melding: the radar knows it from then on
            cur.execute(
                f"UPDATE {self.register} SET ontvangen_op = ? WHERE casus_id = ?", (moment, cid)
            )

    # -- queries -------------------------------------------------------------------------------

    def historie(
        self, huishouden_id: Any, tot: date | datetime | None = None
    ) -> list[dict[str, Any]]:
        """De tijdlijn van het huishouden, oudste eerst; met `tot` alleen wat tot dan gebeurde
        (een datum telt tot en met die dag in Europe/Amsterdam)."""
        sql = f"SELECT {_KOLOMMEN} FROM {self.gebeurtenis} WHERE huishouden_id = ?"
        params: list[Any] = [str(huishouden_id)]
        if isinstance(tot, datetime):
            sql, params = sql + " AND occurred_at <= ?", [*params, tijd_tekst(tot)]
        elif tot is not None:
            einde = datetime.combine(tot + timedelta(days=1), time(), AMSTERDAM)
            sql, params = sql + " AND occurred_at < ?", [*params, tijd_tekst(einde)]
        rows = self.db.query(sql + " ORDER BY occurred_at, recorded_at, casus_id, versie", params)
        return [_gebeurtenis(r) for r in rows]

    def radar(self, huishouden_id: Any) -> list[dict[str, Any]]:
        """R24: welke Veilig Thuis-organisaties het huishouden kennen, en sinds wanneer."""
        rows = self.db.query(
            f"SELECT vt_organisatie, MIN(ontvangen_op) FROM {self.register} "
            "WHERE huishouden_id = ? GROUP BY vt_organisatie ORDER BY 2, 1",
            (str(huishouden_id),),
        )
        return [{"vt_organisatie": v, "sinds": datetime.fromisoformat(s)} for v, s in rows]

    def stabiele_veiligheid(self, huishouden_id: Any, peildatum: date) -> dict[str, Any]:
        """R06 op de peildatum: stabiel ja of nee, en waarom (zie de moduletekst)."""
        d = lokale_datum(peildatum)
        gebeurd = self.historie(huishouden_id, tot=d)
        onveilig = [g for g in gebeurd if g["onveilig"]]
        laatste = onveilig[-1] if onveilig else None
        binnen = [g for g in onveilig if add_maanden(_dag(g), 6) > d]
        momenten = [g for g in gebeurd if g["soort"] == "monitormoment"]
        moment = momenten[-1] if momenten else None
        vanaf = add_maanden(_dag(laatste), 6) if laatste else None
        redenen = (
            [] if gebeurd else ["Over dit huishouden is tot en met de peildatum niets vastgelegd."]
        )
        redenen += [
            f"{g['samenvatting']} op {_dag(g):%d-%m-%Y} (bij {g['vt_organisatie']}): een "
            "onveilige gebeurtenis minder dan zes maanden vóór de peildatum."
            for g in binnen
        ]
        if binnen:
            redenen.append(
                "Zes maanden zonder onveilige gebeurtenis zijn er op zijn vroegst op "
                f"{vanaf:%d-%m-%Y}."
            )
        niet_bevestigd = _monitormoment_reden(moment, laatste)
        if niet_bevestigd:
            redenen.append(niet_bevestigd)
        return {
            "huishouden_id": str(huishouden_id),
            "peildatum": d,
            "stabiel": not redenen,
            "redenen": redenen,
            "voorwaarden": {
                "zes_maanden_zonder_onveilige_gebeurtenis": not binnen,
                "monitormoment_voldoende": niet_bevestigd is None,
                "risicofactoren_aangepakt": None,  # not recorded: see niet_vastgelegd
                "herstel_trauma_gestart": None,
            },
            "onveilig_binnen_zes_maanden": binnen,
            "laatste_onveilige_gebeurtenis": laatste,
            "laatste_monitormoment": moment,
            "zes_maanden_vanaf": vanaf,
            "niet_vastgelegd": _niet_vastgelegd(gebeurd),
            "regels": ["R06"],
        }

    def dump(self) -> dict[str, list[tuple]]:
        """Every row, sorted: to compare an incremental view with a rebuild."""
        return {
            "gebeurtenis": sorted(self.db.query(f"SELECT * FROM {self.gebeurtenis}")),
            "casus": sorted(self.db.query(f"SELECT * FROM {self.casus}")),
            "register": sorted(self.db.query(f"SELECT * FROM {self.register}")),
        }


def _monitormoment_reden(moment: dict | None, laatste: dict | None) -> str | None:
    """Why the last monitormoment up to the peildatum does not confirm safety, or None."""
    if moment is None:
        return (
            "Tot en met de peildatum heeft geen monitormoment voldoende veiligheid vastgesteld "
            "(R04, R05)."
        )
    if moment["veiligheid"] != Veiligheid.VOLDOENDE:
        return (
            f"Het laatste monitormoment tot en met de peildatum, op {_dag(moment):%d-%m-%Y}, "
            "stelde onvoldoende veiligheid vast."
        )
    if laatste is not None and moment["occurred_at"] <= laatste["occurred_at"]:
        return (
            f"Na de laatste onveilige gebeurtenis ({laatste['samenvatting']} op "
            f"{_dag(laatste):%d-%m-%Y}) heeft geen monitormoment meer voldoende veiligheid "
            f"vastgesteld; het laatste was op {_dag(moment):%d-%m-%Y}."
        )
    return None


def _niet_vastgelegd(gebeurd: list[dict[str, Any]]) -> list[str]:
    notities = list(NIET_VASTGELEGD)
    plannen = [g for g in gebeurd if g["soort"] == "plan_van_aanpak"]
    if plannen:
        notities.append(
            f"Wel legde de gemeente op {_dag(plannen[-1]):%d-%m-%Y} een plan van aanpak vast "
            "met de aanpak van onderliggende oorzaken en herstelgerichte zorg (R13): een plan, "
            "geen vastgestelde uitkomst."
        )
    return notities


def _dag(g: dict[str, Any]) -> date:
    return lokale_datum(g["occurred_at"])


def _gebeurtenis(r: tuple) -> dict[str, Any]:
    casus_id, versie, soort, occurred_at, vt, samenvatting, event, regels, onveilig, veilig, gec = r
    return {
        "soort": soort,
        "occurred_at": datetime.fromisoformat(occurred_at),
        "casus_id": casus_id,
        "vt_organisatie": vt,
        "samenvatting": samenvatting,
        "event": event,
        "versie": int(versie),
        "regels": regels.split(",") if regels else [],
        "onveilig": bool(onveilig),
        "veiligheid": veilig,
        "gecorrigeerd": int(gec) if gec is not None else None,
    }
