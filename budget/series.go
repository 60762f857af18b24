package budget

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/internal/datafile"

	"github.com/shopspring/decimal"
)

// Point is one published amount for one year.
type Point struct {
	Year   Year
	Amount decimal.Decimal
}

// Series holds amounts per year: explicit years, plus an optional open-ended
// structural tail ("vanaf 2023 € 1,2 miljoen per jaar"). A year that is
// neither explicit nor covered by the tail is unknown: [Series.At] returns
// false for it, never a zero amount.
//
// The zero Series knows no year. Series values are immutable: every method
// that changes something returns a new Series.
type Series struct {
	pts      []Point // sorted by year, one point per year
	tailFrom Year
	tailAmt  decimal.Decimal
	hasTail  bool
}

// SeriesOf returns a series with the given explicit years and no tail.
func SeriesOf(amounts map[Year]decimal.Decimal) Series {
	var s Series
	for y, a := range amounts {
		s = s.With(y, a)
	}
	return s
}

// Each returns a series of amount in every year from `from` on, open-ended:
// the form of "vanaf 2023 € 1,2 miljoen".
func Each(from Year, amount decimal.Decimal) Series {
	return Series{tailFrom: from, tailAmt: amount, hasTail: true}
}

// With returns a copy of s that holds amount for year y. An explicit year
// takes precedence over the tail.
func (s Series) With(y Year, amount decimal.Decimal) Series {
	i, found := slices.BinarySearchFunc(s.pts, y, func(p Point, y Year) int { return int(p.Year - y) })
	pts := make([]Point, 0, len(s.pts)+1)
	pts = append(pts, s.pts[:i]...)
	pts = append(pts, Point{y, amount})
	if found {
		i++
	}
	pts = append(pts, s.pts[i:]...)
	s.pts = pts
	return s
}

// From returns a copy of s with an open-ended tail: amount in every year from
// `from` on that has no explicit amount.
func (s Series) From(from Year, amount decimal.Decimal) Series {
	s.tailFrom, s.tailAmt, s.hasTail = from, amount, true
	return s
}

// At returns the amount for year y, and false when no amount is known for y.
// An unknown year is not a zero amount.
func (s Series) At(y Year) (decimal.Decimal, bool) {
	for _, p := range s.pts {
		if p.Year == y {
			return p.Amount, true
		}
		if p.Year > y {
			break
		}
	}
	if s.hasTail && y >= s.tailFrom {
		return s.tailAmt, true
	}
	return decimal.Decimal{}, false
}

// Points returns the explicit years and their amounts, in year order.
func (s Series) Points() []Point { return slices.Clone(s.pts) }

// Tail returns the open-ended tail: from which year on, which amount, and
// whether the series has one.
func (s Series) Tail() (from Year, amount decimal.Decimal, ok bool) {
	return s.tailFrom, s.tailAmt, s.hasTail
}

// IsZero reports whether s knows no year at all.
func (s Series) IsZero() bool { return len(s.pts) == 0 && !s.hasTail }

// Equal reports whether s and t know the same years with equal amounts
// (decimal equality: 1.0 equals 1.00). go-cmp uses it.
func (s Series) Equal(t Series) bool {
	if len(s.pts) != len(t.pts) || s.hasTail != t.hasTail {
		return false
	}
	for i := range s.pts {
		if s.pts[i].Year != t.pts[i].Year || !s.pts[i].Amount.Equal(t.pts[i].Amount) {
			return false
		}
	}
	return !s.hasTail || (s.tailFrom == t.tailFrom && s.tailAmt.Equal(t.tailAmt))
}

// Scale returns s with every amount multiplied by f, exactly.
func (s Series) Scale(f decimal.Decimal) Series {
	out := Series{tailFrom: s.tailFrom, hasTail: s.hasTail, tailAmt: s.tailAmt.Mul(f)}
	out.pts = make([]Point, len(s.pts))
	for i, p := range s.pts {
		out.pts[i] = Point{p.Year, p.Amount.Mul(f)}
	}
	return out
}

