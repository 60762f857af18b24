package main

import (
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/shopspring/decimal"
)

// report is the computed analysis, ready to be written.
type report struct {
	cfg     config
	plan    *plan
	cells   [][]cell // [case index][target index]
	best    []best   // per case
	sens    []sensRow
	subsets int
}

// compute runs the enumeration and the sensitivity table for cfg.
func compute(cfg config, progress func(done, total int)) (*report, error) {
	p, err := newPlan(cfg)
	if err != nil {
		return nil, err
	}
	sens, err := sensitivity(p, cfg)
	if err != nil {
		return nil, err
	}
	cells, bests := enumerate(p, progress)
	return &report{cfg: cfg, plan: p, cells: cells, best: bests, sens: sens, subsets: 1 << p.Prog.All().Len()}, nil
}

// Status of a target under one case.
const (
	statusMet     = "met-if"  // at least one set meets it (met-if) in every known year
	statusNone    = "none"    // no set does, not even the best
	statusUnknown = "unknown" // no year's requirement is known
)

func status(t target, c cell) string {
	switch {
	case !t.Known:
		return statusUnknown
	case c.MinSize < 0:
		return statusNone
	}
	return statusMet
}

// setDetail describes one set under a case and a target.
type setDetail struct {
	Rank   int
	Set    regional.Set
	Saving regional.Fixed // combined regional saving (2024, before ramp)
	// Years holds, per year of the plan, the published municipality's
	// savings, the requirement and judge's verdict on their difference
	// (Known false for a year whose requirement is unknown).
	Years []setYear
	// Binding is the known year with the smallest balance; Worst its
	// index in Years.
	Binding budget.Year
	Worst   int
}

// setYear is one year of a setDetail.
type setYear struct {
	Year      budget.Year
	Known     bool
	Published decimal.Decimal // savings, split to the cent as scenario.Evaluate does
	Required  decimal.Decimal
	Balance   decimal.Decimal // Published − Required
	Verdict   scenario.Verdict
}

// Headroom is the year's headroom as an amount: judge's Headroom when the
// verdict is met-if, unknown otherwise (the year is not met under the case,
// or its requirement is unknown).
func (y setYear) Headroom() budget.Amount {
	if !y.Known || y.Verdict.Kind != scenario.MetIf {
		return budget.Amount{}
	}
	return budget.KnownAmount(y.Verdict.Headroom)
}

// detail judges set s under case c against target t, year by year.
func (r *report) detail(c *caseSpec, t target, s regional.Set) setDetail {
	p := r.plan
	d := setDetail{Set: s, Saving: c.saving(p.Prog, s), Worst: -1}
	for _, yr := range t.Years {
		y := setYear{Year: yr.Year, Known: yr.Known, Required: yr.Required}
		if yr.Known {
			y.Published, _ = publishedPart(p.Key, p.H, p.Ramp, d.Saving, yr.Year)
			y.Balance = y.Published.Sub(yr.Required)
			y.Verdict = judge(y.Balance)
			if d.Worst < 0 || y.Balance.LessThan(d.Years[d.Worst].Balance) {
				d.Worst, d.Binding = len(d.Years), yr.Year
			}
		}
		d.Years = append(d.Years, y)
	}
	return d
}

// minimalSets returns the listed minimal sets of target ti under case ci,
// ranked, at most cfg.Ties (0: all).
func (r *report) minimalSets(ci, ti int) []setDetail {
	c := &r.plan.Cases[ci]
	sets := rankMinimal(r.plan.Prog, c, r.cells[ci][ti].Minimal)
	if r.cfg.Ties > 0 && len(sets) > r.cfg.Ties {
		sets = sets[:r.cfg.Ties]
	}
	out := make([]setDetail, 0, len(sets))
	for i, s := range sets {
		d := r.detail(c, r.plan.Targets[ti], s)
		d.Rank = i + 1
		out = append(out, d)
	}
	return out
}

// measureIDs lists the ids of the measures in s, in the seed's order.
func (r *report) measureIDs(s regional.Set) []string {
	var ids []string
	for _, i := range s.Indices() {
		ids = append(ids, r.plan.Measures[i].ID)
	}
	return ids
}

// measureNumbers lists the 1-based numbers of the measures in s.
func measureNumbers(s regional.Set) []string {
	var ns []string
	for _, i := range s.Indices() {
		ns = append(ns, strconv.Itoa(i+1))
	}
	return ns
}

func yearList(ys []budget.Year) string {
	parts := make([]string, len(ys))
	for i, y := range ys {
		parts[i] = y.String()
	}
	return strings.Join(parts, " ")
}
