package datafile

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

func TestAppendDecimal(t *testing.T) {
	check := func(d decimal.Decimal) {
		t.Helper()
		if got, want := string(AppendDecimal(nil, d)), d.String(); got != want {
			t.Fatalf("AppendDecimal(%v, exp %d) = %s, want %s", d.Coefficient(), d.Exponent(), got, want)
		}
	}
	for _, s := range []string{"0", "-0", "0.00", "1", "-1", "10", "100.00", "0.5", "-0.05", "0.001000", "123456789012345678", "-999999999999999.99",
		"1234567890123456789012345", "0.0000000000000000000001", "-550000.00", "1e5", "-3e2"} {
		check(decimal.RequireFromString(s))
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		v := r.Int64N(2_000_000_000_000_000_000) - 1_000_000_000_000_000_000
		v >>= r.IntN(60)
		check(decimal.New(v, int32(r.IntN(30)-22)))
	}
}

func FuzzAppendDecimal(f *testing.F) {
	f.Add(int64(-55000000), int32(-2))
	f.Fuzz(func(t *testing.T, v int64, exp int32) {
		if exp > 1000 || exp < -1000 {
			return
		}
		d := decimal.New(v, exp)
		if got, want := string(AppendDecimal(nil, d)), d.String(); got != want {
			t.Fatalf("AppendDecimal(%d, %d) = %s, want %s", v, exp, got, want)
		}
	})
}
