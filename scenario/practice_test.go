package scenario

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/seedtext"
)

// TestPracticeGolden holds each option's "in practice" text against the
// seed (000, Keuzes en ambities, lines 304-408): where a resident finds
// access and who gives the first support.
func TestPracticeGolden(t *testing.T) {
	seed := seedtext.Text(t, budget.SeedStartnotitie)
	// What the seed says per option, and the words the plain text must use
	// for it: access in the own wijk (A, C) or at the Sociaal Plein (B, D);
	// first support by professional organisations working with the
	// municipality (A, B) or by professionals in its employ (C, D).
	want := map[string]struct {
		section     string
		access      string // in Practice
		provider    string // in Practice
		quoteAccess string // in the quote
		quoteWho    string // in the quote
	}{
		"A": {"Keuzes en ambities, Keuze A Buurtgericht en (meer) gemeenschap", "eigen wijk", "professionele organisaties", "teams in de wijk", "nauw samenwerken met de gemeentelijke"},
		"B": {"Keuzes en ambities, Keuze B Stedelijk en (meer) gemeenschap", "Sociaal Plein", "professionele organisaties", "sociaal plein", "nauw samenwerken met de gemeentelijke organisatie"},
		"C": {"Keuzes en ambities, Keuze C Buurtgericht en gemeente", "eigen wijk", "in dienst zijn van de gemeente", "teams in de wijk", "in dienst zijn van de gemeente Hilversum"},
		"D": {"Keuzes en ambities, Keuze D Stedelijk en gemeente", "Sociaal Plein", "in dienst zijn van de gemeente", "sociaal plein", "in dienst zijn van gemeente Hilversum"},
	}
	opts := Options()
	if len(opts) != len(want) {
		t.Fatalf("%d options, want %d", len(opts), len(want))
	}
	for _, o := range opts {
		w, ok := want[o.ID]
		if !ok {
			t.Errorf("unexpected option %q", o.ID)
			continue
		}
		if o.Practice == "" {
			t.Errorf("%s: no practice text", o.ID)
			continue
		}
		seedtext.CheckPlain(t, o.ID+" practice", o.Practice, 3)
		if !strings.Contains(o.Practice, w.access) || !strings.Contains(o.Practice, w.provider) {
			t.Errorf("%s: practice %q must say %q and %q", o.ID, o.Practice, w.access, w.provider)
		}
		seedtext.CheckQuote(t, seed, budget.SeedStartnotitie, o.ID+" practice_source", o.PracticeSource)
		if o.PracticeSource.Section != w.section {
			t.Errorf("%s: section %q, want %q", o.ID, o.PracticeSource.Section, w.section)
		}
		if !strings.Contains(o.PracticeSource.Quote, w.quoteAccess) || !strings.Contains(o.PracticeSource.Quote, w.quoteWho) {
			t.Errorf("%s: quote %q must contain %q and %q", o.ID, o.PracticeSource.Quote, w.quoteAccess, w.quoteWho)
		}
	}
}

// TestCatalogNotesGolden holds the catalog-level notes against the seed:
// the amounts are "met name indicatief" (000:949-950) and no budget change
// is proposed (000:944-947).
func TestCatalogNotesGolden(t *testing.T) {
	seed := seedtext.Text(t, budget.SeedStartnotitie)
	c := DefaultCatalog()
	indText, indSrc := c.Indicative()
	nbcText, nbcSrc := c.NoBudgetChange()
	for _, n := range []struct {
		what  string
		text  string
		src   budget.Source
		quote string
	}{
		{"Indicative", indText, indSrc, "Omdat het een startnotitie betreft zijn de onderstaande bedragen met name indicatief"},
		{"NoBudgetChange", nbcText, nbcSrc, "geen begrotingswijziging voorgesteld"},
	} {
		if n.text == "" {
			t.Errorf("%s: no text", n.what)
			continue
		}
		seedtext.CheckPlain(t, n.what, n.text, 2)
		seedtext.CheckQuote(t, seed, budget.SeedStartnotitie, n.what, n.src)
		if !strings.Contains(n.src.Quote, n.quote) || n.src.Section != "Financiën" {
			t.Errorf("%s: source %+v, want section Financiën quoting %q", n.what, n.src, n.quote)
		}
	}
	var zero Catalog
	if txt, src := zero.Indicative(); txt != "" || src != (budget.Source{}) {
		t.Errorf("zero Catalog Indicative = %q, %+v", txt, src)
	}
}

// TestLoadCatalogPractice: practice and the catalog notes are optional (a
// file written before they existed loads), but a practice text needs its
// source and a note needs text and source.
func TestLoadCatalogPractice(t *testing.T) {
	cases := []struct {
		name          string
		change        func(m map[string]any)
		record, field string
		is            error
	}{
		{"practice without source", func(m map[string]any) { delete(option(m, 0), "practice_source") }, `option "A"`, "practice_source", budget.ErrMissing},
		{"source without practice", func(m map[string]any) { delete(option(m, 1), "practice") }, `option "B"`, "practice", budget.ErrMissing},
		{"practice source without section", func(m map[string]any) {
			delete(option(m, 2)["practice_source"].(map[string]any), "section")
		}, `option "C"`, "practice_source.section", budget.ErrMissing},
		{"indicative without text", func(m map[string]any) { delete(m["indicative"].(map[string]any), "text") }, "indicative", "text", budget.ErrMissing},
		{"no_budget_change without source", func(m map[string]any) { delete(m["no_budget_change"].(map[string]any), "source") }, "no_budget_change", "source", budget.ErrMissing},
		{"unknown key in indicative", func(m map[string]any) { m["indicative"].(map[string]any)["bedrag"] = "1" }, "", "indicative.bedrag", budget.ErrUnknownField},
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
	old := mutate(t, func(m map[string]any) {
		delete(m, "indicative")
		delete(m, "no_budget_change")
		for i := range m["options"].([]any) {
			delete(option(m, i), "practice")
			delete(option(m, i), "practice_source")
		}
	})
	c, err := LoadCatalog(bytes.NewReader(old), "oud.json")
	if err != nil {
		t.Fatalf("a file without practice and notes: %v", err)
	}
	if txt, _ := c.Indicative(); txt != "" || c.Options()[0].Practice != "" {
		t.Errorf("a file without them gives Indicative %q, practice %q", txt, c.Options()[0].Practice)
	}
	var buf bytes.Buffer
	if err := SaveCatalog(&buf, c); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"practice"`, `"practice_source"`, `"indicative"`, `"no_budget_change"`} {
		if bytes.Contains(buf.Bytes(), []byte(key)) {
			t.Errorf("SaveCatalog writes %s the catalog does not have", key)
		}
	}
}
