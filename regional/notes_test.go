package regional

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/seedtext"
	"github.com/shopspring/decimal"
)

// TestNotesGolden holds the programme-level notes against the seed: the
// ids in order, each quote verbatim, each section a heading of the seed.
func TestNotesGolden(t *testing.T) {
	seed := seedtext.Text(t, budget.SeedRaadsvoorstel)
	notes := Default().Notes()
	var ids []string
	for _, n := range notes {
		ids = append(ids, n.ID)
		if n.Title == "" || n.Text == "" {
			t.Errorf("%s: title %q, text %q; both are shown to residents", n.ID, n.Title, n.Text)
		}
		seedtext.CheckQuote(t, seed, budget.SeedRaadsvoorstel, "note "+n.ID, n.Source)
		// Plain Dutch for residents: at most 2 short sentences.
		seedtext.CheckPlain(t, n.ID, n.Text, 2)
	}
	want := []string{"regional-spending", "zienswijze-1", "zienswijze-2", "risico-capaciteit", "risico-vroegsignalering", "risico-samenwerking"}
	if d := cmp.Diff(want, ids); d != "" {
		t.Errorf("note ids (-want +got):\n%s", d)
	}
	// The sections are the seed's own headings (004:61, 140, 199).
	sections := map[string]string{
		"regional-spending":       "Regionaal actieprogramma (bijlage 1)",
		"zienswijze-1":            "Zienswijze (bijlage 2), punt 1",
		"zienswijze-2":            "Zienswijze (bijlage 2), punt 2",
		"risico-capaciteit":       "Risico’s",
		"risico-vroegsignalering": "Risico’s",
		"risico-samenwerking":     "Risico’s",
	}
	for _, n := range notes {
		if n.Source.Section != sections[n.ID] {
			t.Errorf("%s: section %q, want %q", n.ID, n.Source.Section, sections[n.ID])
		}
	}
	// What each note must say, in the seed's words (004:87-88, 142-147,
	// 149-158, 199-209, 211-217, 219-226).
	for id, words := range map[string][]string{
		"regional-spending":       {"zo'n 100 miljoen euro", "Wmo en Jeugdzorg"},
		"zienswijze-1":            {"extra inzet/kosten", "alleen op regionaal niveau bekend", "per gemeente"},
		"zienswijze-2":            {"verder doorstijgen", "beperking van de stijging", "autonome groei/daling"},
		"risico-capaciteit":       {"beperkte capaciteit op Wmo en Jeugd"},
		"risico-vroegsignalering": {"vroegsignalering", "extra kosten bij Wmo en Jeugd", "niet te voorspellen"},
		"risico-samenwerking":     {"niet zonder risico's", "niet (direct) haar eigen keuzen"},
	} {
		for _, n := range notes {
			if n.ID != id {
				continue
			}
			for _, w := range words {
				if !strings.Contains(n.Source.Quote, w) {
					t.Errorf("%s: quote does not contain %q", id, w)
				}
			}
		}
	}
}

func TestRegionalSpending(t *testing.T) {
	f := Default().RegionalSpending()
	if f.ID != "regionale-uitgaven-wmo-jeugd" || !f.Value.Equal(decimal.NewFromInt(100_000_000)) || !f.Approx || f.Unit != budget.UnitEuro || f.Label == "" {
		t.Errorf("RegionalSpending() = %+v, want ≈ 100000000 eur (\"zo'n 100 miljoen euro\")", f)
	}
	seedtext.CheckQuote(t, seedtext.Text(t, budget.SeedRaadsvoorstel), budget.SeedRaadsvoorstel, "regional spending", f.Source)
	if !strings.Contains(f.Source.Quote, "zo'n 100 miljoen euro") {
		t.Errorf("regional spending quote %q does not say zo'n 100 miljoen euro", f.Source.Quote)
	}
}

func TestNotesAreCopies(t *testing.T) {
	p := Default()
	n := p.Notes()
	if len(n) == 0 {
		t.Fatal("no notes")
	}
	want := n[0]
	n[0].Text = "changed"
	n[0].Source.Quote = "changed"
	_ = append(n[:1], Note{ID: "extra"})
	again := p.Notes()
	if again[0] != want || len(again) != len(n) || again[1].ID == "extra" {
		t.Errorf("Notes shares memory with the programme: got %+v", again[:2])
	}
}

