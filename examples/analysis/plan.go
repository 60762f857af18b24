package main

import (
	"fmt"
	"math"
	"math/big"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/shopspring/decimal"
)

// hilversum is the municipality id whose savings the targets are about.
const hilversum = "hilversum"

// Fixed thresholds that stand for "every set" and "no set".
const (
	always = regional.Fixed(math.MinInt64)
	never  = regional.Fixed(math.MaxInt64)
)

// yearReq is the requirement of one target in one year: what Hilversum's
// savings must reach, and the smallest combined regional saving that gets
// there.
type yearReq struct {
	Year  budget.Year
	Known bool   // the requirement and the ramp are known
	Why   string // for an unknown year: what is unknown
	// Taakstelling and KeuzeCost make up Required (euros, exact).
	Taakstelling decimal.Decimal
	KeuzeCost    decimal.Decimal
	KeuzePM      bool // a pro memorie line of the keuze is not counted
	Required     decimal.Decimal
	Ramp         decimal.Decimal
	// Threshold is the smallest combined regional saving (Fixed units)
	// whose Hilversum part × ramp reaches Required: ⌈Required / (share ×
	// ramp)⌉, or always / never when share × ramp is 0.
	Threshold regional.Fixed
}

// target is one question: the taakstelling alone (Keuze ""), or the
// taakstelling plus a keuze's extra cost.
type target struct {
	Keuze string // "" or "A".."D"
	Name  string // for display
	PM    bool   // the keuze has a pro memorie line: its cost is "+ pm"
	Years []yearReq
	// Threshold is the largest threshold over the known years: a set meets
	// the target iff SavingFixed(set, θ) ≥ Threshold. Known is false when
	// no year is known (then nothing can be said).
	Threshold regional.Fixed
	Binding   budget.Year // the year that sets Threshold
	Known     bool
	Unknown   []budget.Year
}

// CountsKeuzeCost says whether the target adds a keuze's cost.
func (t target) CountsKeuzeCost() bool { return t.Keuze != "" }

// plan is everything that does not change between scenarios, computed once.
type plan struct {
	Prog     *regional.Programme
	Measures []regional.Measure
	Key      regional.Key
	Share    *big.Rat // Hilversum's exact share of the key
	Ramp     regional.Ramp
	Years    []budget.Year
	Targets  []target
	Overlaps []regional.Overlap // one per θ of the grid
	Thetas   []decimal.Decimal
	Central  decimal.Decimal
}

// newPlan resolves a config against the embedded data.
func newPlan(cfg config) (*plan, error) {
	p := &plan{
		Prog:    regional.Default(),
		Ramp:    cfg.Ramp,
		Years:   budget.Span(cfg.From, cfg.To),
		Thetas:  cfg.Thetas,
		Central: cfg.Central,
	}
	p.Measures = p.Prog.Measures()
	p.Key = keyOf(p.Prog, cfg.KeyName)
	share, ok := p.Key.ShareOf(hilversum)
	if !ok {
		return nil, fmt.Errorf("the key has no share for %q", hilversum)
	}
	p.Share = share
	for _, t := range cfg.Thetas {
		o, err := regional.NewOverlap(t)
		if err != nil {
			return nil, fmt.Errorf("θ %s: %w", t, err)
		}
		p.Overlaps = append(p.Overlaps, o)
	}
	p.Targets = append(p.Targets, p.newTarget(nil))
	for _, o := range scenario.Options() {
		p.Targets = append(p.Targets, p.newTarget(&o))
	}
	return p, nil
}

func keyOf(prog *regional.Programme, name string) regional.Key {
	if name == "inhabitants" {
		return prog.InhabitantsKey()
	}
	return prog.PublishedKey()
}

// newTarget computes the requirement per year of the taakstelling plus the
// extra cost of o (nil: the taakstelling alone). The keuze cost is the one
// scenario.Evaluate uses, scenario.Option.ExtraCost: the option's total of
// the year, 0 before the first year its table prints, unknown after the last.
func (p *plan) newTarget(o *scenario.Option) target {
	t := target{Name: "taakstelling", Threshold: always}
	if o != nil {
		t.Keuze, t.PM = o.ID, o.HasPM()
		t.Name = "taakstelling + keuze " + o.ID
	}
	taak := budget.Taakstelling()
	for _, y := range p.Years {
		r := yearReq{Year: y}
		ts, tsOK := taak.At(y)
		ramp, rampOK := p.Ramp.At(y)
		r.Taakstelling, r.Ramp = ts, ramp
		cost, costOK := decimal.Zero, true
		if o != nil {
			extra, _ := o.ExtraCost(y)
			cost, costOK = extra.Value, extra.Known
			r.KeuzePM = extra.Known && extra.PM
		}
		r.KeuzeCost = cost
		switch {
		case !tsOK:
			r.Why = "no taakstelling published"
		case !rampOK:
			r.Why = "ramp unknown"
		case !costOK:
			r.Why = "keuze cost not published"
		default:
			r.Known = true
			r.Required = ts.Add(cost)
			r.Threshold = threshold(r.Required, p.Share, ramp.Rat())
		}
		if r.Known {
			if !t.Known || r.Threshold > t.Threshold {
				t.Threshold, t.Binding = r.Threshold, y
			}
			t.Known = true
		} else {
			t.Unknown = append(t.Unknown, y)
		}
		t.Years = append(t.Years, r)
	}
	if !t.Known {
		t.Threshold = never
	}
	return t
}

// threshold returns the smallest combined regional saving S in Fixed units
// (integers) with share × ramp × S / FixedPerEuro ≥ required, exactly:
// ⌈required · FixedPerEuro / (share · ramp)⌉.
func threshold(required decimal.Decimal, share, ramp *big.Rat) regional.Fixed {
	f := new(big.Rat).Mul(share, ramp)
	if f.Sign() == 0 {
		if required.Sign() <= 0 {
			return always
		}
		return never
	}
	q := new(big.Rat).Mul(required.Rat(), big.NewRat(regional.FixedPerEuro, 1))
	q.Quo(q, f)
	// ⌈n/d⌉ = −⌊−n/d⌋; big.Int.Div is Euclidean, the floor for d > 0.
	c := new(big.Int).Div(new(big.Int).Neg(q.Num()), q.Denom())
	c.Neg(c)
	switch {
	case !c.IsInt64() && c.Sign() > 0:
		return never
	case !c.IsInt64():
		return always
	}
	return regional.Fixed(c.Int64())
}

// hilversumPart returns Hilversum's savings in year y from a combined
// regional saving: saving × ramp, split by the key to the cent (largest
// remainder, as scenario.Evaluate does). ok is false when the ramp is
// unknown for y.
func hilversumPart(key regional.Key, ramp regional.Ramp, saving regional.Fixed, y budget.Year) (decimal.Decimal, bool) {
	r, ok := ramp.At(y)
	if !ok {
		return decimal.Decimal{}, false
	}
	for _, part := range key.Split(saving.Decimal().Mul(r)) {
		if part.Municipality == hilversum {
			return part.Amount, true
		}
	}
	return decimal.Decimal{}, false
}

// exactPart is Hilversum's exact, unrounded savings: share × ramp × saving,
// the value the meets test compares.
func exactPart(share *big.Rat, ramp decimal.Decimal, saving regional.Fixed) *big.Rat {
	v := new(big.Rat).Mul(share, ramp.Rat())
	return v.Mul(v, saving.Decimal().Rat())
}
