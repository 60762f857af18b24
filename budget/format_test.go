package budget

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

func TestFormatEuro(t *testing.T) {
	const nb = "\u00a0"
	cases := []struct {
		in, cents, whole, en string
	}{
		{"1200000", "€" + nb + "1.200.000,00", "€" + nb + "1.200.000", "€1,200,000.00"},
		{"-150000", "€" + nb + "-150.000,00", "€" + nb + "-150.000", "-€150,000.00"},
		{"0", "€" + nb + "0,00", "€" + nb + "0", "€0.00"},
		{"999.995", "€" + nb + "1.000,00", "€" + nb + "1.000", "€1,000.00"},     // half away from zero
		{"-999.995", "€" + nb + "-1.000,00", "€" + nb + "-1.000", "-€1,000.00"}, // half away from zero
		{"0.5", "€" + nb + "0,50", "€" + nb + "1", "€0.50"},
		{"-0.5", "€" + nb + "-0,50", "€" + nb + "-1", "-€0.50"},
		{"-0.004", "€" + nb + "0,00", "€" + nb + "0", "€0.00"}, // no "-0,00"
		{"19", "€" + nb + "19,00", "€" + nb + "19", "€19.00"},
		{"123456789012.34", "€" + nb + "123.456.789.012,34", "€" + nb + "123.456.789.012", "€123,456,789,012.34"},
	}
	for _, c := range cases {
		d := dec(c.in)
		if got := FormatEuro(d); got != c.cents {
			t.Errorf("FormatEuro(%s) = %q, want %q", c.in, got, c.cents)
		}
		if got := FormatEuroWhole(d); got != c.whole {
			t.Errorf("FormatEuroWhole(%s) = %q, want %q", c.in, got, c.whole)
		}
		if got := English.Euro(d); got != c.en {
			t.Errorf("English.Euro(%s) = %q, want %q", c.in, got, c.en)
		}
	}
	if got := Dutch.Number(dec("0.35"), 2); got != "0,35" {
		t.Errorf("Dutch.Number(0.35) = %q", got)
	}
}

func TestParseAmount(t *testing.T) {
	ok := []struct{ in, want string }{
		{"1.200.000", "1200000"},
		{"1.200.000,50", "1200000.50"},
		{"€ 1.200.000,00", "1200000"},
		{"€\u00a01.200.000,00", "1200000"},
		{"-150.000", "-150000"},
		{"€ -150.000,00", "-150000"},
		{"-€ 150.000", "-150000"},
		{"€ 550.000,-", "550000"},
		{"150000", "150000"},
		{"150000.5", "150000.5"},
		{"1.5", "1.5"},
		{"1.500", "1500"},
		{"0,05", "0.05"},
		{" 42 ", "42"},
	}
	for _, c := range ok {
		got, err := ParseAmount(c.in)
		if err != nil || !got.Equal(dec(c.want)) {
			t.Errorf("ParseAmount(%q) = %s, %v; want %s", c.in, got, err, c.want)
		}
	}
	bad := []string{"1000000000000000", "€ 1.000.000.000.000.000,00", "", "€", "abc", "1,2,3", "1.20.000", "12.00.000,00", "1,234", "1e5", "--5", "-€-5", "1.000.000.5", "0x10", "+5", "5,", "NaN", "∞", "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0"}
	for _, in := range bad {
		if got, err := ParseAmount(in); !errors.Is(err, ErrBadAmount) {
			t.Errorf("ParseAmount(%q) = %s, %v; want ErrBadAmount", in, got, err)
		}
	}
}

