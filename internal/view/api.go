package view

import (
	"encoding/json"
	"errors"

	"github.com/hilversum/sociaaldomein/scenario"
)

// APIError is the error object of the JS API's JSON answers:
//
//	{"error": {"code": "invalid", "field": "model.theta", "message": "…"}}
type APIError struct {
	Code    string `json:"code"`            // "invalid" (bad input), "internal"
	Field   string `json:"field,omitempty"` // the input field at fault, by its JSON path, where there is one
	Message string `json:"message"`
}

// EvaluateJSON is window.sociaaldomein.evaluate: it takes a scenario Input
// in its JSON form (see scenario.ParseInput) and returns the Outcome in its
// JSON form — the same JSON the HTTP service speaks — or {"error":
// APIError}. Amounts are decimal strings, never JSON numbers. It never
// panics.
func EvaluateJSON(input []byte) []byte {
	in, err := scenario.ParseInput(input)
	if err == nil {
		var out scenario.Outcome
		if out, err = scenario.Evaluate(in); err == nil {
			b, merr := json.Marshal(out)
			if merr != nil {
				return errorJSON(APIError{Code: "internal", Message: merr.Error()})
			}
			return b
		}
	}
	e := APIError{Code: "invalid", Message: err.Error()}
	var ie *scenario.InputError
	if errors.As(err, &ie) {
		e.Field = ie.Field
	}
	return errorJSON(e)
}

func errorJSON(e APIError) []byte {
	b, err := json.Marshal(struct {
		Error APIError `json:"error"`
	}{e})
	if err != nil {
		return []byte(`{"error":{"code":"internal","message":"cannot encode error"}}`)
	}
	return b
}
