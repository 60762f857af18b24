package budget

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDocumentsCheck: a data file's documents need an id, a title and a
// year; ids are unique; a date is YYYY-MM-DD in the document's year.
func TestDocumentsCheck(t *testing.T) {
	ok := Document{ID: "a", Title: "Stuk A", Year: 2021}
	cases := []struct {
		name  string
		docs  Documents
		field string
		is    error
	}{
		{"none", nil, "", ErrMissing},
		{"no id", Documents{ok, {Title: "B", Year: 2021}}, "[1].id", ErrMissing},
		{"blank id", Documents{{ID: " ", Title: "B", Year: 2021}}, "[0].id", ErrMissing},
		{"duplicate id", Documents{ok, ok}, "[1].id", ErrDuplicateID},
		{"no title", Documents{{ID: "b", Year: 2021}}, "[0].title", ErrMissing},
		{"no year", Documents{{ID: "b", Title: "B"}}, "[0].year", ErrMissing},
		{"bad year", Documents{{ID: "b", Title: "B", Year: 21}}, "[0].year", ErrBadYear},
		{"date in words", Documents{{ID: "b", Title: "B", Year: 2021, Date: "3 maart 2021"}}, "[0].date", ErrBadYear},
		{"date in another year", Documents{{ID: "b", Title: "B", Year: 2021, Date: "2020-03-03"}}, "[0].date", ErrBadYear},
	}
	for _, c := range cases {
		err := c.docs.Check()
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.field || !errors.Is(err, c.is) {
			t.Errorf("%s: Check = %v, want field %q wrapping %v", c.name, err, c.field, c.is)
		}
	}
	if err := (Documents{ok, {ID: "b", Title: "B", Year: 2021, Date: "2021-03-03", Reference: "RV-1"}}).Check(); err != nil {
		t.Errorf("valid documents: %v", err)
	}
}

// TestDocumentsResolve: a source naming a document gets its title, year and
// reference; a public source outside the documents keeps its description
// as the title; an unknown id is an error on "document"; a source that
// brings its own title, year or reference is an error on that field.
func TestDocumentsResolve(t *testing.T) {
	docs := Documents{
		{ID: "rv", Title: "Raadsvoorstel X", Publisher: "Gemeente Hilversum", Year: 2021, Reference: "RV21-7"},
		{ID: "sn", Title: "Startnotitie Y", Year: 2023},
	}
	src := Source{Document: "rv", Section: "Aanleiding", Quote: "q"}
	if err := docs.Resolve(&src); err != nil {
		t.Fatal(err)
	}
	want := Source{Document: "rv", Title: "Raadsvoorstel X", Year: 2021, Reference: "RV21-7", Section: "Aanleiding", Quote: "q"}
	if src != want {
		t.Errorf("resolved %+v, want %+v", src, want)
	}
	if src.Unresolved() != (Source{Document: "rv", Section: "Aanleiding", Quote: "q"}) {
		t.Errorf("Unresolved = %+v", src.Unresolved())
	}
	cbs := Source{Document: "CBS StatLine, tabel 37230ned", Section: "Bevolking", URL: "https://www.cbs.nl/nl-nl/cijfers/detail/37230ned"}
	if err := docs.Resolve(&cbs); err != nil || cbs.Title != cbs.Document || cbs.Year != 0 {
		t.Errorf("public source: %v, %+v", err, cbs)
	}
	for _, c := range []struct {
		name  string
		src   *Source
		field string
		is    error
	}{
		{"nil", nil, "", ErrMissing},
		{"no document", &Source{Section: "s"}, "document", ErrMissing},
		{"no section", &Source{Document: "rv"}, "section", ErrMissing},
		{"unknown id", &Source{Document: "rv-2022", Section: "s"}, "document", ErrUnknownDocument},
		{"a seed's file name", &Source{Document: "004_75c709e3d0a04c7c.txt", Section: "s"}, "document", ErrUnknownDocument},
		{"own title", &Source{Document: "rv", Section: "s", Title: "Iets anders"}, "title", ErrUnknownField},
		{"own year", &Source{Document: "rv", Section: "s", Year: 2020}, "year", ErrUnknownField},
		{"own reference", &Source{Document: "rv", Section: "s", Reference: "RV-0"}, "reference", ErrUnknownField},
	} {
		err := docs.Resolve(c.src)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.field || !errors.Is(err, c.is) {
			t.Errorf("%s: Resolve = %v, want field %q wrapping %v", c.name, err, c.field, c.is)
		}
	}
}

