package text

import "unicode/utf8"

// Ellipsis marks text that [Clip] shortened.
const Ellipsis = "…"

// MaxQuote is how many bytes of a rejected value the library's errors
// quote: enough to recognise it, not enough to echo hostile input back.
const MaxQuote = 40

// Clip returns s unchanged when it is at most n bytes long. Otherwise it
// returns the longest prefix of at most n bytes that ends on a rune
// boundary, followed by [Ellipsis]. A valid UTF-8 s gives a valid UTF-8
// result; n < 0 counts as 0.
func Clip(s string, n int) string {
	if n < 0 {
		n = 0
	}
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + Ellipsis
}
