package regional

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// The Low end of the default cases, by hand, from the seed's lines
// (004_75c709e3d0a04c7c.txt, "De maatregelen", 004:93-131). Every measure
// reaches 50 % of its published maximum; the two measures the zienswijze
// says may raise costs (AEF, 004:160-171: "bleek juist te leiden tot meer
// extra kosten"; "onduidelijk of dit tot kostenbeperking of kostenstijging
// leidde") reach −25 %, a cost of a quarter of their published saving,
// which overlap does not damp. θ = 1: in each pool only the largest
// realised saving counts. Published costs count in full.
//
//	Jeugdhulp
//	  "Van Vindplaats naar Werkplaats ...:- 900.000 euro"   −0,25 × 900000  = −225000 (cost)
//	  "Anders verwijzen ...: -1.458.246 euro"                0,5 × 1458246  =  729123
//	  pool: 729123 − 225000                                               =  504123
//	Verblijf Jeugd
//	  "Uitvoeringsagenda ...: -491.000 euro"                 0,5 × 491000   =  245500
//	  "Gezamenlijke bekostiging verblijf ...: - 812.000 euro" 0,5 × 812000  =  406000
//	  pool: largest                                                       =  406000
//	Huishoudelijke hulp
//	  "Versoberen levering ...: -1.632.659 euro"             0,5 × 1632659  =  816329,5
//	  "Normenkader van HHM ...: -813.041 euro"               0,5 × 813041   =  406520,5
//	  "Algemene voorziening thuisondersteuning ...: - 957.390 euro"
//	                                                         0,5 × 957390   =  478695
//	  pool: largest                                                       =  816329,5
//	Dagbesteding en begeleiding
//	  "Eenvoudige zorg bij complexe situaties ...: - 625.000 euro"
//	                                                        −0,25 × 625000  = −156250 (cost)
//	  "Toegang aanscherpen ...: -298.496 euro"               0,5 × 298496   =  149248
//	  "Algemene voorziening: dagbesteding ...: -1.402.478 euro"
//	                                                         0,5 × 1402478  =  701239
//	  "Arbeid in plaats van zorg ...: -300.000 euro"         0,5 × 300000   =  150000
//	  pool: 701239 − 156250                                               =  544989
//	Beschermd wonen
//	  "Heronderzoek van de wachtlijst ...: + 150.000 euro"   cost in full   = −150000
//	  "Gezamenlijke toegang ...: -400.000 euro"              0,5 × 400000   =  200000
//	  pool: 200000 − 150000                                               =   50000
//	Wmo-vervoer
//	  "Verhogen eigen bijdrage ...: -314.263 euro"           0,5 × 314263   =  157131,5
//
//	Low = 504123 + 406000 + 816329,5 + 544989 + 50000 + 157131,5
//	    = 910123 + 816329,5 + 544989 + 50000 + 157131,5
//	    = 1726452,5 + 544989 + 50000 + 157131,5
//	    = 2271441,5 + 50000 + 157131,5
//	    = 2478573
//
// High is the naive sum 10254573 and Central θ = 0,5 with every maximum
// reached, 8062109,5 (both worked out at TestCombineAllPublished).
func TestDefaultCasesLowByHand(t *testing.T) {
	p := Default()
	c := p.DefaultCases()
	pools := map[Domain]string{
		Jeugdhulp:               "504123",
		VerblijfJeugd:           "406000",
		HuishoudelijkeHulp:      "816329.5",
		DagbestedingBegeleiding: "544989",
		BeschermdWonen:          "50000",
		WmoVervoer:              "157131.5",
	}
	for d, want := range pools {
		got, err := p.poolSaving(d, p.All(), c.Low)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Equal(dec(want)) {
			t.Errorf("%s: Low pool %s, want %s", d.ID(), got, want)
		}
	}
	for _, cases := range []Cases{{}, c} {
		r, err := p.Combine(p.All(), cases)
		if err != nil {
			t.Fatal(err)
		}
		got := []string{r.Low.String(), r.Central.String(), r.High.String()}
		if diff := cmp.Diff([]string{"2478573", "8062109.5", "10254573"}, got); diff != "" {
			t.Errorf("default cases (-want +got):\n%s", diff)
		}
	}
	low, err := p.Saving(p.All(), c.Low)
	if err != nil || !low.Equal(dec("2478573")) {
		t.Errorf("Saving at the Low case: %s %v", low, err)
	}
}

