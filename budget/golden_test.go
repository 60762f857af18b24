package budget

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestTaakstellingGolden holds the taakstelling against the raadsvoorstel:
//
//	"een algemene taakstelling op Wmo en Jeugd opgenomen van € 900.000 in 2022
//	en € 1,2 miljoen vanaf 2023 (Begroting 2021, bladzijde 12)" (Aanleiding)
func TestTaakstellingGolden(t *testing.T) {
	s := Taakstelling()
	cases := []struct {
		year  Year
		want  string
		known bool
	}{
		{2020, "", false}, // no target before 2022: unknown, not zero
		{2021, "", false},
		{2022, "900000", true},
		{2023, "1200000", true}, // "€ 1,2 miljoen vanaf 2023"
		{2024, "1200000", true},
		{2030, "1200000", true},
		{2040, "1200000", true}, // open-ended tail
	}
	for _, c := range cases {
		got, ok := s.At(c.year)
		if ok != c.known {
			t.Fatalf("Taakstelling().At(%d) known = %v, want %v", c.year, ok, c.known)
		}
		if ok && !got.Equal(dec(c.want)) {
			t.Errorf("Taakstelling().At(%d) = %s, want %s", c.year, got, c.want)
		}
	}
	tt := TaakstellingTarget()
	if tt.Source.Document != SeedRaadsvoorstel || tt.Source.Section != "Aanleiding" {
		t.Errorf("taakstelling source = %+v, want the raadsvoorstel's Aanleiding", tt.Source)
	}
}

// TestBegroting2023Golden holds the 2023 budget figures against the
// startnotitie's section Financiën.
func TestBegroting2023Golden(t *testing.T) {
	f := StartnotitieFacts()
	b := f.Begroting2023
	if b.Year != 2023 {
		t.Errorf("year = %d, want 2023", b.Year)
	}
	// "Inzake de zorglasten Wmo zijn in de begroting 2023 €19.759.000 opgenomen."
	if !b.ZorglastenWmo.Value.Equal(dec("19759000")) {
		t.Errorf("zorglasten Wmo = %s, want 19759000", b.ZorglastenWmo.Value)
	}
	type tv struct{ ID, Label, Amount string }
	var got []tv
	for _, f := range b.Taakvelden {
		got = append(got, tv{f.ID, f.Label, f.Value.StringFixed(0)})
	}
	want := []tv{
		{"6.1", "Samenkracht en burgerparticipatie", "8179000"},          // "6.1 - Samenkracht en burgerparticipatie     8.179.000"
		{"6.2", "Toegang en eerstelijnsvoorzieningen", "1181000"},        // "6.2 - Toegang en eerstelijnsvoorzieningen     1.181.000"
		{"6.81a", "Beschermd wonen (WMO)", "12332000"},                   // "6.81a - Beschermd wonen (WMO)     12.332.000"
		{"6.81b", "Maatschappelijke- en vrouwenopvang (WMO)", "5155000"}, // "6.81b - Maatschappelijke- en vrouwenopvang (WMO)     5.155.000"
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("taakvelden (-want +got):\n%s", d)
	}
	// "Totaal    26.847.000": 8.179.000 + 1.181.000 + 12.332.000 + 5.155.000
	// = 26.847.000, computed from the lines.
	if tot := b.TaakveldenTotal(); !tot.Equal(dec("26847000")) {
		t.Errorf("taakvelden total = %s, want 26847000", tot)
	}
	// "De budgetten onder taakveld “6.1 samenkracht en burgerparticipatie”
	// hebben voor € 5,5 miljoen betrekking op Wmo en Welzijn."
	if !b.WmoWelzijnIn61.Value.Equal(dec("5500000")) {
		t.Errorf("Wmo en welzijn in 6.1 = %s, want 5500000", b.WmoWelzijnIn61.Value)
	}
	for _, fig := range append([]Figure{b.ZorglastenWmo, b.WmoWelzijnIn61}, b.Taakvelden...) {
		if fig.Source.Document != SeedStartnotitie || fig.Source.Section == "" {
			t.Errorf("figure %s has source %+v, want the startnotitie with a section", fig.ID, fig.Source)
		}
	}
}

// TestClientCountsGolden holds the client counts against the startnotitie's
// table (section Hilversumse aanpak):
//
//	2017 2018 2019 2020 2021 2022
//	Huishoudelijke verzorging 1.509 1.527 1.737 2.062 2.115 2.133
//	Begeleiding en verzorging 661 734 788 981 997 969
//	Dagbesteding en vervoer 251 246 238 249 235 230
func TestClientCountsGolden(t *testing.T) {
	f := StartnotitieFacts()
	type row struct {
		ID, Label string
		Counts    map[Year]int
	}
	want := []row{
		{"huishoudelijke-verzorging", "Huishoudelijke verzorging", map[Year]int{2017: 1509, 2018: 1527, 2019: 1737, 2020: 2062, 2021: 2115, 2022: 2133}},
		{"begeleiding-en-verzorging", "Begeleiding en verzorging", map[Year]int{2017: 661, 2018: 734, 2019: 788, 2020: 981, 2021: 997, 2022: 969}},
		{"dagbesteding-en-vervoer", "Dagbesteding en vervoer", map[Year]int{2017: 251, 2018: 246, 2019: 238, 2020: 249, 2021: 235, 2022: 230}},
	}
	var got []row
	for _, c := range f.Clients {
		got = append(got, row{c.ID, c.Label, c.Counts})
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("client counts (-want +got):\n%s", d)
	}
	c, _ := f.Client("huishoudelijke-verzorging")
	if _, ok := c.Count(2016); ok {
		t.Error("2016 is not published and must be unknown")
	}
	if d := cmp.Diff([]Year{2017, 2018, 2019, 2020, 2021, 2022}, c.Years()); d != "" {
		t.Errorf("Years (-want +got):\n%s", d)
	}
}

