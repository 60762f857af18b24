package uncertainty

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
func pt(s string) *Dist            { d := Point(dec(s)); return &d }
func ptr[T any](v T) *T            { return &v }

func run(t *testing.T, in Input, opt Options) Result {
	t.Helper()
	s, err := New(nil, in)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Run(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestPointEqualsEvaluate: with every distribution collapsed to a point,
// every draw is one scenario, and its savings and balance equal those of
// scenario.Evaluate to the cent, in every year, at the end of the range the
// points describe; P(met) is 1 exactly when Evaluate's balance is ≥ 0.
func TestPointEqualsEvaluate(t *testing.T) {
	costs := budget.Series{}.From(2022, dec("250000"))
	other := budget.Series{}.With(2022, dec("12345.67")).From(2023, dec("100000"))
	ramp := budget.SeriesOf(map[budget.Year]decimal.Decimal{2021: dec("0"), 2022: dec("0.25"), 2023: dec("0.6")}).From(2024, dec("0.95"))
	cases := []struct {
		name string
		mc   Input
		ev   scenario.Input
		end  func(budget.Range) decimal.Decimal
	}{
		{
			name: "centre: every maximum, θ 0,5, costs given",
			mc: Input{Realisation: RealisationDists{Default: pt("1"), Doubted: pt("1")}, Theta: ThetaDists{Default: pt("0.5")},
				RampDelay: pt("0"), ImplementationCosts: pt("250000"), OtherMeasures: &other, From: 2021, To: 2030},
			ev:  scenario.Input{ImplementationCosts: &costs, OtherMeasures: &other, From: 2021, To: 2030},
			end: func(r budget.Range) decimal.Decimal { return r.Central },
		},
		{
			name: "ongunstig: half, AEF-doubted −25 %, θ 1, costs pm",
			mc: Input{Realisation: RealisationDists{Default: pt("0.5"), Doubted: pt("-0.25")}, Theta: ThetaDists{Default: pt("1")},
				RampDelay: pt("0")},
			ev:  scenario.Input{},
			end: func(r budget.Range) decimal.Decimal { return r.Low },
		},
		{
			name: "gunstig: the naive sum",
			mc: Input{Realisation: RealisationDists{Default: pt("1"), Doubted: pt("1")}, Theta: ThetaDists{Default: pt("0")},
				RampDelay: pt("0"), OtherMeasures: &other},
			ev:  scenario.Input{OtherMeasures: &other},
			end: func(r budget.Range) decimal.Decimal { return r.High },
		},
		{
			name: "subset, inhabitants key, own ramp, θ per pool, one measure at 70 %",
			mc: Input{Measures: []string{"anders-verwijzen", "vindplaats-werkplaats", "versoberen-levering", "normenkader-hhm", "heronderzoek-wachtlijst"},
				Key:         scenario.KeyInput{Kind: scenario.KeyInhabitants},
				Ramp:        &ramp,
				Realisation: RealisationDists{Default: pt("1"), Doubted: pt("1"), Measures: map[string]Dist{"anders-verwijzen": Point(dec("0.7"))}},
				Theta:       ThetaDists{Default: pt("0.5"), Pools: map[string]Dist{"huishoudelijke-hulp": Point(dec("0.123457")), "jeugdhulp": Point(dec("0.9"))}},
				RampDelay:   pt("0"), ImplementationCosts: pt("250000"), From: 2022, To: 2028},
			ev: scenario.Input{Measures: []string{"anders-verwijzen", "vindplaats-werkplaats", "versoberen-levering", "normenkader-hhm", "heronderzoek-wachtlijst"},
				Key: scenario.KeyInput{Kind: scenario.KeyInhabitants}, Ramp: &ramp,
				Model:               scenario.ModelInput{PoolTheta: map[string]decimal.Decimal{"huishoudelijke-hulp": dec("0.123457"), "jeugdhulp": dec("0.9")}},
				Realisation:         &scenario.RealisationInput{Measures: map[string]scenario.RealisationShares{"anders-verwijzen": {Central: ptr(dec("0.7"))}}},
				ImplementationCosts: &costs, From: 2022, To: 2028},
			end: func(r budget.Range) decimal.Decimal { return r.Central },
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.mc.Draws, c.mc.Seed = 300, 7
			res := run(t, c.mc, Options{})
			out, err := scenario.Evaluate(c.ev)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Years) != len(out.Years) {
				t.Fatalf("%d years, Evaluate has %d", len(res.Years), len(out.Years))
			}
			for i, y := range res.Years {
				ev := out.Years[i].Taakstelling
				if y.Known != ev.Balance.Known {
					t.Fatalf("%d: known %v, Evaluate %v", y.Year, y.Known, ev.Balance.Known)
				}
				if !y.Known {
					continue
				}
				for q := range y.Savings {
					if !y.Savings[q].Equal(c.end(ev.Savings)) || !y.Balance[q].Equal(c.end(ev.Balance)) {
						t.Fatalf("%d quantile %s: savings %s, balance %s; Evaluate %s, %s", y.Year, res.Quantiles[q], y.Savings[q], y.Balance[q], c.end(ev.Savings), c.end(ev.Balance))
					}
				}
				wantMet := 0
				if !c.end(ev.Balance).IsNegative() {
					wantMet = y.Draws
				}
				if y.Met != wantMet {
					t.Errorf("%d: met in %d of %d draws; Evaluate's balance %s", y.Year, y.Met, y.Draws, c.end(ev.Balance))
				}
				if !y.Target.Equal(ev.Target.Value) {
					t.Errorf("%d: target %s, Evaluate %s", y.Year, y.Target, ev.Target.Value)
				}
			}
			if res.CostsPM != (c.mc.ImplementationCosts == nil) {
				t.Errorf("CostsPM = %v", res.CostsPM)
			}
		})
	}
}

