package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/shopspring/decimal"
)

func mustConfig(t testing.TB, args ...string) config {
	t.Helper()
	cfg, err := parseFlags(append([]string{"-q"}, args...), &bytes.Buffer{})
	if err != nil {
		t.Fatalf("parseFlags(%q): %v", args, err)
	}
	return cfg
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// oracle evaluates one subset with scenario.Evaluate and says whether it
// meets the keuze's target in every year whose requirement is known, by the
// documented definition: Savings ≥ Taakstelling + KeuzeCost.
func oracle(t testing.TB, ids []string, keuze string, theta decimal.Decimal, from, to budget.Year) bool {
	t.Helper()
	out, err := scenario.Evaluate(scenario.Input{
		Keuze:    keuze,
		Measures: append([]string{}, ids...),
		Model:    scenario.ModelInput{Theta: &theta},
		From:     from, To: to,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, y := range out.Years {
		if !y.Taakstelling.Known || !y.Ramp.Known || !y.KeuzeCost.Known {
			continue
		}
		if y.Savings.Central.LessThan(y.Taakstelling.Value.Add(y.KeuzeCost.Value)) {
			return false
		}
	}
	return true
}

func idsOf(ms []regional.Measure, s regional.Set) []string {
	ids := []string{} // not nil: nil means all measures to Evaluate
	for _, i := range s.Indices() {
		ids = append(ids, ms[i].ID)
	}
	return ids
}

// TestMinimalSetsAgainstEvaluate recomputes the minimal sets by brute force
// with scenario.Evaluate as the oracle: every subset of up to the minimal
// size, smallest first.
func TestMinimalSetsAgainstEvaluate(t *testing.T) {
	cases := []struct {
		keuze    string
		theta    string
		from, to budget.Year
	}{
		{"", "0.5", 2022, 2027},
		{"A", "1", 2024, 2027},
		{"C", "0.5", 2024, 2027},
		{"B", "0.75", 2023, 2028}, // 2028: keuze cost unknown, left out
	}
	ms := regional.Measures()
	for _, tc := range cases {
		t.Run(tc.keuze+"/"+tc.theta+"/"+tc.from.String(), func(t *testing.T) {
			cfg := mustConfig(t, "-theta", tc.theta, "-from", tc.from.String(), "-to", tc.to.String())
			rep, err := compute(cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			ti := slices.IndexFunc(rep.plan.Targets, func(tg target) bool { return tg.Keuze == tc.keuze })
			c := rep.cells[rep.thetaIndex(dec(tc.theta))][ti]

			var want []regional.Set
			wantSize := -1
			for size := 0; size <= len(ms) && wantSize < 0; size++ {
				for s := regional.Set(0); s < 1<<len(ms); s++ {
					if s.Len() == size && oracle(t, idsOf(ms, s), tc.keuze, dec(tc.theta), tc.from, tc.to) {
						want = append(want, s)
						wantSize = size
					}
				}
			}
			if c.MinSize != wantSize {
				t.Fatalf("min size %d, Evaluate says %d", c.MinSize, wantSize)
			}
			if !slices.Equal(c.Minimal, want) {
				t.Errorf("minimal sets %v, Evaluate says %v", c.Minimal, want)
			}
			if tc.to == 2028 && !slices.Equal(rep.plan.Targets[ti].Unknown, []budget.Year{2028}) {
				t.Errorf("unknown years %v, want [2028]", rep.plan.Targets[ti].Unknown)
			}
		})
	}
}

// TestLowNoSetMeets2022: under θ = 1 with the default ramp even all 14
// measures fall short in 2022: 5.869.646 × 0,35 × 0,4 = 821.750,44 <
// 900.000, and the set without the costly measure 12 gives
// 6.019.646 × 0,35 × 0,4 = 842.750,44 < 900.000; Evaluate agrees.
func TestLowNoSetMeets2022(t *testing.T) {
	rep, err := compute(mustConfig(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	oi := rep.thetaIndex(decimal.NewFromInt(1))
	for ti, tg := range rep.plan.Targets {
		if c := rep.cells[oi][ti]; c.Meeting != 0 || c.MinSize != -1 || status(tg, c) != statusNone {
			t.Errorf("%s: %d sets meet it, want none", tg.Name, c.Meeting)
		}
	}
	ms := regional.Measures()
	best := regional.FullSet(14).Without(11)
	if oracle(t, idsOf(ms, best), "", decimal.NewFromInt(1), 2022, 2022) {
		t.Error("Evaluate says the best set meets 2022 under θ = 1")
	}
}

// TestFastPathAgreesWithEvaluate checks Hilversum's savings of the fast path
// (SavingFixed, ramp, key split) against scenario.Evaluate for a sample of
// subsets, every θ of the grid and every year, and the meets decision
// against the oracle.
func TestFastPathAgreesWithEvaluate(t *testing.T) {
	p := regional.Default()
	ms := p.Measures()
	key := p.PublishedKey()
	ramp := regional.DefaultRamp()
	share, _ := key.ShareOf(hilversum)
	for _, th := range []string{"0", "0.25", "0.5", "0.75", "1"} {
		theta := dec(th)
		o, _ := regional.NewOverlap(theta)
		for s := regional.Set(0); s < 1<<14; s += 97 {
			out, err := scenario.Evaluate(scenario.Input{Keuze: "A", Measures: idsOf(ms, s), Model: scenario.ModelInput{Theta: &theta}})
			if err != nil {
				t.Fatal(err)
			}
			saving := p.SavingFixed(s, o)
			for _, y := range out.Years {
				got, ok := hilversumPart(key, ramp, saving, y.Year)
				if !ok || !got.Equal(y.Savings.Central) {
					t.Fatalf("θ %s set %v %d: fast %s, Evaluate %s", th, s, y.Year, got, y.Savings.Central)
				}
				// The exact value differs from the split one by less than a cent.
				r, _ := ramp.At(y.Year)
				diff := decimal.NewFromBigRat(exactPart(share, r, saving), 12).Sub(got).Abs()
				if !diff.LessThan(dec("0.01")) {
					t.Fatalf("θ %s set %v %d: exact and split differ by %s", th, s, y.Year, diff)
				}
			}
		}
	}
}

// TestHandFigures: all 14 measures in 2024 (ramp 1), θ = 1:
// 5.869.646 × 0,35 = 2.054.376,10; additive: 10.254.573 × 0,35 =
// 3.589.100,55.
func TestHandFigures(t *testing.T) {
	p := regional.Default()
	key, ramp := p.PublishedKey(), regional.DefaultRamp()
	for _, tc := range []struct {
		o    regional.Overlap
		want string
	}{{regional.FullOverlap(), "2054376.10"}, {regional.Overlap{}, "3589100.55"}} {
		got, _ := hilversumPart(key, ramp, p.SavingFixed(p.All(), tc.o), 2024)
		if !got.Equal(dec(tc.want)) {
			t.Errorf("got %s, want %s", got, tc.want)
		}
	}
}

// TestThreshold: 2022 needs 900.000 / (0,35 × 0,4) = 6.428.571,428571…
// combined, rounded up to 10⁻⁸: 6.428.571,42857143; 2024 with keuze A needs
// (1.200.000 + 550.000) / 0,35 = 5.000.000 exactly.
func TestThreshold(t *testing.T) {
	share := dec("0.35").Rat()
	if got := threshold(dec("900000"), share, dec("0.4").Rat()); got != 642857142857143 {
		t.Errorf("2022: %d", got)
	}
	if got := threshold(dec("1750000"), share, dec("1").Rat()); got != 500000000000000 {
		t.Errorf("2024 A: %d", got)
	}
	if got := threshold(dec("1"), share, dec("0").Rat()); got != never {
		t.Errorf("ramp 0: %d", got)
	}
	rep, err := compute(mustConfig(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tg := range rep.plan.Targets {
		if tg.Threshold != 642857142857143 || tg.Binding != 2022 || len(tg.Unknown) != 0 {
			t.Errorf("%s: threshold %d binding %d unknown %v", tg.Name, tg.Threshold, tg.Binding, tg.Unknown)
		}
	}
}

// TestSensitivityAgainstEvaluate checks rows of the sensitivity table
// against Evaluate's central gap.
func TestSensitivityAgainstEvaluate(t *testing.T) {
	rep, err := compute(mustConfig(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	ms := regional.Measures()
	full := budget.SeriesOf(map[budget.Year]decimal.Decimal{2021: decimal.Zero}).From(2022, decimal.NewFromInt(1))
	one := decimal.NewFromInt(1)
	without := func(i int) []string { return idsOf(ms, regional.FullSet(14).Without(i)) }
	check := map[string]scenario.Input{
		"base/":                {},
		"theta/1":              {Model: scenario.ModelInput{Theta: &one}},
		"key/inhabitants":      {Key: scenario.KeyInput{Kind: scenario.KeyInhabitants}},
		"ramp/full":            {Ramp: &full},
		"without/" + ms[11].ID: {Measures: without(11)},
		"without/" + ms[1].ID:  {Measures: without(1)},
	}
	seen := 0
	for _, row := range rep.sens {
		in, ok := check[row.Parameter+"/"+row.Value]
		if !ok {
			continue
		}
		seen++
		out, err := scenario.Evaluate(in)
		if err != nil {
			t.Fatal(err)
		}
		for i, y := range rep.cfg.GapYears {
			for _, yo := range out.Years {
				if yo.Year == y && !yo.Gap.Central.Equal(row.Gaps[i].Value) {
					t.Errorf("%s=%s %d: gap %s, Evaluate %s", row.Parameter, row.Value, y, row.Gaps[i].Value, yo.Gap.Central)
				}
			}
		}
	}
	if seen != len(check) {
		t.Errorf("found %d of %d rows", seen, len(check))
	}
}

var decimalRE = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// TestCSV parses every table with encoding/csv and checks the documented
// header and the number format.
func TestCSV(t *testing.T) {
	tables := map[string]struct {
		header []string
		rows   int
		money  []string
	}{
		tableSummary:     {[]string{"theta", "assumption", "target", "keuze", "keuze_cost_counted", "keuze_pm", "status", "subsets", "sets_meeting", "min_measures", "minimal_sets", "min_regional_saving", "binding_year", "unknown_years"}, 25, []string{"theta", "min_regional_saving"}},
		tableMinimal:     {[]string{"assumption", "theta", "target", "keuze", "keuze_cost_counted", "keuze_pm", "status", "sets_meeting", "min_measures", "minimal_sets", "rank", "measures", "measure_numbers", "regional_saving", "binding_year", "hilversum_savings", "required", "margin", "unknown_years"}, 5 + 5*10, []string{"regional_saving", "hilversum_savings", "required", "margin"}},
		tableSensitivity: {[]string{"parameter", "value", "gap_2022", "gap_2024", "delta_2022", "delta_2024"}, 1 + 5 + 2 + 3 + 14, []string{"gap_2022", "gap_2024", "delta_2022", "delta_2024"}},
	}
	for name, want := range tables {
		t.Run(name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := cli([]string{"-q", "-format", "csv", "-table", name}, &out, &errb); code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			if errb.Len() != 0 {
				t.Errorf("-q wrote to stderr: %q", errb.String())
			}
			recs, err := csv.NewReader(&out).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(recs[0], want.header) {
				t.Fatalf("header %q, want %q", recs[0], want.header)
			}
			if len(recs)-1 != want.rows {
				t.Errorf("%d rows, want %d", len(recs)-1, want.rows)
			}
			for _, col := range want.money {
				j := slices.Index(recs[0], col)
				for _, rec := range recs[1:] {
					if rec[j] != "" && !decimalRE.MatchString(rec[j]) {
						t.Errorf("%s = %q is not a plain decimal", col, rec[j])
					}
				}
			}
		})
	}
}

// TestCSVFiles writes all three tables with -o as a prefix.
func TestCSVFiles(t *testing.T) {
	prefix := filepath.Join(t.TempDir(), "h.csv")
	var out, errb bytes.Buffer
	if code := cli([]string{"-q", "-format", "csv", "-o", prefix}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, tb := range []string{tableSummary, tableMinimal, tableSensitivity} {
		f, err := os.Open(strings.TrimSuffix(prefix, ".csv") + "-" + tb + ".csv")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := csv.NewReader(f).ReadAll(); err != nil {
			t.Errorf("%s: %v", tb, err)
		}
		f.Close()
	}
}

// TestText checks the readable output: nl-NL amounts, the definition,
// progress on stderr.
func TestText(t *testing.T) {
	var out, errb bytes.Buffer
	if code := cli(nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, s := range []string{"MEETS", "€\u00a0900.000", "€\u00a01.700.000 + pm", "€\u00a06.428.571", "Sensitivity", "θ 0,5 (central)"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("text lacks %q", s)
		}
	}
	if !strings.Contains(errb.String(), "100 %") {
		t.Errorf("no progress on stderr: %q", errb.String())
	}
}

// TestFlagErrors: a bad command line names the flag and exits with 2.
func TestFlagErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-theta", "1.5"}, "-theta"},
		{[]string{"-theta", "0,5"}, "-theta"},
		{[]string{"-central", "abc"}, "-central"},
		{[]string{"-format", "xml"}, "-format"},
		{[]string{"-table", "x"}, "-table"},
		{[]string{"-format", "csv"}, "-table"},
		{[]string{"-from", "2030", "-to", "2020"}, "-to"},
		{[]string{"-key", "weighted"}, "-key"},
		{[]string{"-ramp", "fast"}, "-ramp"},
		{[]string{"-ramp", "2022=1.5"}, "-ramp"},
		{[]string{"-ties", "-1"}, "-ties"},
		{[]string{"-bogus"}, "bogus"},
		{[]string{"extra"}, "unexpected argument"},
	} {
		var out, errb bytes.Buffer
		if code := cli(tc.args, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2", tc.args, code)
		}
		if !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%q: stderr %q lacks %q", tc.args, errb.String(), tc.want)
		}
	}
}

// TestHelp: -h exits 0 and documents every flag.
func TestHelp(t *testing.T) {
	var out, errb bytes.Buffer
	if code := cli([]string{"-h"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, f := range []string{"-theta", "-central", "-key", "-ramp", "-from", "-to", "-gap-years", "-ties", "-format", "-table", "-o", "-q", "meets"} {
		if !strings.Contains(errb.String(), f) {
			t.Errorf("usage lacks %q", f)
		}
	}
}

// BenchmarkEnumerate is the full enumeration: 2^14 subsets × 5 targets (the
// taakstelling alone and keuze A–D) × θ ∈ {0, 0.25, 0.5, 0.75, 1}.
func BenchmarkEnumerate(b *testing.B) {
	p, err := newPlan(mustConfig(b))
	if err != nil {
		b.Fatal(err)
	}
	thr := make([]regional.Fixed, len(p.Targets))
	for i, t := range p.Targets {
		thr[i] = t.Threshold
	}
	b.ReportAllocs()
	for b.Loop() {
		enumerate(p.Prog, p.Overlaps, thr, nil)
	}
}

// BenchmarkRun is the whole program with text output (plan, enumeration,
// sensitivity table, formatting).
func BenchmarkRun(b *testing.B) {
	cfg := mustConfig(b)
	b.ReportAllocs()
	for b.Loop() {
		var out bytes.Buffer
		if err := run(cfg, &out, &out); err != nil {
			b.Fatal(err)
		}
	}
}
