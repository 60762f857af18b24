package scenario

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// published are the years the option tables print: "Omschrijving 2024 2025 2026 2027".
var published = []budget.Year{2024, 2025, 2026, 2027}

type goldenLine struct {
	ID, Label, Group string
	Amount           string // the same in each of 2024–2027; "pm" for pro memorie
}

// herstelagenda are the five lines every table opens with, as printed in
// the tables of A, B and C:
//
//	Uitbreiden mogelijkheden inloop en ontmoeting inwoners psychische kwetsbaarheid 100.000,00€
//	Versneld doorontwikkelen begeleiding in de wijk 95.000,00€
//	Beter zicht op de zorgvraag om aanbod daar beter op af te stemmen 50.000,00€
//	Doorontwikkelen van suicidepreventie en bereiden deze uit met suicidenazorg 55.000,00€
//	Verbeter de toegang voor mantelzorgers 50.000,00€
func herstelagenda(suicide, mantelzorg string) []goldenLine {
	return []goldenLine{
		{"inloop-psychische-kwetsbaarheid", "Uitbreiden mogelijkheden inloop en ontmoeting inwoners psychische kwetsbaarheid", GroupHerstelagenda, "100000"},
		{"begeleiding-in-de-wijk", "Versneld doorontwikkelen begeleiding in de wijk", GroupHerstelagenda, "95000"},
		{"zicht-op-zorgvraag", "Beter zicht op de zorgvraag om aanbod daar beter op af te stemmen", GroupHerstelagenda, "50000"},
		{"suicidepreventie", "Doorontwikkelen van suicidepreventie en bereiden deze uit met suicidenazorg", GroupHerstelagenda, suicide},
		{"toegang-mantelzorgers", "Verbeter de toegang voor mantelzorgers", GroupHerstelagenda, mantelzorg},
	}
}

