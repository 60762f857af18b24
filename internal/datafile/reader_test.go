package datafile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// doc is a document of every kind the loaders read: strings, whole
// numbers, bools, nested objects, arrays, maps and pointers.
type doc struct {
	S    string            `json:"s"`
	N    int               `json:"n"`
	U    uint64            `json:"u"`
	B    bool              `json:"b"`
	P    *string           `json:"p"`
	PI   *int64            `json:"pi"`
	List []inner           `json:"list"`
	Strs []string          `json:"strs"`
	Map  map[string]string `json:"map"`
	Ints map[string]int    `json:"ints"`
	In   inner             `json:"in"`
	PIn  *inner            `json:"pin"`
}

type inner struct {
	A string `json:"a"`
	X int64  `json:"x"`
}

func (d *inner) decodeJSON(r *Reader) error {
	return r.Object(func(key string) error {
		var err error
		switch key {
		case "a":
			d.A, err = r.String()
		case "x":
			d.X, err = r.Int(64)
		default:
			return r.Unknown()
		}
		return err
	})
}

func (d *doc) decodeJSON(r *Reader) error {
	return r.Object(func(key string) error {
		var err error
		switch key {
		case "s":
			d.S, err = r.String()
		case "n":
			var n int64
			n, err = r.Int(strconv.IntSize)
			d.N = int(n)
		case "u":
			d.U, err = r.Uint(64)
		case "b":
			d.B, err = r.Bool()
		case "p":
			var s string
			var null bool
			if s, null, err = r.Text(); err == nil && !null {
				s = strings.Clone(s)
				d.P = &s
			}
		case "pi":
			if r.Null() {
				d.PI = nil
				return nil
			}
			var n int64
			if n, err = r.Int(64); err == nil {
				d.PI = &n
			}
		case "list":
			if r.Null() {
				d.List = nil
				return nil
			}
			d.List = []inner{}
			err = r.Array(func(int) error {
				var e inner
				err := e.decodeJSON(r)
				d.List = append(d.List, e)
				return err
			})
		case "strs":
			if r.Null() {
				d.Strs = nil
				return nil
			}
			d.Strs = []string{}
			err = r.Array(func(int) error {
				s, err := r.String()
				d.Strs = append(d.Strs, s)
				return err
			})
		case "map":
			if r.Null() {
				d.Map = nil
				return nil
			}
			d.Map = map[string]string{}
			err = r.Object(func(k string) error {
				s, err := r.String()
				d.Map[strings.Clone(k)] = s
				return err
			})
		case "ints":
			if r.Null() {
				d.Ints = nil
				return nil
			}
			d.Ints = map[string]int{}
			err = r.Object(func(k string) error {
				n, err := r.Int(strconv.IntSize)
				d.Ints[strings.Clone(k)] = int(n)
				return err
			})
		case "in":
			err = d.In.decodeJSON(r)
		case "pin":
			if r.Null() {
				d.PIn = nil
				return nil
			}
			var in inner
			if err = in.decodeJSON(r); err == nil {
				d.PIn = &in
			}
		default:
			return r.Unknown()
		}
		return err
	})
}

