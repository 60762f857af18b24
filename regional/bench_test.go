package regional

import (
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// BenchmarkCombineAll combines all 14 measures into a range (decimal
// results): θ = 1, 0,5 and 0 with every maximum reached.
func BenchmarkCombineAll(b *testing.B) {
	p := Default()
	c := Cases{Low: Case{Model: FullOverlap()}, Central: Case{Model: DefaultModel()}, High: Case{Model: Additive{}}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Combine(p.All(), c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCombineDefaultCases combines all 14 measures under the zero
// Cases, which Combine replaces by the default cases (with the Low end's
// realisation).
func BenchmarkCombineDefaultCases(b *testing.B) {
	p := Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Combine(p.All(), Cases{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSavingFixedAtAll is the Low end of the default cases on the
// allocation-free path.
func BenchmarkSavingFixedAtAll(b *testing.B) {
	p := Default()
	low := p.DefaultCases().Low
	o := low.Model.(Overlap)
	all := p.All()
	b.ReportAllocs()
	var sink Fixed
	for b.Loop() {
		sink += p.SavingFixedAt(all, o, low.Realisation)
	}
	_ = sink
}

// BenchmarkSavingFixedAll combines all 14 measures on the allocation-free
// path: low, central and high.
func BenchmarkSavingFixedAll(b *testing.B) {
	p := Default()
	m := DefaultModel()
	full := FullOverlap()
	all := p.All()
	b.ReportAllocs()
	var sink Fixed
	for b.Loop() {
		sink += p.SavingFixed(all, full) + p.SavingFixed(all, m) + p.SavingFixed(all, Overlap{})
	}
	_ = sink
}

// BenchmarkEnumerateSubsets enumerates all 2^14 subsets, each with low,
// central and high, on the allocation-free path.
func BenchmarkEnumerateSubsets(b *testing.B) {
	p := Default()
	m := DefaultModel()
	full := FullOverlap()
	b.ReportAllocs()
	var sink Fixed
	for b.Loop() {
		for s := Set(0); s < 1<<14; s++ {
			sink += p.SavingFixed(s, full) + p.SavingFixed(s, m) + p.SavingFixed(s, Overlap{})
		}
	}
	_ = sink
}

// BenchmarkEnumerateGrid enumerates 2^14 subsets × 4 keuzes × θ in
// {0, 0.1, …, 1} (the later issue's workload; the keuze does not change the
// regional saving, so it only multiplies the work).
func BenchmarkEnumerateGrid(b *testing.B) {
	p := Default()
	var models []Overlap
	for i := int64(0); i <= 10; i++ {
		o, _ := NewOverlap(decimal.New(i, -1))
		models = append(models, o)
	}
	b.ReportAllocs()
	var sink Fixed
	for b.Loop() {
		for k := 0; k < 4; k++ {
			for _, o := range models {
				for s := Set(0); s < 1<<14; s++ {
					sink += p.SavingFixed(s, o)
				}
			}
		}
	}
	_ = sink
}

// BenchmarkShapleyAll computes the Shapley parts of all 14 measures.
func BenchmarkShapleyAll(b *testing.B) {
	p := Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Shapley(p.All(), Case{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSplitPublished splits the naive sum of all 14 measures by the
// published key on the integer path.
func BenchmarkSplitPublished(b *testing.B) {
	p := Default()
	k := p.PublishedKey()
	v := p.NaiveSum(p.All())
	b.ReportAllocs()
	for b.Loop() {
		_ = k.Split(v)
	}
}

// BenchmarkSplitRatPublished is BenchmarkSplitPublished on the math/big
// path, the reference.
func BenchmarkSplitRatPublished(b *testing.B) {
	p := Default()
	k := p.PublishedKey()
	v := p.NaiveSum(p.All())
	b.ReportAllocs()
	for b.Loop() {
		_ = k.splitRat(v)
	}
}

// BenchmarkProject projects all 14 measures with the defaults over
// 2022–2027, what one scenario.Evaluate asks of this package.
func BenchmarkProject(b *testing.B) {
	p := Default()
	years := budget.Span(2022, 2027)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Project(Inputs{Measures: p.All(), PerMunicipality: true}, years); err != nil {
			b.Fatal(err)
		}
	}
}
