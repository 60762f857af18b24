package datafile

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"github.com/hilversum/sociaaldomein/internal/text"
)

// Reader reads one JSON text in a single pass, straight into typed values:
// the loaders and ParseInput describe their documents with [Reader.Object],
// [Reader.Array] and the scalar reads, and the Reader refuses what a strict
// loader must refuse — unknown keys (the caller answers [Reader.Unknown]),
// duplicate keys, values of the wrong kind, and anything after the
// document — with the exact key path of the offending value (map values
// included, e.g. "key.shares.hilversum"). It uses no reflection.
//
// Errors about a value are [*FieldError] values; errors in the JSON syntax
// itself wrap [ErrSyntax] and name the byte offset. A null value reads as
// the zero value everywhere (as encoding/json does), so a caller that must
// refuse null checks [Reader.Null] first.
type Reader struct {
	data   []byte
	pos    int
	synErr error    // the first syntax error; once set, every read returns it
	keys   []string // the keys of the objects being read, innermost last
	buf    []byte   // scratch for unescaping strings
	// owned says that data belongs to the loader that reads it and is
	// never modified ([ParseOwned]): String may then return text that
	// shares its memory.
	owned bool
	// shared says that the last text read points into data (not into a
	// fresh copy made while unescaping it).
	shared bool
	// keyBuf holds the first keys, so that a small document (an input, a
	// series read through UnmarshalJSON) needs no allocation for them.
	// Fifteen keep the Reader at 344 bytes, within the 352-byte size class
	// (sixteen would need the 384-byte one).
	keyBuf [15]string
	depth  int // the objects and arrays being read
}

// Parse decodes the JSON document data with fn, which reads exactly one value
// from r, and refuses anything but white space after it.
func Parse(data []byte, fn func(r *Reader) error) error {
	return parse(data, false, fn)
}

// ParseOwned is [Parse] for a buffer that belongs to the caller alone and
// that nothing modifies, then or later (a loader's own copy of its file,
// as [Read] returns it): the strings [Reader.String] returns share its
// memory instead of being copied, so a kept string keeps the whole buffer
// alive. Never use it on a buffer that a caller passed in or that is
// reused: those strings would change with it.
func ParseOwned(data []byte, fn func(r *Reader) error) error {
	return parse(data, true, fn)
}

func parse(data []byte, owned bool, fn func(r *Reader) error) error {
	r := Reader{data: data, owned: owned}
	r.keys = r.keyBuf[:0]
	if err := fn(&r); err != nil {
		if r.synErr == nil {
			// A broken document is reported as such, even where its
			// breakage first shows as a wrong key: the error path (only)
			// checks the whole text's syntax.
			if serr := checkSyntax(data); serr != nil {
				return serr
			}
		}
		return r.fail(err)
	}
	if r.synErr != nil { // a syntax error that fn did not pass on
		return r.synErr
	}
	r.space()
	if r.pos < len(r.data) {
		return r.syntax("data after the JSON document")
	}
	return nil
}

// checkSyntax returns the syntax error of data, or nil when data is one
// well-formed JSON value.
func checkSyntax(data []byte) error {
	r := Reader{data: data}
	if err := r.Skip(); err != nil {
		return err
	}
	r.space()
	if r.pos < len(r.data) {
		return r.syntax("data after the JSON document")
	}
	return nil
}

// fail returns the syntax error if there was one, else err.
func (r *Reader) fail(err error) error {
	if r.synErr != nil {
		return r.synErr
	}
	return err
}

func (r *Reader) syntax(format string, args ...any) error {
	if r.synErr == nil {
		r.synErr = fmt.Errorf("%w at byte %d: %s", ErrSyntax, r.pos, fmt.Sprintf(format, args...))
	}
	return r.synErr
}

func (r *Reader) space() {
	d, i := r.data, r.pos
	for i < len(d) {
		switch d[i] {
		case ' ', '\t', '\n', '\r':
			i++
			// the indentation of a data file: eight spaces at a time
			for i+8 <= len(d) && load8(d, i) == ones*' ' {
				i += 8
			}
		default:
			r.pos = i
			return
		}
	}
	r.pos = i
}

// peek returns the first byte of the next value, or a syntax error at the
// end of the input.
func (r *Reader) peek() (byte, error) {
	if r.synErr != nil {
		return 0, r.synErr
	}
	r.space()
	if r.pos >= len(r.data) {
		return 0, r.syntax("unexpected end of input")
	}
	return r.data[r.pos], nil
}

// kindOf names the JSON kind a value starting with c has, as the errors
// say it.
func kindOf(c byte) string {
	switch c {
	case '"':
		return "string"
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	}
	return "number"
}

