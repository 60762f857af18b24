package budget

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// DecodeStrict decodes the JSON document data into v and refuses what
// encoding/json lets pass silently: unknown keys, duplicate keys, and
// anything after the document. A silently ignored key in a parameter file is
// a known source of wrong results, so every one is an error here. Errors are
// [*FieldError] values naming the offending key path where there is one.
func DecodeStrict(data []byte, v any) error {
	if err := checkDuplicateKeys(data); err != nil {
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
		return &FieldError{Field: te.Field, Err: fmt.Errorf("%w: %s where %s was expected", ErrSyntax, te.Value, te.Type)}
	case errors.As(err, &se):
		return fmt.Errorf("%w at byte %d: %v", ErrSyntax, se.Offset, se)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name, uerr := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		if uerr != nil {
			name = strings.TrimPrefix(err.Error(), "json: unknown field ")
		}
		return &FieldError{Field: name, Err: ErrUnknownField}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: unexpected end of input", ErrSyntax)
	}
	return fmt.Errorf("%w: %v", ErrSyntax, err)
}

// checkDuplicateKeys walks the token stream and reports the first object key
// that occurs twice in one object, with its path. It keeps its own stack, so
// deeply nested input cannot exhaust the goroutine stack.
func checkDuplicateKeys(data []byte) error {
	type frame struct {
		obj       bool
		keys      map[string]struct{}
		path      string // path of this container
		key       string // object: key of the value being read
		expectKey bool   // object: the next token is a key or '}'
		n         int    // array: index of the next element
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []frame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return jsonFieldError(err)
		}
		valuePath := ""
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
					return &FieldError{Field: joinPath(top.path, key), Err: ErrDuplicateKey}
				}
				top.keys[key] = struct{}{}
				top.key, top.expectKey = key, false
				continue
			case top.obj:
				valuePath = joinPath(top.path, top.key)
				top.expectKey = true
			default:
				if tok == json.Delim(']') {
					stack = stack[:n-1]
					continue
				}
				valuePath = top.path + "[" + strconv.Itoa(top.n) + "]"
				top.n++
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{obj: true, keys: map[string]struct{}{}, path: valuePath, expectKey: true})
		case json.Delim('['):
			stack = append(stack, frame{path: valuePath})
		}
	}
}

func joinPath(base, key string) string {
	if base == "" {
		return key
	}
	return base + "." + key
}