var goldenLines = map[string][]goldenLine{
	// Table "Totaal extra keuzeoptie A 550.000,00€ ..."
	"A": append(herstelagenda("55000", "50000"),
		goldenLine{"dienstverlening-in-de-wijk", "Verstevigen dienstverlening in de wijk", GroupKeuze, "80000"},                                                                                                     // "Verstevigen dienstverlening in de wijk  80.000,00€"
		goldenLine{"vernieuwende-initiatieven", "Ruimte voor vernieuwende initiatieven om bewoners in staat te stellen om op vrijwillige basis medebewoners hulp en ondersteuning te bieden.", GroupKeuze, "60000"}, // "... hulp en ondersteuning te bieden.  60.000,00€"
		goldenLine{"opbouwwerk-sociaal-verbinder", "Ruimte voor ondersteuning aan deze initiatieven door opbouwwerk en sociaal verbinder.", GroupKeuze, "10000"},                                                    // "... sociaal verbinder.  10.000,00€"
		goldenLine{"actieplan-mantelzorg", "Structureel uitvoering kunnen geven aan actieplan mantelzorg met activiteiten in de wijk.", GroupKeuze, "50000"},                                                        // "... met activiteiten in de wijk.   50.000,00€"
	),
	// Table "Totaal extra keuzeoptie B 550.000,00€ ..."
	"B": append(herstelagenda("55000", "50000"),
		goldenLine{"centrale-basisvoorziening", "Financiële ruimte voor één stevige centrale basisvoorzieningen", GroupKeuze, "80000"}, // "Financiële ruimte voor één stevige centrale basisvoorzieningen  80.000,00€"
		goldenLine{"vernieuwende-initiatieven", "Ruimte voor vernieuwende initiatieven om bewoners in staat te stellen om op vrijwillige basis medebewoners hulp en ondersteuning te bieden.", GroupKeuze, "60000"},
		goldenLine{"opbouwwerk-sociaal-verbinder", "Ruimte voor ondersteuning aan deze initiatieven door opbouwwerk en sociaal verbinder.", GroupKeuze, "10000"},
		goldenLine{"actieplan-mantelzorg", "Structureel uitvoering kunnen geven aan actieplan mantelzorg", GroupKeuze, "50000"}, // "Structureel uitvoering kunnen geven aan actieplan mantelzorg  50.000,00€"
	),
	// Table "Totaal extra keuzeoptie C 500.000,00€ ..."
	"C": append(herstelagenda("55000", "50000"),
		goldenLine{"transformatie-frictiekosten", "Transformatiekosten en frictiekosten voor professionals die in dienst komen.", GroupKeuze, "pm"}, // "... die in dienst komen.  pm pm pm pm"
		goldenLine{"dienstverlening-in-de-wijk", "Verstevigen dienstverlening in de wijk", GroupKeuze, "80000"},
		goldenLine{"inkoop-welzijn", "Mogelijke hogere kosten inkoop welzijn", GroupKeuze, "20000"}, // "Mogelijke hogere kosten inkoop welzijn  20.000,00€"
		goldenLine{"actieplan-mantelzorg", "Structureel uitvoering kunnen geven aan actieplan mantelzorg", GroupKeuze, "50000"},
	),
	// Table "Totaal extra keuzeoptie D 500.000,00€ ...". Read line by line: in
	// D the amounts of suïcidepreventie and mantelzorgers are swapped
	// against A–C:
	//	Doorontwikkelen van suicidepreventie en bereiden deze uit met suicidenazorg 50.000,00€
	//	Verbeter de toegang voor mantelzorgers 55.000,00€
	"D": append(herstelagenda("50000", "55000"),
		goldenLine{"transformatie-frictiekosten", "Transformatiekosten en frictiekosten voor professionals die in dienst komen.", GroupKeuze, "pm"},
		goldenLine{"centrale-basisvoorziening", "Financiële ruimte voor één stevige centrale basisvoorzieningen", GroupKeuze, "80000"},
		goldenLine{"inkoop-welzijn", "Mogelijke hogere kosten inkoop welzijn", GroupKeuze, "20000"},
		goldenLine{"actieplan-mantelzorg", "Structureel uitvoering kunnen geven aan actieplan mantelzorg", GroupKeuze, "50000"},
	),
}

func TestOptionLinesGolden(t *testing.T) {
	opts := Options()
	var ids []string
	for _, o := range opts {
		ids = append(ids, o.ID)
	}
	if d := cmp.Diff([]string{"A", "B", "C", "D"}, ids); d != "" {
		t.Fatalf("Options() ids (-want +got):\n%s", d)
	}
	for _, o := range opts {
		var got []goldenLine
		for _, l := range o.Lines {
			amount := "pm"
			if !l.PM {
				first, ok := l.Amount(published[0])
				if !ok {
					t.Errorf("%s/%s: no amount for %d", o.ID, l.ID, published[0])
				}
				amount = first.String()
				for _, y := range published {
					if a, ok := l.Amount(y); !ok || !a.Equal(first) {
						t.Errorf("%s/%s: %d = %s, want %s as in every year", o.ID, l.ID, y, a, first)
					}
				}
				for _, y := range []budget.Year{2023, 2028} {
					if _, ok := l.Amount(y); ok {
						t.Errorf("%s/%s: %d is not published and must be unknown", o.ID, l.ID, y)
					}
				}
			}
			got = append(got, goldenLine{l.ID, l.Label, l.Group, amount})
			if l.Source.Document != budget.SeedStartnotitie || l.Source.Quote == "" {
				t.Errorf("%s/%s: source %+v lacks seed or quote", o.ID, l.ID, l.Source)
			}
		}
		if d := cmp.Diff(goldenLines[o.ID], got); d != "" {
			t.Errorf("option %s lines (-want +got):\n%s", o.ID, d)
		}
	}
}

