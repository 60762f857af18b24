package uncertainty

import (
	"bytes"
	"fmt"
	"maps"
	"slices"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/datafile"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/shopspring/decimal"
)

// Bounds of one run.
const (
	// DefaultDraws is the number of draws when Input.Draws is 0: the
	// standard error of a probability is then at most 0,0016.
	DefaultDraws = 100_000
	// MaxDraws bounds Input.Draws for the library (10⁸: about two minutes
	// on one core, and 8 bytes per draw and year of memory). A service
	// sets its own, lower bound.
	MaxDraws = 100_000_000
	// MaxQuantiles bounds Input.Quantiles.
	MaxQuantiles = 99
	// MaxInputBytes bounds the JSON text of one Input.
	MaxInputBytes = 64 << 10
)

// Input is one Monte Carlo question: a scenario of regional measures (as in
// [scenario.Input]: which measures, the key, the ramp, the other measures,
// the years) and a distribution for every uncertain input. Its zero value
// is valid: all 14 measures, the published key, the default ramp, every
// distribution at its default (see [DefaultDistributions]) and
// [DefaultDraws] draws from seed 0. The keuze is not part of it: its cost
// is not in the taakstelling's balance (000:893-895).
type Input struct {
	// Seed fixes the random numbers: the same Seed, Input and data give the
	// same figures, on every platform and for any number of workers.
	Seed uint64 `json:"seed"`
	// Draws is the number of scenarios drawn; 0 means DefaultDraws.
	Draws int `json:"draws,omitempty"`
	// Measures are the ids of the regional measures carried out; nil
	// means all 14, an empty non-nil slice none.
	Measures []string `json:"measures"`
	// Key distributes regional amounts, as in scenario.Input.
	Key scenario.KeyInput `json:"key"`
	// Ramp is the fraction of the 2024 effect per year before any delay,
	// in whole percents; nil means regional.DefaultRamp.
	Ramp *budget.Series `json:"ramp,omitempty"`
	// OtherMeasures are Hilversum's savings from other measures (KPMG,
	// local), fixed; nil is pm (left out, never counted as zero).
	OtherMeasures *budget.Series `json:"other_measures,omitempty"`
	// From and To are the first and last year; zero means 2022 and 2027.
	From budget.Year `json:"from,omitempty"`
	To   budget.Year `json:"to,omitempty"`
	// Quantiles are the quantiles reported, each in (0, 1) with at most 6
	// decimals; nil means 0,1, 0,5 and 0,9 (P10, P50, P90).
	Quantiles []decimal.Decimal `json:"-"`
	// Realisation is the distribution of the share of its published
	// maximum each measure reaches.
	Realisation RealisationDists `json:"realisation"`
	// Theta is the distribution of the overlap θ per pool.
	Theta ThetaDists `json:"theta"`
	// Correlation is the probability ρ in [0, 1] that the measures of one
	// pool do equally well in a draw (see [DefaultCorrelation]); nil means
	// the default.
	Correlation *decimal.Decimal `json:"-"`
	// RampDelay is the distribution of the delay of the ramp, in whole
	// months (−24 to 60; negative is earlier); nil means the default.
	RampDelay *Dist `json:"ramp_delay_months,omitempty"`
	// ImplementationCosts is the distribution of the regional costs of
	// carrying out the programme, in euros per year, the same amount in
	// every year of one draw, shared by the key. nil is pm: the result
	// then excludes them, and says so; they are never counted as zero.
	ImplementationCosts *Dist `json:"implementation_costs,omitempty"`
	// Sensitivity asks for the tornado table: which input matters most
	// for the probability that the taakstelling is met.
	Sensitivity bool `json:"sensitivity,omitempty"`
}

// RealisationDists are the distributions of the realisation shares
// ([regional.Realisation]): each draw gives every measure a whole percent
// of its published maximum, from −100 % to 100 %.
type RealisationDists struct {
	// Default is every measure's distribution; nil means
	// [DefaultRealisation].
	Default *Dist `json:"default,omitempty"`
	// Doubted is the distribution of the measures the seed says may raise
	// costs ([regional.Measure.MayRaiseCosts]); nil means
	// [DefaultRealisationDoubted].
	Doubted *Dist `json:"doubted,omitempty"`
	// Measures overrides the distribution per measure id.
	Measures map[string]Dist `json:"measures,omitempty"`
}

