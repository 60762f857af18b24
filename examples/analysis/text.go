package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// writeText writes the report as readable, aligned tables with nl-NL
// amounts (budget.FormatEuroWhole: whole euros, half away from zero).
func (r *report) writeText(w io.Writer, table string) error {
	bw := bufio.NewWriter(w)
	r.textHeader(bw)
	if table == tableAll || table == tableSummary {
		r.textSummary(bw)
	}
	if table == tableAll || table == tableMinimal {
		r.textMinimal(bw)
	}
	if table == tableAll || table == tableSensitivity {
		r.textSensitivity(bw)
	}
	return bw.Flush()
}

func euro(d decimal.Decimal) string { return budget.FormatEuroWhole(d) }

func (r *report) textHeader(w io.Writer) {
	p, cfg := r.plan, r.cfg
	share := decimal.NewFromBigRat(p.Share, 6).Mul(decimal.NewFromInt(100))
	pub := p.Published.Name
	fmt.Fprintf(w, "Regional actieprogramma × keuzeopties: %s subsets of %d measures × %d targets × %d cases\n",
		budget.Dutch.Number(decimal.NewFromInt(int64(r.subsets)), 0), len(p.Measures), len(p.Targets), len(p.Cases))
	thetas := make([]string, len(cfg.Thetas))
	for i, t := range cfg.Thetas {
		thetas[i] = dutch(t)
	}
	fmt.Fprintf(w, "Years %d–%d · key %s (%s %s %%) · ramp %s (%s) · θ grid %s · middelste aanname θ = %s\n\n",
		cfg.From, cfg.To, cfg.KeyName, pub, dutch(share.Round(4)), cfg.RampName, rampText(p), strings.Join(thetas, "; "), dutch(cfg.Central))

	fmt.Fprintln(w, "Cases: what each assumes. The seed gives only each measure's maximum effect \"op termijn\" (2024);")
	fmt.Fprintln(w, "every case is an assumption, none a figure the seed prints.")
	for _, c := range p.Cases {
		fmt.Fprintf(w, "  %s: %s\n", c.Label(), c.Assumes)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "A set of measures MEETS a target under a case when scenario.Judge says MET-IF (\"gehaald als\") in every")
	fmt.Fprintln(w, "year whose requirement is known, for the balance")
	fmt.Fprintf(w, "  %s's savings − taakstelling(year) − extra cost of the keuze(year),\n", pub)
	fmt.Fprintf(w, "  %s's savings = key share × ramp(year) × combined regional saving(set, case), to the cent as scenario.Evaluate splits it.\n", pub)
	fmt.Fprintln(w, "The implementation costs are pro memorie (the measures \"vragen extra inzet/kosten\", 004), never counted as 0,")
	fmt.Fprintf(w, "so no set meets a target outright: MET-IF means met as long as %s's implementation costs stay within\n", pub)
	fmt.Fprintln(w, "the HEADROOM, which is the balance of the year. Other measures (KPMG, local) are pm too: not counted.")
	fmt.Fprintln(w, "Under ongunstig, the pessimistic end of the library's range, a set that meets the taakstelling is met-if in")
	fmt.Fprintln(w, "scenario.Evaluate; one that meets it only under gunstig, the optimistic end, is \"depends\" (hangt af van de aannames).")
	fmt.Fprintln(w, "\"taakstelling\" alone is the seed's own question. \"taakstelling + keuze X\" adds two budgets on purpose: the")
	fmt.Fprintln(w, "taakstelling is on care costs (Wmo, Jeugd), a keuze is new policy spending, \"geen zorglasten\", with no budget")
	fmt.Fprintln(w, "change proposed yet; it asks whether the savings could pay for the keuze as well. The keuze cost counts in the")
	fmt.Fprintln(w, "years of its table (2024–2027), is 0 before 2024 and unknown after 2027; pro memorie lines (keuze C and D) are")
	fmt.Fprintln(w, "not counted: such a target reads \"+ pm\" and its headroom must hold those lines too. Years with an unknown")
	fmt.Fprintln(w, "requirement are listed, never counted as 0.")
	fmt.Fprintln(w)

	fmt.Fprintln(w, "Measures (combined regional effect in 2024 as published, a maximum; negative = saving; * = may raise costs, AEF):")
	rows := [][]string{{"#", "id", "pool", "effect 2024", "ongunstig share"}}
	for i, m := range p.Measures {
		id := m.ID
		if m.MayRaiseCosts {
			id += " *"
		}
		share := budget.Dutch.Percent(p.Low.Of(i))
		if m.Effect.IsPositive() {
			share = "a cost: in full"
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), id, m.Domain.ID(), euro(m.Effect), share})
	}
	writeTable(w, rows, "rllrr")
	fmt.Fprintln(w)

	fmt.Fprintln(w, "Requirement per year (taakstelling + keuze cost; — = unknown):")
	head := []string{"target"}
	for _, y := range p.Years {
		head = append(head, y.String())
	}
	rows = [][]string{head}
	align := "l"
	for _, t := range p.Targets {
		row := []string{t.Name}
		for _, yr := range t.Years {
			row = append(row, requirementText(yr))
		}
		rows = append(rows, row)
	}
	for range p.Years {
		align += "r"
	}
	writeTable(w, rows, align)
	fmt.Fprintln(w)
}

