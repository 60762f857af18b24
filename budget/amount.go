package budget

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/internal/datafile"
	"github.com/hilversum/sociaaldomein/internal/exact"

	"github.com/shopspring/decimal"
)

// Amount is one figure of a result that may be unknown or pro memorie: the
// one type for "a value, or not known, with or without a pm part" in every
// package, so that no caller has to carry a value and a bool side by side
// and nobody can read an unknown figure as zero by accident.
//
//	Known  PM     meaning
//	true   false  Value is the whole amount
//	true   true   Value is the known part; a pm part is left out ("+ pm")
//	false  true   the whole amount is pro memorie
//	false  false  nobody published an amount for this year
type Amount struct {
	Value decimal.Decimal // meaningful only when Known
	Known bool
	PM    bool
}

// KnownAmount returns a known amount.
func KnownAmount(v decimal.Decimal) Amount { return Amount{Value: v, Known: true} }

// PMAmount returns an amount that is pro memorie as a whole.
func PMAmount() Amount { return Amount{PM: true} }

// Range is a result that depends on assumptions: Low is its pessimistic
// end, High its optimistic end, Central the chosen assumption in between.
// None of the three is a figure a seed prints: each end is an assumption,
// and whoever shows a Range shows what the ends assume. Known false means a
// part of the result is unknown for the year (then the ends are zero and
// mean nothing).
type Range struct {
	Low, Central, High decimal.Decimal
	Known              bool
}

// KnownRange returns a known range.
func KnownRange(low, central, high decimal.Decimal) Range {
	return Range{Low: low, Central: central, High: high, Known: true}
}

// Equal reports whether r and s are the same range: both unknown, or both
// known with equal ends.
func (r Range) Equal(s Range) bool {
	if !r.Known || !s.Known {
		return r.Known == s.Known
	}
	return r.Low.Equal(s.Low) && r.Central.Equal(s.Central) && r.High.Equal(s.High)
}

// Collapsed reports whether the range is one value: its ends are equal.
func (r Range) Collapsed() bool { return r.Known && r.Low.Equal(r.High) }

// Balance formats d, a result against a target (positive = more than the
// target), as a resident reads it: "€ 1.621.738 over" or "€ 78.250 tekort"
// ("€ 1,621,738 surplus" / "€ 78,250 short"), in whole euros and never
// signed. A shortfall is never rounded away: under one euro short is
// "minder dan € 1 tekort" ("less than €1 short"); exactly the target, or
// less than half a euro over, is "€ 0 over".
func (l Locale) Balance(d decimal.Decimal) string { return string(l.AppendBalance(nil, d)) }

// AppendBalance appends [Locale.Balance] of d to b.
func (l Locale) AppendBalance(b []byte, d decimal.Decimal) []byte {
	en := l == English
	var buf [48]byte
	digits, _ := l.appendDigits(buf[:0], d, 0) // |d| in whole euros
	if d.IsNegative() {
		if string(digits) == "0" {
			if en {
				return append(l.AppendEuroWhole(append(b, "less than "...), decimal.NewFromInt(1)), " short"...)
			}
			return append(l.AppendEuroWhole(append(b, "minder dan "...), decimal.NewFromInt(1)), " tekort"...)
		}
		if en {
			return append(l.appendSigned(b, digits, false), " short"...)
		}
		return append(l.appendSigned(b, digits, false), " tekort"...)
	}
	if en {
		return append(l.appendSigned(b, digits, false), " surplus"...)
	}
	return append(l.appendSigned(b, digits, false), " over"...)
}

// WithPM formats an amount in whole euros with its pm part: "€ 500.000 +
// pm" for a known part plus pm, "pm" for an amount that is pm as a whole,
// "onbekend" ("unknown") when nothing is known. The one "+ pm" formatter.
func (l Locale) WithPM(a Amount) string {
	switch {
	case a.Known && a.PM:
		return l.EuroWhole(a.Value) + " + pm"
	case a.Known:
		return l.EuroWhole(a.Value)
	case a.PM:
		return "pm"
	case l == English:
		return "unknown"
	}
	return "onbekend"
}

// MarshalJSON writes {"known":true,"value":"550000","pm":true}; an unknown
// amount has no value. The value is a decimal string, never a JSON number.
func (a Amount) MarshalJSON() ([]byte, error) { return a.AppendJSON(nil), nil }