func TestParse(t *testing.T) {
	cases := []struct {
		in, field string
		is        error
	}{
		{`{"n":1,"n":2}`, "n", ErrDuplicateKey},
		{`{"list":[{"a":"1"},{"a":"1","a":"2"}]}`, "list[1].a", ErrDuplicateKey},
		{`{"list":[{"a":"1"},{"b":"2"}]}`, "list[1].b", ErrUnknownField},
		{`{"n":"one"}`, "n", ErrSyntax},
		{`{"n":1.5}`, "n", ErrSyntax},
		{`{"u":-1}`, "u", ErrSyntax},
		{`{"map":{"k":5}}`, "map.k", ErrSyntax},
		{`{"ints":{"k":"5"}}`, "ints.k", ErrSyntax},
		{`{"in":{"a":1}}`, "in.a", ErrSyntax},
		{`{"in":[]}`, "in", ErrSyntax},
		{`{"strs":["a",1]}`, "strs[1]", ErrSyntax},
		{`{"n":1} {"n":2}`, "", ErrSyntax},
		{`{"n":1`, "", ErrSyntax},
		{`{"N":1}`, "N", ErrUnknownField},
		{`{"x":1,}`, "", ErrSyntax},
		{`{"list":[{"b":1}],"s":"\x01"}`, "", ErrSyntax}, // the syntax error wins, as it did
		{strings.Repeat("[", 100000), "", ErrSyntax},
		{`{"` + strings.Repeat("€", 30) + `":1}`, strings.Repeat("€", 21) + "…", ErrUnknownField},
		{`{"list":[{"` + strings.Repeat("€", 30) + `":1}]}`, "list[0]." + strings.Repeat("€", 21) + "…", ErrUnknownField},
		{`{"map":{"` + strings.Repeat("€", 30) + `":"1","` + strings.Repeat("€", 30) + `":"1"}}`, "map." + strings.Repeat("€", 21) + "…", ErrDuplicateKey},
	}
	for _, c := range cases {
		var d doc
		err := Parse([]byte(c.in), d.decodeJSON)
		if !errors.Is(err, c.is) {
			t.Errorf("Parse(%.40s) = %v, want %v", c.in, err, c.is)
			continue
		}
		var fe *FieldError
		if c.field != "" && (!errors.As(err, &fe) || fe.Field != c.field) {
			t.Errorf("Parse(%.40s) = %v, want field %q", c.in, err, c.field)
		}
		if c.field == "" && errors.As(err, &fe) && fe.Field != "" {
			t.Errorf("Parse(%.40s) = %v, want no field", c.in, err)
		}
	}
}

// TestParseLikeDecode checks the Reader against the reflective decoder it
// replaced on documents both accept and both refuse.
func TestParseLikeDecode(t *testing.T) {
	for _, s := range parseSeeds {
		compareDecoders(t, []byte(s))
	}
}

var parseSeeds = []string{
	`{}`, `null`, `{"s":"x","n":-3,"u":18446744073709551615,"b":true,"p":"q","pi":7}`,
	`{"list":[{"a":"1","x":2},{}],"strs":[],"map":{"a":"b","\u00e9":"\ud83d\ude00"},"ints":{"y":1}}`,
	`{"in":{"a":"<&>"},"pin":{"x":-9223372036854775808},"p":null,"pi":null,"list":null,"map":null,"in":null}`,
	`{"s":"\"\\\/\b\f\n\r\t\u0041\ud800x"}`, `{"s":"` + "\xff\xfe" + `"}`, ` {"n": 0 } `, `{"n":1e3}`,
	`{"n":-0}`, `{"in":null,"pin":null}`, `{"strs":[null,"a"]}`, `{"map":{"a":null}}`, `[]`, `"x"`, `{"b":null}`,
}

func compareDecoders(t *testing.T, data []byte) {
	var old, got doc
	oerr := Decode(data, &old)
	nerr := Parse(data, got.decodeJSON)
	if (oerr == nil) != (nerr == nil) {
		t.Fatalf("%q: Decode = %v, Parse = %v", data, oerr, nerr)
	}
	if oerr == nil && !reflect.DeepEqual(old, got) {
		t.Fatalf("%q: Decode gives %+v, Parse %+v", data, old, got)
	}
}

// FuzzParse is the differential fuzz target of the Reader: wherever the
// reflective decoder accepts a document, the Reader accepts it with the
// same value, and wherever it refuses one, so does the Reader (where a
// document has several faults, the two may name different ones first).
func FuzzParse(f *testing.F) {
	for _, s := range parseSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		compareDecoders(t, data)
	})
}

