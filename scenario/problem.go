package scenario

import (
	"encoding/json"
	"errors"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
)

// Problem is an error answer in the one JSON form that the HTTP service and
// the browser's JS API share, so a client handles both alike:
//
//	{"error": {"status": 400, "code": "invalid_input", "field": "model.theta", "message": "…"}}
//
// Field is the input field at fault by its JSON path, "" when the input as a
// whole is wrong.
type Problem struct {
	Status  int    `json:"status"` // the HTTP status, also in the JS API
	Code    string `json:"code"`
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Problem codes of the evaluation; a service adds its own for HTTP-level
// errors.
const (
	CodeMalformedJSON = "malformed_json" // the text is not the documented JSON form
	CodeInvalidInput  = "invalid_input"  // well-formed, but a value is not allowed
	CodeInternal      = "internal_error" // a defect, not the caller's fault
)

// maxProblemText bounds what a Problem repeats of a field or message: a
// hostile key is cut, on a rune boundary.
const maxProblemText = 200

// ProblemOf returns the Problem for an error of [ParseInput] or
// [Data.Evaluate]: 400 naming the field for a [*budget.FieldError] (a
// malformed text is "malformed_json", a bad value "invalid_input"), 500 for
// anything else — the library promises a typed error for every bad input.
func ProblemOf(err error) Problem {
	var fe *budget.FieldError
	if !errors.As(err, &fe) {
		return Problem{Status: 500, Code: CodeInternal, Message: "the scenario could not be evaluated"}
	}
	p := Problem{Status: 400, Code: CodeInvalidInput, Field: text.Clip(fe.Field, maxProblemText), Message: "invalid input"}
	if errors.Is(fe.Err, budget.ErrSyntax) {
		p.Code = CodeMalformedJSON
	}
	if fe.Err != nil {
		p.Message = text.Clip(fe.Err.Error(), maxProblemText)
	}
	return p
}

// JSON returns {"error": p}. encoding/json escapes <, > and & and replaces
// invalid UTF-8, so nothing in it can be taken for HTML.
func (p Problem) JSON() []byte {
	p.Field, p.Message = text.Clip(p.Field, maxProblemText), text.Clip(p.Message, maxProblemText)
	b, err := json.Marshal(struct {
		Error Problem `json:"error"`
	}{p})
	if err != nil { // cannot happen for strings and ints
		return []byte(`{"error":{"status":500,"code":"internal_error","field":"","message":"error encoding failed"}}`)
	}
	return b
}
