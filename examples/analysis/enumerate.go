package main

import (
	"math/bits"
	"slices"

	"github.com/hilversum/sociaaldomein/regional"
)

// cell is the result of the enumeration for one θ and one target.
type cell struct {
	Meeting int            // subsets that meet the target
	MinSize int            // fewest measures of a subset that meets it; -1: none does
	Minimal []regional.Set // every subset of MinSize measures that meets it, in enumeration order
}

// chunk is how many subsets are enumerated between two progress calls.
const chunk = 1 << 10

// enumerate walks every subset of the programme's measures for every
// overlap model and compares its combined saving with every threshold. The
// result is indexed [overlap][threshold]. progress, when not nil, is called
// with the subsets done so far and the total, every chunk subsets.
//
// The loop does one SavingFixed per subset and overlap (allocation-free,
// exact) and one integer comparison per threshold; the thresholds carry
// everything that depends on the year, the key, the ramp and the keuze.
func enumerate(prog *regional.Programme, overlaps []regional.Overlap, thresholds []regional.Fixed, progress func(done, total int)) [][]cell {
	n := prog.All().Len()
	subsets := 1 << n
	total := subsets * len(overlaps)
	out := make([][]cell, len(overlaps))
	for oi, o := range overlaps {
		cells := make([]cell, len(thresholds))
		for i := range cells {
			cells[i].MinSize = -1
		}
		for start := 0; start < subsets; start += chunk {
			end := min(start+chunk, subsets)
			for s := start; s < end; s++ {
				set := regional.Set(s)
				saving := prog.SavingFixed(set, o)
				size := bits.OnesCount16(uint16(set))
				for ti, thr := range thresholds {
					if saving < thr {
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
				progress(oi*subsets+end, total)
			}
		}
		out[oi] = cells
	}
	return out
}

// rankMinimal orders minimal sets by combined saving under o, largest
// first, then by the set's bits, so the first is the one with the largest
// saving.
func rankMinimal(prog *regional.Programme, o regional.Overlap, sets []regional.Set) []regional.Set {
	out := slices.Clone(sets)
	slices.SortFunc(out, func(a, b regional.Set) int {
		sa, sb := prog.SavingFixed(a, o), prog.SavingFixed(b, o)
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
