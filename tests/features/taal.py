"""The Dutch words of the feature files as values the ledger knows: moments, organisations,
gemeenten, melders, and labels such as "vervolg bij Veilig Thuis" or "Voorwaarden en Vervolg".

Only public data of the ledger is used (the gemeenten and regions file, the triage
instrument). A label the ledger does not know is passed on as it is, so that the ledger,
not the step, refuses it.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from pytest_bdd import parsers

from ledger.gemeenten import gemeenten, regios
from ledger.regels import triage_instrument

AMS = ZoneInfo("Europe/Amsterdam")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
#: "maandag 3 maart 2025"; with " om 10:00" a moment. The weekday must match the date.
DATUM = rf"(?:{'|'.join(DAGEN)}) \d{{1,2}} (?:{'|'.join(MAANDEN)}) \d{{4}}"
MOMENT = rf"{DATUM} om \d{{1,2}}:\d{{2}}"
_MOMENT = re.compile(
    r"(?P<dag>\w+) (?P<d>\d{1,2}) (?P<maand>\w+) (?P<jaar>\d{4})"
    r"(?: om (?P<uur>\d{1,2}):(?P<min>\d{2}))?"
)

#: Who reports, as a scenario names them: (soort melder, beroepsgroep).
MELDERS: dict[str, tuple[str, str | None]] = {
    "de politie": ("professional", "politie"),
    "de huisarts": ("professional", "huisarts"),
    "de school": ("professional", "onderwijs"),
    "het ziekenhuis": ("professional", "ziekenhuis"),
    "de kinderopvang": ("professional", "kinderopvang"),
    "de jeugdzorg": ("professional", "jeugdzorg"),
    "een buurvrouw": ("niet_professional", None),
    "een familielid": ("niet_professional", None),
}
TELWOORDEN = {"een": 1, "één": 1, "twee": 2, "drie": 3}
#: What direct betrokkenen or the melder are informed about (R22, R33, R34).
ONDERWERPEN = {
    "de melding": "melding",
    "het vastleggen van hun gegevens": "gegevensvastlegging",
    "de uitkomst van de veiligheidsbeoordeling": "uitkomst_veiligheidsbeoordeling",
    "de overdracht": "overdracht",
    "de uitkomst van het onderzoek": "uitkomst_onderzoek",
    "de veiligheidsvoorwaarden": "veiligheidsvoorwaarden",
}


def moment(tekst: str) -> datetime:
    """A Dutch moment ("zaterdag 8 maart 2025 om 22:00") in Europe/Amsterdam."""
    m = _MOMENT.fullmatch(tekst.strip())
    if m is None or m["maand"] not in MAANDEN or m["uur"] is None:
        raise ValueError(f"{tekst!r} is geen moment als 'maandag 3 maart 2025 om 10:00'.")
    return _controleer(m, int(m["uur"]), int(m["min"]))


def datum(tekst: str) -> date:
    """A Dutch date ("maandag 28 april 2025")."""
    m = _MOMENT.fullmatch(tekst.strip())
    if m is None or m["maand"] not in MAANDEN or m["uur"] is not None:
        raise ValueError(f"{tekst!r} is geen datum als 'maandag 3 maart 2025'.")
    return _controleer(m, 0, 0).date()


def _controleer(m: re.Match[str], uur: int, minuut: int) -> datetime:
    waarde = datetime(
        int(m["jaar"]), MAANDEN.index(m["maand"]) + 1, int(m["d"]), uur, minuut, tzinfo=AMS
    )
    if DAGEN[waarde.weekday()] != m["dag"]:
        raise ValueError(
            f"{waarde:%d-%m-%Y} is een {DAGEN[waarde.weekday()]}, geen {m['dag']} ({m.string!r})."
        )
    return waarde


def datum_tekst(waarde: Any) -> str:
    """A date as the feature files write it: "maandag 28 april 2025"."""
    return f"{DAGEN[waarde.weekday()]} {waarde.day} {MAANDEN[waarde.month - 1]} {waarde.year}"


def waarde(label: str) -> str:
    """The ledger's value for a label: "vervolg bij Veilig Thuis" -> "vervolg_bij_veilig_thuis"."""
    return label.strip().lower().replace(" ", "_")


def ja_nee(tekst: str) -> Any:
    """True for "ja", False for "nee"; anything else as it is, for the ledger to refuse."""
    return {"ja": True, "nee": False}.get(tekst.strip(), tekst.strip() or None)


def organisatie(naam: str) -> str:
    """The code of a Veilig Thuis organisation: "Veilig Thuis Utrecht" is "VR09"."""
    regio = naam.removeprefix("Veilig Thuis ").strip()
    for code, regionaam in regios().items():
        if regionaam == regio:
            return code
    raise ValueError(f"Er is geen Veilig Thuis-organisatie {naam!r}.")


def organisatie_naam(code: str) -> str:
    return f"Veilig Thuis {regios()[code]}"


def gemeentecode(naam: str) -> str:
    for g in gemeenten().values():
        if g.naam == naam:
            return g.code
    raise ValueError(f"Er is geen gemeente {naam!r}.")


def triage_onderdeel(naam: str) -> str:
    """The key of an onderdeel of the triage instrument, by its name in triage.yaml."""
    for onderdeel in triage_instrument():
        if onderdeel["naam"] == naam:
            return onderdeel["sleutel"]
    namen = "; ".join(o["naam"] for o in triage_instrument())
    raise ValueError(f"Het triage-instrument kent geen onderdeel {naam!r}; wel: {namen}.")


def halfjaar(tekst: str) -> str:
    """A half year as the read models name it: "het eerste halfjaar van 2025" is "2025H1"."""
    m = re.fullmatch(r"het (eerste|tweede) halfjaar van (\d{4})", tekst.strip())
    if m is None:
        raise ValueError(f"{tekst!r} is geen halfjaar als 'het eerste halfjaar van 2025'.")
    return f"{m[2]}H{1 if m[1] == 'eerste' else 2}"


# -- step patterns (regular expressions with named groups) ----------------------------------


def stap(patroon: str) -> parsers.re:
    """A step text as a regular expression that must match the whole step."""
    return parsers.re(patroon)


MOMENT_GROEP = rf"(?P<moment>{MOMENT})"
WIE = r'(?P<wie>de medewerker|Veilig Thuis [^"]+?)'
MELDER = "(?P<melder>" + "|".join(re.escape(m) for m in MELDERS) + ")"
VERMOEDEN = (
    r"(?P<vermoeden>acute en structurele onveiligheid|acute onveiligheid|structurele onveiligheid)"
)
ONDERWERP = "(?P<onderwerp>" + "|".join(re.escape(o) for o in ONDERWERPEN) + ")"
