package datafile

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// AppendDecimal appends d.String() to b: digits, an optional minus sign and
// decimal point, no trailing zeros after the point. A coefficient of up to
// 18 digits (every amount and fraction of this project) is formatted
// without math/big and without allocating; others fall back to String.
func AppendDecimal(b []byte, d decimal.Decimal) []byte {
	if d.NumDigits() > 18 || !decimal.TrimTrailingZeros || decimal.UseScientificNotation {
		return append(b, d.String()...)
	}
	v, exp := d.CoefficientInt64(), int(d.Exponent())
	if v == 0 {
		return append(b, '0')
	}
	if exp >= 0 {
		if exp+d.NumDigits() > 300 {
			return append(b, d.String()...)
		}
		b = strconv.AppendInt(b, v, 10)
		for range exp {
			b = append(b, '0')
		}
		return b
	}
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var buf [20]byte
	digits := strconv.AppendInt(buf[:0], v, 10)
	// trim trailing zeros of the fraction
	frac := -exp
	for frac > 0 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
		frac--
	}
	if frac == 0 {
		return append(b, digits...)
	}
	if len(digits) > frac {
		b = append(b, digits[:len(digits)-frac]...)
		b = append(b, '.')
		return append(b, digits[len(digits)-frac:]...)
	}
	b = append(b, '0', '.')
	for range frac - len(digits) {
		b = append(b, '0')
	}
	return append(b, digits...)
}
