package scenario

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

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
	if err := datafile.Parse(data, in.decodeJSON); err != nil {
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

// MarshalJSON writes decimals as strings.
func (m ModelInput) MarshalJSON() ([]byte, error) { return m.appendJSON(nil), nil }

func (m ModelInput) appendJSON(b []byte) []byte {
	b = append(b, '{')
	if m.Kind != "" {
		b = datafile.AppendKey(b, "kind")
		b = datafile.AppendString(b, m.Kind)
	}
	if m.Theta != nil {
		b = datafile.AppendKey(b, "theta")
		b = appendDecimal(b, *m.Theta)
	}
	if len(m.PoolTheta) > 0 {
		b = datafile.AppendKey(b, "pool_theta")
		b = appendDecMap(b, m.PoolTheta)
	}
	if len(m.PoolSizes) > 0 {
		b = datafile.AppendKey(b, "pool_sizes")
		b = appendDecMap(b, m.PoolSizes)
	}
	return append(b, '}')
}

// UnmarshalJSON reads decimals from strings only.
func (m *ModelInput) UnmarshalJSON(data []byte) error {
	return datafile.Parse(data, m.decodeJSON)
}

func (m *ModelInput) decodeJSON(r *datafile.Reader) error {
	var out ModelInput
	if err := r.Object(func(key string) error {
		var err error
		switch key {
		case "kind":
			out.Kind, err = r.String()
		case "theta":
			var s string
			var null bool
			if s, null, err = r.Text(); err != nil || null {
				return err
			}
			d, err := budget.ParseDecimal(s)
			if err != nil {
				return err
			}
			out.Theta = &d
		case "pool_theta":
			out.PoolTheta, err = readDecMap(r)
		case "pool_sizes":
			out.PoolSizes, err = readDecMap(r)
		default:
			return r.Unknown()
		}
		return err
	}); err != nil {
		return err
	}
	*m = out
	return nil
}

// MarshalJSON writes shares as decimal strings.
func (k KeyInput) MarshalJSON() ([]byte, error) { return k.appendJSON(nil), nil }

// appendJSON appends the JSON form of k to b, as [KeyInput.MarshalJSON]
// writes it.
func (k KeyInput) appendJSON(b []byte) []byte {
	b = append(b, '{')
	if k.Kind != "" {
		b = datafile.AppendKey(b, "kind")
		b = datafile.AppendString(b, k.Kind)
	}
	if len(k.Shares) > 0 {
		b = datafile.AppendKey(b, "shares")
		b = appendDecMap(b, k.Shares)
	}
	return append(b, '}')
}

// UnmarshalJSON reads shares from decimal strings only.
func (k *KeyInput) UnmarshalJSON(data []byte) error {
	return datafile.Parse(data, k.decodeJSON)
}

// decodeJSON reads k from the module's strict single-pass reader; the
// readers of other packages reach it through UnmarshalJSON.
func (k *KeyInput) decodeJSON(r *datafile.Reader) error {
	var out KeyInput
	if err := r.Object(func(key string) error {
		var err error
		switch key {
		case "kind":
			out.Kind, err = r.String()
		case "shares":
			out.Shares, err = readDecMap(r)
		default:
			return r.Unknown()
		}
		return err
	}); err != nil {
		return err
	}
	*k = out
	return nil
}

// readDecMap reads an object of decimal strings; an empty one is nil, as
// the Go zero value it means the same as. A value that is no decimal is
// named by its key, quoted to [text.MaxQuote] bytes.
func readDecMap(r *datafile.Reader) (map[string]decimal.Decimal, error) {
	var out map[string]decimal.Decimal
	err := r.Object(func(k string) error {
		s, _, err := r.Text()
		if err != nil {
			return err
		}
		d, err := budget.ParseDecimal(s)
		if err != nil {
			return datafile.Keyed(&budget.FieldError{Field: text.Clip(strings.Clone(k), text.MaxQuote), Err: err})
		}
		if out == nil {
			out = make(map[string]decimal.Decimal, 8)
		}
		out[strings.Clone(k)] = d
		return nil
	})
	return out, err
}

// appendDecimal appends d as a JSON string.
func appendDecimal(b []byte, d decimal.Decimal) []byte {
	b = append(b, '"')
	b = datafile.AppendDecimal(b, d)
	return append(b, '"')
}

// appendDecMap appends m as a JSON object of decimal strings, its keys in
// order.
func appendDecMap(b []byte, m map[string]decimal.Decimal) []byte {
	b = append(b, '{')
	for i, k := range sortedKeys(m) {
		if i > 0 {
			b = append(b, ',')
		}
		b = datafile.AppendString(b, k)
		b = append(b, ':')
		b = appendDecimal(b, m[k])
	}
	return append(b, '}')
}

// readShares reads the members low, central and high of an object whose
// other keys other reads (nil: no other keys).
func readShares(r *datafile.Reader, out *RealisationShares, other func(key string) error) error {
	return r.Object(func(key string) error {
		var d **decimal.Decimal
		switch key {
		case "low":
			d = &out.Low
		case "central":
			d = &out.Central
		case "high":
			d = &out.High
		default:
			if other != nil {
				return other(key)
			}
			return r.Unknown()
		}
		s, null, err := r.Text()
		if err != nil || null {
			return err
		}
		v, err := budget.ParseDecimal(s)
		if err != nil {
			return err
		}
		*d = &v
		return nil
	})
}

// appendJSON appends the members of s to b, leaving the object open.
func (s RealisationShares) appendJSON(b []byte) []byte {
	b = append(b, '{')
	for _, f := range []struct {
		name string
		d    *decimal.Decimal
	}{{"low", s.Low}, {"central", s.Central}, {"high", s.High}} {
		if f.d != nil {
			b = datafile.AppendKey(b, f.name)
			b = appendDecimal(b, *f.d)
		}
	}
	return b
}

// MarshalJSON writes shares as decimal strings.
func (r RealisationInput) MarshalJSON() ([]byte, error) {
	b := r.RealisationShares.appendJSON(nil)
	if len(r.Measures) > 0 {
		b = datafile.AppendKey(b, "measures")
		b = append(b, '{')
		for i, id := range sortedKeys(r.Measures) {
			if i > 0 {
				b = append(b, ',')
			}
			b = datafile.AppendString(b, id)
			b = append(b, ':')
			b = append(r.Measures[id].appendJSON(b), '}')
		}
		b = append(b, '}')
	}
	return append(b, '}'), nil
}

// UnmarshalJSON reads shares from decimal strings only.
func (r *RealisationInput) UnmarshalJSON(data []byte) error {
	return datafile.Parse(data, r.decodeJSON)
}

func (r *RealisationInput) decodeJSON(rd *datafile.Reader) error {
	var out RealisationInput
	if err := readShares(rd, &out.RealisationShares, func(key string) error {
		if key != "measures" {
			return rd.Unknown()
		}
		return rd.Object(func(id string) error {
			var s RealisationShares
			if err := readShares(rd, &s, nil); err != nil {
				var fe *budget.FieldError
				if errors.As(err, &fe) && !errors.Is(err, budget.ErrSyntax) && !errors.Is(err, budget.ErrUnknownField) && !errors.Is(err, budget.ErrDuplicateKey) {
					// a value that is no decimal: its key quoted as the
					// other value errors quote it
					return datafile.Keyed(&budget.FieldError{Field: text.Clip(strings.Clone(id), text.MaxQuote) + "." + fe.Field, Err: fe.Err})
				}
				return err
			}
			if out.Measures == nil {
				out.Measures = make(map[string]RealisationShares, 4)
			}
			out.Measures[strings.Clone(id)] = s
			return nil
		})
	}); err != nil {
		return err
	}
	*r = out
	return nil
}

// decodeJSON reads the JSON form of an Input; see [ParseInput].
func (in *Input) decodeJSON(r *datafile.Reader) error {
	var out Input
	series := func(p **budget.Series) error {
		if r.Null() {
			*p = nil
			return nil
		}
		var s budget.Series
		if err := r.Unmarshal(&s); err != nil {
			return err
		}
		*p = &s
		return nil
	}
	year := func(y *budget.Year) error {
		n, err := r.Int(strconv.IntSize)
		*y = budget.Year(n)
		return err
	}
	if err := r.Object(func(key string) error {
		var err error
		switch key {
		case "keuze":
			out.Keuze, err = r.String()
		case "measures":
			if r.Null() {
				out.Measures = nil
				return nil
			}
			out.Measures = []string{}
			err = r.Array(func(int) error {
				s, err := r.String()
				out.Measures = append(out.Measures, s)
				return err
			})
		case "model":
			err = out.Model.decodeJSON(r)
		case "realisation":
			if r.Null() {
				out.Realisation = nil
				return nil
			}
			var re RealisationInput
			if err = re.decodeJSON(r); err == nil {
				out.Realisation = &re
			}
		case "key":
			err = out.Key.decodeJSON(r)
		case "ramp":
			err = series(&out.Ramp)
		case "implementation_costs":
			err = series(&out.ImplementationCosts)
		case "other_measures":
			err = series(&out.OtherMeasures)
		case "growth":
			err = r.Object(func(key string) error {
				switch key {
				case "kind":
					var err error
					out.Growth.Kind, err = r.String()
					return err
				case "from":
					return year(&out.Growth.From)
				case "to":
					return year(&out.Growth.To)
				}
				return r.Unknown()
			})
		case "from":
			err = year(&out.From)
		case "to":
			err = year(&out.To)
		case "per_municipality":
			out.PerMunicipality, err = r.Bool()
		default:
			return r.Unknown()
		}
		return err
	}); err != nil {
		return err
	}
	*in = out
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
	n := 3072 + 1024*len(o.Years) // {"keuze":"A"}: 8.550 bytes
	if len(o.Years) > 0 {
		n += 192 * len(o.Years) * len(o.Years[0].Taakstelling.Municipalities)
	}
	return o.AppendJSON(make([]byte, 0, n)), nil
}

// AppendJSON appends the JSON form of o to b, byte for byte what
// [Outcome.MarshalJSON] returns, in the manner of [strconv.AppendInt]: a
// caller that writes many outcomes (a service) reuses its buffer instead
// of allocating one per outcome.
func (o Outcome) AppendJSON(b []byte) []byte { return o.appendJSON(b, budget.Dutch) }

// appendJSON writes o directly, without reflection, each sentence built
// once in the locale l. Only Dutch is public: the assumptions' values and
// the ends' descriptions are Dutch in every locale, so an English outcome
// JSON would mix the two.
func (o Outcome) appendJSON(b []byte, l budget.Locale) []byte {
	b = append(b, `{"keuze":`...)
	b = datafile.AppendString(b, o.Keuze)
	b = append(b, `,"measures":[`...)
	for i, m := range o.Measures {
		if i > 0 {
			b = append(b, ',')
		}
		b = datafile.AppendString(b, m)
	}
	b = append(b, `],"ends":{"low":`...)
	b = datafile.AppendString(b, o.Ends.Low)
	b = append(b, `,"central":`...)
	b = datafile.AppendString(b, o.Ends.Central)
	b = append(b, `,"high":`...)
	b = datafile.AppendString(b, o.Ends.High)
	t := o.Tally()
	var start int // of a sentence, built in place and then quoted
	b = append(b, `},"tally":{"met":`...)
	b = strconv.AppendInt(b, int64(t.Met), 10)
	b = append(b, `,"met_if":`...)
	b = strconv.AppendInt(b, int64(t.MetIf), 10)
	b = append(b, `,"depends":`...)
	b = strconv.AppendInt(b, int64(t.Depends), 10)
	b = append(b, `,"not_met":`...)
	b = strconv.AppendInt(b, int64(t.NotMet), 10)
	b = append(b, `,"unknown":`...)
	b = strconv.AppendInt(b, int64(t.Unknown), 10)
	b = append(b, `,"summary":`...)
	b = append(b, '"')
	start = len(b)
	b = datafile.FinishString(t.appendSentence(b, l), start)
	b = append(b, `},"years":[`...)
	for i, y := range o.Years {
		if i > 0 {
			b = append(b, ',')
		}
		b = y.appendJSON(b, l)
	}
	b = append(b, `],"assumptions":[`...)
	for i, a := range o.Assumptions {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = datafile.AppendString(b, a.ID)
		b = append(b, `,"label":`...)
		b = datafile.AppendString(b, a.Label)
		b = append(b, `,"value":`...)
		b = datafile.AppendString(b, a.Value)
		b = append(b, `,"default":`...)
		b = strconv.AppendBool(b, a.Default)
		b = append(b, '}')
	}
	return append(b, ']', '}')
}

// appendJSON appends one year of an outcome's JSON form.
func (y YearOutcome) appendJSON(b []byte, l budget.Locale) []byte {
	tp := y.Taakstelling
	var start int // of a sentence, built in place and then quoted
	b = append(b, `{"year":`...)
	b = strconv.AppendInt(b, int64(y.Year), 10)
	b = append(b, `,"ramp":`...)
	b = y.Ramp.AppendJSON(b)
	b = append(b, `,"taakstelling":{"target":`...)
	b = tp.Target.AppendJSON(b)
	b = append(b, `,"regional_savings":`...)
	b = tp.RegionalSavings.AppendJSON(b)
	b = append(b, `,"savings":`...)
	b = tp.Savings.AppendJSON(b)
	if len(tp.Municipalities) > 0 {
		b = append(b, `,"municipalities":[`...)
		for i, m := range tp.Municipalities {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"municipality":`...)
			b = datafile.AppendString(b, m.Municipality)
			b = append(b, `,"low":`...)
			b = appendDecimal(b, m.Low)
			b = append(b, `,"central":`...)
			b = appendDecimal(b, m.Central)
			b = append(b, `,"high":`...)
			b = appendDecimal(b, m.High)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"implementation_costs":`...)
	b = tp.ImplementationCosts.AppendJSON(b)
	b = append(b, `,"other_measures":`...)
	b = tp.OtherMeasures.AppendJSON(b)
	b = append(b, `,"balance":`...)
	b = tp.Balance.AppendJSON(b)
	v := tp.Verdict
	b = append(b, `,"verdict":{"kind":`...)
	b = datafile.AppendString(b, v.Kind.String())
	if v.Kind == MetIf {
		b = append(b, `,"headroom":`...)
		b = appendDecimal(b, v.Headroom)
	}
	b = append(b, `,"costs_pm":`...)
	b = strconv.AppendBool(b, v.CostsPM)
	b = append(b, `,"savings_pm":`...)
	b = strconv.AppendBool(b, v.SavingsPM)
	b = append(b, `},"summary":`...)
	b = append(b, '"')
	start = len(b)
	b = datafile.FinishString(y.appendSentence(b, l), start)
	b = append(b, `},"keuze":{"option":`...)
	b = datafile.AppendString(b, y.Keuze.Option)
	b = append(b, `,"cost":`...)
	b = y.Keuze.Cost.AppendJSON(b)
	b = append(b, `,"status":`...)
	b = datafile.AppendString(b, string(y.Keuze.Status))
	b = append(b, `,"summary":`...)
	b = append(b, '"')
	start = len(b)
	b = datafile.FinishString(y.appendKeuzeSentence(b, l), start)
	b = append(b, `},"growth":`...)
	b = y.Growth.AppendJSON(b)
	return append(b, '}')
}

// UnmarshalJSON reads the form MarshalJSON writes. The sentences and the
// tally are derived, so they are read and dropped; a verdict that does not
// follow from its balance by [Judge] is an error.
func (o *Outcome) UnmarshalJSON(data []byte) error {
	var j outcomeJSON
	if err := datafile.Parse(data, j.decodeJSON); err != nil {
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
			// By Evaluate's own rule, in whole cents.
			want := TaakstellingPart{Target: tj.Target, Savings: tj.Savings, ImplementationCosts: tj.ImplementationCosts, OtherMeasures: tj.OtherMeasures}
			if err := new(lastBalance).balance(&want); err != nil {
				return datafile.InField(fmt.Sprintf("years[%d]", i), err)
			}
			if !want.Balance.Equal(tj.Balance) {
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