// notesFile returns the embedded data file with change applied to its
// decoded form.
func notesFile(t *testing.T, change func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(actieprogrammaJSON, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// notesAt returns note i of a decoded data file.
func notesAt(m map[string]any, i int) map[string]any { return m["notes"].([]any)[i].(map[string]any) }

func TestLoadNotesBroken(t *testing.T) {
	cases := []struct {
		name          string
		change        func(m map[string]any)
		record, field string
		is            error
	}{
		{"no text", func(m map[string]any) { delete(notesAt(m, 1), "text") }, `note "zienswijze-1"`, "text", budget.ErrMissing},
		{"empty text", func(m map[string]any) { notesAt(m, 2)["text"] = "" }, `note "zienswijze-2"`, "text", budget.ErrMissing},
		{"no id", func(m map[string]any) { delete(notesAt(m, 1), "id") }, "note 1", "id", budget.ErrMissing},
		{"no title", func(m map[string]any) { delete(notesAt(m, 3), "title") }, `note "risico-capaciteit"`, "title", budget.ErrMissing},
		{"no source", func(m map[string]any) { delete(notesAt(m, 4), "source") }, `note "risico-vroegsignalering"`, "source", budget.ErrMissing},
		{"no section", func(m map[string]any) { delete(notesAt(m, 5)["source"].(map[string]any), "section") }, `note "risico-samenwerking"`, "source.section", budget.ErrMissing},
		{"duplicate id", func(m map[string]any) { notesAt(m, 2)["id"] = "zienswijze-1" }, `note "zienswijze-1"`, "id", budget.ErrDuplicateID},
		{"unknown key", func(m map[string]any) { notesAt(m, 0)["kleur"] = "rood" }, "", "notes[0].kleur", budget.ErrUnknownField},
		{"spending without value", func(m map[string]any) { delete(m["regional_spending"].(map[string]any), "value") }, "regional_spending", "value", budget.ErrMissing},
		{"spending not in euros", func(m map[string]any) { m["regional_spending"].(map[string]any)["unit"] = "percent" }, "regional_spending", "unit", nil},
		{"spending zero", func(m map[string]any) { m["regional_spending"].(map[string]any)["value"] = "0" }, "regional_spending", "value", budget.ErrBadAmount},
		{"spending bad amount", func(m map[string]any) { m["regional_spending"].(map[string]any)["value"] = "100.000.000" }, "regional_spending", "value", budget.ErrBadAmount},
		{"spending without source", func(m map[string]any) { delete(m["regional_spending"].(map[string]any), "source") }, "regional_spending", "source", budget.ErrMissing},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(bytes.NewReader(notesFile(t, c.change)), "n.json")
			var de *budget.DataError
			if !errors.As(err, &de) {
				t.Fatalf("Load = %v (%T), want a *budget.DataError", err, err)
			}
			if de.File != "n.json" || de.Record != c.record || de.Field != c.field {
				t.Errorf("error names file %q record %q field %q, want %q %q %q (%v)", de.File, de.Record, de.Field, "n.json", c.record, c.field, err)
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %v does not wrap %v", err, c.is)
			}
		})
	}
}

// TestLoadWithoutNotes: notes and regional spending are optional, so a
// corrected file written before they existed still loads.
func TestLoadWithoutNotes(t *testing.T) {
	p, err := Load(bytes.NewReader(notesFile(t, func(m map[string]any) {
		delete(m, "notes")
		delete(m, "regional_spending")
	})), "old.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Notes()) != 0 || p.RegionalSpending().ID != "" {
		t.Errorf("a file without notes gives notes %+v, spending %+v", p.Notes(), p.RegionalSpending())
	}
	var buf bytes.Buffer
	if err := Save(&buf, p); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte(`"notes"`)) || bytes.Contains(buf.Bytes(), []byte(`"regional_spending"`)) {
		t.Error("Save writes notes or regional spending the programme does not have")
	}
}

// TestSaveKeepsNotes: load → save → load keeps the notes and the regional
// spending (the byte-level round trip is checkRoundTrip's).
func TestSaveKeepsNotes(t *testing.T) {
	var buf bytes.Buffer
	if err := Save(&buf, Default()); err != nil {
		t.Fatal(err)
	}
	back, err := Load(&buf, "saved.json")
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(Default().Notes(), back.Notes()); d != "" {
		t.Errorf("notes changed (-embedded +saved):\n%s", d)
	}
	if d := cmp.Diff(Default().RegionalSpending(), back.RegionalSpending()); d != "" {
		t.Errorf("regional spending changed (-embedded +saved):\n%s", d)
	}
}
