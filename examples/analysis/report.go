package main

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// report is the computed analysis, ready to be written.
type report struct {
	cfg     config
	plan    *plan
	cells   [][]cell // [θ index][target index]
	sens    []sensRow
	subsets int
}

// compute runs the enumeration and the sensitivity table for cfg.
func compute(cfg config, progress func(done, total int)) (*report, error) {
	p, err := newPlan(cfg)
	if err != nil {
		return nil, err
	}
	thr := make([]regional.Fixed, len(p.Targets))
	for i, t := range p.Targets {
		thr[i] = t.Threshold
	}
	return &report{
		cfg:     cfg,
		plan:    p,
		cells:   enumerate(p.Prog, p.Overlaps, thr, progress),
		sens:    sensitivity(p, cfg),
		subsets: 1 << p.Prog.All().Len(),
	}, nil
}

// Status of a target under one θ.
const (
	statusMet     = "met"     // at least one set meets it in every known year
	statusNone    = "none"    // no set does, not even all measures
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

// assumption names the θ of the grid: low (θ = 1), central, high (θ = 0).
func (r *report) assumption(theta decimal.Decimal) string {
	switch {
	case theta.Equal(decimal.NewFromInt(1)):
		return "low"
	case theta.Equal(r.cfg.Central):
		return "central"
	case theta.IsZero():
		return "high"
	}
	return ""
}

// thetaIndex returns the index of θ in the grid (always there: parseFlags
// adds 1 and the central θ).
func (r *report) thetaIndex(theta decimal.Decimal) int {
	for i, t := range r.plan.Thetas {
		if t.Equal(theta) {
			return i
		}
	}
	return -1
}

// setDetail describes one minimal set.
type setDetail struct {
	Rank    int
	Set     regional.Set
	Saving  regional.Fixed // combined regional saving (2024, before ramp)
	Binding budget.Year    // the known year with the smallest margin
	// Hilversum is Hilversum's savings in Binding, to the cent (as
	// scenario.Evaluate splits them); Required the requirement; Margin
	// their difference.
	Hilversum, Required, Margin decimal.Decimal
}

// minimalSets returns the listed minimal sets of target ti under θ index
// oi, ranked, at most cfg.Ties (0: all).
func (r *report) minimalSets(oi, ti int) []setDetail {
	c := r.cells[oi][ti]
	o := r.plan.Overlaps[oi]
	sets := rankMinimal(r.plan.Prog, o, c.Minimal)
	if r.cfg.Ties > 0 && len(sets) > r.cfg.Ties {
		sets = sets[:r.cfg.Ties]
	}
	t := r.plan.Targets[ti]
	out := make([]setDetail, 0, len(sets))
	for i, s := range sets {
		d := setDetail{Rank: i + 1, Set: s, Saving: r.plan.Prog.SavingFixed(s, o)}
		var best *big.Rat
		for _, yr := range t.Years {
			if !yr.Known {
				continue
			}
			m := exactPart(r.plan.Share, yr.Ramp, d.Saving)
			m.Sub(m, yr.Required.Rat())
			if best == nil || m.Cmp(best) < 0 {
				best, d.Binding, d.Required = m, yr.Year, yr.Required
			}
		}
		d.Hilversum, _ = hilversumPart(r.plan.Key, r.plan.Ramp, d.Saving, d.Binding)
		d.Margin = d.Hilversum.Sub(d.Required)
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
