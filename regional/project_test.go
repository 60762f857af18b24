package regional

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// Hilversum per year, all measures, published key (35 %), default ramp and
// cases (see TestCombineAllPublished and TestDefaultCasesLowByHand for
// 2478573 / 8062109.5 / 10254573). The seed: "Het aandeel van Hilversum is
// ongeveer 35%" (004:75-77); the ramp 0 / 0,4 / 0,8 / 1 is DefaultRamp.
//
//	2022, ramp 0.4: low  2478573 · 0.4 · 0.35 =  347000.22
//	                mid  8062109.5 · 0.4 · 0.35 = 1128695.33 (…0.333)
//	                high 10254573 · 0.4 · 0.35 = 1435640.22
//	2023, ramp 0.8: low  2478573 · 0.8 · 0.35 =  694000.44
//	                mid  8062109.5 · 0.8 · 0.35 = 2257390.66
//	                high 10254573 · 0.8 · 0.35 = 2871280.44
//	2024, ramp 1:   low  2478573 · 0.35       =  867500.55
//	                mid  8062109.5 · 0.35      = 2821738.325 → .33 (largest remainder)
//	                high 10254573 · 0.35      = 3589100.55
//	2021, ramp 0:   0 at every end (known: the ramp says 0)
//
// Whether that meets the taakstelling is package scenario's business.
func TestProjectHilversum(t *testing.T) {
	p := Default()
	res, err := p.Project(Inputs{Measures: p.All(), PerMunicipality: true}, budget.Span(2021, 2024))
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Year                   budget.Year
		Ramp                   string
		Regional               [3]string
		Low, Mid, High         string
		Known, ImplPM, OtherPM bool
	}
	var got []row
	for _, r := range res {
		got = append(got, row{r.Year, r.Ramp.Value.String(),
			[3]string{r.Regional.Low.String(), r.Regional.Central.String(), r.Regional.High.String()},
			r.Published.Low.String(), r.Published.Central.String(), r.Published.High.String(),
			r.Published.Known && r.Regional.Known && r.Ramp.Known,
			r.ImplementationCosts.PM && !r.ImplementationCosts.Known, r.OtherMeasures.PM && !r.OtherMeasures.Known})
	}
	// Regional: 2478573 · 0.4 = 991429.2, 8062109.5 · 0.4 = 3224843.8,
	// 10254573 · 0.4 = 4101829.2; · 0.8 = 1982858.4, 6449687.6, 8203658.4.
	want := []row{
		{2021, "0", [3]string{"0", "0", "0"}, "0", "0", "0", true, true, true},
		{2022, "0.4", [3]string{"991429.2", "3224843.8", "4101829.2"}, "347000.22", "1128695.33", "1435640.22", true, true, true},
		{2023, "0.8", [3]string{"1982858.4", "6449687.6", "8203658.4"}, "694000.44", "2257390.66", "2871280.44", true, true, true},
		{2024, "1", [3]string{"2478573", "8062109.5", "10254573"}, "867500.55", "2821738.33", "3589100.55", true, true, true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("projection (-want +got):\n%s", diff)
	}
	// Every municipality's parts add up to the regional amount, at every
	// end, and the published municipality's parts are Published.
	for _, r := range res {
		var lo, ce, hi decimal.Decimal
		for _, m := range r.Municipalities {
			lo, ce, hi = lo.Add(m.Low), ce.Add(m.Central), hi.Add(m.High)
			if !m.Known {
				t.Errorf("%d: %s part unknown", r.Year, m.Municipality)
			}
			if m.Municipality == "hilversum" && m.Range != r.Published {
				t.Errorf("%d: Hilversum's part %+v, Published %+v", r.Year, m.Range, r.Published)
			}
		}
		if !lo.Equal(r.Regional.Low.Round(2)) || !ce.Equal(r.Regional.Central.Round(2)) || !hi.Equal(r.Regional.High.Round(2)) {
			t.Errorf("%d: parts %s %s %s, regional %+v", r.Year, lo, ce, hi, r.Regional)
		}
		if len(r.Municipalities) != 7 {
			t.Errorf("%d: %d municipalities", r.Year, len(r.Municipalities))
		}
	}
}

