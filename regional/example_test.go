package regional_test

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
)

// The naive sum of the 14 published effects against the combined range.
func ExampleProgramme_Combine() {
	p := regional.Default()
	all := p.All()
	fmt.Println("naive sum:", budget.FormatEuro(p.NaiveSum(all)))
	r, err := p.Combine(all, regional.DefaultModel())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("low:      ", budget.FormatEuro(r.Low))
	fmt.Println("central:  ", budget.FormatEuro(r.Central))
	fmt.Println("high:     ", budget.FormatEuro(r.High))
	fmt.Println(r.Assumption(budget.English))
	// Output:
	// naive sum: € 10.254.573,00
	// low:       € 5.869.646,00
	// central:   € 8.062.109,50
	// high:      € 10.254.573,00
	// Assumption: savings within a pool overlap (θ = 0.50 in every pool): the largest saving counts in full, each other saving for (1 − θ). θ = 0 means no overlap, θ = 1 only the largest saving counts.
}

// Hilversum's share per year, against the taakstelling.
func ExampleProgramme_Project() {
	p := regional.Default()
	years, err := p.Project(regional.Inputs{}, budget.Span(2022, 2024))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, y := range years {
		pm := ""
		if y.PM() {
			pm = " + pm"
		}
		fmt.Printf("%d: %s – %s (centraal %s)%s; taakstelling %s: %s\n", y.Year,
			budget.FormatEuroWhole(y.Net.Low), budget.FormatEuroWhole(y.Net.High),
			budget.FormatEuroWhole(y.Net.Central), pm,
			budget.FormatEuroWhole(y.Taakstelling), y.Coverage)
	}
	// Output:
	// 2022: € 821.750 – € 1.435.640 (centraal € 1.128.695) + pm; taakstelling € 900.000: hangt af van de aanname
	// 2023: € 1.643.501 – € 2.871.280 (centraal € 2.257.391) + pm; taakstelling € 1.200.000: gehaald
	// 2024: € 2.054.376 – € 3.589.101 (centraal € 2.821.738) + pm; taakstelling € 1.200.000: gehaald
}

// Each measure's fair part of a combined saving in one pool.
func ExampleProgramme_Shapley() {
	p := regional.Default()
	s, _ := p.SetOfIDs("vindplaats-werkplaats", "anders-verwijzen")
	parts, _ := p.Shapley(s, regional.DefaultModel())
	for _, pt := range parts {
		fmt.Println(pt.Measure, budget.FormatEuro(pt.Amount))
	}
	// Output:
	// vindplaats-werkplaats € 675.000,00
	// anders-verwijzen € 1.233.246,00
}
