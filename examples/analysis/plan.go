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

// Fixed thresholds that stand for "every set" and "no set".
const (
	always = regional.Fixed(math.MinInt64)
	never  = regional.Fixed(math.MaxInt64)
)

// cent is the unit the key splits to: the published municipality's part of
// a saving is its exact part rounded to the cent (largest remainder), so it
// lies within a cent of the exact part.
var cent = decimal.New(1, -2)

// Names of the cases, as scenario.Outcome.Ends names the ends of a range.
const (
	caseOngunstig = "ongunstig"
	caseMiddelste = "middelste"
	caseGunstig   = "gunstig"
)

// caseSpec is one set of assumptions under which every subset is judged:
// how savings in one pool overlap (θ) and how much of each published
// maximum is reached (the realisation).
type caseSpec struct {
	// Name is caseOngunstig (the pessimistic end of the library's range),
	// caseMiddelste (the central θ, every maximum reached), caseGunstig
	// (θ = 0, every maximum reached: the optimistic end) or "" (another θ
	// of the grid, every maximum reached).
	Name        string
	Theta       decimal.Decimal
	Overlap     regional.Overlap
	Realisation regional.Realisation
	// Assumes says in Dutch what the case assumes (regional.Cases.Describe).
	Assumes string
}

// Label is the case as the report names it: "ongunstig", "θ 0,5
// (middelste aanname)", "θ 0 (gunstig)", "θ 0,25".
func (c caseSpec) Label() string {
	switch c.Name {
	case caseOngunstig:
		return caseOngunstig
	case caseMiddelste:
		return "θ " + dutch(c.Theta) + " (middelste aanname)"
	case caseGunstig:
		return "θ " + dutch(c.Theta) + " (" + caseGunstig + ")"
	}
	return "θ " + dutch(c.Theta)
}

// saving is the combined regional saving of s under the case, exactly.
func (c *caseSpec) saving(p *regional.Programme, s regional.Set) regional.Fixed {
	return p.SavingFixedAt(s, c.Overlap, c.Realisation)
}

// yearReq is the requirement of one target in one year: what the published
// municipality's savings must reach, and the combined regional savings
// around which its verdict changes.
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
	// whose exact part (share × ramp × saving) reaches Required:
	// ⌈Required / (share × ramp)⌉. At or above it the part split to the
	// cent reaches Required too. Floor is the same for Required − € 0,01:
	// below Floor the split part is below Required. Between the two the
	// split decides (see [target.meets]). always / never when share × ramp
	// is 0.
	Threshold, Floor regional.Fixed
}

// target is one question: the taakstelling alone (Keuze ""), or the
// taakstelling plus a keuze's extra cost — two budgets added up on purpose,
// as the report says: can the savings also pay for the keuze?
type target struct {
	Keuze string // "" or "A".."D"
	Name  string // for display
	PM    bool   // the keuze has a pro memorie line: its cost is "+ pm"
	Years []yearReq
	// Threshold is the largest threshold over the known years: a set whose
	// combined saving reaches it meets the target in every known year.
	// Floor is the largest floor: a set below it misses some year. Known
	// is false when no year is known (then nothing can be said).
	Threshold, Floor regional.Fixed
	Binding          budget.Year // the year that sets Threshold
	Known            bool
	Unknown          []budget.Year
}

// CountsKeuzeCost says whether the target adds a keuze's cost.
func (t target) CountsKeuzeCost() bool { return t.Keuze != "" }

// plan is everything that does not change between scenarios, computed once.
type plan struct {
	Data      *scenario.Data
	Prog      *regional.Programme
	Measures  []regional.Measure
	Published regional.Municipality // the municipality whose savings the targets are about (Hilversum)
	Key       regional.Key
	H         int      // the published municipality's index in Key
	Share     *big.Rat // the published municipality's exact share of the key
	Ramp      regional.Ramp
	Years     []budget.Year
	Targets   []target
	// Cases are the cases judged: the ongunstig case first, then the θ
	// grid from 1 down to 0, every maximum reached.
	Cases   []caseSpec
	Central decimal.Decimal
	// Low is the realisation of the ongunstig case.
	Low regional.Realisation
}

