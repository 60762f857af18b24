package view

import "github.com/hilversum/sociaaldomein/budget"

// msgID names a piece of interface text.
type msgID int

const (
	txtTitle msgID = iota
	txtOtherLang
	txtOtherLangName
	txtKeuzesLegend
	txtAccessAxis
	txtRoleAxis
	txtBuurtgericht
	txtStedelijk
	txtGemeenschap
	txtGemeente
	txtKeuze
	txtPreferred
	txtCostCaption
	txtCostLine
	txtTotal
	txtPM
	txtPMNote
	txtAdvantages
	txtRisks
	txtMitigation
	txtDekking
	txtSource
	txtNoKeuze
	txtNoKeuzeDetail
	txtNoticeFragment
	txtNoticeAttributes
	txtNoticeDetail
	txtDismiss
	txtReset
	txtShare
	txtShareHelp
	txtCostRegion
	txtUnknown
	txtMeasures
	txtMeasuresHelp
	txtAssumptions
	txtAssumption
	txtOverlap
	txtOverlapHelp
	txtResults
	txtResultsCaption
	txtResultsRegion
	txtResultsNote
	txtYear
	txtTaakstelling
	txtSavings
	txtKeuzeCost
	txtChartTitle
	txtChartDesc
	txtLegendTarget
	txtLegendSavings
	txtLegendBand
	txtKey
	txtKeyPublished
	txtKeyInhabitants
	txtRamp
	txtRampDefault
	txtRampFull
	txtRampSlow
	txtGrowth
	txtGrowthNone
	txtGrowthClients
	txtGrowthNational
	txtImpl
	txtImplName
	txtOther
	txtOtherName
	txtAmountHelp
	txtAmountBad
	txtAmountNegative
	txtAmountLarge
	txtAmountKept
	txtRemark
	txtCross
	txtCrossPM
	txtMeasureOff
	txtProposed
	txtSourceLines
	txtSources
	txtSrcTaakstelling
	txtSrcShare
	txtSrcMunicipalities
	txtSrcMeasures
	txtSrcKeuze
	txtSrcRamp
	txtSrcRampText
	txtSrcOverlap
	txtSrcOverlapText
	txtCopy
	txtCSV
	txtStatusCopied
	txtStatusSelected
	txtStatusDownloaded
	txtStatusReset
	txtNoticeData
	txtScrollHint
	txtSection
	txtAssumptionsHelp
	txtImplCosts
	txtOtherMeasures
	txtBalance
	txtVerdict
	txtBeforeCosts
	txtFromTo
	txtMoreCosts
	txtEffectSaving
	txtEffectCost
	txtEnds
	txtLegendNet
	txtTaakstellingIntro
	txtApart
	txtApartNone
	txtApartCaption
	txtApartRegion
	txtKeuzeCostOf
	txtGrowthCol
	txtKeuzeNotInBalance
	txtExpectation
	txtExpectationOf
	txtPractice
	txtNotes
	txtSections
	txtLow
	txtLowShare
	txtLowHelp
	txtOutcomeSays
	txtSrcRealisation
	txtSrcRealisationText
	txtGrowthClientsAll
	txtWhy1
	txtWhy2
	txtAnswerTitle
	txtAnswerTitleNone
	txtAnswerNone
	txtAnswerKeuze
	txtAnswerNoCost
	txtAnswerBalance
	txtAnswerGrowth
	txtAnswerApart
	txtCostExtra
	txtCostPlusPM
	txtCostPM
	txtAnnounceBalance
	txtPlainBuurt
	txtPlainStedelijk
	txtPlainGemeenschap
	txtPlainGemeente
	txtGlossary
	txtGlWmo
	txtGlWmoNL
	txtGlTaakstelling
	txtGlTaakstellingNL
	txtGlPM
	txtGlPMNL
	txtGlKeuze
	txtGlKeuzeNL
	txtGlSleutel
	txtGlSleutelNL
	txtGlIngroei
	txtGlIngroeiNL
	txtGlOverlap
	txtGlOverlapNL
	txtGlGroei
	txtGlGroeiNL
	txtGlZienswijze
	txtGlZienswijzeNL
	txtGlBeheers
	txtGlBeheersNL
	txtGlDekking
	txtGlDekkingNL
	txtGlHHM
	txtGlHHMNL
	txtGlAEF
	txtGlAEFNL
	txtGlKPMG
	txtGlKPMGNL
	txtMore
	txtKeuzeMore
	txtEndsMore
	txtCSVMachine
	txtCSVHelp
	txtMeasuresCounted
	txtMeasuresOff
	txtGrowthMore
	txtPartOf
	txtGrowthMore2
	numMsgs
)

