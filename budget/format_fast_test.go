package budget

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

func checkDigits(t *testing.T, d decimal.Decimal, places int32) {
	t.Helper()
	for _, l := range []Locale{Dutch, English} {
		gb, gn := l.appendDigits([]byte("x"), d, places)
		wb, wn := l.appendDigitsBig([]byte("x"), d, places)
		gs, ws := string(gb), string(wb)
		if gn != wn || gs != ws {
			t.Fatalf("digits(%s, %d) = %v %q, want %v %q", d, places, gn, gs, wn, ws)
		}
	}
}

func TestDigitsInt64(t *testing.T) {
	for _, s := range []string{"0", "-0.4", "-0.5", "0.5", "1.005", "-1.005", "2.5", "-2.5", "999.995", "-999.995", "1234567.891", "0.000001", "-150000", "1e5", "99999999999999999", "12345678901234567.5"} {
		for p := int32(0); p <= 3; p++ {
			checkDigits(t, decimal.RequireFromString(s), p)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		v := r.Int64N(200_000_000_000_000_000) - 100_000_000_000_000_000
		v >>= r.IntN(60)
		checkDigits(t, decimal.New(v, int32(r.IntN(30)-20)), int32(r.IntN(5)))
	}
}

func FuzzDigitsInt64(f *testing.F) {
	f.Add(int64(-150000005), int32(-3), int32(2))
	f.Fuzz(func(t *testing.T, v int64, exp, places int32) {
		if exp < -100 || exp > 100 || places < 0 || places > 8 {
			return
		}
		checkDigits(t, decimal.New(v, exp), places)
	})
}
