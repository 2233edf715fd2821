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
A melder's sector is counted for professionals only. An advies counts where it is asked, also
when it later becomes a melding (that melding counts as well).

Afgeronde dienst: exactly when the ledger marks the termijn of a dienst met (R32): the running
dienst on OnderzoekAfgerond, or on Overgedragen if not already. A Voorwaarden en Vervolg that
turns into an Onderzoek, or a casus closed during a dienst, is not an afgeronde dienst.

Corrections (Gecorrigeerd): every count a casus event made is kept as a contribution (casus,
version), so a corrected melder or aard_geweld moves the melding's counts to the new categories,
and a corrected occurred_at of any counted step moves its counts to the new half year. An advies
cannot be corrected in the ledger, so its counts are not kept per advies.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from eventsourcing.utils import get_topic

from ledger import casus_events as ev
from ledger.advies import AdviesGevraagd
from ledger.termijnen import lokale_datum
from ledger.values import (
    CBS_GROEP,
    AardGeweld,
    Conclusie,
    Dienst,
    EerdereBetrokkenheid,
    MelderType,
    Sector,
    SoortOntvanger,
    SoortOverdracht,
    Uitkomst,
    Veiligheid,
)
from projections.views import ViewCursor, ViewDatabase

NOG_NIET_BEOORDEELD = "nog_niet_beoordeeld"
GEEN_ONVEILIGHEID = "geen_acute_of_structurele_onveiligheid"
KOLOMMEN = ("periode", "vt_organisatie", "onderwerp", "categorie", "aantal")


def _waarden(*enums: Any) -> tuple[str, ...]:
    return tuple(str(m) for enum in enums for m in enum)


_MELDER = _waarden(MelderType)
_SECTOR = tuple(dict.fromkeys(CBS_GROEP.values()))
_AARD = _waarden(AardGeweld)

#: Every onderwerp with its categories, in the order of a table or CSV.
CATEGORIEEN: dict[str, tuple[str, ...]] = {
    "adviezen_naar_adviesvrager": _MELDER,
    "adviezen_naar_sector": _SECTOR,
    "adviezen_naar_aard_geweld": _AARD,
    "meldingen_naar_melder": _MELDER,
    "meldingen_naar_sector": _SECTOR,
    "meldingen_naar_aard_geweld": _AARD,
    "eerdere_betrokkenheid": _waarden(EerdereBetrokkenheid),
    "veiligheidsbeoordeling_uitkomst": (*_waarden(Uitkomst), NOG_NIET_BEOORDEELD),
    "taxatie": ("acute_onveiligheid", "structurele_onveiligheid", GEEN_ONVEILIGHEID),
    "diensten_gestart": _waarden(Dienst),
    "afgeronde_diensten": _waarden(Dienst),
    "onderzoeken": ("niet_voortijdig_afgesloten", "voortijdig_afgesloten"),
    **{f"onderzoek_{aard}": _waarden(Conclusie) for aard in _AARD},
    "overdracht_soort": _waarden(SoortOverdracht),
    "overdracht_ontvanger": _waarden(SoortOntvanger),
    "monitormomenten": _waarden(Veiligheid),
}
_VOLGORDE = {
    (onderwerp, categorie): (i, j)
    for i, (onderwerp, categorieen) in enumerate(CATEGORIEEN.items())
    for j, categorie in enumerate(categorieen)
}

_PERIODE = re.compile(r"([1-9][0-9]{3})H([12])")


def parse_periode(periode: str) -> tuple[date, date]:
    """The first and the last day (inclusive) of a half year written as 2023H1 or 2023H2."""
    m = _PERIODE.fullmatch(periode) if isinstance(periode, str) else None
    if m is None:
        raise ValueError(
            f"Ongeldige periode {periode!r}: schrijf een halfjaar als JJJJH1 (1 januari tot en "
            "met 30 juni) of JJJJH2 (1 juli tot en met 31 december), bijvoorbeeld 2023H1."
        )
    jaar = int(m[1])
    if m[2] == "1":
        return date(jaar, 1, 1), date(jaar, 6, 30)
    return date(jaar, 7, 1), date(jaar, 12, 31)


def periode_van(moment: datetime) -> str:
    """The half year (2023H1) of a moment, by its date in Europe/Amsterdam."""
    dag = lokale_datum(moment)
    return f"{dag.year}H{1 if dag.month <= 6 else 2}"


def naar_csv(rijen: list[tuple]) -> str:
    """The rows as CSV with a header row: `;`-separated, as Excel expects with a Dutch locale
    (where `,` is the decimal comma), and CRLF line ends (RFC 4180)."""
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(KOLOMMEN)
    schrijver.writerows(rijen)
    return uit.getvalue()


