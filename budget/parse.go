package budget

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hilversum/sociaaldomein/internal/text"
)

// maxNumberLen bounds the text of one number, so hostile input cannot make a
// parser allocate or compute with enormous values.
const maxNumberLen = 40

// ParseYear parses a year written as digits and checks it lies within
// [MinYear, MaxYear].
func ParseYear(s string) (Year, error) {
	n, err := strconv.Atoi(s)
	if err != nil || len(s) > 4 {
		return 0, fmt.Errorf("%w: %q", ErrBadYear, text.Clip(s, text.MaxQuote))
	}
	y := Year(n)
	if !y.Valid() {
		return 0, fmt.Errorf("%w: %d is outside %d–%d", ErrBadYear, n, MinYear, MaxYear)
	}
	return y, nil
}

// ParseDecimal parses the machine form of a number that data files and the
// JSON API use: an optional minus sign, digits, and optionally a point and
// more digits ("-150000", "550000.00", "0.35"). It refuses exponents, plus
// signs, grouping and anything longer than 40 characters, so that a value is
// read exactly as written.
func ParseDecimal(s string) (decimal.Decimal, error) {
	if !isMachineDecimal(s) {
		return decimal.Decimal{}, fmt.Errorf("%w: %q (write digits with an optional minus sign and decimal point, e.g. \"-150000.00\")", ErrBadAmount, text.Clip(s, text.MaxQuote))
	}
	return decimal.RequireFromString(s), nil
}

func isMachineDecimal(s string) bool {
	if len(s) == 0 || len(s) > maxNumberLen {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
	}
	intPart, frac, hasPoint := strings.Cut(s, ".")
	if intPart == "" || !allDigits(intPart) {
		return false
	}
	return !hasPoint || (frac != "" && allDigits(frac))
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ParseAmount parses a euro amount as a person types it in Dutch: it is
// [Dutch].ParseAmount, in nl-NL form or in the machine form: "1.200.000", "1.200.000,50", "€ 1.200.000,00",
// "-150.000", "€ 550.000,-", "150000", "150000.5", "-€ 150.000". A comma is
// the decimal separator and points group thousands; without a comma, a point
// followed by groups of exactly three digits groups thousands ("1.500" is
// 1500) and any other point is a decimal point ("1.5"). At most two decimals:
// an amount is exact to the cent.
func ParseAmount(s string) (decimal.Decimal, error) { return Dutch.ParseAmount(s) }

// ParseAmount parses a euro amount as a person types it in the locale: the
// inverse of [Locale.Euro] and [Locale.EuroWhole], so every amount the
// calculator shows can be typed back. Dutch: see the package function
// [ParseAmount]. English: commas group thousands and a point separates the
// cents: "€1,200,000.50", "-€150,000", "150000.5". At most two decimals.
func (l Locale) ParseAmount(s string) (decimal.Decimal, error) {
	orig := s
	bad := func(why string) (decimal.Decimal, error) {
		return decimal.Decimal{}, fmt.Errorf("%w: %q: %s", ErrBadAmount, text.Clip(orig, text.MaxQuote), why)
	}
	if len(s) > 2*maxNumberLen {
		return bad("too long")
	}
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '\t':
			return -1
		}
		return r
	}, s)
	neg := false
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	}
	s = strings.TrimPrefix(s, "€")
	if strings.HasPrefix(s, "-") {
		if neg {
			return bad("two minus signs")
		}
		neg, s = true, s[1:]
	}
	if s == "" {
		return bad("no digits")
	}
	var intPart, frac string
	switch {
	case l == English:
		head, tail, hasPoint := strings.Cut(s, ".")
		if strings.Contains(head, ",") {
			if !groupedOK(strings.ReplaceAll(head, ",", ".")) {
				return bad("thousands are grouped in threes, e.g. 1,200,000.00")
			}
			head = strings.ReplaceAll(head, ",", "")
		}
		if hasPoint && tail == "" {
			return bad("no digits after the decimal point")
		}
		intPart, frac = head, tail
	case strings.Contains(s, ","):
		// nl-NL: points group thousands, one comma before the cents; the
		// seed's "€ 550.000,-" means whole euros.
		head, tail, _ := strings.Cut(s, ",")
		if strings.Contains(tail, ",") {
			return bad("more than one decimal comma")
		}
		if strings.Contains(head, ".") {
			if !groupedOK(head) {
				return bad("thousands are grouped in threes, e.g. 1.200.000,00")
			}
			head = strings.ReplaceAll(head, ".", "")
		}
		if tail == "-" {
			tail = ""
		} else if tail == "" {
			return bad("no digits after the decimal comma")
		}
		intPart, frac = head, tail
	case strings.Count(s, ".") > 1 || (strings.Contains(s, ".") && groupedOK(s)):
		// "1.200.000" or "150.000": thousands points, no cents.
		if !groupedOK(s) {
			return bad("thousands are grouped in threes, e.g. 1.200.000")
		}
		intPart = strings.ReplaceAll(s, ".", "")
	default:
		intPart, frac, _ = strings.Cut(s, ".")
	}
	if intPart == "" || !allDigits(intPart) || !allDigits(frac) {
		return bad("not a number")
	}
	if len(frac) > 2 {
		return bad("at most two decimals (cents)")
	}
	if len(strings.TrimLeft(intPart, "0")) > MaxAmountDigits {
		return bad("too large: at most 15 digits before the decimal separator")
	}
	num := intPart
	if frac != "" {
		num += "." + frac
	}
	if neg {
		num = "-" + num
	}
	if len(num) > maxNumberLen {
		return bad("too many digits")
	}
	return decimal.RequireFromString(num), nil
}

// groupedOK reports whether s is digits grouped in threes by points, with a
// first group of one to three digits that does not start with 0:
// "1.200.000". "0.500" is not grouped (it would read as 500).
func groupedOK(s string) bool {
	groups := strings.Split(s, ".")
	if len(groups) < 2 || len(groups[0]) < 1 || len(groups[0]) > 3 || !allDigits(groups[0]) || groups[0][0] == '0' {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return false
		}
	}
	return true
}
