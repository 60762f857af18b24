package view

import (
	"encoding/json"
	"errors"
)

// maxEvaluateInput bounds the JSON that EvaluateJSON reads.
const maxEvaluateInput = 1 << 20

// ErrEvaluateUnavailable is the error EvaluateJSON reports until the
// scenario package's Evaluate is wired in.
var ErrEvaluateUnavailable = errors.New("scenario evaluation is not available in this build yet")

// APIError is the error object of the JS API's JSON answers:
//
//	{"error": {"code": "unavailable", "field": "", "message": "…"}}
type APIError struct {
	Code    string `json:"code"`            // "unavailable", "too_large", "invalid"
	Field   string `json:"field,omitempty"` // the input field at fault, where there is one
	Message string `json:"message"`
}

// EvaluateJSON is window.sociaaldomein.evaluate: it takes a scenario Input
// as JSON and returns the Outcome as JSON, or {"error": APIError}. Amounts
// are decimal strings, never JSON numbers. It never panics.
func EvaluateJSON(input []byte) []byte {
	if len(input) > maxEvaluateInput {
		return errorJSON(APIError{Code: "too_large", Message: "input is larger than 1 MiB"})
	}
	return errorJSON(APIError{Code: "unavailable", Message: ErrEvaluateUnavailable.Error()})
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
