package view

import "github.com/hilversum/sociaaldomein/budget"

// msgID names a piece of interface text.
type msgID int

const (
	txtTitle msgID = iota
	txtIntro
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
	txtPerYear
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
	txtSummaryKeuze
	txtSummaryNone
	txtNoticeFragment
	txtNoticeAttributes
	txtNoticeDetail
	txtDismiss
	txtReset
	txtShare
	txtShareHelp
	txtCostRegion
	txtUnknown
	txtTotalRange
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
	txtGap
	txtChartTitle
	txtChartDesc
	txtLegendTarget
	txtLegendSavings
	txtLegendBand
	txtLegendCost
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
	txtProposed
	txtMeasureOff
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
	txtResultsSummary
	txtNoticeData
	txtScrollHint
	txtSection
	txtAssumptionsHelp
	txtNet
	numMsgs
)

// texts holds every interface text in Dutch ([0]) and English ([1]).
// Quotations from the documents (labels, advantages, risks) are not
// translated: they are shown as printed, marked lang="nl".
var texts = [numMsgs][2]string{
	txtTitle:             {"Rekenhulp sociaal domein", "Social domain calculator"},
	txtIntro:             {"Vergelijk de vier keuzeopties uit de Startnotitie Wmo-Samenleving 2024-2030: wat ze per jaar extra kosten, wat de voordelen en risico's zijn, en waar de bedragen vandaan komen.", "Compare the four policy options (keuzeopties) of the Startnotitie Wmo-Samenleving 2024-2030: their extra cost per year, their advantages and risks, and where the figures come from."},
	txtOtherLang:         {"English", "Nederlands"},
	txtOtherLangName:     {"en", "nl"},
	txtKeuzesLegend:      {"Kies een keuzeoptie", "Choose a policy option"},
	txtAccessAxis:        {"Toegang tot ondersteuning", "Access to support"},
	txtRoleAxis:          {"Rol van de samenleving", "Role of the community"},
	txtBuurtgericht:      {"Buurtgericht", "In the neighbourhood"},
	txtStedelijk:         {"Stedelijk", "City-wide"},
	txtGemeenschap:       {"(Meer) gemeenschap", "(More) community"},
	txtGemeente:          {"Gemeente", "Municipality"},
	txtKeuze:             {"Keuze", "Option"},
	txtPreferred:         {"Voorkeur van het college", "Preferred by the college (executive)"},
	txtPerYear:           {"extra per jaar", "extra per year"},
	txtCostCaption:       {"Extra kosten per jaar", "Extra cost per year"},
	txtCostLine:          {"Kostenpost", "Cost line"},
	txtTotal:             {"Totaal extra", "Total extra"},
	txtPM:                {"pm", "pm"},
	txtPMNote:            {"pm (pro memorie): het bedrag is nog niet bekend en telt niet mee in het totaal.", "pm (pro memorie): the amount is not yet known and is not included in the total."},
	txtAdvantages:        {"Voordelen", "Advantages"},
	txtRisks:             {"Risico's", "Risks"},
	txtMitigation:        {"Beheersmaatregel", "Mitigation"},
	txtDekking:           {"Dekking", "Coverage"},
	txtSource:            {"Bron", "Source"},
	txtNoKeuze:           {"Geen keuze", "No option"},
	txtNoKeuzeDetail:     {"Zonder keuzeoptie: alleen de staande aanpak, zonder extra kosten.", "Without a policy option: the current approach only, without extra cost."},
	txtSummaryKeuze:      {"Keuze %s kost %s in %s.", "Option %s costs %s in %s."},
	txtSummaryNone:       {"Geen keuzeoptie gekozen.", "No policy option chosen."},
	txtNoticeFragment:    {"De gedeelde link kon niet worden gelezen. U ziet de standaardinstelling.", "The shared link could not be read. You see the default settings."},
	txtNoticeAttributes:  {"De pagina vraagt om een instelling die niet bestaat. U ziet de standaardinstelling.", "The page asks for a setting that does not exist. You see the default settings."},
	txtNoticeDetail:      {"Details", "Details"},
	txtDismiss:           {"Melding sluiten", "Dismiss message"},
	txtReset:             {"Opnieuw beginnen", "Start again"},
	txtShare:             {"Link naar deze keuzes", "Link to these choices"},
	txtShareHelp:         {"Kopieer deze link om uw keuzes te delen of later terug te zien.", "Copy this link to share your choices or to come back to them later."},
	txtCostRegion:        {"Tabel met kosten per jaar, horizontaal te scrollen", "Table of cost per year, scrolls horizontally"},
	txtUnknown:           {"onbekend", "unknown"},
	txtTotalRange:        {"%s tot en met %s", "%s to %s"},
	txtMeasures:          {"Regionale maatregelen", "Regional measures"},
	txtMeasuresHelp:      {"Zet maatregelen aan of uit. Bedragen: regionaal effect in 2024 zoals gepubliceerd (min = besparing). De besparingen tellen niet zomaar op.", "Switch measures on or off. Amounts: regional effect in 2024 as published (minus = saving). The savings do not simply add up."},
	txtAssumptions:       {"Aannames", "Assumptions"},
	txtAssumption:        {"Aanname:", "Assumption:"},
	txtOverlap:           {"overlap tussen besparingen binnen één kostenpost", "overlap between savings within one cost pool"},
	txtOverlapHelp:       {"0 %: besparingen tellen volledig op (bovengrens). 100 %: alleen de grootste besparing per kostenpost telt (ondergrens).", "0 %: savings add up fully (upper bound). 100 %: only the largest saving per cost pool counts (lower bound)."},
	txtResults:           {"Resultaat per jaar voor Hilversum", "Result per year for Hilversum"},
	txtResultsCaption:    {"Taakstelling, besparing, kosten van de keuze en tekort per jaar", "Savings target, savings, cost of the option and shortfall per year"},
	txtResultsRegion:     {"Tabel met resultaten per jaar, horizontaal te scrollen", "Table of results per year, scrolls horizontally"},
	txtResultsNote:       {"Besparing en tekort: waarde bij de gekozen aanname, met tussen haakjes de uitkomst bij volledige overlap en bij optellen. Een negatief tekort is een overschot.", "Savings and shortfall: value at the chosen assumption, in brackets the outcome at full overlap and when added up. A negative shortfall is a surplus."},
	txtYear:              {"Jaar", "Year"},
	txtTaakstelling:      {"Taakstelling", "Savings target"},
	txtSavings:           {"Besparing Hilversum", "Hilversum's savings"},
	txtKeuzeCost:         {"Extra kosten keuze", "Extra cost of option"},
	txtGap:               {"Tekort", "Shortfall"},
	txtChartTitle:        {"Grafiek: taakstelling, besparing van Hilversum en extra kosten van de keuze per jaar,", "Chart: savings target, Hilversum's savings and extra cost of the option per year,"},
	txtChartDesc:         {"De tabel onder de grafiek bevat dezelfde cijfers als tekst.", "The table below the chart holds the same figures as text."},
	txtLegendTarget:      {"Taakstelling (streeplijn, vierkantjes)", "Savings target (dashed line, squares)"},
	txtLegendSavings:     {"Besparing Hilversum bij de gekozen aanname (doorgetrokken lijn, rondjes)", "Hilversum's savings at the chosen assumption (solid line, circles)"},
	txtLegendBand:        {"Bandbreedte van de besparing: van volledige overlap tot optellen (gearceerd)", "Range of the savings: from full overlap to adding up (hatched)"},
	txtLegendCost:        {"Extra kosten van de keuze (stippellijn, driehoekjes)", "Extra cost of the option (dotted line, triangles)"},
	txtKey:               {"verdeelsleutel: welk deel van de regionale besparing voor Hilversum is", "distribution key: which part of the regional savings is Hilversum's"},
	txtKeyPublished:      {"35 % zoals gepubliceerd (‘ongeveer 35%’, naar inwonertal)", "35 % as published (‘about 35%’, by inhabitants)"},
	txtKeyInhabitants:    {"Naar inwonertal van de zeven gemeenten (%s %%)", "By inhabitants of the seven municipalities (%s %%)"},
	txtRamp:              {"ingroei: hoe snel de maatregelen hun volle effect bereiken", "ramp-up: how fast the measures reach their full effect"},
	txtRampDefault:       {"Standaard: 40 % in 2022, 80 % in 2023, volledig vanaf 2024", "Default: 40 % in 2022, 80 % in 2023, full from 2024"},
	txtRampFull:          {"Volledig effect vanaf 2022", "Full effect from 2022"},
	txtRampSlow:          {"Langzamer: 20 % in 2022, elk jaar 20 % meer, volledig vanaf 2026", "Slower: 20 % in 2022, 20 % more each year, full from 2026"},
	txtGrowth:            {"autonome groei van de Wmo-kosten bij ongewijzigd beleid", "autonomous growth of Wmo costs at unchanged policy"},
	txtGrowthNone:        {"Geen groei", "No growth"},
	txtGrowthClients:     {"Groei van het aantal Wmo-cliënten 2017–2022", "Growth of the number of Wmo clients 2017–2022"},
	txtGrowthNational:    {"Landelijke groei van de zorguitgaven (2,9 % per jaar)", "National growth of care spending (2.9 % a year)"},
	txtImpl:              {"invoeringskosten van het regionale programma, per jaar vanaf 2022 (regionaal; Hilversum draagt zijn deel volgens de verdeelsleutel)", "implementation costs of the regional programme, per year from 2022 (regional; Hilversum bears its part by the distribution key)"},
	txtImplName:          {"Invoeringskosten", "Implementation costs"},
	txtOther:             {"besparing van andere maatregelen (KPMG, lokaal) voor Hilversum, per jaar vanaf 2022", "savings from other measures (KPMG, local) for Hilversum, per year from 2022"},
	txtOtherName:         {"Andere maatregelen", "Other measures"},
	txtAmountHelp:        {"In euro's, bijvoorbeeld 150.000 of 150.000,50. Leeg of ‘pm’: nog niet bekend (pro memorie), telt niet mee.", "In euros, e.g. 150.000 or 150.000,50 (Dutch notation) or 150000.50. Empty or ‘pm’: not yet known (pro memorie), not counted."},
	txtAmountBad:         {"%s: ‘%s’ is geen bedrag. Typ een bedrag zoals 150.000 of 150.000,50, of laat het veld leeg voor pm.", "%s: ‘%s’ is not an amount. Type an amount such as 150000 or 150000.50, or leave the field empty for pm."},
	txtAmountNegative:    {"%s: vul een bedrag van 0 of meer in.", "%s: enter an amount of 0 or more."},
	txtAmountLarge:       {"%s: het bedrag is groter dan %s.", "%s: the amount is larger than %s."},
	txtAmountKept:        {"Er wordt gerekend met de laatste geldige waarde: %s.", "The calculation uses the last valid value: %s."},
	txtRemark:            {"Zienswijze Hilversum", "Hilversum's response (zienswijze)"},
	txtCross:             {"Effect in een andere kostenpost", "Effect in another cost pool"},
	txtCrossPM:           {"pm (niet becijferd, telt niet mee)", "pm (not quantified, not counted)"},
	txtMeasureOff:        {"Uitgezet: niet meegeteld in de uitkomst", "Switched off: not counted in the result"},
	txtProposed:          {"Voorgesteld door Hilversum, buiten het programma: pm, telt niet mee in de uitkomst", "Proposed by Hilversum, outside the programme: pm, not counted in the result"},
	txtSourceLines:       {"Bron per kostenpost", "Source per cost line"},
	txtSources:           {"Bronnen van alle bedragen", "Sources of all figures"},
	txtSrcTaakstelling:   {"Taakstelling", "Savings target"},
	txtSrcShare:          {"Aandeel van Hilversum (35 %)", "Hilversum's share (35 %)"},
	txtSrcMunicipalities: {"De zeven gemeenten en hun inwonertal", "The seven municipalities and their inhabitants"},
	txtSrcMeasures:       {"Regionale maatregelen en hun effect in 2024", "Regional measures and their effect in 2024"},
	txtSrcKeuze:          {"Kosten van keuze %s", "Cost of option %s"},
	txtSrcRamp:           {"Ingroei (aanname van de rekenhulp)", "Ramp-up (assumption of the calculator)"},
	txtSrcRampText:       {"Het programma start in juni 2021 en bereikt ‘op termijn in 2024’ zijn volle effect. De rekenhulp neemt een rechte lijn aan, naar beneden afgerond op tienden: 0 in 2021, 0,4 in 2022, 0,8 in 2023, 1 vanaf 2024.", "The programme starts in June 2021 and reaches its full effect ‘op termijn in 2024’. The calculator assumes a straight line, rounded down to tenths: 0 in 2021, 0.4 in 2022, 0.8 in 2023, 1 from 2024."},
	txtSrcOverlap:        {"Overlap (aanname van de rekenhulp)", "Overlap (assumption of the calculator)"},
	txtSrcOverlapText:    {"Het raadsvoorstel zegt dat de besparingen ‘niet zomaar bij elkaar opgeteld’ kunnen worden, maar geeft geen percentage. 50 % is een aanname, midden tussen de twee grenzen.", "The raadsvoorstel says the savings cannot ‘simply be added up’ but gives no percentage. 50 % is an assumption, halfway between the two bounds."},
	txtCopy:              {"Link kopiëren", "Copy link"},
	txtCSV:               {"Resultaten downloaden (CSV)", "Download results (CSV)"},
	txtStatusCopied:      {"De link staat op het klembord.", "The link is on the clipboard."},
	txtStatusSelected:    {"De link is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).", "The link is selected: copy it with Ctrl+C (or Cmd+C)."},
	txtStatusDownloaded:  {"Het CSV-bestand met de resultaten is aangeboden om te downloaden.", "The CSV file with the results was offered for download."},
	txtStatusReset:       {"Alle keuzes en aannames staan weer op de beginwaarde.", "All choices and assumptions are back at their starting values."},
	txtResultsSummary:    {"Bij de gekozen aannames haalt Hilversum de taakstelling in %d van de %d jaren %s.", "With the chosen assumptions Hilversum meets the savings target in %d of the %d years %s."},
	txtNoticeData:        {"Een gegevensbestand van deze pagina kon niet worden gebruikt. De rekenhulp rekent met de ingebouwde gegevens.", "A data file of this page could not be used. The calculator uses its built-in data."},
	txtScrollHint:        {"Tip: de tabel is breder dan het scherm; schuif opzij om alles te zien.", "Tip: the table is wider than the screen; scroll sideways to see it all."},
	txtSection:           {"onderdeel", "section"},
	txtAssumptionsHelp:   {"Deze waarden staan niet in de documenten vast. Pas ze aan om te zien hoe gevoelig de uitkomst is.", "These values are not fixed by the documents. Change them to see how sensitive the outcome is."},
	txtNet:               {"Effect op de begroting", "Effect on the budget"},
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
