# language: nl
Functionaliteit: Monitoring na de warme overdracht
  "Veilig Thuis monitort de veiligheid nadat er door Veilig Thuis veiligheidsvoorwaarden zijn
  opgesteld of onderzoek is uitgevoerd. In die situaties volgt Veilig Thuis de veiligheid over
  een langere periode dan voorheen. Als in de veiligheidsbeoordeling het besluit is genomen dat
  de casus direct kan worden overgedragen aan het lokale veld of aan lopende hulpverlening dan
  monitort Veilig Thuis niet."
  (bron 003, "Veilig Thuis verbetert werkwijze": Langer volgen)

  "Van stabiele veiligheid conform de visie 'gefaseerde ketensamenwerking' is sprake, wanneer:"
  (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op kaders, Gedeelde
  visie op veiligheid en gedeelde verantwoordelijkheid)

  Na de warme overdracht ligt de regie bij de gemeente, maar de casus blijft op de caseload van
  Veilig Thuis: een medewerker spreekt na 3 maanden en na een jaar alle betrokkenen. Of de
  veiligheid stabiel is, is een oordeel over het huishouden op een peildatum; het register
  rekent het uit de monitormomenten en de onveilige gebeurtenissen, en zegt waarom niet.

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht
    En een huishouden in Utrecht met een moeder, een vader en twee kinderen
    En de politie meldde op maandag 6 januari 2025 om 10:00 structurele onveiligheid in dit huishouden

  Regel: R02 monitoring na Voorwaarden en Vervolg of Onderzoek
    "Na overdracht volgend op Voorwaarden en Vervolg of Onderzoek staan monitormomenten gepland
    en blijft de casus op de caseload van Veilig Thuis."
    (regels.yaml R02, toets; bron 003, Langer volgen)

    @R02
    Abstract Scenario: Na <dienst> en de warme overdracht monitort Veilig Thuis
      Gegeven na <dienst> droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Dan staan voor de casus deze monitormomenten gepland:
        | monitormoment                               | gepland op                |
        | monitormoment 3 maanden na de overdracht    | zaterdag 17 mei 2025      |
        | monitormoment 12 maanden na de overdracht   | dinsdag 17 februari 2026  |
      En de casus staat op de caseload van Veilig Thuis Utrecht in de fase "monitoring na warme overdracht"

      Voorbeelden:
        | dienst                  |
        | Voorwaarden en Vervolg  |
        | Onderzoek               |

    @R02 @weigering
    Scenario: Tijdens Voorwaarden en Vervolg is er nog geen monitormoment
      Gegeven de medewerker besloot op woensdag 8 januari 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders willen afspraken maken over de veiligheid van de kinderen"
      En de medewerker startte op donderdag 9 januari 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee"
      Als de medewerker op maandag 10 februari 2025 om 10:00 het monitormoment houdt en het hele huishouden spreekt: voldoende veiligheid
      Dan weigert het register dit met regel "R02"
      En de foutmelding noemt "kan niet in de fase 'Voorwaarden en Vervolg'"
      En er is niets vastgelegd

  Regel: R03 geen monitoring na directe overdracht
    "Na directe overdracht worden geen monitormomenten gepland; een poging een monitormoment vast
    te leggen wordt geweigerd; de casus verdwijnt van de actieve caseload."
    (regels.yaml R03, toets; bron 003, Langer volgen)

    @R03
    Scenario: Na een directe overdracht plant Veilig Thuis geen monitormomenten
      Gegeven de medewerker besloot op woensdag 8 januari 2025 om 14:00 tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      Als de medewerker op donderdag 9 januari 2025 om 10:00 de casus direct overdraagt aan het lokaal team van Utrecht
      Dan staan voor de casus geen monitormomenten gepland
      En de casus staat niet meer op de actieve caseload van Veilig Thuis Utrecht

    @R03 @weigering
    Scenario: Na een directe overdracht wordt een monitormoment geweigerd
      Gegeven de medewerker besloot op woensdag 8 januari 2025 om 14:00 tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      En de medewerker droeg de casus op donderdag 9 januari 2025 om 10:00 direct over aan het lokaal team van Utrecht
      Als de medewerker op maandag 7 april 2025 om 10:00 het monitormoment houdt en het hele huishouden spreekt: voldoende veiligheid
      Dan weigert het register dit met regel "R03"
      En de foutmelding noemt "Na een directe overdracht monitort Veilig Thuis niet"
      En er is niets vastgelegd

    @R03 @weigering
    Scenario: Na een directe overdracht wordt ook een extra monitormoment niet gepland
      Gegeven de medewerker besloot op woensdag 8 januari 2025 om 14:00 tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      En de medewerker droeg de casus op donderdag 9 januari 2025 om 10:00 direct over aan het lokaal team van Utrecht
      Als de medewerker op maandag 10 februari 2025 om 10:00 een extra monitormoment plant op maandag 7 april 2025, omdat "de school blijft zich zorgen maken"
      Dan weigert het register dit met regel "R03"
      En de foutmelding noemt "een monitormoment plannen kan hier niet"
      En er is niets vastgelegd

  Regel: R04 monitormomenten na 3 maanden en na een jaar
    "Monitor Veilig Thuis is na 3 maanden en na een jaar. Een medewerker van Veilig Thuis spreekt
    alle betrokkenen; dit is niet per se dezelfde medewerker."
    (regels.yaml R04; bron 001, voetnoot 4 bij artikel 2.1.f)

    @R04
    Scenario: Een andere medewerker houdt het monitormoment na een jaar en legt vast met wie zij sprak
      Gegeven na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      En de medewerker hield op maandag 19 mei 2025 om 10:00 het monitormoment en sprak de moeder en de vader: voldoende veiligheid
      Dan staat bij de casus het open monitormoment "monitormoment na 12 maanden: alle betrokkenen spreken", gepland op dinsdag 17 februari 2026
      Als een andere medewerker op dinsdag 17 februari 2026 om 10:00 het monitormoment houdt en de moeder, de vader, het oudste kind en het jongste kind spreekt: voldoende veiligheid
      Dan legt het laatste monitormoment vast dat is gesproken met de moeder, de vader, het oudste kind en het jongste kind
      En het laatste monitormoment is gehouden door een andere medewerker dan het eerste
      En bij de casus staat geen open taak meer volgens regel "R04"

    @R04 @weigering
    Scenario: Een monitormoment zonder te noemen met wie is gesproken, wordt geweigerd
      Gegeven na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als de medewerker op maandag 19 mei 2025 om 10:00 het monitormoment vastlegt zonder te noemen met wie is gesproken
      Dan weigert het register dit als ongeldige invoer
      En de foutmelding noemt "Leg vast met wie er gesproken is (R04)."
      En er is niets vastgelegd

  Regel: R05 afronden pas als veiligheid tot stand komt en standhoudt
    "Veilig Thuis gaat na of veiligheid daadwerkelijk tot stand komt en standhoudt; pas als dat
    het geval is, rondt Veilig Thuis af. Monitoring duurt gemiddeld tot anderhalf jaar."
    (regels.yaml R05; bron 003, Langer volgen)

    @R05
    Scenario: Na een monitormoment met voldoende veiligheid rondt Veilig Thuis af
      Gegeven na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      En de medewerker hield op maandag 19 mei 2025 om 10:00 het monitormoment en sprak het hele huishouden: voldoende veiligheid
      En een andere medewerker hield op dinsdag 17 februari 2026 om 10:00 het monitormoment en sprak het hele huishouden: voldoende veiligheid, risicofactoren aangepakt, herstel gestart
      Als de medewerker op maandag 2 maart 2026 om 10:00 de casus afsluit met de reden "veiligheid gerealiseerd", omdat "een jaar lang geen geweld meer en de gezinsleden zeggen zich veilig te voelen"
      Dan is "casus afgesloten" de laatste gebeurtenis in de tijdlijn van de casus
      En de casus staat niet meer op de actieve caseload van Veilig Thuis Utrecht

    @R05
    Scenario: Afsluiten om een andere reden vraagt die reden en een onderbouwing
      Gegeven na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als de medewerker op maandag 2 juni 2025 om 10:00 de casus afsluit met de reden "verhuisd andere regio", omdat "het gezin woont nu in Groningen; Veilig Thuis Groningen is ingelicht"
      Dan is "casus afgesloten" de laatste gebeurtenis in de tijdlijn van de casus

    @R05 @weigering
    Scenario: Wie het laatste monitormoment onvoldoende veiligheid zag, sluit niet af omdat de veiligheid gerealiseerd is
      Gegeven na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      En de medewerker hield op maandag 19 mei 2025 om 10:00 het monitormoment en sprak het hele huishouden: onvoldoende veiligheid
      Als de medewerker op maandag 2 juni 2025 om 10:00 de casus afsluit met de reden "veiligheid gerealiseerd", omdat "de ouders zeggen dat het nu goed gaat"
      Dan weigert het register dit met regel "R05"
      En de foutmelding noemt "vraagt een laatste monitormoment dat voldoende veiligheid vaststelde"
      En er is niets vastgelegd

    @R05 @weigering
    Scenario: Afsluiten om een andere reden zonder onderbouwing wordt geweigerd
      Gegeven na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als de medewerker op maandag 2 juni 2025 om 10:00 de casus afsluit met de reden "verhuisd andere regio" zonder onderbouwing
      Dan weigert het register dit als ongeldige invoer
      En de foutmelding noemt "is een professionele afweging: schrijf een onderbouwing"
      En er is niets vastgelegd

  Regel: R06 stabiele veiligheid
    "Van stabiele veiligheid is sprake wanneer er gedurende zes maanden geen gebeurtenissen van
    onveiligheid in het gezin of huishouden zijn geweest, en de risicofactoren op een effectieve
    manier zijn aangepakt of hanteerbaar zijn gemaakt of zijn afgenomen, en een start is gemaakt
    met het werken aan herstel van trauma's en van de gevolgen van huiselijk geweld en
    kindermishandeling."
    (regels.yaml R06; bron 001, Gedeelde visie op veiligheid)

    @R06
    Scenario: Zes maanden zonder onveilige gebeurtenis, risicofactoren aangepakt en herstel gestart
      Gegeven na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      En de medewerker hield op maandag 19 mei 2025 om 10:00 het monitormoment en sprak het hele huishouden: voldoende veiligheid
      En een andere medewerker hield op dinsdag 17 februari 2026 om 10:00 het monitormoment en sprak het hele huishouden: voldoende veiligheid, risicofactoren aangepakt, herstel gestart
      Dan is er op maandag 2 maart 2026 stabiele veiligheid in het huishouden

    @R06
    Abstract Scenario: Zonder "<voorwaarde>" is er geen stabiele veiligheid
      Gegeven na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      En de medewerker hield op dinsdag 17 februari 2026 om 10:00 het monitormoment en sprak het hele huishouden: voldoende veiligheid, risicofactoren <risicofactoren>, herstel <herstel>
      Dan gelden op maandag 2 maart 2026 voor het huishouden deze voorwaarden van stabiele veiligheid:
        | voorwaarde                               | geldt            |
        | zes maanden zonder onveilige gebeurtenis | ja               |
        | risicofactoren aangepakt                 | <risico geldt>   |
        | herstel trauma gestart                   | <herstel geldt>  |
      En is er op maandag 2 maart 2026 geen stabiele veiligheid in het huishouden, omdat:
        | reden    |
        | <reden>  |

      Voorbeelden:
        | voorwaarde               | risicofactoren | herstel     | risico geldt | herstel geldt | reden                                                                       |
        | risicofactoren aangepakt | niet aangepakt | gestart     | nee          | ja            | vastgelegd dat de risicofactoren nog niet effectief zijn aangepakt          |
        | herstel gestart          | aangepakt      | niet gestart| ja           | nee           | vastgelegd dat nog geen start is gemaakt met herstel van trauma's           |

    @R06 @signalering
    Scenario: Eén onveilige gebeurtenis binnen zes maanden maakt de veiligheid niet stabiel
      Gegeven na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      En de medewerker hield op maandag 19 mei 2025 om 10:00 het monitormoment en sprak het hele huishouden: voldoende veiligheid, risicofactoren aangepakt, herstel gestart
      En het lokale team meldde op maandag 12 januari 2026 om 10:00 een nieuwe zorg: "de buren hoorden weer geschreeuw en de jongste huilde lang"
      En een andere medewerker hield op dinsdag 17 februari 2026 om 10:00 het monitormoment en sprak het hele huishouden: voldoende veiligheid
      Dan is er op maandag 2 maart 2026 geen stabiele veiligheid in het huishouden, omdat:
        | reden                                                                          |
        | Nieuwe zorg tijdens monitoring (niet acuut) op 12-01-2026                      |
        | Zes maanden zonder onveilige gebeurtenis zijn er op zijn vroegst op 12-07-2026 |
      En is er op maandag 13 juli 2026 stabiele veiligheid in het huishouden

  Regel: R26 nieuwe zorgen tijdens monitoring
    "Bij nieuwe ontwikkelingen die wijzen op zich herhalende onveiligheid wordt de meldcode
    opnieuw doorlopen, wat kan leiden tot een nieuwe melding bij Veilig Thuis."
    (regels.yaml R26; bron 003, Langer volgen)

    "In ongeveer de helft van de samenwerkingsafspraken staan passages opgenomen over wanneer en
    hoe de lokale (wijk)teams bij nieuwe zorgen over het gezin tijdens de monitoringsperiode van
    Veilig Thuis, contact moeten opnemen met Veilig Thuis."
    (bron 002, Contact met Veilig Thuis in geval van nieuwe zorgen)

    @R26
    Scenario: Een zorg van het lokale team wordt in de casus vastgelegd; de regie blijft bij de gemeente
      Gegeven na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als het lokale team op maandag 2 juni 2025 om 10:00 een nieuwe zorg meldt: "de oudste zegt dat er thuis weer veel ruzie is"
      Dan toont de veiligheidshistorie van het huishouden een zorg met "Nieuwe zorg tijdens monitoring (niet acuut)"
      En de regie van de casus ligt bij:
        | regie               | regiehouder      | wie          | waarom       | regel |
        | regie op veiligheid | gemeente Utrecht | de consulent | overgedragen | R08   |
        | procesregie         | gemeente Utrecht | de consulent | overgedragen | R08   |

    @R26
    Scenario: Bij een acute zorg gaat de regie op veiligheid terug naar Veilig Thuis, en volgt een nieuwe melding
      Gegeven na Voorwaarden en Vervolg droeg de medewerker de casus op maandag 17 februari 2025 om 10:00 warm over aan de gemeente Utrecht
      Als het lokale team op maandag 2 juni 2025 om 10:00 een acute zorg meldt: "de moeder belt dat de vader haar vanavond weer heeft geslagen"
      Dan ligt de regie van de casus bij:
        | regie               | regiehouder          | wie           | waarom       | regel |
        | regie op veiligheid | Veilig Thuis Utrecht | de medewerker | zorg gemeld  | R26   |
        | procesregie         | gemeente Utrecht     | de consulent  | overgedragen | R08   |
      Als de politie op maandag 2 juni 2025 om 11:00 acute onveiligheid in dit huishouden meldt
      Dan verwijst de nieuwe melding naar het lopende traject

    @R26 @weigering
    Scenario: Buiten monitoring is er geen zorg tijdens monitoring vast te leggen
      Gegeven de medewerker besloot op woensdag 8 januari 2025 om 14:00 tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      En de medewerker droeg de casus op donderdag 9 januari 2025 om 10:00 direct over aan het lokaal team van Utrecht
      Als het lokale team op maandag 2 juni 2025 om 10:00 een nieuwe zorg meldt: "de oudste zegt dat er thuis weer veel ruzie is"
      Dan weigert het register dit met regel "R26"
      En de foutmelding noemt "kan niet in de fase 'direct overgedragen'"
      En er is niets vastgelegd
