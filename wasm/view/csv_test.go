package view

import (
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

func TestCSV(t *testing.T) {
	c := NewCatalogue()
	s := Initial(Config{}, c)
	s.Keuze = "C"
	s.Impl = s.Impl.Typed("120.000")
	name, data, err := CSV(s, c)
	if err != nil {
		t.Fatal(err)
	}
	if name != "rekenhulp-sociaal-domein.csv" {
		t.Errorf("name %q", name)
	}
	lines := strings.Split(string(data), "\r\n")
	if lines[len(lines)-1] != "" {
		t.Errorf("last line not terminated: %q", lines[len(lines)-1])
	}
	lines = lines[:len(lines)-1]
	if want := "jaar;taakstelling;besparing_laag;besparing_aanname;besparing_hoog;kosten_keuze;kosten_keuze_pm;tekort_laag;tekort_aanname;tekort_hoog;tekort_pm"; lines[0] != want {
		t.Errorf("header %q", lines[0])
	}
	out, err := scenario.Evaluate(s.Input())
	if err != nil {
		t.Fatal(err)
	}
	if len(lines)-1 != len(out.Years) {
		t.Fatalf("%d rows for %d years", len(lines)-1, len(out.Years))
	}
	for i, y := range out.Years {
		f := strings.Split(lines[i+1], ";")
		if len(f) != 11 {
			t.Fatalf("row %q has %d fields", lines[i+1], len(f))
		}
		want := []string{y.Year.String(), y.Taakstelling.Value.StringFixed(2), y.Savings.Min.StringFixed(2), y.Savings.Central.StringFixed(2), y.Savings.Max.StringFixed(2),
			y.KeuzeCost.Value.StringFixed(2), "pm", y.Gap.Min.StringFixed(2), y.Gap.Central.StringFixed(2), y.Gap.Max.StringFixed(2), "pm"}
		if y.Year < 2024 {
			want[6] = "" // before the beleidskader starts: € 0, no pm part
		}
		for j := range want {
			if f[j] != want[j] {
				t.Errorf("%d field %d = %q, want %q", y.Year, j, f[j], want[j])
			}
		}
		for _, v := range f[1:] {
			if strings.Contains(v, ",") || strings.ContainsAny(v, "e€ ") {
				t.Errorf("field %q is not a plain decimal", v)
			}
		}
	}
	// The first row, exactly (the taakstelling of 2022 and its savings).
	if !strings.HasPrefix(lines[1], "2022;900000.00;") {
		t.Errorf("first row %q", lines[1])
	}
	s.Lang = budget.English
	name, data, _ = CSV(s, c)
	if name != "social-domain-calculator.csv" || !strings.HasPrefix(string(data), "year;savings_target;") {
		t.Errorf("English CSV %q: %.40q", name, data)
	}
}

func TestNewCatalogueFrom(t *testing.T) {
	var b strings.Builder
	if err := scenario.SaveCatalog(&b, scenario.DefaultCatalog()); err != nil {
		t.Fatal(err)
	}
	good := strings.Replace(b.String(), "Buurtgericht en (meer) gemeenschap", "<img src=x onerror=alert(1)>", 1)
	c := NewCatalogueFrom(DataFile{Name: "keuzeopties.json", Text: good}, DataFile{})
	if len(c.Problems) != 0 {
		t.Fatalf("problems: %v", c.Problems)
	}
	k, _ := c.Keuze("A")
	if k.Name != "<img src=x onerror=alert(1)>" {
		t.Errorf("loaded name %q", k.Name)
	}
	v := Render(Initial(Config{}, c), c, Env{})
	if !strings.Contains(v.TextContent(), "<img src=x onerror=alert(1)>") || len(v.FindAll(func(n Node) bool { return n.Tag == "img" })) != 0 {
		t.Errorf("the loaded label is not shown as text")
	}
	bad := NewCatalogueFrom(DataFile{Name: "keuzeopties.json", Text: `{"options": [{"id": 5}]}`}, DataFile{Name: "/data/actie.json", Err: "HTTP 404"})
	if len(bad.Problems) != 2 || !strings.Contains(strings.Join(bad.Problems, "|"), "keuzeopties.json: ") || !strings.Contains(strings.Join(bad.Problems, "|"), "/data/actie.json: HTTP 404") {
		t.Errorf("problems %q", bad.Problems)
	}
	if k, _ := bad.Keuze("A"); k.Name != "Buurtgericht en (meer) gemeenschap" {
		t.Errorf("fallback to the embedded data: %q", k.Name)
	}
	v = Render(Initial(Config{}, bad), bad, Env{})
	n, ok := v.ByID("sd-data-notice")
	if !ok || !strings.Contains(n.TextContent(), "gegevensbestand") || !strings.Contains(n.TextContent(), "keuzeopties.json") {
		t.Errorf("data notice %q", n.TextContent())
	}
	// A broken programme file: named, embedded programme used.
	p := NewCatalogueFrom(DataFile{}, DataFile{Name: "actieprogramma.json", Text: `{"measures": "x"}`})
	if len(p.Problems) != 1 || !strings.Contains(p.Problems[0], "actieprogramma.json") || len(p.Measures) != 14 {
		t.Errorf("programme problems %q, %d measures", p.Problems, len(p.Measures))
	}
}
