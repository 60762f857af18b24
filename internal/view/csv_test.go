package view

import (
	"slices"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

// TestMachineCSV checks the machine CSV exactly: its header and rows for keuze C with
// implementation costs of € 120.000 a year (so every kind of field
// appears: a verdict, pm and known amounts, the keuze apart), and that
// every field equals scenario.Evaluate.
func TestMachineCSV(t *testing.T) {
	c := NewCatalogue()
	s := Initial(Config{}, c)
	s.Keuze = "C"
	s.Impl = s.Impl.Typed("120.000")
	name, data, err := MachineCSV(s, c)
	if err != nil {
		t.Fatal(err)
	}
	if name != "rekenhulp-sociaal-domein-data.csv" {
		t.Errorf("name %q", name)
	}
	want := "year;savings_target;savings_low;savings_central;savings_high;implementation_costs;implementation_costs_pm;other_measures;other_measures_pm;balance_low;balance_central;balance_high;verdict;option_cost;option_cost_pm;growth;scenario\r\n" +
		"2022;900000.00;347000.22;1128695.33;1435640.22;42000.00;;;pm;-594999.78;186695.33;493640.22;depends;0.00;;;\"1;k:C;l:nl;m:vindplaats-werkplaats,anders-verwijzen,uitvoeringsagenda-verblijf,gezamenlijke-bekostiging-verblijf,versoberen-levering,normenkader-hhm,algemene-voorziening-thuisondersteuning,eenvoudige-zorg-complexe-situaties,toegang-aanscherpen,algemene-voorziening-dagbesteding,arbeid-in-plaats-van-zorg,heronderzoek-wachtlijst,gezamenlijke-toegang-bw,verhogen-eigen-bijdrage-vervoer;o:0.5;p:50;d:p;r:d;i:120000;e:pm;g:n\"\r\n" +
		"2023;1200000.00;694000.44;2257390.66;2871280.44;42000.00;;;pm;-547999.56;1015390.66;1629280.44;depends;0.00;;;\"1;k:C;l:nl;m:vindplaats-werkplaats,anders-verwijzen,uitvoeringsagenda-verblijf,gezamenlijke-bekostiging-verblijf,versoberen-levering,normenkader-hhm,algemene-voorziening-thuisondersteuning,eenvoudige-zorg-complexe-situaties,toegang-aanscherpen,algemene-voorziening-dagbesteding,arbeid-in-plaats-van-zorg,heronderzoek-wachtlijst,gezamenlijke-toegang-bw,verhogen-eigen-bijdrage-vervoer;o:0.5;p:50;d:p;r:d;i:120000;e:pm;g:n\"\r\n" +
		"2024;1200000.00;867500.55;2821738.33;3589100.55;42000.00;;;pm;-374499.45;1579738.33;2347100.55;depends;500000.00;pm;;\"1;k:C;l:nl;m:vindplaats-werkplaats,anders-verwijzen,uitvoeringsagenda-verblijf,gezamenlijke-bekostiging-verblijf,versoberen-levering,normenkader-hhm,algemene-voorziening-thuisondersteuning,eenvoudige-zorg-complexe-situaties,toegang-aanscherpen,algemene-voorziening-dagbesteding,arbeid-in-plaats-van-zorg,heronderzoek-wachtlijst,gezamenlijke-toegang-bw,verhogen-eigen-bijdrage-vervoer;o:0.5;p:50;d:p;r:d;i:120000;e:pm;g:n\"\r\n" +
		"2025;1200000.00;867500.55;2821738.33;3589100.55;42000.00;;;pm;-374499.45;1579738.33;2347100.55;depends;500000.00;pm;;\"1;k:C;l:nl;m:vindplaats-werkplaats,anders-verwijzen,uitvoeringsagenda-verblijf,gezamenlijke-bekostiging-verblijf,versoberen-levering,normenkader-hhm,algemene-voorziening-thuisondersteuning,eenvoudige-zorg-complexe-situaties,toegang-aanscherpen,algemene-voorziening-dagbesteding,arbeid-in-plaats-van-zorg,heronderzoek-wachtlijst,gezamenlijke-toegang-bw,verhogen-eigen-bijdrage-vervoer;o:0.5;p:50;d:p;r:d;i:120000;e:pm;g:n\"\r\n" +
		"2026;1200000.00;867500.55;2821738.33;3589100.55;42000.00;;;pm;-374499.45;1579738.33;2347100.55;depends;500000.00;pm;;\"1;k:C;l:nl;m:vindplaats-werkplaats,anders-verwijzen,uitvoeringsagenda-verblijf,gezamenlijke-bekostiging-verblijf,versoberen-levering,normenkader-hhm,algemene-voorziening-thuisondersteuning,eenvoudige-zorg-complexe-situaties,toegang-aanscherpen,algemene-voorziening-dagbesteding,arbeid-in-plaats-van-zorg,heronderzoek-wachtlijst,gezamenlijke-toegang-bw,verhogen-eigen-bijdrage-vervoer;o:0.5;p:50;d:p;r:d;i:120000;e:pm;g:n\"\r\n" +
		"2027;1200000.00;867500.55;2821738.33;3589100.55;42000.00;;;pm;-374499.45;1579738.33;2347100.55;depends;500000.00;pm;;\"1;k:C;l:nl;m:vindplaats-werkplaats,anders-verwijzen,uitvoeringsagenda-verblijf,gezamenlijke-bekostiging-verblijf,versoberen-levering,normenkader-hhm,algemene-voorziening-thuisondersteuning,eenvoudige-zorg-complexe-situaties,toegang-aanscherpen,algemene-voorziening-dagbesteding,arbeid-in-plaats-van-zorg,heronderzoek-wachtlijst,gezamenlijke-toegang-bw,verhogen-eigen-bijdrage-vervoer;o:0.5;p:50;d:p;r:d;i:120000;e:pm;g:n\"\r\n"
	if string(data) != want {
		t.Errorf("CSV\n%s\nwant\n%s", data, want)
	}
	// Every field is the outcome's, in machine form.
	out, err := scenario.Evaluate(c.Input(s))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	if len(lines)-1 != len(out.Years) {
		t.Fatalf("%d rows for %d years", len(lines)-1, len(out.Years))
	}
	fixed := func(a budget.Amount) string {
		if !a.Known {
			return ""
		}
		return a.Value.StringFixed(2)
	}
	for i, y := range out.Years {
		f := strings.SplitN(lines[i+1], ";", 17)
		tp := y.Taakstelling
		want := []string{y.Year.String(), fixed(tp.Target), tp.Savings.Low.StringFixed(2), tp.Savings.Central.StringFixed(2), tp.Savings.High.StringFixed(2),
			fixed(tp.ImplementationCosts), "", "", "pm", tp.Balance.Low.StringFixed(2), tp.Balance.Central.StringFixed(2), tp.Balance.High.StringFixed(2),
			"depends", fixed(y.Keuze.Cost), pmField(y.Keuze.Cost.PM), "", `"` + s.Fragment() + `"`}
		if len(f) != len(want) {
			t.Fatalf("row %q has %d fields, want %d", lines[i+1], len(f), len(want))
		}
		for j := range want {
			if f[j] != want[j] {
				t.Errorf("%d field %d = %q, want %q", y.Year, j, f[j], want[j])
			}
		}
	}
	// In English the same file but for the scenario's language letter:
	// the names do not follow the page.
	s.Lang = budget.English
	name, en, _ := MachineCSV(s, c)
	if name != "rekenhulp-sociaal-domein-data.csv" || string(en) != strings.ReplaceAll(string(data), ";l:nl;", ";l:en;") {
		t.Errorf("English machine CSV %q differs beyond the language letter: %.400q", name, en)
	}
}

// TestCSVKeuzeNotInBalance: the keuze's cost is its own column and does not
// change the saldo; a growth prognosis fills the groei column and does not
// change it either.
func TestCSVKeuzeNotInBalance(t *testing.T) {
	c := NewCatalogue()
	s := Initial(Config{}, c)
	saldo := func(s State) []string {
		t.Helper()
		_, data, err := MachineCSV(s, c)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\r\n")[1:] {
			f := strings.Split(line, ";")
			out = append(out, strings.Join(f[9:13], ";"))
		}
		return out
	}
	none := s
	none.Keuze = ""
	base := saldo(none)
	for _, k := range []string{"A", "B", "C", "D"} {
		s.Keuze = k
		if got := saldo(s); !slices.Equal(got, base) {
			t.Errorf("keuze %s changes the saldo: %q, without a keuze %q", k, got, base)
		}
	}
	s.Growth = GrowthNational
	if got := saldo(s); !slices.Equal(got, base) {
		t.Errorf("growth changes the saldo: %q", got)
	}
	_, data, _ := MachineCSV(s, c)
	if row := strings.Split(string(data), "\r\n")[3]; !strings.HasPrefix(row, "2024;") || !strings.HasSuffix(row, ";573011.00;\""+s.Fragment()+"\"") {
		t.Errorf("growth column: %q", strings.Split(string(data), "\r\n")[3])
	}
}

