package problem_test

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/internal/problem"
	"github.com/hilversum/sociaaldomein/scenario"
)

// A bad input names its field by its JSON path, as a *budget.FieldError;
// problem.Of turns it into the RFC 9457 problem (application/problem+json)
// that the service and the JS API answer, listing every invalid field.
func ExampleOf() {
	_, err := scenario.ParseInput([]byte(`{"key": {"kind": "custom", "shares": {"hilversum": 0.35}}}`))
	fmt.Println(err)
	fmt.Println(string(problem.Of(err).JSON()))
	in, _ := scenario.ParseInput([]byte(`{"model": {"theta": "1.5"}}`))
	_, err = scenario.Evaluate(in)
	fmt.Println(string(problem.Of(err).JSON()))
	// Output:
	// key.shares.hilversum: malformed JSON: number where a string was expected
	// {"type":"https://github.com/hilversum/sociaaldomein/blob/main/README.md#problem-malformed-json","title":"Malformed JSON","status":400,"detail":"key.shares.hilversum: malformed JSON: number where a string was expected","code":"malformed_json","invalidParams":[{"name":"key.shares.hilversum","code":"malformed_json","reason":"malformed JSON: number where a string was expected"}]}
	// {"type":"https://github.com/hilversum/sociaaldomein/blob/main/README.md#problem-invalid-input","title":"Invalid input","status":400,"detail":"model.theta: must be a fraction between 0 and 1: θ = 1.5","code":"invalid_input","invalidParams":[{"name":"model.theta","code":"invalid_value","reason":"must be a fraction between 0 and 1: θ = 1.5"}]}
}