// TestTotalsFromLines: the totals come out of the lines, not the data file.
// A: 100.000 + 95.000 + 50.000 + 55.000 + 50.000 + 80.000 + 60.000 + 10.000 + 50.000 = 550.000
// B: the same with 80.000 for the centrale basisvoorziening = 550.000
// C: 100.000 + 95.000 + 50.000 + 55.000 + 50.000 + pm + 80.000 + 20.000 + 50.000 = 500.000 + pm
// D: 100.000 + 95.000 + 50.000 + 50.000 + 55.000 + pm + 80.000 + 20.000 + 50.000 = 500.000 + pm
func TestTotalsFromLines(t *testing.T) {
	want := map[string]struct {
		total string
		pm    bool
	}{"A": {"550000", false}, "B": {"550000", false}, "C": {"500000", true}, "D": {"500000", true}}
	for _, o := range Options() {
		w := want[o.ID]
		for _, y := range published {
			got, ok := o.Total(y)
			if !ok || !got.Equal(dec(w.total)) {
				t.Errorf("%s.Total(%d) = %s, %v; want %s", o.ID, y, got, ok, w.total)
			}
		}
		if o.HasPM() != w.pm {
			t.Errorf("%s.HasPM() = %v, want %v", o.ID, o.HasPM(), w.pm)
		}
		for _, y := range []budget.Year{2022, 2023, 2028} {
			if got, ok := o.Total(y); ok {
				t.Errorf("%s.Total(%d) = %s, want unknown: the table does not publish %d", o.ID, y, got, y)
			}
		}
		if d := cmp.Diff(published, o.Years()); d != "" {
			t.Errorf("%s.Years() (-want +got):\n%s", o.ID, d)
		}
	}
}

// TestGroups: "Om onze huidige inzet die gestart is met de Corona
// Herstelagenda te behouden is €350.000 nodig. Afhankelijk van de keuzeoptie
// is €200.000 of €150.000 aanvullend nodig."
// Herstelagenda lines: 100.000 + 95.000 + 50.000 + 55.000 + 50.000 = 350.000
// (in D 50.000 + 55.000 swapped, same sum). Option-specific: A and B
// 80.000 + 60.000 + 10.000 + 50.000 = 200.000; C and D 80.000 + 20.000 +
// 50.000 = 150.000, plus the pm line.
func TestGroups(t *testing.T) {
	keuze := map[string]string{"A": "200000", "B": "200000", "C": "150000", "D": "150000"}
	for _, o := range Options() {
		h := budget.Sum(o.Group(GroupHerstelagenda), 2024)
		if !h.Known || !h.Amount.Equal(dec("350000")) || h.PM != 0 {
			t.Errorf("%s herstelagenda = %+v, want 350000 without pm", o.ID, h)
		}
		k := budget.Sum(o.Group(GroupKeuze), 2024)
		if !k.Known || !k.Amount.Equal(dec(keuze[o.ID])) || (k.PM > 0) != o.HasPM() {
			t.Errorf("%s option-specific = %+v, want %s", o.ID, k, keuze[o.ID])
		}
	}
}