// wrongKind is the error for a value of the wrong kind; it reads past the
// value first, so that a syntax error in it is reported instead.
func (r *Reader) wrongKind(c byte, want string) error {
	if err := r.Skip(); err != nil {
		return err
	}
	return &FieldError{Err: fmt.Errorf("%w: %s where %s was expected", ErrSyntax, kindOf(c), want)}
}

// Null reports whether the next value is null, and reads past it if so.
func (r *Reader) Null() bool {
	c, err := r.peek()
	if err != nil || c != 'n' {
		return false
	}
	return r.literal("null") == nil
}

func (r *Reader) literal(lit string) error {
	if len(r.data)-r.pos < len(lit) || string(r.data[r.pos:r.pos+len(lit)]) != lit {
		return r.syntax("invalid literal, expected %s", lit)
	}
	r.pos += len(lit)
	return nil
}

// Unknown is what an object's key function returns for a key the document
// does not declare; the Reader reports it with its path.
func (r *Reader) Unknown() error { return ErrUnknownField }

// maxDepth bounds the nesting of objects and arrays a Reader follows.
const maxDepth = 10000

// Object reads an object (or null, which calls nothing), calling fn with
// each key in document order; fn reads the key's value from r. A key that
// occurs twice is an error; an error of fn is returned with the key
// prefixed to its path. The key is valid only during the call: a caller
// that keeps it (a map key) copies it with strings.Clone.
func (r *Reader) Object(fn func(key string) error) error {
	c, err := r.peek()
	if err != nil {
		return err
	}
	if c == 'n' {
		return r.literal("null")
	}
	if c != '{' {
		return r.wrongKind(c, "an object")
	}
	if r.depth >= maxDepth {
		return r.syntax("exceeded max depth")
	}
	r.pos++
	r.depth++
	start := len(r.keys)
	defer func() { r.keys, r.depth = r.keys[:start], r.depth-1 }()
	var seen map[string]struct{} // for large objects only
	c, err = r.peek()
	if err != nil {
		return err
	}
	if c == '}' {
		r.pos++
		return nil
	}
	for {
		c, err := r.peek()
		if err != nil {
			return err
		}
		if c != '"' {
			return r.syntax("invalid character %q looking for beginning of object key string", c)
		}
		key, err := r.text()
		if err != nil {
			return err
		}
		n := len(r.keys) - start
		dup := false
		if seen != nil {
			_, dup = seen[key]
		} else {
			for _, k := range r.keys[start:] {
				if k == key {
					dup = true
					break
				}
			}
		}
		if dup {
			return &FieldError{Field: keyPath(key), Err: ErrDuplicateKey}
		}
		if n == 32 {
			seen = make(map[string]struct{}, 64)
			for _, k := range r.keys[start:] {
				seen[k] = struct{}{}
			}
		}
		if seen != nil {
			seen[key] = struct{}{}
		}
		r.keys = append(r.keys, key)
		if c, err = r.peek(); err != nil {
			return err
		}
		if c != ':' {
			return r.syntax("invalid character %q after object key", c)
		}
		r.pos++
		if err := fn(key); err != nil {
			if k, ok := err.(keyed); ok {
				return r.fail(k.err)
			}
			return r.fail(InField(keyPath(key), err))
		}
		if c, err = r.peek(); err != nil {
			return err
		}
		r.pos++
		switch c {
		case ',':
		case '}':
			return nil
		default:
			r.pos--
			return r.syntax("invalid character %q after object key:value pair", c)
		}
	}
}

// maxKeyLen bounds how much of a key an error repeats: enough to recognise
// it, not enough to echo a hostile megabyte back.
const maxKeyLen = 64

// keyed is an error of an object's key function that names its path from
// the object on, key included; see [Keyed].
type keyed struct{ err error }

func (k keyed) Error() string { return k.err.Error() }

// Keyed marks err, returned by an [Reader.Object] key function, as naming
// its whole path from the object on, the key included (as a map's value
// errors do, which quote the key in their own way); the Reader then does not
// prefix the key again.
func Keyed(err error) error {
	if err == nil {
		return nil
	}
	return keyed{err}
}

// keyPath is a key as a path names it: cut to a recognisable length and
// copied, so that an error never holds on to the input.
func keyPath(key string) string { return text.Clip(string([]byte(key)), maxKeyLen) }

// Array reads an array (or null, which calls nothing), calling fn for each
// element with its index; fn reads the element from r. An error of fn is
// returned with "[i]" prefixed to its path.
func (r *Reader) Array(fn func(i int) error) error {
	c, err := r.peek()
	if err != nil {
		return err
	}
	if c == 'n' {
		return r.literal("null")
	}
	if c != '[' {
		return r.wrongKind(c, "an array")
	}
	if r.depth >= maxDepth {
		return r.syntax("exceeded max depth")
	}
	r.pos++
	r.depth++
	defer func() { r.depth-- }()
	if c, err = r.peek(); err != nil {
		return err
	}
	if c == ']' {
		r.pos++
		return nil
	}
	for i := 0; ; i++ {
		if err := fn(i); err != nil {
			return r.fail(InField("["+strconv.Itoa(i)+"]", err))
		}
		if c, err = r.peek(); err != nil {
			return err
		}
		r.pos++
		switch c {
		case ',':
		case ']':
			return nil
		default:
			r.pos--
			return r.syntax("invalid character %q after array element", c)
		}
	}
}