func requirementText(yr yearReq) string {
	if !yr.Known {
		return "— (" + yr.Why + ")"
	}
	return budget.Dutch.WithPM(budget.Amount{Value: yr.Required, Known: true, PM: yr.KeuzePM})
}

func rampText(p *plan) string {
	var parts []string
	for _, y := range p.Years {
		if f, ok := p.Ramp.At(y); ok {
			parts = append(parts, y.String()+" "+dutch(f.Mul(decimal.NewFromInt(100)))+" %")
		} else {
			parts = append(parts, y.String()+" unknown")
		}
	}
	return strings.Join(parts, ", ")
}

func targetName(t target) string {
	if t.PM {
		return t.Name + " + pm"
	}
	return t.Name
}

func (r *report) textSummary(w io.Writer) {
	fmt.Fprintf(w, "Summary: subsets (of %s) that meet the target (met-if) in every known year; [fewest measures]\n",
		budget.Dutch.Number(decimal.NewFromInt(int64(r.subsets)), 0))
	head := []string{"target"}
	align := "l"
	for _, c := range r.plan.Cases {
		head = append(head, c.Label())
		align += "r"
	}
	rows := [][]string{head}
	for ti, t := range r.plan.Targets {
		row := []string{targetName(t)}
		for ci := range r.plan.Cases {
			c := r.cells[ci][ti]
			switch status(t, c) {
			case statusUnknown:
				row = append(row, "unknown")
			case statusNone:
				row = append(row, "0")
			default:
				row = append(row, fmt.Sprintf("%s [%d]", budget.Dutch.Number(decimal.NewFromInt(int64(c.Meeting)), 0), c.MinSize))
			}
		}
		rows = append(rows, row)
	}
	writeTable(w, rows, align)
	fmt.Fprintln(w, "Combined regional saving (2024 level, under the case's own assumptions) at which every known year is met-if,")
	fmt.Fprintln(w, "and the binding year (within € 0,01 of the published municipality's part below it, the split to the cent decides):")
	rows = [][]string{{"target", "needed", "binding year", "unknown years"}}
	for _, t := range r.plan.Targets {
		needed := "—"
		switch {
		case !t.Known:
		case t.Threshold == never:
			needed = "impossible (ramp 0)"
		default:
			needed = euro(t.Threshold.Decimal().RoundCeil(0)) // a requirement: rounded up, so it is enough
		}
		unknown := yearList(t.Unknown)
		if unknown == "" {
			unknown = "none"
		}
		rows = append(rows, []string{t.Name, needed, t.Binding.String(), unknown})
	}
	writeTable(w, rows, "lrrl")
	fmt.Fprintln(w)
}

// minimalCases are the cases of the minimal table: ongunstig and middelste.
func (r *report) minimalCases() []int {
	return []int{r.plan.caseIndex(caseOngunstig), r.plan.caseIndex(caseMiddelste)}
}