// The default cases as DefaultCases documents them, measure by measure.
func TestDefaultCasesShape(t *testing.T) {
	p := Default()
	c := p.DefaultCases()
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
	if c.Low.Model != FullOverlap() || c.Central.Model != DefaultModel() || c.High.Model != (Additive{}) {
		t.Errorf("models %#v %#v %#v", c.Low.Model, c.Central.Model, c.High.Model)
	}
	if !c.Central.Realisation.Full() || !c.High.Realisation.Full() {
		t.Error("Central and High must reach every maximum")
	}
	// The zienswijze's AEF passage (004:160-171) names the measure of
	// "jeugdhulpprofessionals in het (reguliere en speciaal) onderwijs"
	// (Van Vindplaats naar Werkplaats) and the one of "één
	// regisseur/zorgaanbieder" (Eenvoudige zorg bij complexe situaties).
	doubted := map[string]bool{"vindplaats-werkplaats": true, "eenvoudige-zorg-complexe-situaties": true}
	for i, m := range p.Measures() {
		if m.MayRaiseCosts != doubted[m.ID] {
			t.Errorf("%s: MayRaiseCosts %v", m.ID, m.MayRaiseCosts)
		}
		want := "0.5"
		if doubted[m.ID] {
			want = "-0.25"
			if len(m.Remarks) == 0 || !strings.Contains(m.Remarks[0].Source.Quote, "AEF") && !strings.Contains(m.Remarks[0].Source.Quote, "extra kosten") {
				t.Errorf("%s: no remark quoting the AEF passage", m.ID)
			}
		}
		if got := c.Low.Realisation.Of(i); !got.Equal(dec(want)) {
			t.Errorf("%s: Low share %s, want %s", m.ID, got, want)
		}
	}
}

func TestCasesDescribe(t *testing.T) {
	p := Default()
	type texts struct{ Low, Central, High string }
	var got, gotEN texts
	got.Low, got.Central, got.High = p.DefaultCases().Describe(p, budget.Dutch)
	gotEN.Low, gotEN.Central, gotEN.High = p.DefaultCases().Describe(p, budget.English)
	want := texts{
		"elke maatregel haalt 50 % van zijn maximale opbrengst; Van Vindplaats naar Werkplaats en Eenvoudige zorg bij complexe situaties kosten juist extra: 25 % van hun maximale opbrengst; per domein telt alleen de grootste besparing (volledige overlap)",
		"elke maatregel haalt zijn maximale opbrengst; besparingen in één domein overlappen voor de helft (θ = 0,5)",
		"elke maatregel haalt zijn maximale opbrengst; de besparingen tellen gewoon op (geen overlap)",
	}
	wantEN := texts{
		"each measure reaches 50 % of its maximum effect; Van Vindplaats naar Werkplaats and Eenvoudige zorg bij complexe situaties instead raise costs by 25 % of their maximum effect; in each domain only the largest saving counts (full overlap)",
		"each measure reaches its maximum effect; savings in one domain overlap by half (θ = 0.5)",
		"each measure reaches its maximum effect; the savings simply add up (no overlap)",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Dutch (-want +got):\n%s", d)
	}
	if d := cmp.Diff(wantEN, gotEN); d != "" {
		t.Errorf("English (-want +got):\n%s", d)
	}
	for _, s := range []string{got.Low, got.Central, got.High, gotEN.Low, gotEN.Central, gotEN.High} {
		if strings.Contains(s, "Aanname") || strings.Contains(s, "Assumption") {
			t.Errorf("%q still says Aanname/Assumption", s)
		}
	}
	// One exception above the common share, named with its share; one
	// measure below zero; θ with as many decimals as it has.
	r, _ := NewRealisation(dec("0.8"))
	r, _ = r.With(13, dec("1"))
	r, _ = r.With(7, dec("-0.1"))
	o, _ := NewOverlap(dec("0.125"))
	low, central, _ := Cases{Low: Case{Model: FullOverlap(), Realisation: r}, Central: Case{Model: o}}.Describe(p, budget.Dutch)
	if want := "elke maatregel haalt 80 % van zijn maximale opbrengst; Eenvoudige zorg bij complexe situaties kost juist extra: 10 % van de maximale opbrengst; Verhogen eigen bijdrage: 100 %; per domein telt alleen de grootste besparing (volledige overlap)"; low != want {
		t.Errorf("got  %q\nwant %q", low, want)
	}
	if want := "elke maatregel haalt zijn maximale opbrengst; besparingen in één domein overlappen (θ = 0,125 in elk domein)"; central != want {
		t.Errorf("got  %q\nwant %q", central, want)
	}
}

