"""De teksten die een gesimuleerde medewerker schrijft: omschrijvingen, onderbouwingen,
voorwaarden, veiligheidsplannen. Zonder namen: in casusgebeurtenissen staan personen alleen met
hun persoon_id (namen staan alleen in het huishouden)."""

from __future__ import annotations

OMSCHRIJVING = {
    "kindermishandeling": (
        "Een kind vertelt dat het thuis geslagen wordt; er zijn blauwe plekken gezien.",
        "De kinderen komen vaak zonder eten naar school en zien er verwaarloosd uit.",
        "Na een incident thuis is de politie ter plaatse geweest; de kinderen waren erbij.",
    ),
    "partnergeweld": (
        "Zorgmelding na een ruzie waarbij de partner is geslagen en bedreigd.",
        "Een partner vertelt over herhaald duwen, schoppen en controle over geld en contacten.",
        "De ex-partner blijft dreigen en staat regelmatig onaangekondigd voor de deur.",
    ),
    "ouderenmishandeling": (
        "Een oudere wordt door een inwonend familielid financieel uitgebuit en geïntimideerd.",
        "De thuiszorg ziet letsel bij een oudere die zegt gevallen te zijn.",
    ),
    "geweld_tegen_ouders": (
        "Een tiener slaat en bedreigt een ouder; er is schade in huis.",
        "Een ouder durft niet meer naar huis door agressie van een inwonend kind.",
    ),
    "huiselijk_geweld_overig": (
        "Herhaalde ruzies met geweld tussen volwassen gezinsleden.",
        "Geweld tussen inwonende familieleden; buren horen regelmatig geschreeuw.",
    ),
    "andere_problematiek": (
        "Zorgen over de veiligheid thuis door verslaving en schulden.",
        "Ernstige spanningen in huis; onduidelijk of er geweld is.",
    ),
}

HULP = (
    "Geen hulp bekend.",
    "Het wijkteam is betrokken.",
    "De huisarts is op de hoogte.",
    "Jeugdhulp loopt sinds enkele maanden.",
    "Schoolmaatschappelijk werk is betrokken.",
)

RISICOFACTOREN = (
    "financiële stress",
    "verslaving",
    "psychische problemen",
    "weinig netwerk",
    "eerder geweld",
    "scheiding",
)
BESCHERMENDE_FACTOREN = (
    "betrokken familie",
    "ouder zoekt zelf hulp",
    "kind heeft een vertrouwenspersoon",
    "stabiel werk",
)

ONDERBOUWING_UITKOMST = {
    "vervolg_bij_veilig_thuis": "Structurele onveiligheid en de hulp kan de veiligheid nu niet "
    "borgen; Veilig Thuis pakt de regie op met een dienst.",
    "overdracht": "Geen acute onveiligheid; de betrokken hulpverlening kan de veiligheid borgen "
    "en neemt de regie over.",
    "geen_vervolg": "Na de triage blijkt er geen onveiligheid die vervolg vraagt.",
    "regionaal_maatwerk": "De situatie vraagt de regionale aanpak die hier voor bestaat.",
}

ONDERBOUWING_DIENST = {
    "voorwaarden_en_vervolg": "Het gezin erkent de onveiligheid en wil meewerken aan "
    "veiligheidsvoorwaarden en een veiligheidsplan.",
    "onderzoek": "Het is niet duidelijk of er geweld is en het gezin werkt niet mee; onderzoek "
    "moet de feiten vaststellen.",
}

VOORWAARDEN = (
    "Er wordt niet geslagen, geduwd of gedreigd, ook niet bij ruzie.",
    "De kinderen zijn niet bij ruzies tussen volwassenen.",
    "Bij oplopende spanning neemt de pleger een time-out buiten het huis.",
    "Het gezin accepteert de afgesproken hulp en houdt zich aan de afspraken.",
)

VEILIGHEIDSPLAN = {
    "onveilige_gebeurtenissen": "De meest onveilige situaties van de afgelopen maanden, met "
    "datum en wat er gebeurde.",
    "veiligheidsvoorwaarden": "Er wordt niet geslagen, geduwd of gedreigd, ook niet bij ruzie.",
    "veiligheidsafspraken": "Bij spanning belt de pleger zijn steunpersoon en verlaat het huis.",
    "wie_doet_wat_als_het_niet_lukt": "De steunpersoon belt de politie en het wijkteam.",
    "motivatie_hulp": "Hulp bij agressieregulatie en opvoedondersteuning helpt de afspraken "
    "vol te houden.",
}

PLAN_VAN_AANPAK = {
    "veiligheidsafspraken": "De veiligheidsafspraken zijn uitgewerkt met het gezin.",
    "zicht_op_veiligheid": "De gemeentelijke consulent houdt zicht op veiligheid.",
    "onderliggende_oorzaken": "Schulden en verslaving worden aangepakt in risicogestuurde zorg.",
    "herstelgerichte_zorg": "Traumabehandeling voor de kinderen is aangevraagd.",
}

BESPROKEN = ["hulpvragen", "veiligheidsplan", "veiligheidsvoorwaarden", "vervolgafspraken"]

OVERBRUGGING = {
    "alternatieve_hulp": "Wekelijks contact met het wijkteam tot de hulp start.",
    "aanspreekpunt_escalatie": "De crisisdienst van Veilig Thuis, dag en nacht.",
}

ADVIESVRAAG = (
    "Hoe bespreek ik mijn zorgen over een kind met de ouders?",
    "Een buurvrouw hoort regelmatig geschreeuw; moet ik iets doen?",
    "Wanneer moet ik volgens de meldcode melden?",
    "Een cliënt vertelt over geweld door haar partner; wat kan ik doen?",
)
ADVIES = (
    "Besproken hoe de zorgen met het gezin te bespreken en wanneer te melden.",
    "Geadviseerd de stappen van de meldcode te volgen en het gesprek aan te gaan.",
    "Uitgelegd wat Veilig Thuis kan doen en afgesproken terug te bellen als het niet lukt.",
)

CRISISMAATREGELEN = (
    "huisbezoek door de crisisdienst",
    "telefonische veiligheidsinschatting",
    "afspraken over directe veiligheid",
    "tijdelijk verblijf elders",
)

MONITOR_BEVINDINGEN = {
    "voldoende": "Gesproken met alle gezinsleden: geen nieuw geweld, afspraken worden nageleefd.",
    "onvoldoende": "Gesproken met alle gezinsleden: opnieuw spanningen en een incident; de "
    "veiligheid is onvoldoende.",
}