func (r *report) textMinimal(w io.Writer) {
	p := r.plan
	pub := p.Published.Name
	for _, ci := range r.minimalCases() {
		cs := &p.Cases[ci]
		fmt.Fprintf(w, "Smallest sets of measures — %s: %s\n", cs.Label(), cs.Assumes)
		for ti, t := range p.Targets {
			c := r.cells[ci][ti]
			name := targetName(t)
			switch status(t, c) {
			case statusUnknown:
				fmt.Fprintf(w, "  %s: unknown (no year's requirement is known)\n", name)
				continue
			case statusNone:
				b := r.detail(cs, t, r.best[ci].Set)
				wy := b.Years[b.Worst]
				fmt.Fprintf(w, "  %s: no set meets it in every year (binding year %d needs %s combined); the best set (%s) saves %s combined: its largest shortfall is in %d, %s %s against %s required\n",
					name, t.Binding, euro(t.Threshold.Decimal()), measureList(b.Set), euro(b.Saving.Decimal()), wy.Year, pub, euro(wy.Published), euro(wy.Required))
				continue
			}
			shown := r.minimalSets(ci, ti)
			fmt.Fprintf(w, "  %s: %d measures; %d such set(s) (of %s sets that meet it)",
				name, c.MinSize, len(c.Minimal), budget.Dutch.Number(decimal.NewFromInt(int64(c.Meeting)), 0))
			if len(shown) < len(c.Minimal) {
				fmt.Fprintf(w, ", the %d with the largest saving shown", len(shown))
			}
			fmt.Fprintf(w, "; met-if: met as long as %s's implementation costs stay within the headroom\n", pub)
			head := []string{"rank", "measures (#)", "combined", "binding year", pub, "required"}
			align := "rlrrrr"
			for _, y := range p.Years {
				head = append(head, "headroom "+y.String())
				align += "r"
			}
			rows := [][]string{head}
			for _, d := range shown {
				wy := d.Years[d.Worst]
				row := []string{strconv.Itoa(d.Rank), strings.Join(measureNumbers(d.Set), ","), euro(d.Saving.Decimal()),
					d.Binding.String(), euro(wy.Published), euro(wy.Required)}
				for _, y := range d.Years {
					row = append(row, headroomText(y.Headroom()))
				}
				rows = append(rows, row)
			}
			writeTableIndent(w, "    ", rows, align)
		}
		fmt.Fprintln(w)
	}
}

// measureList is "measures 2,4,5" or "no measures".
func measureList(s regional.Set) string {
	if s == 0 {
		return "no measures"
	}
	return "measures " + strings.Join(measureNumbers(s), ",")
}

func headroomText(a budget.Amount) string {
	if !a.Known {
		return "—"
	}
	return euro(a.Value)
}

func (r *report) textSensitivity(w io.Writer) {
	fmt.Fprintf(w, "Sensitivity: balance = %s's savings − taakstelling with all measures, from scenario.Evaluate (positive = more\n", r.plan.Published.Name)
	fmt.Fprintln(w, "than the target, negative = shortfall; implementation costs and other measures pm, left out; keuze costs, another")
	fmt.Fprintln(w, "budget, not included); one assumption changed at a time; Δ against the base row.")
	head := []string{"assumption"}
	align := "l"
	for _, y := range r.cfg.GapYears {
		head = append(head, "balance "+y.String())
		align += "r"
	}
	for _, y := range r.cfg.GapYears {
		head = append(head, "Δ "+y.String())
		align += "r"
	}
	rows := [][]string{head}
	for _, s := range r.sens {
		row := []string{s.Label}
		for _, b := range s.Balances {
			row = append(row, amountText(b))
		}
		for _, b := range s.Deltas {
			row = append(row, amountText(b))
		}
		rows = append(rows, row)
	}
	writeTable(w, rows, align)
}

func amountText(a budget.Amount) string {
	if !a.Known {
		return "unknown"
	}
	return euro(a.Value)
}

func writeTable(w io.Writer, rows [][]string, align string) { writeTableIndent(w, "  ", rows, align) }

// writeTableIndent writes rows as columns padded to their widths in runes;
// align has one letter per column, l or r.
func writeTableIndent(w io.Writer, indent string, rows [][]string, align string) {
	var widths []int
	for _, row := range rows {
		for i, c := range row {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		b.WriteString(indent)
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i > 0 {
				b.WriteString("  ")
			}
			if i < len(align) && align[i] == 'r' {
				b.WriteString(pad + c)
			} else if i == len(row)-1 {
				b.WriteString(c)
			} else {
				b.WriteString(c + pad)
			}
		}
		fmt.Fprintln(w, b.String())
	}
}
