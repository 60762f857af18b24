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
