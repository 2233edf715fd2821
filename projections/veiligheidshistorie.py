"""Veiligheidshistorie: per huishouden één tijdlijn van meldingen (ook bij andere Veilig
Thuis-organisaties, R24), crisisinterventies, onveiligheid uit de veiligheidsbeoordeling,
veiligheidsvoorwaarden, onderzoek, Raad, overdracht, monitormomenten, nieuwe zorgen en
afsluiting; welke organisaties het huishouden kennen (radar); en of er op een peildatum
stabiele veiligheid is (R06).

Casus events after the melding carry no huishouden_id, so a casus -> huishouden table links
them (an event of a casus whose melding the view never saw adds nothing; in a whole log every
casus starts with its melding). Entries hold no free text from the events: the summary is
composed in `veiligheidshistorie_teksten` from enum values, booleans and counts, and casus and
version point to the full fact. No names, BSN or addresses. The radar comes from the
household's register of meldingen (MeldingGeregistreerd, R24): which Veilig Thuis
organisations know it and since when, nothing of the case.

Onveilige gebeurtenissen (R06) as the ledger records them: every melding, a crisisinterventie,
a veiligheidsbeoordeling that found acute or structurele onveiligheid, every ZorgGemeld and a
monitormoment that found the veiligheid onvoldoende. A confirmed onderzoek is not one of its
own: it confirms what the melding already counts.

Stabiele veiligheid on peildatum D (a date in Europe/Amsterdam, never the clock) needs R06's
three conditions, each judged on the household's monitormomenten and events up to D:
(1) six months without onveilige gebeurtenis: none on a local date U <= D with U + 6 months > D
(months as `termijnen.add_maanden`, so it holds from the day six months after the last one),
and the last monitormoment on or before D found the veiligheid voldoende, after the last
onveilige gebeurtenis; (2) risicofactoren aangepakt and (3) herstel gestart: the latest
monitormoment on or before D that assessed the fact (not None) found it so. A monitormoment
that did not assess a fact leaves the earlier assessment standing; a fact never assessed does
not hold. Each condition that fails gives its reasons. D is judged on what the ledger holds
now about what happened by D, not on what was known at D. A plan van aanpak (R13) is shown
beside the answer as a note: a plan, not an outcome.

Corrections (Gecorrigeerd): a corrected occurred_at moves the entry (and the radar date of a
corrected melding); the entry remembers the correction's version. The other correctable fields
(melder, aard_geweld, bestaande_hulp, omschrijving, gesproken_met, bevindingen) are not in the
view, so their corrections change nothing here.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from ledger import casus_events as ev
from ledger.huishouden import MeldingGeregistreerd
from ledger.termijnen import AMSTERDAM, add_maanden, lokale_datum
from projections.leesmodel import Leesmodel
from projections.veiligheidshistorie_teksten import (
    OORDELEN,
    SOORTEN,
    dag,
    monitormoment_reden,
    oordeel_reden,
    plan_van_aanpak_notitie,
)
from projections.views import ViewCursor, tijd_tekst

_KOLOMMEN = (
    "casus_id, versie, soort, occurred_at, vt_organisatie, samenvatting, event, regels, "
    "onveilig, veiligheid, gecorrigeerd, risicofactoren_aangepakt, herstel_gestart"
)


def _ja_nee(waarde: bool | None) -> int | None:
    return None if waarde is None else int(waarde)


class VeiligheidshistorieView(Leesmodel):
    """De veiligheidshistorie per huishouden, de radar, en stabiele veiligheid (R06)."""

    EVENTS = (*SOORTEN, ev.Gecorrigeerd, MeldingGeregistreerd)
    NAAM = "veiligheidshistorie"
    TABELLEN = ("gebeurtenis", "casus", "register")

    # -- tables ------------------------------------------------------------------------------

    def create_tables(self, cur: ViewCursor) -> None:
        cur.execute(
            f"CREATE TABLE IF NOT EXISTS {self.gebeurtenis} ("
            "casus_id TEXT NOT NULL, versie INTEGER NOT NULL, huishouden_id TEXT NOT NULL, "
            "soort TEXT NOT NULL, occurred_at TEXT NOT NULL, recorded_at TEXT NOT NULL, "
            "vt_organisatie TEXT NOT NULL, samenvatting TEXT NOT NULL, event TEXT NOT NULL, "
            "regels TEXT NOT NULL, onveilig INTEGER NOT NULL, veiligheid TEXT, "
            "gecorrigeerd INTEGER, risicofactoren_aangepakt INTEGER, herstel_gestart INTEGER, "
            "PRIMARY KEY (casus_id, versie))"
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
        oordelen = (
            (str(e.veiligheid), _ja_nee(e.risicofactoren_aangepakt), _ja_nee(e.herstel_gestart))
            if isinstance(e, ev.MonitormomentUitgevoerd)
            else (None, None, None)
        )
        # INSERT ... SELECT: the household and organisation come from the casus row without a
        # separate read: one statement, one round trip to the store per event.

        cur.execute(
            f"INSERT INTO {self.gebeurtenis} SELECT ?, ?, huishouden_id, ?, ?, ?, "
            f"vt_organisatie, ?, ?, ?, ?, ?, NULL, ?, ? FROM {self.casus} WHERE casus_id = ?",
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
                *oordelen,
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
        """R06 op de peildatum: stabiel ja of nee, per voorwaarde, en waarom (zie de
        moduletekst)."""
        d = lokale_datum(peildatum)
        gebeurd = self.historie(huishouden_id, tot=d)
        onveilig = [g for g in gebeurd if g["onveilig"]]
        laatste = onveilig[-1] if onveilig else None
        binnen = [g for g in onveilig if add_maanden(dag(g), 6) > d]
        momenten = [g for g in gebeurd if g["soort"] == "monitormoment"]
        moment = momenten[-1] if momenten else None
        vanaf = add_maanden(dag(laatste), 6) if laatste else None
        redenen = (
            [] if gebeurd else ["Over dit huishouden is tot en met de peildatum niets vastgelegd."]
        )
        redenen += [
            f"{g['samenvatting']} op {dag(g):%d-%m-%Y} (bij {g['vt_organisatie']}): een "
            "onveilige gebeurtenis minder dan zes maanden vóór de peildatum."
            for g in binnen
        ]
        if binnen:
            redenen.append(
                "Zes maanden zonder onveilige gebeurtenis zijn er op zijn vroegst op "
                f"{vanaf:%d-%m-%Y}."
            )
        niet_bevestigd = monitormoment_reden(moment, laatste)
        if niet_bevestigd:
            redenen.append(niet_bevestigd)
        # Per fact, the latest monitormoment that assessed it; None-assessments are skipped.
        beoordelingen = {
            veld: next((m for m in reversed(momenten) if m[veld] is not None), None)
            for veld in OORDELEN
        }
        oordelen = {veld: oordeel_reden(veld, m) for veld, m in beoordelingen.items()}
        redenen += [r for r in oordelen.values() if r]
        plannen = [g for g in gebeurd if g["soort"] == "plan_van_aanpak"]
        return {
            "huishouden_id": str(huishouden_id),
            "peildatum": d,
            "stabiel": not redenen,
            "redenen": redenen,
            "voorwaarden": {
                "zes_maanden_zonder_onveilige_gebeurtenis": not binnen,
                "monitormoment_voldoende": niet_bevestigd is None,
                "risicofactoren_aangepakt": oordelen["risicofactoren_aangepakt"] is None,
                "herstel_trauma_gestart": oordelen["herstel_gestart"] is None,
            },
            "onveilig_binnen_zes_maanden": binnen,
            "laatste_onveilige_gebeurtenis": laatste,
            "laatste_monitormoment": moment,
            "zes_maanden_vanaf": vanaf,
            "beoordeling_risicofactoren": beoordelingen["risicofactoren_aangepakt"],
            "beoordeling_herstel": beoordelingen["herstel_gestart"],
            "notities": [plan_van_aanpak_notitie(plannen[-1])] if plannen else [],
            "regels": ["R06"],
        }


def _gebeurtenis(r: tuple) -> dict[str, Any]:
    casus_id, versie, soort, occurred_at, vt, samenvatting, event, regels, onveilig, veilig = r[:10]
    gec, risicofactoren, herstel = r[10:]
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
        "risicofactoren_aangepakt": None if risicofactoren is None else bool(risicofactoren),
        "herstel_gestart": None if herstel is None else bool(herstel),
    }