// ThetaDists are the distributions of the overlap θ per pool (see
// [regional.Overlap]), drawn in millionths.
type ThetaDists struct {
	// Default is every pool's distribution; nil means [DefaultTheta].
	Default *Dist `json:"default,omitempty"`
	// Pools overrides it per domain id ("jeugdhulp", …).
	Pools map[string]Dist `json:"pools,omitempty"`
}

// distJSON is the JSON form of a Dist: {"kind": "point", "value": "1"},
// {"kind": "uniform", "low": "0.5", "high": "1"} or {"kind":
// "triangular", "low": "0", "mode": "0.5", "high": "1"}; decimals are
// strings.
type distJSON struct {
	Kind  string  `json:"kind"`
	Value *string `json:"value,omitempty"`
	Low   *string `json:"low,omitempty"`
	Mode  *string `json:"mode,omitempty"`
	High  *string `json:"high,omitempty"`
}

// MarshalJSON writes d in its JSON form, decimals as strings.
func (d Dist) MarshalJSON() ([]byte, error) {
	s := func(v decimal.Decimal) *string { t := v.String(); return &t }
	j := distJSON{Kind: string(d.Kind)}
	switch d.Kind {
	case KindPoint:
		j.Value = s(d.Low)
	case KindTriangular:
		j.Low, j.Mode, j.High = s(d.Low), s(d.Mode), s(d.High)
	default:
		j.Low, j.High = s(d.Low), s(d.High)
	}
	return j.appendJSON(nil), nil
}

// UnmarshalJSON reads the JSON form; a key that the kind does not take,
// or a missing one, is an error naming it.
func (d *Dist) UnmarshalJSON(data []byte) error {
	return datafile.Parse(data, d.decodeJSON)
}

// appendJSON appends the JSON form of d to b, as [Dist.MarshalJSON] writes
// it.
func (d Dist) appendJSON(b []byte) []byte {
	j, _ := d.MarshalJSON()
	return append(b, j...)
}

// decodeJSON reads d from the module's strict single-pass reader, as
// [Dist.UnmarshalJSON] reads it.
func (d *Dist) decodeJSON(r *datafile.Reader) error {
	var j distJSON
	if err := j.decodeJSON(r); err != nil {
		return err
	}
	parse := func(name string, s *string, want bool) (decimal.Decimal, error) {
		switch {
		case s == nil && want:
			return decimal.Decimal{}, &budget.FieldError{Field: name, Err: budget.ErrMissing}
		case s != nil && !want:
			return decimal.Decimal{}, &budget.FieldError{Field: name, Err: fmt.Errorf("%w: kind %q takes no %s", budget.ErrUnknownField, text.Clip(j.Kind, text.MaxQuote), name)}
		case s == nil:
			return decimal.Decimal{}, nil
		}
		v, err := budget.ParseDecimal(*s)
		if err != nil {
			return decimal.Decimal{}, &budget.FieldError{Field: name, Err: err}
		}
		return v, nil
	}
	k := Kind(j.Kind)
	var out Dist
	var err error
	switch k {
	case KindPoint:
		if _, err = parse("low", j.Low, false); err == nil {
			if _, err = parse("mode", j.Mode, false); err == nil {
				if _, err = parse("high", j.High, false); err == nil {
					var v decimal.Decimal
					if v, err = parse("value", j.Value, true); err == nil {
						out = Point(v)
					}
				}
			}
		}
	case KindUniform, KindTriangular:
		var lo, mo, hi decimal.Decimal
		if _, err = parse("value", j.Value, false); err == nil {
			if lo, err = parse("low", j.Low, true); err == nil {
				if mo, err = parse("mode", j.Mode, k == KindTriangular); err == nil {
					if hi, err = parse("high", j.High, true); err == nil {
						out = Uniform(lo, hi)
						if k == KindTriangular {
							out = Triangular(lo, mo, hi)
						}
					}
				}
			}
		}
	case "":
		err = &budget.FieldError{Field: "kind", Err: budget.ErrMissing}
	default:
		err = &budget.FieldError{Field: "kind", Err: fmt.Errorf("%w: %q (want %q, %q or %q)", ErrKind, text.Clip(j.Kind, text.MaxQuote), KindPoint, KindUniform, KindTriangular)}
	}
	if err != nil {
		return err
	}
	*d = out
	return nil
}

