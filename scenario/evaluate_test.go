package scenario

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// The published regional effects in 2024 (seed 004, "De maatregelen"),
// as savings, by pool:
//
//	Jeugdhulp:        900.000 (Vindplaats), 1.458.246 (Anders verwijzen)
//	Verblijf Jeugd:   491.000 (Uitvoeringsagenda), 812.000 (Gezamenlijke bekostiging)
//	Huishoudelijke hulp: 1.632.659 (Versoberen), 813.041 (Normenkader), 957.390 (Thuisondersteuning)
//	Dagbesteding en begeleiding: 625.000 (1 regisseur), 298.496 (Toegang), 1.402.478 (Algemene voorziening), 300.000 (Arbeid)
//	Beschermd wonen:  −150.000 (Heronderzoek wachtlijst: a cost), 400.000 (Gezamenlijke toegang)
//	Wmo-vervoer:      314.263 (Eigen bijdrage)
//
// Naive sum (High): 900.000 + 1.458.246 + 491.000 + 812.000 + 1.632.659 +
// 813.041 + 957.390 + 625.000 + 298.496 + 1.402.478 + 300.000 − 150.000 +
// 400.000 + 314.263 = 10.254.573.
//
// Only the largest per pool (Low, θ = 1): 1.458.246 + 812.000 + 1.632.659 +
// 1.402.478 + (400.000 − 150.000) + 314.263 = 5.869.646.
//
// Overlap θ = 0,5 (Central, the default): largest + ½·rest per pool:
//
//	1.458.246 + ½·900.000                 = 1.908.246
//	812.000 + ½·491.000                   = 1.057.500
//	1.632.659 + ½·(813.041 + 957.390)     = 2.517.874,50
//	1.402.478 + ½·(625.000 + 298.496 + 300.000) = 2.014.226
//	400.000 − 150.000 (costs undamped)    =   250.000
//	314.263                               =   314.263
//	total                                 = 8.062.109,50
//
// The pessimistic end (Low, the default cases): every measure reaches half
// of its maximum, the two measures AEF doubted (004:160-171: Vindplaats,
// 900.000; Eenvoudige zorg, 625.000) raise costs by a quarter of theirs,
// only the largest saving per pool counts, costs count in full:
//
//	Jeugdhulp:        ½·1.458.246 − ¼·900.000    = 729.123 − 225.000 = 504.123
//	Verblijf Jeugd:   ½·812.000                  = 406.000
//	Huishoudelijke hulp: ½·1.632.659             = 816.329,50
//	Dagbesteding en begeleiding: ½·1.402.478 − ¼·625.000 = 701.239 − 156.250 = 544.989
//	Beschermd wonen:  ½·400.000 − 150.000        = 50.000
//	Wmo-vervoer:      ½·314.263                  = 157.131,50
//	total                                        = 2.478.573
const (
	regionalHigh    = "10254573"
	regionalLow     = "2478573"
	regionalCentral = "8062109.50"
	// regionalLargest is the pessimistic end with every maximum reached
	// (θ = 1 only): 1.458.246 + 812.000 + 1.632.659 + 1.402.478 + (400.000 −
	// 150.000) + 314.263 = 5.869.646.
	regionalLargest = "5869646"
)

type yearWant struct {
	year                        budget.Year
	target                      string
	savLow, savCentral, savHigh string
	keuze                       string // "" when not known
	keuzePM                     bool
	status                      KeuzeStatus
	balLow, balCentral, balHigh string
	verdict                     VerdictKind
	headroom                    string // with MetIf
}