class BeleidsinformatieView:
    """De tellingen voor de beleidsinformatie, per halfjaar en Veilig Thuis-organisatie."""

    EVENTS = (
        AdviesGevraagd,
        ev.MeldingOntvangen,
        ev.VeiligheidsbeoordelingAfgerond,
        ev.DienstGestart,
        ev.OnderzoekAfgerond,
        ev.Overgedragen,
        ev.MonitormomentUitgevoerd,
        ev.Gecorrigeerd,
    )
    topics = frozenset(get_topic(cls) for cls in EVENTS)

    def __init__(self, db: ViewDatabase, naam: str = "beleidsinformatie") -> None:
        if not naam.isidentifier():
            raise ValueError(f"not a table name: {naam!r}")
        self.db = db
        self.naam = naam
        self.teller = f"{naam}_teller"
        self.bijdrage = f"{naam}_bijdrage"
        self.casus = f"{naam}_casus"

    # -- tables ------------------------------------------------------------------------------

    def tabellen(self) -> tuple[str, ...]:
        """The view's own tables (a rebuild builds these under another name, then swaps)."""
        return (self.teller, self.bijdrage, self.casus)

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
            tellingen = _melder("adviezen", e.adviesvrager) + _aard("adviezen", e.aard_geweld)
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
            tellingen = _melder("meldingen", e.melder) + _aard("meldingen", e.aard_geweld)
            self._draag_bij(
                cur, e, [*tellingen, ("eerdere_betrokkenheid", e.eerdere_betrokkenheid)]
            )
        elif isinstance(e, ev.VeiligheidsbeoordelingAfgerond):
            taxatie = [("taxatie", t) for t in _taxatie(e.triage)]
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
            self._vervang(cur, cid, versie, vervangen, _melder("meldingen", w["melder"]))
        if "aard_geweld" in w:
            vervangen = ("meldingen_naar_aard_geweld",)
            self._vervang(cur, cid, versie, vervangen, _aard("meldingen", w["aard_geweld"]))
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

    # -- queries -------------------------------------------------------------------------------

    def perioden(self) -> list[str]:
        """De halfjaren waarin iets geteld is, oudste eerst."""
        return sorted(r[0] for r in self.db.query(f"SELECT DISTINCT periode FROM {self.teller}"))

    def rijen(
        self, periode: str, organisatie: str | None = None
    ) -> list[tuple[str, str, str, str, int]]:
        """(periode, vt_organisatie, onderwerp, categorie, aantal) per organisatie, in the
        order of `CATEGORIEEN`; organisatie None: every organisation, each with its own rows."""
        parse_periode(periode)
        filter_, params = "periode = ?", [periode]
        if organisatie is not None:
            filter_, params = f"{filter_} AND vt_organisatie = ?", [periode, organisatie]
        rows = self.db.query(
            f"SELECT periode, vt_organisatie, onderwerp, categorie, aantal FROM {self.teller} "
            f"WHERE {filter_}",
            params,
        )
        niet_beoordeeld = self.db.query(
            f"SELECT periode, vt_organisatie, COUNT(*) FROM {self.casus} WHERE {filter_} "
            "AND (beoordeeld_in IS NULL OR beoordeeld_in <> periode) "
            "GROUP BY periode, vt_organisatie",
            params,
        )
        rows += [
            (p, o, "veiligheidsbeoordeling_uitkomst", NOG_NIET_BEOORDEELD, n)
            for p, o, n in niet_beoordeeld
        ]
        rijen = [(p, o, ow, c, int(n)) for p, o, ow, c, n in rows]
        return sorted(rijen, key=lambda r: (r[1], *_volgorde(r[2], r[3])))

    def tabel(self, periode: str, organisatie: str | None = None) -> dict[str, dict[str, int]]:
        """Per onderwerp het aantal per categorie; organisatie None: alle organisaties samen."""
        som: dict[tuple[str, str], int] = defaultdict(int)
        for _, _, onderwerp, categorie, aantal in self.rijen(periode, organisatie):
            som[onderwerp, categorie] += aantal
        tabel: dict[str, dict[str, int]] = {}
        for onderwerp, categorie in sorted(som, key=lambda k: _volgorde(*k)):
            tabel.setdefault(onderwerp, {})[categorie] = som[onderwerp, categorie]
        return tabel

    def aandelen(
        self, periode: str, onderwerp: str, organisatie: str | None = None
    ) -> dict[str, float]:
        """Per categorie het aandeel in het onderwerp (samen 1; leeg als er niets geteld is)."""
        if onderwerp not in CATEGORIEEN:
            raise ValueError(
                f"Onbekend onderwerp {onderwerp!r}; kies uit: {', '.join(CATEGORIEEN)}."
            )
        aantallen = self.tabel(periode, organisatie).get(onderwerp, {})
        totaal = sum(aantallen.values())
        return {categorie: n / totaal for categorie, n in aantallen.items()}

    def dump(self) -> dict[str, list[tuple]]:
        """Every row, sorted: to compare an incremental view with a rebuild."""
        return {
            "teller": sorted(self.db.query(f"SELECT * FROM {self.teller}")),
            "bijdrage": sorted(self.db.query(f"SELECT * FROM {self.bijdrage}")),
            "casus": sorted(self.db.query(f"SELECT * FROM {self.casus}")),
        }


def _volgorde(onderwerp: str, categorie: str) -> tuple[int, int, str, str]:
    i, j = _VOLGORDE.get((onderwerp, categorie), (len(_VOLGORDE), 0))
    return i, j, onderwerp, categorie


def _melder(soort: str, melder: dict[str, Any]) -> list[tuple[str, str]]:
    rol = "adviesvrager" if soort == "adviezen" else "melder"
    tellingen = [(f"{soort}_naar_{rol}", str(melder["type"]))]
    if melder.get("sector"):
        tellingen.append((f"{soort}_naar_sector", CBS_GROEP[Sector(melder["sector"])]))
    return tellingen


def _aard(soort: str, vormen: list[str]) -> list[tuple[str, str]]:
    return [(f"{soort}_naar_aard_geweld", str(v)) for v in dict.fromkeys(vormen)]


def _taxatie(triage: dict[str, Any]) -> list[str]:
    oordelen = (
        ("acute_onveiligheid", triage["acute_onveiligheid"]["oordeel"]),
        ("structurele_onveiligheid", triage["structurele_onveiligheid"]["oordeel"]),
    )
    return [t for t, ja in oordelen if ja] or [GEEN_ONVEILIGHEID]
