package budget

import (
	"strings"

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
func (l Locale) Euro(d decimal.Decimal) string { return l.format(d, 2) }

// EuroWhole formats d rounded to whole euros (half away from zero) in the
// locale's convention.
func (l Locale) EuroWhole(d decimal.Decimal) string { return l.format(d, 0) }

// Number formats d with the given number of decimals (rounded half away from
// zero) and the locale's separators, without a currency sign: "0,35".
func (l Locale) Number(d decimal.Decimal, places int32) string {
	neg, digits := l.digits(d, places)
	if neg {
		return "-" + digits
	}
	return digits
}

func (l Locale) format(d decimal.Decimal, places int32) string {
	neg, digits := l.digits(d, places)
	switch {
	case l == English && neg:
		return "-€" + digits
	case l == English:
		return "€" + digits
	case neg:
		return "€" + nbsp + "-" + digits
	default:
		return "€" + nbsp + digits
	}
}

// digits rounds |d| to places (half away from zero) and groups it. neg is
// false for amounts that round to zero, so no "-0,00" appears.
func (l Locale) digits(d decimal.Decimal, places int32) (neg bool, s string) {
	r := d.Round(places)
	neg = r.IsNegative()
	txt := r.Abs().StringFixed(places)
	intPart, frac, _ := strings.Cut(txt, ".")
	group, point := ".", ","
	if l == English {
		group, point = ",", "."
	}
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(c)
	}
	if places > 0 {
		b.WriteString(point)
		b.WriteString(frac)
	}
	return neg, b.String()
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