// Implementation costs 100000 regional in 2022 → Hilversum 0.35 · 100000 =
// 35000, known; KPMG measures 200000 from 2022 on, known in both years;
// implementation costs in 2023 not given → pm. The savings are as in
// TestProjectHilversum: the inputs do not change them.
func TestProjectInputs(t *testing.T) {
	p := Default()
	res, err := p.Project(Inputs{
		Measures:            p.All(),
		ImplementationCosts: budget.SeriesOf(map[budget.Year]decimal.Decimal{2022: dec("100000")}),
		OtherMeasures:       budget.Each(2022, dec("200000")),
	}, []budget.Year{2022, 2023})
	if err != nil {
		t.Fatal(err)
	}
	r := res[0]
	if ic := r.ImplementationCosts; !ic.Known || ic.PM || !ic.Value.Equal(dec("35000")) {
		t.Errorf("2022 implementation costs: %+v", ic)
	}
	for _, r := range res {
		if om := r.OtherMeasures; !om.Known || om.PM || !om.Value.Equal(dec("200000")) {
			t.Errorf("%d other measures: %+v", r.Year, om)
		}
	}
	if !r.Published.Low.Equal(dec("347000.22")) {
		t.Errorf("2022 published low %s", r.Published.Low)
	}
	if ic := res[1].ImplementationCosts; ic.Known || !ic.PM {
		t.Errorf("2023 implementation costs should be pm: %+v", ic)
	}
	_, err = p.Project(Inputs{OtherMeasures: budget.Each(2022, dec("0.001"))}, []budget.Year{2022})
	var fe *budget.FieldError
	if !errors.As(err, &fe) || fe.Field != "other_measures.from.amount" || !errors.Is(err, budget.ErrBadAmount) {
		t.Errorf("bad other measures: %v", err)
	}
}

// Cases reach Project: with every end the additive sum the range collapses
// to 10254573 · 0.35 = 3589100.55 in 2024; cases out of order are an error
// naming "realisation".
func TestProjectCases(t *testing.T) {
	p := Default()
	add := Case{Model: Additive{}}
	res, err := p.Project(Inputs{Measures: p.All(), Cases: Cases{Low: add, Central: add, High: add}}, []budget.Year{2024})
	if err != nil {
		t.Fatal(err)
	}
	if pub := res[0].Published; !pub.Collapsed() || !pub.Low.Equal(dec("3589100.55")) {
		t.Errorf("additive everywhere: %+v", pub)
	}
	half, _ := NewRealisation(dec("0.5"))
	_, err = p.Project(Inputs{Measures: p.All(), Cases: Cases{Low: add, Central: Case{Model: Additive{}, Realisation: half}, High: add}}, []budget.Year{2024})
	var fe *budget.FieldError
	if !errors.As(err, &fe) || fe.Field != "realisation" || !errors.Is(err, ErrOrder) {
		t.Errorf("cases out of order: %v", err)
	}
	// No measure at all: every end 0.
	res, err = p.Project(Inputs{}, []budget.Year{2024})
	if err != nil || !res[0].Published.Known || !res[0].Published.High.IsZero() || !res[0].Published.Low.IsZero() {
		t.Errorf("no measures: %+v %v", res, err)
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
	res, _ := Default().Project(Inputs{Measures: Default().All(), Ramp: custom, PerMunicipality: true}, []budget.Year{2022, 2023})
	if r := res[1]; r.Ramp.Known || r.Regional.Known || r.Published.Known || r.Municipalities != nil {
		t.Errorf("2023 with a ramp that ends in 2022: %+v", r)
	}
	// 2022 at 0,5: regional High 10254573 · 0.5 = 5127286.5.
	if r := res[0]; !r.Ramp.Known || !r.Ramp.Value.Equal(dec("0.5")) || !r.Regional.High.Equal(dec("5127286.5")) || !r.Published.Known {
		t.Errorf("2022 with the custom ramp: %+v", r)
	}
}

// thirds is a caller's own model whose savings are not whole Fixed units.
type thirds struct{}

func (thirds) CombinePool(_ Domain, savings []decimal.Decimal) (decimal.Decimal, error) {
	sum := decimal.Zero
	for _, s := range savings {
		sum = sum.Add(s)
	}
	largest := decimal.Zero
	for _, s := range savings {
		largest = decimal.Max(largest, s)
	}
	return largest.Add(sum.Sub(largest).Div(decimal.NewFromInt(3))), nil
}

func (thirds) Describe(budget.Locale) string { return "thirds" }

// TestProjectOwnModel: a caller's model whose saving is not a whole number
// of Fixed units is rounded to one, half away from zero, before the ramp
// and the key.
func TestProjectOwnModel(t *testing.T) {
	p := Default()
	c := p.DefaultCases()
	c.Central = Case{Model: thirds{}}
	exact, err := p.Combine(p.All(), c)
	if err != nil {
		t.Fatal(err)
	}
	if exact.Central.Equal(exact.Central.Round(10)) {
		t.Fatalf("the test wants a saving beyond 10 decimals, got %s", exact.Central)
	}
	res, err := p.Project(Inputs{Measures: p.All(), Cases: c}, []budget.Year{2024})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res[0].Regional.Central, exact.Central.Round(10); !got.Equal(want) {
		t.Errorf("central %s, want %s", got, want)
	}
	h := p.PublishedKey().Split(exact.Central.Round(10))[p.published.index].Amount
	if got := res[0].Published.Central; !got.Equal(h) {
		t.Errorf("published part %s, want %s", got, h)
	}
}
