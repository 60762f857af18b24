package main

import (
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/shopspring/decimal"
)

// sensRow is one row of the sensitivity table: all measures except Without,
// under one assumption changed from the base.
type sensRow struct {
	Parameter string          // "base", "case", "theta", "realisation", "key", "ramp", "without"
	Value     string          // the assumption's value, machine form (a θ, a key, a ramp, a measure id)
	Label     string          // for display
	Balances  []budget.Amount // per gap year; unknown when the taakstelling or the ramp is
	Deltas    []budget.Amount // Balances − the base's balances
}

// sensitivity computes, with scenario.Evaluate, the balance of the
// taakstelling part (Hilversum's savings − the taakstelling, implementation
// costs and other measures pm, so left out) in each gap year, for all
// measures under the base assumptions (central θ with every maximum
// reached, the chosen key and ramp), and with one assumption changed at a
// time: the ongunstig case (the range's pessimistic end), each θ of the
// grid, the realisation of the ongunstig case at the central θ, each key,
// each ramp (default, full, slow, and the chosen one), each measure left out
// (its marginal effect). The keuze cost is not part of the balance: it is
// another budget.
func sensitivity(p *plan, cfg config) ([]sensRow, error) {
	// Every input carries the ongunstig realisation at its low end, so that
	// Savings.Low is the analysis' ongunstig case, also under
	// -low-realisation.
	low := scenario.RealisationInput{Measures: map[string]scenario.RealisationShares{}}
	lowCentral := scenario.RealisationInput{Measures: map[string]scenario.RealisationShares{}}
	for i, m := range p.Measures {
		s := p.Low.Of(i)
		low.Measures[m.ID] = scenario.RealisationShares{Low: &s}
		lowCentral.Measures[m.ID] = scenario.RealisationShares{Low: &s, Central: &s}
	}
	ramp := p.Ramp.Fractions()
	central := cfg.Central
	base := scenario.Input{
		Model:       scenario.ModelInput{Theta: &central},
		Realisation: &low,
		Key:         scenario.KeyInput{Kind: cfg.KeyName},
		Ramp:        &ramp,
	}
	// balances evaluates in at every gap year; pessimistic takes the
	// range's low end instead of its centre.
	balances := func(in scenario.Input, pessimistic bool) ([]budget.Amount, error) {
		out := make([]budget.Amount, len(cfg.GapYears))
		for i, y := range cfg.GapYears {
			in.From, in.To = y, y
			o, err := p.Data.Evaluate(in)
			if err != nil {
				return nil, err
			}
			b := o.Years[0].Taakstelling.Balance
			switch {
			case !b.Known:
			case pessimistic:
				out[i] = budget.KnownAmount(b.Low)
			default:
				out[i] = budget.KnownAmount(b.Central)
			}
		}
		return out, nil
	}
	baseBalances, err := balances(base, false)
	if err != nil {
		return nil, err
	}
	var rows []sensRow
	add := func(param, value, label string, in scenario.Input, pessimistic bool) error {
		b, err := balances(in, pessimistic)
		if err != nil {
			return err
		}
		d := make([]budget.Amount, len(b))
		for i := range b {
			if b[i].Known && baseBalances[i].Known {
				d[i] = budget.KnownAmount(b[i].Value.Sub(baseBalances[i].Value))
			}
		}
		rows = append(rows, sensRow{Parameter: param, Value: value, Label: label, Balances: b, Deltas: d})
		return nil
	}

	if err := add("base", "", "all measures; θ "+dutch(cfg.Central)+", every maximum reached; key "+cfg.KeyName+", ramp "+cfg.RampName, base, false); err != nil {
		return nil, err
	}
	if err := add("case", caseOngunstig, "ongunstig (the range's pessimistic end: see Cases)", base, true); err != nil {
		return nil, err
	}
	for _, t := range cfg.Thetas {
		in := base
		in.Model.Theta = &t
		if err := add("theta", t.String(), "θ = "+dutch(t), in, false); err != nil {
			return nil, err
		}
	}
	in := base
	in.Realisation = &lowCentral
	if err := add("realisation", caseOngunstig, "θ "+dutch(cfg.Central)+", realisation of the ongunstig case", in, false); err != nil {
		return nil, err
	}
	for _, k := range []string{scenario.KeyPublished, scenario.KeyInhabitants} {
		in := base
		in.Key.Kind = k
		if err := add("key", k, "key "+k, in, false); err != nil {
			return nil, err
		}
	}
	ramps := []string{"default", "full", "slow"}
	if cfg.RampName == "custom" {
		ramps = append(ramps, "custom")
	}
	for _, name := range ramps {
		r := cfg.Ramp
		if name != "custom" {
			r, _ = namedRamp(name)
		}
		f := r.Fractions()
		in := base
		in.Ramp = &f
		if err := add("ramp", name, "ramp "+name, in, false); err != nil {
			return nil, err
		}
	}
	all := p.Prog.All()
	for i, m := range p.Measures {
		in := base
		in.Measures = idsOf(p.Measures, all.Without(i))
		if err := add("without", m.ID, "without "+m.Name, in, false); err != nil {
			return nil, err
		}
	}
	return rows, nil
}

// idsOf lists the ids of the measures in s, in the seed's order; never nil
// (nil means all measures to scenario.Evaluate).
func idsOf(ms []regional.Measure, s regional.Set) []string {
	ids := []string{}
	for _, i := range s.Indices() {
		ids = append(ids, ms[i].ID)
	}
	return ids
}

// dutch writes a plain decimal (a θ, a fraction) with a decimal comma.
func dutch(d decimal.Decimal) string { return strings.Replace(d.String(), ".", ",", 1) }
