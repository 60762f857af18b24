package uncertainty

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/shopspring/decimal"
)

// Result is what a Monte Carlo run found, per year, with every assumption
// it rests on. Amounts are exact decimals in euros (whole cents: every
// figure is one draw's, none is averaged); probabilities are counts of
// draws, with their float64 ratio and standard error for convenience.
type Result struct {
	Seed     uint64
	Draws    int
	Measures []string // the ids of the measures carried out
	// CostsPM says the implementation costs are pro memorie: every
	// probability is of meeting the taakstelling *before* them ("gehaald
	// als de uitvoeringskosten binnen het saldo blijven"), never with them
	// counted as zero.
	CostsPM bool
	// SavingsPM says a saving without an amount (other measures, or a pm
	// effect of a chosen measure) is left out.
	SavingsPM   bool
	Quantiles   []decimal.Decimal
	Assumptions []scenario.Assumption
	Years       []YearResult
	// Sensitivity is the tornado table per year, when asked for.
	Sensitivity []YearSensitivity
	// Raw holds every draw's figures, with Options.KeepDraws.
	Raw *Raw
}

// YearResult is one year of a Result.
type YearResult struct {
	Year budget.Year
	// Known is false when the year has no taakstelling or no ramp: then
	// nothing else is set.
	Known  bool
	Target decimal.Decimal
	// Savings are the quantiles of Hilversum's savings, in the order of
	// Result.Quantiles; Balance those of savings − implementation costs
	// (when given) + other measures (when given) − target: positive is
	// "over", negative "tekort".
	Savings, Balance []decimal.Decimal
	// Met is the number of draws whose balance is ≥ 0: the threshold of
	// [scenario.Judge] (met, or met-if while the costs are pm).
	Met int
	// Draws is the number of draws.
	Draws int
}

// P returns the share of draws in which the taakstelling is met.
func (y YearResult) P() float64 {
	if y.Draws == 0 {
		return 0
	}
	return float64(y.Met) / float64(y.Draws)
}

// SE returns the standard error of P, √(p(1 − p)/n): the draws are
// independent, so P is a binomial share.
func (y YearResult) SE() float64 {
	if y.Draws == 0 {
		return 0
	}
	p := y.P()
	return math.Sqrt(float64(p*(1-p)) / float64(y.Draws))
}

// Sentence says the probability in one plain Dutch sentence, with the
// condition it rests on: "Onder deze aannames is de kans ongeveer 7 op 10
// dat de taakstelling van 2024 wordt gehaald, zonder de uitvoeringskosten
// (pm)."
func (r Result) Sentence(y YearResult) string {
	if !y.Known {
		return fmt.Sprintf("Voor %d is niet bekend of de taakstelling wordt gehaald.", y.Year)
	}
	var kans string
	switch k := int(math.Round(10 * y.P())); {
	case y.Met == 0:
		kans = fmt.Sprintf("wordt de taakstelling van %d in geen van de %d trekkingen gehaald", y.Year, y.Draws)
	case y.Met == y.Draws:
		kans = fmt.Sprintf("wordt de taakstelling van %d in alle %d trekkingen gehaald", y.Year, y.Draws)
	case k == 0:
		kans = fmt.Sprintf("is de kans kleiner dan 1 op 10 dat de taakstelling van %d wordt gehaald", y.Year)
	case k == 10:
		kans = fmt.Sprintf("is de kans groter dan 9 op 10 dat de taakstelling van %d wordt gehaald", y.Year)
	default:
		kans = fmt.Sprintf("is de kans ongeveer %d op 10 dat de taakstelling van %d wordt gehaald", k, y.Year)
	}
	s := "Onder deze aannames " + kans
	if r.CostsPM {
		s += ", zonder de uitvoeringskosten (pm)"
	}
	return s + "."
}

// YearSensitivity is the tornado table of one year: the inputs by their
// effect on the probability that the taakstelling is met, largest first.
type YearSensitivity struct {
	Year   budget.Year
	Inputs []Effect
}

// Effect is one input's bar in the tornado: the probability that the
// taakstelling is met when the input lies in its lowest tenth (Low) and in
// its highest tenth (High) of its own distribution, while every other input
// varies as drawn; and its first-order (main-effect) index, the share of
// the variance of "met" that the input explains on its own, estimated from
// the same draws by ten equally likely bins of the input: Var(E[met | bin])
// / Var(met). Both come from the run's draws; no extra draws are made.
type Effect struct {
	Input string // "realisation.<measure id>", "theta.<domain id>", "ramp_delay_months", "implementation_costs"
	Label string // in Dutch
	Low   float64
	High  float64
	Index float64
}

// Swing is |High − Low|, the length of the tornado bar.
func (e Effect) Swing() float64 { return math.Abs(e.High - e.Low) }

// Raw is every draw's figures in cents, in draw order: [year][draw].
// Unknown years have nil rows.
type Raw struct {
	Savings, Balance [][]int64
}

