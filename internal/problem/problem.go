// Package problem holds the one error answer of this project: an RFC 9457
// problem details object that the HTTP service (examples/service) and the
// browser's JS API (internal/view) both give for a bad input, listing every
// invalid field a *budget.FieldError (or an errors.Join of them) names. It
// is internal: the library reports errors as values; how to answer them is
// the callers' business, and these two answer alike.
package problem

import (
	"errors"
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
)

// Details is an error answer in the one form that the HTTP service and the
// browser's JS API share, so a client handles both alike: a problem details
// object of RFC 9457, served as [MediaType]:
//
//	{
//	  "type": "https://github.com/hilversum/sociaaldomein/blob/main/README.md#problem-invalid-input",
//	  "title": "Invalid input",
//	  "status": 400,
//	  "detail": "2 fields of the input are invalid: model.theta, to",
//	  "code": "invalid_input",
//	  "invalidParams": [
//	    {"name": "model.theta", "code": "invalid_value", "reason": "must be a fraction between 0 and 1: θ = 1.5"},
//	    {"name": "to", "code": "invalid_value", "reason": "…"}
//	  ]
//	}
//
// Type identifies the kind of problem (see [TypeInvalidInput]); "about:blank"
// when the status alone says what is wrong, and Title is then the status
// phrase of RFC 9110. Code is a stable short name of the kind, the same for
// the same Type, for clients that switch on a string. InvalidParams lists
// every invalid field of the input, by its JSON path; it is absent when the
// request as a whole is wrong for another reason than its fields.
//
// Instance is left out by this project: nothing is stored per request, so
// there is no resource of the occurrence to point to.
type Details struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"` // the HTTP status, also in the JS API
	Detail   string `json:"detail"`
	Instance string `json:"instance,omitempty"`
	// Extension members (RFC 9457, section 3.2).
	Code          string         `json:"code"`
	InvalidParams []InvalidParam `json:"invalidParams,omitempty"`
}

// InvalidParam is one invalid field of an input: the "invalidParams"
// extension member that Dutch government APIs use (VNG Haal Centraal, ZGW).
type InvalidParam struct {
	// Name is the JSON path of the field ("model.theta", "measures[1]",
	// "key.shares.hilversum"); "" is the body as a whole (a text that is
	// not one JSON object).
	Name string `json:"name"`
	// Code is ParamMalformedJSON, ParamUnknownField, ParamDuplicateKey,
	// ParamMissing or ParamInvalidValue.
	Code string `json:"code"`
	// Reason says what is wrong, in English.
	Reason string `json:"reason"`
}

// MediaType is the media type of a [Details] (RFC 9457).
const MediaType = "application/problem+json"

// Details codes of the evaluation; a service adds its own for HTTP-level
// errors.
const (
	CodeMalformedJSON = "malformed_json" // the text is not the documented JSON form
	CodeInvalidInput  = "invalid_input"  // well-formed, but a field is unknown, duplicate or not allowed
	CodeInternal      = "internal_error" // a defect, not the caller's fault
)

// Codes of one invalid field ([InvalidParam.Code]).
const (
	ParamMalformedJSON = "malformed_json" // not JSON, or a value of the wrong JSON type
	ParamUnknownField  = "unknown_field"  // a key the form does not have
	ParamDuplicateKey  = "duplicate_key"  // a key given twice
	ParamMissing       = "missing"        // a value that must be given is not
	ParamInvalidValue  = "invalid_value"  // a value that is not allowed
)

// Details types. A type is a URI that never changes for its kind (RFC 9457,
// section 3.1.1); the README's section "HTTP service and the NL API Design
// Rules" describes each at the fragment it names. The kinds whose status is
// shared with other kinds (400) have their own type; a problem that the
// status alone explains has [TypeBlank].
const (
	// TypeBase is the common start of this project's problem types.
	TypeBase          = "https://github.com/hilversum/sociaaldomein/blob/main/README.md#problem-"
	TypeMalformedJSON = TypeBase + "malformed-json"
	TypeInvalidInput  = TypeBase + "invalid-input"
	// TypeBlank is RFC 9457's "no more than the status says".
	TypeBlank = "about:blank"
)

// Titles of the problem types; a title never changes between occurrences
// of its type.
const (
	TitleMalformedJSON = "Malformed JSON"
	TitleInvalidInput  = "Invalid input"
)

// maxProblemText bounds what a Details repeats of a field or message: a
// hostile key is cut, on a rune boundary.
const maxProblemText = 200

// MaxInvalidParams bounds the list of invalid fields in one Details; the
// detail says how many there were.
const MaxInvalidParams = 50