func TestParseDecimal(t *testing.T) {
	for _, in := range []string{"0", "-150000", "550000.00", "0.35", "-0.001"} {
		if got, err := ParseDecimal(in); err != nil || !got.Equal(dec(in)) {
			t.Errorf("ParseDecimal(%q) = %s, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "-", ".5", "5.", "1e3", "+1", "1,5", " 1", "1.2.3", "12345678901234567890123456789012345678901"} {
		if _, err := ParseDecimal(in); !errors.Is(err, ErrBadAmount) {
			t.Errorf("ParseDecimal(%q) = %v, want ErrBadAmount", in, err)
		}
	}
}

// FuzzParseAmount: whatever the text, ParseAmount never panics, and an
// accepted amount survives formatting: formatting it in nl-NL with cents and
// parsing that again gives the same amount.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1.200.000", "€ 1.200.000,00", "-150.000", "€ 550.000,-", "150000.5", "1.5", "", "€", "1,2,3", "-€-5", "9999999999999999999999,99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseAmount(s)
		if err != nil {
			if !errors.Is(err, ErrBadAmount) {
				t.Fatalf("ParseAmount(%q) error %v does not wrap ErrBadAmount", s, err)
			}
			return
		}
		if !d.Equal(d.Round(2)) {
			t.Fatalf("ParseAmount(%q) = %s: more than two decimals", s, d)
		}
		back, err := ParseAmount(FormatEuro(d))
		if err != nil || !back.Equal(d) {
			t.Fatalf("ParseAmount(FormatEuro(%s)) = %s, %v", d, back, err)
		}
		// Every locale reads back what it shows, with cents and whole.
		for _, l := range []Locale{Dutch, English} {
			for _, shown := range []string{l.Euro(d), l.EuroWhole(d)} {
				back, err := l.ParseAmount(shown)
				want := d
				if shown == l.EuroWhole(d) {
					want = d.Round(0)
					if len(want.Abs().String()) > MaxAmountDigits {
						continue // rounding up to whole euros left the accepted range
					}
				}
				if err != nil || !back.Equal(want) {
					t.Fatalf("%s.ParseAmount(%q) = %s, %v; want %s", l, shown, back, err, want)
				}
			}
		}
		// And English input that parses is an amount to the cent.
		if e, err := English.ParseAmount(s); err == nil && !e.Equal(e.Round(2)) {
			t.Fatalf("English.ParseAmount(%q) = %s: more than two decimals", s, e)
		}
	})
}

// TestEnglishParseAmount: the regression of issue 10 ("150,000.50" shown in
// English was rejected when typed back).
func TestEnglishParseAmount(t *testing.T) {
	for in, want := range map[string]string{
		"€150,000.50": "150000.50", "150,000.50": "150000.50", "-€150,000.00": "-150000", "€1,200,000": "1200000",
		"150000.5": "150000.5", "€ 0.99": "0.99",
	} {
		got, err := English.ParseAmount(in)
		if err != nil || !got.Equal(decimal.RequireFromString(want)) {
			t.Errorf("English.ParseAmount(%q) = %s, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"150,00.50", "1,2", "150000.505", "€", "1.200.000,00", "150000."} {
		if got, err := English.ParseAmount(in); err == nil {
			t.Errorf("English.ParseAmount(%q) = %s, want an error", in, got)
		}
	}
}

// TestBalance: unsigned, whole euros; a shortfall is never rounded away
// (found in review: −0,40 printed "€ 0 over").
func TestBalance(t *testing.T) {
	for in, want := range map[string][2]string{
		"1621738.33": {"€\u00a01.621.738 over", "€1,621,738 surplus"},
		"-78249.56":  {"€\u00a078.250 tekort", "€78,250 short"},
		"-0.40":      {"minder dan €\u00a01 tekort", "less than €1 short"},
		"-0.50":      {"€\u00a01 tekort", "€1 short"},
		"0":          {"€\u00a00 over", "€0 surplus"},
		"0.49":       {"€\u00a00 over", "€0 surplus"},
	} {
		d := decimal.RequireFromString(in)
		if got := Dutch.Balance(d); got != want[0] {
			t.Errorf("Dutch.Balance(%s) = %q, want %q", in, got, want[0])
		}
		if got := English.Balance(d); got != want[1] {
			t.Errorf("English.Balance(%s) = %q, want %q", in, got, want[1])
		}
	}
}

// TestParseAmountLeadingZeroGroup: "0.500" is not 500 (found in review: a
// first group of 0 read as thousands, a 1000× misreading).
func TestParseAmountLeadingZeroGroup(t *testing.T) {
	for _, l := range []Locale{Dutch, English} {
		for _, in := range []string{"0.500", "€ 0.125", "0,500", "012.345"} {
			if got, err := l.ParseAmount(in); err == nil && got.GreaterThan(decimal.NewFromInt(1)) {
				t.Errorf("%s.ParseAmount(%q) = %s", l, in, got)
			}
		}
	}
	if got, err := ParseAmount("0,50"); err != nil || !got.Equal(decimal.RequireFromString("0.5")) {
		t.Errorf("ParseAmount(0,50) = %s, %v", got, err)
	}
}

func TestPercent(t *testing.T) {
	for in, want := range map[string][2]string{
		"0.35": {"35 %", "35 %"}, "0.355": {"35,5 %", "35.5 %"}, "-0.25": {"-25 %", "-25 %"}, "1": {"100 %", "100 %"}, "0.50": {"50 %", "50 %"},
	} {
		d := decimal.RequireFromString(in)
		if got := Dutch.Percent(d); got != want[0] {
			t.Errorf("Dutch.Percent(%s) = %q, want %q", in, got, want[0])
		}
		if got := English.Percent(d); got != want[1] {
			t.Errorf("English.Percent(%s) = %q, want %q", in, got, want[1])
		}
	}
}
