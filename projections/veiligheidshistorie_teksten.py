"""De teksten van de veiligheidshistorie: per event een samenvatting, en waarom een voorwaarde
van stabiele veiligheid (R06) niet geldt.

A samenvatting is composed from enum values, booleans and counts only: no free text from the
events (omschrijving, voorwaarden, bevindingen, maatregelen and triage facts may name people).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from ledger import casus_events as ev
from ledger.termijnen import lokale_datum
from ledger.values import Veiligheid

#: R06's two facts recorded at a monitormoment, by entry key: its name in a reason, what was
#: asked, and what a "no" means.
OORDELEN = {
    "risicofactoren_aangepakt": (
        "Risicofactoren",
        "of de risicofactoren effectief zijn aangepakt, hanteerbaar gemaakt of afgenomen",
        "vastgelegd dat de risicofactoren nog niet effectief zijn aangepakt, hanteerbaar "
        "gemaakt of afgenomen",
    ),
    "herstel_gestart": (
        "Herstel",
        "of een start is gemaakt met herstel van trauma's en van de gevolgen van het geweld",
        "vastgelegd dat nog geen start is gemaakt met herstel van trauma's en van de gevolgen "
        "van het geweld",
    ),
}


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


def _monitormoment(e: ev.MonitormomentUitgevoerd) -> tuple[str, str, bool]:
    def oordeel(waarde: bool | None, ja: str, nee: str) -> str:
        return "" if waarde is None else ja if waarde else nee

    return (
        "monitormoment",
        _zin(
            f"Monitormoment: veiligheid {e.veiligheid}",
            oordeel(
                e.risicofactoren_aangepakt,
                "risicofactoren aangepakt",
                "risicofactoren niet aangepakt",
            ),
            oordeel(e.herstel_gestart, "herstel gestart", "herstel niet gestart"),
        ),
        e.veiligheid != Veiligheid.VOLDOENDE,
    )


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
    ev.MonitormomentUitgevoerd: _monitormoment,
    ev.ZorgGemeld: lambda e: (
        "zorg",
        f"Nieuwe zorg tijdens monitoring ({'acuut' if e.acuut else 'niet acuut'})",
        True,
    ),
    ev.CasusAfgesloten: lambda e: ("afsluiting", f"Casus afgesloten: {_woorden(e.reden)}", False),
}


# -- why a condition of stabiele veiligheid does not hold -----------------------------------------


def dag(g: dict[str, Any]) -> date:
    """The local date (Europe/Amsterdam) of a timeline entry."""
    return lokale_datum(g["occurred_at"])


def monitormoment_reden(moment: dict | None, laatste: dict | None) -> str | None:
    """Why the last monitormoment up to the peildatum does not confirm safety, or None."""
    if moment is None:
        return (
            "Tot en met de peildatum heeft geen monitormoment voldoende veiligheid vastgesteld "
            "(R04, R05)."
        )
    if moment["veiligheid"] != Veiligheid.VOLDOENDE:
        return (
            f"Het laatste monitormoment tot en met de peildatum, op {dag(moment):%d-%m-%Y}, "
            "stelde onvoldoende veiligheid vast."
        )
    if laatste is not None and moment["occurred_at"] <= laatste["occurred_at"]:
        return (
            f"Na de laatste onveilige gebeurtenis ({laatste['samenvatting']} op "
            f"{dag(laatste):%d-%m-%Y}) heeft geen monitormoment meer voldoende veiligheid "
            f"vastgesteld; het laatste was op {dag(moment):%d-%m-%Y}."
        )
    return None


def oordeel_reden(veld: str, beoordeling: dict | None) -> str | None:
    """Why R06's fact `veld` does not hold on the peildatum, given the last monitormoment that
    assessed it (None: none did); None when it holds."""
    naam, vraag, niet = OORDELEN[veld]
    if beoordeling is None:
        return (
            f"{naam}: nooit beoordeeld; geen monitormoment tot en met de peildatum legde vast "
            f"{vraag} (R06)."
        )
    if not beoordeling[veld]:
        return (
            f"{naam}: bij het laatste monitormoment dat dit beoordeelde "
            f"({dag(beoordeling):%d-%m-%Y}) {niet} (R06)."
        )
    return None


def plan_van_aanpak_notitie(plan: dict[str, Any]) -> str:
    return (
        f"De gemeente legde op {dag(plan):%d-%m-%Y} een plan van aanpak vast met de aanpak van "
        "onderliggende oorzaken en herstelgerichte zorg (R13): een plan, geen vastgestelde "
        "uitkomst; of de risicofactoren zijn aangepakt en herstel is gestart, legt een "
        "monitormoment vast."
    )
