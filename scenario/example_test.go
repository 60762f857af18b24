package scenario_test

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

func ExampleOptions() {
	for _, o := range scenario.Options() {
		fmt.Printf("%s %s (%s, %s) %s\n", o.ID, o.Name, o.Access, o.Role, o.Sum(2024).Format(budget.Dutch))
	}
	// Output:
	// A Buurtgericht en (meer) gemeenschap (buurtgericht, gemeenschap) € 550.000
	// B Stedelijk en (meer) gemeenschap (stedelijk, gemeenschap) € 550.000
	// C Buurtgericht en gemeente (buurtgericht, gemeente) € 500.000 + pm
	// D Stedelijk en gemeente (stedelijk, gemeente) € 500.000 + pm
}

func ExampleLookup() {
	c, err := scenario.Lookup("C")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range c.Lines {
		if l.PM {
			fmt.Println("pm:", l.Label)
		}
	}
	_, err = scenario.Lookup("E")
	fmt.Println(err)
	// Output:
	// pm: Transformatiekosten en frictiekosten voor professionals die in dienst komen.
	// unknown keuzeoptie: "E" (known: [A B C D])
}

func ExampleOption_Total() {
	d, _ := scenario.Lookup("D")
	for _, y := range []budget.Year{2023, 2024} {
		total, ok := d.Total(y)
		if !ok {
			fmt.Println(y, "niet gepubliceerd")
			continue
		}
		fmt.Println(y, total, "+ pm:", d.HasPM())
	}
	// Output:
	// 2023 niet gepubliceerd
	// 2024 500000 + pm: true
}

func ExampleCompare() {
	a, _ := scenario.Lookup("A")
	b, _ := scenario.Lookup("B")
	c := scenario.Compare(a, b)
	for _, r := range c.Rows {
		l, rr, d := r.Cells(2024)
		if !d.Known || !d.Value.IsZero() || l.Absent || rr.Absent {
			fmt.Printf("%-28s A %-7s B %s\n", r.ID, show(l), show(rr))
		}
	}
	_, _, total := c.Totals(2024)
	fmt.Println("verschil in totaal:", total.Value)
	// Output:
	// dienstverlening-in-de-wijk   A 80000   B -
	// centrale-basisvoorziening    A -       B 80000
	// verschil in totaal: 0
}

func show(c scenario.Cell) string {
	switch {
	case c.Absent:
		return "-"
	case c.PM:
		return "pm"
	}
	return c.Value.String()
}
