package datafile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/internal/text"
)

// The decoder the project used before the single-pass Reader, kept here
// only as the reference the fuzz target compares the Reader with.

// Decode decodes the JSON document data into v and refuses what
// encoding/json lets pass silently: unknown keys, duplicate keys, and
// anything after the document. A silently ignored key in a parameter file is
// a known source of wrong results, so every one is an error here. Errors are
// [*FieldError] values naming the offending key path where there is one.
func Decode(data []byte, v any) error {
	if err := checkDuplicateKeys(data); err != nil {
		return err
	}
	if err := checkKnownFields(data, reflect.TypeOf(v)); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonFieldError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: data after the JSON document", ErrSyntax)
	}
	return nil
}

// jsonFieldError turns encoding/json's errors into FieldErrors that name
// the key.
func jsonFieldError(err error) error {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	var fe *FieldError
	switch {
	case errors.As(err, &fe):
		return err
	case errors.As(err, &te):
		return &FieldError{Field: te.Field, Err: fmt.Errorf("%w: %s where %s was expected", ErrSyntax, te.Value, jsonKind(te.Type))}
	case errors.As(err, &se):
		return fmt.Errorf("%w at byte %d: %v", ErrSyntax, se.Offset, se)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name, uerr := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		if uerr != nil {
			name = strings.TrimPrefix(err.Error(), "json: unknown field ")
		}
		return &FieldError{Field: text.Clip(name, maxKeyLen), Err: ErrUnknownField}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: unexpected end of input", ErrSyntax)
	}
	return fmt.Errorf("%w: %v", ErrSyntax, err)
}

// jsonKind names what JSON value a Go type takes, for error messages that
// reach people who write JSON, not Go.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "a value"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		return "a JSON value of the documented form"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	}
	return "a " + t.Kind().String()
}

// checkDuplicateKeys walks the token stream and reports the first object key
// that occurs twice in one object, with its path. It keeps its own stack, and
// builds a path only when it reports one, so deeply nested input costs
// linear time and cannot exhaust the goroutine stack.
func checkDuplicateKeys(data []byte) error {
	type frame struct {
		obj       bool
		keys      map[string]struct{}
		key       string // object: key of the value being read
		expectKey bool   // object: the next token is a key or '}'
		n         int    // array: number of elements started
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []frame
	pathOf := func(last string) string {
		var b strings.Builder
		for i, f := range stack {
			switch {
			case f.obj && i == len(stack)-1:
				// the innermost object: last is the duplicate key
			case f.obj:
				if b.Len() > 0 {
					b.WriteByte('.')
				}
				b.WriteString(f.key)
			default:
				b.WriteString("[" + strconv.Itoa(f.n-1) + "]")
			}
		}
		return joinPath(b.String(), last)
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return jsonFieldError(err)
		}
		if n := len(stack); n > 0 {
			top := &stack[n-1]
			switch {
			case top.obj && top.expectKey:
				if tok == json.Delim('}') {
					stack = stack[:n-1]
					continue
				}
				key, _ := tok.(string)
				if _, dup := top.keys[key]; dup {
					return &FieldError{Field: pathOf(text.Clip(key, maxKeyLen)), Err: ErrDuplicateKey}
				}
				top.keys[key] = struct{}{}
				top.key, top.expectKey = key, false
				continue
			case top.obj:
				top.expectKey = true
			default:
				if tok == json.Delim(']') {
					stack = stack[:n-1]
					continue
				}
				top.n++
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{obj: true, keys: map[string]struct{}{}, expectKey: true})
		case json.Delim('['):
			stack = append(stack, frame{})
		}
	}
}

// checkKnownFields reports the first key of data that the Go type t does not
// declare, with its full path. encoding/json's own check names only the key,
// and it matches keys case-insensitively; here a key must match its json tag
// exactly. Types with their own UnmarshalJSON check their keys themselves.
func checkKnownFields(data []byte, t reflect.Type) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw any
	if err := dec.Decode(&raw); err != nil {
		return jsonFieldError(err)
	}
	return knownFields(raw, t, "")
}

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

func knownFields(raw any, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		// Decode the value on its own, so that its error carries the path
		// to it (encoding/json returns an UnmarshalJSON error without one).
		sub, err := json.Marshal(raw)
		if err != nil {
			return &FieldError{Field: path, Err: err}
		}
		u := reflect.New(t).Interface().(json.Unmarshaler)
		return InField(path, u.UnmarshalJSON(sub))
	}
	switch t.Kind() {
	case reflect.Struct:
		obj, ok := raw.(map[string]any)
		if !ok {
			return nil // a type mismatch; the decoder reports it
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			ft, ok := fieldByTag(t, k)
			if !ok {
				return &FieldError{Field: joinPath(path, text.Clip(k, maxKeyLen)), Err: ErrUnknownField}
			}
			if err := knownFields(obj[k], ft, joinPath(path, k)); err != nil {
				return err
			}
		}
	case reflect.Slice, reflect.Array:
		arr, ok := raw.([]any)
		if !ok {
			return nil
		}
		for i, e := range arr {
			if err := knownFields(e, t.Elem(), path+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
	case reflect.Map:
		obj, ok := raw.(map[string]any)
		if !ok {
			return nil
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if err := knownFields(obj[k], t.Elem(), joinPath(path, text.Clip(k, maxKeyLen))); err != nil {
				return err
			}
		}
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		// A scalar of the wrong kind is named here, with its full path
		// (map keys included); encoding/json names only the map.
		if raw == nil || scalarFits(raw, t.Kind()) {
			return nil
		}
		return &FieldError{Field: path, Err: fmt.Errorf("%w: %s where %s was expected", ErrSyntax, valueKind(raw), jsonKind(t))}
	}
	return nil
}

// scalarFits reports whether a decoded JSON value has the kind k takes
// (a number's range is left to the decoder).
func scalarFits(raw any, k reflect.Kind) bool {
	switch raw.(type) {
	case string:
		return k == reflect.String
	case bool:
		return k == reflect.Bool
	case json.Number:
		return k != reflect.String && k != reflect.Bool
	}
	return false
}

// valueKind names the kind of a decoded JSON value as JSON calls it.
func valueKind(raw any) string {
	switch raw.(type) {
	case string:
		return "string"
	case bool:
		return "bool"
	case json.Number:
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "value"
}

// fieldByTag finds the exported field of struct type t whose JSON name is
// exactly name.
func fieldByTag(t reflect.Type, name string) (reflect.Type, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		n, _, _ := strings.Cut(tag, ",")
		if n == "" {
			n = f.Name
		}
		if n == name {
			return f.Type, true
		}
	}
	return nil, false
}

func joinPath(base, key string) string {
	if base == "" {
		return key
	}
	return base + "." + key
}