// TestGrowthRate checks the compound annual growth against values worked
// out outside the code: (count(to)/count(from))^(1/(to−from)) − 1, with
// 50-digit arithmetic, rounded to 10 decimals.
func TestGrowthRate(t *testing.T) {
	f := StartnotitieFacts()
	cases := []struct {
		id       string
		from, to Year
		want     string
	}{
		{"huishoudelijke-verzorging", 2017, 2022, "0.0716681487"}, // (2133/1509)^(1/5) − 1
		{"begeleiding-en-verzorging", 2017, 2022, "0.0795045160"}, // (969/661)^(1/5) − 1
		{"dagbesteding-en-vervoer", 2017, 2022, "-0.0173229285"},  // (230/251)^(1/5) − 1
		{"huishoudelijke-verzorging", 2020, 2022, "0.0170705923"}, // (2133/2062)^(1/2) − 1
		{"huishoudelijke-verzorging", 2021, 2022, "0.0085106383"}, // 2133/2115 − 1 = 18/2115
	}
	for _, c := range cases {
		cc, ok := f.Client(c.id)
		if !ok {
			t.Fatalf("no client count %q", c.id)
		}
		got, err := cc.GrowthRate(c.from, c.to)
		if err != nil {
			t.Fatalf("GrowthRate(%s, %d, %d): %v", c.id, c.from, c.to, err)
		}
		if !got.Equal(dec(c.want)) {
			t.Errorf("GrowthRate(%s, %d, %d) = %s, want %s", c.id, c.from, c.to, got, c.want)
		}
	}
	cc, _ := f.Client("huishoudelijke-verzorging")
	for _, w := range [][2]Year{{2022, 2017}, {2017, 2017}, {2016, 2022}, {2017, 2023}} {
		if _, err := cc.GrowthRate(w[0], w[1]); err == nil {
			t.Errorf("GrowthRate(%d, %d) = nil error, want one", w[0], w[1])
		}
	}
}

// TestContextFiguresGolden holds the cited context figures.
func TestContextFiguresGolden(t *testing.T) {
	f := StartnotitieFacts()
	cases := []struct {
		id     string
		value  string
		unit   Unit
		approx bool
		period Period
	}{
		// "In de periode 2015-2040 groeien de zorguitgaven met gemiddeld 2,9 procent per jaar."
		{"zorguitgaven-groei", "2.9", UnitPercentPerYear, false, Period{2015, 2040}},
		// "een bedrag van maximaal €19 betaald per maand ... Vanaf 2026 maakt het
		// abonnementstarief plaats voor een inkomensafhankelijke eigen bijdrage."
		{"abonnementstarief", "19", UnitEuroPerMonth, false, Period{0, 2025}},
		// "binnen ‘een zorgzaam Hilversum’ ongeveer € 550.000 beschikbaar"
		{"coalitieakkoord-zorgzaam-hilversum", "550000", UnitEuro, true, Period{}},
		// "Om onze huidige inzet die gestart is met de Corona Herstelagenda te behouden is €350.000 nodig."
		{"herstelagenda-behoud", "350000", UnitEuro, false, Period{}},
		// "Nu al bestaat de rijksbegroting voor 26,8% uit zorguitgaven."
		{"rijksbegroting-zorgaandeel", "26.8", UnitPercent, false, Period{}},
	}
	for _, c := range cases {
		fig, ok := f.Figure(c.id)
		if !ok {
			t.Errorf("no figure %q", c.id)
			continue
		}
		if !fig.Value.Equal(dec(c.value)) || fig.Unit != c.unit || fig.Approx != c.approx || fig.Period != c.period {
			t.Errorf("figure %s = %s %s approx=%v %v, want %s %s approx=%v %v", c.id, fig.Value, fig.Unit, fig.Approx, fig.Period, c.value, c.unit, c.approx, c.period)
		}
		if fig.Source.Document != SeedStartnotitie || fig.Source.Quote == "" {
			t.Errorf("figure %s: source %+v lacks the seed and quote", c.id, fig.Source)
		}
	}
	if abo, _ := f.Figure("abonnementstarief"); abo.Note == "" {
		t.Error("abonnementstarief: its replacement from 2026 is not noted")
	}
	if len(f.Context) != len(cases) {
		t.Errorf("%d context figures, the golden test covers %d: add the new ones here", len(f.Context), len(cases))
	}
}