// inputJSON mirrors Input with decimals as strings.
type inputJSON struct {
	Seed                uint64            `json:"seed"`
	Draws               int               `json:"draws,omitempty"`
	Measures            []string          `json:"measures"`
	Key                 scenario.KeyInput `json:"key"`
	Ramp                *budget.Series    `json:"ramp,omitempty"`
	OtherMeasures       *budget.Series    `json:"other_measures,omitempty"`
	From                budget.Year       `json:"from,omitempty"`
	To                  budget.Year       `json:"to,omitempty"`
	Quantiles           []string          `json:"quantiles,omitempty"`
	Realisation         RealisationDists  `json:"realisation"`
	Theta               ThetaDists        `json:"theta"`
	Correlation         *string           `json:"correlation,omitempty"`
	RampDelay           *Dist             `json:"ramp_delay_months,omitempty"`
	ImplementationCosts *Dist             `json:"implementation_costs,omitempty"`
	Sensitivity         bool              `json:"sensitivity,omitempty"`
}

// MarshalJSON writes in in the form [ParseInput] reads.
func (in Input) MarshalJSON() ([]byte, error) {
	j := inputJSON{Seed: in.Seed, Draws: in.Draws, Measures: in.Measures, Key: in.Key, Ramp: in.Ramp,
		OtherMeasures: in.OtherMeasures, From: in.From, To: in.To, Realisation: in.Realisation, Theta: in.Theta,
		RampDelay: in.RampDelay, ImplementationCosts: in.ImplementationCosts, Sensitivity: in.Sensitivity}
	for _, q := range in.Quantiles {
		j.Quantiles = append(j.Quantiles, q.String())
	}
	if in.Correlation != nil {
		s := in.Correlation.String()
		j.Correlation = &s
	}
	return j.appendJSON(nil)
}

// ParseInput reads the JSON form of an Input, as strictly as every other
// input of the project: unknown and duplicate keys are errors, decimals
// are strings, and a failure is a [*budget.FieldError] naming the key path
// ("realisation.measures.anders-verwijzen.high"). It checks the form only;
// [New] checks the values.
//
//	{"seed": 1, "draws": 100000, "measures": ["anders-verwijzen"],
//	 "realisation": {"default": {"kind": "uniform", "low": "0.5", "high": "1"}},
//	 "theta": {"pools": {"jeugdhulp": {"kind": "point", "value": "0.5"}}},
//	 "correlation": "0.5", "ramp_delay_months": {"kind": "uniform", "low": "0", "high": "12"},
//	 "implementation_costs": {"kind": "triangular", "low": "0", "mode": "200000", "high": "600000"},
//	 "quantiles": ["0.1", "0.5", "0.9"], "sensitivity": true}
func ParseInput(data []byte) (Input, error) {
	if len(data) > MaxInputBytes {
		return Input{}, &budget.FieldError{Field: "", Err: fmt.Errorf("%w: input larger than %d bytes", budget.ErrSyntax, MaxInputBytes)}
	}
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		return Input{}, &budget.FieldError{Field: "", Err: fmt.Errorf("%w: null is not an input; send an object, {} for all defaults", budget.ErrSyntax)}
	}
	var j inputJSON
	if err := datafile.Parse(data, j.decodeJSON); err != nil {
		if _, ok := err.(*budget.FieldError); !ok {
			return Input{}, &budget.FieldError{Field: "", Err: err}
		}
		return Input{}, err
	}
	in := Input{Seed: j.Seed, Draws: j.Draws, Measures: j.Measures, Key: j.Key, Ramp: j.Ramp,
		OtherMeasures: j.OtherMeasures, From: j.From, To: j.To, Realisation: j.Realisation, Theta: j.Theta,
		RampDelay: j.RampDelay, ImplementationCosts: j.ImplementationCosts, Sensitivity: j.Sensitivity}
	for i, s := range j.Quantiles {
		q, err := budget.ParseDecimal(s)
		if err != nil {
			return Input{}, &budget.FieldError{Field: fmt.Sprintf("quantiles[%d]", i), Err: err}
		}
		in.Quantiles = append(in.Quantiles, q)
	}
	if j.Correlation != nil {
		c, err := budget.ParseDecimal(*j.Correlation)
		if err != nil {
			return Input{}, &budget.FieldError{Field: "correlation", Err: err}
		}
		in.Correlation = &c
	}
	return in, nil
}

// sortedKeys returns m's keys in order, so that errors come in a stable
// order.
func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