// texts holds every interface text in Dutch ([0]) and English ([1]).
// Quotations from the documents (labels, advantages, risks) are not
// translated: they are shown as printed, marked lang="nl".
var texts = [numMsgs][2]string{
	txtTitle:              {"Rekenhulp sociaal domein", "Social domain calculator"},
	txtOtherLang:          {"English", "Nederlands"},
	txtOtherLangName:      {"en", "nl"},
	txtKeuzesLegend:       {"Kies hoe de gemeente de hulp regelt", "Choose how the municipality arranges support"},
	txtAccessAxis:         {"Waar vraagt u hulp?", "Where do you ask for help?"},
	txtRoleAxis:           {"Wie doet meer?", "Who does more?"},
	txtBuurtgericht:       {"In de wijk (buurtgericht)", "In the neighbourhood (buurtgericht)"},
	txtStedelijk:          {"Centraal in de stad (stedelijk)", "Centrally in the city (stedelijk)"},
	txtGemeenschap:        {"Inwoners samen ((meer) gemeenschap)", "Residents together ((meer) gemeenschap)"},
	txtGemeente:           {"De gemeente (gemeente)", "The municipality (gemeente)"},
	txtKeuze:              {"Keuze", "Option"},
	txtPreferred:          {"Voorkeur van het college", "Preferred by the college (executive)"},
	txtCostCaption:        {"Extra kosten per jaar", "Extra cost per year"},
	txtCostLine:           {"Kostenpost", "Cost line"},
	txtTotal:              {"Totaal extra", "Total extra"},
	txtPM:                 {"pm", "pm"},
	txtPMNote:             {"pm (pro memorie): het bedrag is nog niet bekend en telt niet mee in het totaal.", "pm (pro memorie): the amount is not yet known and is not included in the total."},
	txtAdvantages:         {"Voordelen", "Advantages"},
	txtRisks:              {"Risico's", "Risks"},
	txtMitigation:         {"Beheersmaatregel", "Mitigation"},
	txtDekking:            {"Dekking", "Funding"},
	txtSource:             {"Bron", "Source"},
	txtNoKeuze:            {"Geen keuze", "No option"},
	txtNoKeuzeDetail:      {"de huidige aanpak blijft, zonder extra kosten.", "the current approach stays, without extra cost."},
	txtNoticeFragment:     {"De gedeelde link kon niet worden gelezen. U ziet de standaardinstelling.", "The shared link could not be read. You see the default settings."},
	txtNoticeAttributes:   {"De pagina vraagt om een instelling die niet bestaat. U ziet de standaardinstelling.", "The page asks for a setting that does not exist. You see the default settings."},
	txtNoticeDetail:       {"Details", "Details"},
	txtDismiss:            {"Melding sluiten", "Dismiss message"},
	txtReset:              {"Opnieuw beginnen", "Start again"},
	txtShare:              {"Link naar deze keuzes", "Link to these choices"},
	txtShareHelp:          {"Kopieer deze link om uw keuzes te delen of later terug te zien.", "Copy this link to share your choices or to come back to them later."},
	txtCostRegion:         {"Tabel met kosten per jaar, horizontaal te scrollen", "Table of cost per year, scrolls horizontally"},
	txtUnknown:            {"onbekend", "unknown"},
	txtMeasures:           {"Regionale maatregelen", "Regional measures"},
	txtMeasuresHelp:       {"Zet maatregelen aan of uit. Elk bedrag is de maximale opbrengst in 2024 voor de %d gemeenten samen. Daarachter staat het deel van %s, volgens de verdeelsleutel. De besparingen tellen niet zomaar op.", "Switch measures on or off. Each amount is the maximum effect in 2024 for the %d municipalities together. After it comes %s's part, by the distribution key. The savings do not simply add up."},
	txtAssumptions:        {"Aannames", "Assumptions"},
	txtAssumption:         {"Aanname:", "Assumption:"},
	txtOverlap:            {"overlap tussen besparingen binnen één domein (middelste waarde)", "overlap between savings within one domain (middle value)"},
	txtOverlapHelp:        {"Het raadsvoorstel zegt dat de besparingen niet zomaar optellen, maar noemt geen percentage. 0 %: de besparingen tellen gewoon op, zoals in het gunstige geval. 100 %: per domein telt alleen de grootste besparing, zoals in het ongunstige geval.", "The raadsvoorstel says the savings do not simply add up, but gives no percentage. 0 %: the savings simply add up, as in the favourable case. 100 %: only the largest saving per domain counts, as in the unfavourable case."},
	txtResults:            {"Resultaat per jaar voor %s", "Result per year for %s"},
	txtResultsCaption:     {"De taakstelling per jaar: besparing, uitvoeringskosten, andere maatregelen, saldo en oordeel", "The savings target per year: savings, implementation costs, other measures, balance and verdict"},
	txtResultsRegion:      {"Tabel met de taakstelling per jaar, horizontaal te scrollen", "Table of the savings target per year, scrolls horizontally"},
	txtResultsNote:        {"Besparing, uitvoeringskosten en saldo zijn het deel van %s van het regionale bedrag, volgens de verdeelsleutel bij de aannames. Saldo = besparing − uitvoeringskosten + andere maatregelen − taakstelling. Een bedrag dat pm is, telt niet mee en telt ook niet als nul: daarom hooguit ‘gehaald als’. Eerst de middelste aanname, tussen haakjes het ongunstige en het gunstige geval.", "Savings, implementation costs and balance are %s's part of the regional amount, by the distribution key under the assumptions. Balance = savings − implementation costs + other measures − target. An amount that is pm is left out and never counted as zero: hence at best ‘met if’. First the middle assumption, in brackets the unfavourable and the favourable case."},
	txtYear:               {"Jaar", "Year"},
	txtTaakstelling:       {"Taakstelling", "Savings target"},
	txtSavings:            {"Besparing", "Savings"},
	txtKeuzeCost:          {"Extra beleidskosten keuze", "Extra policy cost of the option"},
	txtChartTitle:         {"Grafiek: taakstelling en besparing per jaar,", "Chart: savings target and savings per year,"},
	txtChartDesc:          {"De tabel onder de grafiek bevat dezelfde cijfers als tekst.", "The table below the chart holds the same figures as text."},
	txtLegendTarget:       {"Taakstelling (streeplijn, vierkantjes)", "Savings target (dashed line, squares)"},
	txtLegendSavings:      {"Besparing bij de middelste aanname (doorgetrokken lijn, rondjes)", "Savings at the middle assumption (solid line, circles)"},
	txtLegendBand:         {"Van het ongunstige tot het gunstige geval (gearceerd)", "From the unfavourable to the favourable case (hatched)"},
	txtKey:                {"verdeelsleutel: welk deel van de regionale besparing voor Hilversum is", "distribution key: which part of the regional savings is Hilversum's"},
	txtKeyPublished:       {"%s %s zoals gepubliceerd (‘ongeveer’, naar inwonertal)", "%s %s as published (‘ongeveer’, about, by inhabitants)"},
	txtKeyInhabitants:     {"Naar inwonertal van de %d gemeenten (%s %%)", "By inhabitants of the %d municipalities (%s %%)"},
	txtRamp:               {"ingroei: hoe snel de maatregelen hun volle effect bereiken", "ramp-up: how fast the measures reach their full effect"},
	txtRampDefault:        {"Standaard: 40 % in 2022, 80 % in 2023, volledig vanaf 2024", "Default: 40 % in 2022, 80 % in 2023, full from 2024"},
	txtRampFull:           {"Volledig effect vanaf 2022", "Full effect from 2022"},
	txtRampSlow:           {"Langzamer: 20 % in 2022, elk jaar 20 % meer, volledig vanaf 2026", "Slower: 20 % in 2022, 20 % more each year, full from 2026"},
	txtGrowth:             {"autonome groei van de Wmo-zorgkosten bij ongewijzigd beleid (een prognose naast de taakstelling)", "autonomous growth of the Wmo care costs at unchanged policy (a prognosis beside the savings target)"},
	txtGrowthNone:         {"Geen prognose", "No prognosis"},
	txtGrowthClients:      {"Groei van het aantal Wmo-cliënten %d–%d (de startnotitie: de cijfers zijn ‘per 2020 stabieler’)", "Growth of the number of Wmo clients %d–%d (the startnotitie: the figures are ‘per 2020 stabieler’, more stable from 2020)"},
	txtGrowthNational:     {"Landelijke groei van de zorguitgaven (2,9 % per jaar)", "National growth of care spending (2.9 % a year)"},
	txtImpl:               {"uitvoeringskosten van het regionale programma, per jaar vanaf 2022 (regionaal; Hilversum draagt zijn deel volgens de verdeelsleutel)", "implementation costs of the regional programme, per year from 2022 (regional; Hilversum bears its part by the distribution key)"},
	txtImplName:           {"Uitvoeringskosten", "Implementation costs"},
	txtOther:              {"besparing van andere maatregelen (KPMG, lokaal) voor %s, per jaar vanaf 2022", "savings from other measures (KPMG, local) for %s, per year from 2022"},
	txtOtherName:          {"Andere maatregelen", "Other measures"},
	txtAmountHelp:         {"In euro's, bijvoorbeeld 150.000 of 150.000,50. Leeg of ‘pm’: nog niet bekend (pro memorie), telt niet mee.", "In euros, e.g. 150.000 or 150.000,50 (Dutch notation) or 150000.50. Empty or ‘pm’: not yet known (pro memorie), not counted."},
	txtAmountBad:          {"%s: ‘%s’ is geen bedrag. Typ een bedrag zoals 150.000 of 150.000,50, of laat het veld leeg voor pm.", "%s: ‘%s’ is not an amount. Type an amount such as 150000 or 150000.50, or leave the field empty for pm."},
	txtAmountNegative:     {"%s: vul een bedrag van 0 of meer in.", "%s: enter an amount of 0 or more."},
	txtAmountLarge:        {"%s: het bedrag is groter dan %s.", "%s: the amount is larger than %s."},
	txtAmountKept:         {"Er wordt gerekend met de laatste geldige waarde: %s.", "The calculation uses the last valid value: %s."},
	txtRemark:             {"Zienswijze Hilversum", "Hilversum's response (zienswijze)"},
	txtCross:              {"Effect in een ander domein", "Effect in another domain"},
	txtCrossPM:            {"pm (telt niet mee)", "pm (not counted)"},
	txtMeasureOff:         {"Uitgezet: niet meegeteld in de uitkomst", "Switched off: not counted in the result"},
	txtProposed:           {"Voorgesteld door Hilversum, buiten het programma: pm, telt niet mee in de uitkomst", "Proposed by Hilversum, outside the programme: pm, not counted in the result"},
	txtSourceLines:        {"Bron per kostenpost", "Source per cost line"},
	txtSources:            {"Bronnen van alle bedragen", "Sources of all figures"},
	txtSrcTaakstelling:    {"Taakstelling", "Savings target"},
	txtSrcShare:           {"Aandeel van %s (%s)", "%s's share (%s)"},
	txtSrcMunicipalities:  {"De zeven gemeenten en hun inwonertal", "The seven municipalities and their inhabitants"},
	txtSrcMeasures:        {"Regionale maatregelen en hun maximale opbrengst in 2024", "Regional measures and their maximum effect in 2024"},
	txtSrcKeuze:           {"Kosten van keuze %s", "Cost of option %s"},
	txtSrcRamp:            {"Ingroei (aanname van de rekenhulp)", "Ramp-up (assumption of the calculator)"},
	txtSrcRampText:        {"Het programma start in juni 2021 en bereikt ‘op termijn in 2024’ zijn volle effect. De rekenhulp neemt een rechte lijn aan, naar beneden afgerond op tienden: 0 in 2021, 0,4 in 2022, 0,8 in 2023, 1 vanaf 2024.", "The programme starts in June 2021 and reaches its full effect ‘op termijn in 2024’. The calculator assumes a straight line, rounded down to tenths: 0 in 2021, 0.4 in 2022, 0.8 in 2023, 1 from 2024."},
	txtSrcOverlap:         {"Overlap (aanname van de rekenhulp)", "Overlap (assumption of the calculator)"},
	txtSrcOverlapText:     {"Het raadsvoorstel zegt dat de besparingen ‘niet zomaar bij elkaar opgeteld’ kunnen worden, maar geeft geen percentage. 50 % is een aanname van de rekenhulp: halverwege tussen gewoon optellen en alleen de grootste besparing per domein.", "The raadsvoorstel says the savings cannot ‘simply be added up’ but gives no percentage. 50 % is an assumption of the calculator: halfway between simply adding up and only the largest saving per domain."},
	txtCopy:               {"Link kopiëren", "Copy link"},
	txtCSV:                {"Resultaten downloaden (CSV)", "Download results (CSV)"},
	txtStatusCopied:       {"De link staat op het klembord.", "The link is on the clipboard."},
	txtStatusSelected:     {"De link is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).", "The link is selected: copy it with Ctrl+C (or Cmd+C)."},
	txtStatusDownloaded:   {"Het CSV-bestand met de resultaten is aangeboden om te downloaden.", "The CSV file with the results was offered for download."},
	txtStatusReset:        {"Alle keuzes en aannames staan weer op de beginwaarde.", "All choices and assumptions are back at their starting values."},
	txtNoticeData:         {"Een gegevensbestand van deze pagina kon niet worden gebruikt. De rekenhulp rekent met de ingebouwde gegevens.", "A data file of this page could not be used. The calculator uses its built-in data."},
	txtScrollHint:         {"Tip: de tabel is breder dan het scherm; schuif opzij om alles te zien.", "Tip: the table is wider than the screen; scroll sideways to see it all."},
	txtSection:            {"onderdeel", "section"},
	txtAssumptionsHelp:    {"Deze waarden staan niet in de documenten vast. Pas ze aan om te zien hoe gevoelig de uitkomst is.", "These values are not fixed by the documents. Change them to see how sensitive the outcome is."},
	txtImplCosts:          {"Uitvoeringskosten", "Implementation costs"},
	txtOtherMeasures:      {"Andere maatregelen", "Other measures"},
	txtBalance:            {"Saldo", "Balance"},
	txtVerdict:            {"Oordeel", "Verdict"},
	txtBeforeCosts:        {"zonder de uitvoeringskosten (pm)", "excluding the implementation costs (pm)"},
	txtFromTo:             {"(van %s tot %s)", "(from %s to %s)"},
	txtMoreCosts:          {"%s meer kosten", "%s more cost"},
	txtEffectSaving:       {"%s besparing (regionaal)", "%s saving (regional)"},
	txtEffectCost:         {"%s kosten (regionaal)", "%s cost (regional)"},
	txtEnds:               {"Wat de bandbreedte aanneemt (de documenten geven alleen de maximale opbrengst per maatregel):", "What the range assumes (the documents give only each measure's maximum effect):"},
	txtLegendNet:          {"Besparing min uitvoeringskosten, plus andere maatregelen, bij de middelste aanname (doorgetrokken lijn, rondjes)", "Savings minus implementation costs, plus other measures, at the middle assumption (solid line, circles)"},
	txtTaakstellingIntro:  {"De taakstelling is een besparing op de zorgkosten van Wmo en Jeugd. %s wil haar halen met zijn deel van de regionale maatregelen en met de maatregelen uit het KPMG-onderzoek.", "The savings target (taakstelling) is a saving on the care costs of Wmo and Youth. %s means to reach it with its part of the regional measures and with the measures of the KPMG study."},
	txtApart:              {"Los van de taakstelling", "Apart from the savings target"},
	txtApartNone:          {"Geen keuze en geen groeiprognose gekozen: hier staat niets.", "No option and no growth prognosis chosen: nothing to show here."},
	txtApartCaption:       {"Bedragen naast de taakstelling: niet in het saldo hierboven en niet bij elkaar opgeteld", "Amounts beside the savings target: not in the balance above and not added up"},
	txtApartRegion:        {"Tabel met bedragen los van de taakstelling, horizontaal te scrollen", "Table of amounts apart from the savings target, scrolls horizontally"},
	txtKeuzeCostOf:        {"Extra beleidskosten keuze %s", "Extra policy cost of option %s"},
	txtGrowthCol:          {"Autonome groei Wmo-zorgkosten (prognose)", "Autonomous growth of Wmo care costs (prognosis)"},
	txtKeuzeNotInBalance:  {"De keuze kost beleidsgeld (‘Lasten beleid, geen zorglasten’). Die kosten staan los van de taakstelling op de zorgkosten en zijn niet van het saldo afgetrokken.", "The option costs policy money (‘Lasten beleid, geen zorglasten’: not care costs). That cost is apart from the savings target on care costs and is not subtracted from the balance."},
	txtExpectation:        {"Verwachting op lange termijn", "Long-term expectation"},
	txtExpectationOf:      {"Keuze %s op lange termijn", "Option %s in the long term"},
	txtPractice:           {"Wat betekent dit in de praktijk?", "What does this mean in practice?"},
	txtNotes:              {"Meer over het actieprogramma: wat de regio uitgeeft, de zienswijze en de risico's", "More on the programme: what the region spends, the zienswijze (response) and the risks"},
	txtSections:           {"onderdelen", "sections"},
	txtLow:                {"hoeveel van de maximale opbrengst elke maatregel haalt in het ongunstige geval", "how much of its maximum effect each measure reaches in the unfavourable case"},
	txtLowShare:           {"%s %%", "%s %%"},
	txtLowHelp:            {"De documenten geven per maatregel alleen de maximale opbrengst ‘op termijn in 2024’. In het gunstige geval en bij de middelste aanname haalt elke maatregel die helemaal. De maatregelen waar het onderzoek van AEF aan twijfelt, kosten in het ongunstige geval juist extra: dat blijft zo.", "The documents give each measure's maximum effect ‘op termijn in 2024’ only. In the favourable case and at the middle assumption each measure reaches it in full. The measures that the AEF study doubts cost extra in the unfavourable case: that stays so."},
	txtOutcomeSays:        {"Zo rekent de uitkomst nu:", "How the result is computed now:"},
	txtSrcRealisation:     {"Hoeveel van de maximale opbrengst wordt gehaald (aanname van de rekenhulp)", "How much of the maximum effect is reached (assumption of the calculator)"},
	txtSrcRealisationText: {"Het raadsvoorstel geeft per maatregel de ‘maximale opbrengst’, ‘op termijn in 2024’, en zegt dat besparingen ook kunnen blijken als een kleinere stijging van de kosten. Hoeveel er echt gehaald wordt, is een aanname: zie de aannames.", "The raadsvoorstel gives each measure's ‘maximale opbrengst’ (maximum effect), ‘op termijn in 2024’, and says savings may show only as a smaller rise in costs. How much is really reached is an assumption: see the assumptions."},
	txtGrowthClientsAll:   {"Groei van het aantal Wmo-cliënten %d–%d (let op: met de sprong na het abonnementstarief van 2019)", "Growth of the number of Wmo clients %d–%d (note: includes the jump after the abonnementstarief, the flat-rate fee, of 2019)"},
	txtWhy1:               {"%s moet besparen op hulp uit de Wmo (Wet maatschappelijke ondersteuning) en op jeugdhulp.", "%s must save on support under the Wmo (Social Support Act) and on youth care."},
	txtWhy2:               {"Dat besparingsdoel heet de taakstelling. Kies hoe de gemeente de hulp regelt, en zie meteen wat dat doet.", "That savings target is called the taakstelling. Choose how the municipality arranges support, and see at once what it does."},
	txtAnswerTitle:        {"In %d met keuze %s", "In %d with option %s"},
	txtAnswerTitleNone:    {"In %d zonder keuze", "In %d without an option"},
	txtAnswerNone:         {"Nog geen uitkomst", "No result yet"},
	txtAnswerKeuze:        {"Keuze %s kost", "Option %s costs"},
	txtAnswerNoCost:       {"geen extra kosten", "no extra cost"},
	txtAnswerBalance:      {"Taakstelling (%s besparen)", "Savings target (save %s)"},
	txtAnswerGrowth:       {"Groei van de Wmo-kosten (prognose)", "Growth of the Wmo costs (prognosis)"},
	txtAnswerApart:        {"De keuze kost geld voor beleid. De taakstelling gaat over zorgkosten. Ze tellen niet bij elkaar op.", "The option costs policy money. The savings target is about care costs. They are not added up."},
	txtCostExtra:          {"%s extra per jaar", "%s extra a year"},
	txtCostPlusPM:         {"%s extra per jaar, plus kosten die nog niet bekend zijn (pm)", "%s extra a year, plus costs not yet known (pm)"},
	txtCostPM:             {"kosten die nog niet bekend zijn (pm)", "costs not yet known (pm)"},
	txtAnnounceBalance:    {"%d: taakstelling %s, %s", "%d: savings target %s, %s"},
	txtPlainBuurt:         {"U vraagt hulp in uw eigen wijk.", "You ask for help in your own neighbourhood."},
	txtPlainStedelijk:     {"U vraagt hulp op één plek in de stad: het Sociaal Plein.", "You ask for help at one place in the city: the Sociaal Plein."},
	txtPlainGemeenschap:   {"Professionele organisaties geven de hulp. Inwoners en vrijwilligers doen daarnaast meer voor elkaar.", "Professional organisations give the help. Residents and volunteers also do more for each other."},
	txtPlainGemeente:      {"De hulp komt van professionals die direct of indirect voor de gemeente werken. De gemeente organiseert meer zelf, zoals buurthuizen.", "The help comes from professionals who work directly or indirectly for the municipality. The municipality organises more itself, such as community centres."},
	txtGlossary:           {"Woordenlijst", "Glossary"},
	txtGlWmo:              {"Wmo", ""},
	txtGlWmoNL:            {"Wet maatschappelijke ondersteuning. Met deze wet helpt de gemeente inwoners om zelfstandig te wonen en mee te doen.", "Social Support Act. Under it the municipality helps residents to live independently and take part."},
	txtGlTaakstelling:     {"Taakstelling", ""},
	txtGlTaakstellingNL:   {"Het bedrag dat de gemeente elk jaar moet besparen op de zorgkosten van Wmo en jeugdhulp.", "The amount the municipality must save each year on the care costs of the Wmo and youth care."},
	txtGlPM:               {"pm (pro memorie)", ""},
	txtGlPMNL:             {"Er hoort een bedrag bij, maar dat is nog niet bekend. Het telt niet als nul.", "There is an amount, but it is not known yet. It does not count as zero."},
	txtGlKeuze:            {"Keuzeoptie", ""},
	txtGlKeuzeNL:          {"Een van de vier manieren om de hulp te regelen, uit de startnotitie.", "One of the four ways to arrange support, from the startnotitie (the council's starting memo)."},
	txtGlSleutel:          {"Verdeelsleutel", ""},
	txtGlSleutelNL:        {"Hoe de gemeenten in de regio een bedrag onder elkaar verdelen.", "How the municipalities of the region share an amount."},
	txtGlIngroei:          {"Ingroei", ""},
	txtGlIngroeiNL:        {"Hoe snel een maatregel zijn volle effect haalt.", "How fast a measure reaches its full effect."},
	txtGlOverlap:          {"Overlap", ""},
	txtGlOverlapNL:        {"Twee maatregelen voor dezelfde zorg besparen deels hetzelfde geld. Dan tellen ze niet gewoon op.", "Two measures on the same care partly save the same money. Then they do not simply add up."},
	txtGlGroei:            {"Autonome groei", ""},
	txtGlGroeiNL:          {"Hoeveel de zorgkosten stijgen als het beleid niet verandert.", "How much care costs rise if policy does not change."},
	txtGlZienswijze:       {"Zienswijze", ""},
	txtGlZienswijzeNL:     {"De formele reactie van Hilversum op het regionale plan.", "Hilversum's formal response to the regional plan."},
	txtGlBeheers:          {"Beheersmaatregel", ""},
	txtGlBeheersNL:        {"Wat de gemeente doet om een risico kleiner te maken.", "What the municipality does to make a risk smaller."},
	txtGlDekking:          {"Dekking", ""},
	txtGlDekkingNL:        {"Waar het geld voor een keuze vandaan komt.", "Where the money for an option comes from."},
	txtGlHHM:              {"Normenkader van HHM", ""},
	txtGlHHMNL:            {"Het raadsvoorstel noemt het ‘Normenkader van HHM’: regels die bepalen hoeveel huishoudelijke hulp iemand krijgt.", "The raadsvoorstel names the ‘Normenkader van HHM’: rules that decide how much household help someone gets."},
	txtGlAEF:              {"AEF", ""},
	txtGlAEFNL:            {"Een adviesbureau. Het onderzoek ‘Stelsel in groei’ (2020) twijfelde aan twee maatregelen.", "An advisory firm. Its study ‘Stelsel in groei’ (2020) doubted two measures."},
	txtGlKPMG:             {"KPMG", ""},
	txtGlKPMGNL:           {"Een adviesbureau. Het onderzocht waar Hilversum zelf kan besparen.", "An advisory firm. It studied where Hilversum itself can save."},
	txtMore:               {"Verder rekenen: maatregelen en aannames", "Calculate further: measures and assumptions"},
	txtKeuzeMore:          {"Meer over keuze %s: kosten, voordelen en risico's", "More on option %s: costs, advantages and risks"},
	txtEndsMore:           {"Wat ‘ongunstig’ en ‘gunstig’ betekenen", "What ‘unfavourable’ and ‘favourable’ mean"},
	txtCSVMachine:         {"Gegevens voor onderzoek (CSV met punten)", "Data for research (CSV with points)"},
	txtCSVHelp:            {"De eerste CSV opent goed in Excel met Nederlandse instellingen. De tweede is voor rekenprogramma's.", "The first CSV opens well in Excel with Dutch settings. The second is for analysis software."},
	txtMeasuresCounted:    {"Meegeteld: %d van de %d regionale maatregelen.", "Counted: %d of the %d regional measures."},
	txtMeasuresOff:        {"Uitgezet: %s.", "Switched off: %s."},
	txtGrowthMore:         {"Waarop deze prognose rust", "What this prognosis rests on"},
	txtPartOf:             {"voor %s %s", "for %s %s"},
	txtGrowthMore2:        {"%s meer Wmo-zorgkosten dan begroot voor 2023", "%s more Wmo care costs than budgeted for 2023"},
}

// t returns the text id in the language of l.
func t(l budget.Locale, id msgID) string {
	if id < 0 || id >= numMsgs {
		return ""
	}
	if l == budget.English {
		return texts[id][1]
	}
	return texts[id][0]
}

// langTag returns the value of the lang attribute for l.
func langTag(l budget.Locale) string {
	if l == budget.English {
		return "en"
	}
	return "nl"
}
