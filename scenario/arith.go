package scenario

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// sum is an exact sum of decimals in int64 arithmetic, at the least
// exponent of its terms: the coefficient and exponent that a chain of
// decimal.Add and decimal.Sub gives for the same terms. When a term does not
// fit, or the sum overflows, ok turns false and the caller takes the
// decimal methods.
type sum struct {
	coef int64
	exp  int32
	ok   bool
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

func sumOf(d decimal.Decimal) sum {
	if d.NumDigits() > 18 {
		return sum{}
	}
	return sum{coef: d.CoefficientInt64(), exp: d.Exponent(), ok: true}
}

// scale multiplies c by 10^n, reporting overflow.
func scale(c int64, n int64) (int64, bool) {
	if n >= int64(len(pow10)) {
		return 0, c == 0
	}
	hi, lo := bits.Mul64(uint64(abs(c)), uint64(pow10[n]))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	if c < 0 {
		return -int64(lo), true
	}
	return int64(lo), true
}

func abs(c int64) int64 {
	if c < 0 {
		return -c
	}
	return c
}

// add adds sign·d (sign ±1).
func (s sum) add(d decimal.Decimal, sign int64) sum {
	if !s.ok {
		return s
	}
	t := sumOf(d)
	if !t.ok || t.coef == math.MinInt64 || s.coef == math.MinInt64 {
		return sum{}
	}
	var ok1, ok2 bool
	switch {
	case t.exp < s.exp:
		s.coef, ok1 = scale(s.coef, int64(s.exp)-int64(t.exp))
		s.exp, ok2 = t.exp, true
	case t.exp > s.exp:
		t.coef, ok2 = scale(t.coef, int64(t.exp)-int64(s.exp))
		ok1 = true
	default:
		ok1, ok2 = true, true
	}
	if !ok1 || !ok2 {
		return sum{}
	}
	r, carry := bits.Add64(uint64(s.coef), uint64(sign*t.coef), 0)
	_ = carry
	v := int64(r)
	// Signed overflow: both operands of one sign, the result of the other.
	if (s.coef >= 0) == (sign*t.coef >= 0) && (v >= 0) != (s.coef >= 0) {
		return sum{}
	}
	s.coef = v
	return s
}

// decimal returns the sum, or false when it did not fit or is zero (a zero
// from the decimal methods may carry an empty coefficient slice rather than
// none; the caller then takes them).
func (s sum) decimal() (decimal.Decimal, bool) {
	if !s.ok || s.coef == 0 {
		return decimal.Decimal{}, false
	}
	return decimal.New(s.coef, s.exp), true
}

// sub2 is a.Sub(b).
func sub2(a, b decimal.Decimal) decimal.Decimal {
	if d, ok := sumOf(a).add(b, -1).decimal(); ok {
		return d
	}
	return a.Sub(b)
}

// netOf is n.Sub(t.Add(k).Add(g)).
func netOf(n, t, k, g decimal.Decimal) decimal.Decimal {
	if d, ok := sumOf(n).add(t, -1).add(k, -1).add(g, -1).decimal(); ok {
		return d
	}
	return n.Sub(t.Add(k).Add(g))
}

// identical reports whether a and b have the same coefficient and exponent.
func identical(a, b decimal.Decimal) bool {
	return a.Exponent() == b.Exponent() && a.Cmp(b) == 0
}