// TestReproducible: the same seed gives the same Result, to the last
// field, for 1, 2 and 3 workers (the draws are split into blocks with
// their own streams; 10.000 draws are 3 blocks, the last a partial one);
// another seed gives other figures.
func TestReproducible(t *testing.T) {
	in := Input{Seed: 42, Draws: 10_000, Sensitivity: true, ImplementationCosts: &Dist{Kind: KindTriangular, Low: dec("0"), Mode: dec("200000"), High: dec("600000")}}
	want := run(t, in, Options{Workers: 1, KeepDraws: true})
	for _, w := range []int{2, 3, 8} {
		got := run(t, in, Options{Workers: w, KeepDraws: true})
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%d workers give another result than 1", w)
		}
	}
	in.Seed = 43
	if other := run(t, in, Options{Workers: 2}); reflect.DeepEqual(other.Years, want.Years) {
		t.Error("seed 43 gives the figures of seed 42")
	}
}

// TestAnalytic compares P(met) with a value computed by hand. One measure,
// "Versoberen levering en scherpere toegang: -1.632.659 euro" (004:106),
// alone in its pool (so θ does not matter), its realisation uniform over
// the whole percents 0 %, 1 %, …, 100 % (101 equally likely values), in
// 2024, when the default ramp is 100 % (no delay). Hilversum's part at p %
// is 35 % × 1.632.659 × p/100 = 571.430,65 × p/100 euro (the published
// "ongeveer 35%", 004:76-77): 337.144,08 at 59 %, 342.858,39 at 60 %.
// With other measures of € 860.000 against the taakstelling of
// € 1.200.000 (004:28-29), the balance is part − 340.000: met exactly when
// p ≥ 60, in 41 of the 101 values. P(met) = 41/101 = 0,405941; with
// 200.000 draws its standard error is √(0,406 × 0,594 / 200.000) ≈
// 0,0011, and the estimate must lie within 4 of them.
func TestAnalytic(t *testing.T) {
	other := budget.Series{}.From(2022, dec("860000"))
	res := run(t, Input{Seed: 3, Draws: 200_000, Measures: []string{"versoberen-levering"}, From: 2024, To: 2024,
		Realisation: RealisationDists{Default: &Dist{Kind: KindUniform, Low: dec("0"), High: dec("1")}},
		RampDelay:   pt("0"), OtherMeasures: &other}, Options{})
	y := res.Years[0]
	want := 41.0 / 101.0
	if d := math.Abs(y.P() - want); d > 4*y.SE() {
		t.Errorf("P(met) = %.6f ± %.6f, want %.6f (off by %.1f standard errors)", y.P(), y.SE(), want, d/y.SE())
	}
	// The quantiles are draws: P10 is the part at 10 % (57.143,07 =
	// 571.430,65 × 0,10 rounded to the cent) or a neighbouring percent.
	if lo, hi := dec("51428.76"), dec("62857.37"); y.Savings[0].LessThan(lo) || y.Savings[0].GreaterThan(hi) {
		t.Errorf("P10 of the savings = %s, want the part at 9–11 %% (%s–%s)", y.Savings[0], lo, hi)
	}
}