// TestSourceCitation: a source is cited by its document's title and year,
// with the council's reference where there is one.
func TestSourceCitation(t *testing.T) {
	for _, c := range []struct {
		src  Source
		want string
	}{
		{Source{Document: "sn", Title: "Startnotitie beleidskader Wmo-Samenleving 2024-2030", Year: 2023}, "Startnotitie beleidskader Wmo-Samenleving 2024-2030 (2023)"},
		{Source{Document: "rv", Title: "Raadsvoorstel X", Year: 2021, Reference: "RV21-7"}, "Raadsvoorstel X (RV21-7, 2021)"},
		{Source{Document: "CBS StatLine", Title: "CBS StatLine"}, "CBS StatLine"},
		{Source{Document: "CBS StatLine"}, "CBS StatLine"}, // built by hand, not loaded
	} {
		if got := c.src.Citation(); got != c.want {
			t.Errorf("Citation(%+v) = %q, want %q", c.src, got, c.want)
		}
	}
}

// TestLoadUnknownDocument: a source or a file naming a document the file
// does not declare is a *DataError naming the record and the field; so is
// a file without documents and a source that brings its own title.
func TestLoadUnknownDocument(t *testing.T) {
	begroting := func(m map[string]any) map[string]any { return obj(m["begroting_2023"]) }
	cases := []struct {
		name   string
		change func(m map[string]any)
		record string
		field  string
		is     error
	}{
		{"context source", func(m map[string]any) { obj(obj(arr(m["context"])[0])["source"])["document"] = "onbekend" },
			`context "zorguitgaven-groei"`, "source.document", ErrUnknownDocument},
		{"a seed's file name", func(m map[string]any) {
			obj(begroting(m)["zorglasten_wmo"])["source"].(map[string]any)["document"] = "000_68c82c66be7137a6.txt"
		}, "begroting_2023", "zorglasten_wmo.source.document", ErrUnknownDocument},
		{"table source", func(m map[string]any) { obj(begroting(m)["taakvelden_source"])["document"] = "onbekend" },
			"begroting_2023", "taakvelden_source.document", ErrUnknownDocument},
		{"clients source", func(m map[string]any) { obj(obj(m["clients"])["source"])["document"] = "onbekend" },
			"clients", "source.document", ErrUnknownDocument},
		{"file's document", func(m map[string]any) { m["document"] = "onbekend" }, "", "document", ErrUnknownDocument},
		{"no file document", func(m map[string]any) { delete(m, "document") }, "", "document", ErrMissing},
		{"no documents", func(m map[string]any) { delete(m, "documents") }, "", "documents", ErrMissing},
		{"documents without title", func(m map[string]any) { delete(obj(arr(m["documents"])[0]), "title") }, "", "documents[0].title", ErrMissing},
		{"duplicate document", func(m map[string]any) { m["documents"] = append(arr(m["documents"]), arr(m["documents"])[0]) },
			"", "documents[1].id", ErrDuplicateID},
		{"unknown key in a document", func(m map[string]any) { obj(arr(m["documents"])[0])["titel"] = "x" },
			"", "documents[0].titel", ErrUnknownField},
		{"source with its own title", func(m map[string]any) { obj(obj(arr(m["context"])[1])["source"])["title"] = "Iets anders" },
			`context "abonnementstarief"`, "source.title", ErrUnknownField},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadFacts(bytes.NewReader(mutate(t, startnotitieJSON, c.change)), "test.json")
			var de *DataError
			if !errors.As(err, &de) {
				t.Fatalf("LoadFacts = %v, want a *DataError", err)
			}
			if de.File != "test.json" || de.Record != c.record || de.Field != c.field || !errors.Is(err, c.is) {
				t.Errorf("LoadFacts error = record %q field %q: %v\nwant record %q field %q wrapping %v", de.Record, de.Field, err, c.record, c.field, c.is)
			}
		})
	}
}