// String reads a string; null reads as "".
func (r *Reader) String() (string, error) {
	s, null, err := r.Text()
	if err != nil || null {
		return "", err
	}
	if r.shared && !r.owned {
		// s points into the caller's buffer, which may change.
		return string([]byte(s)), nil
	}
	return s, nil // a fresh copy, or text of an owned buffer
}

// Text reads a string without copying it where it can: the result is valid
// only until the Reader's input changes, so a caller that keeps it (rather
// than parsing it at once) copies it. null reports null.
func (r *Reader) Text() (s string, null bool, err error) {
	c, err := r.peek()
	if err != nil {
		return "", false, err
	}
	switch c {
	case '"':
		s, err := r.text()
		return s, false, err
	case 'n':
		return "", true, r.literal("null")
	}
	return "", false, r.wrongKind(c, "a string")
}

// text reads the string at r.pos. Invalid UTF-8 becomes U+FFFD, as
// encoding/json has it.
func (r *Reader) text() (string, error) {
	r.pos++ // the quote
	start := r.pos
	for i := start; ; {
		i = plainRun(r.data, i, false) // up to a quote, backslash, control or non-ASCII byte
		if i == len(r.data) {
			r.pos = len(r.data)
			return "", r.syntax("unexpected end of input")
		}
		switch c := r.data[i]; {
		case c == '"':
			r.pos = i + 1
			r.shared = true
			b := r.data[start:i]
			return unsafe.String(unsafe.SliceData(b), len(b)), nil
		case c == '\\':
			return r.slowText(start)
		case c < ' ':
			r.pos = i
			return "", r.syntax("invalid character %q in string literal", c)
		default: // valid UTF-8 stays as it is; invalid becomes U+FFFD
			ru, size := utf8.DecodeRune(r.data[i:])
			if ru == utf8.RuneError && size == 1 {
				return r.slowText(start)
			}
			i += size
		}
	}
}

func (r *Reader) slowText(start int) (string, error) {
	b := r.buf[:0]
	r.shared = false
	i := start
	for i < len(r.data) {
		if j := plainRun(r.data, i, false); j > i {
			b = append(b, r.data[i:j]...)
			if i = j; i == len(r.data) {
				break
			}
		}
		c := r.data[i]
		switch {
		case c == '"':
			r.pos = i + 1
			r.buf = b
			return string(b), nil
		case c < ' ':
			r.pos = i
			return "", r.syntax("invalid character %q in string literal", c)
		case c == '\\':
			if i+1 >= len(r.data) {
				r.pos = len(r.data)
				return "", r.syntax("unexpected end of input")
			}
			i++
			switch e := r.data[i]; e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				ru, ok := hex4(r.data[i+1:])
				if !ok {
					r.pos = i
					return "", r.syntax("invalid character in \\u hexadecimal character escape")
				}
				i += 4
				if utf16.IsSurrogate(ru) {
					ru2 := rune(-1)
					if i+2 < len(r.data) && r.data[i+1] == '\\' && r.data[i+2] == 'u' {
						ru2, ok = hex4(r.data[i+3:])
						if !ok {
							ru2 = -1
						}
					}
					if dec := utf16.DecodeRune(ru, ru2); dec != utf8.RuneError {
						i += 6
						ru = dec
					} else {
						ru = utf8.RuneError
					}
				}
				b = utf8.AppendRune(b, ru)
			default:
				r.pos = i
				return "", r.syntax("invalid character %q in string escape code", e)
			}
			i++
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			ru, size := utf8.DecodeRune(r.data[i:])
			b = utf8.AppendRune(b, ru) // RuneError for invalid UTF-8
			i += size
		}
	}
	r.pos = len(r.data)
	return "", r.syntax("unexpected end of input")
}

func hex4(s []byte) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var v rune
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		v = v<<4 | rune(c)
	}
	return v, true
}

// number reads a number literal, checking its grammar.
func (r *Reader) number() ([]byte, error) {
	start, i := r.pos, r.pos
	d := r.data
	digits := func() bool {
		j := i
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
		return i > j
	}
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case !digits():
		r.pos = i
		if i >= len(d) {
			return nil, r.syntax("unexpected end of input")
		}
		return nil, r.syntax("invalid character %q looking for beginning of value", d[i])
	}
	if i < len(d) && d[i] == '.' {
		i++
		if !digits() {
			r.pos = i
			return nil, r.syntax("invalid character after decimal point in numeric literal")
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if !digits() {
			r.pos = i
			return nil, r.syntax("invalid character in exponent of numeric literal")
		}
	}
	r.pos = i
	return d[start:i], nil
}

