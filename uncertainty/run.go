package uncertainty

import (
	"context"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"sync"

	"github.com/hilversum/sociaaldomein/regional"
)

// BlockSize is the number of draws of one block. The draws are split into
// blocks of this size, each with its own random stream derived from the
// seed and the block's number; workers take whole blocks, so the number of
// workers changes only the speed, never a figure.
const BlockSize = 4096

// bins is the number of equally likely bins of an input's own quantile in
// the sensitivity table: its lowest and highest tenth are the ends of a
// tornado bar.
const bins = 10

// Options are how to run, not what: none of them changes a figure.
type Options struct {
	// Workers is the number of goroutines drawing; 0 means GOMAXPROCS.
	Workers int
	// Progress, when set, is called after each block with the draws done
	// and the total, from the worker that finished it, one call at a time.
	Progress func(done, total int)
	// KeepDraws keeps every draw's savings and balance per year, in draw
	// order, in [Result.Raw].
	KeepDraws bool
}

// blockSeed derives the second seed of block b's PCG stream from the block
// number (SplitMix64's finaliser), so that neighbouring blocks start far
// apart.
func blockSeed(b uint64) uint64 {
	z := b + 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// tally is what a worker counts; tallies add up, in any order, to the
// same integers.
type tally struct {
	met  []int64   // per year: draws with balance ≥ 0
	sTot []int64   // per input and bin: draws
	sMet [][]int64 // per input and bin, per year: draws with balance ≥ 0
}

func (s *Simulation) newTally() *tally {
	t := &tally{met: make([]int64, len(s.years))}
	if s.sens {
		t.sTot = make([]int64, len(s.inputs)*bins)
		t.sMet = make([][]int64, len(s.inputs)*bins)
		for i := range t.sMet {
			t.sMet[i] = make([]int64, len(s.years))
		}
	}
	return t
}

func (t *tally) add(u *tally) {
	for i, v := range u.met {
		t.met[i] += v
	}
	for i, v := range u.sTot {
		t.sTot[i] += v
	}
	for i, row := range u.sMet {
		for j, v := range row {
			t.sMet[i][j] += v
		}
	}
}

// columns hold every draw's figures per group of years, in cents: the
// savings, and (only when the implementation costs vary) the savings minus
// the implementation costs. A year's balance is its group's net column plus
// the year's fixed part.
type columns struct {
	savings [][]int64
	net     [][]int64 // nil when the costs are pm or fixed
	costs   int64     // the published municipality's fixed costs, when not drawn
}

// Run draws the simulation and returns its result. It stops early, with
// ctx's error, when ctx is done. Run allocates once per run (the columns of
// figures, 8 bytes per draw and group of years); a draw itself allocates
// nothing.
func (s *Simulation) Run(ctx context.Context, opt Options) (Result, error) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	nBlocks := (s.draws + BlockSize - 1) / BlockSize
	workers = min(workers, nBlocks)
	cols := columns{savings: make([][]int64, len(s.groups))}
	for g := range cols.savings {
		cols.savings[g] = make([]int64, s.draws)
	}
	if s.costs != nil && s.costs.varies() {
		cols.net = make([][]int64, len(s.groups))
		for g := range cols.net {
			cols.net[g] = make([]int64, s.draws)
		}
	} else if s.costs != nil {
		cols.costs = s.costPart(s.costs.lo)
	}
	total := s.newTally()
	var (
		mu   sync.Mutex
		next int
		done int
		wg   sync.WaitGroup
	)
	errc := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := s.newTally()
			var d draw
			for {
				mu.Lock()
				b := next
				next++
				mu.Unlock()
				if b >= nBlocks {
					break
				}
				if err := ctx.Err(); err != nil {
					errc <- err
					return
				}
				lo := b * BlockSize
				hi := min(lo+BlockSize, s.draws)
				src := rand.NewPCG(s.seed, blockSeed(uint64(b)))
				for i := lo; i < hi; i++ {
					s.draw(src, &d)
					s.record(&d, i, &cols, t)
				}
				if opt.Progress != nil {
					mu.Lock()
					done += hi - lo
					opt.Progress(done, s.draws)
					mu.Unlock()
				}
			}
			mu.Lock()
			total.add(t)
			mu.Unlock()
		}()
	}
	wg.Wait()
	close(errc)
	if err := <-errc; err != nil {
		return Result{}, err
	}
	return s.result(&cols, total, opt.KeepDraws), nil
}

