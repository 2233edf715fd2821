"""De parameters van de simulator als onveranderlijke dataclasses: wat simulator/parameters.yaml
(of een kopie die een trainer aanpaste) zegt, na controle door `simulator.parameterbestand`."""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Any


@dataclass(frozen=True)
class Verdeling:
    """Categories (or delays) with their shares, summing to 1."""

    waarden: tuple[Any, ...]
    aandelen: tuple[float, ...]

    def aandeel(self, waarde: Any) -> float:
        return dict(zip(self.waarden, self.aandelen, strict=True)).get(waarde, 0.0)

    def verwachting(self) -> float:
        return sum(w * a for w, a in zip(self.waarden, self.aandelen, strict=True))


@dataclass(frozen=True)
class Aankomst:
    weekdag: tuple[float, ...]  # Monday first, relative weights
    feestdag: float
    uur: tuple[float, ...]  # 24 relative weights, hour 0 first


@dataclass(frozen=True)
class Volume:
    meldingen_per_jaar: int
    adviezen_per_jaar: int
    regio_verdeling: str
    regio_gewichten: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Melding:
    melder: Verdeling
    sector: Verdeling
    aard_geweld: Verdeling
    acute_onveiligheid: float
    structurele_onveiligheid: float
    uit_advies: float
    aankomst: Aankomst


@dataclass(frozen=True)
class Advies:
    adviesvrager: Verdeling
    sector: Verdeling
    huisbezoek: float
    aankomst: Aankomst


@dataclass(frozen=True)
class Veiligheidsbeoordeling:
    uitkomst: Verdeling
    werkdagen: Verdeling
    crisisinterventie: float
    tijdelijk_huisverbod: float
    informeren_werkdagen: Verdeling
    politie_terugkoppeling: float


@dataclass(frozen=True)
class Dienst:
    onderzoek: float
    start_werkdagen: Verdeling
    duur_weken: Verdeling
    onderzoek_voortijdig: float
    conclusies: tuple[tuple[str, Verdeling], ...]
    na_onderzoek: Verdeling

    def conclusies_voor(self, aard: str) -> Verdeling:
        per_aard = dict(self.conclusies)
        return per_aard.get(aard, per_aard["overig"])


@dataclass(frozen=True)
class Overdracht:
    werkdagen_directe_overdracht: Verdeling
    direct_ontvanger: Verdeling
    warm_ontvanger: Verdeling
    warm_vorm: Verdeling
    hulp_op_wachtlijst: float
    plan_van_aanpak: float
    casusregie_zorgaanbieder: float
    usd_verder_met_advies: float


@dataclass(frozen=True)
class Monitoring:
    veiligheid_voldoende: float
    afwijking_dagen: Verdeling
    extra_monitormoment: float
    extra_na_maanden: int
    risicofactoren_aangepakt: Verdeling
    herstel_gestart: Verdeling


@dataclass(frozen=True)
class NieuwIncident:
    tijdens_veiligheidsbeoordeling: float
    tijdens_dienst: float
    tijdens_monitoring: float


@dataclass(frozen=True)
class Terugkeer:
    kans: float
    na_maanden: Verdeling
    inloop_jaren: int


@dataclass(frozen=True)
class Parameters:
    bron: str
    volume: Volume
    melding: Melding
    advies: Advies
    veiligheidsbeoordeling: Veiligheidsbeoordeling
    dienst: Dienst
    overdracht: Overdracht
    monitoring: Monitoring
    nieuw_incident: NieuwIncident
    terugkeer: Terugkeer

    def vervolgmeldingen_per_melding(self) -> float:
        """How many new meldingen, on average, one melding's trajectory brings (R14): the
        arrival process adds only the other meldingen, so the total meets the volume."""
        vervolg = self.veiligheidsbeoordeling.uitkomst.aandeel("vervolg_bij_veilig_thuis")
        d = self.dienst
        na_onderzoek = d.na_onderzoek
        naar_monitoring = (1 - d.onderzoek) + d.onderzoek * (1 - d.onderzoek_voortijdig) * (
            na_onderzoek.aandeel("voorwaarden_en_vervolg")
            + na_onderzoek.aandeel("warme_overdracht")
        )
        n = self.nieuw_incident
        return (
            n.tijdens_veiligheidsbeoordeling
            + vervolg * n.tijdens_dienst
            + vervolg * naar_monitoring * n.tijdens_monitoring
        )

    def als_dict(self) -> dict[str, Any]:
        """Every value, as plain JSON-ready data (for the manifest)."""
        return _plat(self)


def _plat(waarde: Any) -> Any:
    if isinstance(waarde, Verdeling):
        return {str(w): a for w, a in zip(waarde.waarden, waarde.aandelen, strict=True)}
    if is_dataclass(waarde):
        return {f.name: _plat(getattr(waarde, f.name)) for f in fields(waarde)}
    if isinstance(waarde, tuple) and all(isinstance(p, tuple) and len(p) == 2 for p in waarde):
        return {k: _plat(v) for k, v in waarde}
    if isinstance(waarde, tuple):
        return list(waarde)
    return waarde
