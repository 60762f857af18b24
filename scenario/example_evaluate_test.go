package scenario_test

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/shopspring/decimal"
)

// Evaluate one whole scenario: keuze A, all regional measures, every other
// assumption at its default. Each year reads as two short Dutch sentences:
// the taakstelling (care costs) and the keuze (new policy spending), apart.
func ExampleEvaluate() {
	out, err := scenario.Evaluate(scenario.Input{Keuze: "A", From: 2022, To: 2024})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, y := range out.Years {
		fmt.Println(y.Sentence(budget.Dutch))
		fmt.Println(y.KeuzeSentence(budget.Dutch))
	}
	fmt.Println(out.Tally().Sentence(budget.Dutch))
	// Output:
	// 2022: of de taakstelling van € 900.000 wordt gehaald, hangt af van de aannames en de uitvoeringskosten: van € 553.000 tekort tot € 535.640 over.
	// 2022: keuze A kost nog niets extra; de bedragen beginnen in een later jaar.
	// 2023: of de taakstelling van € 1.200.000 wordt gehaald, hangt af van de aannames en de uitvoeringskosten: van € 506.000 tekort tot € 1.671.280 over.
	// 2023: keuze A kost nog niets extra; de bedragen beginnen in een later jaar.
	// 2024: of de taakstelling van € 1.200.000 wordt gehaald, hangt af van de aannames en de uitvoeringskosten: van € 332.499 tekort tot € 2.389.101 over.
	// 2024: keuze A kost € 550.000 extra, los van de taakstelling.
	// Van de 3 jaren: 0 gehaald, ook in het ongunstige geval; 3 afhankelijk van de aannames.
}

// A researcher varies one assumption: the overlap θ in the centre of the
// range. The central balance against the taakstelling of 2022 shrinks as
// more of the savings overlap; the verdict, which judges the pessimistic
// end, stays "depends".
func ExampleEvaluate_overlap() {
	for _, theta := range []string{"0", "0.5", "1"} {
		th := decimal.RequireFromString(theta)
		out, err := scenario.Evaluate(scenario.Input{Model: scenario.ModelInput{Theta: &th}, From: 2022, To: 2022})
		if err != nil {
			fmt.Println(err)
			return
		}
		tp := out.Years[0].Taakstelling
		fmt.Printf("θ = %-3s 2022: %s (%s)\n", theta, budget.Dutch.Balance(tp.Balance.Central), tp.Verdict.Kind)
	}
	// Output:
	// θ = 0   2022: € 535.640 over (depends)
	// θ = 0.5 2022: € 228.695 over (depends)
	// θ = 1   2022: € 78.250 tekort (depends)
}
