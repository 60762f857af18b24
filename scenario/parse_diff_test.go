package scenario

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// The reference reading of an Input: encoding/json into the documented
// JSON form (decimals as strings), as ParseInput read it before the
// single-pass reader. FuzzParseInputLikeReflection compares the two.
type refShares struct {
	Low     *string `json:"low"`
	Central *string `json:"central"`
	High    *string `json:"high"`
}

type refSeries struct {
	Years map[string]string `json:"years"`
	From  *struct {
		Year   int    `json:"year"`
		Amount string `json:"amount"`
	} `json:"from"`
}

type refInput struct {
	Keuze    string   `json:"keuze"`
	Measures []string `json:"measures"`
	Model    struct {
		Kind      string            `json:"kind"`
		Theta     *string           `json:"theta"`
		PoolTheta map[string]string `json:"pool_theta"`
		PoolSizes map[string]string `json:"pool_sizes"`
	} `json:"model"`
	Realisation *struct {
		refShares
		Measures map[string]refShares `json:"measures"`
	} `json:"realisation"`
	Key struct {
		Kind   string            `json:"kind"`
		Shares map[string]string `json:"shares"`
	} `json:"key"`
	Ramp                *refSeries `json:"ramp"`
	ImplementationCosts *refSeries `json:"implementation_costs"`
	OtherMeasures       *refSeries `json:"other_measures"`
	Growth              struct {
		Kind string `json:"kind"`
		From int    `json:"from"`
		To   int    `json:"to"`
	} `json:"growth"`
	From            int  `json:"from"`
	To              int  `json:"to"`
	PerMunicipality bool `json:"per_municipality"`
}

// refParseInput reads data as encoding/json does and converts it to an
// Input; ok is false where that cannot be done.
func refParseInput(data []byte) (Input, bool) {
	var j refInput
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if dec.Decode(&j) != nil {
		return Input{}, false
	}
	ok := true
	d := func(s string) decimal.Decimal {
		v, err := budget.ParseDecimal(s)
		if err != nil {
			ok = false
		}
		return v
	}
	pd := func(s *string) *decimal.Decimal {
		if s == nil {
			return nil
		}
		v := d(*s)
		return &v
	}
	dm := func(m map[string]string) map[string]decimal.Decimal {
		if len(m) == 0 {
			return nil
		}
		out := map[string]decimal.Decimal{}
		for k, v := range m {
			out[k] = d(v)
		}
		return out
	}
	series := func(s *refSeries) *budget.Series {
		if s == nil {
			return nil
		}
		var out budget.Series
		for k, v := range s.Years {
			y, err := budget.ParseYear(k)
			if err != nil {
				ok = false
			}
			out = out.With(y, d(v))
		}
		if s.From != nil {
			out = out.From(budget.Year(s.From.Year), d(s.From.Amount))
		}
		return &out
	}
	shares := func(s refShares) RealisationShares {
		return RealisationShares{Low: pd(s.Low), Central: pd(s.Central), High: pd(s.High)}
	}
	in := Input{Keuze: j.Keuze, Measures: j.Measures,
		Model: ModelInput{Kind: j.Model.Kind, Theta: pd(j.Model.Theta), PoolTheta: dm(j.Model.PoolTheta), PoolSizes: dm(j.Model.PoolSizes)},
		Key:   KeyInput{Kind: j.Key.Kind, Shares: dm(j.Key.Shares)},
		Ramp:  series(j.Ramp), ImplementationCosts: series(j.ImplementationCosts), OtherMeasures: series(j.OtherMeasures),
		Growth: GrowthInput{Kind: j.Growth.Kind, From: budget.Year(j.Growth.From), To: budget.Year(j.Growth.To)},
		From:   budget.Year(j.From), To: budget.Year(j.To), PerMunicipality: j.PerMunicipality}
	if r := j.Realisation; r != nil {
		in.Realisation = &RealisationInput{RealisationShares: shares(r.refShares)}
		if len(r.Measures) > 0 {
			in.Realisation.Measures = map[string]RealisationShares{}
			for id, s := range r.Measures {
				in.Realisation.Measures[id] = shares(s)
			}
		}
	}
	return in, ok
}

// FuzzParseInputLikeReflection is the differential fuzz target of
// ParseInput: every input it accepts, the reflective reading accepts too,
// with the same value.
func FuzzParseInputLikeReflection(f *testing.F) {
	for _, g := range goldenInputs {
		f.Add([]byte(g.input))
	}
	f.Add([]byte(`{"realisation":{"low":"0.5","measures":{"m":{"high":"1"}}},"model":{"pool_sizes":{"a":"1"}},"ramp":{"years":{"2024":"0.5"}},"measures":null}`))
	f.Add([]byte(`{"keuze":"\u0041","key":{"kind":"inhabitants","shares":{}},"growth":{"kind":"clients","from":2017,"to":2022},"per_municipality":true}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := ParseInput(data)
		if err != nil {
			return
		}
		ref, ok := refParseInput(data)
		if !ok {
			t.Fatalf("%q: ParseInput accepts what the reflective reading refuses", data)
		}
		if !reflect.DeepEqual(in, ref) {
			t.Fatalf("%q:\nParseInput %+v\nreflection %+v", data, in, ref)
		}
	})
}
