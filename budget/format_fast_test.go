package budget

import (
	"math"
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

// FuzzSum: Sum's int64 path gives the decimal that adding the amounts with
// decimal.Add from decimal.Decimal{} gives — the same value and the same
// exponent — for amounts of any size and scale, PM lines left out.
func FuzzSum(f *testing.F) {
	f.Add(int64(550000), int32(0), int64(-12345), int32(-2), int64(7), int32(3), false)
	f.Add(int64(math.MaxInt64), int32(-2), int64(math.MaxInt64), int32(-2), int64(1), int32(-20), true)
	f.Fuzz(func(t *testing.T, a int64, ea int32, b int64, eb int32, c int64, ec int32, pm bool) {
		if ea < -40 || ea > 40 || eb < -40 || eb > 40 || ec < -40 || ec > 40 {
			return
		}
		y := Year(2024)
		ds := []decimal.Decimal{decimal.New(a, ea), decimal.New(b, eb), decimal.New(c, ec)}
		var lines []Line
		want := decimal.Decimal{}
		for i, d := range ds {
			lines = append(lines, Line{Amounts: SeriesOf(map[Year]decimal.Decimal{y: d})})
			if i == 1 && pm {
				lines[i] = Line{PM: true}
				continue
			}
			want = want.Add(d)
		}
		got := Sum(lines, y)
		if !got.Known || got.Amount.Cmp(want) != 0 || got.Amount.Exponent() != want.Exponent() {
			t.Fatalf("Sum(%v, pm %v) = %v (exp %d), want %v (exp %d)", ds, pm, got.Amount, got.Amount.Exponent(), want, want.Exponent())
		}
	})
}
