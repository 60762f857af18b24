package scenario

import "testing"

// BenchmarkEvaluate is one whole scenario: keuze A, all 14 measures, the
// default assumptions, 2022–2027.
func BenchmarkEvaluate(b *testing.B) {
	in := Input{Keuze: "A"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvaluateJSON is what the service and the widget do per request:
// parse the JSON input, evaluate, and encode the outcome, for the full
// input (keuze C, a custom key, client growth, per municipality, nine
// years).
func BenchmarkEvaluateJSON(b *testing.B) { benchmarkJSONInOut(b, fullInputJSON) }

// BenchmarkEvaluateFull is Evaluate alone on the README's full input: keuze
// C, three measures, a custom key, client growth, per municipality, nine
// years.
func BenchmarkEvaluateFull(b *testing.B) {
	in, err := ParseInput([]byte(fullInputJSON))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(in); err != nil {
			b.Fatal(err)
		}
	}
}
