// Package exact holds the one door from decimals to the exact integer
// paths of budget, regional and scenario, and the powers of ten they
// scale by.
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
	if e > -places {
		return MulPow10(c, int(e+places))
	}
	return c, true
}

// pow10 are the powers of ten a uint64 holds.
var pow10 = [...]uint64{
	1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// Pow10 returns 10^n for 0 ≤ n ≤ [MaxPow10].
func Pow10(n int) uint64 { return pow10[n] }

// MaxPow10 is the largest n of [Pow10]: 10^19 is the largest power of ten
// a uint64 holds (an int64 holds 10^18).
const MaxPow10 = len(pow10) - 1

// MulPow10 returns v·10^n for n ≥ 0, and false when that overflows an
// int64.
func MulPow10(v int64, n int) (int64, bool) {
	if n == 0 || v == 0 {
		return v, true
	}
	if n > 18 {
		return 0, false
	}
	p := int64(pow10[n])
	if v > math.MaxInt64/p || v < -math.MaxInt64/p {
		return 0, false
	}
	return v * p, true
}
