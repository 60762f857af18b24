package budget

import (
	"errors"

	"github.com/hilversum/sociaaldomein/internal/datafile"
)

// Errors that loaders and parsers wrap, so callers can test with errors.Is.
var (
	ErrBadAmount     = errors.New("not a valid amount")
	ErrBadYear       = errors.New("not a valid year")
	ErrUnknownField  = datafile.ErrUnknownField
	ErrDuplicateKey  = datafile.ErrDuplicateKey
	ErrDuplicateID   = errors.New("duplicate id")
	ErrMissing       = datafile.ErrMissing
	ErrTotalMismatch = errors.New("printed total differs from the sum of its lines")
	ErrSyntax        = datafile.ErrSyntax
	// ErrUnknownDocument: a source names a document that its data file
	// does not declare in "documents" (see [Documents.Resolve]).
	ErrUnknownDocument = errors.New("unknown document")
)

// FieldError is an error about one named field of an input: a JSON key path
// such as "lines[2].amounts.years.2024", or a form field. Field is the
// dotted path; Err says what is wrong and wraps one of the Err… values where
// one applies. Every package of the project reports bad input as one
// (errors.As with a *FieldError), like strconv's NumError.
type FieldError = datafile.FieldError

// DataError is an error in a data file: which File, which Record (its id
// where it has one, else its position), which Field within it, and the Err.
type DataError = datafile.DataError
