package uncertainty_test

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/uncertainty"
)

// How likely is the taakstelling met under the default distributions?
// 20.000 draws from seed 1; the figures are the same on every machine.
func ExampleSimulate() {
	res, err := uncertainty.Simulate(uncertainty.Input{Seed: 1, Draws: 20_000})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, y := range res.Years {
		fmt.Printf("%d: P(met) = %.3f ± %.3f, P50 of the savings € %s\n", y.Year, y.P(), y.SE(), y.Savings[1].StringFixed(0))
	}
	fmt.Println(res.Sentence(res.Years[2]))
	// Output:
	// 2022: P(met) = 0.016 ± 0.001, P50 of the savings € 386946
	// 2023: P(met) = 0.470 ± 0.004, P50 of the savings € 1172785
	// 2024: P(met) = 0.994 ± 0.001, P50 of the savings € 1779591
	// 2025: P(met) = 1.000 ± 0.000, P50 of the savings € 1989915
	// 2026: P(met) = 1.000 ± 0.000, P50 of the savings € 1989915
	// 2027: P(met) = 1.000 ± 0.000, P50 of the savings € 1989915
	// Onder deze aannames is de kans groter dan 9 op 10 dat de taakstelling van 2024 wordt gehaald, zonder de uitvoeringskosten (pm).
}
