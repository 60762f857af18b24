package scenario

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
)

// reflectOutcomeJSON is Outcome.MarshalJSON as it was before the direct
// writer: encoding/json over the outcomeJSON types. The tests compare the
// writer with it byte for byte.
func reflectOutcomeJSON(o Outcome) ([]byte, error) {
	t := o.Tally()
	j := outcomeJSON{Keuze: o.Keuze, Measures: o.Measures, Ends: endsJSON(o.Ends),
		Tally: tallyJSON{t.Met, t.MetIf, t.Depends, t.NotMet, t.Unknown, t.Sentence(budget.Dutch)},
		Years: make([]yearJSON, 0, len(o.Years)), Assumptions: make([]assumptionJSON, 0, len(o.Assumptions))}
	if j.Measures == nil {
		j.Measures = []string{}
	}
	for _, y := range o.Years {
		tp := y.Taakstelling
		v := verdictJSON{Kind: tp.Verdict.Kind.String(), CostsPM: tp.Verdict.CostsPM, SavingsPM: tp.Verdict.SavingsPM}
		if tp.Verdict.Kind == MetIf {
			h := tp.Verdict.Headroom.String()
			v.Headroom = &h
		}
		yj := yearJSON{
			Year: y.Year, Ramp: y.Ramp,
			Taakstelling: taakstellingJSON{
				Target: tp.Target, RegionalSavings: tp.RegionalSavings, Savings: tp.Savings,
				ImplementationCosts: tp.ImplementationCosts, OtherMeasures: tp.OtherMeasures,
				Balance: tp.Balance, Verdict: v, Summary: y.Sentence(budget.Dutch),
			},
			Keuze:  keuzeJSON{Option: y.Keuze.Option, Cost: y.Keuze.Cost, Status: y.Keuze.Status, Summary: y.KeuzeSentence(budget.Dutch)},
			Growth: y.Growth,
		}
		for _, m := range tp.Municipalities {
			yj.Taakstelling.Municipalities = append(yj.Taakstelling.Municipalities, municipalityJSON{m.Municipality, m.Low.String(), m.Central.String(), m.High.String()})
		}
		j.Years = append(j.Years, yj)
	}
	for _, a := range o.Assumptions {
		j.Assumptions = append(j.Assumptions, assumptionJSON(a))
	}
	return json.Marshal(j)
}

// TestOutcomeWriterMatchesReflection checks the direct writer against the
// reflective encoding it replaced, byte for byte, on the golden inputs and
// on variations of them.
func TestOutcomeWriterMatchesReflection(t *testing.T) {
	inputs := []string{`{"keuze":"A"}`, `{"keuze":"B","per_municipality":true}`, `{"keuze":"D","growth":{"kind":"national"},"to":2030}`,
		`{"other_measures":{"from":{"year":2022,"amount":"2000000"}},"implementation_costs":{"years":{"2024":"100000"}}}`}
	for _, g := range goldenInputs {
		inputs = append(inputs, g.input)
	}
	for _, s := range inputs {
		in, err := ParseInput([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		out, err := Evaluate(in)
		if err != nil {
			t.Fatal(err)
		}
		want, err := reflectOutcomeJSON(out)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := out.MarshalJSON()
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the writer differs from encoding/json:\n got %s\nwant %s", s, got, want)
		}
	}
}
