package scenario

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

func TestJudge(t *testing.T) {
	r := func(low, high string) budget.Range { return budget.KnownRange(dec(low), dec(low), dec(high)) }
	cases := []struct {
		name              string
		balance           budget.Range
		costsPM, savingPM bool
		want              VerdictKind
		headroom          string
	}{
		{"unknown", budget.Range{}, true, true, VerdictUnknown, ""},
		{"met, costs known", r("0.01", "5"), false, true, Met, ""},
		{"exactly met, costs known", r("0", "5"), false, false, Met, ""},
		{"met only if costs stay within the headroom", r("854376.10", "2389100.55"), true, true, MetIf, "854376.10"},
		{"exactly met while costs pm: headroom 0", r("0", "1"), true, false, MetIf, "0"},
		{"depends", r("-0.01", "0"), false, false, Depends, ""},
		{"depends while costs pm", r("-332499.45", "2389100.55"), true, true, Depends, ""},
		{"not met", r("-2", "-0.01"), false, false, NotMet, ""},
		{"not met, other measures pm", r("-2", "-1"), true, true, NotMet, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := Judge(c.balance, c.costsPM, c.savingPM)
			if v.Kind != c.want {
				t.Fatalf("Judge = %v, want %v", v.Kind, c.want)
			}
			if c.headroom != "" && !v.Headroom.Equal(dec(c.headroom)) {
				t.Errorf("headroom = %s, want %s", v.Headroom, c.headroom)
			}
			if v.CostsPM != c.costsPM || v.SavingsPM != c.savingPM {
				t.Errorf("pm flags = %v, %v", v.CostsPM, v.SavingsPM)
			}
		})
	}
}

// TestNoVerdictTreatsPMAsZero is the regression test for issue 10, point 1:
// with the defaults (implementation costs pm) the old code said "dus wordt
// de taakstelling gehaald" for 2023–2027 and "in 6 van de 6 jaren". No
// scenario whose costs are pm may be Met, and no sentence may say
// "gehaald" without a condition.
func TestNoVerdictTreatsPMAsZero(t *testing.T) {
	one := dec("1")
	for _, in := range []Input{
		{}, {Keuze: "A"}, {Keuze: "C"},
		{Realisation: &RealisationInput{RealisationShares: RealisationShares{Low: &one}}},
		{Model: ModelInput{Kind: ModelAdditive}, Realisation: &RealisationInput{RealisationShares: RealisationShares{Low: &one}}},
	} {
		out, err := Evaluate(in)
		if err != nil {
			t.Fatal(err)
		}
		if n := out.Tally().Met; n != 0 {
			t.Errorf("%+v: %d years met without a condition while the costs are pm", in, n)
		}
		if s := out.Tally().Sentence(budget.Dutch); !strings.HasPrefix(s, "Van de 6 jaren: 0 gehaald, ook in het ongunstige geval;") {
			t.Errorf("tally sentence %q", s)
		}
		for _, y := range out.Years {
			s := y.Sentence(budget.Dutch)
			if unconditional.MatchString(s) {
				t.Errorf("%q claims the target is met while the costs are pm", s)
			}
		}
	}
}

