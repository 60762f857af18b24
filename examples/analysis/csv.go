package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// CSV headers, documented for spreadsheets and R/pandas. Amounts are euros
// as decimal strings with a point and no thousands separators; empty cells
// are unknown or not applicable; lists are separated by ";" (measures) or
// " " (years).
var (
	// summaryHeader: one row per θ of the grid and target.
	summaryHeader = []string{
		"theta",               // overlap fraction θ
		"assumption",          // low (θ = 1), central, high (θ = 0) or empty
		"target",              // taakstelling, or taakstelling + keuze X
		"keuze",               // "" or A–D
		"keuze_cost_counted",  // true when the keuze's extra cost is part of the requirement
		"keuze_pm",            // true when the keuze has pro memorie lines that are not counted ("+ pm")
		"status",              // met, none (no subset meets it) or unknown (no year known)
		"subsets",             // subsets enumerated (2^14)
		"sets_meeting",        // subsets that meet the target in every known year
		"min_measures",        // fewest measures of a subset that meets it
		"minimal_sets",        // subsets with min_measures measures that meet it (the ties)
		"min_regional_saving", // smallest combined regional saving (2024 level) that meets it, euros, rounded up to 1e-8
		"binding_year",        // the year that sets min_regional_saving
		"unknown_years",       // years whose requirement is unknown, not counted
	}
	// minimalHeader: one row per listed minimal set, for θ = 1 and the
	// central θ; a target no set meets has one row with empty set columns.
	minimalHeader = []string{
		"assumption", "theta", "target", "keuze", "keuze_cost_counted", "keuze_pm", "status",
		"sets_meeting", "min_measures", "minimal_sets",
		"rank",              // 1 = the largest combined saving among the ties
		"measures",          // measure ids, ";"-separated, in the seed's order
		"measure_numbers",   // 1-based numbers in the seed's list, ";"-separated
		"regional_saving",   // combined regional saving at the 2024 level, exact
		"binding_year",      // known year with the smallest margin
		"hilversum_savings", // Hilversum's savings in binding_year, to the cent
		"required",          // taakstelling + counted keuze cost in binding_year
		"margin",            // hilversum_savings − required
		"unknown_years",     // years whose requirement is unknown
	}
)

// sensitivityHeader: one row per assumption; gap_<year> and delta_<year>
// for each -gap-years year.
func (r *report) sensitivityHeader() []string {
	h := []string{"parameter", "value"}
	for _, y := range r.cfg.GapYears {
		h = append(h, "gap_"+y.String())
	}
	for _, y := range r.cfg.GapYears {
		h = append(h, "delta_"+y.String())
	}
	return h
}

// writeCSV writes one table as CSV.
func (r *report) writeCSV(w io.Writer, table string) error {
	cw := csv.NewWriter(w)
	var err error
	switch table {
	case tableSummary:
		err = r.summaryCSV(cw)
	case tableMinimal:
		err = r.minimalCSV(cw)
	case tableSensitivity:
		err = r.sensitivityCSV(cw)
	default:
		return fmt.Errorf("csv: one table at a time, not %q", table)
	}
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func money(d decimal.Decimal) string { return d.StringFixed(2) }

func fixedString(f regional.Fixed) string {
	switch f {
	case always, never:
		return ""
	}
	return f.Decimal().String()
}

func (r *report) summaryCSV(cw *csv.Writer) error {
	if err := cw.Write(summaryHeader); err != nil {
		return err
	}
	for oi, theta := range r.plan.Thetas {
		for ti, t := range r.plan.Targets {
			c := r.cells[oi][ti]
			st := status(t, c)
			row := []string{
				theta.String(), r.assumption(theta), t.Name, t.Keuze,
				strconv.FormatBool(t.CountsKeuzeCost()), strconv.FormatBool(t.PM), st,
				strconv.Itoa(r.subsets), "", "", "", "", "", yearList(t.Unknown),
			}
			if st != statusUnknown {
				row[8] = strconv.Itoa(c.Meeting)
				row[11] = fixedString(t.Threshold)
				row[12] = t.Binding.String()
			}
			if st == statusMet {
				row[9], row[10] = strconv.Itoa(c.MinSize), strconv.Itoa(len(c.Minimal))
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *report) minimalCSV(cw *csv.Writer) error {
	if err := cw.Write(minimalHeader); err != nil {
		return err
	}
	for _, theta := range []decimal.Decimal{decimal.NewFromInt(1), r.cfg.Central} {
		oi := r.thetaIndex(theta)
		for ti, t := range r.plan.Targets {
			c := r.cells[oi][ti]
			st := status(t, c)
			head := []string{
				r.assumption(theta), theta.String(), t.Name, t.Keuze,
				strconv.FormatBool(t.CountsKeuzeCost()), strconv.FormatBool(t.PM), st, "", "", "",
			}
			if st != statusUnknown {
				head[7] = strconv.Itoa(c.Meeting)
			}
			if st != statusMet {
				row := append(head, "", "", "", "", "", "", "", "", yearList(t.Unknown))
				if err := cw.Write(row); err != nil {
					return err
				}
				continue
			}
			head[8], head[9] = strconv.Itoa(c.MinSize), strconv.Itoa(len(c.Minimal))
			for _, d := range r.minimalSets(oi, ti) {
				row := append(append([]string(nil), head...),
					strconv.Itoa(d.Rank),
					strings.Join(r.measureIDs(d.Set), ";"),
					strings.Join(measureNumbers(d.Set), ";"),
					d.Saving.Decimal().String(),
					d.Binding.String(), money(d.Hilversum), money(d.Required), money(d.Margin),
					yearList(t.Unknown))
				if err := cw.Write(row); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (r *report) sensitivityCSV(cw *csv.Writer) error {
	if err := cw.Write(r.sensitivityHeader()); err != nil {
		return err
	}
	for _, s := range r.sens {
		row := []string{s.Parameter, s.Value}
		for _, g := range s.Gaps {
			row = append(row, gapString(g))
		}
		for _, g := range s.Deltas {
			row = append(row, gapString(g))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	return nil
}

func gapString(g gap) string {
	if !g.Known {
		return ""
	}
	return money(g.Value)
}
