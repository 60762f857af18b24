package datafile

import (
	"cmp"
	"io"
	"slices"
	"unicode/utf8"
	"unsafe"
)

const hexDigits = "0123456789abcdef"

// AppendString appends s to b as a JSON string, escaped exactly as
// encoding/json escapes it: <, > and & as \u003c, \u003e and \u0026 (so
// that nothing in it can be taken for HTML), U+2028 and U+2029 escaped,
// invalid UTF-8 as \ufffd. The writers of the project's JSON build on it.
func AppendString(b []byte, s string) []byte { return appendString(b, s, true) }

// AppendText is [AppendString] without escaping <, > and &, as an
// encoding/json Encoder with SetEscapeHTML(false) writes strings: the form
// of the data files the Save functions write.
func AppendText(b []byte, s string) []byte { return appendString(b, s, false) }

// escHTML and escText mark the ASCII bytes that a string written by
// AppendString and AppendText escapes.
var escHTML, escText = func() (h, t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c < ' ' || c == '"' || c == '\\'
		h[c] = t[c] || c == '<' || c == '>' || c == '&'
	}
	return h, t
}()

// Bytes repeated in each byte of a word, for the eight-at-a-time scan.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainRun returns the index of the first byte of s at or after i that is
// not printable ASCII written as it is (a byte to escape, or the start of a
// multi-byte or invalid UTF-8 sequence), or len(s). It looks at eight bytes
// at a time: the long texts of the outcome are mostly plain ASCII.
func plainRun(s []byte, i int, html bool) int {
	for ; i+8 <= len(s); i += 8 {
		w := load8(s, i)
		if w&highs != 0 {
			break // non-ASCII
		}
		// With every byte below 0x80, x-ones sets the high bit of some
		// byte exactly when a byte of x is zero (a borrow only runs on from
		// a byte that is), and w-ones*' ' when a byte of w is below ' '.
		special := (w - ones*' ') | ((w ^ ones*'"') - ones) | ((w ^ ones*'\\') - ones)
		if html {
			special |= ((w ^ ones*'<') - ones) | ((w ^ ones*'>') - ones) | ((w ^ ones*'&') - ones)
		}
		if special&highs != 0 {
			break
		}
	}
	esc := &escText
	if html {
		esc = &escHTML
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || esc[c] {
			return i
		}
	}
	return i
}

// appendString appends s as a JSON string: plain runs copied whole, ASCII
// escapes, U+2028 and U+2029 as \u2028 and \u2029, each invalid byte as
// \ufffd.
func appendString(b []byte, s string, html bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; ; {
		i = plainRun(unsafe.Slice(unsafe.StringData(s), len(s)), i, html) // read only
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendEscape appends the escape of the ASCII byte c.
func appendEscape(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
}

// FinishString turns the text b[start:], just appended after an opening
// quote at b[start-1], into the JSON string [AppendString] writes: when the
// text needs no escape (the sentences of the outcome, built in place) only
// the closing quote is appended, else the text is written again escaped.
func FinishString(b []byte, start int) []byte {
	t := b[start:]
	for i := 0; ; {
		i = plainRun(t, i, true)
		if i == len(t) {
			return append(b, '"')
		}
		if t[i] < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRune(t[i:])
		if (r == utf8.RuneError && size == 1) || r == '\u2028' || r == '\u2029' {
			break
		}
		i += size
	}
	return appendString(b[:start-1], string(t), true)
}

// AppendKey appends "key": to b, after a comma unless b ends an opening
// brace or bracket; key is written as it is (keys are the writer's own
// constants).
func AppendKey(b []byte, key string) []byte {
	if n := len(b); n > 0 && b[n-1] != '{' && b[n-1] != '[' {
		b = append(b, ',')
	}
	b = append(b, '"')
	b = append(b, key...)
	return append(b, '"', ':')
}

// Marshaler is a type that writes its own JSON form, as encoding/json's
// Marshaler does (without importing it).
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// AppendMarshal appends what m's MarshalJSON writes: the way a writer in
// one package writes a field whose type belongs to another package of the
// module and has no AppendJSON. The module's MarshalJSON methods write
// compact JSON, which is appended as it is (encoding/json would check and
// compact it).
func AppendMarshal(b []byte, m Marshaler) ([]byte, error) {
	j, err := m.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return append(b, j...), nil
}

// SortedKeys returns the keys of m in order, as encoding/json writes a map.
func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Indent appends to dst the compact JSON text src indented as json.Indent
// indents it: each element on its own line, prefix and then indent repeated
// per level at its start, ": " after a key, empty objects and arrays kept
// as {} and [].
func Indent(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for i := 0; i < depth; i++ {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '"':
			j := i + 1
			for ; j < len(src) && src[j] != '"'; j++ {
				if src[j] == '\\' {
					j++
				}
			}
			dst = append(dst, src[i:j+1]...)
			i = j
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// WriteIndented writes the compact JSON text compact to w as the project's
// Save functions write data files: indented by indent per level, with a
// final newline, as an encoding/json Encoder with SetIndent("", indent)
// writes it.
func WriteIndented(w io.Writer, compact []byte, indent string) error {
	out := Indent(make([]byte, 0, len(compact)*2), compact, "", indent)
	_, err := w.Write(append(out, '\n'))
	return err
}
