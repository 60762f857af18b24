package uncertainty

import (
	"context"
	"math/rand/v2"
	"testing"
)

// BenchmarkDraw is one draw of the default scenario (14 measures,
// 2022–2027, published key, every default distribution), recorded: the
// inner loop of Run. It must not allocate.
func BenchmarkDraw(b *testing.B) {
	s, err := New(nil, Input{Seed: 1, Draws: 1})
	if err != nil {
		b.Fatal(err)
	}
	cols := columns{savings: make([][]int64, len(s.groups))}
	for g := range cols.savings {
		cols.savings[g] = make([]int64, 1)
	}
	t := s.newTally()
	src := rand.NewPCG(1, blockSeed(0))
	var d draw
	b.ReportAllocs()
	for b.Loop() {
		s.draw(src, &d)
		s.record(&d, 0, &cols, t)
	}
}

// BenchmarkRunMillion is a whole run of 10⁶ draws of the default scenario:
// draws, quantiles and P(met) per year. Run it with -cpu 1 for one core.
func BenchmarkRunMillion(b *testing.B) {
	s, err := New(nil, Input{Seed: 1, Draws: 1_000_000})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Run(context.Background(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
