# language: nl
Functionaliteit: Wie heeft de regie, en waarom daar
  "Bij (acute) onveiligheid en concrete veiligheidsvraagstukken ligt de regie bij Veilig Thuis.
  Na overdracht ligt de regie bij de gemeentelijke consulent."
  (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op de algemene
  uitgangspunten, Langdurig procesregie op veiligheid bij zorgcasussen)

  "Bij een nieuw incident wordt opnieuw een melding gedaan. Bij een nieuwe melding binnen een
  bestaand traject wordt afgestemd met de procesregisseur van de gemeente en/of volgt een warme
  overdracht van de afspraken rondom de melding."
  (bron 001, toevoeging op artikel 2.1.k, Nieuw incident in bestaan traject)

  Er zijn drie soorten regie: de regie op veiligheid, de procesregie en de casusregie. Het
  register houdt per casus bij wie elk ervan had, op elk moment, met het feit en de regel die
  haar daar legden: zo is altijd te zeggen waarom de regie ergens ligt.

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht
    En een huishouden in Utrecht met een moeder, een vader en twee kinderen

  Regel: R07 regie op veiligheid bij Veilig Thuis
    "Bij (acute) onveiligheid en concrete veiligheidsvraagstukken ligt de regie bij Veilig Thuis.
    Veilig Thuis is primair verantwoordelijk voor de veiligheidsbeoordeling en het bereiken van
    directe veiligheid door middel van een veiligheidsplan."
    (regels.yaml R07; bron 001, Langdurig procesregie op veiligheid)

    @R07
    Scenario: Van de melding tot de overdracht ligt elke regie bij Veilig Thuis
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders willen afspraken maken over de veiligheid van de kinderen"
      Als de medewerker op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg" start, omdat "de ouders werken mee"
      Dan ligt de regie van de casus bij:
        | regie               | regiehouder          | wie           | waarom            | regel |
        | regie op veiligheid | Veilig Thuis Utrecht | de medewerker | melding ontvangen | R07   |
        | procesregie         | Veilig Thuis Utrecht | de medewerker | melding ontvangen | R07   |
        | casusregie          | Veilig Thuis Utrecht | de medewerker | melding ontvangen | R07   |

    @R07 @R19 @weigering
    Scenario: Zolang Veilig Thuis de regie heeft, belegt de gemeente geen casusregie
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders willen afspraken maken over de veiligheid van de kinderen"
      Als de consulent van de gemeente Utrecht op maandag 10 maart 2025 om 10:00 de casusregie belegt bij zorgaanbieder "Jeugdhulp Utrecht", na de toets "de aanbieder komt wekelijks thuis en kent het veiligheidsplan"
      Dan weigert het register dit met regel "R19"
      En de foutmelding noemt "Casusregie beleggen doet de gemeente, na de overdracht."
      En er is niets vastgelegd
      En de regie van de casus ligt bij:
        | regie               | regiehouder          | wie           | waarom            | regel |
        | casusregie          | Veilig Thuis Utrecht | de medewerker | melding ontvangen | R07   |

  Regel: R08 regie na overdracht bij de gemeente
    "Na overdracht geeft de regie-projectie de gemeente (met naam van de gemeente en consulent)
    als regiehouder, terwijl de casus bij monitoring op de caseload van Veilig Thuis blijft; de
    regie op elk eerder tijdstip is op te vragen."
    (regels.yaml R08, toets; bron 001, Routekaart)

    @R08
    Scenario: Na de warme overdracht ligt de regie bij de consulent van de gemeente, en eerder bij Veilig Thuis
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Dan ligt de regie van de casus bij:
        | regie               | regiehouder      | wie          | waarom       | regel |
        | regie op veiligheid | gemeente Utrecht | de consulent | overgedragen | R08   |
        | procesregie         | gemeente Utrecht | de consulent | overgedragen | R08   |
        | casusregie          | gemeente Utrecht | de consulent | overgedragen | R08   |
      En de regie van de casus ligt op maandag 10 februari 2025 om 12:00 bij:
        | regie               | regiehouder          | wie           | waarom            | regel |
        | regie op veiligheid | Veilig Thuis Utrecht | de medewerker | melding ontvangen | R07   |
      En de casus staat op de caseload van Veilig Thuis Utrecht in de fase "monitoring na warme overdracht"
      En de casus staat op de caseload van de gemeente Utrecht bij de consulent

    @R08 @weigering
    Scenario: Een warme overdracht aan de gemeente noemt de consulent die de regie overneemt
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker rondde op donderdag 16 januari 2025 om 10:00 Voorwaarden en Vervolg af met veiligheidsvoorwaarden en een veiligheidsplan
      Als de medewerker op maandag 17 februari 2025 om 10:00 de casus warm overdraagt aan de gemeente Utrecht zonder een consulent te noemen
      Dan weigert het register dit met regel "R08"
      En de foutmelding noemt "Noem de gemeente (gemeentecode) en de consulent die de regie overneemt."
      En er is niets vastgelegd

    @R08 @weigering
    Scenario: Na een warme overdracht ligt de regie bij de gemeente, niet bij een zorgaanbieder
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker rondde op donderdag 16 januari 2025 om 10:00 Voorwaarden en Vervolg af met veiligheidsvoorwaarden en een veiligheidsplan
      Als de medewerker op maandag 17 februari 2025 om 10:00 de casus warm overdraagt aan zorgaanbieder "Jeugdhulp Utrecht"
      Dan weigert het register dit met regel "R08"
      En de foutmelding noemt "Na een warme overdracht ligt de regie bij de gemeente"
      En er is niets vastgelegd

    @R08 @R26
    Scenario: Na een acute zorg geeft Veilig Thuis de regie op veiligheid terug aan de gemeente
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      En het lokale team meldde op maandag 2 juni 2025 om 10:00 een acute zorg: "de moeder belt dat de vader haar vanavond weer heeft geslagen"
      Als de medewerker op maandag 16 juni 2025 om 10:00 de regie op veiligheid teruggeeft aan de gemeente, omdat "de vader woont elders en de afspraken uit het veiligheidsplan zijn hersteld"
      Dan ligt de regie van de casus bij:
        | regie               | regiehouder      | wie          | waarom                           | regel |
        | regie op veiligheid | gemeente Utrecht | de consulent | regie op veiligheid teruggegeven | R08   |
      En de regie van de casus ligt op dinsdag 10 juni 2025 om 12:00 bij:
        | regie               | regiehouder          | wie           | waarom      | regel |
        | regie op veiligheid | Veilig Thuis Utrecht | de medewerker | zorg gemeld | R26   |

    @R08 @weigering
    Scenario: Wat niet bij Veilig Thuis ligt, geeft Veilig Thuis niet terug
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als de medewerker op maandag 16 juni 2025 om 10:00 de regie op veiligheid teruggeeft aan de gemeente, omdat "de gemeente vraagt erom"
      Dan weigert het register dit met regel "R08"
      En de foutmelding noemt "er is niets terug te geven"
      En er is niets vastgelegd

  Regel: R19 casusregie bij een zorgaanbieder
    "Casusregie en verantwoordelijkheid voor zicht op veiligheid kan worden belegd bij
    zorgaanbieders, waarbij wordt getoetst of de zorgaanbieder voldoende geëquipeerd is; zo niet,
    dan wordt een tweede partij betrokken."
    (regels.yaml R19; bron 001, Langdurig procesregie op veiligheid)

    @R19
    Scenario: De gemeente belegt de casusregie bij een zorgaanbieder die ervoor geëquipeerd is
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als de consulent van de gemeente Utrecht op maandag 3 maart 2025 om 10:00 de casusregie belegt bij zorgaanbieder "Jeugdhulp Utrecht", na de toets "de aanbieder komt wekelijks thuis en kent het veiligheidsplan"
      Dan ligt de regie van de casus bij:
        | regie               | regiehouder                     | wie          | waarom            | regel |
        | regie op veiligheid | gemeente Utrecht                | de consulent | overgedragen      | R08   |
        | procesregie         | gemeente Utrecht                | de consulent | overgedragen      | R08   |
        | casusregie          | zorgaanbieder Jeugdhulp Utrecht | -            | casusregie belegd | R19   |

    @R19
    Scenario: Is de zorgaanbieder niet voldoende geëquipeerd, dan wordt een tweede partij betrokken
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als de consulent van de gemeente Utrecht op maandag 3 maart 2025 om 10:00 de casusregie belegt bij zorgaanbieder "Thuisbegeleiding Utrecht", die niet voldoende geëquipeerd is, met als tweede partij "het wijkteam Overvecht", na de toets "de aanbieder komt thuis maar heeft geen ervaring met veiligheidsplannen"
      Dan ligt de regie van de casus bij:
        | regie       | regiehouder                            | wie                     | waarom            | regel |
        | procesregie | gemeente Utrecht                       | de consulent            | overgedragen      | R08   |
        | casusregie  | zorgaanbieder Thuisbegeleiding Utrecht | het wijkteam Overvecht  | casusregie belegd | R19   |

    @R19 @weigering
    Scenario: Een zorgaanbieder die niet voldoende geëquipeerd is, krijgt de casusregie niet alleen
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als de consulent van de gemeente Utrecht op maandag 3 maart 2025 om 10:00 de casusregie belegt bij zorgaanbieder "Thuisbegeleiding Utrecht", die niet voldoende geëquipeerd is, na de toets "de aanbieder komt thuis maar heeft geen ervaring met veiligheidsplannen"
      Dan weigert het register dit met regel "R19"
      En de foutmelding noemt "betrek een tweede partij"
      En er is niets vastgelegd

  Regel: R14 nieuw incident, nieuwe melding
    "Bij een nieuw incident wordt opnieuw een melding gedaan. Bij een nieuwe melding binnen een
    bestaand traject wordt afgestemd met de procesregisseur van de gemeente en/of volgt een
    warme overdracht van de afspraken rondom de melding."
    (regels.yaml R14; bron 001, artikel 2.1.k)

    @R14 @signalering
    Scenario: Een nieuwe melding in een lopend traject verwijst ernaar, en de afstemming met de procesregisseur staat open tot ze gebeurd is
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als de school op maandag 2 juni 2025 om 10:00 structurele onveiligheid in dit huishouden meldt
      Dan verwijst de nieuwe melding naar het lopende traject
      En bij de casus staat de open taak "afstemmen met de procesregisseur van de gemeente" volgens regel "R14"
      En de veiligheidshistorie van het huishouden toont 2 meldingen
      En de veiligheidshistorie van het huishouden toont een melding met "nieuwe melding binnen een lopend traject"
      En de regie van het lopende traject ligt bij:
        | regie               | regiehouder      | wie          | waarom       | regel |
        | regie op veiligheid | gemeente Utrecht | de consulent | overgedragen | R08   |
      Als de medewerker op dinsdag 3 juni 2025 om 10:00 met de procesregisseur van de gemeente afstemt: "de consulent bespreekt de melding met de ouders; Veilig Thuis doet de veiligheidsbeoordeling"
      Dan staat bij de casus geen open taak meer volgens regel "R14"

    @R14 @R26
    Scenario: Een acute nieuwe melding brengt de regie op veiligheid van het lopende traject terug bij Veilig Thuis
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als de politie op maandag 2 juni 2025 om 10:00 acute onveiligheid in dit huishouden meldt
      Dan ligt de regie van het lopende traject bij:
        | regie               | regiehouder          | wie           | waarom                   | regel |
        | regie op veiligheid | Veilig Thuis Utrecht | de medewerker | nieuwe melding gekoppeld | R14   |
        | procesregie         | gemeente Utrecht     | de consulent  | overgedragen             | R08   |

    @R14 @weigering
    Scenario: Zonder lopend traject is er geen procesregisseur om mee af te stemmen
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op dinsdag 7 januari 2025 om 10:00 met de procesregisseur van de gemeente afstemt: "de consulent bespreekt de melding met de ouders"
      Dan weigert het register dit met regel "R14"
      En de foutmelding noemt "deze melding is niet aan een lopend traject gekoppeld"
      En er is niets vastgelegd

  Regel: R15 USD verder met advies
    "Optie bij nieuwe melding binnen bestaand traject - de uitvoeringsdienst (USD) kan met advies
    weer zelf verder."
    (regels.yaml R15; bron 001, Routekaart)

    @R15
    Scenario: Na een nieuwe melding gaat de uitvoeringsdienst met advies zelf verder; de regie blijft bij de gemeente
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de uitvoeringsdienst van Utrecht
      En de school meldde op maandag 2 juni 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 4 juni 2025 om 14:00 tot "overdracht", omdat "de uitvoeringsdienst kent het gezin en de veiligheidsafspraken lopen nog"
      Als de medewerker op donderdag 5 juni 2025 om 10:00 de casus afsluit met de reden "usd verder met advies", omdat "Veilig Thuis adviseert de uitvoeringsdienst over het gesprek met de school"
      Dan is "casus afgesloten" de laatste gebeurtenis in de tijdlijn van de casus
      En de regie van het lopende traject ligt bij:
        | regie               | regiehouder      | wie          | waarom       | regel |
        | regie op veiligheid | gemeente Utrecht | de consulent | overgedragen | R08   |
        | procesregie         | gemeente Utrecht | de consulent | overgedragen | R08   |

    @R15 @weigering
    Scenario: Een eerste melding eindigt niet met advies aan de uitvoeringsdienst
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 8 januari 2025 om 14:00 tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      Als de medewerker op donderdag 9 januari 2025 om 10:00 de casus afsluit met de reden "usd verder met advies", omdat "de uitvoeringsdienst kan met advies zelf verder"
      Dan weigert het register dit met regel "R15"
      En de foutmelding noemt "kan alleen bij een nieuwe melding binnen een bestaand traject"
      En er is niets vastgelegd
