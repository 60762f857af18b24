package scenario

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// The JSON form of Input and Outcome is the one the browser calculator and
// the HTTP service speak. Amounts and fractions are decimal strings
// ("550000.00", "0.35"), never JSON numbers, so no float touches them. Years
// are JSON integers. Unknown and duplicate keys are errors. See README.md,
// "JSON form", for a complete example.

// MaxInputBytes bounds the JSON text of one Input.
const MaxInputBytes = 64 << 10

// ParseInput decodes the JSON form of an Input. Errors are [*InputError]
// values naming the field by its JSON path.
func ParseInput(data []byte) (Input, error) {
	if len(data) > MaxInputBytes {
		return Input{}, invalid("", "input larger than %d bytes", MaxInputBytes)
	}
	if trimmed := bytes.TrimSpace(data); bytes.Equal(trimmed, []byte("null")) {
		// encoding/json reads null as "leave the zero value", which would
		// quietly evaluate the default scenario.
		return Input{}, &InputError{Field: "", Err: fmt.Errorf("%w: null is not a scenario; send an object, {} for all defaults", budget.ErrSyntax)}
	}
	var in Input
	if err := budget.DecodeStrict(data, &in); err != nil {
		fe, ok := err.(*budget.FieldError)
		if !ok {
			return Input{}, &InputError{Field: "", Err: err}
		}
		return Input{}, &InputError{Field: fe.Field, Err: fe.Err}
	}
	return in, nil
}

// ReadInput is [ParseInput] on a reader, reading at most MaxInputBytes+1.
func ReadInput(r io.Reader) (Input, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInputBytes+1))
	if err != nil {
		return Input{}, &InputError{Field: "", Err: err}
	}
	return ParseInput(data)
}

type modelJSON struct {
	Kind      string            `json:"kind,omitempty"`
	Theta     *string           `json:"theta,omitempty"`
	PoolTheta map[string]string `json:"pool_theta,omitempty"`
	PoolSizes map[string]string `json:"pool_sizes,omitempty"`
}