// Shapley at the Low end, Jeugdhulp: the realised −25 % of Van Vindplaats
// naar Werkplaats is a cost (−0,25 × 900000 = −225000) and costs are not
// damped, so there is no interaction: each measure's part is its own
// realised effect, −225000 and 0,5 × 1458246 = 729123, together the pool's
// 504123.
func TestShapleyLowCase(t *testing.T) {
	p := Default()
	parts, err := p.Shapley(SetOf(0, 1), p.DefaultCases().Low)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, pt := range parts {
		got[pt.Measure] = pt.Amount.String()
	}
	if d := cmp.Diff(map[string]string{"vindplaats-werkplaats": "-225000", "anders-verwijzen": "729123"}, got); d != "" {
		t.Errorf("shapley (-want +got):\n%s", d)
	}
}

// Sequential with a realisation, by hand, Jeugdhulp with B = 10 000 000 and
// both measures at 50 %: savings 450000 and 729123,
//
//	B − (B − 450000)(B − 729123)/B = 10000000 − 9550000 · 9270877 / 10000000
//	9550000 · 9270877 = 88536875350000; / 10000000 = 8853687.535 → 8853687.54
//	10000000 − 8853687.54 = 1146312.46
func TestSequentialRealisation(t *testing.T) {
	p := Default()
	q, err := NewSequential(map[Domain]decimal.Decimal{Jeugdhulp: dec("10000000")})
	if err != nil {
		t.Fatal(err)
	}
	half, _ := NewRealisation(dec("0.5"))
	got, err := p.Saving(SetOf(0, 1), Case{Model: q, Realisation: half})
	if err != nil || !got.Equal(dec("1146312.46")) {
		t.Errorf("sequential at 50 %%: %s %v, want 1146312.46", got, err)
	}
}

// randomOrderedCases draws a set's three cases in order: θ of Low ≥
// Central ≥ High (or the default cases' models) and every share of Low ≤
// Central ≤ High.
func randomOrderedCases(r *rand.Rand) Cases {
	lo, ce, hi := orderedRealisations(r)
	if r.IntN(2) == 0 {
		return Cases{Low: Case{FullOverlap(), lo}, Central: Case{DefaultModel(), ce}, High: Case{Additive{}, hi}}
	}
	t := []int64{r.Int64N(micro + 1), r.Int64N(micro + 1), r.Int64N(micro + 1)}
	if t[0] < t[1] {
		t[0], t[1] = t[1], t[0]
	}
	if t[1] < t[2] {
		t[1], t[2] = t[2], t[1]
	}
	if t[0] < t[1] {
		t[0], t[1] = t[1], t[0]
	}
	o := func(th int64) Overlap { v, _ := NewOverlap(decimal.New(th, -MaxThetaDecimals)); return v }
	return Cases{Low: Case{o(t[0]), lo}, Central: Case{o(t[1]), ce}, High: Case{o(t[2]), hi}}
}

