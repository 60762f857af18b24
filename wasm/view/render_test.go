package view

import (
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

func TestRenderKeuzes(t *testing.T) {
	c := testCatalogue(t)
	s := Initial(Config{}, c)
	v := Render(s, c, Env{PageURL: "https://example.org/p", Param: "sd"})
	if lang, _ := v.Attr("lang"); lang != "nl" {
		t.Errorf("root lang = %q", lang)
	}
	// The four keuzes appear as radios in the 2×2 order A B / C D.
	radios := v.FindAll(func(n Node) bool { name, _ := n.Attr("name"); return name == "sd-keuze" })
	var order []string
	for _, r := range radios {
		val, _ := r.Attr("value")
		order = append(order, val)
		id, _ := r.Attr("id")
		labels := v.FindAll(func(n Node) bool { f, _ := n.Attr("for"); return n.Tag == "label" && f == id })
		if len(labels) != 1 || strings.TrimSpace(labels[0].TextContent()) == "" {
			t.Errorf("radio %q has no label", id)
		}
	}
	if got := strings.Join(order, ","); got != "A,B,C,D," {
		t.Errorf("radio order = %s, want A,B,C,D, (A B on the gemeenschap row, C D on the gemeente row, then none)", got)
	}
	a, _ := v.ByID("sd-keuze-A")
	if _, checked := a.Attr("checked"); !checked {
		t.Errorf("A is not checked")
	}
	text := v.TextContent()
	for _, want := range []string{
		"€\u00a0550.000 extra per jaar",      // A and B
		"€\u00a0500.000 + pm extra per jaar", // C and D
		"Voorkeur van het college",
		"Voordelen", "Risico's", "Beheersmaatregel",
		"Keuze A kost €\u00a0550.000 extra per jaar in 2024 tot en met 2027.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("view lacks %q", want)
		}
	}
	share, _ := v.ByID("sd-share-url")
	if val, _ := share.Attr("value"); val != "https://example.org/p#sd="+s.Fragment() {
		t.Errorf("share link = %q", val)
	}
}

func TestRenderEnglishAndPM(t *testing.T) {
	c := testCatalogue(t)
	s := Initial(Config{Keuze: "C", Lang: "en"}, c)
	v := Render(s, c, Env{Param: "sd"})
	text := v.TextContent()
	for _, want := range []string{"€500,000 + pm extra per year", "Option C costs €500,000 + pm extra per year in 2024 to 2027.", "pm (pro memorie)"} {
		if !strings.Contains(text, want) {
			t.Errorf("English view lacks %q", want)
		}
	}
	// The cost table's total row computes from the lines.
	var totals []string
	for _, n := range v.FindAll(func(n Node) bool { return n.Tag == "tfoot" }) {
		totals = append(totals, n.TextContent())
	}
	if len(totals) != 1 || strings.Count(totals[0], "€500,000 + pm") != 4 {
		t.Errorf("total row = %q", totals)
	}
}

func TestRenderNoKeuze(t *testing.T) {
	c := testCatalogue(t)
	s := Initial(Config{}, c)
	s.Keuze = ""
	v := Render(s, c, Env{})
	if sum, _ := v.ByID("sd-summary"); sum.TextContent() != "Geen keuzeoptie gekozen." {
		t.Errorf("summary = %q", sum.TextContent())
	}
}

// TestRenderAccessibleStructure checks the rules the browser's axe-core run
// also checks, natively: every form control has a label, ids are unique,
// no attribute is an event handler or inline style.
func TestRenderAccessibleStructure(t *testing.T) {
	c := testCatalogue(t)
	for _, lang := range []budget.Locale{budget.Dutch, budget.English} {
		for _, k := range []string{"A", "B", "C", "D", ""} {
			s := Initial(Config{}, c)
			s.Keuze, s.Lang = k, lang
			s.Notice = Notice{Kind: BadFragment, Detail: "x"}
			v := Render(s, c, Env{Param: "sd"})
			ids := map[string]bool{}
			v.walk(func(n Node) bool {
				if id, ok := n.Attr("id"); ok {
					if ids[id] {
						t.Errorf("keuze %q: duplicate id %q", k, id)
					}
					ids[id] = true
				}
				for _, a := range n.Attrs {
					if strings.HasPrefix(strings.ToLower(a.Name), "on") || a.Name == "style" {
						t.Errorf("attribute %q on <%s>", a.Name, n.Tag)
					}
				}
				return true
			})
			for _, in := range v.FindAll(func(n Node) bool { return n.Tag == "input" || n.Tag == "select" || n.Tag == "textarea" }) {
				id, _ := in.Attr("id")
				if len(v.FindAll(func(n Node) bool { f, _ := n.Attr("for"); return n.Tag == "label" && f == id })) == 0 {
					t.Errorf("keuze %q: control %q has no label", k, id)
				}
			}
			for _, b := range v.FindAll(func(n Node) bool { return n.Tag == "button" }) {
				if strings.TrimSpace(b.TextContent()) == "" {
					t.Errorf("button without text")
				}
			}
		}
	}
}

// TestRenderResultsMatchEvaluate checks the results table shows what
// scenario.Evaluate computes for the same state, for several states.
func TestRenderResultsMatchEvaluate(t *testing.T) {
	c := NewCatalogue()
	init := Initial(Config{}, c)
	states := []State{init}
	s := Update(init, Msg{Kind: MsgSetOverlap, Value: "100"}, c, init)
	s = Update(s, Msg{Kind: MsgToggleMeasure, Arg: c.Measures[4].ID, Value: "false"}, c, init)
	s = Update(s, Msg{Kind: MsgSelectKeuze, Arg: "C"}, c, init)
	states = append(states, s, Update(s, Msg{Kind: MsgSetLang, Arg: "en"}, c, init))
	none := init
	none.Measures = nil
	states = append(states, none)
	for _, st := range states {
		out, err := scenario.Evaluate(st.Input())
		if err != nil {
			t.Fatal(err)
		}
		v := Render(st, c, Env{})
		rows := v.FindAll(func(n Node) bool { _, ok := n.Attr("data-year"); return ok })
		if len(rows) != len(out.Years) || len(rows) != 6 {
			t.Fatalf("%d rows, %d years; want 6 (2022–2027)", len(rows), len(out.Years))
		}
		for i, y := range out.Years {
			cells := rows[i].Children
			want := []string{y.Year.String(), amountText(st.Lang, y.Taakstelling), bandText(st.Lang, y.Savings, false), amountText(st.Lang, y.KeuzeCost), bandText(st.Lang, y.Gap, y.PM)}
			for j, w := range want {
				if got := cells[j].TextContent(); got != w {
					t.Errorf("state %s, %d column %d: %q, want %q", st.Fragment(), y.Year, j, got, w)
				}
			}
			if !strings.Contains(v.TextContent(), y.Sentence(st.Lang, st.Keuze)) {
				t.Errorf("state %s: sentence for %d missing", st.Fragment(), y.Year)
			}
		}
	}
	// With no measures the savings are zero.
	out, _ := scenario.Evaluate(none.Input())
	if y := out.Years[2]; !y.Savings.Central.IsZero() {
		t.Errorf("no measures: savings %v", y.Savings.Central)
	}
}
