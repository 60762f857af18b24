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
	numMsgs
)

// texts holds every interface text in Dutch ([0]) and English ([1]).
// Quotations from the documents (labels, advantages, risks) are not
// translated: they are shown as printed, marked lang="nl".
var texts = [numMsgs][2]string{
	txtTitle:            {"Rekenhulp sociaal domein", "Social domain calculator"},
	txtIntro:            {"Vergelijk de vier keuzeopties uit de Startnotitie Wmo-Samenleving 2024-2030: wat ze per jaar extra kosten, wat de voordelen en risico's zijn, en waar de bedragen vandaan komen.", "Compare the four policy options (keuzeopties) of the Startnotitie Wmo-Samenleving 2024-2030: their extra cost per year, their advantages and risks, and where the figures come from."},
	txtOtherLang:        {"English", "Nederlands"},
	txtOtherLangName:    {"en", "nl"},
	txtKeuzesLegend:     {"Kies een keuzeoptie", "Choose a policy option"},
	txtAccessAxis:       {"Toegang tot ondersteuning", "Access to support"},
	txtRoleAxis:         {"Rol van de samenleving", "Role of the community"},
	txtBuurtgericht:     {"Buurtgericht", "In the neighbourhood"},
	txtStedelijk:        {"Stedelijk", "City-wide"},
	txtGemeenschap:      {"(Meer) gemeenschap", "(More) community"},
	txtGemeente:         {"Gemeente", "Municipality"},
	txtKeuze:            {"Keuze", "Option"},
	txtPreferred:        {"Voorkeur van het college", "Preferred by the college (executive)"},
	txtPerYear:          {"extra per jaar", "extra per year"},
	txtCostCaption:      {"Extra kosten per jaar", "Extra cost per year"},
	txtCostLine:         {"Kostenpost", "Cost line"},
	txtTotal:            {"Totaal extra", "Total extra"},
	txtPM:               {"pm", "pm"},
	txtPMNote:           {"pm (pro memorie): het bedrag is nog niet bekend en telt niet mee in het totaal.", "pm (pro memorie): the amount is not yet known and is not included in the total."},
	txtAdvantages:       {"Voordelen", "Advantages"},
	txtRisks:            {"Risico's", "Risks"},
	txtMitigation:       {"Beheersmaatregel", "Mitigation"},
	txtDekking:          {"Dekking", "Coverage"},
	txtSource:           {"Bron", "Source"},
	txtNoKeuze:          {"Geen keuze", "No option"},
	txtNoKeuzeDetail:    {"Zonder keuzeoptie: alleen de staande aanpak, zonder extra kosten.", "Without a policy option: the current approach only, without extra cost."},
	txtSummaryKeuze:     {"Keuze %s kost %s in %s.", "Option %s costs %s in %s."},
	txtSummaryNone:      {"Geen keuzeoptie gekozen.", "No policy option chosen."},
	txtNoticeFragment:   {"De gedeelde link kon niet worden gelezen. U ziet de standaardinstelling.", "The shared link could not be read. You see the default settings."},
	txtNoticeAttributes: {"De pagina vraagt om een instelling die niet bestaat. U ziet de standaardinstelling.", "The page asks for a setting that does not exist. You see the default settings."},
	txtNoticeDetail:     {"Details", "Details"},
	txtDismiss:          {"Melding sluiten", "Dismiss message"},
	txtReset:            {"Opnieuw beginnen", "Start again"},
	txtShare:            {"Link naar deze keuzes", "Link to these choices"},
	txtShareHelp:        {"Kopieer deze link om uw keuzes te delen of later terug te zien.", "Copy this link to share your choices or to come back to them later."},
	txtCostRegion:       {"Tabel met kosten per jaar, horizontaal te scrollen", "Table of cost per year, scrolls horizontally"},
	txtUnknown:          {"onbekend", "unknown"},
	txtTotalRange:       {"%s tot en met %s", "%s to %s"},
	txtMeasures:         {"Regionale maatregelen", "Regional measures"},
	txtMeasuresHelp:     {"Zet maatregelen aan of uit. Bedragen: regionaal effect in 2024 zoals gepubliceerd (min = besparing). De besparingen tellen niet zomaar op.", "Switch measures on or off. Amounts: regional effect in 2024 as published (minus = saving). The savings do not simply add up."},
	txtAssumptions:      {"Aannames", "Assumptions"},
	txtAssumption:       {"Aanname:", "Assumption:"},
	txtOverlap:          {"overlap tussen besparingen binnen één kostenpost", "overlap between savings within one cost pool"},
	txtOverlapHelp:      {"0 %: besparingen tellen volledig op (bovengrens). 100 %: alleen de grootste besparing per kostenpost telt (ondergrens).", "0 %: savings add up fully (upper bound). 100 %: only the largest saving per cost pool counts (lower bound)."},
	txtResults:          {"Resultaat per jaar voor Hilversum", "Result per year for Hilversum"},
	txtResultsCaption:   {"Taakstelling, besparing, kosten van de keuze en tekort per jaar", "Savings target, savings, cost of the option and shortfall per year"},
	txtResultsRegion:    {"Tabel met resultaten per jaar, horizontaal te scrollen", "Table of results per year, scrolls horizontally"},
	txtResultsNote:      {"Besparing en tekort: waarde bij de gekozen aanname, met tussen haakjes de uitkomst bij volledige overlap en bij optellen. Een negatief tekort is een overschot.", "Savings and shortfall: value at the chosen assumption, in brackets the outcome at full overlap and when added up. A negative shortfall is a surplus."},
	txtYear:             {"Jaar", "Year"},
	txtTaakstelling:     {"Taakstelling", "Savings target"},
	txtSavings:          {"Besparing Hilversum", "Hilversum's savings"},
	txtKeuzeCost:        {"Extra kosten keuze", "Extra cost of option"},
	txtGap:              {"Tekort", "Shortfall"},
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
