package budget_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/seedtext"
)

// quoted are the passages of s between ‘ and ’.
var quoted = regexp.MustCompile(`‘([^’]+)’`)

// TestDocumentsAgainstSeeds holds the embedded documents against the seeds
// they describe: the words each date_note quotes are printed in the seed,
// so are the distinctive words of each title, and a document has a
// reference only when its seed prints one — neither seed prints a
// registration number (the motie M20/96 that the raadsvoorstel settles is
// another document), so both references are empty.
func TestDocumentsAgainstSeeds(t *testing.T) {
	titleWords := map[string][]string{
		budget.SeedStartnotitie:  {"startnotitie", "beleidskader Wmo-Samenleving 2024-2030"},
		budget.SeedRaadsvoorstel: {"raadsvoorstel", "‘Naar een financieel gezond sociaal domein’"},
	}
	docs := append(budget.StartnotitieFacts().Documents, budget.TaakstellingTarget().Documents...)
	if len(docs) != 2 {
		t.Fatalf("documents %+v, want the startnotitie and the raadsvoorstel", docs)
	}
	for _, d := range docs {
		seed := seedtext.Text(t, d.ID)
		qs := quoted.FindAllStringSubmatch(d.DateNote, -1)
		if len(qs) == 0 {
			t.Errorf("%s: the date_note quotes nothing: %q", d.ID, d.DateNote)
		}
		for _, q := range qs {
			if !seedtext.Quotes(seed, q[1]) {
				t.Errorf("%s: date_note quotes %q, which the seed does not print", d.ID, q[1])
			}
		}
		if !strings.Contains(seed, d.Year.String()) {
			t.Errorf("%s: the seed never prints the year %d", d.ID, d.Year)
		}
		for _, w := range titleWords[d.ID] {
			if !strings.Contains(strings.ToLower(seed), strings.ToLower(w)) || !strings.Contains(strings.ToLower(d.Title), strings.ToLower(w)) {
				t.Errorf("%s: %q is not in both the title %q and the seed", d.ID, w, d.Title)
			}
		}
		for _, ref := range []string{"kenmerk", "registratienummer", "zaaknummer", "raadsvoorstel nr", "voorstel nr", "nummer:"} {
			if strings.Contains(strings.ToLower(seed), ref) && d.Reference == "" {
				t.Errorf("%s: the seed prints %q, but the document has no reference", d.ID, ref)
			}
		}
		if d.Reference != "" && !strings.Contains(seed, d.Reference) {
			t.Errorf("%s: reference %q is not printed in the seed", d.ID, d.Reference)
		}
	}
}