func checkYear(t *testing.T, got YearOutcome, w yearWant) {
	t.Helper()
	eq := func(name string, d decimal.Decimal, want string) {
		t.Helper()
		if !d.Equal(dec(want)) {
			t.Errorf("%d %s = %s, want %s", w.year, name, d, want)
		}
	}
	if got.Year != w.year {
		t.Fatalf("year %d, want %d", got.Year, w.year)
	}
	tp := got.Taakstelling
	eq("target", tp.Target.Value, w.target)
	eq("savings.low", tp.Savings.Low, w.savLow)
	eq("savings.central", tp.Savings.Central, w.savCentral)
	eq("savings.high", tp.Savings.High, w.savHigh)
	k := got.Keuze
	if w.keuze != "" {
		if !k.Cost.Known {
			t.Errorf("%d keuze cost unknown, want %s", w.year, w.keuze)
		}
		eq("keuze", k.Cost.Value, w.keuze)
	} else if k.Cost.Known {
		t.Errorf("%d keuze cost = %s, want unknown", w.year, k.Cost.Value)
	}
	if k.Cost.PM != w.keuzePM || k.Status != w.status {
		t.Errorf("%d keuze pm=%v status=%s, want pm=%v status=%s", w.year, k.Cost.PM, k.Status, w.keuzePM, w.status)
	}
	if !tp.Balance.Known {
		t.Fatalf("%d balance unknown", w.year)
	}
	eq("balance.low", tp.Balance.Low, w.balLow)
	eq("balance.central", tp.Balance.Central, w.balCentral)
	eq("balance.high", tp.Balance.High, w.balHigh)
	if tp.Verdict.Kind != w.verdict {
		t.Errorf("%d verdict = %v, want %v", w.year, tp.Verdict.Kind, w.verdict)
	}
	if w.verdict == MetIf {
		eq("headroom", tp.Verdict.Headroom, w.headroom)
	}
}

// TestEvaluateKeuzeAAllMeasures: keuze A, all 14 measures, every default.
// Hilversum's part is 35 % (the published key, 004:76-77), × the default
// ramp (2022: 0,4; 2023: 0,8; from 2024: 1). Implementation costs are pm,
// so no year can be "gehaald" without a condition.
func TestEvaluateKeuzeAAllMeasures(t *testing.T) {
	out, err := Evaluate(Input{Keuze: "A"})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Years) != 6 || out.Years[0].Year != 2022 || out.Years[5].Year != 2027 {
		t.Fatalf("years = %d from %d, want 2022–2027", len(out.Years), out.Years[0].Year)
	}
	// 2022: ramp 0,4. High 10.254.573 × 0,4 × 0,35 = 1.435.640,22 (in
	// whole cents, from 1.435.640,22); Low 2.478.573 × 0,4 × 0,35 =
	// 347.000,22; Central 8.062.109,50 × 0,4 × 0,35 = 1.128.695,33.
	// Balance = savings − 900.000: Low −552.999,78, High +535.640,22 →
	// depends. Keuze A starts in 2024: no extra cost yet.
	checkYear(t, out.Years[0], yearWant{2022, "900000", "347000.22", "1128695.33", "1435640.22", "0", false, KeuzeBeforeStart,
		"-552999.78", "228695.33", "535640.22", Depends, ""})
	// 2024: ramp 1. High 10.254.573 × 0,35 = 3.589.100,55; Low 2.478.573 ×
	// 0,35 = 867.500,55; Central 8.062.109,50 × 0,35 = 2.821.738,325, in
	// whole cents 2.821.738,33. Balance = savings − 1.200.000. Keuze A
	// costs 550.000 (000:497-498), outside the balance.
	w2024 := yearWant{2024, "1200000", "867500.55", "2821738.33", "3589100.55", "550000", false, KeuzePublished,
		"-332499.45", "1621738.33", "2389100.55", Depends, ""}
	for i := 2; i < 6; i++ {
		w2024.year = budget.Year(2022 + i)
		checkYear(t, out.Years[i], w2024)
	}
	for _, y := range out.Years {
		tp := y.Taakstelling
		if !tp.ImplementationCosts.PM || !tp.OtherMeasures.PM || !tp.Verdict.CostsPM || !tp.Verdict.SavingsPM {
			t.Errorf("%d: implementation costs and other measures must be pm by default", y.Year)
		}
	}
	if len(out.Measures) != 14 {
		t.Errorf("%d measures, want all 14", len(out.Measures))
	}
}