// Low ≤ Central ≤ High for every set and ordered cases.
func TestCasesOrderedGiveOrderedRange(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	for n := 0; n < 3000; n++ {
		p := randomProgramme(r)
		s := Set(r.IntN(1 << 14))
		c := randomOrderedCases(r)
		if err := c.Check(); err != nil {
			t.Fatalf("ordered cases rejected: %v", err)
		}
		rg, err := p.Combine(s, c)
		if err != nil {
			t.Fatal(err)
		}
		if rg.Low.GreaterThan(rg.Central) || rg.Central.GreaterThan(rg.High) {
			t.Fatalf("%v: range %s / %s / %s out of order", s, rg.Low, rg.Central, rg.High)
		}
		// The default cases too.
		rg, err = p.Combine(s, Cases{})
		if err != nil {
			t.Fatal(err)
		}
		if rg.Low.GreaterThan(rg.Central) || rg.Central.GreaterThan(rg.High) {
			t.Fatalf("%v: default range %s / %s / %s out of order", s, rg.Low, rg.Central, rg.High)
		}
	}
}

// Raising one measure's share never lowers the combined saving, for the
// overlap models at any θ and for Sequential; raising it for a measure that
// is alone in its pool with a saving raises it by exactly the added part.
func TestSavingMonotoneInRealisation(t *testing.T) {
	r := rand.New(rand.NewPCG(33, 34))
	seq, err := NewSequential(map[Domain]decimal.Decimal{
		Jeugdhulp: dec("40000000"), VerblijfJeugd: dec("20000000"), HuishoudelijkeHulp: dec("15000000"),
		DagbestedingBegeleiding: dec("15000000"), BeschermdWonen: dec("5000000"), WmoVervoer: dec("5000000"),
	})
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < 3000; n++ {
		p := randomProgramme(r)
		s := Set(r.IntN(1 << 14))
		var m Model = randomOverlap(r)
		if r.IntN(4) == 0 {
			// Sequential rounds its product to the cent; with whole-euro
			// amounts (the published ones) every realised saving is whole
			// cents and the rounding cannot undo a raise.
			m, p = seq, Default()
		}
		rl := randomRealisation(r)
		i := r.IntN(14)
		from := rl.Of(i)
		to := from.Add(decimal.New(r.Int64N(int64(100-from.Shift(2).IntPart())+1), -2))
		higher, err := rl.With(i, to)
		if err != nil {
			t.Fatal(err)
		}
		v1, err1 := p.Saving(s, Case{Model: m, Realisation: rl})
		v2, err2 := p.Saving(s, Case{Model: m, Realisation: higher})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if v2.LessThan(v1) {
			t.Fatalf("%v, measure %d %s → %s: %s → %s", s, i, from, to, v1, v2)
		}
	}
	// Wmo-vervoer holds one measure: 314263 at 10 % is 31426,3, at 60 %
	// 188557,8.
	p := Default()
	at := func(share string) decimal.Decimal {
		rl, _ := NewRealisation(dec(share))
		v, _ := p.Saving(SetOf(13), Case{Realisation: rl})
		return v
	}
	if a, b := at("0.1"), at("0.6"); !a.Equal(dec("31426.3")) || !b.Equal(dec("188557.8")) {
		t.Errorf("Wmo-vervoer at 10 %% and 60 %%: %s, %s", a, b)
	}
}

// SavingFixedAt is Saving with an overlap model and a realisation, exactly,
// and the independent worked-out reference; SavingFixed is SavingFixedAt
// with every maximum reached.
func TestSavingFixedAtMatchesSaving(t *testing.T) {
	r := rand.New(rand.NewPCG(35, 36))
	for n := 0; n < 5000; n++ {
		p := randomProgramme(r)
		s := Set(r.IntN(1 << 14))
		th := randomTheta(r)
		o, _ := NewOverlap(th)
		rl := randomRealisation(r)
		fixed := p.SavingFixedAt(s, o, rl)
		v, err := p.Saving(s, Case{Model: o, Realisation: rl})
		if err != nil {
			t.Fatal(err)
		}
		if !fixed.Decimal().Equal(v) {
			t.Fatalf("%v θ=%s %v: SavingFixedAt %s, Saving %s", s, th, rl, fixed.Decimal(), v)
		}
		if ref := refSaving(p, s, th, rl); !fixed.Decimal().Equal(ref) {
			t.Fatalf("%v θ=%s %v: SavingFixedAt %s, worked out %s", s, th, rl, fixed.Decimal(), ref)
		}
		if p.SavingFixed(s, o) != p.SavingFixedAt(s, o, Realisation{}) {
			t.Fatalf("%v: SavingFixed differs from SavingFixedAt at full realisation", s)
		}
	}
	// Fixed is 10⁻¹⁰ euro: Verhogen eigen bijdrage (314263) is
	// 314263 × 10¹⁰ units, and at 1 % 3142,63 euro.
	p := Default()
	if got := p.SavingFixed(SetOf(13), Overlap{}); got != Fixed(314263*FixedPerEuro) || FixedPerEuro != 1e10 {
		t.Errorf("SavingFixed = %d", got)
	}
	one, _ := NewRealisation(dec("0.01"))
	if got := p.SavingFixedAt(SetOf(13), Overlap{}, one).Decimal(); !got.Equal(dec("3142.63")) {
		t.Errorf("at 1 %%: %s", got)
	}
}

