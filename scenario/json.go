package scenario

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/hilversum/sociaaldomein/internal/datafile"

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

// ParseInput decodes the JSON form of an Input. Errors are [*budget.FieldError]
// values naming the field by its JSON path.
func ParseInput(data []byte) (Input, error) {
	if len(data) > MaxInputBytes {
		return Input{}, invalid("", "input larger than %d bytes", MaxInputBytes)
	}
	if trimmed := bytes.TrimSpace(data); bytes.Equal(trimmed, []byte("null")) {
		// encoding/json reads null as "leave the zero value", which would
		// quietly evaluate the default scenario.
		return Input{}, &budget.FieldError{Field: "", Err: fmt.Errorf("%w: null is not a scenario; send an object, {} for all defaults", budget.ErrSyntax)}
	}
	var in Input
	if err := datafile.Decode(data, &in); err != nil {
		if _, ok := err.(*budget.FieldError); !ok {
			return Input{}, &budget.FieldError{Field: "", Err: err}
		}
		return Input{}, err
	}
	return in, nil
}

// ReadInput is [ParseInput] on a reader, reading at most MaxInputBytes+1.
func ReadInput(r io.Reader) (Input, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInputBytes+1))
	if err != nil {
		return Input{}, &budget.FieldError{Field: "", Err: err}
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
	if err := datafile.Decode(data, &j); err != nil {
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
	if err := datafile.Decode(data, &j); err != nil {
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

type sharesJSON struct {
	Low     *string `json:"low,omitempty"`
	Central *string `json:"central,omitempty"`
	High    *string `json:"high,omitempty"`
}

type realisationJSON struct {
	Low      *string               `json:"low,omitempty"`
	Central  *string               `json:"central,omitempty"`
	High     *string               `json:"high,omitempty"`
	Measures map[string]sharesJSON `json:"measures,omitempty"`
}

func optString(d *decimal.Decimal) *string {
	if d == nil {
		return nil
	}
	s := d.String()
	return &s
}

func (s RealisationShares) toJSON() sharesJSON {
	return sharesJSON{Low: optString(s.Low), Central: optString(s.Central), High: optString(s.High)}
}

func (j sharesJSON) parse(prefix string) (RealisationShares, error) {
	var out RealisationShares
	for _, f := range []struct {
		name string
		s    *string
		d    **decimal.Decimal
	}{{"low", j.Low, &out.Low}, {"central", j.Central, &out.Central}, {"high", j.High, &out.High}} {
		if f.s == nil {
			continue
		}
		d, err := budget.ParseDecimal(*f.s)
		if err != nil {
			return out, &budget.FieldError{Field: prefix + f.name, Err: err}
		}
		*f.d = &d
	}
	return out, nil
}

// MarshalJSON writes shares as decimal strings.
func (r RealisationInput) MarshalJSON() ([]byte, error) {
	sh := r.RealisationShares.toJSON()
	j := realisationJSON{Low: sh.Low, Central: sh.Central, High: sh.High}
	if r.Measures != nil {
		j.Measures = make(map[string]sharesJSON, len(r.Measures))
		for id, s := range r.Measures {
			j.Measures[id] = s.toJSON()
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads shares from decimal strings only.
func (r *RealisationInput) UnmarshalJSON(data []byte) error {
	var j realisationJSON
	if err := datafile.Decode(data, &j); err != nil {
		return err
	}
	var out RealisationInput
	var err error
	if out.RealisationShares, err = (sharesJSON{Low: j.Low, Central: j.Central, High: j.High}).parse(""); err != nil {
		return err
	}
	if len(j.Measures) > 0 {
		out.Measures = make(map[string]RealisationShares, len(j.Measures))
		for _, id := range sortedKeys(j.Measures) {
			s, err := j.Measures[id].parse("measures." + text.Clip(id, text.MaxQuote) + ".")
			if err != nil {
				return err
			}
			out.Measures[id] = s
		}
	}
	*r = out
	return nil
}

// municipalityJSON is one municipality's part: its id and its range (always
// known: parts exist only where the savings are).
type municipalityJSON struct {
	Municipality string `json:"municipality"`
	Low          string `json:"low"`
	Central      string `json:"central"`
	High         string `json:"high"`
}

type verdictJSON struct {
	Kind      string  `json:"kind"`
	Headroom  *string `json:"headroom,omitempty"`
	CostsPM   bool    `json:"costs_pm"`
	SavingsPM bool    `json:"savings_pm"`
}

type taakstellingJSON struct {
	Target              budget.Amount      `json:"target"`
	RegionalSavings     budget.Range       `json:"regional_savings"`
	Savings             budget.Range       `json:"savings"`
	Municipalities      []municipalityJSON `json:"municipalities,omitempty"`
	ImplementationCosts budget.Amount      `json:"implementation_costs"`
	OtherMeasures       budget.Amount      `json:"other_measures"`
	Balance             budget.Range       `json:"balance"`
	Verdict             verdictJSON        `json:"verdict"`
	Summary             string             `json:"summary"`
}

type keuzeJSON struct {
	Option  string        `json:"option"`
	Cost    budget.Amount `json:"cost"`
	Status  KeuzeStatus   `json:"status"`
	Summary string        `json:"summary"`
}

type yearJSON struct {
	Year         budget.Year      `json:"year"`
	Ramp         budget.Amount    `json:"ramp"`
	Taakstelling taakstellingJSON `json:"taakstelling"`
	Keuze        keuzeJSON        `json:"keuze"`
	Growth       budget.Amount    `json:"growth"`
}

type assumptionJSON struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Value   string `json:"value"`
	Default bool   `json:"default"`
}

type endsJSON struct {
	Low     string `json:"low"`
	Central string `json:"central"`
	High    string `json:"high"`
}

type tallyJSON struct {
	Met     int    `json:"met"`
	MetIf   int    `json:"met_if"`
	Depends int    `json:"depends"`
	NotMet  int    `json:"not_met"`
	Unknown int    `json:"unknown"`
	Summary string `json:"summary"`
}

type outcomeJSON struct {
	Keuze       string           `json:"keuze"`
	Measures    []string         `json:"measures"`
	Ends        endsJSON         `json:"ends"`
	Tally       tallyJSON        `json:"tally"`
	Years       []yearJSON       `json:"years"`
	Assumptions []assumptionJSON `json:"assumptions"`
}

// MarshalJSON writes the documented JSON form of an outcome, with the
// Dutch sentences of each year and the tally.
func (o Outcome) MarshalJSON() ([]byte, error) {
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

// UnmarshalJSON reads the form MarshalJSON writes. The sentences and the
// tally are derived, so they are read and dropped; a verdict that does not
// follow from its balance by [Judge] is an error.
func (o *Outcome) UnmarshalJSON(data []byte) error {
	var j outcomeJSON
	if err := datafile.Decode(data, &j); err != nil {
		return err
	}
	out := Outcome{Keuze: j.Keuze, Measures: j.Measures, Ends: Ends(j.Ends)}
	for i, yj := range j.Years {
		tj := yj.Taakstelling
		y := YearOutcome{Year: yj.Year, Ramp: yj.Ramp, Growth: yj.Growth,
			Keuze: KeuzePart{Option: yj.Keuze.Option, Cost: yj.Keuze.Cost, Status: yj.Keuze.Status}}
		y.Taakstelling = TaakstellingPart{Target: tj.Target, RegionalSavings: tj.RegionalSavings, Savings: tj.Savings,
			ImplementationCosts: tj.ImplementationCosts, OtherMeasures: tj.OtherMeasures, Balance: tj.Balance}
		for k, m := range tj.Municipalities {
			mr := regional.MunicipalityRange{Municipality: m.Municipality, Range: budget.Range{Known: true}}
			for _, f := range []struct {
				name, s string
				d       *decimal.Decimal
			}{{"low", m.Low, &mr.Low}, {"central", m.Central, &mr.Central}, {"high", m.High, &mr.High}} {
				d, err := budget.ParseDecimal(f.s)
				if err != nil {
					return &budget.FieldError{Field: fmt.Sprintf("years[%d].taakstelling.municipalities[%d].%s", i, k, f.name), Err: err}
				}
				*f.d = d
			}
			y.Taakstelling.Municipalities = append(y.Taakstelling.Municipalities, mr)
		}
		field := fmt.Sprintf("years[%d].taakstelling.verdict.kind", i)
		kind, ok := parseVerdictKind(tj.Verdict.Kind)
		if !ok {
			return &budget.FieldError{Field: field, Err: fmt.Errorf("%w: %q", ErrInvalid, text.Clip(tj.Verdict.Kind, text.MaxQuote))}
		}
		// The pm flags follow from the amounts, and the balance from the
		// parts: a decoded outcome cannot claim more than its figures.
		if tj.Verdict.CostsPM != !tj.ImplementationCosts.Known || (!tj.OtherMeasures.Known && !tj.Verdict.SavingsPM) {
			return &budget.FieldError{Field: fmt.Sprintf("years[%d].taakstelling.verdict", i), Err: fmt.Errorf("%w: costs_pm and savings_pm must follow from implementation_costs and other_measures", ErrInvalid)}
		}
		if tj.Balance.Known && tj.Target.Known && tj.Savings.Known {
			if want := balanceOf(tj.Savings, tj.ImplementationCosts, tj.OtherMeasures, tj.Target.Value); !want.Equal(tj.Balance) {
				return &budget.FieldError{Field: fmt.Sprintf("years[%d].taakstelling.balance", i), Err: fmt.Errorf("%w: not savings − implementation costs + other measures − target", ErrInvalid)}
			}
		}
		v := Judge(tj.Balance, tj.Verdict.CostsPM, tj.Verdict.SavingsPM)
		if v.Kind != kind {
			return &budget.FieldError{Field: field, Err: fmt.Errorf("%w: %q does not follow from the balance (%q)", ErrInvalid, kind, v.Kind)}
		}
		y.Taakstelling.Verdict = v
		out.Years = append(out.Years, y)
	}
	for _, a := range j.Assumptions {
		out.Assumptions = append(out.Assumptions, Assumption(a))
	}
	*o = out
	return nil
}
