package main

import (
	"math/bits"
	"slices"

	"github.com/hilversum/sociaaldomein/regional"
)

// cell is the result of the enumeration for one case and one target.
type cell struct {
	Meeting int            // subsets that meet the target (met-if in every known year)
	MinSize int            // fewest measures of a subset that meets it; -1: none does
	Minimal []regional.Set // every subset of MinSize measures that meets it, in enumeration order
}

// best is the subset with the largest combined saving under a case (the
// fewest measures among equals, then the first in enumeration order): the
// set that comes closest when no set meets a target.
type best struct {
	Set    regional.Set
	Saving regional.Fixed
}

// chunk is how many subsets are enumerated between two progress calls.
const chunk = 1 << 10

// enumerate walks every subset of the programme's measures under every case
// of p and judges it against every target. The cells are indexed
// [case][target]. progress, when not nil, is called with the subsets done
// so far and the total, every chunk subsets.
//
// The loop does one SavingFixedAt per subset and case (allocation-free,
// exact) and, per target, one or two integer comparisons with the target's
// thresholds, which carry everything that depends on the year, the key, the
// ramp and the keuze; only a saving within a cent of a boundary is split
// by the key and judged (target.meets).
func enumerate(p *plan, progress func(done, total int)) ([][]cell, []best) {
	prog := p.Prog
	n := prog.All().Len()
	subsets := 1 << n
	total := subsets * len(p.Cases)
	out := make([][]cell, len(p.Cases))
	bests := make([]best, len(p.Cases))
	for ci := range p.Cases {
		c := &p.Cases[ci]
		cells := make([]cell, len(p.Targets))
		for i := range cells {
			cells[i].MinSize = -1
		}
		b := best{Saving: c.saving(prog, 0)}
		for start := 0; start < subsets; start += chunk {
			end := min(start+chunk, subsets)
			for s := start; s < end; s++ {
				set := regional.Set(s)
				saving := c.saving(prog, set)
				size := bits.OnesCount16(uint16(set))
				if saving > b.Saving || saving == b.Saving && size < b.Set.Len() {
					b = best{Set: set, Saving: saving}
				}
				for ti := range p.Targets {
					t := &p.Targets[ti]
					if saving < t.Floor || saving < t.Threshold && !t.meets(saving, p.Key, p.H, p.Ramp) {
						continue
					}
					c := &cells[ti]
					c.Meeting++
					switch {
					case c.MinSize < 0 || size < c.MinSize:
						c.MinSize = size
						c.Minimal = append(c.Minimal[:0], set)
					case size == c.MinSize:
						c.Minimal = append(c.Minimal, set)
					}
				}
			}
			if progress != nil {
				progress(ci*subsets+end, total)
			}
		}
		out[ci], bests[ci] = cells, b
	}
	return out, bests
}

// rankMinimal orders minimal sets by combined saving under c, largest
// first, then by the set's bits, so the first is the one with the largest
// saving.
func rankMinimal(prog *regional.Programme, c *caseSpec, sets []regional.Set) []regional.Set {
	out := slices.Clone(sets)
	slices.SortFunc(out, func(a, b regional.Set) int {
		sa, sb := c.saving(prog, a), c.saving(prog, b)
		switch {
		case sa > sb:
			return -1
		case sa < sb:
			return 1
		}
		return int(a) - int(b)
	})
	return out
}
