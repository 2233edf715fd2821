# language: nl
Functionaliteit: De radar: wat Veilig Thuis eerder over een huishouden wist
  "De Veilig Thuis organisaties registreren meldingen in een landelijk Veilig Thuis register.
  [...] Het houdt ook in dat de 26 Veilig Thuis organisaties informatie uitwisselen van eerdere
  meldingen over het cliëntsysteem en eerder ingezette hulp. Hierdoor ontstaat een completer
  beeld van gezinnen en huishoudens."
  (bron 003, "Veilig Thuis verbetert werkwijze": Meer historie)

  "Een melding is een eerste melding, een hermelding (een of meer personen waren eerder
  bekend) of een vervolgmelding tijdens de veiligheidsbeoordeling, na de
  veiligheidsbeoordeling of tijdens monitoring."
  (regels.yaml R38; bron CBS beleidsinformatie, StatLine 85361NED)

  Elke melding wordt bij het huishouden geregistreerd, ook als een andere Veilig
  Thuis-organisatie haar ontving. Hoe een nieuwe melding wordt ingedeeld, volgt uit die
  historie; niemand typt het in.

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht
    En een huishouden in Utrecht met een moeder, een vader en twee kinderen

  Regel: R24 radarfunctie
    "Bij een nieuwe melding over een huishouden toont het systeem eerdere meldingen en
    ingezette hulp, ook van een andere Veilig Thuis-organisatie."
    (regels.yaml R24, toets; bron 003, Meer historie; bron 000)

    @R24
    Scenario: Bij een nieuwe melding toont de radar ook een melding bij een andere Veilig Thuis-organisatie
      Gegeven de politie meldde op maandag 13 januari 2025 om 10:00 structurele onveiligheid in dit huishouden bij Veilig Thuis Haaglanden
      En Veilig Thuis Haaglanden besloot op woensdag 15 januari 2025 om 14:00 tot "overdracht", omdat "het gezin wil hulp en het lokale team kent het gezin al"
      En Veilig Thuis Haaglanden droeg de casus op donderdag 16 januari 2025 om 10:00 direct over aan het lokaal team van 's-Gravenhage
      Als de school op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden meldt
      Dan toont de radar van het huishouden:
        | organisatie             | sinds                   |
        | Veilig Thuis Haaglanden | maandag 13 januari 2025 |
        | Veilig Thuis Utrecht    | maandag 3 maart 2025    |
      En de veiligheidshistorie van het huishouden toont een melding bij Veilig Thuis Haaglanden
      En de veiligheidshistorie van het huishouden toont een overdracht met "Directe overdracht aan lokaal team"

    @R24 @R01 @weigering
    Scenario: Een veiligheidsbeoordeling die de radar overslaat, wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker heeft de triage doorlopen zonder het onderdeel "eerdere meldingen en hulp (radar, ook bij andere Veilig Thuis-organisaties)"
      Als de medewerker op woensdag 5 maart 2025 om 14:00 besluit tot "overdracht", omdat "het gezin wil hulp van het buurtteam"
      Dan weigert het register dit met regel "R01"
      En de foutmelding noemt "eerdere meldingen en hulp (radar, ook bij andere Veilig Thuis-organisaties)"
      En er is niets vastgelegd

  Regel: R38 eerdere betrokkenheid
    "De indeling volgt uit de historie van het huishouden in het ledger (niet uit invoer) en
    klopt voor elk van de vijf gevallen."
    (regels.yaml R38, toets)

    @R38
    Scenario: De eerste melding over een huishouden
      Als de politie op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden meldt
      Dan is de melding ingedeeld als "eerste melding"

    @R38
    Scenario: Een melding na een afgesloten casus bij een andere organisatie is een hermelding
      Gegeven de politie meldde op maandag 13 januari 2025 om 10:00 structurele onveiligheid in dit huishouden bij Veilig Thuis Haaglanden
      En Veilig Thuis Haaglanden besloot op woensdag 15 januari 2025 om 14:00 tot "geen vervolg", omdat "de ruzie was eenmalig en beide ouders zoeken zelf hulp"
      En Veilig Thuis Haaglanden sloot de casus op woensdag 15 januari 2025 om 15:00 af met de reden "geen vervolg", omdat "er is geen vervolg nodig na de beoordeling"
      Als de school op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden meldt
      Dan is de melding ingedeeld als "hermelding"
      En de beleidsinformatie telt over het eerste halfjaar van 2025 bij Veilig Thuis Utrecht:
        | onderwerp               | categorie   | aantal |
        | eerdere betrokkenheid   | hermelding  | 1      |

    @R38
    Scenario: Een melding terwijl de vorige nog beoordeeld wordt
      Gegeven de politie meldde op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de school op dinsdag 4 maart 2025 om 10:00 structurele onveiligheid in dit huishouden meldt
      Dan is de melding ingedeeld als "vervolgmelding tijdens veiligheidsbeoordeling"

    @R38
    Scenario: Een melding tijdens de dienst Onderzoek
      Gegeven de politie meldde op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de ouders ontkennen en de school blijft zorgen zien"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Onderzoek", omdat "zonder onderzoek is niet duidelijk of er geweld is"
      Als de school op maandag 17 maart 2025 om 10:00 structurele onveiligheid in dit huishouden meldt
      Dan is de melding ingedeeld als "vervolgmelding na veiligheidsbeoordeling"

    @R38
    Scenario: Een melding tijdens monitoring
      Gegeven de politie meldde op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als de school op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden meldt
      Dan is de melding ingedeeld als "vervolgmelding tijdens monitoring"

    @R38 @weigering
    Scenario: De indeling is niet met de hand te wijzigen
      Gegeven de politie meldde op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op dinsdag 4 maart 2025 om 09:00 de eerdere betrokkenheid van de melding corrigeert naar "hermelding", omdat "het gezin was volgens de school al eerder bekend"
      Dan weigert het register dit als ongeldige invoer
      En de foutmelding noemt "kunnen alleen deze velden gecorrigeerd worden"
      En er is niets vastgelegd
      En de melding is ingedeeld als "eerste melding"