// TestEvaluateCustomKey: Hilversum 50 %, the additive model in the centre.
// 2024: 10.254.573 × 0,5 = 5.127.286,50 at the centre and the optimistic
// end; Low 2.478.573 × 0,5 = 1.239.286,50. No keuze. Balance = savings −
// 1.200.000: Low +39.286,50, so met if Hilversum's implementation costs
// stay within € 39.286,50.
func TestEvaluateCustomKey(t *testing.T) {
	shares := map[string]decimal.Decimal{
		"hilversum": dec("0.5"), "blaricum": dec("0.05"), "gooise-meren": dec("0.15"), "huizen": dec("0.1"),
		"laren": dec("0.05"), "weesp": dec("0.05"), "wijdemeren": dec("0.1"),
	}
	out, err := Evaluate(Input{Key: KeyInput{Kind: KeyCustom, Shares: shares}, Model: ModelInput{Kind: ModelAdditive}, From: 2024, To: 2024, PerMunicipality: true})
	if err != nil {
		t.Fatal(err)
	}
	checkYear(t, out.Years[0], yearWant{2024, "1200000", "1239286.50", "5127286.50", "5127286.50", "", false, KeuzeNone,
		"39286.50", "3927286.50", "3927286.50", MetIf, "39286.50"})
	// Every municipality's part: share × regional; they add up to the whole.
	ms := out.Years[0].Taakstelling.Municipalities
	if n := len(ms); n != 7 {
		t.Fatalf("%d municipalities, want 7 with PerMunicipality", n)
	}
	sum := decimal.Zero
	for _, m := range ms {
		sum = sum.Add(m.Central)
	}
	if !sum.Equal(dec(regionalHigh)) {
		t.Errorf("municipality parts add up to %s, want %s", sum, regionalHigh)
	}
}