func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "plain", "<a href=\"x\">&amp;</a>", "\x00\x01\x1f\t\n\r\b\f", "\u2028\u2029", "\xff€\xe2\x82", "é ü 😀 \\ /"} {
		want, _ := json.Marshal(s)
		likeJSON(t, "AppendString", s, AppendString(nil, s), want)
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		likeJSON(t, "AppendText", s, AppendText(nil, s), bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	// Each byte of invalid UTF-8 becomes an escaped U+FFFD, as encoding/json
	// wrote it up to Go 1.26 (written out by hand).
	if got, want := string(AppendString(nil, "\xff€\xe2\x82")), `"\ufffd€\ufffd\ufffd"`; got != want {
		t.Errorf("AppendString of invalid UTF-8 = %s, want %s", got, want)
	}
}

func TestIndent(t *testing.T) {
	for _, s := range []string{`{}`, `[]`, `{"a":[1,{"b":"c,:{}[]\"x"}],"d":{},"e":[]}`, `"s"`} {
		var want bytes.Buffer
		json.Indent(&want, []byte(s), "", "  ")
		if got := Indent(nil, []byte(s), "", "  "); string(got) != want.String() {
			t.Errorf("Indent(%s) = %s, want %s", s, got, want.String())
		}
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("<a>\u2028\u2029\xff\xe2\x80")
	f.Add("2024: de taakstelling van €\u00a01.200.000 wordt gehaald\u2028, \"ook\" <b>\x01</b> & meer\xe2\x80")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		likeJSON(t, "AppendString", s, AppendString(nil, s), want)
		got := FinishString(append([]byte(`[1,"`), s...), 4)
		if string(got[:3]) != "[1," {
			t.Fatalf("FinishString(%q) = %s, want [1,%s", s, got, want)
		}
		likeJSON(t, "FinishString", s, got[3:], want)
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		likeJSON(t, "AppendText", s, AppendText(nil, s), bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	})
}

// likeJSON fails t unless got is what encoding/json wrote for s (want):
// byte for byte for valid UTF-8. For invalid UTF-8 the writers replace
// each bad byte with U+FFFD escaped as \ufffd, as encoding/json did up to
// Go 1.26; Go 1.27's encoding/json (on json/v2) writes the replacement
// character unescaped, so there the two must be the same JSON string.
func likeJSON(t *testing.T, name, s string, got, want []byte) {
	t.Helper()
	if bytes.Equal(got, want) {
		return
	}
	var g, w string
	if utf8.ValidString(s) || json.Unmarshal(got, &g) != nil || json.Unmarshal(want, &w) != nil || g != w {
		t.Fatalf("%s(%q) = %s, want %s", name, s, got, want)
	}
}

// counts reads itself as a type of another package does: UnmarshalJSON
// parses the value it is given with its own Reader.
type counts struct {
	raw []byte
	m   map[string]int64
}

func (c *counts) UnmarshalJSON(data []byte) error {
	c.raw = data
	return Parse(data, func(r *Reader) error {
		return r.Object(func(k string) error {
			n, err := r.Int(64)
			if c.m == nil {
				c.m = map[string]int64{}
			}
			c.m[strings.Clone(k)] = n
			return err
		})
	})
}

// TestUnmarshal checks how a reader hands a value to another type's
// UnmarshalJSON: the raw value, no more; null handed over as null; errors
// named by the whole path; syntax errors at their offset in the outer text.
func TestUnmarshal(t *testing.T) {
	read := func(in string) (counts, []counts, error) {
		var one counts
		var list []counts
		err := Parse([]byte(in), func(r *Reader) error {
			return r.Object(func(key string) error {
				switch key {
				case "one":
					return r.Unmarshal(&one)
				case "list":
					return r.Array(func(int) error {
						var c counts
						err := r.Unmarshal(&c)
						list = append(list, c)
						return err
					})
				}
				return r.Unknown()
			})
		})
		return one, list, err
	}
	one, list, err := read(`{"one": {"a": 1, "b": 2} , "list": [null, {"c": 3}]}`)
	if err != nil {
		t.Fatal(err)
	}
	if string(one.raw) != `{"a": 1, "b": 2}` || cap(one.raw) != len(one.raw) || one.m["b"] != 2 {
		t.Errorf("one = %q (cap %d), %v", one.raw, cap(one.raw), one.m)
	}
	if len(list) != 2 || string(list[0].raw) != "null" || list[0].m != nil || list[1].m["c"] != 3 {
		t.Errorf("list = %+v", list)
	}
	for _, c := range []struct {
		in, field string
		is        error
	}{
		{`{"one": {"a": "x"}}`, "one.a", ErrSyntax},
		{`{"one": {"a": 1, "a": 2}}`, "one.a", ErrDuplicateKey},
		{`{"list": [{}, {"b": 1.5}]}`, "list[1].b", ErrSyntax},
		{`{"one": []}`, "one", ErrSyntax},
		{`{"one": {"a": 1,}}`, "", ErrSyntax},
		{`{"one": {"a": "x"}, "list": [}`, "", ErrSyntax}, // the syntax error wins
	} {
		_, _, err := read(c.in)
		if !errors.Is(err, c.is) {
			t.Errorf("%s: %v, want %v", c.in, err, c.is)
			continue
		}
		var fe *FieldError
		if got := ""; errors.As(err, &fe) {
			if got = fe.Field; got != c.field {
				t.Errorf("%s: %v, want field %q", c.in, err, c.field)
			}
		} else if c.field != "" {
			t.Errorf("%s: %v, want field %q", c.in, err, c.field)
		}
	}
	// A syntax error inside the value is reported at its offset in the
	// whole text, not in the value.
	if _, _, err := read(`{"one": {"a": 1,}}`); err == nil || !strings.Contains(err.Error(), "at byte 16") {
		t.Errorf("offset: %v", err)
	}
}

// TestAppendMarshal checks the writer's way to another type's MarshalJSON.
func TestAppendMarshal(t *testing.T) {
	b, err := AppendMarshal([]byte("["), json.RawMessage(`{"a":1}`))
	if err != nil || string(b) != `[{"a":1}` {
		t.Errorf("AppendMarshal = %s, %v", b, err)
	}
	if b, err := AppendMarshal([]byte("["), failing{}); err == nil || b != nil {
		t.Errorf("AppendMarshal of a failing MarshalJSON = %s, %v", b, err)
	}
}

type failing struct{}

func (failing) MarshalJSON() ([]byte, error) { return nil, errors.New("no") }

// TestDepth: the Reader bounds how deeply objects and arrays nest, not how
// many members an object has.
func TestDepth(t *testing.T) {
	// A flat object of 20.000 members whose values are objects: depth 2.
	var b strings.Builder
	b.WriteString("{")
	for i := range 20000 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `"k%d":{"a":1}`, i)
	}
	b.WriteString("}")
	members := 0
	err := Parse([]byte(b.String()), func(r *Reader) error {
		return r.Object(func(string) error {
			members++
			return r.Object(func(string) error { return r.Skip() })
		})
	})
	if err != nil || members != 20000 {
		t.Errorf("flat object of 20.000 objects: %d members, error %v", members, err)
	}
	// Arrays nested one deeper than the limit, read by Array and by Skip.
	deep := []byte(strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1))
	var nest func(r *Reader) error
	nest = func(r *Reader) error { return r.Array(func(int) error { return nest(r) }) }
	for name, fn := range map[string]func(r *Reader) error{"Array": nest, "Skip": (*Reader).Skip} {
		if err := Parse(deep, fn); err == nil || !strings.Contains(err.Error(), "exceeded max depth") {
			t.Errorf("%s of %d nested arrays: %v, want exceeded max depth", name, maxDepth+1, err)
		}
	}
	// Exactly at the limit is fine.
	ok := []byte(strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth))
	if err := Parse(ok, nest); err != nil {
		t.Errorf("%d nested arrays: %v", maxDepth, err)
	}
}
