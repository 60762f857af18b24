package budget

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

func TestSeriesAt(t *testing.T) {
	s := SeriesOf(map[Year]decimal.Decimal{2022: dec("900000")}).From(2023, dec("1200000"))
	s = s.With(2025, dec("1000000")) // an explicit year overrides the tail
	cases := []struct {
		y     Year
		want  string
		known bool
	}{
		{2021, "", false}, {2022, "900000", true}, {2023, "1200000", true},
		{2024, "1200000", true}, {2025, "1000000", true}, {2026, "1200000", true},
	}
	for _, c := range cases {
		got, ok := s.At(c.y)
		if ok != c.known || (ok && !got.Equal(dec(c.want))) {
			t.Errorf("At(%d) = %s, %v; want %s, %v", c.y, got, ok, c.want, c.known)
		}
	}
	var zero Series
	if _, ok := zero.At(2024); ok || !zero.IsZero() {
		t.Error("the zero Series must know no year")
	}
	// With must not change the receiver.
	base := SeriesOf(map[Year]decimal.Decimal{2024: dec("1")})
	_ = base.With(2024, dec("2"))
	if got, _ := base.At(2024); !got.Equal(dec("1")) {
		t.Errorf("With changed its receiver: At(2024) = %s", got)
	}
}

func TestSeriesJSONRoundTrip(t *testing.T) {
	for _, s := range []Series{
		{},
		Each(2023, dec("1200000.00")),
		SeriesOf(map[Year]decimal.Decimal{2024: dec("100000.00"), 2025: dec("-0.01")}),
		SeriesOf(map[Year]decimal.Decimal{2022: dec("900000")}).From(2023, dec("1200000")),
	} {
		data, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back Series
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", data, err)
		}
		if !back.Equal(s) {
			t.Errorf("round trip of %v gave %v (via %s)", s, back, data)
		}
	}
}

func TestSeriesJSONErrors(t *testing.T) {
	cases := []struct {
		in    string
		field string
		is    error
	}{
		{`{"years":{"2024":100000}}`, "years.2024", ErrSyntax},   // a JSON number, not a decimal string: the map value is named
		{`{"years":{"2024":"1e5"}}`, "years.2024", ErrBadAmount}, // no exponents
		{`{"years":{"24":"1"}}`, "years.24", ErrBadYear},         // not a valid year
		{`{"years":{"2024":"1","2024":"2"}}`, "years.2024", ErrDuplicateKey},
		{`{"year":{"2024":"1"}}`, "year", ErrUnknownField},
		{`{"from":{"year":2023,"amount":"1","until":2030}}`, "from.until", ErrUnknownField},
		{`{"from":{"year":99999,"amount":"1"}}`, "from.year", ErrBadYear},
		{`{"from":{"year":2023,"amount":"1,2"}}`, "from.amount", ErrBadAmount},
	}
	for _, c := range cases {
		var s Series
		err := json.Unmarshal([]byte(c.in), &s)
		var fe *FieldError
		if !errors.As(err, &fe) {
			t.Errorf("Unmarshal(%s) = %v, want a *FieldError", c.in, err)
			continue
		}
		if fe.Field != c.field || !errors.Is(err, c.is) {
			t.Errorf("Unmarshal(%s) = field %q, %v; want field %q wrapping %v", c.in, fe.Field, err, c.field, c.is)
		}
	}
}

func TestSeriesScale(t *testing.T) {
	s := SeriesOf(map[Year]decimal.Decimal{2022: dec("900000")}).From(2023, dec("1200000")).Scale(dec("0.35"))
	for y, want := range map[Year]string{2022: "315000", 2023: "420000", 2031: "420000"} {
		if got, ok := s.At(y); !ok || !got.Equal(dec(want)) {
			t.Errorf("scaled At(%d) = %s, %v; want %s", y, got, ok, want)
		}
	}
}

// TestCents: an amount in whole cents by the one amount rule; what the rule
// refuses is an ErrBadAmount (values written out by hand).
func TestCents(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1234.56", 123456, true},
		{"-1234500", -123450000, true},
		{"0", 0, true},
		{"5E+3", 500000, true},
		{"999999999999999.99", 99999999999999999, true},
		{"-999999999999999.99", -99999999999999999, true},
		{"1000000000000000", 0, false}, // 10^15 euro: 16 digits
		{"0.001", 0, false},
		{"12.345", 0, false},
	} {
		got, err := Cents(decimal.RequireFromString(c.in))
		if got != c.want || (err == nil) != c.ok || err != nil && !errors.Is(err, ErrBadAmount) {
			t.Errorf("Cents(%s) = %d, %v; want %d, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}
