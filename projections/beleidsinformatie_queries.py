"""Vragen aan de beleidsinformatie: de halfjaren, de rijen per Veilig Thuis-organisatie, de
tabel en de aandelen van een halfjaar, en de rijen als CSV.

`BeleidsinformatieView` (`projections.beleidsinformatie`) inherits these queries; they only
read the tables it keeps, and its docstring says what is counted when.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict

from projections.beleidsinformatie_categorieen import CATEGORIEEN, NOG_NIET_BEOORDEELD, volgorde
from projections.beleidsinformatie_periode import parse_periode
from projections.views import ViewDatabase

KOLOMMEN = ("periode", "vt_organisatie", "onderwerp", "categorie", "aantal")


def naar_csv(rijen: list[tuple]) -> str:
    """The rows as CSV with a header row: `;`-separated, as Excel expects with a Dutch locale
    (where `,` is the decimal comma), and CRLF line ends (RFC 4180)."""
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(KOLOMMEN)
    schrijver.writerows(rijen)
    return uit.getvalue()


class BeleidsinformatieQueries:
    """The read side of `BeleidsinformatieView`, over the tables it names."""

    db: ViewDatabase
    teller: str
    casus: str

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
        return sorted(rijen, key=lambda r: (r[1], *volgorde(r[2], r[3])))

    def tabel(self, periode: str, organisatie: str | None = None) -> dict[str, dict[str, int]]:
        """Per onderwerp het aantal per categorie; organisatie None: alle organisaties samen."""
        som: dict[tuple[str, str], int] = defaultdict(int)
        for _, _, onderwerp, categorie, aantal in self.rijen(periode, organisatie):
            som[onderwerp, categorie] += aantal
        tabel: dict[str, dict[str, int]] = {}
        for onderwerp, categorie in sorted(som, key=lambda k: volgorde(*k)):
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