// TestCorrectedFileCitesNewDocument: a corrected data file that cites
// another document shows that document's title, year and reference, and a
// corrected title reaches every source that cites the document: the title
// is data, not code.
func TestCorrectedFileCitesNewDocument(t *testing.T) {
	data := mutate(t, raadsvoorstelJSON, func(m map[string]any) {
		m["documents"] = append(arr(m["documents"]), map[string]any{
			"id": "begroting-2021", "title": "Programmabegroting 2021", "publisher": "Gemeente Hilversum",
			"year": 2020, "date": "2020-11-05", "reference": "RV20-099",
		})
		obj(obj(m["taakstelling"])["source"])["document"] = "begroting-2021"
	})
	tt, err := LoadTaakstelling(bytes.NewReader(data), "gecorrigeerd.json")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := tt.Source.Citation(), "Programmabegroting 2021 (RV20-099, 2020)"; got != want {
		t.Errorf("citation %q, want %q", got, want)
	}
	if tt.Source.Title != "Programmabegroting 2021" || tt.Source.Year != 2020 || tt.Source.Reference != "RV20-099" {
		t.Errorf("source %+v", tt.Source)
	}
	// Saved and loaded back: the same target, the new document kept.
	var buf bytes.Buffer
	if err := SaveTaakstelling(&buf, SeedRaadsvoorstel, tt); err != nil {
		t.Fatal(err)
	}
	back, err := LoadTaakstelling(&buf, "opnieuw.json")
	if err != nil || !cmp.Equal(back, tt) {
		t.Errorf("round trip: %v\n%+v\nwant %+v", err, back, tt)
	}

	renamed := mutate(t, startnotitieJSON, func(m map[string]any) {
		obj(arr(m["documents"])[0])["title"] = "Startnotitie Wmo-Samenleving (herziene uitgave)"
	})
	f, err := LoadFacts(bytes.NewReader(renamed), "herzien.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range factsSources(f) {
		if src.Document == SeedStartnotitie && src.Title != "Startnotitie Wmo-Samenleving (herziene uitgave)" {
			t.Errorf("source %+v keeps the old title", src)
		}
	}
}

// factsSources are all sources of f.
func factsSources(f Facts) []Source {
	b := f.Begroting2023
	out := []Source{b.ZorglastenWmo.Source, b.WmoWelzijnIn61.Source, b.TaakveldenSource}
	for _, fig := range append(b.Taakvelden, f.Context...) {
		out = append(out, fig.Source)
	}
	for _, c := range f.Clients {
		out = append(out, c.Source)
	}
	return out
}

// TestEmbeddedDocuments: the embedded files declare the two documents by
// title and year — the raadsvoorstel with the date of the council meeting
// it was written for — and with no reference, because the seeds print no
// registration number; every source carries its document's title and year
// and names no file.
func TestEmbeddedDocuments(t *testing.T) {
	f, tt := StartnotitieFacts(), TaakstellingTarget()
	want := map[string]Document{
		SeedStartnotitie:  {ID: SeedStartnotitie, Title: "Startnotitie beleidskader Wmo-Samenleving 2024-2030", Publisher: "Gemeente Hilversum", Year: 2023},
		SeedRaadsvoorstel: {ID: SeedRaadsvoorstel, Title: "Raadsvoorstel regionaal actieprogramma ‘Naar een financieel gezond sociaal domein’", Publisher: "Gemeente Hilversum", Year: 2021, Date: "2021-03-03"},
	}
	for _, c := range []struct {
		docs Documents
		main string
	}{{f.Documents, f.Document}, {tt.Documents, SeedRaadsvoorstel}} {
		if len(c.docs) != 1 || c.docs[0].ID != c.main {
			t.Fatalf("documents %+v, want only %s", c.docs, c.main)
		}
		d := c.docs[0]
		if d.DateNote == "" {
			t.Errorf("%s: no date_note saying how the year is known", d.ID)
		}
		d.DateNote = ""
		if d != want[c.main] {
			t.Errorf("document %+v\nwant %+v", d, want[c.main])
		}
	}
	for _, src := range append(factsSources(f), tt.Source) {
		d := want[src.Document]
		if src.Title != d.Title || src.Year != d.Year || src.Reference != "" {
			t.Errorf("source %+v does not carry its document's title and year", src)
		}
		b, _ := json.Marshal(src)
		if strings.Contains(string(b), ".txt") {
			t.Errorf("source names a file: %s", b)
		}
	}
	for _, file := range [][]byte{startnotitieJSON, raadsvoorstelJSON} {
		if bytes.Contains(file, []byte(".txt")) {
			t.Error("an embedded data file names a seed by its file name")
		}
	}
}
