"""Small immutable types used in event payloads.

Values are stored as their string value (StrEnum), so the stored events stay readable
for auditors and the beleidsinformatie. Spelling follows the protocol and the CBS
Informatieprotocol; identifiers are ASCII.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from ledger.errors import OngeldigeInvoer

PROTOCOL_VERSIE = "Handelingsprotocol Veilig Thuis 2019"


class Rol(StrEnum):
    VT_MEDEWERKER = "vt_medewerker"
    GEMEENTE_CONSULENT = "gemeente_consulent"
    AUDITOR = "auditor"
    TRAINER = "trainer"
    BEHEERDER = "beheerder"


class MelderType(StrEnum):
    """R39: een melder is professional (met beroepsgroep) of niet-professional."""

    PROFESSIONAL = "professional"
    NIET_PROFESSIONAL = "niet_professional"


class Sector(StrEnum):
    """R39: beroepsgroep van de professionele melder (CBS 84849NED)."""

    POLITIE = "politie"
    JUSTITIE = "justitie"
    HUISARTS = "huisarts"
    ZIEKENHUIS = "ziekenhuis"
    JEUGDGEZONDHEIDSZORG = "jeugdgezondheidszorg"
    GEZONDHEIDSZORG_OVERIG = "gezondheidszorg_overig"
    ONDERWIJS = "onderwijs"
    JEUGDZORG = "jeugdzorg"
    GGZ = "ggz"
    KINDEROPVANG = "kinderopvang"
    VEILIG_THUIS_ANDERE_REGIO = "veilig_thuis_andere_regio"
    SOCIAAL_DOMEIN = "sociaal_domein"
    OVERIG = "overig"


#: CBS groups the beleidsinformatie counts on (cbs_2023.yaml, meldingen.by_source).
CBS_GROEP: dict[Sector, str] = {
    Sector.POLITIE: "justitie_en_veiligheid",
    Sector.JUSTITIE: "justitie_en_veiligheid",
    Sector.HUISARTS: "gezondheidszorg",
    Sector.ZIEKENHUIS: "gezondheidszorg",
    Sector.JEUGDGEZONDHEIDSZORG: "gezondheidszorg",
    Sector.GEZONDHEIDSZORG_OVERIG: "gezondheidszorg",
    Sector.ONDERWIJS: "onderwijs",
    Sector.JEUGDZORG: "jeugdzorg",
    Sector.GGZ: "ggz",
    Sector.KINDEROPVANG: "kinderopvang",
    Sector.VEILIG_THUIS_ANDERE_REGIO: "veilig_thuis_andere_regio",
    Sector.SOCIAAL_DOMEIN: "overig",
    Sector.OVERIG: "overig",
}


class AardGeweld(StrEnum):
    """R39: aard van het geweld."""

    KINDERMISHANDELING = "kindermishandeling"
    GEWELD_TEGEN_OUDERS = "geweld_tegen_ouders"
    PARTNERGEWELD = "partnergeweld"
    OUDERENMISHANDELING = "ouderenmishandeling"
    HUISELIJK_GEWELD_OVERIG = "huiselijk_geweld_overig"
    ANDERE_PROBLEMATIEK = "andere_problematiek"
    GEEN = "geen_kindermishandeling_of_huiselijk_geweld"
    ONBEKEND = "onbekend"


class Uitkomst(StrEnum):
    """R36: de uitkomst van de veiligheidsbeoordeling."""

    VERVOLG_BIJ_VEILIG_THUIS = "vervolg_bij_veilig_thuis"
    OVERDRACHT = "overdracht"
    GEEN_VERVOLG = "geen_vervolg"
    REGIONAAL_MAATWERK = "regionaal_maatwerk"


class Dienst(StrEnum):
    VOORWAARDEN_EN_VERVOLG = "voorwaarden_en_vervolg"
    ONDERZOEK = "onderzoek"


class Conclusie(StrEnum):
    """R37: conclusie van het onderzoek per aard van het geweld."""

    BEVESTIGD = "bevestigd"
    NIET_BEVESTIGD = "niet_bevestigd"
    WEERLEGD = "weerlegd"


class SoortOverdracht(StrEnum):
    WARM = "warme_overdracht"
    DIRECT = "directe_overdracht"


class VormWarmeOverdracht(StrEnum):
    """R09: een warme overdracht is een huisbezoek of een gesprek op kantoor."""

    HUISBEZOEK = "huisbezoek"
    GESPREK_KANTOOR_VEILIG_THUIS = "gesprek_kantoor_veilig_thuis"
    GESPREK_GEMEENTE = "gesprek_gemeente"


class SoortOntvanger(StrEnum):
    """Soort organisatie waaraan wordt overgedragen (beleidsinformatie)."""

    GEMEENTELIJKE_CONSULENT = "gemeentelijke_consulent"
    LOKAAL_TEAM = "lokaal_team"
    UITVOERINGSDIENST = "uitvoeringsdienst"
    BETROKKEN_PROFESSIONAL = "betrokken_professional"
    MULTIDISCIPLINAIR_TEAM = "multidisciplinair_team"
    ZORGAANBIEDER = "zorgaanbieder"


class UitkomstAfstemmingUSD(StrEnum):
    """R17: waar de consultatie door de uitvoeringsdienst op uitkomt."""

    MELDING = "melding"
    OVERLEG_VEILIG_VERDER = "overleg_veilig_verder"


class Veiligheid(StrEnum):
    """Wat een monitormoment over de veiligheid vaststelt."""

    VOLDOENDE = "voldoende"
    ONVOLDOENDE = "onvoldoende"


class Opschalingsniveau(StrEnum):
    """R23: eerst de leidinggevende, dan (soms via de gedragswetenschapper) de gemeente."""

    LEIDINGGEVENDE = "leidinggevende"
    GEDRAGSWETENSCHAPPER = "gedragswetenschapper"
    GEMEENTE = "gemeente"


class Onderwerp(StrEnum):
    """Waarover betrokkenen of melder geïnformeerd zijn (R22, R33, R34)."""

    MELDING = "melding"
    GEGEVENSVASTLEGGING = "gegevensvastlegging"
    UITKOMST_VEILIGHEIDSBEOORDELING = "uitkomst_veiligheidsbeoordeling"
    OVERDRACHT = "overdracht"
    UITKOMST_ONDERZOEK = "uitkomst_onderzoek"
    VEILIGHEIDSVOORWAARDEN = "veiligheidsvoorwaarden"


class EerdereBetrokkenheid(StrEnum):
    """R38: eerdere betrokkenheid, afgeleid uit de historie van het huishouden."""

    EERSTE_MELDING = "eerste_melding"
    HERMELDING = "hermelding"
    VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING = "vervolgmelding_tijdens_veiligheidsbeoordeling"
    VERVOLG_NA_VEILIGHEIDSBEOORDELING = "vervolgmelding_na_veiligheidsbeoordeling"
    VERVOLG_TIJDENS_MONITORING = "vervolgmelding_tijdens_monitoring"


class Afsluitreden(StrEnum):
    """R05: waarom Veilig Thuis een casus afsluit."""

    VEILIGHEID_GEREALISEERD = "veiligheid_gerealiseerd"
    GEEN_VERVOLG = "geen_vervolg"
    REGIONAAL_MAATWERK = "regionaal_maatwerk"
    DIRECTE_OVERDRACHT = "directe_overdracht"
    ONDERZOEK_GEEN_VERVOLG = "onderzoek_geen_vervolg"
    MAATREGEL_RAAD = "maatregel_raad"
    VERHUISD_ANDERE_REGIO = "verhuisd_andere_regio"
    USD_VERDER_MET_ADVIES = "usd_verder_met_advies"
    ANDERS = "anders"


class Fase(StrEnum):
    """Waar de casus staat op de routekaart."""

    MELDING = "melding"
    BEOORDEELD = "beoordeeld"
    VERVOLG_BIJ_VEILIG_THUIS = "vervolg_bij_veilig_thuis"
    VOORWAARDEN_EN_VERVOLG = "voorwaarden_en_vervolg"
    ONDERZOEK = "onderzoek"
    MONITORING = "monitoring"
    OVERGEDRAGEN = "overgedragen"
    AFGESLOTEN = "afgesloten"


class Regiehouder(StrEnum):
    VEILIG_THUIS = "veilig_thuis"
    GEMEENTE = "gemeente"
    ZORGAANBIEDER = "zorgaanbieder"
    ONTVANGENDE_PARTIJ = "ontvangende_partij"


class PersoonRol(StrEnum):
    OUDER = "ouder"
    KIND = "kind"
    PARTNER = "partner"
    EX_PARTNER = "ex_partner"
    GROOTOUDER = "grootouder"
    OVERIG = "overig"


E = TypeVar("E", bound=StrEnum)


def parse(enum: type[E], waarde: object, veld: str) -> E:
    """The enum member for `waarde`, or OngeldigeInvoer naming the allowed values."""
    try:
        return enum(waarde)
    except ValueError:
        toegestaan = ", ".join(m.value for m in enum)
        raise OngeldigeInvoer(
            f"Onbekende waarde {waarde!r} voor {veld}; kies uit: {toegestaan}."
        ) from None
