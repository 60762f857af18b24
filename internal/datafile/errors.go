// Package datafile is the plumbing every loader of the project reads
// through: the strict JSON decoder (unknown and duplicate keys are errors,
// with their path), the size-limited reader, and the field and data-file
// error types that package budget exports under its own name
// (budget.FieldError, budget.DataError). It is internal so that these
// helpers are not part of the library's API.
package datafile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// Errors the decoder wraps; package budget exports the same values.
var (
	ErrUnknownField = errors.New("unknown field")
	ErrDuplicateKey = errors.New("duplicate key")
	ErrMissing      = errors.New("missing")
	ErrSyntax       = errors.New("malformed JSON")
)

// FieldError is an error about one named field of an input: a JSON key path
// such as "lines[2].amounts.years.2024", or a form field.
type FieldError struct {
	Field string // dotted path of the field
	Err   error  // what is wrong with it; wraps one of the Err* values where one applies
}

func (e *FieldError) Error() string {
	if e.Field == "" {
		return e.Err.Error()
	}
	return fmt.Sprintf("%s: %v", e.Field, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

// InField returns err as a [*FieldError] whose path starts with field. An
// error that already names a field gets field prefixed to its path, so nested
// decoders build full paths such as "options[1].lines[3].amounts".
func InField(field string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FieldError
	if field == "" {
		return err
	}
	if errors.As(err, &fe) {
		path := field
		if fe.Field != "" {
			if fe.Field[0] == '[' {
				path += fe.Field
			} else {
				path += "." + fe.Field
			}
		}
		return &FieldError{Field: path, Err: fe.Err}
	}
	return &FieldError{Field: field, Err: err}
}

// DataError is an error in a data file: which file, which record (its id
// where it has one, else its position), which field, and what is wrong.
type DataError struct {
	File   string // the name the loader was given, e.g. "budget/data/startnotitie.json"
	Record string // e.g. `option "C"` or `line "c-pm"`; empty for the file as a whole
	Field  string // dotted path within the record; empty when the record as a whole is wrong
	Err    error
}

func (e *DataError) Error() string {
	msg := e.File
	if e.Record != "" {
		msg += ": " + e.Record
	}
	if e.Field != "" {
		msg += ": field " + e.Field
	}
	return msg + ": " + e.Err.Error()
}

func (e *DataError) Unwrap() error { return e.Err }

// NewDataError builds a [*DataError] for file and record from err, taking the
// field path from err when err is (or wraps) a [*FieldError].
func NewDataError(file, record string, err error) error {
	if err == nil {
		return nil
	}
	de := &DataError{File: file, Record: record, Err: err}
	var fe *FieldError
	if errors.As(err, &fe) {
		de.Field, de.Err = fe.Field, fe.Err
	}
	return de
}

// MaxSize bounds what a loader reads, so a wrong file cannot exhaust
// memory.
const MaxSize = 4 << 20

// Read reads a data file of at most [MaxSize] bytes into a buffer of its
// own (which the loaders parse with [ParseOwned]); errors are [*DataError]
// values naming the file. Every loader of the project reads through it.
func Read(r io.Reader, name string) ([]byte, error) {
	var data []byte
	var err error
	if l, ok := r.(interface{ Len() int }); ok && l.Len() <= MaxSize {
		// A bytes.Reader or strings.Reader (an embedded file) says how
		// much is left: read it into one buffer of that size, not through
		// io.ReadAll's growing one.
		buf := bytes.NewBuffer(make([]byte, 0, l.Len()+bytes.MinRead))
		_, err = buf.ReadFrom(io.LimitReader(r, MaxSize+1))
		data = buf.Bytes()
	} else {
		data, err = io.ReadAll(io.LimitReader(r, MaxSize+1))
	}
	if err != nil {
		return nil, &DataError{File: name, Err: err}
	}
	if len(data) > MaxSize {
		return nil, &DataError{File: name, Err: fmt.Errorf("larger than %d bytes", MaxSize)}
	}
	return data, nil
}
