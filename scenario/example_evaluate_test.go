package scenario_test

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/shopspring/decimal"
)

// Evaluate one whole scenario: keuze A, all regional measures, every other
// assumption at its default. Each year reads as one Dutch sentence.
func ExampleEvaluate() {
	out, err := scenario.Evaluate(scenario.Input{Keuze: "A", From: 2022, To: 2024})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, y := range out.Years {
		fmt.Println(y.Sentence(budget.Dutch, out.Keuze))
	}
	// Output:
	// 2022: Hilversum bespaart naar schatting € 1.128.695 (tussen € 821.750 en € 1.435.640) + pm tegenover een taakstelling van € 900.000, dus hangt het van de aanname af of de taakstelling wordt gehaald; keuze A kost dit jaar nog niets extra.
	// 2023: Hilversum bespaart naar schatting € 2.257.391 (tussen € 1.643.501 en € 2.871.280) + pm tegenover een taakstelling van € 1.200.000, dus wordt de taakstelling gehaald; keuze A kost dit jaar nog niets extra.
	// 2024: Hilversum bespaart naar schatting € 2.821.738 (tussen € 2.054.376 en € 3.589.101) + pm tegenover een taakstelling van € 1.200.000, dus wordt de taakstelling gehaald; keuze A kost € 550.000 extra.
}

// A researcher varies one assumption: the overlap θ. The gap to the
// taakstelling in 2022 grows as more of the savings overlap.
func ExampleEvaluate_overlap() {
	for _, theta := range []string{"0", "0.5", "1"} {
		th := decimal.RequireFromString(theta)
		out, err := scenario.Evaluate(scenario.Input{Model: scenario.ModelInput{Theta: &th}, From: 2022, To: 2022})
		if err != nil {
			fmt.Println(err)
			return
		}
		y := out.Years[0]
		fmt.Printf("θ = %-3s tekort 2022: %s (%s)\n", theta, budget.FormatEuroWhole(y.Gap.Central), y.Coverage)
	}
	// Output:
	// θ = 0   tekort 2022: € -535.640 (hangt af van de aanname)
	// θ = 0.5 tekort 2022: € -228.695 (hangt af van de aanname)
	// θ = 1   tekort 2022: € 78.250 (hangt af van de aanname)
}

// A bad input names its field.
func ExampleInputError() {
	_, err := scenario.ParseInput([]byte(`{"model": {"theta": "1.5"}}`))
	if err == nil {
		_, err = scenario.Evaluate(scenario.Input{Keuze: "E"})
	}
	fmt.Println(err)
	in, _ := scenario.ParseInput([]byte(`{"model": {"theta": "1.5"}}`))
	_, err = scenario.Evaluate(in)
	fmt.Println(err)
	// Output:
	// scenario input: keuze: unknown keuzeoptie: "E" (known: [A B C D])
	// scenario input: model.theta: must be a fraction between 0 and 1: θ = 1.5
}