func TestRealisationValidation(t *testing.T) {
	for _, c := range []struct {
		share string
		is    error
	}{
		{"-1.01", ErrShare}, {"1.01", ErrShare}, {"2", ErrShare}, {"-100", ErrShare},
		{"0.555", ErrTooManyDecimals}, {"-0.125", ErrTooManyDecimals}, {"0.001", ErrTooManyDecimals},
	} {
		_, err := NewRealisation(dec(c.share))
		var fe *budget.FieldError
		if !errors.As(err, &fe) || fe.Field != "realisation" || !errors.Is(err, c.is) {
			t.Errorf("NewRealisation(%s): %v, want a FieldError on realisation wrapping %v", c.share, err, c.is)
		}
		base, _ := NewRealisation(dec("0.5"))
		got, err := base.With(3, dec(c.share))
		if !errors.As(err, &fe) || fe.Field != "realisation" || !errors.Is(err, c.is) {
			t.Errorf("With(3, %s): %v", c.share, err)
		}
		if got != base {
			t.Errorf("With(3, %s) changed the realisation on error", c.share)
		}
	}
	for _, i := range []int{-1, MaxMeasures} {
		_, err := Realisation{}.With(i, dec("0.5"))
		var fe *budget.FieldError
		if !errors.As(err, &fe) || fe.Field != "realisation" || !errors.Is(err, ErrUnknownMeasure) {
			t.Errorf("With(%d): %v", i, err)
		}
	}
	for _, ok := range []string{"-1", "-0.25", "0", "0.01", "0.5", "0.99", "1", "0.50"} {
		r, err := NewRealisation(dec(ok))
		if err != nil {
			t.Errorf("NewRealisation(%s): %v", ok, err)
			continue
		}
		for i := 0; i < MaxMeasures; i++ {
			if !r.Of(i).Equal(dec(ok)) {
				t.Errorf("NewRealisation(%s).Of(%d) = %s", ok, i, r.Of(i))
			}
		}
		w, err := Realisation{}.With(5, dec(ok))
		if err != nil || !w.Of(5).Equal(dec(ok)) || !w.Of(4).Equal(dec("1")) {
			t.Errorf("With(5, %s): %s %s %v", ok, w.Of(5), w.Of(4), err)
		}
	}
}

func TestRealisationZeroIsFull(t *testing.T) {
	var r Realisation
	if !r.Full() {
		t.Error("zero Realisation is not Full")
	}
	for i := 0; i < MaxMeasures; i++ {
		if !r.Of(i).Equal(decimal.NewFromInt(1)) {
			t.Errorf("Of(%d) = %s, want 1", i, r.Of(i))
		}
	}
	one, _ := NewRealisation(dec("1"))
	if one != r || !one.Full() {
		t.Error("NewRealisation(1) differs from the zero Realisation")
	}
	half, _ := NewRealisation(dec("0.5"))
	if half.Full() {
		t.Error("50 % is Full")
	}
	back, _ := half.With(2, dec("1"))
	if back.Full() {
		t.Error("one measure at 100 % makes it Full")
	}
	p := Default()
	for _, o := range []Overlap{{}, DefaultModel(), FullOverlap()} {
		v, _ := p.Saving(p.All(), Case{Model: o})
		if !v.Equal(p.SavingFixed(p.All(), o).Decimal()) {
			t.Errorf("zero Realisation %s, SavingFixed %s", v, p.SavingFixed(p.All(), o).Decimal())
		}
	}
}

