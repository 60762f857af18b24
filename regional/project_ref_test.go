package regional

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// projectRef is Project as it was before the integer path and the memo of
// equal ramps: every year, every end split in math/big. The equivalence test
// below holds Project to it, to the representation of every decimal.
func (p *Programme) projectRef(in Inputs, years []budget.Year) ([]YearResult, error) {
	s := in.Measures
	if s == 0 && !in.MeasuresExact {
		s = p.All()
	}
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
	full, err := p.Combine(s, in.Model)
	if err != nil {
		return nil, err
	}
	target := budget.Taakstelling()
	h := p.published.index
	out := make([]YearResult, 0, len(years))
	for n, y := range years {
		if !y.Valid() {
			return nil, &budget.FieldError{Field: fmt.Sprintf("years[%d]", n), Err: budget.ErrBadYear}
		}
		r := YearResult{Year: y}
		r.Ramp, r.RampKnown = ramp.At(y)
		r.Taakstelling, r.TaakstellingKnown = target.At(y)
		ic, icOK := in.ImplementationCosts.At(y)
		r.ImplementationPM = !icOK
		om, omOK := in.OtherMeasures.At(y)
		r.OtherPM = !omOK
		if omOK {
			r.OtherMeasures = om
		}
		if !r.RampKnown {
			out = append(out, r)
			continue
		}
		r.Regional = full.Scale(r.Ramp)
		lo, ce, hi := key.splitRat(r.Regional.Low), key.splitRat(r.Regional.Central), key.splitRat(r.Regional.High)
		for i := range lo {
			r.Municipalities = append(r.Municipalities, MunicipalityRange{Municipality: lo[i].Municipality, Low: lo[i].Amount, Central: ce[i].Amount, High: hi[i].Amount})
		}
		r.Hilversum = Range{Low: lo[h].Amount, Central: ce[h].Amount, High: hi[h].Amount, Model: full.Model}
		if icOK {
			r.ImplementationCosts = key.splitRat(ic)[h].Amount
		}
		adj := r.OtherMeasures.Sub(r.ImplementationCosts)
		r.Net = Range{Low: r.Hilversum.Low.Add(adj), Central: r.Hilversum.Central.Add(adj), High: r.Hilversum.High.Add(adj), Model: full.Model}
		if r.TaakstellingKnown {
			switch {
			case r.Net.Low.GreaterThanOrEqual(r.Taakstelling):
				r.Coverage = Met
			case r.Net.High.LessThan(r.Taakstelling):
				r.Coverage = NotMet
			default:
				r.Coverage = Depends
			}
		}
		out = append(out, r)
	}
	return out, nil
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
	for n := 0; n < 1500; n++ {
		var in Inputs
		in.Measures = Set(r.IntN(1 << 14))
		in.MeasuresExact = r.IntN(4) == 0
		if r.IntN(8) == 0 {
			in.Measures = 0
		}
		in.Key = keys[r.IntN(len(keys))]
		switch r.IntN(3) {
		case 0:
			in.Model, _ = NewOverlap(randomTheta(r))
		case 1:
			in.Model = Additive{}
		}
		switch r.IntN(3) {
		case 0:
			m := map[budget.Year]decimal.Decimal{}
			for y := budget.Year(2021); y < 2027; y++ {
				places := int32(r.IntN(13))
				m[y] = decimal.New(r.Int64N(int64(pow10u64[places])+1), -places)
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
		if fmt.Sprint(err) != fmt.Sprint(errRef) {
			t.Fatalf("input %d: error %v, reference %v", n, err, errRef)
		}
		// OnlyPublished gives the same results without the other parts.
		only := in
		only.OnlyPublished = true
		gotOnly, errOnly := p.Project(only, years)
		if fmt.Sprint(errOnly) != fmt.Sprint(err) {
			t.Fatalf("input %d: OnlyPublished error %v, full %v", n, errOnly, err)
		}
		for i := range gotOnly {
			if gotOnly[i].Municipalities != nil {
				t.Fatalf("input %d: OnlyPublished still lists the municipalities", n)
			}
			full := got[i]
			full.Municipalities = nil
			if !reflect.DeepEqual(gotOnly[i], full) {
				t.Fatalf("input %d, %d: OnlyPublished\n%+v\nfull\n%+v", n, got[i].Year, gotOnly[i], full)
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
}
