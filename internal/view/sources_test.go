package view

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
)

const (
	citeStartnotitie  = "Startnotitie beleidskader Wmo-Samenleving 2024-2030 (2023)"
	citeRaadsvoorstel = "Raadsvoorstel regionaal actieprogramma ‘Naar een financieel gezond sociaal domein’ (2021)"
)

// shownTexts are every text node and attribute value of v: what a resident
// can read or a screen reader can announce.
func shownTexts(v Node) []string {
	var out []string
	v.FindAll(func(n Node) bool {
		if n.Text != "" {
			out = append(out, n.Text)
		}
		for _, a := range n.Attrs {
			out = append(out, a.Value)
		}
		return false
	})
	return out
}

// TestNoFileNamesShown: no text a resident sees — the widget in both
// languages, for every keuze and none, its summary and its CSV — names a
// document by a file name or an internal id; the two documents are cited
// by title and year.
func TestNoFileNamesShown(t *testing.T) {
	c := NewCatalogue()
	bad := []string{".txt", "000_68c82c66be7137a6", "004_75c709e3d0a04c7c", budget.SeedStartnotitie, budget.SeedRaadsvoorstel}
	for _, lang := range []string{"nl", "en"} {
		for _, k := range []string{"A", "B", "C", "D", ""} {
			s := Initial(Config{Lang: lang}, c)
			s.Keuze, s.Growth = k, GrowthClientsAll
			v := Render(s, c, Env{})
			_, csv, err := CSV(s, c)
			if err != nil {
				t.Fatal(err)
			}
			texts := append(shownTexts(v), Announcement(s, c), string(csv))
			for _, txt := range texts {
				for _, b := range bad {
					if strings.Contains(txt, b) {
						t.Errorf("%s, keuze %q: a resident sees %q in %q", lang, k, b, txt)
					}
				}
			}
			all := v.TextContent()
			for _, want := range []string{citeStartnotitie, citeRaadsvoorstel} {
				if !strings.Contains(all, want) {
					t.Errorf("%s, keuze %q: the widget does not cite %q", lang, k, want)
				}
			}
			// Every citation is a title from the data files or a public
			// source that names itself.
			titles := map[string]bool{}
			for _, docs := range []budget.Documents{c.programme.Documents(), c.keuzeopties.Documents(), c.Taakstelling.Documents} {
				for _, d := range docs {
					titles[d.Title] = true
				}
			}
			for _, m := range c.Municipalities {
				titles[m.Source.Document] = m.Source.URL != ""
			}
			titles[c.MunicipalitySrc.Document] = true
			for _, cite := range v.FindAll(func(n Node) bool { return n.Tag == "cite" }) {
				if !titles[cite.TextContent()] {
					t.Errorf("%s, keuze %q: <cite>%s</cite> is not a document's title", lang, k, cite.TextContent())
				}
			}
		}
	}
}

// TestCorrectedFilesShowTheirDocuments: data files a host page supplies
// that cite another document, or correct a document's title, show that
// title, year and reference wherever their sources are shown.
func TestCorrectedFilesShowTheirDocuments(t *testing.T) {
	edit := func(save func(*bytes.Buffer) error, change func(m map[string]any)) string {
		var b bytes.Buffer
		if err := save(&b); err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		change(m)
		out, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	keuzes := edit(func(b *bytes.Buffer) error { return scenario.SaveCatalog(b, scenario.DefaultCatalog()) }, func(m map[string]any) {
		m["documents"] = append(m["documents"].([]any), map[string]any{
			"id": "beleidskader-2024", "title": "Beleidskader Wmo-Samenleving 2024-2030", "publisher": "Gemeente Hilversum",
			"year": 2024, "reference": "RV24-031",
		})
		m["document"] = "beleidskader-2024"
	})
	programme := edit(func(b *bytes.Buffer) error { return regional.Save(b, regional.Default()) }, func(m map[string]any) {
		m["documents"].([]any)[0].(map[string]any)["title"] = "Regionaal actieprogramma sociaal domein, herziene uitgave"
	})
	c := NewCatalogueFrom(DataFile{Name: "keuzeopties.json", Text: keuzes}, DataFile{Name: "actieprogramma.json", Text: programme})
	if len(c.Problems) > 0 {
		t.Fatalf("problems: %q", c.Problems)
	}
	for _, lang := range []string{"nl", "en"} {
		s := Initial(Config{Keuze: "A", Lang: lang}, c)
		v := Render(s, c, Env{})
		detail := v.FindAll(func(n Node) bool { return n.HasClass("sd-detail") })[0].TextContent()
		if !strings.Contains(detail, "Beleidskader Wmo-Samenleving 2024-2030 (RV24-031, 2024)") {
			t.Errorf("%s: the keuze does not cite the corrected file's document: %q", lang, detail)
		}
		src, _ := v.ByID("sd-sources")
		for _, want := range []string{"Beleidskader Wmo-Samenleving 2024-2030 (RV24-031, 2024)", "Regionaal actieprogramma sociaal domein, herziene uitgave (2021)"} {
			if !strings.Contains(src.TextContent(), want) {
				t.Errorf("%s: the source list lacks %q", lang, want)
			}
		}
		for _, m := range v.FindAll(func(n Node) bool { return n.HasClass("sd-measure") && !n.HasClass("sd-proposed") }) {
			if txt := m.TextContent(); !strings.Contains(txt, "Regionaal actieprogramma sociaal domein, herziene uitgave (2021)") || strings.Contains(txt, "Raadsvoorstel regionaal") {
				t.Errorf("%s: a measure does not cite the corrected title: %q", lang, txt)
			}
		}
	}
}