func TestCasesCheck(t *testing.T) {
	p := Default()
	half, _ := NewRealisation(dec("0.5"))
	less, _ := Realisation{}.With(6, dec("0.99"))
	for name, c := range map[string]Cases{
		"Low above Central":        {Low: Case{Model: FullOverlap()}, Central: Case{Realisation: half}, High: Case{Model: Additive{}}},
		"one Low share above":      {Low: Case{Model: FullOverlap()}, Central: Case{Realisation: less}, High: Case{Model: Additive{}}},
		"Central above High":       {Low: Case{Model: FullOverlap(), Realisation: half}, Central: Case{}, High: Case{Model: Additive{}, Realisation: half}},
		"default Low, High halved": {Low: p.DefaultCases().Low, Central: Case{Realisation: less}, High: Case{Model: Additive{}, Realisation: half}},
	} {
		err := c.Check()
		var fe *budget.FieldError
		if !errors.As(err, &fe) || fe.Field != "realisation" || !errors.Is(err, ErrOrder) {
			t.Errorf("%s: Check %v", name, err)
		}
		if _, err := p.Combine(p.All(), c); !errors.Is(err, ErrOrder) {
			t.Errorf("%s: Combine %v", name, err)
		}
	}
	// Equal shares are in order.
	eq := Cases{Low: Case{Model: FullOverlap(), Realisation: half}, Central: Case{Realisation: half}, High: Case{Model: Additive{}, Realisation: half}}
	if err := eq.Check(); err != nil {
		t.Errorf("equal shares: %v", err)
	}
}

// The data file marks exactly the two measures of the AEF passage; a mark
// without a remark and a programme beyond € 500.000.000 do not load.
func TestLoadMayRaiseCostsAndTotal(t *testing.T) {
	src := strings.Replace(validFile, `"effect": "-50", "source"`, `"effect": "-50", "may_raise_costs": true, "source"`, 1)
	_, err := Load(strings.NewReader(src), "t.json")
	var de *budget.DataError
	if !errors.As(err, &de) || de.Record != `measure "m2"` || de.Field != "may_raise_costs" || !errors.Is(err, budget.ErrMissing) {
		t.Errorf("may_raise_costs without a remark: %v", err)
	}
	src = strings.Replace(validFile, `"effect": "-50", "source": {"document": "d", "section": "s"}`,
		`"effect": "-50", "may_raise_costs": true, "source": {"document": "d", "section": "s"}, "remarks": [{"text": "t", "source": {"document": "d", "section": "s"}}]`, 1)
	p, err := Load(strings.NewReader(src), "t.json")
	if err != nil {
		t.Fatal(err)
	}
	// m2 (−50) may raise costs: Low = only the largest of 0,5 × 100 = 50
	// and the cost 0,25 × 50 = 12,5: 50 − 12,5 = 37,5.
	if !p.Measures()[1].MayRaiseCosts {
		t.Error("may_raise_costs lost")
	}
	if rg, _ := p.Combine(p.All(), Cases{}); !rg.Low.Equal(dec("37.5")) {
		t.Errorf("Low %s, want 37.5", rg.Low)
	}
	checkRoundTrip(t, p)
	// 499999950 + 50 = 500000000: at the bound, loads; one cent more does not.
	at := strings.Replace(validFile, `"effect": "-100"`, `"effect": "-499999950"`, 1)
	if _, err := Load(strings.NewReader(at), "t.json"); err != nil {
		t.Errorf("€ 500.000.000 in all: %v", err)
	}
	over := strings.Replace(at, `"effect": "-50"`, `"effect": "-50.01"`, 1)
	_, err = Load(strings.NewReader(over), "t.json")
	if !errors.As(err, &de) || de.Field != "measures" || !errors.Is(err, ErrTooLarge) {
		t.Errorf("€ 500.000.000,01 in all: %v", err)
	}
	// Costs count by their absolute amount.
	over = strings.Replace(at, `"effect": "-50"`, `"effect": "50.01"`, 1)
	if _, err = Load(strings.NewReader(over), "t.json"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a cost beyond the bound: %v", err)
	}
	// Quantify keeps the bound: the 14 add up to 10404573 + 150000 =
	// 10554573 in absolute amounts; 489445427 more is exactly 500000000.
	d := Default()
	if _, err := d.Quantify("heronderzoek-wachtlijst", DagbestedingBegeleiding, dec("-489445427")); err != nil {
		t.Errorf("quantify to the bound: %v", err)
	}
	_, err = d.Quantify("heronderzoek-wachtlijst", DagbestedingBegeleiding, dec("-489445427.01"))
	var fe *budget.FieldError
	if !errors.As(err, &fe) || fe.Field != "amount" || !errors.Is(err, ErrTooLarge) {
		t.Errorf("quantify beyond the bound: %v", err)
	}
}

