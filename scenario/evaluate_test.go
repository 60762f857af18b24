package scenario

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// The published regional effects in 2024 (seed 004, "De maatregelen"),
// as savings, by pool:
//
//	Jeugdhulp:        900.000 (Vindplaats), 1.458.246 (Anders verwijzen)
//	Verblijf jeugd:   491.000 (Uitvoeringsagenda), 812.000 (Gezamenlijke bekostiging)
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
const (
	regionalHigh    = "10254573"
	regionalLow     = "5869646"
	regionalCentral = "8062109.50"
)

type yearWant struct {
	year                       budget.Year
	taak                       string
	savMin, savCentral, savMax string
	keuze                      string // "" when not known
	keuzePM                    bool
	status                     KeuzeStatus
	gapMin, gapCentral, gapMax string
	netCentral                 string // "" when unknown
	coverage                   regional.Coverage
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
	eq("taakstelling", got.Taakstelling.Value, w.taak)
	eq("savings.min", got.Savings.Min, w.savMin)
	eq("savings.central", got.Savings.Central, w.savCentral)
	eq("savings.max", got.Savings.Max, w.savMax)
	if w.keuze != "" {
		if !got.KeuzeCost.Known {
			t.Errorf("%d keuze cost unknown, want %s", w.year, w.keuze)
		}
		eq("keuze", got.KeuzeCost.Value, w.keuze)
	} else if got.KeuzeCost.Known && w.status == KeuzeUnpublished {
		t.Errorf("%d keuze cost = %s, want unknown", w.year, got.KeuzeCost.Value)
	}
	if got.KeuzeCost.PM != w.keuzePM || got.KeuzeStatus != w.status {
		t.Errorf("%d keuze pm=%v status=%s, want pm=%v status=%s", w.year, got.KeuzeCost.PM, got.KeuzeStatus, w.keuzePM, w.status)
	}
	eq("gap.min", got.Gap.Min, w.gapMin)
	eq("gap.central", got.Gap.Central, w.gapCentral)
	eq("gap.max", got.Gap.Max, w.gapMax)
	if w.netCentral == "" {
		if got.Net.Known {
			t.Errorf("%d net = %s, want unknown", w.year, got.Net.Central)
		}
	} else {
		if !got.Net.Known {
			t.Errorf("%d net unknown, want %s", w.year, w.netCentral)
		}
		eq("net.central", got.Net.Central, w.netCentral)
	}
	if got.Coverage != w.coverage {
		t.Errorf("%d coverage = %v, want %v", w.year, got.Coverage, w.coverage)
	}
}

// TestEvaluateKeuzeAAllMeasures: keuze A, all 14 measures, every default.
// Hilversum's part is 35 % (the published key), × the default ramp (2022:
// 0,4; 2023: 0,8; from 2024: 1).
func TestEvaluateKeuzeAAllMeasures(t *testing.T) {
	out, err := Evaluate(Input{Keuze: "A"})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Years) != 6 || out.Years[0].Year != 2022 || out.Years[5].Year != 2027 {
		t.Fatalf("years = %d from %d, want 2022–2027", len(out.Years), out.Years[0].Year)
	}
	// 2022: ramp 0,4. High 10.254.573 × 0,4 × 0,35 = 1.435.640,22;
	// Low 5.869.646 × 0,4 × 0,35 = 821.750,44; Central 8.062.109,50 × 0,4 ×
	// 0,35 = 1.128.695,33. Taakstelling 900.000: met at High, not at Low →
	// depends. Keuze A starts in 2024: no extra cost. Gap = 900.000 − savings.
	// Net = savings − 900.000.
	checkYear(t, out.Years[0], yearWant{2022, "900000", "821750.44", "1128695.33", "1435640.22", "0", false, KeuzeBeforeStart,
		"-535640.22", "-228695.33", "78249.56", "228695.33", regional.Depends})
	// 2024: ramp 1. High 10.254.573 × 0,35 = 3.589.100,55; Low 5.869.646 ×
	// 0,35 = 2.054.376,10; Central 8.062.109,50 × 0,35 = 2.821.738,325, in
	// whole cents 2.821.738,33. Gap = 1.200.000 − savings. Net = savings −
	// 1.200.000 − 550.000 (keuze A, from its lines).
	w2024 := yearWant{2024, "1200000", "2054376.10", "2821738.33", "3589100.55", "550000", false, KeuzePublished,
		"-2389100.55", "-1621738.33", "-854376.10", "1071738.33", regional.Met}
	for i := 2; i < 6; i++ {
		w2024.year = budget.Year(2022 + i)
		checkYear(t, out.Years[i], w2024)
	}
	for _, y := range out.Years {
		if !y.PM || !y.ImplementationCosts.PM || !y.OtherMeasures.PM {
			t.Errorf("%d: implementation costs and other measures must be pm by default", y.Year)
		}
	}
	if len(out.Measures) != 14 {
		t.Errorf("%d measures, want all 14", len(out.Measures))
	}
}