// AppendJSON appends the JSON form of a to b, as [Amount.MarshalJSON]
// writes it, in the manner of [strconv.AppendInt]. It exists for speed: a
// writer of a larger document (scenario.Outcome's, one amount per part of
// every year) appends each amount to its own buffer instead of allocating
// one per MarshalJSON call.
func (a Amount) AppendJSON(b []byte) []byte {
	if !a.Known {
		b = append(b, `{"known":false`...)
	} else {
		b = append(b, `{"known":true,"value":"`...)
		b = datafile.AppendDecimal(b, a.Value)
		b = append(b, '"')
	}
	if a.PM {
		b = append(b, `,"pm":true`...)
	}
	return append(b, '}')
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (a *Amount) UnmarshalJSON(data []byte) error {
	return datafile.Parse(data, a.decodeJSON)
}

// decodeJSON reads a in the form [Amount.MarshalJSON] writes from the
// module's strict single-pass reader.
func (a *Amount) decodeJSON(r *datafile.Reader) error {
	var out Amount
	var value string
	hasValue := false
	if err := r.Object(func(key string) error {
		var err error
		switch key {
		case "known":
			out.Known, err = r.Bool()
		case "pm":
			out.PM, err = r.Bool()
		case "value":
			var null bool
			value, null, err = r.Text()
			hasValue = !null
		default:
			return r.Unknown()
		}
		return err
	}); err != nil {
		return err
	}
	switch {
	case out.Known && !hasValue:
		return &FieldError{Field: "value", Err: ErrMissing}
	case !out.Known && hasValue:
		return &FieldError{Field: "value", Err: fmt.Errorf("%w: an unknown amount has no value", ErrBadAmount)}
	case hasValue:
		d, err := ParseDecimal(value)
		if err != nil {
			return &FieldError{Field: "value", Err: err}
		}
		out.Value = d
	}
	*a = out
	return nil
}

// MarshalJSON writes {"known":true,"low":"…","central":"…","high":"…"},
// or {"known":false}.
func (r Range) MarshalJSON() ([]byte, error) { return r.AppendJSON(nil), nil }

// AppendJSON appends the JSON form of r to b, as [Range.MarshalJSON]
// writes it, in the manner of [strconv.AppendInt]. It exists for speed: a
// writer of a larger document (scenario.Outcome's, three ranges in every
// year) appends each range to its own buffer instead of allocating one per
// MarshalJSON call.
func (r Range) AppendJSON(b []byte) []byte {
	if !r.Known {
		return append(b, `{"known":false}`...)
	}
	b = append(b, `{"known":true,"low":"`...)
	b = datafile.AppendDecimal(b, r.Low)
	b = append(b, `","central":"`...)
	b = datafile.AppendDecimal(b, r.Central)
	b = append(b, `","high":"`...)
	b = datafile.AppendDecimal(b, r.High)
	return append(b, '"', '}')
}

// UnmarshalJSON reads the form MarshalJSON writes.
func (r *Range) UnmarshalJSON(data []byte) error {
	return datafile.Parse(data, r.decodeJSON)
}

// decodeJSON reads r in the form [Range.MarshalJSON] writes from the
// module's strict single-pass reader.
func (r *Range) decodeJSON(rd *datafile.Reader) error {
	var known bool
	var ends [3]*string
	names := [3]string{"low", "central", "high"}
	if err := rd.Object(func(key string) error {
		if key == "known" {
			var err error
			known, err = rd.Bool()
			return err
		}
		for i, n := range names {
			if key == n {
				s, null, err := rd.Text()
				if err == nil && !null {
					ends[i] = &s
				}
				return err
			}
		}
		return rd.Unknown()
	}); err != nil {
		return err
	}
	if !known {
		if ends[0] != nil || ends[1] != nil || ends[2] != nil {
			return &FieldError{Field: "known", Err: fmt.Errorf("%w: an unknown range has no ends", ErrBadAmount)}
		}
		*r = Range{}
		return nil
	}
	out := Range{Known: true}
	for i, d := range []*decimal.Decimal{&out.Low, &out.Central, &out.High} {
		if ends[i] == nil {
			return &FieldError{Field: names[i], Err: ErrMissing}
		}
		v, err := ParseDecimal(*ends[i])
		if err != nil {
			return &FieldError{Field: names[i], Err: err}
		}
		*d = v
	}
	*r = out
	return nil
}

// MaxAmountDigits bounds the euros of any amount the project reads: under
// 10^15 euro is far beyond any municipal budget, every accepted amount
// formats with cents ([Locale.Euro]) to text [ParseAmount] accepts again
// (rounded to whole euros, 999.999.999.999.999,50 becomes 10^15, which it
// refuses), and exact integer paths have room to compute with it.
const MaxAmountDigits = 15

// maxCents is 10^MaxAmountDigits euro in cents.
const maxCents = 100 * 1_000_000_000_000_000

// CheckAmount reports an amount that is not exact to the cent or has more
// than [MaxAmountDigits] digits of euros, wrapping [ErrBadAmount]: the one
// rule for an amount of money, whoever reads it.
func CheckAmount(a decimal.Decimal) error {
	_, err := Cents(a)
	return err
}

// Cents returns a in whole cents, or the error of [CheckAmount]: the door
// from an amount to the exact integer paths. An int64 holds every amount
// the rule accepts, with room to add ninety of them.
func Cents(a decimal.Decimal) (int64, error) {
	if c, ok := exact.Scaled(a, 2); ok && c > -maxCents && c < maxCents {
		return c, nil
	}
	if !a.Equal(a.Round(2)) {
		return 0, fmt.Errorf("%w: %s has more than two decimals (an amount is exact to the cent)", ErrBadAmount, a)
	}
	return 0, fmt.Errorf("%w: %s has more than %d digits before the decimal point", ErrBadAmount, a, MaxAmountDigits)
}

// CheckAmounts applies [CheckAmount] to every amount of s; the error is a
// [*FieldError] naming it in the JSON form ("years.2024", "from.amount").
func (s Series) CheckAmounts() error {
	for _, p := range s.pts {
		if err := CheckAmount(p.Amount); err != nil {
			return &FieldError{Field: "years." + p.Year.String(), Err: err}
		}
	}
	if s.hasTail {
		if err := CheckAmount(s.tailAmt); err != nil {
			return &FieldError{Field: "from.amount", Err: err}
		}
	}
	return nil
}