// TestAnalyticTriangular: a triangular realisation from 0 to 100 %, most
// likely 100 %, has distribution function F(x) = x² on [0, 1]; met when
// the share is ≥ 60 % (as in TestAnalytic), so P(met) = 1 − 0,6² = 0,64,
// up to the rounding to whole percents (a draw of 59,5 % or more rounds to
// 60 %: 1 − 0,595² = 0,645975).
func TestAnalyticTriangular(t *testing.T) {
	other := budget.Series{}.From(2022, dec("860000"))
	res := run(t, Input{Seed: 4, Draws: 200_000, Measures: []string{"versoberen-levering"}, From: 2024, To: 2024,
		Realisation: RealisationDists{Default: &Dist{Kind: KindTriangular, Low: dec("0"), Mode: dec("1"), High: dec("1")}},
		RampDelay:   pt("0"), OtherMeasures: &other}, Options{})
	y := res.Years[0]
	if want := 1 - 0.595*0.595; math.Abs(y.P()-want) > 4*y.SE() {
		t.Errorf("P(met) = %.6f ± %.6f, want %.6f", y.P(), y.SE(), want)
	}
}

// TestMonotone: raising one measure's realisation, with the same seed and
// every other input as drawn, never lowers P(met) in any year; for each
// of the 14 measures.
func TestMonotone(t *testing.T) {
	base := Input{Seed: 11, Draws: 4000}
	for _, id := range scenario.DefaultData().Programme().Measures() {
		var prev []int
		for _, share := range []string{"-0.5", "0.2", "0.6", "1"} {
			in := base
			in.Realisation.Measures = map[string]Dist{id.ID: Point(dec(share))}
			res := run(t, in, Options{})
			for i, y := range res.Years {
				if prev != nil && y.Met < prev[i] {
					t.Errorf("%s at %s: met in %d draws of %d, fewer than at a lower share (%d)", id.ID, share, y.Met, y.Year, prev[i])
				}
			}
			prev = prev[:0]
			for _, y := range res.Years {
				prev = append(prev, y.Met)
			}
		}
	}
}

// TestQuantiles: the quantiles are ordered, and each is the order
// statistic ⌈q·n⌉ of the draws (checked against a sort of the raw draws).
func TestQuantiles(t *testing.T) {
	in := Input{Seed: 5, Draws: 9999, Quantiles: []decimal.Decimal{dec("0.01"), dec("0.1"), dec("0.25"), dec("0.5"), dec("0.75"), dec("0.9"), dec("0.999999")},
		ImplementationCosts: &Dist{Kind: KindUniform, Low: dec("100000"), High: dec("300000")}}
	res := run(t, in, Options{KeepDraws: true})
	for yi, y := range res.Years {
		sorted := slices.Clone(res.Raw.Savings[yi])
		slices.Sort(sorted)
		bal := slices.Clone(res.Raw.Balance[yi])
		slices.Sort(bal)
		for i, q := range res.Quantiles {
			if i > 0 && (y.Savings[i].LessThan(y.Savings[i-1]) || y.Balance[i].LessThan(y.Balance[i-1])) {
				t.Errorf("%d: quantile %s below the one before", y.Year, q)
			}
			k := int(math.Ceil(q.InexactFloat64()*float64(len(sorted)))) - 1
			if want := decimal.New(sorted[k], -2); !y.Savings[i].Equal(want) {
				t.Errorf("%d: savings quantile %s = %s, the %d-th draw is %s", y.Year, q, y.Savings[i], k+1, want)
			}
			if want := decimal.New(bal[k], -2); !y.Balance[i].Equal(want) {
				t.Errorf("%d: balance quantile %s = %s, the %d-th draw is %s", y.Year, q, y.Balance[i], k+1, want)
			}
		}
		met := 0
		for _, b := range res.Raw.Balance[yi] {
			if b >= 0 {
				met++
			}
		}
		if met != y.Met {
			t.Errorf("%d: Met = %d, the raw balances say %d", y.Year, y.Met, met)
		}
	}
}

