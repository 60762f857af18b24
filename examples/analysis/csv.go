package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// CSV headers, documented for spreadsheets and R/pandas. Amounts are euros
// as decimal strings with a point and no thousands separators; empty cells
// are unknown or not applicable; lists are separated by ";" (measures) or
// " " (years). "met-if" is scenario.Judge's verdict while the
// implementation costs are pro memorie: met as long as they stay within the
// headroom.
var (
	// summaryHeader: one row per case and target.
	summaryHeader = []string{
		"case",                // ongunstig (the range's pessimistic end), middelste (the central θ), gunstig (θ 0, the optimistic end) or empty
		"theta",               // overlap fraction θ of the case
		"assumes",             // what the case assumes, in Dutch (regional.Cases.Describe)
		"target",              // taakstelling, or taakstelling + keuze X (two budgets added up)
		"keuze",               // "" or A–D
		"keuze_cost_counted",  // true when the keuze's extra cost is part of the requirement
		"keuze_pm",            // true when the keuze has pro memorie lines that are not counted ("+ pm")
		"status",              // met-if (some subset meets it), none (no subset does) or unknown (no year known)
		"subsets",             // subsets enumerated (2^14)
		"sets_met_if",         // subsets that are met-if in every known year
		"min_measures",        // fewest measures of a subset that is met-if
		"minimal_sets",        // subsets with min_measures measures that are met-if (the ties)
		"min_regional_saving", // combined regional saving (2024 level, under the case) at which every known year is met-if, euros, rounded up to 1e-10
		"binding_year",        // the year that sets min_regional_saving
		"unknown_years",       // years whose requirement is unknown, not counted
	}
	// minimalHeaderFixed: one row per listed minimal set, for the ongunstig
	// and the middelste case; a target no set meets has one row with empty
	// set columns. [report.minimalHeader] adds headroom_<year> per year.
	minimalHeaderFixed = []string{
		"case", "theta", "assumes", "target", "keuze", "keuze_cost_counted", "keuze_pm", "status",
		"sets_met_if", "min_measures", "minimal_sets",
		"rank",              // 1 = the largest combined saving among the ties
		"measures",          // measure ids, ";"-separated, in the seed's order
		"measure_numbers",   // 1-based numbers in the seed's list, ";"-separated
		"regional_saving",   // combined regional saving at the 2024 level under the case, exact
		"binding_year",      // known year with the smallest headroom
		"hilversum_savings", // the published municipality's savings in binding_year, to the cent
		"required",          // taakstelling + counted keuze cost in binding_year
		"headroom",          // hilversum_savings − required in binding_year: the most implementation costs at which every year is still met
		"unknown_years",     // years whose requirement is unknown
	}
)

// minimalHeader is minimalHeaderFixed and headroom_<year> for every year of
// -from…-to: the year's headroom (empty when its requirement is unknown).
func (r *report) minimalHeader() []string {
	h := append([]string(nil), minimalHeaderFixed...)
	for _, y := range r.plan.Years {
		h = append(h, "headroom_"+y.String())
	}
	return h
}

// sensitivityHeader: one row per assumption; balance_<year> and
// delta_<year> for each -gap-years year.
func (r *report) sensitivityHeader() []string {
	h := []string{"parameter", "value"}
	for _, y := range r.cfg.GapYears {
		h = append(h, "balance_"+y.String())
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

func amountString(a budget.Amount) string {
	if !a.Known {
		return ""
	}
	return money(a.Value)
}

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
	for ci, cs := range r.plan.Cases {
		for ti, t := range r.plan.Targets {
			c := r.cells[ci][ti]
			st := status(t, c)
			row := []string{
				cs.Name, cs.Theta.String(), cs.Assumes, t.Name, t.Keuze,
				strconv.FormatBool(t.CountsKeuzeCost()), strconv.FormatBool(t.PM), st,
				strconv.Itoa(r.subsets), "", "", "", "", "", yearList(t.Unknown),
			}
			if st != statusUnknown {
				row[9] = strconv.Itoa(c.Meeting)
				row[12] = fixedString(t.Threshold)
				row[13] = t.Binding.String()
			}
			if st == statusMet {
				row[10], row[11] = strconv.Itoa(c.MinSize), strconv.Itoa(len(c.Minimal))
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *report) minimalCSV(cw *csv.Writer) error {
	if err := cw.Write(r.minimalHeader()); err != nil {
		return err
	}
	for _, ci := range r.minimalCases() {
		cs := r.plan.Cases[ci]
		for ti, t := range r.plan.Targets {
			c := r.cells[ci][ti]
			st := status(t, c)
			head := []string{
				cs.Name, cs.Theta.String(), cs.Assumes, t.Name, t.Keuze,
				strconv.FormatBool(t.CountsKeuzeCost()), strconv.FormatBool(t.PM), st, "", "", "",
			}
			if st != statusUnknown {
				head[8] = strconv.Itoa(c.Meeting)
			}
			if st != statusMet {
				row := append(head, "", "", "", "", "", "", "", "", yearList(t.Unknown))
				for range r.plan.Years {
					row = append(row, "")
				}
				if err := cw.Write(row); err != nil {
					return err
				}
				continue
			}
			head[9], head[10] = strconv.Itoa(c.MinSize), strconv.Itoa(len(c.Minimal))
			for _, d := range r.minimalSets(ci, ti) {
				wy := d.Years[d.Worst]
				row := append(append([]string(nil), head...),
					strconv.Itoa(d.Rank),
					strings.Join(r.measureIDs(d.Set), ";"),
					strings.Join(measureNumbers(d.Set), ";"),
					d.Saving.Decimal().String(),
					d.Binding.String(), money(wy.Published), money(wy.Required), amountString(wy.Headroom()),
					yearList(t.Unknown))
				for _, y := range d.Years {
					row = append(row, amountString(y.Headroom()))
				}
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
		for _, b := range s.Balances {
			row = append(row, amountString(b))
		}
		for _, b := range s.Deltas {
			row = append(row, amountString(b))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	return nil
}
