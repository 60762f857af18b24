package regional

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/exact"
	"github.com/shopspring/decimal"
)

// projectRef is Project as it was before the integer path and the memo of
// equal ramps: every year, every end split in math/big, from Combine's
// savings. The equivalence test
// below holds Project to it, to the representation of every decimal.
func (p *Programme) projectRef(in Inputs, years []budget.Year) ([]YearResult, error) {
	s := in.Measures
	if s&^p.All() != 0 {
		return nil, &budget.FieldError{Field: "measures", Err: fmt.Errorf("%w: set %v has measures beyond the programme's %d", ErrUnknownMeasure, s, len(p.measures))}
	}
	key := in.Key
	if len(key.ids) == 0 {
		key = p.PublishedKey()
	} else if len(key.ids) != len(p.municipalities) {
		return nil, &budget.FieldError{Field: "key", Err: fmt.Errorf("%w: %d", ErrCount, len(key.ids))}
	}
	ramp := in.Ramp
	if ramp.IsZero() {
		ramp = DefaultRamp()
	}
	if err := checkSeries("implementation_costs", in.ImplementationCosts); err != nil {
		return nil, err
	}
	if err := checkSeries("other_measures", in.OtherMeasures); err != nil {
		return nil, err
	}
	full, err := p.Combine(s, in.Cases)
	if err != nil {
		return nil, err
	}
	// A saving in Fixed units, written without trailing zeros, as Project
	// holds it (Sequential's are whole cents with four decimals).
	for _, e := range []*decimal.Decimal{&full.Low, &full.Central, &full.High} {
		f, _ := exact.Scaled(*e, 10)
		*e = Fixed(f).Decimal()
	}
	h := p.published.index
	out := make([]YearResult, 0, len(years))
	for n, y := range years {
		if !y.Valid() {
			return nil, &budget.FieldError{Field: fmt.Sprintf("years[%d]", n), Err: budget.ErrBadYear}
		}
		r := YearResult{Year: y, ImplementationCosts: budget.PMAmount(), OtherMeasures: budget.PMAmount()}
		if ic, ok := in.ImplementationCosts.At(y); ok {
			r.ImplementationCosts = budget.KnownAmount(key.splitRat(ic)[h].Amount)
		}
		if om, ok := in.OtherMeasures.At(y); ok {
			r.OtherMeasures = budget.KnownAmount(om)
		}
		f, ok := ramp.At(y)
		if !ok {
			out = append(out, r)
			continue
		}
		r.Ramp = budget.KnownAmount(f)
		r.Regional = budget.Range{Low: full.Low.Mul(f), Central: full.Central.Mul(f), High: full.High.Mul(f), Known: true}
		lo, ce, hi := key.splitRat(r.Regional.Low), key.splitRat(r.Regional.Central), key.splitRat(r.Regional.High)
		for i := range lo {
			r.Municipalities = append(r.Municipalities, MunicipalityRange{Municipality: lo[i].Municipality, Range: budget.Range{Low: lo[i].Amount, Central: ce[i].Amount, High: hi[i].Amount, Known: true}})
		}
		r.Published = budget.Range{Low: lo[h].Amount, Central: ce[h].Amount, High: hi[h].Amount, Known: true}
		if !in.PerMunicipality {
			r.Municipalities = nil
		}
		out = append(out, r)
	}
	return out, nil
}

// randomCases draws cases of every kind: the zero Cases (the defaults),
// three overlap models with ordered θ and ordered realisations, the
// defaults with a Central of its own, and now and then realisations out of
// order (an error both must report alike).
func randomCases(r *rand.Rand, p *Programme) Cases {
	switch r.IntN(5) {
	case 0:
		return Cases{}
	case 1:
		c := p.DefaultCases()
		c.Central = Case{Model: Additive{}}
		switch r.IntN(3) {
		case 0:
			c.Central.Model, _ = NewOverlap(randomTheta(r))
		case 1:
			// Whole cents from pools of 50 to 100 miljoen.
			sizes := map[Domain]decimal.Decimal{}
			for _, d := range Domains() {
				sizes[d] = decimal.New(5_000_000_000+r.Int64N(5_000_000_000), -2)
			}
			c.Central.Model, _ = NewSequential(sizes)
		}
		return c
	case 2:
		// Unordered: whatever comes out.
		return Cases{
			Low:     Case{Model: randomOverlap(r), Realisation: randomRealisation(r)},
			Central: Case{Model: randomOverlap(r), Realisation: randomRealisation(r)},
			High:    Case{Model: randomOverlap(r), Realisation: randomRealisation(r)},
		}
	}
	lo, ce, hi := orderedRealisations(r)
	ths := []decimal.Decimal{randomTheta(r), randomTheta(r), randomTheta(r)}
	slices.SortFunc(ths, func(a, b decimal.Decimal) int { return b.Cmp(a) })
	o := func(th decimal.Decimal) Overlap { v, _ := NewOverlap(th); return v }
	return Cases{Low: Case{o(ths[0]), lo}, Central: Case{o(ths[1]), ce}, High: Case{o(ths[2]), hi}}
}

