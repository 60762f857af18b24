package scenario

import "testing"

// BenchmarkParseInput is ParseInput of the README's full input (keuze C,
// a custom key, client growth, per municipality, nine years).
func BenchmarkParseInput(b *testing.B) {
	data := []byte(fullInputJSON)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseInput(data); err != nil {
			b.Fatal(err)
		}
	}
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
	b.ReportAllocs()
	for b.Loop() {
		if _, err := out.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvaluateJSONKeuzeA is JSON in → outcome JSON out for
// {"keuze":"A"}, the smallest request the service and the widget answer.
func BenchmarkEvaluateJSONKeuzeA(b *testing.B) { benchmarkJSONInOut(b, `{"keuze":"A"}`) }

// benchmarkJSONInOut is what the service and the widget do per request:
// parse the JSON input, evaluate, and encode the outcome.
func benchmarkJSONInOut(b *testing.B, input string) {
	data := []byte(input)
	b.ReportAllocs()
	for b.Loop() {
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
	}
}
