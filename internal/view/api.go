package view

import (
	"encoding/json"

	"github.com/hilversum/sociaaldomein/scenario"
)

// EvaluateJSON is window.sociaaldomein.evaluate: it takes a scenario Input
// in its JSON form (see scenario.ParseInput) and returns the Outcome in its
// JSON form — the same JSON the HTTP service speaks — or the same error
// answer as the service, {"error": scenario.Problem}, e.g.
//
//	{"error": {"status": 400, "code": "invalid_input", "field": "model.theta", "message": "…"}}
//
// Amounts are decimal strings, never JSON numbers. It never panics.
func EvaluateJSON(input []byte) []byte {
	in, err := scenario.ParseInput(input)
	if err == nil {
		var out scenario.Outcome
		if out, err = scenario.Evaluate(in); err == nil {
			b, merr := json.Marshal(out)
			if merr != nil {
				return scenario.Problem{Status: 500, Code: scenario.CodeInternal, Message: "the outcome could not be encoded"}.JSON()
			}
			return b
		}
	}
	return scenario.ProblemOf(err).JSON()
}