// TestHeadroomFromTheSeed: with every maximum reached at the pessimistic
// end too (realisation low = 1), the pessimistic end is only the largest
// saving per pool: 5.869.646 regionally (see regionalLargest), Hilversum
// 35 % = 2.054.376,10 from 2024. The headroom X is what is left above the
// taakstelling of 1.200.000: 854.376,10. 2023 (ramp 0,8): 5.869.646 × 0,8
// × 0,35 = 1.643.500,88 → 443.500,88. 2022 (ramp 0,4): 821.750,44 <
// 900.000 → depends.
//
// Given implementation costs of 2.441.074 regionally, Hilversum's part is
// 0,35 × 2.441.074 = 854.375,90 ≤ 854.376,10: met, with € 0,20 over. One
// euro more (2.441.075 → 854.376,25) and it depends.
func TestHeadroomFromTheSeed(t *testing.T) {
	one := dec("1")
	real := &RealisationInput{RealisationShares: RealisationShares{Low: &one}}
	out, err := Evaluate(Input{Realisation: real})
	if err != nil {
		t.Fatal(err)
	}
	if low := out.Years[2].Taakstelling.RegionalSavings.Low; !low.Equal(dec(regionalLargest)) {
		t.Fatalf("2024 regional pessimistic end = %s, want %s", low, regionalLargest)
	}
	want := map[budget.Year]struct {
		kind     VerdictKind
		headroom string
	}{2022: {Depends, ""}, 2023: {MetIf, "443500.88"}, 2024: {MetIf, "854376.10"}, 2027: {MetIf, "854376.10"}}
	for _, y := range out.Years {
		w, ok := want[y.Year]
		if !ok {
			continue
		}
		v := y.Taakstelling.Verdict
		if v.Kind != w.kind || (w.headroom != "" && !v.Headroom.Equal(dec(w.headroom))) {
			t.Errorf("%d: verdict %v headroom %s, want %v %s", y.Year, v.Kind, v.Headroom, w.kind, w.headroom)
		}
	}
	if s, want := out.Years[2].Sentence(budget.Dutch), "2024: de taakstelling van €\u00a01.200.000 wordt gehaald als de uitvoeringskosten voor de gemeente niet boven €\u00a0854.376 uitkomen."; s != want {
		t.Errorf("sentence = %q, want %q", s, want)
	}
	for _, c := range []struct {
		regional string
		kind     VerdictKind
		low      string
	}{{"2441074", Met, "0.20"}, {"2441075", Depends, "-0.15"}} {
		costs := budget.Each(2024, dec(c.regional))
		out, err := Evaluate(Input{Realisation: real, ImplementationCosts: &costs, From: 2024, To: 2024})
		if err != nil {
			t.Fatal(err)
		}
		tp := out.Years[0].Taakstelling
		if tp.Verdict.Kind != c.kind || !tp.Balance.Low.Equal(dec(c.low)) {
			t.Errorf("costs %s: verdict %v, balance low %s; want %v, %s", c.regional, tp.Verdict.Kind, tp.Balance.Low, c.kind, c.low)
		}
	}
}

