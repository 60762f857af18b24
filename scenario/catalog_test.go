package scenario

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
)

func mutate(t *testing.T, change func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(keuzeoptiesJSON, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func option(m map[string]any, i int) map[string]any { return m["options"].([]any)[i].(map[string]any) }
func line(m map[string]any, i, j int) map[string]any {
	return option(m, i)["lines"].([]any)[j].(map[string]any)
}
func years(m map[string]any, i, j int) map[string]any {
	return line(m, i, j)["amounts"].(map[string]any)["years"].(map[string]any)
}

func TestLoadCatalogBroken(t *testing.T) {
	cases := []struct {
		name   string
		change func(m map[string]any)
		record string
		field  string
		is     error
	}{
		{"missing name", func(m map[string]any) { delete(option(m, 1), "name") }, `option "B"`, "name", budget.ErrMissing},
		{"bad amount", func(m map[string]any) { years(m, 0, 0)["2024"] = "100.000,00" }, "", "options[0].lines[0].amounts.years.2024", budget.ErrBadAmount},
		{"amount as number", func(m map[string]any) { years(m, 0, 0)["2024"] = 100000 }, "", "options[0].lines[0].amounts.years.2024", budget.ErrSyntax},
		{"unknown year", func(m map[string]any) { years(m, 2, 1)["twintig"] = "1.00" }, "", "options[2].lines[1].amounts.years.twintig", budget.ErrBadYear},
		{"fraction of a cent", func(m map[string]any) { years(m, 0, 1)["2025"] = "95000.001" }, `option "A"`, "lines[1].amounts.years.2025", budget.ErrBadAmount},
		{"duplicate option id", func(m map[string]any) { option(m, 3)["id"] = "C" }, `option "C"`, "id", budget.ErrDuplicateID},
		{"duplicate line id", func(m map[string]any) { line(m, 0, 1)["id"] = "inloop-psychische-kwetsbaarheid" }, `option "A"`, "lines[1].id", budget.ErrDuplicateID},
		{"total disagrees with lines", func(m map[string]any) { years(m, 3, 3)["2026"] = "55000.00" }, `option "D"`, "printed_total.years.2026", budget.ErrTotalMismatch},
		{"line missing a printed year", func(m map[string]any) { delete(years(m, 1, 2), "2027") }, `option "B"`, "printed_total.years.2027", budget.ErrTotalMismatch},
		{"unknown key", func(m map[string]any) { line(m, 0, 0)["bedrag"] = "1" }, "", "options[0].lines[0].bedrag", budget.ErrUnknownField},
		{"misplaced key", func(m map[string]any) { option(m, 0)["pm"] = true }, "", "options[0].pm", budget.ErrUnknownField},
		{"pm with amounts", func(m map[string]any) {
			line(m, 2, 5)["amounts"] = map[string]any{"years": map[string]any{"2024": "1.00"}}
		}, `option "C"`, "lines[5].amounts", nil},
		{"two proposed", func(m map[string]any) { option(m, 2)["proposed"] = true }, `option "C"`, "proposed", nil},
		{"axes taken twice", func(m map[string]any) { option(m, 1)["access"] = "buurtgericht" }, `option "B"`, "access", nil},
		{"unknown axis value", func(m map[string]any) { option(m, 1)["role"] = "markt" }, `option "B"`, "role", nil},
		{"risk without beheersmaatregel", func(m map[string]any) {
			delete(option(m, 0)["risks"].([]any)[1].(map[string]any), "beheersmaatregel")
		}, `option "A"`, "risks[1].beheersmaatregel", budget.ErrMissing},
		{"unknown file document", func(m map[string]any) { m["document"] = "startnotitie-2022" }, "", "document", budget.ErrUnknownDocument},
		{"a seed's file name", func(m map[string]any) { m["document"] = "000_68c82c66be7137a6.txt" }, "", "document", budget.ErrUnknownDocument},
		{"no documents", func(m map[string]any) { delete(m, "documents") }, "", "documents", budget.ErrMissing},
		{"unknown practice document", func(m map[string]any) {
			option(m, 0)["practice_source"].(map[string]any)["document"] = "onbekend"
		}, `option "A"`, "practice_source.document", budget.ErrUnknownDocument},
		{"unknown note document", func(m map[string]any) {
			m["indicative"].(map[string]any)["source"].(map[string]any)["document"] = "onbekend"
		}, "indicative", "source.document", budget.ErrUnknownDocument},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadCatalog(bytes.NewReader(mutate(t, c.change)), "keuzes.json")
			var de *budget.DataError
			if !errors.As(err, &de) {
				t.Fatalf("LoadCatalog = %v, want a *budget.DataError", err)
			}
			if de.File != "keuzes.json" || de.Record != c.record || de.Field != c.field || (c.is != nil && !errors.Is(err, c.is)) {
				t.Errorf("error = record %q field %q: %v\nwant record %q field %q wrapping %v", de.Record, de.Field, err, c.record, c.field, c.is)
			}
		})
	}
}

