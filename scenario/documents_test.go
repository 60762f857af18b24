package scenario

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
)

// catalogSources are every source of c: the proposal's, the notes', and
// each option's table, lines and practice.
func catalogSources(c Catalog) []budget.Source {
	_, ind := c.Indicative()
	_, nbc := c.NoBudgetChange()
	out := []budget.Source{c.proposal, ind, nbc}
	for _, o := range c.Options() {
		out = append(out, o.Source, o.PracticeSource)
		for _, l := range o.Lines {
			out = append(out, l.Source)
		}
	}
	return out
}

// TestCatalogSourcesCarryTitles: every source of the embedded keuzeopties
// carries the startnotitie's title and year from the data file; none names
// a file.
func TestCatalogSourcesCarryTitles(t *testing.T) {
	c := DefaultCatalog()
	docs := c.Documents()
	if len(docs) != 1 || docs[0].ID != budget.SeedStartnotitie || docs[0].Year != 2023 || docs[0].Reference != "" {
		t.Fatalf("documents %+v, want the startnotitie of 2023 without a reference (it prints none)", docs)
	}
	for _, src := range catalogSources(c) {
		if src.Document != budget.SeedStartnotitie || src.Title != docs[0].Title || src.Citation() != "Startnotitie beleidskader Wmo-Samenleving 2024-2030 (2023)" {
			t.Errorf("source %+v does not carry the startnotitie's title and year", src)
		}
		if b, _ := json.Marshal(src); strings.Contains(string(b), ".txt") {
			t.Errorf("source names a file: %s", b)
		}
	}
	if bytes.Contains(keuzeoptiesJSON, []byte(".txt")) {
		t.Error("the embedded data file names a seed by its file name")
	}
}

// TestCorrectedCatalogNewDocument: a corrected file whose tables come from
// another document (the beleidskader that follows the startnotitie, say)
// shows that document's title, year and reference on every line; the
// notes that still quote the startnotitie keep its title.
func TestCorrectedCatalogNewDocument(t *testing.T) {
	data := mutate(t, func(m map[string]any) {
		m["documents"] = append(m["documents"].([]any), map[string]any{
			"id": "beleidskader-2024", "title": "Beleidskader Wmo-Samenleving 2024-2030", "publisher": "Gemeente Hilversum",
			"year": 2024, "reference": "RV24-031",
		})
		m["document"] = "beleidskader-2024"
	})
	c, err := LoadCatalog(bytes.NewReader(data), "beleidskader.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.Lookup("A")
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range append([]budget.Source{a.Source}, a.Lines[0].Source, a.Lines[len(a.Lines)-1].Source) {
		if got, want := src.Citation(), "Beleidskader Wmo-Samenleving 2024-2030 (RV24-031, 2024)"; got != want {
			t.Errorf("cites %q, want %q", got, want)
		}
	}
	if _, src := c.Indicative(); src.Title != "Startnotitie beleidskader Wmo-Samenleving 2024-2030" {
		t.Errorf("the indicative note cites %q", src.Title)
	}
	var buf bytes.Buffer
	if err := SaveCatalog(&buf, c); err != nil {
		t.Fatal(err)
	}
	back, err := LoadCatalog(&buf, "opnieuw.json")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(c, back, cmp.AllowUnexported(Catalog{}, sectionsJSON{})); d != "" {
		t.Errorf("round trip (-first +second):\n%s", d)
	}
}

// TestDocumentsAgree: the four embedded data files describe each document
// they share in the same words: one title, year, date and reference.
func TestDocumentsAgree(t *testing.T) {
	seen := map[string]budget.Document{}
	for _, docs := range []budget.Documents{
		budget.StartnotitieFacts().Documents, budget.TaakstellingTarget().Documents,
		regional.Default().Documents(), DefaultCatalog().Documents(),
	} {
		for _, d := range docs {
			if prev, ok := seen[d.ID]; ok && prev != d {
				t.Errorf("document %s differs between data files:\n%+v\n%+v", d.ID, prev, d)
			}
			seen[d.ID] = d
		}
	}
	if len(seen) != 2 {
		t.Errorf("documents %v, want the startnotitie and the raadsvoorstel", seen)
	}
}