// result assembles the Result from the columns and the tally.
func (s *Simulation) result(c *columns, t *tally, keep bool) Result {
	r := Result{Seed: s.seed, Draws: s.draws, Measures: slices.Clone(s.measureIDs), CostsPM: s.costs == nil,
		Assumptions: slices.Clone(s.assumptions)}
	for _, q := range s.quant {
		r.Quantiles = append(r.Quantiles, decimal.New(q, -6))
	}
	for _, ys := range s.years {
		if ys.otherPM {
			r.SavingsPM = true
		}
	}
	r.SavingsPM = r.SavingsPM || s.savingsPM
	if keep {
		r.Raw = &Raw{Savings: make([][]int64, len(s.years)), Balance: make([][]int64, len(s.years))}
		for y, ys := range s.years {
			if !ys.known {
				continue
			}
			sv, bal := slices.Clone(c.savings[ys.group]), make([]int64, s.draws)
			for i := range bal {
				net := sv[i] - c.costs
				if c.net != nil {
					net = c.net[ys.group][i]
				}
				bal[i] = net + ys.fixed
			}
			r.Raw.Savings[y], r.Raw.Balance[y] = sv, bal
		}
	}
	// Quantiles per group (selection reorders the columns; Raw has copied
	// them first).
	sq := make([][]int64, len(s.groups))
	nq := make([][]int64, len(s.groups))
	for g := range s.groups {
		sq[g] = quantiles(c.savings[g], s.quant)
		if c.net != nil {
			nq[g] = quantiles(c.net[g], s.quant)
		} else {
			nq[g] = make([]int64, len(sq[g]))
			for i, v := range sq[g] {
				nq[g][i] = v - c.costs
			}
		}
	}
	for y, ys := range s.years {
		yr := YearResult{Year: ys.year, Known: ys.known, Draws: s.draws}
		if ys.known {
			yr.Target = decimal.New(ys.target, -2)
			yr.Met = int(t.met[y])
			for i := range s.quant {
				yr.Savings = append(yr.Savings, decimal.New(sq[ys.group][i], -2))
				yr.Balance = append(yr.Balance, decimal.New(nq[ys.group][i]+ys.fixed, -2))
			}
		}
		r.Years = append(r.Years, yr)
	}
	if s.sens {
		r.Sensitivity = s.sensitivity(t, r.Years)
	}
	return r
}

// sensitivity builds the tornado table per known year.
func (s *Simulation) sensitivity(t *tally, years []YearResult) []YearSensitivity {
	var out []YearSensitivity
	for y, yr := range years {
		if !yr.Known {
			continue
		}
		p := yr.P()
		v := p * (1 - p)
		ys := YearSensitivity{Year: yr.Year}
		for k, in := range s.inputs {
			e := Effect{Input: in.id, Label: in.label, Low: p, High: p}
			if !in.varies {
				ys.Inputs = append(ys.Inputs, e)
				continue
			}
			var between float64
			for b := 0; b < bins; b++ {
				n := t.sTot[k*bins+b]
				if n == 0 {
					continue
				}
				pb := float64(t.sMet[k*bins+b][y]) / float64(n)
				if b == 0 {
					e.Low = pb
				}
				if b == bins-1 {
					e.High = pb
				}
				d := pb - p
				between += float64(float64(n)*float64(d*d)) / float64(s.draws)
			}
			if v > 0 {
				e.Index = between / v
			}
			if t.sTot[k*bins] == 0 || t.sTot[k*bins+bins-1] == 0 {
				// A point (or a very narrow range): its ends are the
				// overall probability.
				e.Low, e.High = p, p
			}
			ys.Inputs = append(ys.Inputs, e)
		}
		slices.SortStableFunc(ys.Inputs, func(a, b Effect) int {
			switch {
			case a.Swing() > b.Swing():
				return -1
			case a.Swing() < b.Swing():
				return 1
			}
			return 0
		})
		out = append(out, ys)
	}
	return out
}

// quantiles returns the order statistics of a at the quantiles q
// (millionths, ascending): the k-th smallest with k = ⌈q·n⌉, the
// "inverted distribution function" (type 1 of Hyndman and Fan), so every
// quantile is one draw's figure, exact in cents. It reorders a.
func quantiles(a []int64, q []int64) []int64 {
	out := make([]int64, len(q))
	n := int64(len(a))
	lo := 0
	for i, m := range q {
		k := int((m*n + 999_999) / 1_000_000) // ⌈m·n/10⁶⌉, 1-based
		k = min(max(k, 1), len(a)) - 1
		if k < lo {
			k = lo
		}
		selectK(a[lo:], k-lo)
		out[i] = a[k]
		lo = k
	}
	return out
}

