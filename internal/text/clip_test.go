package text

import (
	"strings"
	"testing"
	"testing/quick"
	"unicode/utf8"
)

func TestClip(t *testing.T) {
	tests := []struct {
		name string
		s    string
		n    int
		want string
	}{
		{"short", "abc", 5, "abc"},
		{"exact", "abcde", 5, "abcde"},
		{"ascii", "abcdef", 5, "abcde…"},
		{"empty", "", 0, ""},
		{"zero", "abc", 0, "…"},
		{"negative", "abc", -1, "…"},
		// "€" is 3 bytes (e2 82 ac): a cut inside it backs off to before it.
		{"inside a rune", "ab€cd", 3, "ab…"},
		{"inside a rune, one byte further", "ab€cd", 4, "ab…"},
		{"after a rune", "ab€cd", 5, "ab€…"},
		// U+FFFD, what encoding/json makes of invalid bytes, is 3 bytes too:
		// the fuzzer found a key of them cut after 64 bytes (21⅓ runes).
		{"replacement characters", strings.Repeat("\uFFFD", 22), 64, strings.Repeat("\uFFFD", 21) + "…"},
		{"four-byte rune", "a😀b", 2, "a…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clip(tt.s, tt.n); got != tt.want {
				t.Errorf("Clip(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
			}
		})
	}
}

// TestClipProperties: valid in, valid out; never longer than n plus the
// ellipsis; a prefix of s; unchanged when it fits.
func TestClipProperties(t *testing.T) {
	f := func(s string, n uint8) bool {
		got := Clip(s, int(n))
		if len(s) <= int(n) {
			return got == s
		}
		body, ok := strings.CutSuffix(got, Ellipsis)
		if !ok || !strings.HasPrefix(s, body) || len(body) > int(n) {
			return false
		}
		if !utf8.ValidString(s) {
			return true
		}
		// Backing off drops at most one partial rune (< 4 bytes).
		return int(n)-len(body) < utf8.UTFMax && utf8.ValidString(got)
	}
	if err := quick.Check(f, &quick.Config{MaxCount: 20000}); err != nil {
		t.Fatal(err)
	}
}
