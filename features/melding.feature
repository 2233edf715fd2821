# language: nl
Functionaliteit: De melding bij Veilig Thuis
  "Professionals gaan door de verbeterde meldcode afwegingskaders hanteren. Zij wegen af of
  een situatie van onveiligheid acuut of structureel is. Is dit het geval dan moeten zij dit
  melden bij Veilig Thuis. Oók als er hulp ingezet gaat worden."
  (bron 003, "Veilig Thuis verbetert werkwijze")

  "De bureaudienst van Veilig Thuis is telefonisch bereikbaar voor consultatie en vragen. Bij
  concrete vragen kunnen zij ook meegaan op huisbezoek (maar dit is niet standaard)."
  (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op de algemene
  uitgangspunten, Consultatiefunctie van Veilig Thuis)

  "In alle samenwerkingsafspraken (op één na) wordt het informeren van de direct betrokkenen
  over de melding bij Veilig Thuis en de overdracht door Veilig Thuis aan de lokale (wijk)teams
  benoemd."
  (bron 002, Samen werken aan een veilig thuis, 2020: Het informeren van direct betrokkenen)

  Wie meldt, wat hij vermoedt en welke hulp er al is, legt Veilig Thuis bij de melding vast.
  Een adviesvraag is nog geen melding: de vrager houdt de verantwoordelijkheid.

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht
    En een huishouden in Utrecht met een moeder, een vader en twee kinderen

  Regel: R18 consultatie en advies
    "Een adviesvraag wordt vastgelegd zonder dat er een casus met regie ontstaat; een advies
    kan worden omgezet in een melding, met verwijzing naar het advies."
    (regels.yaml R18; bron 001, Consultatiefunctie; bron 002, adviesfunctie)

    @R18
    Scenario: Een adviesvraag wordt vastgelegd zonder dat er een casus met regie ontstaat
      Als een buurvrouw op maandag 3 maart 2025 om 10:00 advies vraagt over "partnergeweld" met de vraag "wat kan ik doen als ik de buren 's nachts hoor schreeuwen?"
      Dan is de adviesvraag vastgelegd met als adviesvrager "niet professional"
      En Veilig Thuis Utrecht heeft geen casus op de caseload
      En niemand heeft regie over een casus

    @R18
    Scenario: Een advies wordt een melding die naar het advies verwijst
      Gegeven de school vroeg op maandag 3 maart 2025 om 10:00 advies over "kindermishandeling" met de vraag "een leerling vertelt dat hij thuis geslagen wordt; moet ik melden?"
      En Veilig Thuis gaf op maandag 3 maart 2025 om 10:20 het advies "meld het, en vertel de ouders dat u meldt"
      Als de medewerker op dinsdag 4 maart 2025 om 09:00 het advies omzet in een melding over dit huishouden
      Dan verwijst de melding naar het advies
      En het advies verwijst naar de melding
      En de casus staat op de caseload van Veilig Thuis Utrecht in de fase "melding, wacht op veiligheidsbeoordeling"

    @R18 @weigering
    Scenario: Een advies wordt maar één keer een melding
      Gegeven de school vroeg op maandag 3 maart 2025 om 10:00 advies over "kindermishandeling" met de vraag "een leerling vertelt dat hij thuis geslagen wordt; moet ik melden?"
      En de medewerker zette op dinsdag 4 maart 2025 om 09:00 het advies om in een melding over dit huishouden
      Als de medewerker op dinsdag 4 maart 2025 om 11:00 het advies omzet in een melding over dit huishouden
      Dan weigert het register dit met regel "R18"
      En de foutmelding noemt "al omgezet in een melding"
      En er is niets vastgelegd

  Regel: R21 processtappen
    "(1) melding bij en veiligheidsbeoordeling door Veilig Thuis; (2) directe overdracht na
    veiligheidsbeoordeling; (3) overdracht nadat Veilig Thuis de dienst Voorwaarden en Vervolg
    heeft uitgevoerd; (4) overdracht nadat Veilig Thuis een onderzoek heeft uitgevoerd;
    (5) monitoring door Veilig Thuis van overgedragen casuïstiek; (6) melding bij de Raad voor
    de Kinderbescherming."
    (regels.yaml R21; bron 002, Samenwerkingsafspraken, processtappen)

    @R21
    Scenario: De melding en de veiligheidsbeoordeling zijn de eerste processtap
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op woensdag 5 maart 2025 om 14:00 besluit tot "overdracht", omdat "de ouders willen hulp van het buurtteam en de school blijft betrokken"
      Dan staan in de tijdlijn van de casus na elkaar "melding ontvangen" en "veiligheidsbeoordeling afgerond"

    @R21 @weigering
    Scenario: Zonder veiligheidsbeoordeling geen overdracht
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op dinsdag 4 maart 2025 om 09:00 de casus direct overdraagt aan het lokaal team van Utrecht
      Dan weigert het register dit met regel "R21"
      En de foutmelding noemt "volgt op een veiligheidsbeoordeling met de uitkomst overdracht"
      En er is niets vastgelegd

    @R21 @weigering
    Scenario: Een melding wordt niet afgesloten voordat zij beoordeeld is
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op dinsdag 4 maart 2025 om 09:00 de casus afsluit met de reden "geen vervolg", omdat "de melding lijkt bij nader inzien onterecht"
      Dan weigert het register dit met regel "R21"
      En de foutmelding noemt "pas afgesloten na de veiligheidsbeoordeling"
      En er is niets vastgelegd

    @R21 @weigering
    Scenario: Een melding krijgt één veiligheidsbeoordeling
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "geen vervolg", omdat "de zorgen zijn weggenomen in een gesprek met beide ouders"
      Als de medewerker op donderdag 6 maart 2025 om 10:00 besluit tot "overdracht", omdat "de school belde opnieuw met zorgen"
      Dan weigert het register dit met regel "R21"
      En de foutmelding noemt "een nieuwe beoordeling hoort bij een nieuwe melding"
      En er is niets vastgelegd

  Regel: R22 direct betrokkenen informeren
    "De direct betrokkenen worden geïnformeerd over de melding bij Veilig Thuis en over de
    overdracht aan het lokale (wijk)team."
    (regels.yaml R22; bron 002, Informeren van direct betrokkenen)

    @R22 @signalering
    Scenario: Zolang de direct betrokkenen niet over de melding zijn geïnformeerd, staat dat als taak open
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Dan staat bij de casus de open taak "direct betrokkenen informeren over de melding" volgens regel "R22"
      Als de medewerker op dinsdag 4 maart 2025 om 15:00 de moeder en de vader informeert over de melding
      Dan staat bij de casus de taak "direct betrokkenen informeren over de melding" niet meer open
      En de tijdlijn toont dat de moeder en de vader over de melding zijn geïnformeerd

    @R22 @weigering
    Scenario: Informeren over een overdracht die er nog niet is, wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op dinsdag 4 maart 2025 om 15:00 de moeder informeert over de overdracht
      Dan weigert het register dit met regel "R22"
      En de foutmelding noemt "kan pas na de overdracht"
      En er is niets vastgelegd

  Regel: R25 melden volgens afwegingskader
    "Professionals wegen af of een situatie van onveiligheid acuut of structureel is; is dat
    zo, dan melden zij bij Veilig Thuis, ook als er hulp ingezet gaat worden."
    (regels.yaml R25; bron 003; bron 000, radarfunctie)

    @R25
    Scenario: Een professional legt vast wat hij vermoedt en welke hulp er al is
      Als de medewerker op dinsdag 4 maart 2025 om 11:00 deze melding vastlegt:
        | melder                                 | professional                                             |
        | beroepsgroep                           | huisarts                                                 |
        | aard van het geweld                    | partnergeweld                                            |
        | vermoeden van acute onveiligheid       | nee                                                      |
        | vermoeden van structurele onveiligheid | ja                                                       |
        | bestaande hulp                         | de moeder heeft gesprekken bij het maatschappelijk werk  |
      Dan toont de tijdlijn bij de melding een vermoeden van structurele onveiligheid en geen vermoeden van acute onveiligheid
      En de tijdlijn toont bij de melding de bestaande hulp "de moeder heeft gesprekken bij het maatschappelijk werk"
      En de veiligheidshistorie van het huishouden toont een melding met "vermoeden van structurele onveiligheid"

    @R25 @weigering
    Scenario: Een professional die niet zegt of er al hulp is, wordt geweigerd
      Als de medewerker op dinsdag 4 maart 2025 om 11:00 deze melding vastlegt:
        | melder                                 | professional  |
        | beroepsgroep                           | huisarts      |
        | aard van het geweld                    | partnergeweld |
        | vermoeden van acute onveiligheid       | nee           |
        | vermoeden van structurele onveiligheid | ja            |
      Dan weigert het register dit met regel "R25"
      En de foutmelding noemt "of er al hulp is (en welke)"
      En er is niets vastgelegd

    @R25 @weigering
    Scenario: Een melding zonder oordeel over acute onveiligheid wordt geweigerd
      Als de medewerker op dinsdag 4 maart 2025 om 11:00 deze melding vastlegt:
        | melder                                 | professional          |
        | beroepsgroep                           | onderwijs             |
        | aard van het geweld                    | kindermishandeling    |
        | vermoeden van acute onveiligheid       | weet niet             |
        | vermoeden van structurele onveiligheid | ja                    |
        | bestaande hulp                         | geen                  |
      Dan weigert het register dit met regel "R25"
      En de foutmelding noemt "acute onveiligheid vermoedt (ja of nee)"
      En er is niets vastgelegd

  Regel: R39 aard van het geweld en melder
    "Aard van het geweld - kindermishandeling, geweld tegen ouders, (ex-)partnergeweld,
    ouderenmishandeling, huiselijk geweld overig, andere problematiek, geen kindermishandeling
    of huiselijk geweld, onbekend. Melder - professional (met beroepsgroep, bijv. politie,
    huisarts, onderwijs, jeugdzorg, GGZ, kinderopvang, Veilig Thuis andere regio) of
    niet-professional."
    (regels.yaml R39; bron CBS beleidsinformatie, StatLine 84849NED)

    @R39
    Scenario: Melder, beroepsgroep en aard van het geweld tellen mee in de beleidsinformatie
      Gegeven een buurvrouw vroeg op maandag 3 maart 2025 om 09:00 advies over "partnergeweld" met de vraag "moet ik iets doen als ik de buren hoor schreeuwen?"
      Als de medewerker op dinsdag 4 maart 2025 om 11:00 deze melding vastlegt:
        | melder                                 | professional                        |
        | beroepsgroep                           | huisarts                            |
        | aard van het geweld                    | partnergeweld, kindermishandeling   |
        | vermoeden van acute onveiligheid       | nee                                 |
        | vermoeden van structurele onveiligheid | ja                                  |
        | bestaande hulp                         | geen                                |
      Dan telt de beleidsinformatie over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp                  | categorie          | aantal |
        | meldingen naar melder      | professional       | 1      |
        | meldingen naar sector      | gezondheidszorg    | 1      |
        | meldingen naar aard geweld | partnergeweld      | 1      |
        | meldingen naar aard geweld | kindermishandeling | 1      |
        | adviezen naar adviesvrager | niet professional  | 1      |
        | adviezen naar aard geweld  | partnergeweld      | 1      |

    @R39 @weigering
    Scenario: Een professionele melder zonder beroepsgroep wordt geweigerd
      Als de medewerker op dinsdag 4 maart 2025 om 11:00 deze melding vastlegt:
        | melder                                 | professional       |
        | aard van het geweld                    | kindermishandeling |
        | vermoeden van acute onveiligheid       | nee                |
        | vermoeden van structurele onveiligheid | ja                 |
        | bestaande hulp                         | geen               |
      Dan weigert het register dit met regel "R39"
      En de foutmelding noemt "hoort de beroepsgroep"
      En er is niets vastgelegd

    @R39 @weigering
    Scenario: Een melding zonder aard van het geweld wordt geweigerd
      Als de medewerker op dinsdag 4 maart 2025 om 11:00 deze melding vastlegt:
        | melder                                 | niet professional |
        | vermoeden van acute onveiligheid       | nee               |
        | vermoeden van structurele onveiligheid | ja                |
      Dan weigert het register dit met regel "R39"
      En de foutmelding noemt "Leg de aard van het geweld vast (eventueel 'onbekend')"
      En er is niets vastgelegd