// wholeLiteral reads the literal of a whole number for Int and Uint; null
// reads as "".
func (r *Reader) wholeLiteral() (string, error) {
	c, err := r.peek()
	if err != nil {
		return "", err
	}
	if c == 'n' {
		return "", r.literal("null")
	}
	if c != '-' && (c < '0' || c > '9') {
		return "", r.wrongKind(c, "a whole number")
	}
	lit, err := r.number()
	return unsafe.String(unsafe.SliceData(lit), len(lit)), err
}

// notWhole is the error for a number that is no whole number of the size
// wanted.
func notWhole(lit string) error {
	return &FieldError{Err: fmt.Errorf("%w: number %s where a whole number was expected", ErrSyntax, lit)}
}

// Int reads a whole number that fits in bits bits; null reads as 0.
func (r *Reader) Int(bits int) (int64, error) {
	lit, err := r.wholeLiteral()
	if err != nil || lit == "" {
		return 0, err
	}
	n, err := strconv.ParseInt(lit, 10, bits)
	if err != nil {
		return 0, notWhole(lit)
	}
	return n, nil
}

// Uint reads a whole number ≥ 0 that fits in bits bits; null reads as 0.
func (r *Reader) Uint(bits int) (uint64, error) {
	lit, err := r.wholeLiteral()
	if err != nil || lit == "" {
		return 0, err
	}
	n, err := strconv.ParseUint(lit, 10, bits)
	if err != nil {
		return 0, notWhole(lit)
	}
	return n, nil
}

// Bool reads true or false; null reads as false.
func (r *Reader) Bool() (bool, error) {
	c, err := r.peek()
	if err != nil {
		return false, err
	}
	switch c {
	case 't':
		return true, r.literal("true")
	case 'f':
		return false, r.literal("false")
	case 'n':
		return false, r.literal("null")
	}
	return false, r.wrongKind(c, "true or false")
}

// Unmarshaler is a type that reads its own JSON form, as encoding/json's
// Unmarshaler does (without importing it).
type Unmarshaler interface {
	UnmarshalJSON(data []byte) error
}

// Unmarshal reads the next value with u's UnmarshalJSON: the way a reader
// in one package reads a field whose type belongs to another package of the
// module, so that no package exports a method on the Reader. The value is
// checked for syntax first (errors name the byte offset in r's input) and
// handed over without a copy; an error of u naming a field (a
// [*FieldError], as the module's UnmarshalJSON methods return, which read
// their value with [Parse]) gets the path of the value prefixed by the
// object or array being read, as any error of a key function does.
func (r *Reader) Unmarshal(u Unmarshaler) error {
	if _, err := r.peek(); err != nil {
		return err
	}
	start := r.pos
	if err := r.Skip(); err != nil {
		return err
	}
	return u.UnmarshalJSON(r.data[start:r.pos:r.pos])
}

// Skip reads past one value of any kind, checking its syntax.
func (r *Reader) Skip() error { return r.skip(r.depth) }

func (r *Reader) skip(depth int) error {
	c, err := r.peek()
	if err != nil {
		return err
	}
	switch c {
	case '{', '[':
		if depth >= maxDepth {
			return r.syntax("exceeded max depth")
		}
		obj := c == '{'
		r.pos++
		if c, err = r.peek(); err != nil {
			return err
		}
		if (obj && c == '}') || (!obj && c == ']') {
			r.pos++
			return nil
		}
		for {
			if obj {
				if err := r.objectKey(); err != nil {
					return err
				}
			}
			if err := r.skip(depth + 1); err != nil {
				return err
			}
			if c, err = r.peek(); err != nil {
				return err
			}
			switch {
			case c == ',':
				r.pos++
			case (obj && c == '}') || (!obj && c == ']'):
				r.pos++
				return nil
			default:
				return r.syntax("invalid character %q after value", c)
			}
		}
	case '"':
		_, err = r.text()
	case 't':
		err = r.literal("true")
	case 'f':
		err = r.literal("false")
	case 'n':
		err = r.literal("null")
	default:
		_, err = r.number()
	}
	return err
}

// objectKey reads `"key":` in an object being skipped.
func (r *Reader) objectKey() error {
	c, err := r.peek()
	if err != nil {
		return err
	}
	if c != '"' {
		return r.syntax("invalid character %q looking for beginning of object key string", c)
	}
	if _, err := r.text(); err != nil {
		return err
	}
	if c, err = r.peek(); err != nil {
		return err
	}
	if c != ':' {
		return r.syntax("invalid character %q after object key", c)
	}
	r.pos++
	return nil
}
