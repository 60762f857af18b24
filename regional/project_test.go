package regional

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// Hilversum per year, all measures, published key (35 %), default ramp and
// model (see TestCombineAllPublished for 5869646 / 8062109.5 / 10254573):
//
//	2022, ramp 0.4: low  5869646 · 0.4 · 0.35 =  821750.44
//	                mid  8062109.5 · 0.4 · 0.35 = 1128695.33
//	                high 10254573 · 0.4 · 0.35 = 1435640.22
//	  taakstelling 900000: low < 900000 ≤ high → depends on the assumption
//	2023, ramp 0.8: low 5869646 · 0.8 · 0.35 = 1643500.88 ≥ 1200000 → met
//	2021, ramp 0: no taakstelling → unknown
func TestProjectHilversum(t *testing.T) {
	p := Default()
	res, err := p.Project(Inputs{}, budget.Span(2021, 2024))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Year           budget.Year
		Low, Mid, High string
		Coverage       Coverage
		PM             bool
	}
	var got []row
	for _, r := range res {
		got = append(got, row{r.Year, r.Hilversum.Low.String(), r.Hilversum.Central.String(), r.Hilversum.High.String(), r.Coverage, r.PM()})
	}
	want := []row{
		{2021, "0", "0", "0", CoverageUnknown, true},
		{2022, "821750.44", "1128695.33", "1435640.22", Depends, true},
		{2023, "1643500.88", "2257390.66", "2871280.44", Met, true},
		{2024, "2054376.1", "2821738.33", "3589100.55", Met, true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("projection (-want +got):\n%s", diff)
	}
	// Every municipality's parts add up to the regional amount.
	for _, r := range res {
		var sum decimal.Decimal
		for _, m := range r.Municipalities {
			sum = sum.Add(m.Central)
		}
		if !sum.Equal(r.Regional.Central.Round(2)) {
			t.Errorf("%d: parts %s, regional %s", r.Year, sum, r.Regional.Central)
		}
		if len(r.Municipalities) != 7 {
			t.Errorf("%d: %d municipalities", r.Year, len(r.Municipalities))
		}
	}
}

// Implementation costs 100000 regional in 2022 → Hilversum 35000; KPMG
// measures 200000: net low = 821750.44 − 35000 + 200000 = 986750.44 ≥ 900000.
func TestProjectInputs(t *testing.T) {
	p := Default()
	res, err := p.Project(Inputs{
		ImplementationCosts: budget.SeriesOf(map[budget.Year]decimal.Decimal{2022: dec("100000")}),
		OtherMeasures:       budget.Each(2022, dec("200000")),
	}, []budget.Year{2022, 2023})
	if err != nil {
		t.Fatal(err)
	}
	r := res[0]
	if !r.ImplementationCosts.Equal(dec("35000")) || !r.Net.Low.Equal(dec("986750.44")) || r.Coverage != Met || r.PM() {
		t.Errorf("2022: %+v", r)
	}
	if !res[1].ImplementationPM {
		t.Error("2023 implementation costs should be pm")
	}
	_, err = p.Project(Inputs{OtherMeasures: budget.Each(2022, dec("0.001"))}, []budget.Year{2022})
	var fe *budget.FieldError
	if !errors.As(err, &fe) || fe.Field != "other_measures.from" {
		t.Errorf("bad other measures: %v", err)
	}
}

func TestRamp(t *testing.T) {
	r := DefaultRamp()
	for y, want := range map[budget.Year]string{2021: "0", 2022: "0.4", 2023: "0.8", 2024: "1", 2030: "1"} {
		if f, ok := r.At(y); !ok || !f.Equal(dec(want)) {
			t.Errorf("%d: %s %v, want %s", y, f, ok, want)
		}
	}
	if _, ok := r.At(2020); ok {
		t.Error("2020 should be unknown")
	}
	_, err := NewRamp(budget.SeriesOf(map[budget.Year]decimal.Decimal{2022: dec("0.5"), 2023: dec("1.5")}))
	var fe *budget.FieldError
	if !errors.As(err, &fe) || fe.Field != "ramp.2023" || !errors.Is(err, ErrFraction) {
		t.Errorf("bad ramp: %v", err)
	}
	_, err = NewRamp(budget.Each(2024, dec("-1")))
	if !errors.As(err, &fe) || fe.Field != "ramp.from" {
		t.Errorf("bad tail: %v", err)
	}
	custom, err := NewRamp(budget.SeriesOf(map[budget.Year]decimal.Decimal{2022: dec("0.5")}))
	if err != nil {
		t.Fatal(err)
	}
	res, _ := Default().Project(Inputs{Ramp: custom}, []budget.Year{2022, 2023})
	if res[1].RampKnown || res[1].Coverage != CoverageUnknown {
		t.Errorf("2023 with a ramp that ends in 2022: %+v", res[1])
	}
}
