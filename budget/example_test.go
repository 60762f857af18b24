package budget_test

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

func ExampleTaakstelling() {
	t := budget.Taakstelling()
	for _, y := range []budget.Year{2021, 2022, 2023, 2030} {
		if a, ok := t.At(y); ok {
			fmt.Println(y, budget.FormatEuro(a))
		} else {
			fmt.Println(y, "onbekend")
		}
	}
	// Output:
	// 2021 onbekend
	// 2022 € 900.000,00
	// 2023 € 1.200.000,00
	// 2030 € 1.200.000,00
}

func ExampleFormatEuro() {
	fmt.Println(budget.FormatEuro(decimal.RequireFromString("1200000")))
	fmt.Println(budget.FormatEuro(decimal.RequireFromString("-150000")))
	fmt.Println(budget.FormatEuroWhole(decimal.RequireFromString("26847000.50")))
	fmt.Println(budget.English.Euro(decimal.RequireFromString("-150000")))
	// Output:
	// € 1.200.000,00
	// € -150.000,00
	// € 26.847.001
	// -€150,000.00
}

func ExampleSum() {
	year := budget.Year(2024)
	lines := []budget.Line{
		{ID: "a", Label: "Verstevigen dienstverlening in de wijk", Amounts: budget.SeriesOf(map[budget.Year]decimal.Decimal{year: decimal.NewFromInt(80000)})},
		{ID: "b", Label: "Transformatiekosten en frictiekosten", PM: true},
	}
	fmt.Println(budget.Sum(lines, year).Format(budget.Dutch))
	fmt.Println(budget.Sum(lines, 2023).Format(budget.Dutch))
	// Output:
	// € 80.000 + pm
	// onbekend
}

func ExampleClientCount_GrowthRate() {
	hh, _ := budget.StartnotitieFacts().Client("huishoudelijke-verzorging")
	g, _ := hh.GrowthRate(2017, 2022)
	fmt.Println(budget.Dutch.Number(g.Mul(decimal.NewFromInt(100)), 2), "% per jaar")
	// Output: 7,17 % per jaar
}
