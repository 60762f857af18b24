package regional

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestMeasuresGolden checks all 14 measures against the seed's lines
// (004_75c709e3d0a04c7c.txt, "De maatregelen"), in the seed's order.
func TestMeasuresGolden(t *testing.T) {
	type row struct {
		Name   string
		Domain Domain
		Law    Law
		Effect string
	}
	want := []row{
		// "o Van Vindplaats naar Werkplaats: meer kortdurende jeugdhulp op school:- 900.000 euro"
		{"Van Vindplaats naar Werkplaats", Jeugdhulp, Jeugdwet, "-900000"},
		// "o Anders verwijzen: meer eenheid in de verwijzingen en afstemming met het Consultatie en Adviesteam: -1.458.246 euro"
		{"Anders verwijzen", Jeugdhulp, Jeugdwet, "-1458246"},
		// "o Uitvoeringsagenda: meer gezinshuizen en pleegzorg: -491.000 euro"
		{"Uitvoeringsagenda", VerblijfJeugd, Jeugdwet, "-491000"},
		// "o Gezamenlijke bekostiging verblijf: 1 regeling voor de 7 gemeenten: - 812.000 euro"
		{"Gezamenlijke bekostiging verblijf", VerblijfJeugd, Jeugdwet, "-812000"},
		// "o Versoberen levering en scherpere toegang: -1.632.659 euro"
		{"Versoberen levering en scherpere toegang", HuishoudelijkeHulp, Wmo, "-1632659"},
		// "o Normenkader van HHM toepassen: de indicaties scherper stellen: -813.041 euro"
		{"Normenkader van HHM toepassen", HuishoudelijkeHulp, Wmo, "-813041"},
		// "o Algemene voorziening thuisondersteuning: taken als wassen/strijken en glazenwassen apart organiseren: - 957.390 euro"
		{"Algemene voorziening thuisondersteuning", HuishoudelijkeHulp, Wmo, "-957390"},
		// "o Eenvoudige zorg bij complexe situaties: 1 regisseur/zorgaanbieder bij multiprobleem situaties: - 625.000 euro"
		{"Eenvoudige zorg bij complexe situaties", DagbestedingBegeleiding, Wmo, "-625000"},
		// "o Toegang aanscherpen: de indicaties scherper stellen: -298.496 euro"
		{"Toegang aanscherpen", DagbestedingBegeleiding, Wmo, "-298496"},
		// "o Algemene voorziening: dagbesteding als algemene voorziening inrichten: -1.402.478 euro"
		{"Algemene voorziening", DagbestedingBegeleiding, Wmo, "-1402478"},
		// "o Arbeid in plaats van zorg: mensen vanuit de arbeidsmatige dagbesteding aan een baan helpen: -300.000 euro"
		{"Arbeid in plaats van zorg", DagbestedingBegeleiding, Wmo, "-300000"},
		// "o Heronderzoek van de wachtlijst: voor welke mensen is de situatie ... anders: + 150.000 euro"
		{"Heronderzoek van de wachtlijst", BeschermdWonen, Wmo, "150000"},
		// "o Gezamenlijke toegang: 1 regeling voor de 7 gemeenten: -400.000 euro"
		{"Gezamenlijke toegang", BeschermdWonen, Wmo, "-400000"},
		// "o Verhogen eigen bijdrage: piek- en daltarief invoeren: -314.263 euro"
		{"Verhogen eigen bijdrage", WmoVervoer, Wmo, "-314263"},
	}
	var got []row
	for _, m := range Measures() {
		got = append(got, row{m.Name, m.Domain, m.Law, m.Effect.String()})
		if m.Source.Document != budget.SeedRaadsvoorstel || m.Source.Quote == "" {
			t.Errorf("%s: source %+v does not quote the seed", m.ID, m.Source)
		}
		if !strings.Contains(m.Source.Quote, m.Name) {
			t.Errorf("%s: quote %q does not contain the name", m.ID, m.Source.Quote)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("measures (-want +got):\n%s", diff)
	}
}

func TestHeronderzoekCrossEffect(t *testing.T) {
	ms := Measures()
	m := ms[11]
	if len(m.CrossEffects) != 1 || m.CrossEffects[0].Domain != DagbestedingBegeleiding || !m.CrossEffects[0].PM {
		t.Fatalf("heronderzoek cross effects = %+v, want one pm effect in begeleiding", m.CrossEffects)
	}
}

func TestZienswijzeRemarks(t *testing.T) {
	byID := map[string]Measure{}
	for _, m := range Measures() {
		byID[m.ID] = m
	}
	// The zienswijze (bijlage 2): punt 3 "...bleek juist te leiden tot meer
	// extra kosten" and "eerst op kleine schaal"; punt 5 "willen op dit
	// moment geen regionale toegangsorganisatie"; punt 4 "ziekenhuis Tergooi".
	for id, want := range map[string]string{
		"vindplaats-werkplaats":              "meer extra kosten",
		"eenvoudige-zorg-complexe-situaties": "eerst op kleine schaal",
		"gezamenlijke-bekostiging-verblijf":  "geen regionale toegangsorganisatie",
		"gezamenlijke-toegang-bw":            "geen regionale toegangsorganisatie",
		"verhogen-eigen-bijdrage-vervoer":    "Tergooi",
	} {
		m := byID[id]
		if len(m.Remarks) == 0 || !strings.Contains(m.Remarks[0].Text, want) {
			t.Errorf("%s: remarks %+v, want one mentioning %q", id, m.Remarks, want)
		}
	}
	p := ProposedMeasures()
	if len(p) != 1 || !p[0].PM || p[0].Domain != WmoVervoer || !strings.Contains(p[0].Explanation, "Beter Dichtbij") {
		t.Errorf("proposed = %+v", p)
	}
}

// TestMunicipalitiesGolden checks the inhabitants against the cited sources
// (see each Source: Wikipedia infoboxes citing CBS StatLine).
func TestMunicipalitiesGolden(t *testing.T) {
	type row struct {
		ID          string
		Inhabitants int64
		Date        string
	}
	want := []row{
		{"blaricum", 11954, "2021-01-01"},     // en.wikipedia "Population (January 2021) Total 11,954"
		{"gooise-meren", 57715, "2019-01-01"}, // en.wikipedia "Population (January 2019) Total 57,715"
		{"hilversum", 90261, "2021-01-01"},    // en.wikipedia "(January 2021) Total 90,261"
		{"huizen", 41273, "2019-01-01"},       // en.wikipedia "Population (January 2019) Total 41,273"
		{"laren", 11195, "2019-01-01"},        // en.wikipedia "Population (January 2019) Total 11,195"
		{"weesp", 20449, "2021-01-01"},        // de.wikipedia "Einwohner 20.449 (1. Jan. 2021)"
		{"wijdemeren", 24013, "2019-01-01"},   // en.wikipedia "Population (January 2019) Total 24,013"
	}
	var got []row
	for _, m := range Municipalities() {
		got = append(got, row{m.ID, m.Inhabitants, m.Source.Date})
		if m.Source.URL == "" || !strings.Contains(m.Source.Document, "CBS") {
			t.Errorf("%s: source %+v must cite CBS and give a URL", m.ID, m.Source)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("municipalities (-want +got):\n%s", diff)
	}
}

const validFile = `{
  "document": "d",
  "documents": [{"id": "d", "title": "Stuk D", "year": 2021}],
  "hilversum_share": {"municipality": "a", "share": "0.35", "source": {"document": "d", "section": "s"}},
  "municipalities": {"source": {"document": "d", "section": "s"}, "list": [
    {"id": "a", "name": "A", "inhabitants": 35, "source": {"document": "d", "section": "s"}},
    {"id": "b", "name": "B", "inhabitants": 10, "source": {"document": "d", "section": "s"}},
    {"id": "c", "name": "C", "inhabitants": 10, "source": {"document": "d", "section": "s"}},
    {"id": "d", "name": "D", "inhabitants": 10, "source": {"document": "d", "section": "s"}},
    {"id": "e", "name": "E", "inhabitants": 10, "source": {"document": "d", "section": "s"}},
    {"id": "f", "name": "F", "inhabitants": 10, "source": {"document": "d", "section": "s"}},
    {"id": "g", "name": "G", "inhabitants": 15, "source": {"document": "d", "section": "s"}}
  ]},
  "measures": [
    {"id": "m1", "name": "M1", "domain": "jeugdhulp", "law": "Jeugdwet", "effect": "-100", "source": {"document": "d", "section": "s"}},
    {"id": "m2", "name": "M2", "domain": "jeugdhulp", "law": "Jeugdwet", "effect": "-50", "source": {"document": "d", "section": "s"}}
  ]
}`

func TestLoadValid(t *testing.T) {
	p, err := Load(strings.NewReader(validFile), "t.json")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(p.Measures()); n != 2 {
		t.Fatalf("%d measures", n)
	}
}

func TestLoadBroken(t *testing.T) {
	cases := []struct {
		name, old, new string
		record, field  string
		is             error
	}{
		{"missing field", `"name": "M2", `, ``, `measure "m2"`, "name", budget.ErrMissing},
		{"bad amount", `"effect": "-50"`, `"effect": "-5O"`, `measure "m2"`, "effect", budget.ErrBadAmount},
		{"sub-cent amount", `"effect": "-50"`, `"effect": "-50.001"`, `measure "m2"`, "effect", budget.ErrBadAmount},
		{"unknown key", `"name": "M2",`, `"name": "M2", "colour": "red",`, "", "measures[1].colour", budget.ErrUnknownField},
		{"duplicate key", `"name": "M2",`, `"name": "M2", "name": "M3",`, "", "measures[1].name", budget.ErrDuplicateKey},
		{"duplicate id", `"id": "m2"`, `"id": "m1"`, `measure "m1"`, "id", budget.ErrDuplicateID},
		{"wrong municipality", `"municipality": "a"`, `"municipality": "zz"`, "hilversum_share", "municipality", ErrUnknownMunicipality},
		{"duplicate municipality", `{"id": "g"`, `{"id": "f"`, `municipality "f"`, "id", budget.ErrDuplicateID},
		{"missing municipality", `{"id": "g", "name": "G", "inhabitants": 15, "source": {"document": "d", "section": "s"}}`, ``, "", "municipalities.list", ErrCount},
		{"unknown domain", `"domain": "jeugdhulp", "law": "Jeugdwet", "effect": "-50"`, `"domain": "zorg", "law": "Jeugdwet", "effect": "-50"`, `measure "m2"`, "domain", ErrUnknownDomain},
		{"share above 1", `"share": "0.35"`, `"share": "1.35"`, "hilversum_share", "share", ErrFraction},
		{"no source", `"effect": "-50", "source": {"document": "d", "section": "s"}`, `"effect": "-50"`, `measure "m2"`, "source", budget.ErrMissing},
		{"inhabitants zero", `"inhabitants": 15`, `"inhabitants": 0`, `municipality "g"`, "inhabitants", budget.ErrBadAmount},
		{"syntax", `]}`, `]`, "", "", budget.ErrSyntax},
		{"unknown document", `"effect": "-50", "source": {"document": "d"`, `"effect": "-50", "source": {"document": "e"`, `measure "m2"`, "source.document", budget.ErrUnknownDocument},
		{"a seed's file name", `"effect": "-50", "source": {"document": "d"`, `"effect": "-50", "source": {"document": "004_75c709e3d0a04c7c.txt"`, `measure "m2"`, "source.document", budget.ErrUnknownDocument},
		{"share source", `"share": "0.35", "source": {"document": "d"`, `"share": "0.35", "source": {"document": "e"`, "hilversum_share", "source.document", budget.ErrUnknownDocument},
		{"municipality source", `15, "source": {"document": "d"`, `15, "source": {"document": "CBS"`, `municipality "g"`, "source.document", budget.ErrUnknownDocument},
		{"source with its own title", `"effect": "-50", "source": {"document": "d"`, `"effect": "-50", "source": {"title": "T", "document": "d"`, `measure "m2"`, "source.title", budget.ErrUnknownField},
		{"file's document", `"document": "d",`, `"document": "e",`, "", "document", budget.ErrUnknownDocument},
		{"no documents", `"documents": [{"id": "d", "title": "Stuk D", "year": 2021}],`, ``, "", "documents", budget.ErrMissing},
		{"document without year", `"title": "Stuk D", "year": 2021`, `"title": "Stuk D"`, "", "documents[0].year", budget.ErrMissing},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(validFile, c.old, c.new, 1)
			if src == validFile {
				t.Fatalf("replacement %q not found", c.old)
			}
			if c.name == "missing municipality" {
				src = strings.Replace(src, `15, "source": {"document": "d", "section": "s"}},`, `15, "source": {"document": "d", "section": "s"}}`, 1)
				src = strings.Replace(src, "}},\n    \n  ]}", "}}\n  ]}", 1)
			}
			_, err := Load(strings.NewReader(src), "t.json")
			var de *budget.DataError
			if !errors.As(err, &de) {
				t.Fatalf("error %v (%T), want *budget.DataError", err, err)
			}
			if de.File != "t.json" || de.Record != c.record || de.Field != c.field {
				t.Errorf("error names file %q record %q field %q, want %q %q %q (%v)", de.File, de.Record, de.Field, "t.json", c.record, c.field, err)
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("error %v does not wrap %v", err, c.is)
			}
		})
	}
}

func TestLoadEmbedded(t *testing.T) {
	p := Default()
	if len(p.Measures()) != 14 || len(p.Municipalities()) != 7 {
		t.Fatalf("embedded: %d measures, %d municipalities", len(p.Measures()), len(p.Municipalities()))
	}
	// Accessors return copies.
	ms := p.Measures()
	ms[0].Remarks[0].Text = "changed"
	if Measures()[0].Remarks[0].Text == "changed" {
		t.Error("Measures shares its slices with the programme")
	}
}
