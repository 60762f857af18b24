package scenario

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
)

func randomDecimal(r *rand.Rand) decimal.Decimal {
	var c int64
	switch r.IntN(4) {
	case 0:
		c = r.Int64N(100)
	case 1:
		c = r.Int64N(1e12)
	case 2:
		c = r.Int64N(1e18)
	default:
		c = r.Int64()
	}
	if r.IntN(2) == 0 {
		c = -c
	}
	switch r.IntN(6) {
	case 0:
		return decimal.Decimal{}
	case 1:
		return decimal.New(0, -int32(r.IntN(4)))
	}
	return decimal.New(c, int32(r.IntN(25))-20)
}

// The int64 sums give exactly what the decimal methods give, down to the
// representation.
func TestExactSumsMatchDecimal(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 200000; n++ {
		a, b, c, d := randomDecimal(r), randomDecimal(r), randomDecimal(r), randomDecimal(r)
		if r.IntN(3) == 0 {
			b = a // equal terms: a zero difference
		}
		if got, want := sub2(a, b), a.Sub(b); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s − %s = %s (%d), want %s (%d)", a, b, got, got.Exponent(), want, want.Exponent())
		}
		if got, want := netOf(a, b, c, d), a.Sub(b.Add(c).Add(d)); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s − (%s + %s + %s) = %s (%d), want %s (%d)", a, b, c, d, got, got.Exponent(), want, want.Exponent())
		}
	}
}
