# language: nl
Functionaliteit: Beleidsinformatie aan het CBS
  "Alle Veilig Thuis-organisaties moeten beleidsinformatie aanleveren aan het Centraal Bureau
  voor Statistiek (CBS). Dit is vastgelegd in het Informatieprotocol."
  (bron 004, Informatieprotocol Veilig Thuis)

  De tellingen komen uit de vastgelegde feiten alleen: per halfjaar (naar de datum waarop de
  stap gebeurde) en per Veilig Thuis-organisatie. Niemand vult een telling in; een correctie van
  een feit verplaatst de telling mee.

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht
    En een huishouden in Utrecht met een moeder, een vader en twee kinderen

  Regel: R28 beleidsinformatie aan het CBS
    "Een projectie levert per periode en per Veilig Thuis-organisatie de tellingen (adviezen,
    meldingen naar melder, veiligheidsbeoordelingen naar uitkomst, vervolgstappen, monitoring)
    die uit de events volgen."
    (regels.yaml R28, toets; bron 004, Informatieprotocol)

    @R28
    Scenario: Elke Veilig Thuis-organisatie telt per halfjaar wat bij haar gebeurde
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      En de medewerker hield op maandag 19 mei 2025 om 10:00 het monitormoment en sprak het hele huishouden: voldoende veiligheid
      En de school meldde op maandag 1 september 2025 om 10:00 structurele onveiligheid in dit huishouden bij Veilig Thuis Gelderland-Midden
      Dan telt de beleidsinformatie over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp                       | categorie                 | aantal |
        | meldingen naar melder           | professional              | 1      |
        | meldingen naar sector           | justitie en veiligheid    | 1      |
        | veiligheidsbeoordeling uitkomst | vervolg bij veilig thuis  | 1      |
        | diensten gestart                | voorwaarden en vervolg    | 1      |
        | afgeronde diensten              | voorwaarden en vervolg    | 1      |
        | overdracht soort                | warme overdracht          | 1      |
        | monitormomenten                 | voldoende                 | 1      |
      En de beleidsinformatie telt over het tweede halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp             | categorie    | aantal |
        | meldingen naar melder | professional | 0      |
      En de beleidsinformatie telt over het tweede halfjaar van 2025 bij Veilig Thuis Gelderland-Midden:
        | onderwerp             | categorie                         | aantal |
        | meldingen naar melder | professional                      | 1      |
        | meldingen naar sector | onderwijs                         | 1      |
        | eerdere betrokkenheid | vervolgmelding tijdens monitoring | 1      |

    @R28
    Scenario: Een gecorrigeerde melder verplaatst de telling naar de juiste sector
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op dinsdag 4 maart 2025 om 09:00 de melder van de melding corrigeert naar "de huisarts", omdat "de politie gaf de melding van de huisarts door"
      Dan telt de beleidsinformatie over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp             | categorie              | aantal |
        | meldingen naar melder | professional           | 1      |
        | meldingen naar sector | justitie en veiligheid | 0      |
        | meldingen naar sector | gezondheidszorg        | 1      |

    @R28 @signalering
    Scenario: Een melding die aan het eind van het halfjaar nog niet beoordeeld is, telt daar als nog niet beoordeeld
      Gegeven de politie meldt op maandag 30 juni 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op dinsdag 1 juli 2025 om 14:00 besluit tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      Dan telt de beleidsinformatie over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp                       | categorie           | aantal |
        | meldingen naar melder           | professional        | 1      |
        | veiligheidsbeoordeling uitkomst | nog niet beoordeeld | 1      |
        | veiligheidsbeoordeling uitkomst | overdracht          | 0      |
      En de beleidsinformatie telt over het tweede halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp                       | categorie    | aantal |
        | meldingen naar melder           | professional | 0      |
        | veiligheidsbeoordeling uitkomst | overdracht   | 1      |

    @R28 @weigering
    Scenario: Een besluit is niet achteraf om te tellen: de uitkomst corrigeren wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      Als de medewerker op donderdag 6 maart 2025 om 10:00 de uitkomst van de veiligheidsbeoordeling corrigeert naar "geen vervolg", omdat "achteraf was vervolg niet nodig"
      Dan weigert het register dit als ongeldige invoer
      En de foutmelding noemt "Een andere beslissing leg je vast als nieuwe stap"
      En er is niets vastgelegd
      En de beleidsinformatie telt over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp                       | categorie    | aantal |
        | veiligheidsbeoordeling uitkomst | overdracht   | 1      |
        | veiligheidsbeoordeling uitkomst | geen vervolg | 0      |

    @R28
    Scenario: Een periode die geen halfjaar is, wijst de beleidsinformatie af in het Nederlands
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de beleidsinformatie over de periode "2025H3" wordt opgevraagd
      Dan noemt de beleidsinformatie de periode ongeldig: "schrijf een halfjaar als JJJJH1 (1 januari tot en met 30 juni) of JJJJH2"