// FuzzRealisation: any share text either is rejected with a FieldError on
// "realisation" or, when it lies in [-1, 1] in whole percents, comes back
// from Of exactly, for every measure and through With.
func FuzzRealisation(f *testing.F) {
	for _, s := range []string{"0.5", "-0.25", "1", "-1", "0", "1.01", "0.555", "-0", "0.10", "x", "1e-2"} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, txt string, idx uint8) {
		share, err := budget.ParseDecimal(txt)
		if err != nil {
			return
		}
		valid := !share.LessThan(decimal.NewFromInt(-1)) && !share.GreaterThan(decimal.NewFromInt(1)) &&
			share.Shift(2).Equal(share.Shift(2).Truncate(0))
		r, err := NewRealisation(share)
		i := int(idx) % MaxMeasures
		w, errW := Realisation{}.With(i, share)
		if !valid {
			var fe *budget.FieldError
			if !errors.As(err, &fe) || fe.Field != "realisation" || !errors.As(errW, &fe) || fe.Field != "realisation" {
				t.Fatalf("%q: accepted or wrong error: %v / %v", txt, err, errW)
			}
			return
		}
		if err != nil || errW != nil {
			t.Fatalf("%q: rejected: %v / %v", txt, err, errW)
		}
		for j := 0; j < MaxMeasures; j++ {
			if !r.Of(j).Equal(share) {
				t.Fatalf("%q: Of(%d) = %s", txt, j, r.Of(j))
			}
		}
		if !w.Of(i).Equal(share) || (i != 0 && !w.Of(0).Equal(decimal.NewFromInt(1))) {
			t.Fatalf("%q: With(%d) gives %s", txt, i, w.Of(i))
		}
		if back, _ := NewRealisation(r.Of(i)); back != r {
			t.Fatalf("%q: Of → NewRealisation is not the same realisation", txt)
		}
	})
}

// TestCasesCheckModels: overlap models out of order are refused (an
// additive pessimistic end above a full-overlap centre gave Low > Central
// without an error).
func TestCasesCheckModels(t *testing.T) {
	bad := Cases{Low: Case{Model: Additive{}}, Central: Case{Model: FullOverlap()}, High: Case{Model: Additive{}}}
	var fe *budget.FieldError
	if err := bad.Check(); !errors.As(err, &fe) || fe.Field != "model" || !errors.Is(err, ErrOrder) {
		t.Errorf("Check = %v, want a FieldError on model wrapping ErrOrder", err)
	}
	if _, err := Default().Combine(Default().All(), bad); err == nil {
		t.Error("Combine accepted cases out of order")
	}
	q, err := NewSequential(map[Domain]decimal.Decimal{})
	if err != nil {
		t.Fatal(err)
	}
	ok := Cases{Low: Case{Model: FullOverlap()}, Central: Case{Model: q}, High: Case{Model: Additive{}}}
	if err := ok.Check(); err != nil {
		t.Errorf("a sequential centre cannot be compared, so it passes: %v", err)
	}
}
