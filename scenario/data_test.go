package scenario

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// loadProgramme reads the embedded programme's data file with the given
// replacements applied to its text.
func loadProgramme(t *testing.T, replace ...string) *regional.Programme {
	t.Helper()
	var buf bytes.Buffer
	if err := regional.Save(&buf, regional.Default()); err != nil {
		t.Fatal(err)
	}
	text := strings.NewReplacer(replace...).Replace(buf.String())
	p, err := regional.Load(strings.NewReader(text), "test.json")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPublishedMunicipalityFromData is the regression test for issue 10's
// "published municipality from the data": a file whose published share is
// 0,4 computed 40 % while the assumption still said 35 %, and a programme
// whose published id is not "hilversum" made a custom key panic.
func TestPublishedMunicipalityFromData(t *testing.T) {
	p := loadProgramme(t, `"hilversum"`, `"gemeente-x"`, `"Hilversum"`, `"Gemeente X"`, `"share": "0.35"`, `"share": "0.4"`)
	d, err := NewData(DefaultCatalog(), p, budget.TaakstellingTarget(), budget.StartnotitieFacts())
	if err != nil {
		t.Fatal(err)
	}
	out, err := d.Evaluate(Input{From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	if a := assumption(t, out, "key"); !strings.Contains(a.Value, "Gemeente X 40 %") || strings.Contains(a.Value, "35") {
		t.Errorf("key assumption %q does not say the data's 40 %%", a.Value)
	}
	// 40 % of the naive sum 10.254.573 = 4.101.829,20.
	if h := out.Years[0].Taakstelling.Savings.High; !h.Equal(dec("4101829.20")) {
		t.Errorf("savings high = %s, want 4101829.20 (40 %%)", h)
	}
	shares := map[string]decimal.Decimal{
		"gemeente-x": dec("0.5"), "blaricum": dec("0.05"), "gooise-meren": dec("0.15"), "huizen": dec("0.1"),
		"laren": dec("0.05"), "weesp": dec("0.05"), "wijdemeren": dec("0.1"),
	}
	out, err = d.Evaluate(Input{Key: KeyInput{Kind: KeyCustom, Shares: shares}, From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	if a := assumption(t, out, "key"); !strings.Contains(a.Value, "Gemeente X 50,00 %") {
		t.Errorf("custom key assumption %q", a.Value)
	}
}

// TestDataDrivesTheResult: a corrected taakstelling or facts file changes
// the outcome (before, LoadTaakstelling and LoadFacts could never change a
// result: Evaluate read the embedded ones).
func TestDataDrivesTheResult(t *testing.T) {
	target := budget.TaakstellingTarget()
	target.Amounts = budget.Each(2022, dec("2000000"))
	d, err := NewData(DefaultCatalog(), nil, target, budget.StartnotitieFacts())
	if err != nil {
		t.Fatal(err)
	}
	out, err := d.Evaluate(Input{From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	if v := out.Years[0].Taakstelling.Target.Value; !v.Equal(dec("2000000")) {
		t.Errorf("target = %s, want the file's 2.000.000", v)
	}
	facts := budget.StartnotitieFacts()
	facts.Begroting2023.ZorglastenWmo.Value = dec("10000000")
	d, err = NewData(DefaultCatalog(), nil, budget.TaakstellingTarget(), facts)
	if err != nil {
		t.Fatal(err)
	}
	out, err = d.Evaluate(Input{Growth: GrowthInput{Kind: GrowthNational}, From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	// 10.000.000 × 0,029 = 290.000.
	if g := out.Years[0].Growth.Value; !g.Equal(dec("290000")) {
		t.Errorf("growth = %s, want 290000 from the facts given", g)
	}
}

// TestLookupDoesNotAlias: changing an option a caller was given changes
// neither the catalogue nor any evaluation (before, Lookup's lines shared
// memory with the default catalogue, and Evaluate cached by their address).
func TestLookupDoesNotAlias(t *testing.T) {
	a, err := Lookup("A")
	if err != nil {
		t.Fatal(err)
	}
	a.Lines[0] = budget.Line{ID: "x", Label: "x", Amounts: budget.Each(2024, dec("9999999"))}
	a.Risks = nil
	again, _ := Lookup("A")
	if again.Lines[0].ID == "x" {
		t.Fatal("Lookup returned memory shared with the catalogue")
	}
	if total, _ := again.Total(2024); !total.Equal(dec("550000")) {
		t.Errorf("A's total = %s after changing a copy, want 550000", total)
	}
	for _, o := range Options() {
		o.Lines[0].Label = "changed"
	}
	if o, _ := Lookup("B"); o.Lines[0].Label == "changed" {
		t.Error("Options returned memory shared with the catalogue")
	}
	out, err := Evaluate(Input{Keuze: "A", From: 2024, To: 2024})
	if err != nil {
		t.Fatal(err)
	}
	if c := out.Years[0].Keuze.Cost.Value; !c.Equal(dec("550000")) {
		t.Errorf("keuze A costs %s after changing a copy, want 550000", c)
	}
}

// TestAssumptionsNameNoFiles: nothing a resident reads names a seed by
// its file name.
func TestAssumptionsNameNoFiles(t *testing.T) {
	out, err := Evaluate(Input{Keuze: "C", Growth: GrowthInput{Kind: GrowthNational}})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range out.Assumptions {
		if strings.Contains(a.Value, ".txt") || strings.Contains(a.Label, ".txt") {
			t.Errorf("assumption %s names a file: %q", a.ID, a.Value)
		}
	}
}
