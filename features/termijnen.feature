# language: nl
Functionaliteit: Termijnen na de melding en na de overdracht
  "Betrokkenen worden binnen vier weken na de melding geïnformeerd dat hun gegevens zijn
  vastgelegd."
  (regels.yaml R34; bron: privacyverklaringen Veilig Thuis, AVG)

  "Monitor VT is na 3 maanden en na een jaar."
  (bron 001, voetnoot 4 bij artikel 2.1.f)

  Een termijn is een termijn van orde: het register legt de uiterste datum vast bij het feit dat
  haar zet, toont haar als verlopen zolang zij open is na die datum, en legt de stap die te laat
  komt gewoon vast, buiten de termijn. Valt het einde van een termijn in weken op een dag die
  geen werkdag is, dan schuift het naar de eerstvolgende werkdag (Algemene termijnenwet).

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht
    En een huishouden in Utrecht met een moeder, een vader en twee kinderen

  Regel: R34 betrokkenen weten dat hun gegevens zijn vastgelegd
    "Betrokkenen worden binnen vier weken na de melding geïnformeerd dat hun gegevens zijn
    vastgelegd. Een termijn van vier weken na de melding; overschrijding is zichtbaar in de
    audit."
    (regels.yaml R34; bron: privacyverklaringen Veilig Thuis, AVG)

    @R34
    Abstract Scenario: Een melding op <melding> zet de termijn op <uiterste datum>
      Gegeven de politie meldt op <melding> om 10:00 structurele onveiligheid in dit huishouden
      Dan heeft de termijn "betrokkenen weten binnen vier weken dat hun gegevens zijn vastgelegd" als uiterste datum <uiterste datum>
      En bij de casus staat de open taak "betrokkenen informeren dat hun gegevens zijn vastgelegd" volgens regel "R34"

      Voorbeelden:
        | melding                 | uiterste datum          |
        | maandag 3 maart 2025    | maandag 31 maart 2025   |
        | zaterdag 29 maart 2025  | maandag 28 april 2025   |
        | maandag 7 april 2025    | dinsdag 6 mei 2025      |

    @R34
    Scenario: Wie binnen vier weken de betrokkenen informeert, haalt de termijn
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op maandag 10 maart 2025 om 10:00 de moeder en de vader informeert over het vastleggen van hun gegevens
      Dan is de termijn "betrokkenen weten binnen vier weken dat hun gegevens zijn vastgelegd" gehaald op maandag 10 maart 2025 binnen de termijn
      En bij de casus staat de taak "betrokkenen informeren dat hun gegevens zijn vastgelegd" niet meer open

    @R34 @signalering
    Scenario: Wie de betrokkenen na vier weken informeert, staat eerst bij de verlopen termijnen en haalt de termijn niet
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Dan staat de termijn "betrokkenen weten binnen vier weken dat hun gegevens zijn vastgelegd" op maandag 31 maart 2025 niet bij de verlopen termijnen van Veilig Thuis Utrecht
      En de termijn "betrokkenen weten binnen vier weken dat hun gegevens zijn vastgelegd" staat op dinsdag 1 april 2025 bij de verlopen termijnen van Veilig Thuis Utrecht
      Als de medewerker op woensdag 2 april 2025 om 10:00 de moeder en de vader informeert over het vastleggen van hun gegevens
      Dan is de termijn "betrokkenen weten binnen vier weken dat hun gegevens zijn vastgelegd" gehaald op woensdag 2 april 2025, buiten de termijn
      En de termijn "betrokkenen weten binnen vier weken dat hun gegevens zijn vastgelegd" staat op maandag 7 april 2025 niet bij de verlopen termijnen van Veilig Thuis Utrecht

  Regel: R04 monitormomenten na 3 maanden en na een jaar
    "Overdracht op datum D plant monitormomenten op D + 3 maanden en D + 12 maanden; een
    monitormoment legt vast met wie gesproken is; een andere medewerker dan de eerdere mag het
    uitvoeren; te late monitormomenten zijn zichtbaar als verlopen."
    (regels.yaml R04, toets; bron 001, voetnoot 4 bij artikel 2.1.f)

    @R04 @signalering
    Scenario: Een te laat monitormoment staat bij de verlopen termijnen en wordt buiten de termijn vastgelegd
      Gegeven de politie meldt op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden
      En na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Dan heeft de termijn "monitormoment 3 maanden na de overdracht" als uiterste datum zaterdag 17 mei 2025
      En de termijn "monitormoment 3 maanden na de overdracht" staat op maandag 19 mei 2025 bij de verlopen termijnen van Veilig Thuis Utrecht
      Als de medewerker op vrijdag 23 mei 2025 om 10:00 het monitormoment houdt en het hele huishouden spreekt: voldoende veiligheid
      Dan is de termijn "monitormoment 3 maanden na de overdracht" gehaald op vrijdag 23 mei 2025, buiten de termijn
      En de termijn "monitormoment 3 maanden na de overdracht" staat op maandag 2 juni 2025 niet bij de verlopen termijnen van Veilig Thuis Utrecht
      En de termijn "monitormoment 12 maanden na de overdracht" heeft als uiterste datum dinsdag 17 februari 2026