// draw is one drawn scenario: each input's random bits (for the
// sensitivity bins) and the published municipality's savings per group of
// years and its implementation costs, in cents.
type draw struct {
	x       [regional.MaxMeasures + regional.NumDomains + 2]uint64
	savings [maxGroups]int64
	costs   int64
}

// maxGroups bounds the groups of years with distinct ramps: one per year
// at most, scenario.MaxYears.
const maxGroups = 50

// draw draws one scenario from src into d. The order of the random numbers
// is fixed: per pool a common quantile and whether the pool moves as one,
// per chosen measure its own quantile, per pool θ, the delay, the costs.
func (s *Simulation) draw(src *rand.PCG, d *draw) {
	var common [regional.NumDomains]uint64
	var together [regional.NumDomains]bool
	for p := range common {
		common[p] = src.Uint64()
		hi, _ := bits.Mul64(src.Uint64(), 1_000_000)
		together[p] = int64(hi) < s.rho
	}
	var r regional.Realisation
	n := 0
	for k := range s.measures {
		m := &s.measures[k]
		x := src.Uint64()
		if together[m.pool] {
			x = common[m.pool]
		}
		d.x[n] = x
		n++
		r.SetPercent(m.index, int(m.s.at(x)))
	}
	var o regional.Overlap
	for p := range s.theta {
		x := src.Uint64()
		d.x[n] = x
		n++
		o.SetPoolMillionths(regional.Domain(p), s.theta[p].at(x))
	}
	xd := src.Uint64()
	d.x[n] = xd
	n++
	m := s.delay.at(xd) - s.delay.lo
	xc := src.Uint64()
	d.x[n] = xc
	d.costs = 0
	if s.costs != nil && s.costs.varies() {
		d.costs = s.costPart(s.costs.at(xc))
	}
	f := s.prog.SavingFixedAt(s.set, o, r)
	for g := range s.groups {
		pct := s.groups[g].ramp[m]
		same := -1
		for h := 0; h < g; h++ {
			if s.groups[h].ramp[m] == pct {
				same = h
				break
			}
		}
		if same >= 0 {
			d.savings[g] = d.savings[same]
			continue
		}
		d.savings[g] = s.part(f, pct)
	}
}

// part is the published municipality's part, in cents, of the regional
// saving f ramped to pct percent, by the rule of Key.Split.
func (s *Simulation) part(f regional.Fixed, pct int64) int64 {
	if f == 0 || pct == 0 {
		return 0
	}
	if c, ok := s.key.PartOfFixed(f, pct, s.pub); ok {
		return c
	}
	// A key the integer path cannot hold: exact, but allocating.
	a := f.Decimal().Mul(decimalPercent(pct))
	return cents(s.key.Split(a)[s.pub].Amount)
}

// costPart is the published municipality's part, in cents, of regional
// implementation costs of c cents.
func (s *Simulation) costPart(c int64) int64 {
	return s.part(regional.Fixed(c)*regional.FixedPerEuro/100, 100)
}

// record stores draw i's figures and counts them.
func (s *Simulation) record(d *draw, i int, c *columns, t *tally) {
	for g := range s.groups {
		c.savings[g][i] = d.savings[g]
		if c.net != nil {
			c.net[g][i] = d.savings[g] - d.costs
		}
	}
	var metMask uint64
	for y := range s.years {
		ys := &s.years[y]
		if !ys.known {
			continue
		}
		bal := d.savings[ys.group] - d.costs - c.costs + ys.fixed
		if bal >= 0 {
			t.met[y]++
			metMask |= 1 << y
		}
	}
	if !s.sens {
		return
	}
	for k := range s.inputs {
		hi, _ := bits.Mul64(d.x[k], bins)
		j := k*bins + int(hi)
		t.sTot[j]++
		row := t.sMet[j]
		for m := metMask; m != 0; m &= m - 1 {
			row[bits.TrailingZeros64(m)]++
		}
	}
}