// MarshalJSON writes decimals as strings.
func (m ModelInput) MarshalJSON() ([]byte, error) {
	j := modelJSON{Kind: m.Kind, PoolTheta: decStrings(m.PoolTheta), PoolSizes: decStrings(m.PoolSizes)}
	if m.Theta != nil {
		s := m.Theta.String()
		j.Theta = &s
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads decimals from strings only.
func (m *ModelInput) UnmarshalJSON(data []byte) error {
	var j modelJSON
	if err := budget.DecodeStrict(data, &j); err != nil {
		return err
	}
	out := ModelInput{Kind: j.Kind}
	if j.Theta != nil {
		d, err := budget.ParseDecimal(*j.Theta)
		if err != nil {
			return &budget.FieldError{Field: "theta", Err: err}
		}
		out.Theta = &d
	}
	var err error
	if out.PoolTheta, err = parseDecMap("pool_theta", j.PoolTheta); err != nil {
		return err
	}
	if out.PoolSizes, err = parseDecMap("pool_sizes", j.PoolSizes); err != nil {
		return err
	}
	*m = out
	return nil
}

type keyJSON struct {
	Kind   string            `json:"kind,omitempty"`
	Shares map[string]string `json:"shares,omitempty"`
}

// MarshalJSON writes shares as decimal strings.
func (k KeyInput) MarshalJSON() ([]byte, error) {
	return json.Marshal(keyJSON{Kind: k.Kind, Shares: decStrings(k.Shares)})
}

// UnmarshalJSON reads shares from decimal strings only.
func (k *KeyInput) UnmarshalJSON(data []byte) error {
	var j keyJSON
	if err := budget.DecodeStrict(data, &j); err != nil {
		return err
	}
	shares, err := parseDecMap("shares", j.Shares)
	if err != nil {
		return err
	}
	*k = KeyInput{Kind: j.Kind, Shares: shares}
	return nil
}

func decStrings(m map[string]decimal.Decimal) map[string]string {
	if m == nil {
		return nil
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[k] = v.String()
	}
	return out
}

// parseDecMap parses a map of decimal strings; an empty map is nil, as the
// Go zero value it means the same as.
func parseDecMap(field string, m map[string]string) (map[string]decimal.Decimal, error) {
	if len(m) == 0 {
		return nil, nil
	}
	out := make(map[string]decimal.Decimal, len(m))
	for _, k := range sortedKeys(m) {
		d, err := budget.ParseDecimal(m[k])
		if err != nil {
			return nil, &budget.FieldError{Field: field + "." + text.Clip(k, text.MaxQuote), Err: err}
		}
		out[k] = d
	}
	return out, nil
}

// amountJSON is the JSON form of an Amount: "value" only when known.
type amountJSON struct {
	Known bool    `json:"known"`
	Value *string `json:"value,omitempty"`
	PM    bool    `json:"pm,omitempty"`
}

// MarshalJSON writes {"known":true,"value":"550000","pm":true}; an unknown
// amount has no value.
func (a Amount) MarshalJSON() ([]byte, error) {
	j := amountJSON{Known: a.Known, PM: a.PM}
	if a.Known {
		s := a.Value.String()
		j.Value = &s
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (a *Amount) UnmarshalJSON(data []byte) error {
	var j amountJSON
	if err := budget.DecodeStrict(data, &j); err != nil {
		return err
	}
	out := Amount{Known: j.Known, PM: j.PM}
	switch {
	case j.Known && j.Value == nil:
		return &budget.FieldError{Field: "value", Err: budget.ErrMissing}
	case !j.Known && j.Value != nil:
		return &budget.FieldError{Field: "value", Err: fmt.Errorf("%w: an unknown amount has no value", ErrInvalid)}
	case j.Value != nil:
		d, err := budget.ParseDecimal(*j.Value)
		if err != nil {
			return &budget.FieldError{Field: "value", Err: err}
		}
		out.Value = d
	}
	*a = out
	return nil
}

type bandJSON struct {
	Known   bool   `json:"known"`
	Min     string `json:"min,omitempty"`
	Central string `json:"central,omitempty"`
	Max     string `json:"max,omitempty"`
}

// MarshalJSON writes {"known":true,"min":"…","central":"…","max":"…"}.
func (b Band) MarshalJSON() ([]byte, error) {
	if !b.Known {
		return json.Marshal(bandJSON{})
	}
	return json.Marshal(bandJSON{Known: true, Min: b.Min.String(), Central: b.Central.String(), Max: b.Max.String()})
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (b *Band) UnmarshalJSON(data []byte) error {
	var j bandJSON
	if err := budget.DecodeStrict(data, &j); err != nil {
		return err
	}
	if !j.Known {
		*b = Band{}
		return nil
	}
	var out Band
	out.Known = true
	for _, f := range []struct {
		name string
		s    string
		d    *decimal.Decimal
	}{{"min", j.Min, &out.Min}, {"central", j.Central, &out.Central}, {"max", j.Max, &out.Max}} {
		d, err := budget.ParseDecimal(f.s)
		if err != nil {
			return &budget.FieldError{Field: f.name, Err: err}
		}
		*f.d = d
	}
	*b = out
	return nil
}

// coverageIDs are the stable JSON names of the coverage outcomes.
var coverageIDs = map[regional.Coverage]string{
	regional.CoverageUnknown: "unknown",
	regional.Met:             "met",
	regional.NotMet:          "not-met",
	regional.Depends:         "depends",
}

type municipalityJSON struct {
	Municipality string `json:"municipality"`
	Min          string `json:"min"`
	Central      string `json:"central"`
	Max          string `json:"max"`
}

type yearJSON struct {
	Year                budget.Year        `json:"year"`
	Taakstelling        Amount             `json:"taakstelling"`
	Ramp                Amount             `json:"ramp"`
	RegionalSavings     Band               `json:"regional_savings"`
	Savings             Band               `json:"savings"`
	Municipalities      []municipalityJSON `json:"municipalities,omitempty"`
	OtherMeasures       Amount             `json:"other_measures"`
	ImplementationCosts Amount             `json:"implementation_costs"`
	KeuzeCost           Amount             `json:"keuze_cost"`
	KeuzeStatus         KeuzeStatus        `json:"keuze_status"`
	Growth              Amount             `json:"growth"`
	Gap                 Band               `json:"gap"`
	Net                 Band               `json:"net"`
	Coverage            string             `json:"coverage"`
	PM                  bool               `json:"pm"`
	Summary             string             `json:"summary"`
}

type assumptionJSON struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Value   string `json:"value"`
	Default bool   `json:"default"`
}

type outcomeJSON struct {
	Keuze       string           `json:"keuze"`
	Measures    []string         `json:"measures"`
	Years       []yearJSON       `json:"years"`
	Assumptions []assumptionJSON `json:"assumptions"`
}

// MarshalJSON writes the documented JSON form of an outcome, with each
// year's Dutch summary.
func (o Outcome) MarshalJSON() ([]byte, error) {
	j := outcomeJSON{Keuze: o.Keuze, Measures: o.Measures}
	if j.Measures == nil {
		j.Measures = []string{}
	}
	for _, y := range o.Years {
		yj := yearJSON{
			Year: y.Year, Taakstelling: y.Taakstelling, Ramp: y.Ramp,
			RegionalSavings: y.RegionalSavings, Savings: y.Savings,
			OtherMeasures: y.OtherMeasures, ImplementationCosts: y.ImplementationCosts,
			KeuzeCost: y.KeuzeCost, KeuzeStatus: y.KeuzeStatus, Growth: y.Growth,
			Gap: y.Gap, Net: y.Net, Coverage: coverageIDs[y.Coverage], PM: y.PM,
			Summary: y.Sentence(budget.Dutch, o.Keuze),
		}
		for _, m := range y.Municipalities {
			yj.Municipalities = append(yj.Municipalities, municipalityJSON{m.Municipality, m.Low.String(), m.Central.String(), m.High.String()})
		}
		j.Years = append(j.Years, yj)
	}
	for _, a := range o.Assumptions {
		j.Assumptions = append(j.Assumptions, assumptionJSON(a))
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the form MarshalJSON writes (the summaries are
// derived, so they are read and dropped).
func (o *Outcome) UnmarshalJSON(data []byte) error {
	var j outcomeJSON
	if err := budget.DecodeStrict(data, &j); err != nil {
		return err
	}
	out := Outcome{Keuze: j.Keuze, Measures: j.Measures}
	for i, yj := range j.Years {
		y := YearOutcome{
			Year: yj.Year, Taakstelling: yj.Taakstelling, Ramp: yj.Ramp,
			RegionalSavings: yj.RegionalSavings, Savings: yj.Savings,
			OtherMeasures: yj.OtherMeasures, ImplementationCosts: yj.ImplementationCosts,
			KeuzeCost: yj.KeuzeCost, KeuzeStatus: yj.KeuzeStatus, Growth: yj.Growth,
			Gap: yj.Gap, Net: yj.Net, PM: yj.PM,
		}
		found := false
		for c, id := range coverageIDs {
			if id == yj.Coverage {
				y.Coverage, found = c, true
			}
		}
		if !found {
			return &budget.FieldError{Field: fmt.Sprintf("years[%d].coverage", i), Err: fmt.Errorf("%w: %q", ErrInvalid, text.Clip(yj.Coverage, text.MaxQuote))}
		}
		for k, m := range yj.Municipalities {
			var mr regional.MunicipalityRange
			mr.Municipality = m.Municipality
			for _, f := range []struct {
				name, s string
				d       *decimal.Decimal
			}{{"min", m.Min, &mr.Low}, {"central", m.Central, &mr.Central}, {"max", m.Max, &mr.High}} {
				d, err := budget.ParseDecimal(f.s)
				if err != nil {
					return &budget.FieldError{Field: fmt.Sprintf("years[%d].municipalities[%d].%s", i, k, f.name), Err: err}
				}
				*f.d = d
			}
			y.Municipalities = append(y.Municipalities, mr)
		}
		out.Years = append(out.Years, y)
	}
	for _, a := range j.Assumptions {
		out.Assumptions = append(out.Assumptions, Assumption(a))
	}
	*o = out
	return nil
}
