package budget

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/internal/datafile"
)

// mutate decodes an embedded data file, lets change edit it, and re-encodes it.
func mutate(t *testing.T, file []byte, change func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(file, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func obj(v any) map[string]any { return v.(map[string]any) }
func arr(v any) []any          { return v.([]any) }

func TestLoadFactsBroken(t *testing.T) {
	begroting := func(m map[string]any) map[string]any { return obj(m["begroting_2023"]) }
	cases := []struct {
		name   string
		change func(m map[string]any)
		record string
		field  string
		is     error
	}{
		{"missing zorglasten", func(m map[string]any) { delete(begroting(m), "zorglasten_wmo") },
			"begroting_2023", "zorglasten_wmo", ErrMissing},
		{"bad amount", func(m map[string]any) { obj(arr(begroting(m)["taakvelden"])[2])["amount"] = "12.332.000" },
			"begroting_2023", "taakvelden[2].amount", ErrBadAmount},
		{"fraction of a cent", func(m map[string]any) { obj(begroting(m)["zorglasten_wmo"])["amount"] = "19759000.001" },
			"begroting_2023", "zorglasten_wmo.amount", ErrBadAmount},
		{"total disagrees with lines", func(m map[string]any) { begroting(m)["taakvelden_totaal"] = "26847001.00" },
			"begroting_2023", "taakvelden_totaal", ErrTotalMismatch},
		{"duplicate taakveld", func(m map[string]any) { obj(arr(begroting(m)["taakvelden"])[1])["id"] = "6.1" },
			"begroting_2023", "taakvelden[1].id", ErrDuplicateID},
		{"unknown year", func(m map[string]any) {
			obj(obj(arr(obj(m["clients"])["provisions"])[0])["counts"])["20x7"] = 1
		}, `provision "huishoudelijke-verzorging"`, "counts.20x7", ErrBadYear},
		{"duplicate provision", func(m map[string]any) {
			obj(arr(obj(m["clients"])["provisions"])[1])["id"] = "huishoudelijke-verzorging"
		},
			`provision "huishoudelijke-verzorging"`, "id", ErrDuplicateID},
		{"unknown key", func(m map[string]any) { obj(arr(m["context"])[0])["bron"] = "x" },
			"", "context[0].bron", ErrUnknownField},
		{"misplaced key", func(m map[string]any) { begroting(m)["counts"] = map[string]any{} },
			"", "begroting_2023.counts", ErrUnknownField},
		{"key in other case", func(m map[string]any) {
			b := begroting(m)
			b["Year"] = b["year"]
			delete(b, "year")
		}, "", "begroting_2023.Year", ErrUnknownField},
		{"missing source section", func(m map[string]any) { delete(obj(obj(arr(m["context"])[1])["source"]), "section") },
			`context "abonnementstarief"`, "source.section", ErrMissing},
		{"duplicate context id", func(m map[string]any) { obj(arr(m["context"])[1])["id"] = "zorguitgaven-groei" },
			`context "zorguitgaven-groei"`, "id", ErrDuplicateID},
		{"value as a JSON number", func(m map[string]any) { obj(arr(m["context"])[0])["value"] = 2.9 },
			"", "context[0].value", ErrSyntax},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := mutate(t, startnotitieJSON, c.change)
			_, err := LoadFacts(bytes.NewReader(data), "test.json")
			var de *DataError
			if !errors.As(err, &de) {
				t.Fatalf("LoadFacts = %v, want a *DataError", err)
			}
			if de.File != "test.json" || de.Record != c.record || de.Field != c.field || !errors.Is(err, c.is) {
				t.Errorf("LoadFacts error = file %q record %q field %q: %v\nwant record %q field %q wrapping %v", de.File, de.Record, de.Field, err, c.record, c.field, c.is)
			}
		})
	}
}

func TestLoadTaakstellingBroken(t *testing.T) {
	cases := []struct {
		name, in, field string
		is              error
	}{
		{"empty", `{}`, "taakstelling", ErrMissing},
		{"no amounts", `{"document":"x",` + docX + `,"taakstelling":{"label":"t","source":{"document":"x","section":"s"}}}`, "amounts", ErrMissing},
		{"no source", `{"document":"x",` + docX + `,"taakstelling":{"label":"t","amounts":{"years":{"2022":"1"}}}}`, "source", ErrMissing},
		{"bad amount", `{"document":"x",` + docX + `,"taakstelling":{"label":"t","amounts":{"years":{"2022":"9OO.000"}}}}`, "taakstelling.amounts.years.2022", ErrBadAmount},
		{"no documents", `{"document":"x","taakstelling":{"label":"t","amounts":{"years":{"2022":"1"}},"source":{"document":"x","section":"s"}}}`, "documents", ErrMissing},
		{"unknown source document", `{"document":"x",` + docX + `,"taakstelling":{"label":"t","amounts":{"years":{"2022":"1"}},"source":{"document":"y","section":"s"}}}`, "source.document", ErrUnknownDocument},
		{"unknown file document", `{"document":"y",` + docX + `,"taakstelling":{"label":"t","amounts":{"years":{"2022":"1"}},"source":{"document":"x","section":"s"}}}`, "document", ErrUnknownDocument},
	}
	for _, c := range cases {
		_, err := LoadTaakstelling(strings.NewReader(c.in), "t.json")
		var de *DataError
		if !errors.As(err, &de) || de.Field != c.field || !errors.Is(err, c.is) {
			t.Errorf("%s: LoadTaakstelling = %v (field %q), want field %q wrapping %v", c.name, err, fieldOf(de), c.field, c.is)
		}
	}
}

// docX declares one document, "x", for the small files of the tests.
const docX = `"documents":[{"id":"x","title":"Stuk X","year":2021}]`

func fieldOf(de *DataError) string {
	if de == nil {
		return ""
	}
	return de.Field
}

func TestLoadTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte(" "), datafile.MaxSize+10)
	if _, err := LoadFacts(bytes.NewReader(big), "big.json"); err == nil {
		t.Error("LoadFacts accepted a file over the size limit")
	}
}
