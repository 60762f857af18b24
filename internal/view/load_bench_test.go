package view

import (
	"bytes"
	"os"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/benchcpu"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
)

// BenchmarkLoadData is what the browser does before the widget can show
// anything: read and check the four embedded data files with the strict
// loaders and build the scenario data from them (measured natively, as a
// proxy for the wasm).
func BenchmarkLoadData(b *testing.B) {
	read := func(name string) []byte {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		return data
	}
	facts, target := read("../../budget/data/startnotitie.json"), read("../../budget/data/raadsvoorstel.json")
	prog, cat := read("../../regional/data/actieprogramma.json"), read("../../scenario/data/keuzeopties.json")
	b.SetBytes(int64(len(facts) + len(target) + len(prog) + len(cat)))
	benchcpu.Loop(b, func() {
		f, err := budget.LoadFacts(bytes.NewReader(facts), "startnotitie.json")
		if err != nil {
			b.Fatal(err)
		}
		t, err := budget.LoadTaakstelling(bytes.NewReader(target), "raadsvoorstel.json")
		if err != nil {
			b.Fatal(err)
		}
		p, err := regional.Load(bytes.NewReader(prog), "actieprogramma.json")
		if err != nil {
			b.Fatal(err)
		}
		c, err := scenario.LoadCatalog(bytes.NewReader(cat), "keuzeopties.json")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := scenario.NewData(c, p, t, f); err != nil {
			b.Fatal(err)
		}
	})
}