// newPlan resolves a config against the embedded data.
func newPlan(cfg config) (*plan, error) {
	d := scenario.DefaultData()
	p := &plan{
		Data:    d,
		Prog:    d.Programme(),
		Ramp:    cfg.Ramp,
		Years:   budget.Span(cfg.From, cfg.To),
		Central: cfg.Central,
	}
	p.Measures = p.Prog.Measures()
	p.Published, _ = p.Prog.Published()
	key, err := scenario.KeyInput{Kind: cfg.KeyName}.Resolve(p.Prog)
	if err != nil {
		return nil, err
	}
	p.Key = key
	share, ok := p.Key.ShareOf(p.Published.ID)
	if !ok {
		return nil, fmt.Errorf("the key has no share for %q", p.Published.ID)
	}
	p.Share = share
	p.H = p.keyIndex()

	defaults := p.Prog.DefaultCases()
	p.Low = defaults.Low.Realisation
	if cfg.LowRealisation != nil {
		r, err := regional.NewRealisation(*cfg.LowRealisation)
		if err != nil {
			return nil, fmt.Errorf("-low-realisation: %w", err)
		}
		p.Low = r
	}
	describe := func(c regional.Case) string {
		_, s, _ := regional.Cases{Central: c}.Describe(p.Prog, budget.Dutch)
		return s
	}
	low := regional.Case{Model: regional.FullOverlap(), Realisation: p.Low}
	p.Cases = append(p.Cases, caseSpec{Name: caseOngunstig, Theta: decimal.NewFromInt(1),
		Overlap: regional.FullOverlap(), Realisation: p.Low, Assumes: describe(low)})
	for i := len(cfg.Thetas) - 1; i >= 0; i-- {
		t := cfg.Thetas[i]
		o, err := regional.NewOverlap(t)
		if err != nil {
			return nil, fmt.Errorf("θ %s: %w", t, err)
		}
		c := caseSpec{Theta: t, Overlap: o, Assumes: describe(regional.Case{Model: o})}
		switch {
		case t.Equal(cfg.Central):
			c.Name = caseMiddelste
		case t.IsZero():
			c.Name = caseGunstig
		}
		p.Cases = append(p.Cases, c)
	}

	taak := d.Taakstelling().Amounts
	p.Targets = append(p.Targets, p.newTarget(taak, nil))
	for _, o := range d.Catalog().Options() {
		p.Targets = append(p.Targets, p.newTarget(taak, &o))
	}
	return p, nil
}

// caseIndex returns the index of the case named name, or -1.
func (p *plan) caseIndex(name string) int {
	for i, c := range p.Cases {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// newTarget computes the requirement per year of the taakstelling plus the
// extra cost of o (nil: the taakstelling alone). The keuze cost is the one
// scenario.Evaluate uses, scenario.Option.ExtraCost: the option's total of
// the year, 0 before the first year its table prints, unknown after the last.
func (p *plan) newTarget(taak budget.Series, o *scenario.Option) target {
	t := target{Name: "taakstelling", Threshold: always, Floor: always}
	if o != nil {
		t.Keuze, t.PM = o.ID, o.HasPM()
		t.Name = "taakstelling + keuze " + o.ID
	}
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
			r.Floor = threshold(r.Required.Sub(cent), p.Share, ramp.Rat())
		}
		if r.Known {
			if !t.Known || r.Threshold > t.Threshold {
				t.Threshold, t.Binding = r.Threshold, y
			}
			if !t.Known || r.Floor > t.Floor {
				t.Floor = r.Floor
			}
			t.Known = true
		} else {
			t.Unknown = append(t.Unknown, y)
		}
		t.Years = append(t.Years, r)
	}
	if !t.Known {
		t.Threshold, t.Floor = never, never
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

// judge is the analysis' one verdict: scenario.Judge on a balance of one
// case (the published municipality's savings under the case − the
// requirement), with the implementation costs and the other measures pro
// memorie, as they are by default. Judge never says "met" while a cost is
// pm: a balance ≥ 0 is met-if, "met as long as the implementation costs
// stay within the headroom", and the headroom is the balance.
func judge(balance decimal.Decimal) scenario.Verdict {
	return scenario.Judge(budget.KnownRange(balance, balance, balance), true, true)
}

// meets reports whether a set whose combined regional saving under a case
// is saving meets t under that case: whether judge gives met-if in every
// known year for the published municipality's savings as scenario.Evaluate
// splits them (to the cent). The thresholds decide without arithmetic
// outside the band of a cent around the boundary; inside it the split
// decides, through judge.
func (t *target) meets(saving regional.Fixed, key regional.Key, h int, ramp regional.Ramp) bool {
	switch {
	case saving >= t.Threshold:
		return true
	case saving < t.Floor:
		return false
	}
	for _, yr := range t.Years {
		if !yr.Known || saving >= yr.Threshold {
			continue
		}
		if saving < yr.Floor {
			return false
		}
		part, _ := publishedPart(key, h, ramp, saving, yr.Year)
		if judge(part.Sub(yr.Required)).Kind != scenario.MetIf {
			return false
		}
	}
	return true
}

// publishedPart returns the published municipality's savings in year y
// from a combined regional saving: saving × ramp, split by the key to the
// cent (largest remainder, as scenario.Evaluate does); h is the
// municipality's index in the key. ok is false when the ramp is unknown for
// y.
func publishedPart(key regional.Key, h int, ramp regional.Ramp, saving regional.Fixed, y budget.Year) (decimal.Decimal, bool) {
	r, ok := ramp.At(y)
	if !ok {
		return decimal.Decimal{}, false
	}
	return key.Split(saving.Decimal().Mul(r))[h].Amount, true
}

// keyIndex is the index of the published municipality in the key.
func (p *plan) keyIndex() int {
	for i, part := range p.Key.Split(decimal.Zero) {
		if part.Municipality == p.Published.ID {
			return i
		}
	}
	return -1
}

// exactPart is the published municipality's exact, unrounded savings:
// share × ramp × saving.
func exactPart(share *big.Rat, ramp decimal.Decimal, saving regional.Fixed) *big.Rat {
	v := new(big.Rat).Mul(share, ramp.Rat())
	return v.Mul(v, saving.Decimal().Rat())
}
