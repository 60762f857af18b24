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
// are needed; an unknown amount is an empty field. A pm column says "pm"
// when a pro memorie part is left out of the amount beside it.
//
//	jaar;taakstelling;besparing_laag;besparing_midden;besparing_hoog;uitvoeringskosten;uitvoeringskosten_pm;andere_maatregelen;andere_maatregelen_pm;saldo_laag;saldo_midden;saldo_hoog;oordeel;kosten_keuze;kosten_keuze_pm;groei
//	2022;900000.00;347000.22;1128695.33;1435640.22;;pm;;pm;-552999.78;228695.33;535640.22;hangt_af;0.00;;
//
// The columns keep apart what the documents keep apart. The taakstelling
// part: the target, Hilversum's savings (laag: the unfavourable case,
// midden: the middle assumption, hoog: the favourable case), the
// implementation costs and other measures, the saldo (savings −
// implementation costs + other measures − target, pm parts left out;
// positive is more than the target) and the oordeel by scenario.Judge
// ("gehaald", "gehaald_als" the implementation costs stay within saldo_laag,
// "hangt_af", "niet_gehaald", "onbekend"; in English the JSON names "met",
// "met-if", "depends", "not-met", "unknown"). Then, not in the saldo: the
// keuze's extra policy cost and the growth prognosis (empty without one).
func CSV(s State, c *Catalogue) (name string, data []byte, err error) {
	out, err := c.Evaluate(c.Input(s))
	if err != nil {
		return "", nil, err
	}
	header := []string{"jaar", "taakstelling", "besparing_laag", "besparing_midden", "besparing_hoog",
		"uitvoeringskosten", "uitvoeringskosten_pm", "andere_maatregelen", "andere_maatregelen_pm",
		"saldo_laag", "saldo_midden", "saldo_hoog", "oordeel", "kosten_keuze", "kosten_keuze_pm", "groei"}
	name = "rekenhulp-sociaal-domein.csv"
	if s.Lang == budget.English {
		header = []string{"year", "savings_target", "savings_low", "savings_central", "savings_high",
			"implementation_costs", "implementation_costs_pm", "other_measures", "other_measures_pm",
			"balance_low", "balance_central", "balance_high", "verdict", "option_cost", "option_cost_pm", "growth"}
		name = "social-domain-calculator.csv"
	}
	var b strings.Builder
	b.WriteString(strings.Join(header, ";") + "\r\n")
	for _, y := range out.Years {
		tp := y.Taakstelling
		row := []string{y.Year.String(), csvAmount(tp.Target)}
		row = append(row, csvRange(tp.Savings)...)
		row = append(row, csvAmount(tp.ImplementationCosts), pmField(tp.ImplementationCosts.PM))
		row = append(row, csvAmount(tp.OtherMeasures), pmField(tp.OtherMeasures.PM))
		row = append(row, csvRange(tp.Balance)...)
		row = append(row, csvVerdict(s.Lang, tp.Verdict.Kind))
		row = append(row, csvAmount(y.Keuze.Cost), pmField(y.Keuze.Cost.PM), csvAmount(y.Growth))
		b.WriteString(strings.Join(row, ";") + "\r\n")
	}
	return name, []byte(b.String()), nil
}

// csvVerdicts are the Dutch names of the verdict kinds in the CSV.
var csvVerdicts = map[scenario.VerdictKind]string{
	scenario.Met: "gehaald", scenario.MetIf: "gehaald_als", scenario.Depends: "hangt_af",
	scenario.NotMet: "niet_gehaald", scenario.VerdictUnknown: "onbekend",
}

func csvVerdict(l budget.Locale, k scenario.VerdictKind) string {
	if l == budget.English {
		return k.String()
	}
	return csvVerdicts[k]
}

func csvDecimal(d decimal.Decimal) string { return d.StringFixed(2) }

func csvAmount(a budget.Amount) string {
	if !a.Known {
		return ""
	}
	return csvDecimal(a.Value)
}

func csvRange(r budget.Range) []string {
	if !r.Known {
		return []string{"", "", ""}
	}
	return []string{csvDecimal(r.Low), csvDecimal(r.Central), csvDecimal(r.High)}
}

func pmField(pm bool) string {
	if pm {
		return "pm"
	}
	return ""
}
