# language: nl
Functionaliteit: De warme overdracht aan de gemeente
  "Dat wil niet zeggen dat partijen de casus 'bij elkaar over de schutting gooien'; na de
  dienst onderzoek of Voorwaarden & Vervolg worden tijdens een warme overdracht op maat
  afspraken gemaakt over de invulling van ieders rol na overdracht."
  (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op kaders, Gedeelde
  visie op veiligheid en gedeelde verantwoordelijkheid)

  "Een warme overdracht betreft een huisbezoek of een gesprek op kantoor Veilig Thuis of bij
  de gemeente."
  (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op artikel 2.1.f,
  Beëindiging betrokkenheid VT: belang van warme overdracht)

  "De organisaties verstrekken informatie aan elkaar vanuit de eigen systemen en rapporteren
  aan elkaar wat er met een melding is gedaan"
  (bron 004, Samenwerkingsafspraken Veilig Thuis, OM en Politie)

  Na Voorwaarden en Vervolg of een Onderzoek draagt Veilig Thuis de casus warm over aan de
  gemeente: in een gesprek met alle direct betrokkenen, waarin het veiligheidsplan, de
  veiligheidsvoorwaarden, de hulpvragen en de vervolgafspraken op tafel liggen. Daarna houdt
  de gemeente de regie en werkt zij het veiligheidsplan uit in haar plan van aanpak; Veilig
  Thuis monitort.

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht
    En een huishouden in Utrecht met een moeder, een vader en twee kinderen

  Regel: R09 warme overdracht na Onderzoek of Voorwaarden en Vervolg
    "Na de dienst Onderzoek of Voorwaarden en Vervolg worden tijdens een warme overdracht op
    maat afspraken gemaakt over ieders rol. Een warme overdracht is een huisbezoek of een
    gesprek met alle direct betrokkenen op het kantoor van Veilig Thuis of bij de gemeente."
    (regels.yaml R09; bron 001, Gedeelde visie en artikel 2.1.f)

    @R09
    Abstract Scenario: Na <dienst> draagt Veilig Thuis warm over met <vorm>
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "<dienst>", omdat "<onderbouwing>"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "<dienst>", omdat "<onderbouwing>"
      En de medewerker rondde op dinsdag 8 april 2025 om 10:00 het werk in de dienst "<dienst>" af
      Als de medewerker op maandag 14 april 2025 om 10:00 de casus warm overdraagt aan de gemeente Utrecht met <vorm>
      Dan toont de tijdlijn bij de overdracht:
        | soort | warme overdracht |
        | vorm  | <vorm>           |
      En de casus staat op de caseload van Veilig Thuis Utrecht in de fase "monitoring na warme overdracht"

      Voorbeelden:
        | dienst                 | vorm                                    | onderbouwing                                               |
        | Voorwaarden en Vervolg | een huisbezoek                          | beide ouders erkennen het geweld en willen afspraken maken |
        | Voorwaarden en Vervolg | een gesprek bij de gemeente             | beide ouders erkennen het geweld en willen afspraken maken |
        | Onderzoek              | een gesprek op kantoor van Veilig Thuis | de ouders ontkennen en de school blijft zorgen zien        |

    @R09 @weigering
    Scenario: Een warme overdracht zonder huisbezoek of gesprek wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker rondde op dinsdag 8 april 2025 om 10:00 het werk in de dienst "Voorwaarden en Vervolg" af
      Als de medewerker op maandag 14 april 2025 om 10:00 de casus warm overdraagt aan de gemeente Utrecht zonder huisbezoek of gesprek
      Dan weigert het register dit met regel "R09"
      En de foutmelding noemt "kies de vorm"
      En er is niets vastgelegd

    @R09 @weigering
    Scenario: Na een Onderzoek draagt Veilig Thuis niet direct over
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Onderzoek", omdat "de ouders ontkennen en de school blijft zorgen zien"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Onderzoek", omdat "zonder onderzoek is niet duidelijk of er geweld is"
      En de medewerker rondde op dinsdag 8 april 2025 om 10:00 het werk in de dienst "Onderzoek" af
      Als de medewerker op maandag 14 april 2025 om 10:00 de casus direct overdraagt aan het lokaal team van Utrecht
      Dan weigert het register dit met regel "R09"
      En de foutmelding noemt "volgt een warme overdracht"
      En er is niets vastgelegd

  Regel: R10 inhoud van de warme overdracht
    "Tijdens de overdracht worden hulpvragen binnen het gezinssysteem, het veiligheidsplan en de
    veiligheidsvoorwaarden en vervolgsafspraken besproken. Tip: Maak tijdens de overdracht een
    (datum-) afspraak voor de eerstvolgende evaluatie."
    (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op artikel 2.1.f)

    "De overdracht legt de besproken onderdelen en de datum van de eerstvolgende evaluatie vast;
    het eerste monitormoment kan aan die datum gekoppeld worden."
    (regels.yaml R10, toets)

    @R10
    Scenario: De overdracht legt vast wat besproken is en wanneer de eerstvolgende evaluatie is; het eerste monitormoment valt op die datum
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker rondde op dinsdag 6 mei 2025 om 10:00 het werk in de dienst "Voorwaarden en Vervolg" af
      Als de medewerker op maandag 12 mei 2025 om 10:00 de casus zo warm overdraagt aan de gemeente Utrecht:
        | vorm                           | huisbezoek                                                                                          |
        | besproken                      | hulpvragen binnen het gezinssysteem, het veiligheidsplan, de veiligheidsvoorwaarden, vervolgafspraken |
        | eerstvolgende evaluatie        | dinsdag 10 juni 2025                                                                                |
        | monitormoment bij de evaluatie | ja                                                                                                  |
      Dan toont de tijdlijn bij de overdracht:
        | besproken               | hulpvragen binnen het gezinssysteem, het veiligheidsplan, de veiligheidsvoorwaarden, vervolgafspraken |
        | eerstvolgende evaluatie | dinsdag 10 juni 2025                                                                                |
      En bij de casus staan de monitormomenten:
        | monitormoment                                                          | gepland op           |
        | monitormoment bij de eerstvolgende evaluatie: alle betrokkenen spreken | dinsdag 10 juni 2025 |
        | monitormoment na 12 maanden: alle betrokkenen spreken                  | dinsdag 12 mei 2026  |

    @R10 @weigering
    Scenario: Een monitormoment koppelen aan een evaluatie zonder datum wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker rondde op dinsdag 6 mei 2025 om 10:00 het werk in de dienst "Voorwaarden en Vervolg" af
      Als de medewerker op maandag 12 mei 2025 om 10:00 de casus zo warm overdraagt aan de gemeente Utrecht:
        | vorm                           | huisbezoek                                                                                          |
        | besproken                      | hulpvragen binnen het gezinssysteem, het veiligheidsplan, de veiligheidsvoorwaarden, vervolgafspraken |
        | monitormoment bij de evaluatie | ja                                                                                                  |
      Dan weigert het register dit als ongeldige invoer
      En de foutmelding noemt "als de datum van de eerstvolgende evaluatie bekend is"
      En er is niets vastgelegd

  Regel: R13 veiligheidsplan, deel gemeente
    "De gemeente verwerkt het VHP in een plan van aanpak/ hulpverleningsplan en beschrijft:"
    (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op artikel 1.2.k,
    Kwaliteit van het veiligheidsplan gemeente)

    "De gemeente verwerkt het VHP in een plan van aanpak en beschrijft verdere uitwerking van
    veiligheidsafspraken, wie verantwoordelijk is voor zicht op veiligheid, onderliggende
    oorzaken van geweld in risicogestuurde zorg, en herstelgerichte zorg."
    (regels.yaml R13)

    @R13
    Scenario: Na de overdracht legt de gemeente haar plan van aanpak vast
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker rondde op dinsdag 8 april 2025 om 10:00 het werk in de dienst "Voorwaarden en Vervolg" af
      En de medewerker droeg de casus op maandag 14 april 2025 om 10:00 warm over aan de gemeente Utrecht met een huisbezoek
      Als de consulent van de gemeente Utrecht op maandag 28 april 2025 om 10:00 het plan van aanpak vastlegt:
        | verdere uitwerking van veiligheidsafspraken               | De vader belt zijn broer als de spanning oploopt; de afspraken gelden ook bij de omgang in het weekend. |
        | wie verantwoordelijk is voor zicht op veiligheid          | De gezinscoach van het buurtteam; zij ziet het gezin elke week en bespreekt de voorwaarden.           |
        | onderliggende oorzaken van geweld in risicogestuurde zorg | Schuldhulp via de gemeente en een agressieregulatietraining voor de vader.                             |
        | herstelgerichte zorg                                      | Traumabehandeling voor het oudste kind bij de jeugd-GGZ.                                               |
      Dan is "plan van aanpak vastgelegd" de laatste gebeurtenis in de tijdlijn van de casus
      En de tijdlijn toont dat de gemeente Utrecht het plan van aanpak vastlegde met alle vier onderdelen
      En de veiligheidshistorie van het huishouden toont "Plan van aanpak van de gemeente vastgelegd"

    @R13 @weigering
    Scenario: Een plan van aanpak zonder herstelgerichte zorg wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker rondde op dinsdag 8 april 2025 om 10:00 het werk in de dienst "Voorwaarden en Vervolg" af
      En de medewerker droeg de casus op maandag 14 april 2025 om 10:00 warm over aan de gemeente Utrecht met een huisbezoek
      Als de consulent van de gemeente Utrecht op maandag 28 april 2025 om 10:00 het plan van aanpak vastlegt:
        | verdere uitwerking van veiligheidsafspraken               | De vader belt zijn broer als de spanning oploopt.                        |
        | wie verantwoordelijk is voor zicht op veiligheid          | De gezinscoach van het buurtteam.                                        |
        | onderliggende oorzaken van geweld in risicogestuurde zorg | Schuldhulp via de gemeente en een agressieregulatietraining voor de vader. |
      Dan weigert het register dit met regel "R13"
      En de foutmelding noemt "Het plan van aanpak beschrijft niet: herstelgerichte zorg"
      En er is niets vastgelegd

    @R13 @weigering
    Scenario: Vóór de overdracht legt de gemeente geen plan van aanpak vast
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      Als de consulent van de gemeente Utrecht op maandag 24 maart 2025 om 10:00 het plan van aanpak vastlegt:
        | verdere uitwerking van veiligheidsafspraken               | De vader belt zijn broer als de spanning oploopt.                        |
        | wie verantwoordelijk is voor zicht op veiligheid          | De gezinscoach van het buurtteam.                                        |
        | onderliggende oorzaken van geweld in risicogestuurde zorg | Schuldhulp via de gemeente en een agressieregulatietraining voor de vader. |
        | herstelgerichte zorg                                      | Traumabehandeling voor het oudste kind bij de jeugd-GGZ.                 |
      Dan weigert het register dit met regel "R13"
      En de foutmelding noemt "legt haar plan van aanpak vast na de overdracht"
      En er is niets vastgelegd

  Regel: R20 overbrugging bij wachtlijst
    "In situaties waarin een gezin/ huishouden op de wachtlijst staat voor geïndiceerde
    hulpverlening (het zgn. 'grijze gebied van de overbrugging') worden duidelijke afspraken
    gemaakt over alternatieve vormen van hulp in de tussentijd en op wie de inwoner een beroep
    kan doen bij escalaties."
    (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op artikel 2.1.f)

    @R20
    Scenario: Bij hulp op een wachtlijst legt de overdracht de overbruggingsafspraken vast
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker rondde op dinsdag 8 april 2025 om 10:00 het werk in de dienst "Voorwaarden en Vervolg" af
      Als de medewerker op maandag 14 april 2025 om 10:00 de casus zo warm overdraagt aan de gemeente Utrecht:
        | vorm                               | huisbezoek                                                                    |
        | hulp op een wachtlijst             | ja                                                                            |
        | alternatieve hulp in de tussentijd | De gezinscoach van het buurtteam komt wekelijks tot de gezinsbehandeling start. |
        | aanspreekpunt bij escalatie        | De consulent van de gemeente; buiten kantoortijd de crisisdienst van Veilig Thuis. |
      Dan toont de tijdlijn bij de overdracht:
        | hulp op een wachtlijst             | ja                                                                            |
        | alternatieve hulp in de tussentijd | De gezinscoach van het buurtteam komt wekelijks tot de gezinsbehandeling start. |
        | aanspreekpunt bij escalatie        | De consulent van de gemeente; buiten kantoortijd de crisisdienst van Veilig Thuis. |

    @R20 @weigering
    Scenario: Hulp op een wachtlijst zonder aanspreekpunt bij escalatie wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker rondde op dinsdag 8 april 2025 om 10:00 het werk in de dienst "Voorwaarden en Vervolg" af
      Als de medewerker op maandag 14 april 2025 om 10:00 de casus zo warm overdraagt aan de gemeente Utrecht:
        | vorm                               | huisbezoek                                                                    |
        | hulp op een wachtlijst             | ja                                                                            |
        | alternatieve hulp in de tussentijd | De gezinscoach van het buurtteam komt wekelijks tot de gezinsbehandeling start. |
      Dan weigert het register dit met regel "R20"
      En de foutmelding noemt "op wie het gezin bij escalatie een beroep kan doen"
      En er is niets vastgelegd

    @R20 @weigering
    Scenario: Hulp op een wachtlijst zonder afspraken voor de tussentijd wordt geweigerd
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker rondde op dinsdag 8 april 2025 om 10:00 het werk in de dienst "Voorwaarden en Vervolg" af
      Als de medewerker op maandag 14 april 2025 om 10:00 de casus zo warm overdraagt aan de gemeente Utrecht:
        | vorm                        | huisbezoek                                                                        |
        | hulp op een wachtlijst      | ja                                                                                |
        | aanspreekpunt bij escalatie | De consulent van de gemeente; buiten kantoortijd de crisisdienst van Veilig Thuis. |
      Dan weigert het register dit met regel "R20"
      En de foutmelding noemt "welke hulp er in de tussentijd is"
      En er is niets vastgelegd

  Regel: R29 samenwerking met politie en OM
    "Veilig Thuis, politie en OM melden incidenten aan elkaar, verstrekken informatie en
    rapporteren wat er met een melding is gedaan, en stemmen gezamenlijke of vervolgacties af."
    (regels.yaml R29; bron 004, Samenwerkingsafspraken Veilig Thuis, OM en Politie)

    @R29
    Scenario: De politie hoort na de directe overdracht wat er met haar zorgmelding is gedaan
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      En de medewerker droeg de casus op donderdag 6 maart 2025 om 10:00 direct over aan het lokaal team van Utrecht
      Als de medewerker op donderdag 6 maart 2025 om 11:00 aan de politie terugkoppelt "Veilig Thuis heeft de veiligheid beoordeeld en de casus overgedragen aan het buurtteam van Utrecht."
      Dan toont de tijdlijn de terugkoppeling aan de politie "Veilig Thuis heeft de veiligheid beoordeeld en de casus overgedragen aan het buurtteam van Utrecht."
      En bij de casus staat geen open taak meer volgens regel "R29"

    @R29 @signalering
    Scenario: Tot de politie hoort wat er met haar zorgmelding is gedaan, staat de terugkoppeling open
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "vervolg bij Veilig Thuis" met de dienst "Voorwaarden en Vervolg", omdat "beide ouders erkennen het geweld en willen afspraken maken"
      En de medewerker startte op donderdag 6 maart 2025 om 10:00 de dienst "Voorwaarden en Vervolg", omdat "de ouders werken mee en de school blijft betrokken"
      En de medewerker rondde op dinsdag 8 april 2025 om 10:00 het werk in de dienst "Voorwaarden en Vervolg" af
      En de medewerker droeg de casus op maandag 14 april 2025 om 10:00 warm over aan de gemeente Utrecht met een huisbezoek
      Dan staat bij de casus de open taak "politie terugkoppelen wat er met de melding is gedaan" volgens regel "R29"
      Als de medewerker op dinsdag 15 april 2025 om 09:00 aan de politie terugkoppelt "Veilig Thuis stelde met het gezin veiligheidsvoorwaarden op en droeg de casus warm over aan de gemeente Utrecht."
      Dan staat bij de casus geen open taak meer volgens regel "R29"

    @R29 @weigering
    Scenario: Een melding die niet van de politie kwam, krijgt geen terugkoppeling aan de politie
      Gegeven de school meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      En de medewerker besloot op woensdag 5 maart 2025 om 14:00 tot "overdracht", omdat "het gezin wil hulp en het buurtteam kent het gezin al"
      Als de medewerker op donderdag 6 maart 2025 om 11:00 aan de politie terugkoppelt "Veilig Thuis heeft de casus overgedragen aan het buurtteam van Utrecht."
      Dan weigert het register dit met regel "R29"
      En de foutmelding noemt "Deze melding kwam niet van de politie"
      En er is niets vastgelegd

    @R29 @weigering
    Scenario: Vóór de veiligheidsbeoordeling valt er nog niets terug te koppelen
      Gegeven de politie meldt op maandag 3 maart 2025 om 10:00 structurele onveiligheid in dit huishouden
      Als de medewerker op dinsdag 4 maart 2025 om 09:00 aan de politie terugkoppelt "De melding is in behandeling."
      Dan weigert het register dit met regel "R29"
      En de foutmelding noemt "na de veiligheidsbeoordeling"
      En er is niets vastgelegd
