package regional_test

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
)

// The naive sum of the 14 published effects against the combined range
// under the default cases, and what each end assumes.
func ExampleProgramme_Combine() {
	p := regional.Default()
	all := p.All()
	fmt.Println("naive sum:", budget.FormatEuro(p.NaiveSum(all)))
	r, err := p.Combine(all, regional.Cases{}) // the zero Cases: p.DefaultCases()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("low:      ", budget.FormatEuro(r.Low))
	fmt.Println("central:  ", budget.FormatEuro(r.Central))
	fmt.Println("high:     ", budget.FormatEuro(r.High))
	low, central, high := p.DefaultCases().Describe(p, budget.Dutch)
	fmt.Println(low)
	fmt.Println(central)
	fmt.Println(high)
	// Output:
	// naive sum: € 10.254.573,00
	// low:       € 2.478.573,00
	// central:   € 8.062.109,50
	// high:      € 10.254.573,00
	// elke maatregel haalt 50 % van zijn maximale opbrengst; Van Vindplaats naar Werkplaats en Eenvoudige zorg bij complexe situaties kosten juist extra: 25 % van hun maximale opbrengst; per domein telt alleen de grootste besparing (volledige overlap)
	// elke maatregel haalt zijn maximale opbrengst; besparingen in één domein overlappen voor de helft (θ = 0,5)
	// elke maatregel haalt zijn maximale opbrengst; de besparingen tellen gewoon op (geen overlap)
}

// Hilversum's part per year; whether it meets the taakstelling is decided
// in package scenario.
func ExampleProgramme_Project() {
	p := regional.Default()
	years, err := p.Project(regional.Inputs{Measures: p.All()}, budget.Span(2022, 2024))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, y := range years {
		fmt.Printf("%d: %s – %s (midden %s); uitvoeringskosten %s\n", y.Year,
			budget.FormatEuroWhole(y.Published.Low), budget.FormatEuroWhole(y.Published.High),
			budget.FormatEuroWhole(y.Published.Central), budget.Dutch.WithPM(y.ImplementationCosts))
	}
	// Output:
	// 2022: € 347.000 – € 1.435.640 (midden € 1.128.695); uitvoeringskosten pm
	// 2023: € 694.000 – € 2.871.280 (midden € 2.257.391); uitvoeringskosten pm
	// 2024: € 867.501 – € 3.589.101 (midden € 2.821.738); uitvoeringskosten pm
}

// Each measure's fair part of a combined saving in one pool.
func ExampleProgramme_Shapley() {
	p := regional.Default()
	s, _ := p.SetOfIDs("vindplaats-werkplaats", "anders-verwijzen")
	parts, _ := p.Shapley(s, regional.Case{Model: regional.DefaultModel()})
	for _, pt := range parts {
		fmt.Println(pt.Measure, budget.FormatEuro(pt.Amount))
	}
	// Output:
	// vindplaats-werkplaats € 675.000,00
	// anders-verwijzen € 1.233.246,00
}
