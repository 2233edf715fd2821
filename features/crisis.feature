# language: nl
Functionaliteit: Crisis buiten kantoortijd
  "Bij crisissen die na 17.00 uur en in het weekend ontstaan dienen inwoners een beroep te doen
  op de crisisdienst van Veilig Thuis. Bij voorkeur schakelt een gemeentelijke consulent vooraf
  met Veilig Thuis wanneer dreiging van crisis ontstaat. Andersom schakelt Veilig Thuis z.s.m.
  met de gemeentelijke consulent wanneer zij door crisis betrokken zijn geweest."
  (bron 001, Addendum Samenwerken aan veiligheid USD-VT, 2020: toevoeging op artikel 1,
  Samenwerking bij crisis 's avonds en in het weekend)

  Een acute melding buiten kantoortijd (vóór 9.00 uur of vanaf 17.00 uur, in het weekend en
  op de feestdagen van de Algemene termijnenwet) pakt de crisisdienst op. Het register leidt
  dat af uit het moment van de melding; niemand hoeft het aan te vinken.

  Achtergrond:
    Gegeven de medewerker werkt bij Veilig Thuis Utrecht
    En een huishouden in Utrecht met een moeder, een vader en twee kinderen

  Regel: R16 crisis buiten kantoortijd
    "Een acute melding die na 17.00 uur of in het weekend binnenkomt (en zo ook vóór
    kantoortijd en op feestdagen) wordt door de crisisdienst opgepakt (vastgelegd); na een
    crisisinterventie staat een taak open om de gemeentelijke consulent te informeren,
    zichtbaar tot die is uitgevoerd."
    (regels.yaml R16, toets; bron 001, artikel 1)

    @R16
    Abstract Scenario: Een acute melding <wanneer> gaat naar de crisisdienst
      Als de politie op <moment> acute onveiligheid in dit huishouden meldt
      Dan is vastgelegd dat de crisisdienst de melding oppakt
      En de veiligheidshistorie van het huishouden toont een melding met "opgepakt door de crisisdienst"

      Voorbeelden:
        | wanneer                            | moment                          |
        | op een werkdag om 17.00 uur        | dinsdag 4 maart 2025 om 17:00   |
        | op een werkdagavond                | dinsdag 4 maart 2025 om 22:30   |
        | op een werkdag vóór kantoortijd    | woensdag 5 maart 2025 om 07:45  |
        | op zaterdag                        | zaterdag 8 maart 2025 om 14:00  |
        | in de nacht van zaterdag op zondag | zondag 9 maart 2025 om 03:00    |
        | op tweede Paasdag                  | maandag 21 april 2025 om 11:00  |
        | op Koningsdag                      | maandag 27 april 2026 om 11:00  |
        | op 5 mei                           | maandag 5 mei 2025 om 11:00     |

    @R16
    Abstract Scenario: <welke melding> gaat niet naar de crisisdienst
      Als de politie op <moment> <vermoeden> in dit huishouden meldt
      Dan is vastgelegd dat de melding niet naar de crisisdienst gaat

      Voorbeelden:
        | welke melding                                     | moment                         | vermoeden                |
        | Een acute melding om 16.59 uur op een werkdag     | dinsdag 4 maart 2025 om 16:59  | acute onveiligheid       |
        | Een acute melding om 9.00 uur op een werkdag      | woensdag 5 maart 2025 om 09:00 | acute onveiligheid       |
        | Een melding zonder acute onveiligheid op zaterdag | zaterdag 8 maart 2025 om 22:00 | structurele onveiligheid |

    @R16 @signalering
    Scenario: Na een crisisinterventie staat het informeren van de gemeentelijke consulent open tot het gebeurd is
      Gegeven de politie meldt op zaterdag 8 maart 2025 om 22:00 acute onveiligheid in dit huishouden
      Als de crisisdienst op zaterdag 8 maart 2025 om 23:30 ingrijpt met "de vader verlaat de woning" en een tijdelijk huisverbod van 10 dagen
      Dan staat bij de casus de open taak "gemeentelijke consulent informeren over de crisisinterventie" volgens regel "R16"
      En de veiligheidshistorie van het huishouden toont een crisisinterventie met "tijdelijk huisverbod van 10 dagen"
      Als de medewerker op maandag 10 maart 2025 om 09:15 de gemeentelijke consulent van Utrecht informeert over de crisisinterventie
      Dan staat bij de casus geen open taak meer volgens regel "R16"

    @R16 @weigering
    Scenario: Een crisisinterventie hoort bij een melding van acute onveiligheid
      Gegeven de politie meldt op zaterdag 8 maart 2025 om 22:00 structurele onveiligheid in dit huishouden
      Als de crisisdienst op zaterdag 8 maart 2025 om 23:30 ingrijpt met "de vader verlaat de woning"
      Dan weigert het register dit met regel "R16"
      En de foutmelding noemt "deze melding vermeldt geen acute onveiligheid"
      En er is niets vastgelegd

    @R16 @weigering
    Scenario: Zonder crisisinterventie valt er geen consulent over een crisis te informeren
      Gegeven de politie meldt op dinsdag 4 maart 2025 om 10:00 acute onveiligheid in dit huishouden
      Als de medewerker op dinsdag 4 maart 2025 om 15:00 de gemeentelijke consulent van Utrecht informeert over de crisisinterventie
      Dan weigert het register dit met regel "R16"
      En de foutmelding noemt "Er is geen crisisinterventie vastgelegd"
      En er is niets vastgelegd