// TestSentenceQuotesWhatItJudges is the regression test for the second
// half of issue 10, point 1: with implementation costs of € 3 mln the old
// 2024 sentence quoted gross savings (all above the target) and said "hangt
// af". Now it quotes the balance the verdict judges. Regional 3.000.000 ×
// 0,35 = 1.050.000 for Hilversum; balance 2024 = savings − 1.050.000 −
// 1.200.000: Low 867.500,55 − 2.250.000 = −1.382.499,45, High
// 3.589.100,55 − 2.250.000 = 1.339.100,55.
func TestSentenceQuotesWhatItJudges(t *testing.T) {
	costs := budget.Each(2022, dec("3000000"))
	out, err := Evaluate(Input{ImplementationCosts: &costs, From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	got := out.Years[0].Sentence(budget.Dutch)
	want := "2024: of de taakstelling van €\u00a01.200.000 wordt gehaald, hangt af van de aannames: van €\u00a01.382.499 tekort tot €\u00a01.339.101 over."
	if got != want {
		t.Errorf("sentence\n got %q\nwant %q", got, want)
	}
}

// unconditional matches a sentence that says the target is met with no
// condition ("… wordt gehaald, ook in het ongunstige geval").
var unconditional = regexp.MustCompile(`^\d{4}: de taakstelling van [^,]* wordt gehaald[,.]`)

var signed = regexp.MustCompile(`€\s?-|-€`)

// TestSentencesAgreeWithVerdicts: for random scenarios, in both languages,
// every sentence is at most 25 words, has no signed amount, and says what
// its verdict says; a collapsed balance is never "van … tot …" with equal
// ends.
func TestSentencesAgreeWithVerdicts(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 2026))
	prog := DefaultData().Programme()
	ms := prog.Measures()
	keuzes := []string{"", "A", "B", "C", "D"}
	for n := 0; n < 300; n++ {
		in := Input{Keuze: keuzes[rng.IntN(len(keuzes))], To: 2029}
		in.Measures = []string{}
		for _, m := range ms {
			if rng.IntN(2) == 0 {
				in.Measures = append(in.Measures, m.ID)
			}
		}
		if rng.IntN(2) == 0 {
			c := budget.Each(2022, decimal.NewFromInt(int64(rng.IntN(4_000_000))))
			in.ImplementationCosts = &c
		}
		if rng.IntN(3) == 0 {
			o := budget.Each(2022, decimal.NewFromInt(int64(rng.IntN(800_000))))
			in.OtherMeasures = &o
		}
		low := decimal.New(int64(rng.IntN(201)-100), -2)
		in.Realisation = &RealisationInput{RealisationShares: RealisationShares{Low: &low}}
		out, err := Evaluate(in)
		if err != nil { // every random input here is valid (low ≤ 1 = central)
			t.Fatalf("%+v: %v", in, err)
		}
		for _, y := range out.Years {
			for _, l := range []budget.Locale{budget.Dutch, budget.English} {
				for _, s := range []string{y.Sentence(l), y.KeuzeSentence(l)} {
					if w := len(strings.Split(s, " ")); w > 25 {
						t.Errorf("%d words: %q", w, s)
					}
					if signed.MatchString(s) {
						t.Errorf("signed amount in %q", s)
					}
				}
			}
			s := y.Sentence(budget.Dutch)
			v := y.Taakstelling.Verdict
			b := y.Taakstelling.Balance
			var must string
			switch v.Kind {
			case Met:
				must = "wordt gehaald, ook in het ongunstige geval: " + budget.Dutch.Balance(b.Low)
			case MetIf:
				must = "wordt gehaald als de uitvoeringskosten voor de gemeente niet boven " + budget.Dutch.EuroWhole(v.Headroom.RoundFloor(0))
			case Depends:
				must = "van " + budget.Dutch.Balance(b.Low) + " tot " + budget.Dutch.Balance(b.High)
			case NotMet:
				must = "wordt niet gehaald"
			default:
				must = "geen taakstelling"
			}
			if !strings.Contains(s, must) {
				t.Errorf("%s sentence %q lacks %q", v.Kind, s, must)
			}
			if b.Collapsed() && strings.Contains(s, " tot ") {
				t.Errorf("collapsed balance written as a range: %q", s)
			}
		}
	}
}

func ExampleJudge() {
	// Hilversum's balance in 2024 at the pessimistic end, the centre and
	// the optimistic end, with the implementation costs still pm.
	balance := budget.KnownRange(decimal.RequireFromString("854376.10"), decimal.RequireFromString("1621738.33"), decimal.RequireFromString("2389100.55"))
	v := Judge(balance, true, true)
	fmt.Println(v.Kind, v.Headroom)
	// Output: met-if 854376.1
}