// String renders s for logs and test failures, e.g.
// "2022: 900000, vanaf 2023: 1200000".
func (s Series) String() string {
	var parts []string
	for _, p := range s.pts {
		parts = append(parts, fmt.Sprintf("%d: %s", p.Year, p.Amount))
	}
	if s.hasTail {
		parts = append(parts, fmt.Sprintf("vanaf %d: %s", s.tailFrom, s.tailAmt))
	}
	if len(parts) == 0 {
		return "(geen bedragen)"
	}
	return strings.Join(parts, ", ")
}

// MarshalJSON encodes s in the documented form (see [Series.UnmarshalJSON]).
func (s Series) MarshalJSON() ([]byte, error) { return s.appendJSON(nil), nil }

// appendJSON appends the JSON form of s to b, as [Series.MarshalJSON]
// writes it.
func (s Series) appendJSON(b []byte) []byte {
	b = append(b, '{')
	if len(s.pts) > 0 {
		b = append(b, `"years":{`...)
		for i, p := range s.pts {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '"')
			b = strconv.AppendInt(b, int64(p.Year), 10)
			b = append(b, '"', ':', '"')
			b = datafile.AppendDecimal(b, p.Amount)
			b = append(b, '"')
		}
		b = append(b, '}')
	}
	if s.hasTail {
		b = datafile.AppendKey(b, "from")
		b = append(b, `{"year":`...)
		b = strconv.AppendInt(b, int64(s.tailFrom), 10)
		b = append(b, `,"amount":"`...)
		b = datafile.AppendDecimal(b, s.tailAmt)
		b = append(b, '"', '}')
	}
	return append(b, '}')
}

// UnmarshalJSON decodes the form
//
//	{"years": {"2022": "900000.00"}, "from": {"year": 2023, "amount": "1200000.00"}}
//
// Both keys are optional. Years must lie within [MinYear, MaxYear]; amounts
// are decimal strings in machine form ([ParseDecimal]: digits, an optional
// minus sign and decimal point, any number of decimals — a ramp needs
// fractions, money is checked to the cent by whoever takes the series).
// Unknown or duplicate keys are errors. A failure is a [*FieldError] naming
// the offending key (a map value by its key: "years.2024").
func (s *Series) UnmarshalJSON(data []byte) error {
	return datafile.Parse(data, s.decodeJSON)
}

// decodeJSON reads s in the form [Series.UnmarshalJSON] documents from the
// module's strict single-pass reader; the readers of other packages (the
// loaders, scenario.ParseInput) reach it through UnmarshalJSON
// ([datafile.Reader.Unmarshal]).
func (s *Series) decodeJSON(r *datafile.Reader) error {
	var out Series
	err := r.Object(func(key string) error {
		switch key {
		case "years":
			return r.Object(func(k string) error {
				a, null, err := r.Text()
				if err != nil {
					return err
				}
				y, err := ParseYear(k)
				if err != nil {
					return datafile.Keyed(&FieldError{Field: strings.Clone(k), Err: err})
				}
				if null {
					a = ""
				}
				d, err := ParseDecimal(a)
				if err != nil {
					return datafile.Keyed(&FieldError{Field: strings.Clone(k), Err: err})
				}
				if n := len(out.pts); n == 0 || out.pts[n-1].Year < y {
					out.pts = append(out.pts, Point{y, d}) // the usual order: no copy
				} else {
					out = out.With(y, d)
				}
				return nil
			})
		case "from":
			if r.Null() {
				return nil
			}
			var y int64
			var amount string
			if err := r.Object(func(key string) error {
				var err error
				switch key {
				case "year":
					y, err = r.Int(strconv.IntSize)
				case "amount":
					amount, _, err = r.Text()
				default:
					return r.Unknown()
				}
				return err
			}); err != nil {
				return err
			}
			if !Year(y).Valid() {
				return &FieldError{Field: "year", Err: fmt.Errorf("%w: %d is outside %d–%d", ErrBadYear, y, MinYear, MaxYear)}
			}
			a, err := ParseDecimal(amount)
			if err != nil {
				return &FieldError{Field: "amount", Err: err}
			}
			out = out.From(Year(y), a)
			return nil
		}
		return r.Unknown()
	})
	if err != nil {
		return err
	}
	*s = out
	return nil
}
