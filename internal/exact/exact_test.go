package exact

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// TestScaled: Scaled(a, places) is a × 10^places whenever that is a whole
// number within int64, and false otherwise.
func TestScaled(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 12))
	limit := decimal.NewFromInt(math.MaxInt64)
	for range 20000 {
		a := decimal.New(r.Int64N(2_000_000_000_000_000_000)-1_000_000_000_000_000_000, int32(r.IntN(30))-20)
		if r.IntN(4) == 0 {
			a = decimal.New(r.Int64N(2000)-1000, int32(r.IntN(10))-5)
		}
		places := int32(r.IntN(14))
		want := a.Shift(places)
		whole := want.Equal(want.Truncate(0)) && want.Abs().LessThanOrEqual(limit)
		got, ok := Scaled(a, places)
		if ok != whole || ok && !decimal.NewFromInt(got).Equal(want) {
			t.Fatalf("Scaled(%s, %d) = %d, %v; want %s, %v", a, places, got, ok, want, whole)
		}
	}
}

// TestMulPow10 at the edges of int64: 922.337.203.685.477.580 × 10 fits
// (9.223.372.036.854.775.800 ≤ MaxInt64 = 9.223.372.036.854.775.807), one
// more does not; 10^18 fits, 10^19 does not.
func TestMulPow10(t *testing.T) {
	for _, c := range []struct {
		v    int64
		n    int
		want int64
		ok   bool
	}{
		{922_337_203_685_477_580, 1, 9_223_372_036_854_775_800, true},
		{922_337_203_685_477_581, 1, 0, false},
		{-922_337_203_685_477_580, 1, -9_223_372_036_854_775_800, true},
		{1, 18, 1_000_000_000_000_000_000, true},
		{1, 19, 0, false},
		{0, 40, 0, true},
		{7, 0, 7, true},
		{-12, 3, -12_000, true},
	} {
		got, ok := MulPow10(c.v, c.n)
		if got != c.want || ok != c.ok {
			t.Errorf("MulPow10(%d, %d) = %d, %v; want %d, %v", c.v, c.n, got, ok, c.want, c.ok)
		}
	}
	if Pow10(MaxPow10) != 10_000_000_000_000_000_000 {
		t.Errorf("Pow10(MaxPow10) = %d", Pow10(MaxPow10))
	}
}