func TestEvaluateInvalid(t *testing.T) {
	theta := dec("1.5")
	cases := []struct {
		name  string
		in    Input
		field string
	}{
		{"unknown keuze", Input{Keuze: "E"}, "keuze"},
		{"unknown measure", Input{Measures: []string{"vindplaats-werkplaats", "magie"}}, "measures[1]"},
		{"measure twice", Input{Measures: []string{"vindplaats-werkplaats", "vindplaats-werkplaats"}}, "measures[1]"},
		{"theta above 1", Input{Model: ModelInput{Theta: &theta}}, "model.theta"},
		{"unknown model", Input{Model: ModelInput{Kind: "magic"}}, "model.kind"},
		{"pool theta unknown domain", Input{Model: ModelInput{PoolTheta: map[string]decimal.Decimal{"zwembad": dec("0.1")}}}, "model.pool_theta.zwembad"},
		{"pool theta above 1", Input{Model: ModelInput{PoolTheta: map[string]decimal.Decimal{"jeugdhulp": dec("2")}}}, "model.pool_theta.jeugdhulp"},
		{"sequential without sizes", Input{Model: ModelInput{Kind: ModelSequential}}, "model.pool_sizes.jeugdhulp"},
		{"sequential negative size", Input{Model: ModelInput{Kind: ModelSequential, PoolSizes: map[string]decimal.Decimal{"jeugdhulp": dec("-1")}}}, "model.pool_sizes.jeugdhulp"},
		{"unknown key kind", Input{Key: KeyInput{Kind: "eerlijk"}}, "key.kind"},
		{"custom key missing municipality", Input{Key: KeyInput{Kind: KeyCustom, Shares: map[string]decimal.Decimal{"hilversum": dec("1")}}}, "key.shares.blaricum"},
		{"custom key not summing to 1", Input{Key: KeyInput{Kind: KeyCustom, Shares: map[string]decimal.Decimal{
			"hilversum": dec("0.5"), "blaricum": dec("0.05"), "gooise-meren": dec("0.15"), "huizen": dec("0.1"),
			"laren": dec("0.05"), "weesp": dec("0.05"), "wijdemeren": dec("0.11")}}}, "key.shares"},
		{"shares with the published key", Input{Key: KeyInput{Shares: map[string]decimal.Decimal{"hilversum": dec("1")}}}, "key.shares"},
		{"ramp above 1", Input{Ramp: ptr(budget.SeriesOf(map[budget.Year]decimal.Decimal{2022: dec("1.2")}))}, "ramp.years.2022"},
		{"unknown growth", Input{Growth: GrowthInput{Kind: "exponentieel"}}, "growth.kind"},
		{"growth window outside the counts", Input{Growth: GrowthInput{Kind: GrowthClients, From: 2010, To: 2022}}, "growth.from"},
		{"sub-cent implementation costs", Input{ImplementationCosts: ptr(budget.SeriesOf(map[budget.Year]decimal.Decimal{2023: dec("0.001")}))}, "implementation_costs.years.2023"},
		{"too large other measures", Input{OtherMeasures: ptr(budget.Each(2022, dec("1000000000000000")))}, "other_measures.from.amount"},
		{"realisation above 1", Input{Realisation: &RealisationInput{RealisationShares: RealisationShares{High: ptr(dec("1.5"))}}}, "realisation.high"},
		{"realisation out of order", Input{Realisation: &RealisationInput{RealisationShares: RealisationShares{Low: ptr(dec("1")), Central: ptr(dec("0.5"))}}}, "realisation"},
		{"realisation of an unknown measure", Input{Realisation: &RealisationInput{Measures: map[string]RealisationShares{"magie": {Low: ptr(dec("0"))}}}}, "realisation.measures.magie"},
		{"realisation with three decimals", Input{Realisation: &RealisationInput{Measures: map[string]RealisationShares{"anders-verwijzen": {Low: ptr(dec("0.125"))}}}}, "realisation.measures.anders-verwijzen.low"},
		{"years reversed", Input{From: 2027, To: 2022}, "to"},
		{"year out of range", Input{From: 1066}, "from"},
		{"too many years", Input{From: 2000, To: 2100}, "to"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Evaluate(c.in)
			var ie *budget.FieldError
			if !errors.As(err, &ie) {
				t.Fatalf("Evaluate = %v, want a *budget.FieldError", err)
			}
			if ie.Field != c.field {
				t.Errorf("field = %q (%v), want %q", ie.Field, err, c.field)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

// TestAssumptionsListed: every default appears in the outcome, marked as
// default, and giving another value marks it as given and changes the
// outcome.
func TestAssumptionsListed(t *testing.T) {
	base, err := Evaluate(Input{})
	if err != nil {
		t.Fatal(err)
	}
	wantIDs := []string{"keuze", "measures", "realisation", "model", "key", "ramp", "implementation_costs", "other_measures", "growth", "years"}
	var ids []string
	for _, a := range base.Assumptions {
		ids = append(ids, a.ID)
		if !a.Default || a.Label == "" || a.Value == "" {
			t.Errorf("default assumption %+v is not marked default or lacks words", a)
		}
	}
	if d := cmp.Diff(wantIDs, ids); d != "" {
		t.Fatalf("assumption ids (-want +got):\n%s", d)
	}
	theta := dec("0.2")
	changes := map[string]Input{
		"keuze":                {Keuze: "B"},
		"measures":             {Measures: []string{"anders-verwijzen", "versoberen-levering"}},
		"model":                {Model: ModelInput{Theta: &theta}},
		"realisation":          {Realisation: &RealisationInput{RealisationShares: RealisationShares{Low: ptr(dec("0.75"))}}},
		"key":                  {Key: KeyInput{Kind: KeyInhabitants}},
		"ramp":                 {Ramp: ptr(budget.Each(2022, dec("1")))},
		"implementation_costs": {ImplementationCosts: ptr(budget.Each(2022, dec("100000")))},
		"other_measures":       {OtherMeasures: ptr(budget.Each(2022, dec("50000")))},
		"growth":               {Growth: GrowthInput{Kind: GrowthNational}},
		"years":                {From: 2023, To: 2030},
	}
	for id, in := range changes {
		out, err := Evaluate(in)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		for _, a := range out.Assumptions {
			if a.ID == id && a.Default {
				t.Errorf("%s: given, but marked default", id)
			}
		}
		if cmp.Equal(base.Years, out.Years) {
			t.Errorf("changing %s did not change the outcome", id)
		}
	}
}

// TestGrowthNational: 2,9 % a year (000, "Context", the national growth of
// care spending) on € 19.759.000 (zorglasten Wmo 2023, 000:892). 2024:
// 19.759.000 × 0,029 = 573.011; 2025: 19.759.000 × (1,029² − 1) =
// 19.759.000 × 0,058841 = 1.162.639,319 → 1.162.639,32.
func TestGrowthNational(t *testing.T) {
	out, err := Evaluate(Input{Growth: GrowthInput{Kind: GrowthNational}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[budget.Year]string{2023: "0", 2024: "573011", 2025: "1162639.32"}
	for _, y := range out.Years {
		if w, ok := want[y.Year]; ok && (!y.Growth.Known || !y.Growth.Value.Equal(dec(w))) {
			t.Errorf("%d growth = %s, want %s", y.Year, y.Growth.Value, w)
		}
	}
	// 2022 lies before the base year: not computed, so unknown, not 0.
	if g := out.Years[0].Growth; out.Years[0].Year != 2022 || g.Known {
		t.Errorf("2022 growth = %+v, want unknown", g)
	}
}

// TestGrowthClientsDefaultWindow: the default window is 2020–2022, where
// the seed says the numbers are "per 2020 stabieler" (000:114-117). Clients
// (000:131-134) 2020: 2.062 + 981 + 249 = 3.292; 2022: 2.133 + 969 + 230 =
// 3.332. Rate √(3.332 / 3.292) − 1 = 0,0060569906 (10 places). 2024:
// 19.759.000 × 0,0060569906 = 119.680,077… → 119.680,08. The 2017–2022
// window (6,6 % a year) stays available, with the caveat in its text.
func TestGrowthClientsDefaultWindow(t *testing.T) {
	out, err := Evaluate(Input{Growth: GrowthInput{Kind: GrowthClients}, From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	if g := out.Years[0].Growth; !g.Known || !g.Value.Equal(dec("119680.08")) {
		t.Errorf("2024 growth = %+v, want 119680.08", g)
	}
	a := assumption(t, out, "growth")
	for _, part := range []string{"2020–2022", "0,61 %", "Alleen Wmo", "Wmo én Jeugd", "er niet bij opgeteld"} {
		if !strings.Contains(a.Value, part) {
			t.Errorf("growth assumption %q lacks %q", a.Value, part)
		}
	}
	old, err := Evaluate(Input{Growth: GrowthInput{Kind: GrowthClients, From: 2017, To: 2022}, From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	if a := assumption(t, old, "growth"); !strings.Contains(a.Value, "abonnementstarief") || !strings.Contains(a.Value, "per 2020 stabieler") {
		t.Errorf("the 2017–2022 window must carry the seed's caveat: %q", a.Value)
	}
}

// TestGrowthNoneIsUnknown: without a prognosis the growth is unknown, not 0.
func TestGrowthNoneIsUnknown(t *testing.T) {
	out, err := Evaluate(Input{})
	if err != nil {
		t.Fatal(err)
	}
	for _, y := range out.Years {
		if y.Growth.Known {
			t.Errorf("%d: growth %s without a prognosis, want unknown", y.Year, y.Growth.Value)
		}
	}
}

func assumption(t *testing.T, out Outcome, id string) Assumption {
	t.Helper()
	for _, a := range out.Assumptions {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no assumption %q", id)
	return Assumption{}
}

// TestEvaluateKeuzeDNoMeasures: keuze D without any regional measure.
// Savings are 0 at every end; the balance is the whole taakstelling short;
// other measures are pm, so "not met" names what they would have to save.
// D costs 500.000 + pm (its frictiekosten line); 2028 lies after D's table:
// its cost is unknown, while the taakstelling (vanaf 2023) is still known.
func TestEvaluateKeuzeDNoMeasures(t *testing.T) {
	out, err := Evaluate(Input{Keuze: "D", Measures: []string{}, To: 2028})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Measures) != 0 {
		t.Errorf("measures = %v, want none", out.Measures)
	}
	checkYear(t, out.Years[0], yearWant{2022, "900000", "0", "0", "0", "0", false, KeuzeBeforeStart,
		"-900000", "-900000", "-900000", NotMet, ""})
	checkYear(t, out.Years[1], yearWant{2023, "1200000", "0", "0", "0", "0", false, KeuzeBeforeStart,
		"-1200000", "-1200000", "-1200000", NotMet, ""})
	checkYear(t, out.Years[2], yearWant{2024, "1200000", "0", "0", "0", "500000", true, KeuzePublished,
		"-1200000", "-1200000", "-1200000", NotMet, ""})
	checkYear(t, out.Years[6], yearWant{2028, "1200000", "0", "0", "0", "", false, KeuzeUnpublished,
		"-1200000", "-1200000", "-1200000", NotMet, ""})
	s := out.Years[2].Sentence(budget.Dutch)
	if want := "2024: de taakstelling van €\u00a01.200.000 wordt niet gehaald, tenzij besparingen die nog niet bekend zijn (pm) minstens €\u00a01.200.000 opleveren."; s != want {
		t.Errorf("sentence = %q, want %q", s, want)
	}
}

// TestPerMunicipality: without PerMunicipality the outcome holds Hilversum's
// part only, and it is the same part.
func TestPerMunicipality(t *testing.T) {
	full, err := Evaluate(Input{Keuze: "B", PerMunicipality: true})
	if err != nil {
		t.Fatal(err)
	}
	lean, err := Evaluate(Input{Keuze: "B"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range full.Years {
		if lean.Years[i].Taakstelling.Municipalities != nil {
			t.Fatalf("%d: municipalities without PerMunicipality", lean.Years[i].Year)
		}
		f := full.Years[i]
		f.Taakstelling.Municipalities = nil
		if !cmp.Equal(f, lean.Years[i]) {
			t.Errorf("%d: Hilversum's outcome differs with and without PerMunicipality", f.Year)
		}
		n := 0
		for _, m := range full.Years[i].Taakstelling.Municipalities {
			if m.Municipality == "hilversum" {
				n++
				if !m.Range.Equal(f.Taakstelling.Savings) {
					t.Errorf("%d: Hilversum's part %+v ≠ savings %+v", f.Year, m.Range, f.Taakstelling.Savings)
				}
			}
		}
		if n != 1 {
			t.Errorf("%d: Hilversum appears %d times among the municipalities", f.Year, n)
		}
	}
}

// TestEvaluateReportsEveryInvalidField: a request with several invalid
// fields learns of all of them at once (the NL API Design Rules ask for
// every validation error, not only the first), each a *budget.FieldError
// in errors.Join, in the order of the Input's fields.
func TestEvaluateReportsEveryInvalidField(t *testing.T) {
	theta := dec("1.5")
	_, err := Evaluate(Input{
		Keuze:               "E",
		Model:               ModelInput{Theta: &theta},
		Realisation:         &RealisationInput{RealisationShares: RealisationShares{High: ptr(dec("2"))}},
		Key:                 KeyInput{Kind: "eerlijk"},
		ImplementationCosts: ptr(budget.Each(2022, dec("0.001"))),
		From:                1066,
	})
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("Evaluate = %v, want errors.Join of every invalid field", err)
	}
	var fields []string
	for _, e := range j.Unwrap() {
		var fe *budget.FieldError
		if !errors.As(e, &fe) {
			t.Fatalf("%v is not a *budget.FieldError", e)
		}
		fields = append(fields, fe.Field)
	}
	want := []string{"keuze", "model.theta", "realisation.high", "key.kind", "implementation_costs.from.amount", "from"}
	if d := cmp.Diff(want, fields); d != "" {
		t.Errorf("fields (-want +got):\n%s", d)
	}
	// One invalid field is reported as it is, not wrapped.
	_, err = Evaluate(Input{Keuze: "E"})
	if _, ok := err.(*budget.FieldError); !ok {
		t.Errorf("one invalid field: %T, want *budget.FieldError", err)
	}
}
