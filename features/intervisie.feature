# language: nl
Functionaliteit: Intervisie met een casus, stap voor stap
  "Leer en evalueer aan de hand van casuïstiek"
  (bron 002, Samen werken aan een veilig thuis, 2020: Aanbevelingen om de uitvoeringspraktijk
  te versterken, aanbeveling 4)

  "Gezamenlijke evaluatie van casuïstiek ondersteunt de implementatie."
  (bron 002, Samen werken aan een veilig thuis, 2020: Implementatie)

  Een trainer speelt een gesimuleerde casus af in een oefenopslag, met dezelfde opdrachten aan
  het register als een medewerker geeft. Bij een keuzepunt stopt het spel en kiest de cursist;
  de nabespreking zet elke keuze naast wat de routekaart voorschrijft, met de regels en de
  reden, en toont wat het register weigerde en welke termijnen niet gehaald zijn.

  Regel: R30 evaluatie van casuïstiek
    "Leer en evalueer aan de hand van casuïstiek; evalueer periodiek gezamenlijk de
    samenwerking. Een casus (echt of gesimuleerd) is stap voor stap af te spelen voor
    intervisie, met bij elke keuze wat de routekaart voorschrijft."
    (regels.yaml R30, toets; bron 002, Evaluatie van casuïstiek; aanbeveling 4)

    @R30
    Scenario: De cursist kiest wat de routekaart voorschrijft
      Gegeven de trainer speelt het scenario "crisis_zaterdagnacht" af tot het keuzepunt "crisis"
      Dan staat het spel stil bij de vraag "Wat doet de crisisdienst?" met de opties "direct, maandag, geen_crisis"
      Als de cursist kiest voor "direct"
      Dan staat in de nabespreking bij het keuzepunt "crisis" gekozen "direct" en voorgeschreven "direct", volgens de regels "R16, R31"
      En die keuze is volgens de routekaart
      En de nabespreking geeft als reden "doen inwoners een beroep op de crisisdienst van Veilig Thuis"
      En de tijdlijn van de nabespreking begint op zaterdag 8 maart 2025 om 23:15 met de melding
      En de nabespreking toont geen weigeringen
      En de nabespreking toont de termijn "R31" als "gehaald"

    @R30 @signalering
    Scenario: De nabespreking wijst een keuze tegen de routekaart aan, met de weigering van het register
      Gegeven de trainer speelt het scenario "crisis_zaterdagnacht" af tot het keuzepunt "crisis"
      Als de cursist kiest voor "geen_crisis"
      Dan staat in de nabespreking bij het keuzepunt "crisis" gekozen "geen_crisis" en voorgeschreven "direct", volgens de regels "R16, R31"
      En die keuze is niet volgens de routekaart
      En de nabespreking toont op zaterdag 8 maart 2025 om 23:25 de weigering volgens regel "R16" met "Er is geen crisisinterventie vastgelegd"

    @R30 @signalering
    Scenario: De nabespreking toont de termijn die door een keuze niet gehaald is
      Gegeven de trainer speelt het scenario "crisis_zaterdagnacht" af tot het keuzepunt "crisis"
      Als de cursist kiest voor "maandag"
      Dan staat in de nabespreking bij het keuzepunt "crisis" gekozen "maandag" en voorgeschreven "direct", volgens de regels "R16, R31"
      En die keuze is niet volgens de routekaart
      En de nabespreking toont de termijn "R31" als "te laat"
      En de nabespreking toont de open taak volgens regel "R16"

    @R30 @signalering
    Abstract Scenario: In het scenario <scenario> wijst de nabespreking de keuze "<optie>" aan met de weigering volgens <regel>
      Gegeven de trainer speelt het scenario "<scenario>" af tot het keuzepunt "<punt>"
      Als de cursist kiest voor "<optie>"
      Dan staat in de nabespreking bij het keuzepunt "<punt>" gekozen "<optie>" en voorgeschreven "<voorgeschreven>", volgens de regels "<regels>"
      En die keuze is niet volgens de routekaart
      En de nabespreking toont de weigering volgens regel "<regel>" met "<bericht>"

      Voorbeelden:
        | scenario                  | punt           | optie               | voorgeschreven   | regels         | regel | bericht                                                  |
        | onderzoek_raad            | eerste_stap    | raad_direct         | beoordelen       | R27, R01, R31  | R27   | kan na de veiligheidsbeoordeling, tijdens een dienst     |
        | wachtlijst_overbrugging   | overdracht     | zonder_overbrugging | met_overbrugging | R20, R09, R32  | R20   | de overbruggingsafspraken ontbreken                      |
        | escalatie_gemeente        | opschaling     | gemeente            | leidinggevende   | R23            | R23   | nadat eerst is opgeschaald naar de (directe) leidinggevende |
        | nieuw_incident_monitoring | nieuw_incident | alleen_afstemmen    | nieuwe_melding   | R14, R26, R31  | R14   | hoort bij een nieuwe melding binnen een bestaand traject |
