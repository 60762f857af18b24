package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hilversum/sociaaldomein/budget"
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
	fmt.Fprintf(w, "Regional actieprogramma × keuzeopties: %s subsets of %d measures × %d targets × %d θ\n",
		budget.Dutch.Number(decimal.NewFromInt(int64(r.subsets)), 0), len(p.Measures), len(p.Targets), len(p.Thetas))
	thetas := make([]string, len(p.Thetas))
	for i, t := range p.Thetas {
		thetas[i] = dutch(t)
	}
	fmt.Fprintf(w, "Years %d–%d · key %s (Hilversum %s %%) · ramp %s (%s) · θ grid %s · low θ = 1 · central θ = %s (an assumption)\n\n",
		cfg.From, cfg.To, cfg.KeyName, dutch(share.Round(4)), cfg.RampName, rampText(p), strings.Join(thetas, "; "), dutch(cfg.Central))
	fmt.Fprintln(w, "A set of measures MEETS a target when, in every year whose requirement is known,")
	fmt.Fprintln(w, "  Hilversum's savings = key share × ramp(year) × combined regional saving(set, θ)   (exact, not rounded)")
	fmt.Fprintln(w, "  ≥ taakstelling(year) + extra cost of the keuze(year).")
	fmt.Fprintln(w, "The keuze cost counts in the years of its table (2024–2027), is 0 before 2024 and unknown after 2027;")
	fmt.Fprintln(w, "pro memorie lines (keuze C and D) are not counted: such a target reads \"+ pm\". Years with an unknown")
	fmt.Fprintln(w, "requirement are listed, never counted as 0. Implementation costs and other measures are pm, not counted.")
	fmt.Fprintln(w, "\"taakstelling\" alone is the seed's own question (and the target of every keuze without its cost).")
	fmt.Fprintln(w)

	fmt.Fprintln(w, "Measures (combined regional effect in 2024 as published; negative = saving):")
	rows := [][]string{{"#", "id", "pool", "effect 2024"}}
	for i, m := range p.Measures {
		rows = append(rows, []string{strconv.Itoa(i + 1), m.ID, m.Domain.ID(), euro(m.Effect)})
	}
	writeTable(w, rows, "rllr")
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
	s := euro(yr.Required)
	if yr.KeuzePM {
		s += " + pm"
	}
	return s
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

func (r *report) textSummary(w io.Writer) {
	fmt.Fprintf(w, "Summary: subsets (of %s) that meet the target in every known year; [fewest measures]\n",
		budget.Dutch.Number(decimal.NewFromInt(int64(r.subsets)), 0))
	head := []string{"target"}
	align := "l"
	for _, t := range r.plan.Thetas {
		label := "θ " + dutch(t)
		if a := r.assumption(t); a != "" {
			label += " (" + a + ")"
		}
		head = append(head, label)
		align += "r"
	}
	rows := [][]string{head}
	for ti, t := range r.plan.Targets {
		name := t.Name
		if t.PM {
			name += " + pm"
		}
		row := []string{name}
		for oi := range r.plan.Thetas {
			c := r.cells[oi][ti]
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
	fmt.Fprintln(w, "Combined regional saving (2024 level) needed, and the binding year:")
	rows = [][]string{{"target", "needed", "binding year", "unknown years"}}
	for _, t := range r.plan.Targets {
		needed := "—"
		switch {
		case !t.Known:
		case t.Threshold == never:
			needed = "impossible (ramp 0)"
		default:
			needed = euro(t.Threshold.Decimal())
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

func (r *report) textMinimal(w io.Writer) {
	for _, theta := range []decimal.Decimal{decimal.NewFromInt(1), r.cfg.Central} {
		oi := r.thetaIndex(theta)
		fmt.Fprintf(w, "Smallest sets of measures — %s assumption (θ = %s)\n", r.assumption(theta), dutch(theta))
		for ti, t := range r.plan.Targets {
			c := r.cells[oi][ti]
			name := t.Name
			if t.PM {
				name += " + pm"
			}
			switch status(t, c) {
			case statusUnknown:
				fmt.Fprintf(w, "  %s: unknown (no year's requirement is known)\n", name)
				continue
			case statusNone:
				fmt.Fprintf(w, "  %s: no set meets it in every year (binding year %d needs %s combined)\n", name, t.Binding, euro(t.Threshold.Decimal()))
				continue
			}
			shown := r.minimalSets(oi, ti)
			fmt.Fprintf(w, "  %s: %d measures; %d such set(s) (of %s sets that meet it)",
				name, c.MinSize, len(c.Minimal), budget.Dutch.Number(decimal.NewFromInt(int64(c.Meeting)), 0))
			if len(shown) < len(c.Minimal) {
				fmt.Fprintf(w, ", the %d with the largest saving shown", len(shown))
			}
			fmt.Fprintln(w)
			rows := [][]string{{"rank", "measures (#)", "combined", "binding year", "Hilversum", "required", "margin"}}
			for _, d := range shown {
				rows = append(rows, []string{strconv.Itoa(d.Rank), strings.Join(measureNumbers(d.Set), ","), euro(d.Saving.Decimal()),
					d.Binding.String(), euro(d.Hilversum), euro(d.Required), euro(d.Margin)})
			}
			writeTableIndent(w, "    ", rows, "rlrrrrr")
		}
		fmt.Fprintln(w)
	}
}

func (r *report) textSensitivity(w io.Writer) {
	fmt.Fprintln(w, "Sensitivity: gap = taakstelling − Hilversum's savings with all measures (positive = shortfall);")
	fmt.Fprintln(w, "one assumption changed at a time; Δ against the base row; keuze costs not included.")
	head := []string{"assumption"}
	align := "l"
	for _, y := range r.cfg.GapYears {
		head = append(head, "gap "+y.String())
		align += "r"
	}
	for _, y := range r.cfg.GapYears {
		head = append(head, "Δ "+y.String())
		align += "r"
	}
	rows := [][]string{head}
	for _, s := range r.sens {
		row := []string{s.Label}
		for _, g := range s.Gaps {
			row = append(row, gapText(g))
		}
		for _, g := range s.Deltas {
			row = append(row, gapText(g))
		}
		rows = append(rows, row)
	}
	writeTable(w, rows, align)
}

func gapText(g gap) string {
	if !g.Known {
		return "unknown"
	}
	return euro(g.Value)
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