func TestVerdictPhrase(t *testing.T) {
	h := dec("854376.10")
	for _, c := range []struct {
		v      Verdict
		nl, en string
	}{
		{Verdict{Kind: Met}, "gehaald", "met"},
		{Verdict{Kind: MetIf, Headroom: h, CostsPM: true}, "gehaald als de uitvoeringskosten voor de gemeente niet boven €\u00a0854.376 uitkomen", "met if the municipality's implementation costs stay at most €854,376"},
		{Verdict{Kind: Depends}, "hangt af van de aannames", "depends on the assumptions"},
		{Verdict{Kind: Depends, CostsPM: true}, "hangt af van de aannames en de uitvoeringskosten", "depends on the assumptions and the implementation costs"},
		{Verdict{Kind: NotMet}, "niet gehaald", "not met"},
		{Verdict{Kind: NotMet, SavingsPM: true}, "niet gehaald, tenzij besparingen die nog niet bekend zijn (pm) het goedmaken", "not met, unless savings not yet known (pm) make up for it"},
		{Verdict{}, "onbekend", "unknown"},
	} {
		if got := c.v.Phrase(budget.Dutch); got != c.nl {
			t.Errorf("%v Dutch = %q, want %q", c.v.Kind, got, c.nl)
		}
		if got := c.v.Phrase(budget.English); got != c.en {
			t.Errorf("%v English = %q, want %q", c.v.Kind, got, c.en)
		}
	}
	// Rounded down: € 0,99 of headroom is "niet boven € 0", never € 1.
	if got := (Verdict{Kind: MetIf, Headroom: dec("0.99")}).Phrase(budget.Dutch); !strings.HasSuffix(got, "€\u00a00 uitkomen") {
		t.Errorf("headroom 0,99: %q", got)
	}
}