// TestSelectK: quickselect finds what a sort finds, with many equal values
// too.
func TestSelectK(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 1; n < 300; n++ {
		a := make([]int64, n)
		for i := range a {
			a[i] = r.Int64N(int64(1 + n%7))
		}
		s := slices.Clone(a)
		slices.Sort(s)
		k := r.IntN(n)
		selectK(a, k)
		if a[k] != s[k] {
			t.Fatalf("n %d, k %d: %d, want %d", n, k, a[k], s[k])
		}
	}
}

// TestSensitivity: with every input a point but one measure's realisation,
// that measure heads the tornado of every year in which it decides, with
// the lowest tenth below the highest, and every point has no effect.
func TestSensitivity(t *testing.T) {
	in := Input{Seed: 8, Draws: 20_000, Sensitivity: true,
		Realisation: RealisationDists{Default: pt("0.75"), Doubted: pt("0.5"), Measures: map[string]Dist{"anders-verwijzen": Uniform(dec("-1"), dec("1"))}},
		Theta:       ThetaDists{Default: pt("0.5")}, RampDelay: pt("6")}
	res := run(t, in, Options{})
	if len(res.Sensitivity) != 6 {
		t.Fatalf("%d years in the tornado, want 6", len(res.Sensitivity))
	}
	for _, ys := range res.Sensitivity {
		top := ys.Inputs[0]
		y := res.Years[ys.Year-2022]
		if y.Met == 0 || y.Met == y.Draws {
			continue // nothing to explain
		}
		if top.Input != "realisation.anders-verwijzen" || top.Low >= top.High || top.Index < 0.5 {
			t.Errorf("%d: top of the tornado is %+v", ys.Year, top)
		}
		for _, e := range ys.Inputs[1:] {
			if e.Swing() != 0 || e.Index != 0 {
				t.Errorf("%d: %s is a point but has an effect: %+v", ys.Year, e.Input, e)
			}
		}
	}
}

// TestCostsPMSaid: without a distribution of the implementation costs the
// result says it excludes them, in the flag, the assumption and every
// sentence; with one, it does not.
func TestCostsPMSaid(t *testing.T) {
	res := run(t, Input{Seed: 1, Draws: 500}, Options{})
	if !res.CostsPM {
		t.Fatal("CostsPM is false without implementation costs")
	}
	for _, y := range res.Years {
		if s := res.Sentence(y); !strings.Contains(s, "zonder de uitvoeringskosten (pm)") {
			t.Errorf("%d: %q does not say it excludes the implementation costs", y.Year, s)
		}
	}
	res = run(t, Input{Seed: 1, Draws: 500, ImplementationCosts: pt("100000")}, Options{})
	if res.CostsPM || strings.Contains(res.Sentence(res.Years[2]), "pm") {
		t.Errorf("with costs given: CostsPM %v, %q", res.CostsPM, res.Sentence(res.Years[2]))
	}
}

// TestErrorsNameFields: every invalid field is reported, by its JSON
// path, in one error.
func TestErrorsNameFields(t *testing.T) {
	in := Input{
		Draws:               -1,
		Measures:            []string{"anders-verwijzen", "nope"},
		Realisation:         RealisationDists{Default: &Dist{Kind: KindUniform, Low: dec("0.5"), High: dec("1.5")}, Measures: map[string]Dist{"x": Point(dec("1"))}},
		Theta:               ThetaDists{Pools: map[string]Dist{"jeugdhulp": Point(dec("0.1234567"))}},
		Correlation:         ptr(dec("2")),
		RampDelay:           &Dist{Kind: "normal"},
		ImplementationCosts: &Dist{Kind: KindTriangular, Low: dec("10"), Mode: dec("5"), High: dec("20")},
		Quantiles:           []decimal.Decimal{dec("0.5"), dec("0.1")},
		From:                2030, To: 2025,
		Key: scenario.KeyInput{Kind: "mine"},
	}
	_, err := New(nil, in)
	want := []string{"draws", "measures[1]", "key.kind", "realisation.measures.x", "realisation.default.high", "theta.pools.jeugdhulp.low", "correlation",
		"ramp_delay_months.kind", "implementation_costs.mode", "quantiles[1]", "to"}
	var got []string
	for _, e := range flatten(err) {
		var fe *budget.FieldError
		if !errors.As(e, &fe) {
			t.Fatalf("%v is not a FieldError", e)
		}
		got = append(got, fe.Field)
	}
	for _, f := range want {
		if !slices.Contains(got, f) {
			t.Errorf("no error on %s; got %v", f, got)
		}
	}
	// Shares with the published key: refused, by scenario's one rule.
	_, err = New(nil, Input{Key: scenario.KeyInput{Shares: map[string]decimal.Decimal{"hilversum": dec("1")}}})
	var fe *budget.FieldError
	if !errors.As(err, &fe) || fe.Field != "key.shares" {
		t.Errorf("shares without kind custom: %v", err)
	}
}