// TestCSVDutchExcel checks the spreadsheet CSV exactly: a byte order mark,
// the scenario that produced it (keuze, measures, every assumption as the
// outcome states it, the share fragment), a blank line, then the table with
// decimal commas. The amounts are TestMachineCSV's, with a comma.
func TestCSVDutchExcel(t *testing.T) {
	c := NewCatalogue()
	s := Initial(Config{}, c)
	s.Keuze = "C"
	s.Impl = s.Impl.Typed("120.000")
	s.Measures = []string{"normenkader-hhm"}
	name, data, err := CSV(s, c)
	if err != nil {
		t.Fatal(err)
	}
	if name != "rekenhulp-sociaal-domein.csv" {
		t.Errorf("name %q", name)
	}
	text := string(data)
	if !strings.HasPrefix(text, "\uFEFFkeuze;C: Buurtgericht en gemeente\r\nmaatregelen;1/14: Normenkader van HHM toepassen\r\n") {
		t.Errorf("head %.200q", text)
	}
	out, err := c.Evaluate(c.Input(s))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range out.Assumptions {
		if a.ID == "keuze" || a.ID == "measures" {
			continue
		}
		if !strings.Contains(text, "\r\n"+csvQuote(a.Label)+";"+csvQuote(a.Value)+"\r\n") {
			t.Errorf("assumption %s not recorded: %q", a.ID, a.Value)
		}
	}
	if !strings.Contains(text, "\r\nscenario;"+csvQuote(s.Fragment())+"\r\n\r\njaar;taakstelling;") {
		t.Errorf("scenario line and table header: %.3000q", text)
	}
	// 120.000 regional × 35 % = 42.000 implementation costs for Hilversum.
	if !strings.Contains(text, "\r\n2024;1200000,00;") || !strings.Contains(text, ";42000,00;;;pm;") || strings.Contains(text, "42000.00") {
		t.Errorf("decimal commas: %.3000q", text)
	}
}

func TestCSVQuote(t *testing.T) {
	for in, want := range map[string]string{
		"plain": "plain", "a;b": `"a;b"`, `say "x"`: `"say ""x"""`, "=1+1": "'=1+1", "-5": "'-5", "@x;y": `"'@x;y"`, "": "",
	} {
		if got := csvQuote(in); got != want {
			t.Errorf("csvQuote(%q) = %q, want %q", in, got, want)
		}
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
