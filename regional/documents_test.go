package regional

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
)

// allSources are every source of p: the measures' (with their cross
// effects and remarks), the proposed measures', the municipalities', the
// published share's, the regional spending's and the notes'.
func allSources(p *Programme) []budget.Source {
	out := []budget.Source{p.PublishedShareSource(), p.MunicipalitySource()}
	if fig := p.RegionalSpending(); fig.ID != "" {
		out = append(out, fig.Source)
	}
	for _, m := range append(p.Measures(), p.Proposed()...) {
		out = append(out, m.Source)
		for _, c := range m.CrossEffects {
			out = append(out, c.Source)
		}
		for _, r := range m.Remarks {
			out = append(out, r.Source)
		}
	}
	for _, m := range p.Municipalities() {
		out = append(out, m.Source)
	}
	for _, n := range p.Notes() {
		out = append(out, n.Source)
	}
	return out
}

// TestSourcesCarryTitles: every source of the embedded programme carries
// the title and year of the raadsvoorstel from the data file's documents,
// or is a public source (CBS, Wikipedia) named in full with its URL, whose
// title is its own description; none names a file.
func TestSourcesCarryTitles(t *testing.T) {
	p := Default()
	docs := p.Documents()
	if len(docs) != 1 || docs[0].ID != budget.SeedRaadsvoorstel || docs[0].Year != 2021 || docs[0].Reference != "" {
		t.Fatalf("documents %+v, want the raadsvoorstel of 2021 without a reference (it prints none)", docs)
	}
	rv := docs[0]
	public := 0
	for _, src := range allSources(p) {
		switch {
		case src.Document == rv.ID:
			if src.Title != rv.Title || src.Year != rv.Year || src.Citation() != rv.Title+" (2021)" {
				t.Errorf("source %+v does not carry the raadsvoorstel's title and year", src)
			}
		case src.URL != "" && src.Title == src.Document:
			public++
		default:
			t.Errorf("source %+v: neither a document of the file nor a public source with its URL", src)
		}
		if b, _ := json.Marshal(src); strings.Contains(string(b), ".txt") {
			t.Errorf("source names a file: %s", b)
		}
	}
	if public != 1+NumMunicipalities {
		t.Errorf("%d public sources, want the CBS table and the 7 municipalities' pages", public)
	}
	if strings.Contains(string(actieprogrammaJSON), ".txt") {
		t.Error("the embedded data file names a seed by its file name")
	}
}

// TestCorrectedProgrammeNewDocument: a corrected file that cites a new
// document for a measure shows that document's title, year and reference
// on that measure; Save writes the documents back.
func TestCorrectedProgrammeNewDocument(t *testing.T) {
	var buf strings.Builder
	if err := Save(&buf, Default()); err != nil {
		t.Fatal(err)
	}
	var f map[string]any
	if err := json.Unmarshal([]byte(buf.String()), &f); err != nil {
		t.Fatal(err)
	}
	f["documents"] = append(f["documents"].([]any), map[string]any{
		"id": "evaluatie-2023", "title": "Evaluatie actieprogramma sociaal domein", "publisher": "Regio Gooi en Vechtstreek",
		"year": 2023, "reference": "PHO-2023-14",
	})
	m0 := f["measures"].([]any)[0].(map[string]any)
	m0["source"].(map[string]any)["document"] = "evaluatie-2023"
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(strings.NewReader(string(b)), "gecorrigeerd.json")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := p.Measures()[0].Source.Citation(), "Evaluatie actieprogramma sociaal domein (PHO-2023-14, 2023)"; got != want {
		t.Errorf("measure cites %q, want %q", got, want)
	}
	if got := p.Measures()[1].Source.Title; got != Default().Documents()[0].Title {
		t.Errorf("the other measures cite %q", got)
	}
	checkRoundTrip(t, p)
}