func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	if err == nil {
		return nil
	}
	return []error{err}
}

// TestDelayedRamp: the default ramp (2021 0, 2022 0,4, 2023 0,8, from 2024
// 1; regional.DefaultRamp) read m months earlier, by hand: 2024 delayed 6
// months is halfway between 2023 and 2024, 80 + 20·6/12 = 90 %; 2022
// delayed 5 months is 7/12 of the way from 2021 (0) to 2022 (40 %),
// 23,33 %, rounded down to 23 %; 2022 delayed 12 months is 2021's 0 %;
// 2023 six months early is 90 % too; 2021 delayed reads before the ramp's
// first year: 0 (not started); 2020 itself is unknown (the ramp says
// nothing about it).
func TestDelayedRamp(t *testing.T) {
	for _, c := range []struct {
		year  budget.Year
		delay int64
		want  int64
		known bool
	}{
		{2024, 6, 90, true}, {2022, 5, 23, true}, {2022, 12, 0, true}, {2023, -6, 90, true},
		{2024, 0, 100, true}, {2030, 60, 100, true}, {2021, 3, 0, true}, {2020, 0, 0, false},
	} {
		got, ok := delayedRamp(regional.DefaultRamp(), c.year, c.delay)
		if got != c.want || ok != c.known {
			t.Errorf("%d delayed %d months: %d %%, %v; want %d %%, %v", c.year, c.delay, got, ok, c.want, c.known)
		}
	}
}

// TestRunCancelled: a cancelled context stops the run with its error.
func TestRunCancelled(t *testing.T) {
	s, err := New(nil, Input{Draws: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Run(ctx, Options{Workers: 2}); !errors.Is(err, context.Canceled) {
		t.Errorf("Run after cancel: %v", err)
	}
}

// TestParseInputErrorsNameFields checks that ParseInput names the whole key
// path of a bad value, also inside the types of other packages (the key,
// the series) that it reads through their UnmarshalJSON.
func TestParseInputErrorsNameFields(t *testing.T) {
	for _, c := range []struct {
		in, field string
		is        error
	}{
		{`{"key": {"shares": {"hilversum": "x"}}}`, "key.shares.hilversum", budget.ErrBadAmount},
		{`{"key": {"kind": "custom", "kind": "custom"}}`, "key.kind", budget.ErrDuplicateKey},
		{`{"key": {"shares": []}}`, "key.shares", budget.ErrSyntax},
		{`{"ramp": {"years": {"2022": "half"}}}`, "ramp.years.2022", budget.ErrBadAmount},
		{`{"other_measures": {"from": {"year": 2023, "amount": "1", "x": 1}}}`, "other_measures.from.x", budget.ErrUnknownField},
		{`{"realisation": {"measures": {"m": {"kind": "point"}}}}`, "realisation.measures.m.value", budget.ErrMissing},
		{`{"theta": {"default": {"kind": "uniform", "low": "0", "high": 1}}}`, "theta.default.high", budget.ErrSyntax},
		{`{"key": {"shares": {"hilversum": "x"}}, "ramp": [}`, "", budget.ErrSyntax},
	} {
		_, err := ParseInput([]byte(c.in))
		var fe *budget.FieldError
		if !errors.Is(err, c.is) || !errors.As(err, &fe) || fe.Field != c.field {
			t.Errorf("ParseInput(%s) = %v, want field %q (%v)", c.in, err, c.field, c.is)
		}
	}
}
