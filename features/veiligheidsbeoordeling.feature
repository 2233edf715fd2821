# language: nl
Functionaliteit: De veiligheidsbeoordeling
  "Een voorbeeld: vanaf 2019 mag Veilig Thuis niet meer een verkort triage-instrument
  gebruiken. Dit vraagt nogal wat, want voorheen werd het triage-instrument vaak ingekort als
  de melding heel acuut was. Dat mag straks niet meer."
  (bron 000, "Handelingsprotocol 2019: wat houden de wijzigingen in?")

  "Veilig Thuis is primair verantwoordelijk als het gaat om het doen van de
  veiligheidsbeoordeling en het bereiken van directe veiligheid door middel van het opstellen
  van een veiligheidsplan."
  (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op kaders, Gedeelde
  visie op veiligheid en gedeelde verantwoordelijkheid)

  Na elke melding doorloopt de medewerker het hele triage-instrument en besluit dan tot één
  uitkomst, met een onderbouwing. Dat besluit is een professionele afweging: het register
  legt het vast, het rekent het niet uit.

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht
    En een huishouden in Utrecht met een moeder, een vader en twee kinderen

  Regel: R01 volledige triage
    "Vanaf 2019 mag Veilig Thuis geen verkort triage-instrument meer gebruiken; elke triage
    wordt volledig doorlopen, ook als de melding acuut is."
    (regels.yaml R01; bron 000, Handelingsprotocol 2019, wijzigingen)

    @R01
    Scenario: Een volledig doorlopen triage bij een acute melding wordt vastgelegd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 acute en structurele onveiligheid in dit huishouden
      En de medewerker heeft de triage volledig doorlopen en acute en structurele onveiligheid vastgesteld
      Als de medewerker op maandag 3 maart 2025 om 16:00 besluit tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "de vader slaat het oudste kind en beide ouders willen afspraken maken"
      Dan is de veiligheidsbeoordeling vastgelegd met elk onderdeel van het triage-instrument
      En de beleidsinformatie telt over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp | categorie                | aantal |
        | taxatie   | acute onveiligheid       | 1      |
        | taxatie   | structurele onveiligheid | 1      |

    @R01 @weigering
    Abstract Scenario: Een triage zonder het onderdeel "<onderdeel>" wordt geweigerd, ook bij acute onveiligheid
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 acute onveiligheid in dit huishouden
      En de medewerker heeft de triage doorlopen zonder het onderdeel "<onderdeel>"
      Als de medewerker op maandag 3 maart 2025 om 12:00 besluit tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de situatie is acuut en de vader ontkent alles"
      Dan weigert het register dit met regel "R01"
      En de foutmelding noemt "het onderdeel '<onderdeel>' ontbreekt"
      En er is niets vastgelegd

      Voorbeelden:
        | onderdeel                                                                    |
        | acute onveiligheid                                                           |
        | structurele onveiligheid                                                     |
        | aard van het geweld, slachtoffers en vermoedelijke plegers                   |
        | kinderen in het huishouden en of zij direct betrokken zijn                   |
        | risicofactoren en beschermende factoren                                      |
        | eerdere meldingen en hulp (radar, ook bij andere Veilig Thuis-organisaties) |
        | aanwezige hulp en of het gezin met die hulp aan veiligheid kan en wil werken |

    @R01 @weigering
    Scenario: Een triage waarin een antwoord leeg is gebleven, wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 acute onveiligheid in dit huishouden
      En de medewerker heeft de triage doorlopen maar bij "acute onveiligheid" het antwoord "feiten" leeg gelaten
      Als de medewerker op maandag 3 maart 2025 om 12:00 besluit tot "overdracht", omdat "de vader is vertrokken en het buurtteam neemt het over"
      Dan weigert het register dit met regel "R01"
      En de foutmelding noemt "bij 'acute onveiligheid' ontbreekt 'feiten'"
      En er is niets vastgelegd

  Regel: R36 uitkomsten van de veiligheidsbeoordeling
    "Uitkomst is een van - vervolgstappen beleggen bij Veilig Thuis (Voorwaarden en Vervolg of
    Onderzoek), overdracht (directe overdracht), geen vervolgstappen nodig, inzet regionaal
    maatwerk; de taxatie legt vast of er acute en/of structurele onveiligheid is."
    (regels.yaml R36; bron CBS beleidsinformatie, StatLine 84852NED; VNG JZV Meldingen)

    @R36
    Scenario: Bij vervolg bij Veilig Thuis kiest de medewerker de dienst, met een onderbouwing
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op woensdag 5 maart 2025 om 14:00 besluit tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de ouders ontkennen en de school zorgen blijft zien"
      Dan staat de casus op de caseload van Veilig Thuis Utrecht in de fase "vervolg bij Veilig Thuis, dienst nog niet gestart"
      En in de tijdlijn staat bij de uitkomst de onderbouwing "de ouders ontkennen en de school zorgen blijft zien"
      Als de medewerker op donderdag 6 maart 2025 om 10:00 de dienst "Onderzoek" start, omdat "zonder onderzoek is niet duidelijk of er geweld is"
      Dan staat de casus op de caseload van Veilig Thuis Utrecht in de fase "Onderzoek"

    @R36
    Abstract Scenario: Na de uitkomst "<uitkomst>" volgt de stap die de routekaart kent
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op woensdag 5 maart 2025 om 14:00 besluit tot "<uitkomst>", omdat "<onderbouwing>"
      En de medewerker op donderdag 6 maart 2025 om 10:00 <vervolgstap>
      Dan is "<gebeurtenis>" de laatste gebeurtenis in de tijdlijn van de casus
      En de casus staat niet meer op de actieve caseload van Veilig Thuis Utrecht
      En de beleidsinformatie telt over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp                       | categorie  | aantal |
        | veiligheidsbeoordeling uitkomst | <uitkomst> | 1      |

      Voorbeelden:
        | uitkomst           | onderbouwing                                               | vervolgstap                                                                                           | gebeurtenis      |
        | overdracht         | het gezin wil hulp en het buurtteam kent het gezin al      | de casus direct overdraagt aan het lokaal team van Utrecht                                            | overgedragen     |
        | geen vervolg       | de zorgen zijn weggenomen in een gesprek met beide ouders  | de casus afsluit met de reden "geen vervolg", omdat "er is na de beoordeling geen vervolg nodig"      | casus afgesloten |
        | regionaal maatwerk | de regio heeft voor dit soort gezinnen een eigen aanpak    | de casus afsluit met de reden "regionaal maatwerk", omdat "het regionale team neemt de casus over"    | casus afgesloten |

    @R36 @weigering
    Scenario: Een uitkomst die het protocol niet kent, wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op woensdag 5 maart 2025 om 14:00 besluit tot "doorverwijzing naar de huisarts", omdat "de moeder wil eerst met de huisarts praten"
      Dan weigert het register dit met regel "R36"
      En de foutmelding noemt "is geen uitkomst van de veiligheidsbeoordeling"
      En er is niets vastgelegd

    @R36 @weigering
    Scenario: Vervolg bij Veilig Thuis zonder keuze voor een dienst wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op woensdag 5 maart 2025 om 14:00 besluit tot "vervolg bij Veilig Thuis", omdat "er zijn veel zorgen over de kinderen"
      Dan weigert het register dit met regel "R36"
      En de foutmelding noemt "hoort de keuze voor een dienst"
      En er is niets vastgelegd

    @R36 @weigering
    Scenario: Na de uitkomst "overdracht" sluit Veilig Thuis niet af voor regionaal maatwerk
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      Als de medewerker op donderdag 6 maart 2025 om 10:00 de casus afsluit met de reden "regionaal maatwerk", omdat "het regionale team heeft plek"
      Dan weigert het register dit met regel "R36"
      En de foutmelding noemt "past alleen bij die uitkomst"
      En er is niets vastgelegd

    @R36 @weigering
    Scenario: Een uitkomst zonder onderbouwing wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op woensdag 5 maart 2025 om 14:00 besluit tot "geen vervolg" zonder onderbouwing
      Dan weigert het register dit als ongeldige invoer
      En de foutmelding noemt "is een professionele afweging: schrijf een onderbouwing"
      En er is niets vastgelegd

  Regel: R31 veiligheidsbeoordeling binnen vijf werkdagen
    "De veiligheidsbeoordeling is uiterlijk binnen vijf werkdagen na ontvangst van de melding
    afgerond; bij acute onveiligheid direct, met prioriteit."
    (regels.yaml R31; bron Handelingsprotocol 2019; IGJ 2023)

    @R31
    Scenario: Een melding op de donderdag voor Pasen moet uiterlijk maandag 28 april beoordeeld zijn
      # Goede Vrijdag (18 april), het weekend, tweede Paasdag (21 april) en het weekend van
      # Koningsdag tellen niet: de vijf werkdagen zijn 22, 23, 24, 25 en 28 april.
      Gegeven de politie meldt op donderdag 17 april 2025 om 10:00 structurele onveiligheid in dit huishouden
      Dan is de uiterste datum van de veiligheidsbeoordeling maandag 28 april 2025

    @R31
    Scenario: Bij acute onveiligheid is de uiterste datum de dag van de melding zelf
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 acute onveiligheid in dit huishouden
      Dan is de uiterste datum van de veiligheidsbeoordeling maandag 3 maart 2025

    @R31 @signalering
    Scenario: Een te late veiligheidsbeoordeling wordt vastgelegd en blijft zichtbaar als te laat
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Dan staat de veiligheidsbeoordeling op dinsdag 11 maart 2025 bij de verlopen termijnen van Veilig Thuis Utrecht
      Als de medewerker op woensdag 12 maart 2025 om 10:00 besluit tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      Dan is de veiligheidsbeoordeling vastgelegd, buiten de termijn
      En de indicator "veiligheidsbeoordeling" van Veilig Thuis Utrecht over maart 2025 telt 1 beoordeling, waarvan 0 binnen de termijn

  Regel: R33 melder en direct betrokkenen horen de uitkomst
    "Melder en direct betrokkenen worden na de veiligheidsbeoordeling over de uitkomst
    geïnformeerd; de melder ook na afloop van een onderzoek, en over de veiligheidsvoorwaarden
    als hij een rol heeft in het vervolg."
    (regels.yaml R33; bron Handelingsprotocol 2019; KNMG meldcode bijlage 4)

    @R33 @signalering
    Scenario: Het informeren over de uitkomst staat open tot het gebeurd is
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      Dan staan bij de casus de open taken:
        | regel | taak                                                              |
        | R33   | melder informeren over de uitkomst van de veiligheidsbeoordeling |
        | R33   | direct betrokkenen informeren over de uitkomst                   |
      Als de medewerker op donderdag 6 maart 2025 om 09:00 de melder informeert over de uitkomst van de veiligheidsbeoordeling
      En de medewerker op donderdag 6 maart 2025 om 11:00 de moeder en de vader informeert over de uitkomst van de veiligheidsbeoordeling
      Dan staat bij de casus geen open taak meer volgens regel "R33"

    @R33 @weigering
    Scenario: De melder hoort geen uitkomst voordat die er is
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op dinsdag 4 maart 2025 om 09:00 de melder informeert over de uitkomst van de veiligheidsbeoordeling
      Dan weigert het register dit met regel "R33"
      En de foutmelding noemt "kan pas na de veiligheidsbeoordeling"
      En er is niets vastgelegd
