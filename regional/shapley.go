package regional

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
)

// MeasurePart is one measure's part of a combined saving.
type MeasurePart struct {
	Index   int    // position in Programme.Measures, bit of the Set
	Measure string // measure id
	Amount  decimal.Decimal
}

// maxPoolPlayers bounds the exact enumeration of one pool (2^n coalitions).
const maxPoolPlayers = 16

// Shapley returns each measure's fair part of the combined saving of s under
// case c (a nil Model: [DefaultModel]): its Shapley value, the average of its
// marginal contributions over all orders in which the measures could be
// added. It does not depend on the order of the measures, a measure that adds
// nothing gets nothing, and a resident who switches one measure off sees what
// it really adds on average.
//
// The value is exact: the combined saving is a sum over pools, so each
// pool's game is enumerated on its own (at most a handful of measures act on
// one pool) and the parts added up. The exact parts are then rounded to
// whole cents by largest remainder, so that they add up to the combined
// saving rounded to the cent (see [Key.Split] for the rule). Parts are
// returned for the measures in s, in programme order.
func (p *Programme) Shapley(s Set, c Case) ([]MeasurePart, error) {
	if c.Model == nil {
		c.Model = DefaultModel()
	}
	if s&^p.All() != 0 {
		return nil, fmt.Errorf("%w: set %v has measures beyond the programme's %d", ErrUnknownMeasure, s, len(p.measures))
	}
	phi := make(map[int]*big.Rat)
	for _, i := range s.Indices() {
		phi[i] = new(big.Rat)
	}
	total := new(big.Rat)
	for _, d := range Domains() {
		var players []int
		var bits []Set
		for _, e := range p.pools[d] {
			if s&e.bit != 0 {
				players = append(players, e.measure)
				bits = append(bits, e.bit)
			}
		}
		n := len(players)
		if n == 0 {
			continue
		}
		if n > maxPoolPlayers {
			return nil, fmt.Errorf("%w: %d measures act on %s, at most %d", ErrTooManyMeasures, n, d.ID(), maxPoolPlayers)
		}
		// v[c] is the pool's combined saving of coalition c (a bitmask over
		// players).
		v := make([]*big.Rat, 1<<n)
		for k := range v {
			var set Set
			for j := 0; j < n; j++ {
				if k&(1<<j) != 0 {
					set |= bits[j]
				}
			}
			val, err := p.poolSaving(d, set, c)
			if err != nil {
				return nil, err
			}
			v[k] = val.Rat()
		}
		total.Add(total, v[1<<n-1])
		// weight[k] = k!(n−k−1)!/n!
		weight := make([]*big.Rat, n)
		for k := 0; k < n; k++ {
			num := new(big.Int).Mul(factorial(k), factorial(n-k-1))
			weight[k] = new(big.Rat).SetFrac(num, factorial(n))
		}
		for j := 0; j < n; j++ {
			sum := new(big.Rat)
			for c := range v {
				if c&(1<<j) != 0 {
					continue
				}
				k := popcount(c)
				marginal := new(big.Rat).Sub(v[c|1<<j], v[c])
				sum.Add(sum, marginal.Mul(marginal, weight[k]))
			}
			phi[players[j]].Add(phi[players[j]], sum)
		}
	}
	idx := s.Indices()
	exact := make([]*big.Rat, len(idx))
	for n, i := range idx {
		exact[n] = phi[i]
	}
	amounts := allocateParts(total, exact)
	out := make([]MeasurePart, len(idx))
	for n, i := range idx {
		out[n] = MeasurePart{Index: i, Measure: p.measures[i].ID, Amount: amounts[n]}
	}
	return out, nil
}

func factorial(n int) *big.Int {
	f := big.NewInt(1)
	for i := 2; i <= n; i++ {
		f.Mul(f, big.NewInt(int64(i)))
	}
	return f
}

func popcount(c int) int {
	n := 0
	for ; c != 0; c &= c - 1 {
		n++
	}
	return n
}
