package view

import (
	"github.com/hilversum/sociaaldomein/internal/problem"
	"github.com/hilversum/sociaaldomein/scenario"
)

// EvaluateJSON is window.sociaaldomein.evaluate: it takes a scenario Input
// in its JSON form (see scenario.ParseInput) and returns the Outcome in its
// JSON form — the same JSON the HTTP service speaks — or the same error
// answer as the service: a problem.Details, the RFC 9457 problem details
// object the service sends as application/problem+json, listing every
// invalid field, e.g.
//
//	{"type": "…#problem-invalid-input", "title": "Invalid input", "status": 400,
//	 "detail": "model.theta: …", "code": "invalid_input",
//	 "invalidParams": [{"name": "model.theta", "code": "invalid_value", "reason": "…"}]}
//
// The problem is not wrapped: a script tells it from an outcome by its
// "status" member (an outcome has none), as it would tell an HTTP error by
// its media type. Amounts are decimal strings, never JSON numbers. It never
// panics.
func EvaluateJSON(input []byte) []byte {
	in, err := scenario.ParseInput(input)
	if err == nil {
		var out scenario.Outcome
		if out, err = scenario.Evaluate(in); err == nil {
			b, _ := out.MarshalJSON() // the direct writer: no reflection, no re-compaction
			return b
		}
	}
	return problem.Of(err).JSON()
}