// TestEvaluateCustomKey: Hilversum 50 %, the additive model. 2024:
// 10.254.573 × 0,5 = 5.127.286,50 at every end (additive: Central = High);
// Low 5.869.646 × 0,5 = 2.934.823. No keuze: Net = savings − 1.200.000.
func TestEvaluateCustomKey(t *testing.T) {
	shares := map[string]decimal.Decimal{
		"hilversum": dec("0.5"), "blaricum": dec("0.05"), "gooise-meren": dec("0.15"), "huizen": dec("0.1"),
		"laren": dec("0.05"), "weesp": dec("0.05"), "wijdemeren": dec("0.1"),
	}
	out, err := Evaluate(Input{Key: KeyInput{Kind: KeyCustom, Shares: shares}, Model: ModelInput{Kind: ModelAdditive}, From: 2024, To: 2024, PerMunicipality: true})
	if err != nil {
		t.Fatal(err)
	}
	checkYear(t, out.Years[0], yearWant{2024, "1200000", "2934823", "5127286.50", "5127286.50", "0", false, KeuzeNone,
		"-3927286.50", "-3927286.50", "-1734823", "3927286.50", regional.Met})
	// Every municipality's part: share × regional; they add up to the whole.
	if n := len(out.Years[0].Municipalities); n != 7 {
		t.Fatalf("%d municipalities, want 7 with PerMunicipality", n)
	}
	sum := decimal.Zero
	for _, m := range out.Years[0].Municipalities {
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
		{"years reversed", Input{From: 2027, To: 2022}, "to"},
		{"year out of range", Input{From: 1066}, "from"},
		{"too many years", Input{From: 2000, To: 2100}, "to"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Evaluate(c.in)
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("Evaluate = %v, want an *InputError", err)
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
	wantIDs := []string{"keuze", "measures", "model", "key", "ramp", "implementation_costs", "other_measures", "growth", "years"}
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

// TestGrowthNational: 2,9 % a year on € 19.759.000 (zorglasten Wmo 2023).
// 2024: 19.759.000 × 0,029 = 573.011; 2025: 19.759.000 × (1,029² − 1) =
// 19.759.000 × 0,058841 = 1.162.639,319 → 1.162.639,32.
func TestGrowthNational(t *testing.T) {
	out, err := Evaluate(Input{Growth: GrowthInput{Kind: GrowthNational}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[budget.Year]string{2022: "0", 2023: "0", 2024: "573011", 2025: "1162639.32"}
	for _, y := range out.Years {
		if w, ok := want[y.Year]; ok && (!y.Growth.Known || !y.Growth.Value.Equal(dec(w))) {
			t.Errorf("%d growth = %s, want %s", y.Year, y.Growth.Value, w)
		}
	}
}

func TestSentence(t *testing.T) {
	out, err := Evaluate(Input{Keuze: "C", From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	s := out.Years[0].Sentence(budget.Dutch, "C")
	for _, part := range []string{"2024", "Hilversum bespaart", "€\u00a02.821.738", "taakstelling van €\u00a01.200.000", "gehaald", "keuze C kost €\u00a0500.000 + pm extra"} {
		if !strings.Contains(s, part) {
			t.Errorf("sentence %q lacks %q", s, part)
		}
	}
}

// TestEvaluateKeuzeDNoMeasures: keuze D without any regional measure.
// Savings are 0 at every end; the gap is the whole taakstelling; the net
// effect is −taakstelling − 500.000 (+ pm, D's frictiekosten). 2028 lies
// after D's table: its cost, and so the net effect, is unknown, while the
// taakstelling (vanaf 2023) is still known.
func TestEvaluateKeuzeDNoMeasures(t *testing.T) {
	out, err := Evaluate(Input{Keuze: "D", Measures: []string{}, To: 2028})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Measures) != 0 {
		t.Errorf("measures = %v, want none", out.Measures)
	}
	checkYear(t, out.Years[0], yearWant{2022, "900000", "0", "0", "0", "0", false, KeuzeBeforeStart,
		"900000", "900000", "900000", "-900000", regional.NotMet})
	checkYear(t, out.Years[1], yearWant{2023, "1200000", "0", "0", "0", "0", false, KeuzeBeforeStart,
		"1200000", "1200000", "1200000", "-1200000", regional.NotMet})
	// 2024: −1.200.000 − 500.000 = −1.700.000 + pm.
	checkYear(t, out.Years[2], yearWant{2024, "1200000", "0", "0", "0", "500000", true, KeuzePublished,
		"1200000", "1200000", "1200000", "-1700000", regional.NotMet})
	checkYear(t, out.Years[6], yearWant{2028, "1200000", "0", "0", "0", "", true, KeuzeUnpublished,
		"1200000", "1200000", "1200000", "", regional.NotMet})
	if !out.Years[2].PM {
		t.Error("2024: D's pm line must make the outcome + pm")
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
		if lean.Years[i].Municipalities != nil {
			t.Fatalf("%d: municipalities without PerMunicipality", lean.Years[i].Year)
		}
		f := full.Years[i]
		f.Municipalities = nil
		if !cmp.Equal(f, lean.Years[i]) {
			t.Errorf("%d: Hilversum's outcome differs with and without PerMunicipality", f.Year)
		}
		for _, m := range full.Years[i].Municipalities {
			if m.Municipality == "hilversum" && !m.Central.Equal(f.Savings.Central) {
				t.Errorf("%d: Hilversum's part %s ≠ savings %s", f.Year, m.Central, f.Savings.Central)
			}
		}
	}
}