func randomOverlap(r *rand.Rand) Overlap {
	o, _ := NewOverlap(randomTheta(r))
	return o
}

// orderedRealisations draws three realisations with, measure by measure,
// low ≤ central ≤ high.
func orderedRealisations(r *rand.Rand) (lo, ce, hi Realisation) {
	for i := 0; i < MaxMeasures; i++ {
		v := []int64{r.Int64N(201) - 100, r.Int64N(201) - 100, r.Int64N(201) - 100}
		slices.Sort(v)
		lo, _ = lo.With(i, decimal.New(v[0], -2))
		ce, _ = ce.With(i, decimal.New(v[1], -2))
		hi, _ = hi.With(i, decimal.New(v[2], -2))
	}
	return lo, ce, hi
}

func TestProjectMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	p := Default()
	keys := append(fastTestKeys(t), Key{})
	ser := func(scale int64, places int32) budget.Series {
		m := map[budget.Year]decimal.Decimal{}
		for y := budget.Year(2020); y < 2030; y++ {
			if r.IntN(2) == 0 {
				m[y] = decimal.New(r.Int64N(2*scale)-scale/4, -places)
			}
		}
		s := budget.SeriesOf(m)
		if r.IntN(2) == 0 {
			s = s.From(budget.Year(2020+r.IntN(12)), decimal.New(r.Int64N(scale), -places))
		}
		return s
	}
	checked := 0
	for n := 0; n < 1500; n++ {
		var in Inputs
		in.Measures = Set(r.IntN(1 << 14))
		in.PerMunicipality = true
		switch r.IntN(8) {
		case 0:
			in.Measures = 0
		case 1:
			in.Measures = p.All()
		}
		in.Key = keys[r.IntN(len(keys))]
		in.Cases = randomCases(r, p)
		switch r.IntN(3) {
		case 0:
			m := map[budget.Year]decimal.Decimal{}
			for y := budget.Year(2021); y < 2027; y++ {
				places := int32(r.IntN(13))
				m[y] = decimal.New(r.Int64N(int64(exact.Pow10(int(places)))+1), -places)
				if r.IntN(4) == 0 {
					// Trailing zeros: a coefficient beyond int64.
					c := m[y].Coefficient()
					m[y] = decimal.NewFromBigInt(c.Mul(c, big.NewInt(1e10)), m[y].Exponent()-10)
				}
			}
			in.Ramp, _ = NewRamp(budget.SeriesOf(m).From(2027, decimal.New(r.Int64N(11), -1)))
		case 1:
			in.Ramp, _ = NewRamp(budget.SeriesOf(map[budget.Year]decimal.Decimal{2022: decimal.New(5, -1)}).From(2023, decimal.NewFromInt(1)))
		}
		if r.IntN(2) == 0 {
			in.ImplementationCosts = ser(10_000_000, 2)
		}
		if r.IntN(2) == 0 {
			in.OtherMeasures = ser(1_000_000, int32(r.IntN(3)))
		}
		from := budget.Year(2015 + r.IntN(10))
		years := budget.Span(from, from+budget.Year(r.IntN(15)))
		got, err := p.Project(in, years)
		want, errRef := p.projectRef(in, years)
		if err == nil {
			checked++
		}
		if fmt.Sprint(err) != fmt.Sprint(errRef) {
			t.Fatalf("input %d: error %v, reference %v", n, err, errRef)
		}
		// Without PerMunicipality: the same results without the other parts.
		only := in
		only.PerMunicipality = false
		gotOnly, errOnly := p.Project(only, years)
		if fmt.Sprint(errOnly) != fmt.Sprint(err) {
			t.Fatalf("input %d: published only: error %v, full %v", n, errOnly, err)
		}
		if wantOnly, _ := p.projectRef(only, years); !reflect.DeepEqual(gotOnly, wantOnly) {
			t.Fatalf("input %d: published only\n%+v\nreference\n%+v", n, gotOnly, wantOnly)
		}
		for i := range gotOnly {
			if gotOnly[i].Municipalities != nil {
				t.Fatalf("input %d: published only still lists the municipalities", n)
			}
			full := got[i]
			full.Municipalities = nil
			if !reflect.DeepEqual(gotOnly[i], full) {
				t.Fatalf("input %d, %d: published only\n%+v\nfull\n%+v", n, got[i].Year, gotOnly[i], full)
			}
		}
		if !reflect.DeepEqual(got, want) {
			for i := range got {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Fatalf("input %d, %d: got\n%+v\nwant\n%+v", n, got[i].Year, got[i], want[i])
				}
			}
			t.Fatalf("input %d: results differ", n)
		}
	}
	if checked < 1000 {
		t.Errorf("only %d of 1500 inputs projected without error", checked)
	}
}
