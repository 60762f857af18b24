package view

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

// CSV returns the results of state s as a CSV file for a spreadsheet with
// Dutch settings (Excel, LibreOffice): its name and content.
//
// The format: UTF-8 with a byte order mark (so Excel reads the "€" and the
// accents), lines ending in "\r\n" (RFC 4180), fields separated by ";",
// amounts with a decimal comma and no thousands separator ("1128695,33"),
// so the spreadsheet reads them as numbers. First the scenario that
// produced the figures — the keuze, the measures switched on and every
// assumption with its value as the outcome states it
// (scenario.Outcome.Assumptions), and the state's share fragment — then a
// blank line, then the table: a header row in the state's language and one
// row per year. An unknown amount is an empty field; a pm column says "pm"
// when a pro memorie part is left out of the amount beside it.
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
//
// [MachineCSV] is the same table for analysis software.
func CSV(s State, c *Catalogue) (name string, data []byte, err error) {
	out, err := c.Evaluate(c.Input(s))
	if err != nil {
		return "", nil, err
	}
	var b strings.Builder
	b.WriteString("\uFEFF")
	scenarioRows(&b, s, c, out)
	b.WriteString("\r\n")
	csvTable(&b, s.Lang, out, func(d decimal.Decimal) string { return strings.Replace(d.StringFixed(2), ".", ",", 1) })
	name = "rekenhulp-sociaal-domein.csv"
	if s.Lang == budget.English {
		name = "social-domain-calculator.csv"
	}
	return name, []byte(b.String()), nil
}

// MachineCSV returns the results of state s as a CSV file for analysis
// software (R, pandas, a database): no byte order mark, the header row
// first with the same English names in every language, amounts in machine
// form with a decimal point and exactly two decimals ("1128695.33", the
// same form as the JSON API), the verdict by its JSON name, ";" between
// fields, and a last column "scenario" with the state's share fragment in
// every row (FromFragment reads it back), so each row says what produced it.
//
//	year;savings_target;savings_low;savings_central;savings_high;implementation_costs;implementation_costs_pm;other_measures;other_measures_pm;balance_low;balance_central;balance_high;verdict;option_cost;option_cost_pm;growth;scenario
//	2022;900000.00;347000.22;1128695.33;1435640.22;;pm;;pm;-552999.78;228695.33;535640.22;depends;0.00;;;"1;k:A;…"
func MachineCSV(s State, c *Catalogue) (name string, data []byte, err error) {
	out, err := c.Evaluate(c.Input(s))
	if err != nil {
		return "", nil, err
	}
	var b strings.Builder
	// The same names in every language, so a script reads any file.
	csvTable(&b, budget.English, out, csvDecimal, "scenario", csvQuote(s.Fragment()))
	return "rekenhulp-sociaal-domein-data.csv", []byte(b.String()), nil
}

// scenarioRows writes what produced the outcome, one "name;value" row
// each: the keuze, the measures, every assumption and the share fragment.
func scenarioRows(b *strings.Builder, s State, c *Catalogue, out scenario.Outcome) {
	en := s.Lang == budget.English
	row := func(nl, eng, value string) {
		name := nl
		if en {
			name = eng
		}
		b.WriteString(csvQuote(name) + ";" + csvQuote(value) + "\r\n")
	}
	keuze := t(s.Lang, txtNoKeuze)
	if k, ok := c.Keuze(s.Keuze); ok {
		keuze = k.ID + ": " + k.Name
	}
	row("keuze", "option", keuze)
	var names []string
	for _, m := range c.Measures {
		if slices.Contains(s.Measures, m.ID) {
			names = append(names, m.Name)
		}
	}
	row("maatregelen", "measures", fmt.Sprintf("%d/%d: %s", len(names), len(c.Measures), strings.Join(names, ", ")))
	for _, a := range out.Assumptions {
		if a.ID == "keuze" || a.ID == "measures" {
			continue
		}
		row(a.Label, a.Label, a.Value)
	}
	row("scenario", "scenario", s.Fragment())
}

// csvTable writes the header row and one row per year; extra is a last
// column's name and value, repeated in every row.
func csvTable(b *strings.Builder, l budget.Locale, out scenario.Outcome, num func(decimal.Decimal) string, extra ...string) {
	header := []string{"jaar", "taakstelling", "besparing_laag", "besparing_midden", "besparing_hoog",
		"uitvoeringskosten", "uitvoeringskosten_pm", "andere_maatregelen", "andere_maatregelen_pm",
		"saldo_laag", "saldo_midden", "saldo_hoog", "oordeel", "kosten_keuze", "kosten_keuze_pm", "groei"}
	if l == budget.English {
		header = []string{"year", "savings_target", "savings_low", "savings_central", "savings_high",
			"implementation_costs", "implementation_costs_pm", "other_measures", "other_measures_pm",
			"balance_low", "balance_central", "balance_high", "verdict", "option_cost", "option_cost_pm", "growth"}
	}
	if len(extra) == 2 {
		header = append(header, extra[0])
	}
	amount := func(a budget.Amount) string {
		if !a.Known {
			return ""
		}
		return num(a.Value)
	}
	rng := func(r budget.Range) []string {
		if !r.Known {
			return []string{"", "", ""}
		}
		return []string{num(r.Low), num(r.Central), num(r.High)}
	}
	b.WriteString(strings.Join(header, ";") + "\r\n")
	for _, y := range out.Years {
		tp := y.Taakstelling
		row := []string{y.Year.String(), amount(tp.Target)}
		row = append(row, rng(tp.Savings)...)
		row = append(row, amount(tp.ImplementationCosts), pmField(tp.ImplementationCosts.PM))
		row = append(row, amount(tp.OtherMeasures), pmField(tp.OtherMeasures.PM))
		row = append(row, rng(tp.Balance)...)
		row = append(row, csvVerdict(l, tp.Verdict.Kind))
		row = append(row, amount(y.Keuze.Cost), pmField(y.Keuze.Cost.PM), amount(y.Growth))
		if len(extra) == 2 {
			row = append(row, extra[1])
		}
		b.WriteString(strings.Join(row, ";") + "\r\n")
	}
}

// csvQuote quotes a field by RFC 4180 when it holds a separator, a quote
// or a line break; and, so a spreadsheet never runs it as a formula, when
// it starts with =, +, - or @ (labels may come from a data file).
func csvQuote(f string) string {
	if f != "" && strings.ContainsAny(f[:1], "=+-@") {
		f = "'" + f
	}
	if strings.ContainsAny(f, ";\"\r\n") {
		return `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
	}
	return f
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

func pmField(pm bool) string {
	if pm {
		return "pm"
	}
	return ""
}
