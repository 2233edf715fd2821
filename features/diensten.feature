# language: nl
Functionaliteit: De diensten Voorwaarden en Vervolg en Onderzoek
  "Veilig Thuis monitort de veiligheid nadat er door Veilig Thuis veiligheidsvoorwaarden zijn
  opgesteld of onderzoek is uitgevoerd."
  (bron 003, "Veilig Thuis verbetert werkwijze": Langer volgen)

  "Belangrijk aandachtspunt is de kwaliteit van het veiligheidsplan (VHP). Het VHP moet zo
  opgesteld zijn dat het voor de inwoner en de gemeente begrijpelijk is."
  (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op artikel 1.2.g,
  Kwaliteit van het veiligheidsplan VT)

  "In alle regio's wordt eerst opgeschaald naar de (directe) leidinggevenden, en vervolgens
  richting de gemeente. In sommige regio's met de gedragswetenschappers als tussenstap."
  (bron 002, Samen werken aan een veilig thuis, 2020: Opschaling en escalatie)

  Na de uitkomst "vervolg bij Veilig Thuis" voert Veilig Thuis zelf een dienst uit. In
  Voorwaarden en Vervolg stelt de medewerker met het gezin de veiligheidsvoorwaarden vast en
  start het veiligheidsplan; in een Onderzoek zoekt hij uit of er geweld is, per vorm van
  geweld. Beide duren hoogstens tien weken. Die termijn is van orde: wie hem overschrijdt,
  ziet dat terug in de termijnen en de indicatoren, en kan de dienst gewoon afmaken. Is
  vrijwillige hulp niet genoeg, dan kan Veilig Thuis na de veiligheidsbeoordeling of tijdens
  een dienst de Raad voor de Kinderbescherming om onderzoek vragen.

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht
    En een huishouden in Utrecht met een moeder, een vader en twee kinderen

  Regel: R11 veiligheidsplan minimaal
    "VHP = onveilige gebeurtenissen + blijvende veiligheidsvoorwaarden + motivatie/advies voor
    hulp. Onveilige gebeurtenissen zo concreet en feitelijk mogelijk beschreven;
    veiligheidsvoorwaarden blijvend (gelden altijd, ook als de situatie verandert)."
    (regels.yaml R11; bron 001, Routekaart en artikel 1.2.g)

    @R11
    Scenario: Met veiligheidsvoorwaarden en een veiligheidsplan van drie onderdelen volgt de warme overdracht
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker stelde op maandag 17 maart 2025 om 10:00 de veiligheidsvoorwaarde vast "De kinderen worden niet geslagen, ook niet als het thuis misgaat."
      Als de medewerker op maandag 17 maart 2025 om 11:00 het veiligheidsplan vastlegt:
        | meest onveilige situaties en summiere tijdslijn | Op zaterdag 1 maart sloeg de vader het oudste kind met de vlakke hand in het gezicht; sinds de zomer gebeurde dat drie keer na ruzie over geld. |
        | veiligheidsvoorwaarden                          | De kinderen worden niet geslagen, ook niet als het thuis misgaat.                                                                              |
        | motivatie of advies voor hulp                   | Opvoedondersteuning helpt de vader om rustig te blijven; schuldhulp neemt de aanleiding van de ruzies weg.                                    |
      En de medewerker op maandag 14 april 2025 om 10:00 de casus warm overdraagt aan de gemeente Utrecht met een huisbezoek
      Dan staat de casus op de caseload van Veilig Thuis Utrecht in de fase "monitoring na warme overdracht"

    @R11 @weigering
    Abstract Scenario: Een veiligheidsplan zonder "<onderdeel>" houdt de warme overdracht tegen
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker stelde op maandag 17 maart 2025 om 10:00 de veiligheidsvoorwaarde vast "De kinderen worden niet geslagen, ook niet als het thuis misgaat."
      En de medewerker legde op maandag 17 maart 2025 om 11:00 een veiligheidsplan vast zonder "<onderdeel>"
      Als de medewerker op maandag 14 april 2025 om 10:00 de casus warm overdraagt aan de gemeente Utrecht met een huisbezoek
      Dan weigert het register dit met regel "R11"
      En de foutmelding noemt "<onderdeel> ontbreekt"
      En er is niets vastgelegd

      Voorbeelden:
        | onderdeel                                       |
        | meest onveilige situaties en summiere tijdslijn |
        | veiligheidsvoorwaarden                          |
        | motivatie of advies voor hulp                   |

    @R11 @weigering
    Scenario: Zonder veiligheidsplan geen warme overdracht na Voorwaarden en Vervolg
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker stelde op maandag 17 maart 2025 om 10:00 de veiligheidsvoorwaarde vast "De kinderen worden niet geslagen, ook niet als het thuis misgaat."
      Als de medewerker op maandag 14 april 2025 om 10:00 de casus warm overdraagt aan de gemeente Utrecht met een huisbezoek
      Dan weigert het register dit met regel "R11"
      En de foutmelding noemt "Er is geen veiligheidsplan"
      En er is niets vastgelegd

    @R11 @weigering
    Scenario: Zonder vastgestelde veiligheidsvoorwaarden geen warme overdracht na Voorwaarden en Vervolg
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker legde op maandag 17 maart 2025 om 11:00 het veiligheidsplan vast:
        | meest onveilige situaties en summiere tijdslijn | Op zaterdag 1 maart sloeg de vader het oudste kind in het gezicht.                    |
        | veiligheidsvoorwaarden                          | De kinderen worden niet geslagen, ook niet als het thuis misgaat.                     |
        | motivatie of advies voor hulp                   | Opvoedondersteuning helpt de vader om rustig te blijven als de spanning oploopt.      |
      Als de medewerker op maandag 14 april 2025 om 10:00 de casus warm overdraagt aan de gemeente Utrecht met een huisbezoek
      Dan weigert het register dit met regel "R11"
      En de foutmelding noemt "Er zijn nog geen veiligheidsvoorwaarden vastgesteld"
      En er is niets vastgelegd

  Regel: R12 veiligheidsplan, deel Veilig Thuis
    "Veilig Thuis maakt de start met het VHP en beschrijft meest onveilige situaties en summiere
    tijdslijn, veiligheidsvoorwaarden, veiligheidsafspraken, wie doet wat als het niet lukt,
    veiligheidspersoon voor de kinderen, reeds gemaakte afspraken ten behoeve van directe
    veiligheid, aandachtspunten risicogestuurde zorg, beschermende factoren."
    (regels.yaml R12; bron 001, artikel 1.2.g)

    @R12
    Scenario: Veilig Thuis vult het veiligheidsplan in stappen; de tijdlijn toont welke onderdelen zijn ingevuld
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      Als de medewerker op maandag 10 maart 2025 om 10:00 het veiligheidsplan vastlegt:
        | meest onveilige situaties en summiere tijdslijn | Op zaterdag 1 maart sloeg de vader het oudste kind in het gezicht; sinds de zomer gebeurde dat drie keer. |
        | veiligheidsvoorwaarden                          | De kinderen worden niet geslagen, ook niet als het thuis misgaat.                                          |
        | veiligheidsafspraken                            | Als de ruzie oploopt, gaat de vader een uur wandelen; de moeder neemt de kinderen mee naar boven.           |
        | veiligheidspersoon voor de kinderen             | De grootmoeder van moederskant, twee straten verderop; de kinderen hebben haar nummer.                      |
      Dan toont de tijdlijn welke onderdelen van het veiligheidsplan zijn ingevuld:
        | onderdeel                                                   | ingevuld |
        | meest onveilige situaties en summiere tijdslijn             | ja       |
        | veiligheidsvoorwaarden                                      | ja       |
        | veiligheidsafspraken                                        | ja       |
        | wie doet wat als het niet lukt                              | nee      |
        | veiligheidspersoon voor de kinderen                         | ja       |
        | reeds gemaakte afspraken ten behoeve van directe veiligheid | nee      |
        | aandachtspunten risicogestuurde zorg                        | nee      |
        | beschermende factoren                                       | nee      |
      Als de medewerker op maandag 17 maart 2025 om 10:00 het veiligheidsplan aanvult:
        | wie doet wat als het niet lukt                              | Lukt het de vader niet om weg te gaan, dan belt de moeder de grootmoeder en bij gevaar 112.  |
        | reeds gemaakte afspraken ten behoeve van directe veiligheid | De vader slaapt tot de overdracht bij zijn broer; hij komt alleen overdag als de moeder thuis is. |
        | aandachtspunten risicogestuurde zorg                        | Schulden en de werkloosheid van de vader zetten het gezin onder druk.                             |
        | beschermende factoren                                       | Een betrokken grootmoeder en een mentor op school die de oudste goed kent.                         |
      Dan toont de tijdlijn welke onderdelen van het veiligheidsplan zijn ingevuld:
        | onderdeel                                                   | ingevuld |
        | meest onveilige situaties en summiere tijdslijn             | ja       |
        | veiligheidsvoorwaarden                                      | ja       |
        | veiligheidsafspraken                                        | ja       |
        | wie doet wat als het niet lukt                              | ja       |
        | veiligheidspersoon voor de kinderen                         | ja       |
        | reeds gemaakte afspraken ten behoeve van directe veiligheid | ja       |
        | aandachtspunten risicogestuurde zorg                        | ja       |
        | beschermende factoren                                       | ja       |

    @R12 @weigering
    Scenario: Een onderdeel dat het veiligheidsplan niet kent, wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      Als de medewerker op maandag 10 maart 2025 om 10:00 het veiligheidsplan vastlegt:
        | veiligheidsvoorwaarden | De kinderen worden niet geslagen, ook niet als het thuis misgaat. |
        | huisregels             | Na tien uur 's avonds is het stil in huis.                        |
      Dan weigert het register dit als ongeldige invoer
      En de foutmelding noemt "Onbekende onderdelen in het veiligheidsplan: huisregels"
      En er is niets vastgelegd

  Regel: R32 onderzoek en Voorwaarden en Vervolg binnen tien weken
    "Een onderzoek is binnen tien weken afgerond; de inspectie houdt voor trajecten Voorwaarden
    en Vervolg dezelfde termijn aan. De termijn is van orde, niet fataal."
    (regels.yaml R32; bron Uitvoeringsbesluit Wmo 2015; IGJ 2023; Gerechtshof Amsterdam 2024)

    @R32
    Abstract Scenario: De start van "<dienst>" zet de uiterste datum tien weken later
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "<dienst>", omdat "<onderbouwing>"
      Als de medewerker op donderdag 6 maart 2025 om 10:00 de dienst "<dienst>" start, omdat "<onderbouwing>"
      Dan is de uiterste datum van de dienst "<dienst>" donderdag 15 mei 2025
      En de dienst "<dienst>" staat op donderdag 15 mei 2025 nog niet bij de verlopen termijnen van Veilig Thuis Utrecht

      Voorbeelden:
        | dienst                 | onderbouwing                                                 |
        | Voorwaarden en Vervolg | beide ouders erkennen het geweld en willen afspraken maken   |
        | Onderzoek              | de ouders ontkennen en de school blijft zorgen zien          |

    @R32
    Scenario: Voorwaarden en Vervolg die binnen tien weken eindigt, telt binnen de termijn
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker rondde op maandag 17 maart 2025 om 10:00 het werk in de dienst "Voorwaarden en Vervolg" af
      Als de medewerker op maandag 14 april 2025 om 10:00 de casus warm overdraagt aan de gemeente Utrecht met een huisbezoek
      Dan is de dienst "Voorwaarden en Vervolg" afgerond binnen de termijn
      En de indicator "Voorwaarden en Vervolg" van Veilig Thuis Utrecht over mei 2025 telt 1 dienst, waarvan 1 binnen de termijn

    @R32 @signalering
    Scenario: Een te laat onderzoek is zichtbaar, telt in de indicator en wordt gewoon afgerond
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de ouders ontkennen en de school blijft zorgen zien"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Onderzoek", omdat "zonder onderzoek is niet duidelijk of er geweld is"
      Dan staat de dienst "Onderzoek" op vrijdag 16 mei 2025 bij de verlopen termijnen van Veilig Thuis Utrecht
      Als de medewerker op maandag 2 juni 2025 om 10:00 het onderzoek afrondt, omdat "gesprekken met de school, de huisarts en beide ouders geven een eenduidig beeld":
        | aard van het geweld | conclusie |
        | kindermishandeling  | bevestigd |
      Dan is de dienst "Onderzoek" afgerond, buiten de termijn
      En de indicator "Onderzoek" van Veilig Thuis Utrecht over mei 2025 telt 1 dienst, waarvan 0 binnen de termijn

    @R32 @signalering
    Scenario: Voorwaarden en Vervolg die langer duurt dan tien weken, eindigt gewoon met de warme overdracht
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker rondde op maandag 12 mei 2025 om 10:00 het werk in de dienst "Voorwaarden en Vervolg" af
      Dan staat de dienst "Voorwaarden en Vervolg" op vrijdag 16 mei 2025 bij de verlopen termijnen van Veilig Thuis Utrecht
      Als de medewerker op maandag 2 juni 2025 om 10:00 de casus warm overdraagt aan de gemeente Utrecht met een gesprek bij de gemeente
      Dan staat de casus op de caseload van Veilig Thuis Utrecht in de fase "monitoring na warme overdracht"
      En de dienst "Voorwaarden en Vervolg" is afgerond, buiten de termijn
      En de indicator "Voorwaarden en Vervolg" van Veilig Thuis Utrecht over mei 2025 telt 1 dienst, waarvan 0 binnen de termijn

  Regel: R37 uitkomst van het onderzoek per aard van het geweld
    "Per aard van het geweld is het onderzoek bevestigd, niet bevestigd of weerlegd; een
    onderzoek kan voortijdig worden afgesloten."
    (regels.yaml R37; bron CBS beleidsinformatie, StatLine 84853NED)

    @R37
    Scenario: Een afgerond onderzoek legt per onderzochte vorm van geweld een conclusie vast
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker heeft de triage volledig doorlopen met als aard van het geweld "kindermishandeling, partnergeweld"
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de ouders ontkennen en de school blijft zorgen zien"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Onderzoek", omdat "zonder onderzoek is niet duidelijk of er geweld is"
      Als de medewerker op dinsdag 22 april 2025 om 10:00 het onderzoek afrondt, omdat "de oudste vertelde op school over de klappen; van geweld tussen de ouders vond niemand sporen":
        | aard van het geweld | conclusie      |
        | kindermishandeling  | bevestigd      |
        | partnergeweld       | niet bevestigd |
      Dan toont de veiligheidshistorie van het huishouden een onderzoek met "kindermishandeling bevestigd, partnergeweld niet bevestigd"
      En de beleidsinformatie telt over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp                    | categorie                  | aantal |
        | onderzoeken                  | niet voortijdig afgesloten | 1      |
        | onderzoek kindermishandeling | bevestigd                  | 1      |
        | onderzoek partnergeweld      | niet bevestigd             | 1      |

    @R37
    Scenario: Een onderzoek kan voortijdig worden afgesloten
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de ouders ontkennen en de school blijft zorgen zien"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Onderzoek", omdat "zonder onderzoek is niet duidelijk of er geweld is"
      Als de medewerker op maandag 24 maart 2025 om 10:00 het onderzoek voortijdig afsluit, omdat "het gezin is naar het buitenland vertrokken"
      Dan toont de veiligheidshistorie van het huishouden een onderzoek met "Onderzoek voortijdig afgesloten"
      En de beleidsinformatie telt over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp   | categorie             | aantal |
        | onderzoeken | voortijdig afgesloten | 1      |

    @R37 @weigering
    Scenario: Een onderzoek zonder conclusie over een onderzochte vorm van geweld wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker heeft de triage volledig doorlopen met als aard van het geweld "kindermishandeling, partnergeweld"
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de ouders ontkennen en de school blijft zorgen zien"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Onderzoek", omdat "zonder onderzoek is niet duidelijk of er geweld is"
      Als de medewerker op dinsdag 22 april 2025 om 10:00 het onderzoek afrondt, omdat "de oudste vertelde op school over de klappen":
        | aard van het geweld | conclusie |
        | kindermishandeling  | bevestigd |
      Dan weigert het register dit met regel "R37"
      En de foutmelding noemt "Het onderzoek mist een conclusie voor: partnergeweld"
      En er is niets vastgelegd

    @R37 @weigering
    Scenario: Een conclusie die het protocol niet kent, wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de ouders ontkennen en de school blijft zorgen zien"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Onderzoek", omdat "zonder onderzoek is niet duidelijk of er geweld is"
      Als de medewerker op dinsdag 22 april 2025 om 10:00 het onderzoek afrondt, omdat "de school en de huisarts twijfelen allebei":
        | aard van het geweld | conclusie      |
        | kindermishandeling  | waarschijnlijk |
      Dan weigert het register dit met regel "R37"
      En de foutmelding noemt "'waarschijnlijk' is geen conclusie"
      En er is niets vastgelegd

  Regel: R27 melding bij de Raad voor de Kinderbescherming
    "Veilig Thuis kan een melding (verzoek tot onderzoek) doen bij de Raad voor de
    Kinderbescherming."
    (regels.yaml R27; bron 002, processtap 6)

    @R27
    Scenario: Tijdens een onderzoek vraagt Veilig Thuis de Raad om onderzoek; het verzoek staat in de tijdlijn en telt in de beleidsinformatie
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de ouders ontkennen en de school blijft zorgen zien"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Onderzoek", omdat "zonder onderzoek is niet duidelijk of er geweld is"
      Als de medewerker op maandag 7 april 2025 om 10:00 bij de Raad voor de Kinderbescherming een verzoek tot onderzoek doet naar het oudste kind en het jongste kind, omdat "de ouders weigeren elke hulp en de school ziet opnieuw blauwe plekken bij de oudste"
      Dan toont de tijdlijn de melding bij de Raad over het oudste kind en het jongste kind, omdat "de ouders weigeren elke hulp en de school ziet opnieuw blauwe plekken bij de oudste"
      En de beleidsinformatie telt over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp        | categorie             | aantal |
        | melding bij raad | verzoek tot onderzoek | 1      |

    @R27
    Scenario: Direct na de veiligheidsbeoordeling kan Veilig Thuis de Raad om onderzoek vragen; het verzoek telt in het halfjaar waarin het gedaan is
      Gegeven de politie meldt op maandag 23 juni 2025 om 10:00 acute en structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 25 juni 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de vader ontkent alles en houdt de kinderen thuis van school"
      Als de medewerker op dinsdag 1 juli 2025 om 10:00 bij de Raad voor de Kinderbescherming een verzoek tot onderzoek doet naar het jongste kind, omdat "de ouders laten Veilig Thuis niet binnen en het jongste kind is sinds de melding niet meer gezien"
      Dan toont de tijdlijn de melding bij de Raad over het jongste kind, omdat "de ouders laten Veilig Thuis niet binnen en het jongste kind is sinds de melding niet meer gezien"
      En de beleidsinformatie telt over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp        | categorie             | aantal |
        | melding bij raad | verzoek tot onderzoek | 0      |
      En de beleidsinformatie telt over het tweede halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp        | categorie             | aantal |
        | melding bij raad | verzoek tot onderzoek | 1      |

    @R27 @weigering
    Scenario: Voor de veiligheidsbeoordeling doet Veilig Thuis geen melding bij de Raad
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op dinsdag 4 maart 2025 om 10:00 bij de Raad voor de Kinderbescherming een verzoek tot onderzoek doet naar het oudste kind, omdat "de politie kwam dit jaar al drie keer"
      Dan weigert het register dit met regel "R27"
      En de foutmelding noemt "kan na de veiligheidsbeoordeling, tijdens een dienst of vanuit de crisisdienst"
      En er is niets vastgelegd

    @R27 @weigering
    Scenario: Zonder melding bij de Raad sluit Veilig Thuis een casus niet af vanwege een maatregel van de Raad
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de ouders ontkennen en de school blijft zorgen zien"
      Als de medewerker op maandag 7 april 2025 om 10:00 de casus afsluit met de reden "maatregel raad", omdat "de kinderrechter heeft een ondertoezichtstelling uitgesproken"
      Dan weigert het register dit met regel "R27"
      En de foutmelding noemt "Er is geen melding bij de Raad voor de Kinderbescherming vastgelegd."
      En er is niets vastgelegd

  Regel: R23 opschaling en escalatie
    "Er wordt eerst opgeschaald naar de (directe) leidinggevenden en vervolgens richting de
    gemeente, in sommige regio's met de gedragswetenschapper als tussenstap."
    (regels.yaml R23; bron 002, Opschaling en escalatie)

    @R23
    Scenario: Veilig Thuis schaalt op via de leidinggevende en de gedragswetenschapper naar de gemeente
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      Als de medewerker op maandag 7 april 2025 om 10:00 opschaalt naar de leidinggevende, omdat "het buurtteam vindt de casus te zwaar en wil de overdracht niet aannemen"
      En de medewerker op maandag 14 april 2025 om 10:00 opschaalt naar de gedragswetenschapper, omdat "de teamleiders van Veilig Thuis en het buurtteam komen er samen niet uit"
      En de medewerker op maandag 21 april 2025 om 10:00 opschaalt naar de gemeente, omdat "er is nog steeds geen partij die de regie na de overdracht wil nemen"
      Dan toont de tijdlijn van de casus de opschalingen:
        | niveau               |
        | leidinggevende       |
        | gedragswetenschapper |
        | gemeente             |

    @R23 @weigering
    Abstract Scenario: Opschalen naar de <niveau> zonder eerst de leidinggevende wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      Als de medewerker op maandag 7 april 2025 om 10:00 opschaalt naar de <niveau>, omdat "het buurtteam vindt de casus te zwaar en wil de overdracht niet aannemen"
      Dan weigert het register dit met regel "R23"
      En de foutmelding noemt "kan pas nadat eerst is opgeschaald naar de (directe) leidinggevende"
      En er is niets vastgelegd

      Voorbeelden:
        | niveau               |
        | gedragswetenschapper |
        | gemeente             |