// TestDecodedOutcomeCannotClaimMore: an outcome read back from JSON cannot
// say "met" while its implementation costs are pm, nor carry a balance that
// is not its parts (found in review: UnmarshalJSON trusted the JSON's own
// pm flags).
func TestDecodedOutcomeCannotClaimMore(t *testing.T) {
	out, err := Evaluate(Input{From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	good, _ := json.Marshal(out)
	for name, forge := range map[string]func(string) string{
		"met with pm costs": func(s string) string {
			s = strings.Replace(s, `"kind":"depends","costs_pm":true`, `"kind":"met","costs_pm":false`, 1)
			return strings.Replace(s, `"balance":{"known":true,"low":"-332499.45"`, `"balance":{"known":true,"low":"1"`, 1)
		},
		"balance not its parts": func(s string) string {
			return strings.Replace(s, `"balance":{"known":true,"low":"-332499.45"`, `"balance":{"known":true,"low":"-332499.44"`, 1)
		},
	} {
		forged := forge(string(good))
		if forged == string(good) {
			t.Fatalf("%s: the forgery did not apply to %.300s", name, good)
		}
		var back Outcome
		if err := json.Unmarshal([]byte(forged), &back); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	var back Outcome
	if err := json.Unmarshal(good, &back); err != nil {
		t.Errorf("the real outcome: %v", err)
	}
}

// TestPMSavingOfAChosenMeasure: the heronderzoek wachtlijst saves at
// begeleiding without an amount (004:124-125); with it chosen, a shortfall
// is "not met unless savings not yet known (pm) …", never a flat "not met"
// that counts that saving as zero (found in review).
func TestPMSavingOfAChosenMeasure(t *testing.T) {
	zero := budget.Each(2022, dec("0"))
	out, err := Evaluate(Input{Measures: []string{"heronderzoek-wachtlijst"}, ImplementationCosts: &zero, OtherMeasures: &zero, From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	v := out.Years[0].Taakstelling.Verdict
	if v.Kind != NotMet || !v.SavingsPM {
		t.Fatalf("verdict %+v, want not-met with savings pm", v)
	}
	if s := out.Years[0].Sentence(budget.Dutch); !strings.Contains(s, "tenzij besparingen die nog niet bekend zijn (pm)") {
		t.Errorf("sentence %q does not name the pm saving", s)
	}
	// Without it, other measures given: a flat not-met. 0 − 1.200.000,
	// and 35 % of the other measures' nothing.
	out, err = Evaluate(Input{Measures: []string{}, ImplementationCosts: &zero, OtherMeasures: &zero, From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	if v := out.Years[0].Taakstelling.Verdict; v.Kind != NotMet || v.SavingsPM {
		t.Errorf("no measures, everything given: %+v", v)
	}
	if s, want := out.Years[0].Sentence(budget.Dutch), "2024: de taakstelling van €\u00a01.200.000 wordt niet gehaald, ook in het gunstige geval: €\u00a01.200.000 tekort."; s != want {
		t.Errorf("sentence %q, want %q", s, want)
	}
}

// TestNegativeCostsRefused: costs and savings are given as positive
// amounts; a negative one would turn a cost into a saving (found in review:
// −5.000.000 of implementation costs gave "met").
func TestNegativeCostsRefused(t *testing.T) {
	neg := budget.SeriesOf(map[budget.Year]decimal.Decimal{2024: dec("-5000000")})
	_, err := Evaluate(Input{ImplementationCosts: &neg, OtherMeasures: &neg})
	j, ok := err.(interface{ Unwrap() []error })
	if !ok || len(j.Unwrap()) != 2 {
		t.Fatalf("Evaluate = %v, want two field errors", err)
	}
	for i, want := range []string{"implementation_costs.years.2024", "other_measures.years.2024"} {
		var fe *budget.FieldError
		if !errors.As(j.Unwrap()[i], &fe) || fe.Field != want || !errors.Is(fe, ErrInvalid) {
			t.Errorf("error %d = %v, want field %s", i, j.Unwrap()[i], want)
		}
	}
}

// TestSentenceRounding: the NotMet condition "minstens € Y" is necessary,
// so rounded down (78.249,56 short → "minstens € 78.249"); a shortfall
// under a euro is never "€ 0 over".
func TestSentenceRounding(t *testing.T) {
	y := YearOutcome{Year: 2022, Taakstelling: TaakstellingPart{
		Target:  budget.KnownAmount(dec("900000")),
		Balance: budget.KnownRange(dec("-100000"), dec("-90000"), dec("-78249.56")),
		Verdict: Verdict{Kind: NotMet, SavingsPM: true},
	}}
	if s := y.Sentence(budget.Dutch); !strings.Contains(s, "minstens €\u00a078.249 opleveren") {
		t.Errorf("%q", s)
	}
	y.Taakstelling.Balance = budget.KnownRange(dec("-1"), dec("-0.5"), dec("-0.40"))
	y.Taakstelling.Verdict = Verdict{Kind: NotMet}
	if s := y.Sentence(budget.Dutch); !strings.HasSuffix(s, "ook in het gunstige geval: minder dan €\u00a01 tekort.") {
		t.Errorf("%q", s)
	}
}

// TestDataEnds: Data.Ends in Dutch is the outcome's Ends, for the default
// input and for inputs that change the realisation and the model; in
// English it says the same assumptions (the defaults of
// regional.Programme.DefaultCases: 50 % reached, the two measures AEF
// doubted (004:162-170) raising costs by 25 %, θ = 0,5) in English.
func TestDataEnds(t *testing.T) {
	d := DefaultData()
	low := decimal.New(25, -2)
	theta := decimal.New(3, -1)
	for _, in := range []Input{{}, {Realisation: &RealisationInput{RealisationShares: RealisationShares{Low: &low}}}, {Model: ModelInput{Theta: &theta}}} {
		out, err := d.Evaluate(in)
		if err != nil {
			t.Fatal(err)
		}
		nl, err := d.Ends(in, budget.Dutch)
		if err != nil || nl != out.Ends {
			t.Errorf("Data.Ends in Dutch %q, %v; the outcome's %q", nl, err, out.Ends)
		}
	}
	en, err := d.Ends(Input{}, budget.English)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"unfavourable: each measure reaches 50 % of its maximum effect", "instead raise costs by 25 % of their maximum effect",
		"middle assumption: each measure reaches its maximum effect; savings in one domain overlap by half (θ = 0.5)",
		"favourable: each measure reaches its maximum effect; the savings simply add up (no overlap)"} {
		if !strings.Contains(en.Low+en.Central+en.High, want) {
			t.Errorf("English ends %q lack %q", en, want)
		}
	}
	bad := decimal.NewFromInt(2)
	if _, err := d.Ends(Input{Model: ModelInput{Theta: &bad}}, budget.English); err == nil {
		t.Errorf("θ = 2 accepted")
	}
}
