# language: nl
Functionaliteit: Consultatie en advies: de uitvoeringsdienst en de meldcode
  "De USD is in eigen zaken verantwoordelijk voor een eerste inschatting van de veiligheid in
  zaken die bij de USD lopen. [...] Veilig Thuis stemt met de USD af of een melding bij Veilig
  Thuis noodzakelijk is om de regie op veiligheid tijdelijk over te nemen en bij Veilig Thuis
  te beleggen of dat Overleg Veilig Verder noodzakelijk is. [...] Veilig Thuis maakt dan samen
  met de USD afspraken over de taak- en rolverdeling."
  (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging m.b.t. het toepassen
  van de meldcode door de USD)

  "De bureaudienst van Veilig Thuis is telefonisch bereikbaar voor consultatie en vragen."
  (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op de algemene
  uitgangspunten, Consultatiefunctie van Veilig Thuis)

  Lukt het de uitvoeringsdienst van de gemeente niet de onveiligheid in een eigen zaak op te
  heffen, dan consulteert zij de bureaudienst van Veilig Thuis. Die consultatie is een
  adviesvraag en nog geen melding. Samen spreken Veilig Thuis en de uitvoeringsdienst af hoe
  het verder gaat: een melding, zodat Veilig Thuis de regie op veiligheid tijdelijk overneemt,
  of Overleg Veilig Verder, waarbij de regie bij de gemeente blijft. Beide uitkomsten staan met
  de afgesproken taak- en rolverdeling in de tijdlijn van de consultatie.

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht
    En een huishouden in Utrecht met een moeder, een vader en twee kinderen

  Regel: R17 meldcode bij de uitvoeringsdienst
    "De USD is in eigen zaken verantwoordelijk voor een eerste inschatting van de veiligheid.
    Lukt het niet de onveiligheid op te heffen, dan neemt de USD contact op met Veilig Thuis.
    Veilig Thuis stemt af of een melding nodig is om de regie op veiligheid tijdelijk over te
    nemen, of dat Overleg Veilig Verder nodig is, en maakt afspraken over taak- en rolverdeling."
    (regels.yaml R17; bron 001, Toevoeging toepassen meldcode door de USD)

    @R17
    Scenario: De afstemming met de uitvoeringsdienst wordt een melding, en de regie op veiligheid gaat tijdelijk naar Veilig Thuis
      Gegeven de uitvoeringsdienst consulteerde Veilig Thuis op maandag 3 maart 2025 om 10:00 over "partnergeweld": "de vader dreigt de moeder opnieuw te slaan; de ouders houden de afspraken met de consulent niet na"
      Als de medewerker op maandag 3 maart 2025 om 11:00 met de uitvoeringsdienst afstemt dat een "melding" nodig is, met als rolverdeling "Veilig Thuis neemt de regie op veiligheid over tot na de veiligheidsbeoordeling; de consulent blijft de ouders zien en deelt wat hij ziet"
      En de medewerker op maandag 3 maart 2025 om 14:00 de melding van de uitvoeringsdienst vastlegt
      Dan toont de tijdlijn van de consultatie na elkaar:
        | gebeurtenis                          | regel |
        | adviesvraag                          | R18   |
        | afstemming met de uitvoeringsdienst  | R17   |
        | advies omgezet in een melding        | R18   |
      En de tijdlijn van de consultatie toont de afstemming "melding" met als rolverdeling "Veilig Thuis neemt de regie op veiligheid over tot na de veiligheidsbeoordeling; de consulent blijft de ouders zien en deelt wat hij ziet"
      En de regie van de casus ligt bij:
        | regie               | regiehouder          | wie           | waarom            | regel |
        | regie op veiligheid | Veilig Thuis Utrecht | de medewerker | melding ontvangen | R07   |

    @R17
    Scenario: Bij Overleg Veilig Verder blijft de regie bij de gemeente, met de afgesproken rolverdeling in de tijdlijn
      Gegeven de uitvoeringsdienst consulteerde Veilig Thuis op maandag 3 maart 2025 om 10:00 over "kindermishandeling": "de ouders slaan het jongste kind nog steeds, ondanks de opvoedondersteuning die de gemeente inzette"
      Als de medewerker op maandag 3 maart 2025 om 11:00 met de uitvoeringsdienst afstemt dat "Overleg Veilig Verder" nodig is, met als rolverdeling "De consulent blijft procesregisseur en roept het overleg bijeen; Veilig Thuis schuift aan en adviseert over de veiligheidsafspraken"
      Dan toont de tijdlijn van de consultatie na elkaar:
        | gebeurtenis                          | regel |
        | adviesvraag                          | R18   |
        | afstemming met de uitvoeringsdienst  | R17   |
      En de tijdlijn van de consultatie toont de afstemming "Overleg Veilig Verder" met als rolverdeling "De consulent blijft procesregisseur en roept het overleg bijeen; Veilig Thuis schuift aan en adviseert over de veiligheidsafspraken"
      En uit de consultatie ontstaat geen casus, en Veilig Thuis Utrecht heeft over niemand de regie

    @R17 @weigering
    Scenario: Alleen een consultatie door de uitvoeringsdienst eindigt in een afstemming over melding of Overleg Veilig Verder
      Gegeven de school consulteerde Veilig Thuis op maandag 3 maart 2025 om 10:00 over "kindermishandeling": "een leerling vertelt dat hij thuis geslagen wordt; moet ik melden?"
      Als de medewerker op maandag 3 maart 2025 om 11:00 met de uitvoeringsdienst afstemt dat "Overleg Veilig Verder" nodig is, met als rolverdeling "De school bespreekt de zorgen met de ouders; Veilig Thuis adviseert"
      Dan weigert het register dit met regel "R17"
      En de foutmelding noemt "hoort bij een consultatie door de uitvoeringsdienst van de gemeente"
      En er is niets vastgelegd

    @R17 @weigering
    Scenario: Een afstemming zonder taak- en rolverdeling wordt geweigerd
      Gegeven de uitvoeringsdienst consulteerde Veilig Thuis op maandag 3 maart 2025 om 10:00 over "partnergeweld": "de vader dreigt de moeder opnieuw te slaan; de ouders houden de afspraken met de consulent niet na"
      Als de medewerker op maandag 3 maart 2025 om 11:00 met de uitvoeringsdienst afstemt dat "Overleg Veilig Verder" nodig is, zonder afspraken over de rolverdeling
      Dan weigert het register dit met regel "R17"
      En de foutmelding noemt "Leg de afgesproken taak- en rolverdeling vast"
      En er is niets vastgelegd

    @R17 @weigering
    Scenario: De afstemming met de uitvoeringsdienst wordt één keer vastgelegd
      Gegeven de uitvoeringsdienst consulteerde Veilig Thuis op maandag 3 maart 2025 om 10:00 over "partnergeweld": "de vader dreigt de moeder opnieuw te slaan; de ouders houden de afspraken met de consulent niet na"
      En de medewerker stemde op maandag 3 maart 2025 om 11:00 met de uitvoeringsdienst af dat "Overleg Veilig Verder" nodig is, met als rolverdeling "De consulent blijft procesregisseur; Veilig Thuis schuift aan bij het overleg"
      Als de medewerker op dinsdag 4 maart 2025 om 09:00 met de uitvoeringsdienst afstemt dat een "melding" nodig is, met als rolverdeling "Veilig Thuis neemt de regie op veiligheid over"
      Dan weigert het register dit met regel "R17"
      En de foutmelding noemt "De afstemming met de uitvoeringsdienst ligt al vast."
      En er is niets vastgelegd

    @R17 @weigering
    Scenario: Een afstemming die geen melding en geen Overleg Veilig Verder is, wordt geweigerd
      Gegeven de uitvoeringsdienst consulteerde Veilig Thuis op maandag 3 maart 2025 om 10:00 over "partnergeweld": "de vader dreigt de moeder opnieuw te slaan; de ouders houden de afspraken met de consulent niet na"
      Als de medewerker op maandag 3 maart 2025 om 11:00 met de uitvoeringsdienst afstemt dat "afwachten" nodig is, met als rolverdeling "De consulent belt over een maand opnieuw"
      Dan weigert het register dit als ongeldige invoer
      En de foutmelding noemt "kies uit: melding, overleg_veilig_verder"
      En er is niets vastgelegd
