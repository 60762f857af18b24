package view

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
)

// The share link keeps a widget's state in the URL fragment, as one
// parameter among the fragment's "&"-separated name=value pairs, so a host
// page's own anchors and two widgets on one page do not collide:
//
//	#sd=1;k:A;l:nl;m:j1,j3;o:0.5          the widget <div data-sociaaldomein>
//	#sd.vergelijk=1;k:C;l:en;m:;o:1       the widget <div data-sociaaldomein="vergelijk">
//
// The value starts with the format version "1", followed by ";"-separated
// fields "key:value":
//
//	k  keuze: "A".."D", or "-" for none
//	l  language: "nl" or "en"
//	m  switched-on measures: ids separated by ",", possibly none
//	o  overlap fraction θ: a decimal in [0, 1] in machine form ("0.35")
//
// A field that is absent keeps the default. Every character is one that a
// fragment may hold unescaped, so links survive being pasted into mail.

// FragmentVersion is the version written at the start of a fragment value.
const FragmentVersion = "1"

// maxFragment bounds the fragment that FromFragment reads: longer input is
// rejected before any work is done.
const maxFragment = 4096

// validName reports whether name is 1–32 characters of a–z, 0–9 and "-",
// not starting with "-". (No regexp: it would add 100 KB to the wasm.)
func validName(name string) bool {
	if len(name) == 0 || len(name) > 32 || name[0] == '-' {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// unescape decodes %XX escapes (a link pasted through mail or chat may
// come back percent-encoded). It is net/url.PathUnescape without net/url,
// which would add to the wasm.
func unescape(s string) (string, error) {
	if !strings.Contains(s, "%") {
		return s, nil
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b = append(b, s[i])
			continue
		}
		if i+2 >= len(s) || unhex(s[i+1]) < 0 || unhex(s[i+2]) < 0 {
			return "", errors.New("bad percent-encoding")
		}
		b = append(b, byte(unhex(s[i+1])<<4|unhex(s[i+2])))
		i += 2
	}
	return string(b), nil
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// ParamName returns the fragment parameter of the widget with the given
// name (the value of its data-sociaaldomein attribute): "sd" for an empty
// name, "sd.<name>" otherwise. A name that is not 1–32 characters of a–z,
// 0–9 and "-" is an error.
func ParamName(name string) (string, error) {
	if name == "" {
		return "sd", nil
	}
	if !validName(name) {
		return "", fmt.Errorf("widget name %q: use 1–32 characters a–z, 0–9 and -", truncate(name, 40))
	}
	return "sd." + name, nil
}

// Fragment returns the state's fragment value (without the parameter name
// and without "#"), e.g. "1;k:A;l:nl;m:j1,j3;o:0.5". Every field is written,
// so the link restores the exact state whatever the host page's defaults.
func (s State) Fragment() string {
	k := s.Keuze
	if k == "" {
		k = "-"
	}
	l := "nl"
	if s.Lang == budget.English {
		l = "en"
	}
	return FragmentVersion + ";k:" + k + ";l:" + l + ";m:" + strings.Join(s.Measures, ",") + ";o:" + s.Overlap.String()
}

// WithParam returns the fragment (without "#") that results from setting the
// parameter param to value in the existing fragment frag, keeping the other
// parameters (a host page's anchor, other widgets) as they are.
func WithParam(frag, param, value string) string {
	frag = strings.TrimPrefix(frag, "#")
	var out []string
	for _, part := range strings.Split(frag, "&") {
		name, _, _ := strings.Cut(part, "=")
		if part == "" || name == param {
			continue
		}
		out = append(out, part)
	}
	return strings.Join(append(out, param+"="+value), "&")
}

// FragmentError says why a fragment could not be read.
type FragmentError struct {
	Field string // the field ("k", "l", "m", "o", "version"), or "" for the whole value
	Err   error
}

func (e *FragmentError) Error() string {
	if e.Field == "" {
		return e.Err.Error()
	}
	return e.Field + ": " + e.Err.Error()
}

func (e *FragmentError) Unwrap() error { return e.Err }

// ErrMalformedFragment is wrapped by every FragmentError.
var ErrMalformedFragment = errors.New("malformed share link")

// FromFragment returns the state in the URL fragment frag (with or without
// "#") for the widget whose parameter is param (see ParamName), starting
// from def. A fragment without that parameter is not an error: it gives def
// (a host page's own "#inhoud" is not ours). A parameter that cannot be read
// in full gives def plus a BadFragment notice that says what was wrong, and
// the error; it never panics.
func FromFragment(frag, param string, def State, c *Catalogue) (State, error) {
	value, found, err := lookupParam(frag, param)
	if err == nil && !found {
		return def, nil
	}
	var s State
	if err == nil {
		s, err = decodeValue(value, def, c)
	}
	if err != nil {
		def.Notice = Notice{Kind: BadFragment, Detail: truncate(err.Error(), 120)}
		return def, err
	}
	s.Notice = Notice{}
	return s, nil
}

// lookupParam finds param in the fragment. A parameter given twice is an
// error: which of the two was meant cannot be known.
func lookupParam(frag, param string) (value string, found bool, err error) {
	frag = strings.TrimPrefix(frag, "#")
	if len(frag) > maxFragment {
		if !strings.Contains(frag, param+"=") {
			return "", false, nil
		}
		return "", false, &FragmentError{Err: fmt.Errorf("%w: longer than %d characters", ErrMalformedFragment, maxFragment)}
	}
	for _, part := range strings.Split(frag, "&") {
		name, v, _ := strings.Cut(part, "=")
		if n, uerr := unescape(name); uerr == nil {
			name = n
		}
		if name != param {
			continue
		}
		if found {
			return "", false, &FragmentError{Err: fmt.Errorf("%w: %s given twice", ErrMalformedFragment, param)}
		}
		// Links pasted through mail or chat may come back percent-encoded.
		dv, uerr := unescape(v)
		if uerr != nil {
			return "", false, &FragmentError{Err: fmt.Errorf("%w: bad percent-encoding", ErrMalformedFragment)}
		}
		value, found = dv, true
	}
	return value, found, nil
}

func decodeValue(value string, def State, c *Catalogue) (State, error) {
	bad := func(field, format string, args ...any) (State, error) {
		return State{}, &FragmentError{Field: field, Err: fmt.Errorf("%w: "+format, append([]any{ErrMalformedFragment}, args...)...)}
	}
	fields := strings.Split(value, ";")
	if fields[0] != FragmentVersion {
		return bad("version", "unknown format %q", truncate(fields[0], 20))
	}
	s := def
	s.Measures = slices.Clone(def.Measures)
	seen := map[string]bool{}
	for _, f := range fields[1:] {
		key, v, ok := strings.Cut(f, ":")
		if !ok {
			return bad("", "field %q has no ':'", truncate(f, 20))
		}
		if seen[key] {
			return bad(key, "given twice")
		}
		seen[key] = true
		switch key {
		case "k":
			switch {
			case v == "-":
				s.Keuze = ""
			default:
				if _, ok := c.Keuze(v); !ok {
					return bad(key, "unknown keuze %q", truncate(v, 20))
				}
				s.Keuze = v
			}
		case "l":
			switch v {
			case "nl":
				s.Lang = budget.Dutch
			case "en":
				s.Lang = budget.English
			default:
				return bad(key, "unknown language %q", truncate(v, 20))
			}
		case "m":
			var on []string
			if v != "" {
				for _, id := range strings.Split(v, ",") {
					if !c.measure(id) {
						return bad(key, "unknown measure %q", truncate(id, 20))
					}
					if slices.Contains(on, id) {
						return bad(key, "measure %q given twice", truncate(id, 20))
					}
					on = append(on, id)
				}
			}
			s.Measures = nil
			for _, m := range c.Measures { // catalogue order
				if slices.Contains(on, m.ID) {
					s.Measures = append(s.Measures, m.ID)
				}
			}
		case "o":
			d, err := budget.ParseDecimal(v)
			if err != nil || d.IsNegative() || d.GreaterThan(one) || len(v) > 12 {
				return bad(key, "overlap %q is not a fraction from 0 to 1", truncate(v, 20))
			}
			s.Overlap = d
		default:
			return bad(key, "unknown field")
		}
	}
	return s, nil
}
