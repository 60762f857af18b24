package view

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/scenario"
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
//	d  distribution key: "p" published (35 %) or "i" by inhabitants
//	r  ramp: "d" default, "f" full effect from 2022, "s" slower
//	i  implementation costs per year (regional): "pm" or an amount in machine form ("150000.5")
//	e  other measures' savings per year (Hilversum): "pm" or an amount
//	p  unfavourable realisation of every measure, in percent: "25", "50" or "75"
//	g  autonomous growth prognosis: "n" none, "c" Wmo clients 2020–2022,
//	   "a" Wmo clients 2017–2022 (all years printed), "w" national (2,9 %)
//
// A field that is absent keeps the default. Every character is one that a
// fragment may hold unescaped, so links survive being pasted into mail.

// FragmentVersion is the version written at the start of a fragment value.
const FragmentVersion = "1"

// maxValue bounds this widget's own parameter value: longer is refused
// before any work is done. The limit is on our value, not on the whole
// fragment, so that a host page's or another widget's long parameter never
// breaks this widget's share link.
const maxValue = 4096

// maxFragment bounds the whole fragment that FromFragment scans.
const maxFragment = 1 << 20

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
		return "", fmt.Errorf("widget name %q: use 1–32 characters a–z, 0–9 and -", text.Clip(name, 40))
	}
	return "sd." + name, nil
}

// The one-letter codes of the choices in a fragment, in pairs (code, value);
// the first pair is the default.
var (
	keyCodes    = []string{"p", scenario.KeyPublished, "i", scenario.KeyInhabitants}
	rampCodes   = []string{"d", RampDefault, "f", RampFull, "s", RampSlow}
	growthCodes = []string{"n", GrowthNone, "c", GrowthClients, "a", GrowthClientsAll, "w", GrowthNational}
)

// code returns the code of value in pairs, or the default's code.
func code(pairs []string, value string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == value {
			return pairs[i]
		}
	}
	return pairs[0]
}

// decodeChoice returns the value of code in pairs.
func decodeChoice(pairs []string, c string) (string, bool) {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i] == c {
			return pairs[i+1], true
		}
	}
	return "", false
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
	low := s.Low
	if !validLow(low) {
		low = DefaultLow
	}
	return FragmentVersion + ";k:" + k + ";l:" + l + ";m:" + strings.Join(s.Measures, ",") + ";o:" + s.Overlap.String() +
		";p:" + low + ";d:" + code(keyCodes, s.Key) + ";r:" + code(rampCodes, s.Ramp) +
		";i:" + s.Impl.fragment() + ";e:" + s.Other.fragment() + ";g:" + code(growthCodes, s.Growth)
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
		def.Notice = Notice{Kind: BadFragment, Detail: text.Clip(err.Error(), 120)}
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
	for part := range strings.SplitSeq(frag, "&") {
		name, v, _ := strings.Cut(part, "=")
		if len(name) > 3*(len(param)+1) {
			continue // not ours, even percent-encoded; don't decode it
		}
		if n, uerr := unescape(name); uerr == nil {
			name = n
		}
		if name != param {
			continue
		}
		if found {
			return "", false, &FragmentError{Err: fmt.Errorf("%w: %s given twice", ErrMalformedFragment, param)}
		}
		if len(v) > maxValue {
			return "", false, &FragmentError{Err: fmt.Errorf("%w: longer than %d characters", ErrMalformedFragment, maxValue)}
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
		return bad("version", "unknown format %q", text.Clip(fields[0], 20))
	}
	s := def
	s.Measures = slices.Clone(def.Measures)
	var impl, other string
	hasImpl, hasOther := false, false
	seen := map[string]bool{}
	for _, f := range fields[1:] {
		key, v, ok := strings.Cut(f, ":")
		if !ok {
			return bad("", "field %q has no ':'", text.Clip(f, 20))
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
					return bad(key, "unknown keuze %q", text.Clip(v, 20))
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
				return bad(key, "unknown language %q", text.Clip(v, 20))
			}
		case "m":
			var on []string
			if v != "" {
				for _, id := range strings.Split(v, ",") {
					if !c.measure(id) {
						return bad(key, "unknown measure %q", text.Clip(id, 20))
					}
					if slices.Contains(on, id) {
						return bad(key, "measure %q given twice", text.Clip(id, 20))
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
				return bad(key, "overlap %q is not a fraction from 0 to 1", text.Clip(v, 20))
			}
			s.Overlap = d
		case "p":
			if !validLow(v) {
				return bad(key, "unfavourable realisation %q is not one of %s %%", text.Clip(v, 20), strings.Join(LowShares, ", "))
			}
			s.Low = v
		case "d", "r", "g":
			pairs := map[string][]string{"d": keyCodes, "r": rampCodes, "g": growthCodes}[key]
			val, ok := decodeChoice(pairs, v)
			if !ok {
				return bad(key, "unknown value %q", text.Clip(v, 20))
			}
			switch key {
			case "d":
				s.Key = val
			case "r":
				s.Ramp = val
			default:
				s.Growth = val
			}
		case "i":
			impl, hasImpl = v, true
		case "e":
			other, hasOther = v, true
		default:
			return bad(key, "unknown field")
		}
	}
	// Amounts last: their text follows the link's language.
	if hasImpl {
		f, ok := amountFromFragment(impl, s.Lang)
		if !ok {
			return bad("i", "implementation costs %q are not pm or an amount from 0 to %s", text.Clip(impl, 20), MaxAmount)
		}
		s.Impl = f
	}
	if hasOther {
		f, ok := amountFromFragment(other, s.Lang)
		if !ok {
			return bad("e", "other measures %q are not pm or an amount from 0 to %s", text.Clip(other, 20), MaxAmount)
		}
		s.Other = f
	}
	return s, nil
}