// TestOptionTexts holds the axes, names, preference, the counts of
// advantages and risks, dekking, expectation and the ~20 fte remark.
func TestOptionTexts(t *testing.T) {
	type text struct {
		Name       string
		Access     Access
		Role       Role
		Proposed   bool
		Advantages int
		Risks      int
		FTE        bool
		Dekking    string
		Expect     string
	}
	const (
		terug   = "De verwachting is dat deze kosten zich op termijn terugverdienen."
		duurder = "De verwachting is dat deze optie op termijn duurder wordt in verband met het in dienst nemen van medewerkers."
	)
	want := map[string]text{
		// "Keuze A Buurtgericht en (meer) gemeenschap"; "Het college stelt voor om in te zetten op Keuze A."
		"A": {"Buurtgericht en (meer) gemeenschap", Buurtgericht, Gemeenschap, true, 3, 4, false, "Reguliere begroting + € 550.000,- per jaar extra in de begroting voor 2024.", terug},
		// "Keuze B Stedelijk en (meer) gemeenschap"; "ruim 20 fte die op het sociaal plein worden toegevoegd"
		"B": {"Stedelijk en (meer) gemeenschap", Stedelijk, Gemeenschap, false, 3, 4, true, "Reguliere begroting + € 550.000,- per jaar extra in de begroting voor 2024.", "De verwachting is dat deze kosten zich op termijn terugverdienen"},
		// "Keuze C Buurtgericht en gemeente"; "om ruim 20 fte dat in dienst genomen gaat worden"
		"C": {"Buurtgericht en gemeente", Buurtgericht, Gemeente, false, 2, 5, true, "Reguliere begroting + € 500.000,- per jaar extra in de begroting voor 2024.", duurder},
		// "Keuze D Stedelijk en gemeente"; D prints its first advantage twice, the second time shortened.
		"D": {"Stedelijk en gemeente", Stedelijk, Gemeente, false, 3, 4, true, "Reguliere begroting + € 500.000,- per jaar extra in de begroting voor 2024.", duurder},
	}
	for _, o := range Options() {
		got := text{o.Name, o.Access, o.Role, o.Proposed, len(o.Advantages), len(o.Risks), o.FTE != "", o.Dekking, o.Expectation}
		if d := cmp.Diff(want[o.ID], got); d != "" {
			t.Errorf("option %s (-want +got):\n%s", o.ID, d)
		}
		for i, r := range o.Risks {
			if r.Risk == "" || r.Beheersmaatregel == "" {
				t.Errorf("%s risk %d lacks its beheersmaatregel", o.ID, i)
			}
		}
	}
	p, src, ok := DefaultCatalog().Proposed()
	if !ok || p.ID != "A" || src.Section != "Voorstel college" {
		t.Errorf("Proposed() = %s, %+v, %v; want A from Voorstel college", p.ID, src, ok)
	}
	if n := len(DefaultCatalog().CoalitionBudget()); n != 6 {
		t.Errorf("coalition budget has %d items, want the 6 printed", n)
	}
}

func TestLookup(t *testing.T) {
	for _, id := range []string{"A", "B", "C", "D"} {
		o, err := Lookup(id)
		if err != nil || o.ID != id {
			t.Errorf("Lookup(%q) = %s, %v", id, o.ID, err)
		}
	}
	for _, id := range []string{"", "a", "E", "AB", "<script>"} {
		if _, err := Lookup(id); !errors.Is(err, ErrUnknownOption) {
			t.Errorf("Lookup(%q) = %v, want ErrUnknownOption", id, err)
		}
	}
}

// TestExtraCost: the option tables print 2024–2027 ("Omschrijving 2024 2025
// 2026 2027"); the beleidskader starts in 2024, so 2023 costs nothing extra
// yet; 2028 is not published.
func TestExtraCost(t *testing.T) {
	c, _ := Lookup("C")
	cases := []struct {
		y      budget.Year
		want   budget.Amount
		status KeuzeStatus
	}{
		{2023, budget.Amount{Known: true}, KeuzeBeforeStart},
		{2024, budget.Amount{Value: dec("500000"), Known: true, PM: true}, KeuzePublished},
		{2027, budget.Amount{Value: dec("500000"), Known: true, PM: true}, KeuzePublished},
		{2028, budget.Amount{}, KeuzeUnpublished}, // unknown, not pm: nothing was published
	}
	for _, tc := range cases {
		got, status := c.ExtraCost(tc.y)
		if !got.Value.Equal(tc.want.Value) || got.Known != tc.want.Known || got.PM != tc.want.PM || status != tc.status {
			t.Errorf("C.ExtraCost(%d) = %+v %s, want %+v %s", tc.y, got, status, tc.want, tc.status)
		}
	}
}
