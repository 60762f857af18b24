package uncertainty

import (
	"errors"
	"fmt"
	"math"
	"math/bits"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// Kind names the shape of a [Dist].
type Kind string

// The shapes a distribution may have. Three are enough to say what the
// seeds allow: a point (no doubt), a uniform (every value between two ends
// equally likely: all that is known is the ends) and a triangular (the
// ends and a most likely value).
const (
	KindPoint      Kind = "point"
	KindUniform    Kind = "uniform"
	KindTriangular Kind = "triangular"
)

// Dist is the distribution of one uncertain input: a share (realisation,
// θ), a delay in months or an amount in euros. Low and High are its ends,
// Mode its most likely value (triangular only); a point has Low = Mode =
// High. Values are exact decimals; a draw is rounded to the input's unit
// (a whole percent, a millionth of θ, a month, a cent), so every amount a
// draw yields is exact. Construct one with [Point], [Uniform] or
// [Triangular]; the zero Dist is not valid.
type Dist struct {
	Kind            Kind
	Low, Mode, High decimal.Decimal
}

// Point returns the distribution that is always v: an input without doubt.
// With every input a point, a Monte Carlo run equals one evaluation.
func Point(v decimal.Decimal) Dist { return Dist{Kind: KindPoint, Low: v, Mode: v, High: v} }

// Uniform returns the distribution on which every value (of the input's
// unit) from low to high is equally likely: what to say when only the ends
// are known.
func Uniform(low, high decimal.Decimal) Dist {
	return Dist{Kind: KindUniform, Low: low, Mode: low, High: high}
}

// Triangular returns the triangular distribution from low to high that is
// most likely at mode.
func Triangular(low, mode, high decimal.Decimal) Dist {
	return Dist{Kind: KindTriangular, Low: low, Mode: mode, High: high}
}

// Errors a distribution's check wraps; they come inside a
// [*budget.FieldError] naming the field.
var (
	ErrKind      = errors.New("unknown kind of distribution")
	ErrOrder     = errors.New("the ends are out of order")
	ErrRange     = errors.New("outside the allowed range")
	ErrPrecision = errors.New("more decimals than the unit allows")
	ErrDraws     = errors.New("invalid number of draws")
)

// unit says how an input is drawn: its decimals (2 for a whole percent of a
// share, 6 for θ, 0 for a month, 2 for a cent of a euro) and its allowed
// range, in units.
type unit struct {
	places   int32
	min, max int64
}

var (
	unitShare  = unit{places: 2, min: -100, max: 100}         // realisation: whole percents
	unitTheta  = unit{places: 6, min: 0, max: 1_000_000}      // θ: millionths
	unitMonths = unit{places: 0, min: -24, max: 60}           // ramp delay: whole months
	unitEuro   = unit{places: 2, min: 0, max: 500_000_000_00} // costs: cents, at most € 500 miljoen a year
	unitRho    = unit{places: 6, min: 0, max: 1_000_000}      // correlation: millionths
	unitQuant  = unit{places: 6, min: 1, max: 999_999}        // quantile: millionths, strictly inside (0, 1)
)

// sampler is a Dist resolved to its unit: integers, ready to draw without
// allocating.
type sampler struct {
	kind          Kind
	lo, mode, hi  int64
	pivot         float64 // triangular: (mode − lo) / (hi − lo)
	wLeft, wRight float64 // triangular: (hi − lo)(mode − lo), (hi − lo)(hi − mode)
}

// of converts v to a whole number of units, or an error.
func (u unit) of(v decimal.Decimal) (int64, error) {
	s := v.Shift(u.places)
	if !s.Equal(s.Truncate(0)) {
		return 0, fmt.Errorf("%w: %s has more than %d decimals", ErrPrecision, v, u.places)
	}
	if s.LessThan(decimal.NewFromInt(u.min)) || s.GreaterThan(decimal.NewFromInt(u.max)) {
		return 0, fmt.Errorf("%w: %s is not between %s and %s", ErrRange, v, decimal.New(u.min, -u.places), decimal.New(u.max, -u.places))
	}
	return s.IntPart(), nil
}

// resolve checks d against the unit and returns its sampler. Errors are
// [*budget.FieldError] values on field (".low", ".mode", ".high" or
// ".kind" below it).
func (d Dist) resolve(field string, u unit) (sampler, error) {
	var s sampler
	switch d.Kind {
	case KindPoint, KindUniform, KindTriangular:
	default:
		return s, &budget.FieldError{Field: field + ".kind", Err: fmt.Errorf("%w: %q (want %q, %q or %q)", ErrKind, string(d.Kind), KindPoint, KindUniform, KindTriangular)}
	}
	var err error
	if s.lo, err = u.of(d.Low); err != nil {
		return s, &budget.FieldError{Field: field + ".low", Err: err}
	}
	if s.hi, err = u.of(d.High); err != nil {
		return s, &budget.FieldError{Field: field + ".high", Err: err}
	}
	if s.mode, err = u.of(d.Mode); err != nil {
		return s, &budget.FieldError{Field: field + ".mode", Err: err}
	}
	s.kind = d.Kind
	switch d.Kind {
	case KindPoint:
		if s.lo != s.hi || s.mode != s.lo {
			return s, &budget.FieldError{Field: field + ".high", Err: fmt.Errorf("%w: a point has one value", ErrOrder)}
		}
	case KindUniform:
		if s.hi < s.lo {
			return s, &budget.FieldError{Field: field + ".high", Err: fmt.Errorf("%w: high %s is below low %s", ErrOrder, d.High, d.Low)}
		}
		s.mode = s.lo
	case KindTriangular:
		if s.mode < s.lo || s.hi < s.mode {
			return s, &budget.FieldError{Field: field + ".mode", Err: fmt.Errorf("%w: want low ≤ mode ≤ high, have %s, %s, %s", ErrOrder, d.Low, d.Mode, d.High)}
		}
		w := float64(s.hi - s.lo)
		if w > 0 {
			s.pivot = float64(s.mode-s.lo) / w
			s.wLeft = float64(w * float64(s.mode-s.lo))
			s.wRight = float64(w * float64(s.hi-s.mode))
		}
	}
	if s.lo == s.hi {
		s.kind = KindPoint
	}
	return s, nil
}

// at is the value, in units, at the random 64 bits x: the distribution's
// quantile at x/2⁶⁴, rounded to the unit. A uniform draws every unit from
// lo to hi with equal probability, in integers (Lemire's multiply-shift,
// without rejection: a bias below 10⁻⁸ for any range this package allows);
// a triangular inverts its distribution function in float64 and rounds to
// the nearest unit. Every float operation is written so that it is
// rounded on its own (no fused multiply-add can merge two of them), and
// sqrt is exact in IEEE 754: the same x gives the same unit on every
// platform.
func (s *sampler) at(x uint64) int64 {
	switch s.kind {
	case KindUniform:
		hi, _ := bits.Mul64(x, uint64(s.hi-s.lo+1))
		return s.lo + int64(hi)
	case KindTriangular:
		u := float64(x>>11) * 0x1p-53 // [0, 1), exact
		var v float64
		if u < s.pivot {
			v = float64(s.lo) + math.Sqrt(float64(u*s.wLeft))
		} else {
			v = float64(s.hi) - math.Sqrt(float64(float64(1-u)*s.wRight))
		}
		r := int64(math.Floor(float64(v + 0.5)))
		return min(max(r, s.lo), s.hi)
	}
	return s.lo
}

// varies reports whether the sampler can give more than one value.
func (s *sampler) varies() bool { return s.lo != s.hi }

// describe says in Dutch what d is, with the unit's words: "gelijk verdeeld
// tussen 50 % en 100 %".
func (d Dist) describe(format func(decimal.Decimal) string) string {
	switch d.Kind {
	case KindPoint:
		return "vast: " + format(d.Low)
	case KindUniform:
		return "gelijk verdeeld tussen " + format(d.Low) + " en " + format(d.High)
	case KindTriangular:
		return "driehoeksverdeling van " + format(d.Low) + " tot " + format(d.High) + ", meest waarschijnlijk " + format(d.Mode)
	}
	return string(d.Kind)
}