func TestLoadCatalogValid(t *testing.T) {
	c, err := LoadCatalog(bytes.NewReader(keuzeoptiesJSON), "x.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Options()) != 4 {
		t.Errorf("%d options, want 4", len(c.Options()))
	}
	var zero Catalog
	if len(zero.Options()) != 0 {
		t.Error("the zero Catalog must hold no options")
	}
	if _, err := zero.Lookup("A"); !errors.Is(err, ErrUnknownOption) {
		t.Errorf("zero Catalog Lookup = %v", err)
	}
}

func TestCompare(t *testing.T) {
	a, _ := Lookup("A")
	d, _ := Lookup("D")
	c := Compare(a, d)
	type row struct {
		ID          string
		Left, Right string // amount in 2024, "pm", or "—" when absent
		Diff        string // Right − Left, "?" when unknown
	}
	cell := func(x Cell) string {
		switch {
		case x.Absent:
			return "—"
		case x.PM:
			return "pm"
		}
		return x.Value.String()
	}
	var got []row
	for _, r := range c.Rows {
		l, rr, diff := r.Cells(2024)
		ds := "?"
		if diff.Known {
			ds = diff.Value.String()
		}
		got = append(got, row{r.ID, cell(l), cell(rr), ds})
	}
	// By hand from the two tables (2024): D swaps suïcidepreventie
	// (55.000 → 50.000) and mantelzorgers (50.000 → 55.000); A's wijk,
	// initiatives and opbouwwerk lines are absent in D; D adds the pm line,
	// the centrale basisvoorziening and inkoop welzijn.
	want := []row{
		{"inloop-psychische-kwetsbaarheid", "100000", "100000", "0"},
		{"begeleiding-in-de-wijk", "95000", "95000", "0"},
		{"zicht-op-zorgvraag", "50000", "50000", "0"},
		{"suicidepreventie", "55000", "50000", "-5000"},
		{"toegang-mantelzorgers", "50000", "55000", "5000"},
		{"dienstverlening-in-de-wijk", "80000", "—", "-80000"},
		{"vernieuwende-initiatieven", "60000", "—", "-60000"},
		{"opbouwwerk-sociaal-verbinder", "10000", "—", "-10000"},
		{"actieplan-mantelzorg", "50000", "50000", "0"},
		{"transformatie-frictiekosten", "—", "pm", "?"},
		{"centrale-basisvoorziening", "—", "80000", "80000"},
		{"inkoop-welzijn", "—", "20000", "20000"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Compare(A, D) rows (-want +got):\n%s", diff)
	}
	// Totals: 500.000 + pm − 550.000 = −50.000 + pm.
	l, r, diff := c.Totals(2025)
	if !l.Value.Equal(dec("550000")) || !r.Value.Equal(dec("500000")) || !r.PM || !diff.Known || !diff.PM || !diff.Value.Equal(dec("-50000")) {
		t.Errorf("Totals(2025) = %+v, %+v, %+v", l, r, diff)
	}
	if _, _, diff := c.Totals(2023); diff.Known {
		t.Error("Totals(2023) is not published and must be unknown")
	}
}

func TestSaveCatalogRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := SaveCatalog(&buf, DefaultCatalog()); err != nil {
		t.Fatal(err)
	}
	back, err := LoadCatalog(&buf, "saved.json")
	if err != nil {
		t.Fatalf("LoadCatalog(SaveCatalog(embedded)): %v", err)
	}
	if d := cmp.Diff(DefaultCatalog(), back, cmp.AllowUnexported(Catalog{}, sectionsJSON{})); d != "" {
		t.Errorf("round trip (-embedded +saved):\n%s", d)
	}
}

// FuzzLoadCatalog: any file either loads, and then saves and loads back to
// the same catalog, or gives a *budget.DataError naming the file.
func FuzzLoadCatalog(f *testing.F) {
	f.Add(keuzeoptiesJSON)
	f.Add([]byte(`{}`))
	f.Add(bytes.Replace(keuzeoptiesJSON, []byte(`"100000.00"`), []byte(`"100000.01"`), 1))
	f.Add(bytes.Replace(keuzeoptiesJSON, []byte(`"pm": true`), []byte(`"pm": false`), 1))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := LoadCatalog(bytes.NewReader(data), "fuzz.json")
		if err != nil {
			var de *budget.DataError
			if !errors.As(err, &de) || de.File != "fuzz.json" {
				t.Fatalf("error %v is not a *budget.DataError naming the file", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := SaveCatalog(&buf, c); err != nil {
			t.Fatal(err)
		}
		back, err := LoadCatalog(bytes.NewReader(buf.Bytes()), "saved.json")
		if err != nil {
			t.Fatalf("saved file does not load: %v", err)
		}
		if d := cmp.Diff(c, back, cmp.AllowUnexported(Catalog{}, sectionsJSON{})); d != "" {
			t.Fatalf("load → save → load changed the catalog (-first +second):\n%s", d)
		}
	})
}
