package budget

import (
	"bytes"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSaveFactsRoundTrip(t *testing.T) {
	f := StartnotitieFacts()
	var buf bytes.Buffer
	if err := SaveFacts(&buf, f); err != nil {
		t.Fatal(err)
	}
	back, err := LoadFacts(&buf, "saved.json")
	if err != nil {
		t.Fatalf("LoadFacts(SaveFacts(embedded)): %v", err)
	}
	if d := cmp.Diff(f, back); d != "" {
		t.Errorf("round trip (-embedded +saved):\n%s", d)
	}
	var tb bytes.Buffer
	if err := SaveTaakstelling(&tb, SeedRaadsvoorstel, TaakstellingTarget()); err != nil {
		t.Fatal(err)
	}
	tt, err := LoadTaakstelling(&tb, "t.json")
	if err != nil || !cmp.Equal(tt, TaakstellingTarget()) {
		t.Errorf("taakstelling round trip: %v, %+v", err, tt)
	}
}

// FuzzLoadFacts: any file either loads, and then saves and loads back to
// the same facts, or gives a *DataError; never a panic.
func FuzzLoadFacts(f *testing.F) {
	f.Add(startnotitieJSON)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"document":"x","begroting_2023":{"year":2023}}`))
	f.Add(bytes.Replace(startnotitieJSON, []byte(`"8179000.00"`), []byte(`"8179000.01"`), 1))
	f.Add(bytes.Replace(startnotitieJSON, []byte(`"2017": 1509`), []byte(`"2017": -1`), 1))
	f.Fuzz(func(t *testing.T, data []byte) {
		facts, err := LoadFacts(bytes.NewReader(data), "fuzz.json")
		if err != nil {
			var de *DataError
			if !errors.As(err, &de) || de.File != "fuzz.json" {
				t.Fatalf("error %v is not a *DataError naming the file", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := SaveFacts(&buf, facts); err != nil {
			t.Fatal(err)
		}
		back, err := LoadFacts(bytes.NewReader(buf.Bytes()), "saved.json")
		if err != nil {
			t.Fatalf("saved file does not load: %v\n%s", err, buf.Bytes())
		}
		if d := cmp.Diff(facts, back); d != "" {
			t.Fatalf("load → save → load changed the facts (-first +second):\n%s", d)
		}
	})
}
