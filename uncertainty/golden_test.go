package uncertainty

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestResultJSONGolden holds the JSON form of a Result (the answer of the
// service's POST /v1/_simulate) and, since its figures are fixed by the
// seed, the reproducibility across platforms: the same seed must give
// these figures, to the cent and to the sixth decimal of every
// probability, on any GOARCH. Run with -update after an intended change.
func TestResultJSONGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		in   string
	}{
		{"defaults", `{"seed": 2026, "draws": 5000}`},
		{"costs-sensitivity", `{"seed": 7, "draws": 5000, "measures": ["anders-verwijzen", "vindplaats-werkplaats", "versoberen-levering", "algemene-voorziening-dagbesteding"],
			"implementation_costs": {"kind": "triangular", "low": "0", "mode": "150000", "high": "400000"},
			"other_measures": {"from": {"year": 2022, "amount": "500000"}},
			"quantiles": ["0.05", "0.5", "0.95"], "sensitivity": true, "from": 2022, "to": 2025}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := ParseInput([]byte(c.in))
			if err != nil {
				t.Fatal(err)
			}
			res, err := Simulate(in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			file := filepath.Join("testdata", "result_"+c.name+".json")
			if *update {
				if err := os.WriteFile(file, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("the JSON of %s differs from %s (run with -update after an intended change):\n%s", c.in, file, got)
			}
		})
	}
}
