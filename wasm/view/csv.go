package view

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

// CSV returns the results of state s as a CSV file: its name and content.
//
// The format: UTF-8, lines ending in "\r\n" (RFC 4180), fields separated by
// ";" so that a Dutch spreadsheet splits the columns, a header row in the
// state's language, then one row per year. Amounts are decimal strings in
// machine form with a point and exactly two decimals ("1128695.33", the
// same form as the JSON API), so no precision is lost and no locale guesses
// are needed; an unknown amount is an empty field. The pm columns say "pm"
// when a pro memorie part is left out of the amounts beside them.
//
//	jaar;taakstelling;besparing_laag;besparing_aanname;besparing_hoog;kosten_keuze;kosten_keuze_pm;tekort_laag;tekort_aanname;tekort_hoog;tekort_pm
//	2022;900000.00;821750.44;1128695.33;1435640.22;0.00;;-535640.22;-228695.33;78249.56;pm
//
// "laag" and "hoog" are the numeric ends of the range (for the shortfall,
// laag is the largest surplus).
func CSV(s State, c *Catalogue) (name string, data []byte, err error) {
	out, err := c.Evaluate(s.Input())
	if err != nil {
		return "", nil, err
	}
	header := []string{"jaar", "taakstelling", "besparing_laag", "besparing_aanname", "besparing_hoog", "kosten_keuze", "kosten_keuze_pm", "tekort_laag", "tekort_aanname", "tekort_hoog", "tekort_pm"}
	name = "rekenhulp-sociaal-domein.csv"
	if s.Lang == budget.English {
		header = []string{"year", "savings_target", "savings_low", "savings_assumed", "savings_high", "option_cost", "option_cost_pm", "shortfall_low", "shortfall_assumed", "shortfall_high", "shortfall_pm"}
		name = "social-domain-calculator.csv"
	}
	var b strings.Builder
	b.WriteString(strings.Join(header, ";") + "\r\n")
	for _, y := range out.Years {
		row := []string{y.Year.String(), csvAmount(y.Taakstelling)}
		row = append(row, csvBand(y.Savings)...)
		row = append(row, csvAmount(y.KeuzeCost), pmField(y.KeuzeCost.PM))
		row = append(row, csvBand(y.Gap)...)
		row = append(row, pmField(y.PM))
		b.WriteString(strings.Join(row, ";") + "\r\n")
	}
	return name, []byte(b.String()), nil
}

func csvDecimal(d decimal.Decimal) string { return d.StringFixed(2) }

func csvAmount(a scenario.Amount) string {
	if !a.Known {
		return ""
	}
	return csvDecimal(a.Value)
}

func csvBand(b scenario.Band) []string {
	if !b.Known {
		return []string{"", "", ""}
	}
	return []string{csvDecimal(b.Min), csvDecimal(b.Central), csvDecimal(b.Max)}
}

func pmField(pm bool) string {
	if pm {
		return "pm"
	}
	return ""
}