// StatusPhrase returns the reason phrase of RFC 9110 for an error status,
// "Error" for one this project does not use.
func StatusPhrase(status int) string {
	switch status {
	case 400:
		return "Bad Request"
	case 404:
		return "Not Found"
	case 405:
		return "Method Not Allowed"
	case 406:
		return "Not Acceptable"
	case 413:
		return "Content Too Large"
	case 415:
		return "Unsupported Media Type"
	case 500:
		return "Internal Server Error"
	case 503:
		return "Service Unavailable"
	}
	return "Error"
}

// Status returns a problem that its status explains: type
// "about:blank", the status phrase as title, the given code and detail.
func Status(status int, code, detail string) Details {
	return Details{Type: TypeBlank, Title: StatusPhrase(status), Status: status, Detail: detail, Code: code}
}

// Of returns the Details for an error of [ParseInput] or
// [Data.Evaluate]: 400 listing every invalid field when err is a
// [*budget.FieldError] or a tree of them (errors.Join, or any error with
// Unwrap() []error, at any depth); "malformed_json" when one of them is a
// syntax error, else "invalid_input". Anything else is 500
// "internal_error": the library promises a typed error for every bad
// input, so an error that is not one is a defect.
func Of(err error) Details {
	fes, ok := fieldErrors(err)
	if !ok || len(fes) == 0 {
		return Status(500, CodeInternal, "the scenario could not be evaluated")
	}
	p := Details{Type: TypeInvalidInput, Title: TitleInvalidInput, Status: 400, Code: CodeInvalidInput}
	for _, fe := range fes {
		ip := InvalidParam{Name: text.Clip(fe.Field, maxProblemText), Code: paramCode(fe.Err), Reason: "invalid"}
		if fe.Err != nil {
			ip.Reason = text.Clip(fe.Err.Error(), maxProblemText)
		}
		if ip.Code == ParamMalformedJSON {
			p.Type, p.Title, p.Code = TypeMalformedJSON, TitleMalformedJSON, CodeMalformedJSON
		}
		p.InvalidParams = append(p.InvalidParams, ip)
	}
	p.Detail = detailOf(p.InvalidParams)
	return p
}

// fieldErrors lists the field errors of an error tree in order; false when
// a leaf of the tree is not a field error.
func fieldErrors(err error) ([]*budget.FieldError, bool) {
	switch e := err.(type) {
	case nil:
		return nil, false
	case *budget.FieldError:
		// The outermost field error names the field: its path is the full
		// one (datafile.InField prefixes the paths of inner ones).
		return []*budget.FieldError{e}, true
	case interface{ Unwrap() []error }:
		var all []*budget.FieldError
		for _, c := range e.Unwrap() {
			fes, ok := fieldErrors(c)
			if !ok {
				return nil, false
			}
			all = append(all, fes...)
		}
		return all, true
	case interface{ Unwrap() error }:
		return fieldErrors(e.Unwrap())
	}
	return nil, false
}

func paramCode(err error) string {
	switch {
	case errors.Is(err, budget.ErrSyntax):
		return ParamMalformedJSON
	case errors.Is(err, budget.ErrUnknownField):
		return ParamUnknownField
	case errors.Is(err, budget.ErrDuplicateKey):
		return ParamDuplicateKey
	case errors.Is(err, budget.ErrMissing):
		return ParamMissing
	}
	return ParamInvalidValue
}

// detailOf says in one line what is wrong: the one field and its reason, or
// how many fields and which.
func detailOf(ps []InvalidParam) string {
	if len(ps) == 1 {
		if ps[0].Name == "" {
			return ps[0].Reason
		}
		return ps[0].Name + ": " + ps[0].Reason
	}
	names := ""
	for i, p := range ps {
		if i == 5 {
			names += ", …"
			break
		}
		if i > 0 {
			names += ", "
		}
		names += p.Name
	}
	return fmt.Sprintf("%d fields of the input are invalid: %s", len(ps), names)
}

// JSON returns p as a JSON object (RFC 9457). Title, detail and every name
// and reason are cut to a bounded length, and the list of invalid fields to
// [MaxInvalidParams] (the detail still counts them all); the writer
// escapes <, > and & and replaces invalid UTF-8 as encoding/json does, so
// nothing in it can be taken for HTML.
func (p Details) JSON() []byte {
	p.Title, p.Detail = text.Clip(p.Title, maxProblemText), text.Clip(p.Detail, 2*maxProblemText)
	if len(p.InvalidParams) > 0 {
		ps := make([]InvalidParam, 0, min(len(p.InvalidParams), MaxInvalidParams))
		for _, ip := range p.InvalidParams[:min(len(p.InvalidParams), MaxInvalidParams)] {
			ps = append(ps, InvalidParam{Name: text.Clip(ip.Name, maxProblemText), Code: ip.Code, Reason: text.Clip(ip.Reason, maxProblemText)})
		}
		p.InvalidParams = ps
	}
	return p.appendJSON(nil)
}
