"""Werkdagenkalender en termijnberekening volgens de Algemene termijnenwet (Atw).

Geen werkdag zijn (Atw art. 3, protocolregel R31): zaterdag, zondag, Nieuwjaarsdag, Goede
Vrijdag, tweede Paasdag, Koningsdag, 5 mei (elk jaar), Hemelvaartsdag, tweede Pinksterdag,
eerste en tweede Kerstdag, en de dagen die bij besluit zijn gelijkgesteld
(data/gelijkgestelde_dagen.yaml). Alle termijnen zijn termijnen van orde: deze module rekent
alleen; een overschrijding is een feit en blokkeert nooit iets.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays
import yaml

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

_GELIJKGESTELD_PAD = Path(__file__).parent / "data" / "gelijkgestelde_dagen.yaml"

# English names as the `holidays` package (NL, public category) spells them -> Dutch name.
# Only Atw days are kept; Easter Sunday and Whit Sunday are dropped (always Sundays anyway).
_ATW_NAMEN = {
    "New Year's Day": "Nieuwjaarsdag",
    "Good Friday": "Goede Vrijdag",
    "Easter Monday": "Tweede Paasdag",
    "King's Day": "Koningsdag",
    "Queen's Day": "Koninginnedag",
    "Liberation Day": "Bevrijdingsdag",
    "Ascension Day": "Hemelvaartsdag",
    "Pentecost Monday": "Tweede Pinksterdag",
    "Christmas Day": "Eerste Kerstdag",
    "Second Day of Christmas": "Tweede Kerstdag",
}


def _voeg_toe(dagen: dict[date, str], dag: date, naam: str) -> None:
    # Two reasons on one day (e.g. Hemelvaart on 5 May 2016) are joined, not overwritten.
    bestaand = dagen.get(dag)
    if bestaand is None:
        dagen[dag] = naam
    elif naam not in bestaand.split("; "):
        dagen[dag] = f"{bestaand}; {naam}"


@lru_cache(maxsize=1)
def _gelijkgestelde_dagen() -> dict[date, str]:
    """Leest de bij besluit gelijkgestelde dagen (Atw art. 3 lid 3) uit het databestand."""
    ruw = yaml.safe_load(_GELIJKGESTELD_PAD.read_text(encoding="utf-8")) or {}
    if not isinstance(ruw, dict):
        raise ValueError(f"{_GELIJKGESTELD_PAD.name}: verwacht een lijst 'datum: reden'")
    dagen: dict[date, str] = {}
    for sleutel, reden in ruw.items():
        dag = date.fromisoformat(sleutel) if isinstance(sleutel, str) else sleutel
        if type(dag) is not date or not isinstance(reden, str) or not reden.strip():
            raise ValueError(f"{_GELIJKGESTELD_PAD.name}: ongeldige regel {sleutel!r}: {reden!r}")
        dagen[dag] = reden.strip()
    return dagen


@lru_cache(maxsize=512)
def _feestdagen(jaar: int) -> dict[date, str]:
    # Base: the package's NL calendar, filtered to Atw days by their (stable, English) names.
    basis = holidays.NL(years=jaar, language="en_US")
    dagen: dict[date, str] = {}
    for dag in sorted(basis):
        for naam in basis.get_list(dag):
            if naam in _ATW_NAMEN:
                _voeg_toe(dagen, dag, _ATW_NAMEN[naam])
    # Atw art. 3 lid 2: Goede Vrijdag; guard in case a package version drops it.
    for dag, naam in list(dagen.items()):
        if "Tweede Paasdag" in naam.split("; "):
            _voeg_toe(dagen, dag - timedelta(days=3), "Goede Vrijdag")
    # The package has 5 May only in lustrum years; the Atw has it every year.
    _voeg_toe(dagen, date(jaar, 5, 5), "Bevrijdingsdag")
    for dag, reden in _gelijkgestelde_dagen().items():
        if dag.year == jaar:
            _voeg_toe(dagen, dag, reden)
    return dict(sorted(dagen.items()))


@lru_cache(maxsize=512)
def _werkdag_ordinalen(jaar: int) -> tuple[int, ...]:
    # Sorted ordinals of the working days of one year; the hot path bisects into this.
    vrij = _feestdagen(jaar)
    eerste = date(jaar, 1, 1).toordinal()
    laatste = date(jaar, 12, 31).toordinal()
    return tuple(
        o
        for o in range(eerste, laatste + 1)
        if (d := date.fromordinal(o)).weekday() < 5 and d not in vrij
    )


def lokale_datum(moment: date | datetime) -> date:
    """De datum in Europe/Amsterdam van een tijdstip met tijdzone; een date gaat ongewijzigd door.

    Een datetime zonder tijdzone wordt geweigerd (ValueError): dan is niet te zeggen op welke
    dag een melding binnenkwam (R31).
    """
    if isinstance(moment, datetime):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"tijdstip zonder tijdzone is niet toegestaan: {moment.isoformat()}")
        return moment.astimezone(AMSTERDAM).date()
    if isinstance(moment, date):
        return moment
    raise TypeError(f"verwacht date of datetime, kreeg {type(moment).__name__}")


def niet_werkdagen(jaar: int) -> dict[date, str]:
    """Feestdagen en gelijkgestelde dagen van `jaar` (Atw art. 3, R31): datum -> Nederlandse naam.

    Zaterdagen en zondagen staan er niet apart in; een feestdag in het weekend wel.
    """
    return dict(_feestdagen(jaar))


def is_werkdag(datum: date) -> bool:
    """Waar als `datum` een werkdag is zoals de Algemene termijnenwet telt (R31)."""
    datum = lokale_datum(datum)
    return datum.weekday() < 5 and datum not in _feestdagen(datum.year)


def volgende_werkdag_of_zelf(datum: date) -> date:
    """Atw art. 1: een termijn die op een niet-werkdag eindigt, loopt tot de volgende werkdag."""
    datum = lokale_datum(datum)
    while not is_werkdag(datum):
        datum += timedelta(days=1)
    return datum


def add_werkdagen(datum: date | datetime, n: int) -> date:
    """De datum `n` werkdagen na `datum` (R31). Tellen begint de dag erna.

    Bij een melding op een weekend- of feestdag is de eerstvolgende werkdag dus dag 1.
    n == 0 geeft de lokale datum zelf.
    """
    if n < 0:
        raise ValueError(f"aantal werkdagen moet >= 0 zijn, kreeg {n}")
    start = lokale_datum(datum)
    if n == 0:
        return start
    jaar = start.year
    werkdagen = _werkdag_ordinalen(jaar)
    index = bisect_right(werkdagen, start.toordinal()) + n - 1
    while index >= len(werkdagen):
        index -= len(werkdagen)
        jaar += 1
        werkdagen = _werkdag_ordinalen(jaar)
    return date.fromordinal(werkdagen[index])


def werkdagen_tussen(van: date | datetime, tot: date | datetime) -> int:
    """Aantal werkdagen d met van < d <= tot (R31); 0 als tot niet na van ligt."""
    begin, eind = lokale_datum(van).toordinal(), lokale_datum(tot).toordinal()
    if eind <= begin:
        return 0
    totaal = 0
    for jaar in range(date.fromordinal(begin).year, date.fromordinal(eind).year + 1):
        werkdagen = _werkdag_ordinalen(jaar)
        totaal += bisect_right(werkdagen, eind) - bisect_right(werkdagen, begin)
    return totaal


def add_weken(datum: date | datetime, weken: int) -> date:
    """`weken` kalenderweken na `datum`; valt het einde op een niet-werkdag, dan de
    eerstvolgende werkdag (Atw art. 1)."""
    return volgende_werkdag_of_zelf(lokale_datum(datum) + timedelta(weeks=weken))


def add_maanden(datum: date | datetime, maanden: int) -> date:
    """`maanden` kalendermaanden na `datum`, afgekapt op het maandeinde (31 jan + 1 = 28/29 feb).

    Niet verschoven naar een werkdag: monitormomenten (R04) zijn geplande data, geen
    wettelijke termijnen.
    """
    start = lokale_datum(datum)
    jaar, maand0 = divmod(start.year * 12 + start.month - 1 + maanden, 12)
    maand = maand0 + 1
    return date(jaar, maand, min(start.day, calendar.monthrange(jaar, maand)[1]))


def uiterste_datum_veiligheidsbeoordeling(ontvangen: datetime, acuut: bool) -> date:
    """R31: veiligheidsbeoordeling binnen vijf werkdagen na ontvangst van de melding;
    bij acute onveiligheid direct, dus de (lokale) dag van ontvangst zelf."""
    if acuut:
        return lokale_datum(ontvangen)
    return add_werkdagen(ontvangen, 5)


def uiterste_datum_dienst(start: date | datetime) -> date:
    """R32: onderzoek en Voorwaarden en Vervolg binnen tien weken na de start van de dienst."""
    return add_weken(start, 10)


def uiterste_datum_informeren_gegevens(ontvangen: date | datetime) -> date:
    """R34: binnen vier weken na de melding weten betrokkenen dat hun gegevens zijn vastgelegd."""
    return add_weken(ontvangen, 4)


def monitormomenten(overdracht: date | datetime) -> tuple[date, date]:
    """R04: monitormomenten 3 maanden en 12 maanden na de overdracht."""
    return add_maanden(overdracht, 3), add_maanden(overdracht, 12)
