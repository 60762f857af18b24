// Package exact holds the one door from decimals to the exact integer
// paths of budget, regional and scenario.
package exact

import (
	"math"

	"github.com/shopspring/decimal"
)

// Scaled returns a × 10^places as an int64 — an amount in cents for
// places 2 — and false when that is not a whole number or does not fit
// int64: the door from decimals to the exact integer paths.
func Scaled(a decimal.Decimal, places int32) (int64, bool) {
	if a.NumDigits() > 18 {
		// Rare (trailing zeros, or near the limits): exactly, in big.Int.
		s := a.Shift(places)
		b := s.BigInt()
		return b.Int64(), s.IsInteger() && b.IsInt64()
	}
	c, e := a.CoefficientInt64(), a.Exponent()
	for ; e < -places; e++ {
		if c%10 != 0 {
			return 0, false
		}
		c /= 10
	}
	for ; e > -places; e-- {
		if c > math.MaxInt64/10 || c < math.MinInt64/10 {
			return 0, false
		}
		c *= 10
	}
	return c, true
}
