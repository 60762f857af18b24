package datafile

import (
	"errors"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	type inner struct {
		A string `json:"a"`
	}
	type doc struct {
		X    int     `json:"x"`
		List []inner `json:"list"`
	}
	cases := []struct {
		in, field string
		is        error
	}{
		{`{"x":1,"x":2}`, "x", ErrDuplicateKey},
		{`{"list":[{"a":"1"},{"a":"1","a":"2"}]}`, "list[1].a", ErrDuplicateKey},
		{`{"list":[{"a":"1"},{"b":"2"}]}`, "list[1].b", ErrUnknownField},
		{`{"x":"one"}`, "x", ErrSyntax},
		{`{"x":1} {"x":2}`, "", ErrSyntax},
		{`{"x":1`, "", ErrSyntax},
		{strings.Repeat("[", 100000), "", ErrSyntax},
		// A long key is quoted up to 64 bytes, cut on a rune boundary: "€"
		// is 3 bytes, so 21 of them (63 bytes) and the ellipsis.
		{`{"` + strings.Repeat("€", 30) + `":1}`, strings.Repeat("€", 21) + "…", ErrUnknownField},
		{`{"list":[{"` + strings.Repeat("€", 30) + `":1}]}`, "list[0]." + strings.Repeat("€", 21) + "…", ErrUnknownField},
		{`{"` + strings.Repeat("€", 30) + `":1,"` + strings.Repeat("€", 30) + `":1}`, strings.Repeat("€", 21) + "…", ErrDuplicateKey},
	}
	for _, c := range cases {
		var d doc
		err := Decode([]byte(c.in), &d)
		if !errors.Is(err, c.is) {
			t.Errorf("Decode(%.40s) = %v, want %v", c.in, err, c.is)
			continue
		}
		var fe *FieldError
		if c.field != "" && (!errors.As(err, &fe) || fe.Field != c.field) {
			t.Errorf("Decode(%.40s) = %v, want field %q", c.in, err, c.field)
		}
	}
	var d doc
	if err := Decode([]byte(`{"x":1,"list":[{"a":"b"}]}`), &d); err != nil || d.X != 1 || d.List[0].A != "b" {
		t.Errorf("valid document: %v, %+v", err, d)
	}
}