// selectK reorders a so that a[k] is its k-th smallest element (0-based),
// everything before it ≤ and everything after it ≥: Hoare's quickselect
// with a three-way partition (so equal values, which a point distribution
// gives in every draw, take linear time) and a median-of-three pivot.
func selectK(a []int64, k int) {
	lo, hi := 0, len(a)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		p := median3(a[lo], a[mid], a[hi])
		// Three-way partition: < p | = p | > p.
		lt, i, gt := lo, lo, hi
		for i <= gt {
			switch {
			case a[i] < p:
				a[lt], a[i] = a[i], a[lt]
				lt++
				i++
			case a[i] > p:
				a[gt], a[i] = a[i], a[gt]
				gt--
			default:
				i++
			}
		}
		switch {
		case k < lt:
			hi = lt - 1
		case k > gt:
			lo = gt + 1
		default:
			return
		}
	}
}

func median3(a, b, c int64) int64 {
	if a > b {
		a, b = b, a
	}
	if b > c {
		b = c
	}
	if a > b {
		b = a
	}
	return b
}

func decimalPercent(p int64) decimal.Decimal { return decimal.New(p, -2) }

// JSON form.

type resultJSON struct {
	Seed                string            `json:"seed"`
	Draws               int               `json:"draws"`
	Measures            []string          `json:"measures"`
	ImplementationCosts string            `json:"implementation_costs"`
	SavingsPM           bool              `json:"savings_pm"`
	Condition           string            `json:"condition"`
	Quantiles           []string          `json:"quantiles"`
	Assumptions         []assumptionJSON  `json:"assumptions"`
	Years               []yearJSON        `json:"years"`
	Sensitivity         []sensitivityJSON `json:"sensitivity,omitempty"`
}

// assumptionJSON is scenario's JSON form of an assumption.
type assumptionJSON struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Value   string `json:"value"`
	Default bool   `json:"default"`
}

type yearJSON struct {
	Year    budget.Year `json:"year"`
	Known   bool        `json:"known"`
	Target  string      `json:"target,omitempty"`
	Savings []string    `json:"savings,omitempty"`
	Balance []string    `json:"balance,omitempty"`
	Met     int         `json:"met"`
	PMet    string      `json:"p_met,omitempty"`
	SE      string      `json:"se,omitempty"`
	Summary string      `json:"summary"`
}

type sensitivityJSON struct {
	Year   budget.Year  `json:"year"`
	Inputs []effectJSON `json:"inputs"`
}

type effectJSON struct {
	Input string `json:"input"`
	Label string `json:"label"`
	Low   string `json:"p_met_low"`
	High  string `json:"p_met_high"`
	Index string `json:"index"`
}

// prob formats a probability with 6 decimals (strconv rounds exactly, the
// same on every platform).
func prob(p float64) string { return strconv.FormatFloat(p, 'f', 6, 64) }

// MarshalJSON writes the Result in the service's JSON form: amounts and
// probabilities as decimal strings, the seed as a string (it may exceed
// 2⁵³), and per year a Dutch summary that states its condition.
func (r Result) MarshalJSON() ([]byte, error) {
	j := resultJSON{Seed: strconv.FormatUint(r.Seed, 10), Draws: r.Draws, Measures: r.Measures, SavingsPM: r.SavingsPM,
		Assumptions: []assumptionJSON{}, Years: []yearJSON{}}
	for _, a := range r.Assumptions {
		j.Assumptions = append(j.Assumptions, assumptionJSON(a))
	}
	if j.Measures == nil {
		j.Measures = []string{}
	}
	j.ImplementationCosts = "included"
	j.Condition = "met: the balance of savings − implementation costs (as drawn) + other measures − target is ≥ 0"
	if r.CostsPM {
		j.ImplementationCosts = "pm"
		j.Condition = "met before the implementation costs (pm, left out, never counted as zero): the balance of savings + other measures − target is ≥ 0"
	}
	if r.SavingsPM {
		j.Condition += "; savings without an amount (pm) are left out"
	}
	for _, q := range r.Quantiles {
		j.Quantiles = append(j.Quantiles, q.String())
	}
	for _, y := range r.Years {
		yj := yearJSON{Year: y.Year, Known: y.Known, Met: y.Met, Summary: r.Sentence(y)}
		if y.Known {
			yj.Target = y.Target.StringFixed(2)
			for i := range y.Savings {
				yj.Savings = append(yj.Savings, y.Savings[i].StringFixed(2))
				yj.Balance = append(yj.Balance, y.Balance[i].StringFixed(2))
			}
			yj.PMet, yj.SE = prob(y.P()), prob(y.SE())
		}
		j.Years = append(j.Years, yj)
	}
	for _, ys := range r.Sensitivity {
		sj := sensitivityJSON{Year: ys.Year}
		for _, e := range ys.Inputs {
			sj.Inputs = append(sj.Inputs, effectJSON{Input: e.Input, Label: e.Label, Low: prob(e.Low), High: prob(e.High), Index: prob(e.Index)})
		}
		j.Sensitivity = append(j.Sensitivity, sj)
	}
	return j.appendJSON(nil), nil
}
