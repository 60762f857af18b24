package budget

import (
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/internal/exact"
	"github.com/shopspring/decimal"
)

// nbsp is the no-break space that CLDR puts between "€" and the number in
// nl-NL, so the sign never wraps away from its amount.
const nbsp = "\u00a0"

// Locale selects the number conventions of formatted amounts.
type Locale int

// Locales the calculator offers. The zero value is Dutch, the default.
const (
	Dutch   Locale = iota // nl-NL: "€ 1.200.000,00", "€ -150.000,00"
	English               // en: "€1,200,000.00", "-€150,000.00"
)

// FormatEuro formats d in nl-NL with cents, following CLDR's pattern
// "¤ #,##0.00;¤ -#,##0.00" with a no-break space after the sign:
// "€ 1.200.000,00", "€ -150.000,00". It rounds to the cent, half away from
// zero.
func FormatEuro(d decimal.Decimal) string { return Dutch.Euro(d) }

// FormatEuroWhole formats d in nl-NL rounded to whole euros, half away from
// zero, for tables: "€ 1.200.000", "€ -150.000". This is the one rounding rule
// of tables and charts.
func FormatEuroWhole(d decimal.Decimal) string { return Dutch.EuroWhole(d) }

// Euro formats d with cents in the locale's convention.
func (l Locale) Euro(d decimal.Decimal) string { return string(l.AppendEuro(nil, d)) }

// EuroWhole formats d rounded to whole euros (half away from zero) in the
// locale's convention.
func (l Locale) EuroWhole(d decimal.Decimal) string { return string(l.AppendEuroWhole(nil, d)) }

// AppendEuro appends [Locale.Euro] of d to b, in the manner of
// [strconv.AppendInt]: the form for writers that build a text in one buffer.
func (l Locale) AppendEuro(b []byte, d decimal.Decimal) []byte { return l.appendFormat(b, d, 2) }

// AppendEuroWhole appends [Locale.EuroWhole] of d to b.
func (l Locale) AppendEuroWhole(b []byte, d decimal.Decimal) []byte {
	return l.appendFormat(b, d, 0)
}

// Number formats d with the given number of decimals (rounded half away from
// zero) and the locale's separators, without a currency sign: "0,35".
func (l Locale) Number(d decimal.Decimal, places int32) string {
	var buf [48]byte
	digits, neg := l.appendDigits(buf[:0], d, places)
	if neg {
		return "-" + string(digits)
	}
	return string(digits)
}

func (l Locale) appendFormat(b []byte, d decimal.Decimal, places int32) []byte {
	var buf [48]byte
	digits, neg := l.appendDigits(buf[:0], d, places)
	return l.appendSigned(b, digits, neg)
}

// appendSigned appends the grouped digits of an amount with the euro sign
// and, for neg, the minus in the locale's places.
func (l Locale) appendSigned(b, digits []byte, neg bool) []byte {
	switch {
	case l == English && neg:
		b = append(b, "-€"...)
	case l == English:
		b = append(b, "€"...)
	case neg:
		b = append(b, "€"+nbsp+"-"...)
	default:
		b = append(b, "€"+nbsp...)
	}
	return append(b, digits...)
}

// appendDigits appends |d| rounded to places (half away from zero) and
// grouped to b. neg is false for amounts that round to zero, so no "-0,00"
// appears.
func (l Locale) appendDigits(b []byte, d decimal.Decimal, places int32) ([]byte, bool) {
	if out, neg, ok := l.appendDigitsInt64(b, d, places); ok {
		return out, neg
	}
	return l.appendDigitsBig(b, d, places)
}

// appendDigitsBig is [Locale.appendDigits] through math/big, for any
// decimal.
func (l Locale) appendDigitsBig(b []byte, d decimal.Decimal, places int32) ([]byte, bool) {
	r := d.Round(places)
	neg := r.IsNegative()
	txt := r.Abs().StringFixed(places)
	intPart, frac, _ := strings.Cut(txt, ".")
	return appendGrouped(b, l, intPart, frac, places), neg
}

// appendGrouped appends the ASCII digits intPart grouped by thousands in
// the locale's convention and, for places > 0, the point and frac.
func appendGrouped[T string | []byte](b []byte, l Locale, intPart, frac T, places int32) []byte {
	group, point := byte('.'), byte(',')
	if l == English {
		group, point = ',', '.'
	}
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b = append(b, group)
		}
		b = append(b, intPart[i])
	}
	if places > 0 {
		b = append(b, point)
		b = append(b, frac...)
	}
	return b
}

// Percent formats a fraction as a percentage with as many decimals as it
// has beyond whole percents, and the locale's separators: 0.35 → "35 %",
// 0.355 → "35,5 %", -0.25 → "-25 %". The one way a share is shown.
func (l Locale) Percent(fraction decimal.Decimal) string {
	p := fraction.Shift(2)
	return l.Number(p, max(0, -p.Exponent())) + " %"
}

// String returns the BCP 47 tag of the locale: "nl-NL" or "en".
func (l Locale) String() string {
	if l == English {
		return "en"
	}
	return "nl-NL"
}

// appendDigitsInt64 is [Locale.appendDigits] without math/big, for a
// coefficient of up to 17 digits and up to 6 places (every amount of this
// project); ok is false where it does not apply (b is then returned as it
// was). It rounds as decimal.Round does: half away from zero.
func (l Locale) appendDigitsInt64(b []byte, d decimal.Decimal, places int32) (out []byte, neg, ok bool) {
	n := d.NumDigits()
	e := int(d.Exponent())
	if n > 17 || places < 0 || places > 6 || e < -60 || e > 18 {
		return b, false, false
	}
	v := d.CoefficientInt64()
	shift := e + int(places) // v·10^shift is the value in units of 10^-places
	var r int64
	switch {
	case shift >= 0:
		if n+shift > 18 {
			return b, false, false
		}
		r = v * int64(exact.Pow10(shift))
	case -shift > 18:
		r = 0 // |v| < 10^17 is less than half a unit
	default:
		p := int64(exact.Pow10(-shift))
		r = v / p
		if rem := v % p; rem >= (p+1)/2 {
			r++
		} else if -rem >= (p+1)/2 {
			r--
		}
	}
	neg = r < 0
	if neg {
		r = -r
	}
	var buf [32]byte
	txt := strconv.AppendInt(buf[:0], r, 10)
	if pad := int(places) + 1 - len(txt); pad > 0 { // at least one digit before the point
		var z [32]byte
		zs := append(z[:0], "0000000"[:pad]...)
		txt = append(zs, txt...)
	}
	intPart, frac := txt[:len(txt)-int(places)], txt[len(txt)-int(places):]
	return appendGrouped(b, l, intPart, frac, places), neg, true
}
