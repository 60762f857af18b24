package scenario

import (
	"testing"

	"github.com/hilversum/sociaaldomein/internal/benchcpu"
)

// BenchmarkParseInput is ParseInput of the README's full input (keuze C,
// a custom key, client growth, per municipality, nine years).
func BenchmarkParseInput(b *testing.B) {
	data := []byte(fullInputJSON)
	benchcpu.Loop(b, func() {
		if _, err := ParseInput(data); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkMarshalOutcome is the outcome JSON of the full input.
func BenchmarkMarshalOutcome(b *testing.B) {
	in, err := ParseInput([]byte(fullInputJSON))
	if err != nil {
		b.Fatal(err)
	}
	out, err := Evaluate(in)
	if err != nil {
		b.Fatal(err)
	}
	benchcpu.Loop(b, func() {
		if _, err := out.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkEvaluateJSONKeuzeA is JSON in → outcome JSON out for
// {"keuze":"A"}, the smallest request the service and the widget answer.
func BenchmarkEvaluateJSONKeuzeA(b *testing.B) { benchmarkJSONInOut(b, `{"keuze":"A"}`) }

// BenchmarkEvaluateKeuzeA is Evaluate alone of {"keuze":"A"}, the part of
// BenchmarkEvaluateJSONKeuzeA that is not JSON.
func BenchmarkEvaluateKeuzeA(b *testing.B) {
	in := Input{Keuze: "A"}
	benchcpu.Loop(b, func() {
		if _, err := Evaluate(in); err != nil {
			b.Fatal(err)
		}
	})
}

// benchmarkJSONInOut parses the JSON input, evaluates it and encodes the
// outcome.
func benchmarkJSONInOut(b *testing.B, input string) {
	data := []byte(input)
	benchcpu.Loop(b, func() {
		in, err := ParseInput(data)
		if err != nil {
			b.Fatal(err)
		}
		out, err := Evaluate(in)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := out.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	})
}
