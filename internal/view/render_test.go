package view

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

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
		"€\u00a0550.000 extra per jaar",                                            // A and B
		"€\u00a0500.000 extra per jaar, plus kosten die nog niet bekend zijn (pm)", // C and D
		"Voorkeur van het college",
		"Voordelen", "Risico's", "Beheersmaatregel",
		"In 2024 met keuze A",
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
	for _, want := range []string{"€500,000 extra a year, plus costs not yet known (pm)", "In 2024 with option C", "pm (pro memorie)"} {
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
	if got, _ := v.ByID("sd-answer-keuze"); got.TextContent() != "Geen keuze geen extra kosten" {
		t.Errorf("answer's keuze row = %q", got.TextContent())
	}
	if _, ok := v.ByID("sd-detail-title"); ok {
		t.Errorf("a keuze's detail is shown without a keuze")
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

// wantRange formats a range independently of the view: the middle
// assumption, then "(van X tot Y)" unless both ends show the same amount.
func wantRange(l budget.Locale, r budget.Range, f func(decimal.Decimal) string) string {
	if !r.Known {
		return map[bool]string{false: "onbekend", true: "unknown"}[l == budget.English]
	}
	s := f(r.Central)
	if lo, hi := f(r.Low), f(r.High); lo != hi {
		if l == budget.English {
			return s + " (from " + lo + " to " + hi + ")"
		}
		return s + " (van " + lo + " tot " + hi + ")"
	}
	return s
}

// wantRows are the cells of the taakstelling table and of the table apart
// from it that the outcome gives, formatted independently of the view.
func wantRows(l budget.Locale, out scenario.Outcome, growth bool) (taak, apart [][]string) {
	saving := func(d decimal.Decimal) string {
		if d.Round(0).IsNegative() {
			return l.EuroWhole(d.Neg()) + map[bool]string{false: " meer kosten", true: " more cost"}[l == budget.English]
		}
		return l.EuroWhole(d)
	}
	for _, y := range out.Years {
		tp := y.Taakstelling
		balance := wantRange(l, tp.Balance, l.Balance)
		if tp.Balance.Known && tp.ImplementationCosts.PM {
			balance += map[bool]string{false: " zonder de uitvoeringskosten (pm)", true: " excluding the implementation costs (pm)"}[l == budget.English]
		}
		taak = append(taak, []string{y.Year.String(), l.WithPM(tp.Target), wantRange(l, tp.Savings, saving),
			l.WithPM(tp.ImplementationCosts), l.WithPM(tp.OtherMeasures), balance, tp.Verdict.Phrase(l)})
		row := []string{y.Year.String()}
		if out.Keuze != "" {
			row = append(row, l.WithPM(y.Keuze.Cost))
		}
		if growth {
			row = append(row, l.WithPM(y.Growth))
		}
		apart = append(apart, row)
	}
	return taak, apart
}

// tableRows returns the text of every cell of the table with the given id.
func tableRows(v Node, id string) [][]string {
	tab, ok := v.ByID(id)
	if !ok {
		return nil
	}
	var rows [][]string
	for _, tr := range tab.FindAll(func(n Node) bool { _, ok := n.Attr("data-year"); return ok }) {
		var cells []string
		for _, c := range tr.Children {
			cells = append(cells, c.TextContent())
		}
		rows = append(rows, cells)
	}
	return rows
}

// TestRenderResultsMatchEvaluate checks both results tables show what
// scenario.Evaluate computes for the same state, for several states, and
// that each year's sentence is the taakstelling's, then the keuze's.
func TestRenderResultsMatchEvaluate(t *testing.T) {
	c := NewCatalogue()
	init := Initial(Config{}, c)
	states := []State{init}
	s := Update(init, Msg{Kind: MsgSetOverlap, Value: "100"}, c, init)
	s = Update(s, Msg{Kind: MsgToggleMeasure, Arg: c.Measures[4].ID, Value: "false"}, c, init)
	s = Update(s, Msg{Kind: MsgSelectKeuze, Arg: "C"}, c, init)
	states = append(states, s, Update(s, Msg{Kind: MsgSetLang, Arg: "en"}, c, init))
	s = Update(s, Msg{Kind: MsgSetImpl, Value: "3.000.000"}, c, init)
	s = Update(s, Msg{Kind: MsgSetGrowth, Value: GrowthClientsAll}, c, init)
	states = append(states, s)
	s = Update(init, Msg{Kind: MsgSetLow, Value: "75"}, c, init)
	s = Update(s, Msg{Kind: MsgSetRamp, Value: RampFull}, c, init)
	states = append(states, s, Update(s, Msg{Kind: MsgSetImpl, Value: "0"}, c, init))
	s = Update(s, Msg{Kind: MsgSetOther, Value: "10.000"}, c, init)
	s = Update(s, Msg{Kind: MsgSetGrowth, Value: GrowthNational}, c, init)
	states = append(states, s, Update(s, Msg{Kind: MsgSetLang, Arg: "en"}, c, init))
	none := init
	none.Measures = nil
	none.Keuze = ""
	states = append(states, none)
	kinds := map[scenario.VerdictKind]bool{}
	for _, st := range states {
		out, err := scenario.Evaluate(c.Input(st))
		if err != nil {
			t.Fatal(err)
		}
		v := Render(st, c, Env{})
		taak, apart := wantRows(st.Lang, out, st.Growth != GrowthNone)
		gotTaak, gotApart := tableRows(v, "sd-results-table"), tableRows(v, "sd-apart-table")
		if len(gotTaak) != 6 || len(taak) != 6 {
			t.Fatalf("%d rows, %d years; want 6 (2022–2027)", len(gotTaak), len(out.Years))
		}
		if st.Keuze == "" && st.Growth == GrowthNone {
			apart = nil
		}
		for _, tab := range []struct {
			name      string
			got, want [][]string
		}{{"taakstelling", gotTaak, taak}, {"apart", gotApart, apart}} {
			if len(tab.got) != len(tab.want) {
				t.Errorf("state %s: %s table has %d rows, want %d", st.Fragment(), tab.name, len(tab.got), len(tab.want))
				continue
			}
			for i := range tab.want {
				if !slices.Equal(tab.got[i], tab.want[i]) {
					t.Errorf("state %s: %s table row %d\n got %q\nwant %q", st.Fragment(), tab.name, i, tab.got[i], tab.want[i])
				}
			}
		}
		sentences := v.FindAll(func(n Node) bool { return n.HasClass("sd-sentences") })[0].Children
		for i, y := range out.Years {
			kinds[y.Taakstelling.Verdict.Kind] = true
			want := y.Sentence(st.Lang)
			if k := y.KeuzeSentence(st.Lang); k != "" {
				want += " " + k
			}
			if got := sentences[i].TextContent(); got != want {
				t.Errorf("state %s: sentence %d = %q, want %q", st.Fragment(), y.Year, got, want)
			}
		}
		if tally, _ := v.ByID("sd-tally"); tally.TextContent() != out.Tally().Sentence(st.Lang) {
			t.Errorf("state %s: tally %q, want %q", st.Fragment(), tally.TextContent(), out.Tally().Sentence(st.Lang))
		}
		// The answer shows 2024 (out.Years[2]): the balance at the middle
		// assumption and both ends, and the verdict, by the one rule.
		y := out.Years[2]
		bal, _ := v.ByID("sd-answer-balance")
		for _, want := range []string{st.Lang.Balance(y.Taakstelling.Balance.Central), st.Lang.Balance(y.Taakstelling.Balance.Low), st.Lang.Balance(y.Taakstelling.Balance.High)} {
			if !strings.Contains(bal.TextContent(), want) {
				t.Errorf("state %s: answer %q lacks %q", st.Fragment(), bal.TextContent(), want)
			}
		}
		if verdict, _ := v.ByID("sd-answer-verdict"); !strings.Contains(strings.ToLower(verdict.TextContent()), y.Taakstelling.Verdict.Phrase(st.Lang)) {
			t.Errorf("state %s: answer's verdict %q, want %q", st.Fragment(), verdict.TextContent(), y.Taakstelling.Verdict.Phrase(st.Lang))
		}
	}
	for _, k := range []scenario.VerdictKind{scenario.Met, scenario.MetIf, scenario.Depends, scenario.NotMet} {
		if !kinds[k] {
			t.Errorf("no state gave verdict %v: the test does not cover it", k)
		}
	}
	// With no measures the savings are one amount, € 0: not a range.
	v := Render(none, c, Env{})
	if got := tableRows(v, "sd-results-table")[2]; got[2] != "€\u00a00" || got[5] != "€\u00a01.200.000 tekort zonder de uitvoeringskosten (pm)" {
		t.Errorf("no measures, 2024: %q", got)
	}
}

// TestRenderDefaultsNeverUnconditionallyMet: with the defaults the
// implementation costs are pm, so no verdict, sentence or summary may say
// the taakstelling is met without its condition (the old widget said
// "haalt Hilversum de taakstelling in 6 van de 6 jaren").
func TestRenderDefaultsNeverUnconditionallyMet(t *testing.T) {
	c := NewCatalogue()
	init := Initial(Config{}, c)
	generous := Update(init, Msg{Kind: MsgSetLow, Value: "75"}, c, init)
	generous = Update(generous, Msg{Kind: MsgSetRamp, Value: RampFull}, c, init)
	for _, st := range []State{init, generous, Update(generous, Msg{Kind: MsgSetLang, Arg: "en"}, c, init)} {
		st = Update(st, Msg{Kind: MsgAnnounce}, c, init)
		if st.Announced == "" {
			t.Fatalf("nothing announced")
		}
		v := Render(st, c, Env{})
		var texts []string
		for _, id := range []string{"sd-answer", "sd-tally", "sd-live"} {
			n, _ := v.ByID(id)
			texts = append(texts, n.TextContent())
		}
		for _, n := range v.FindAll(func(n Node) bool {
			return n.HasClass("sd-sentences") || n.HasClass("sd-note") || n.HasClass("sd-why") || n.HasClass("sd-answer") || n.HasClass("sd-verdict") && n.Tag == "td"
		}) {
			// Our own words, not a source quoting the seed (Dutch "met"
			// is "with").
			if txt := n.TextContent(); !strings.HasPrefix(txt, "Bron") && !strings.HasPrefix(txt, "Source") {
				texts = append(texts, txt)
			}
		}
		word := regexp.MustCompile(`\b(gehaald|haalt haar)\b`)
		if st.Lang == budget.English {
			word = regexp.MustCompile(`\b(met|meets it)\b`)
		}
		for _, txt := range texts {
			for _, claim := range regexp.MustCompile(`[.;:](\s|$)`).Split(txt, -1) {
				if !word.MatchString(claim) {
					continue
				}
				lc := strings.ToLower(claim)
				conditional := false
				for _, c := range []string{" als ", " if ", "hangt af", "depends", "niet gehaald", "not met", "0 gehaald, ook in het ongunstige geval", "0 met, even in the unfavourable case", "of de taakstelling", "whether", "hooguit", "at best"} {
					conditional = conditional || strings.Contains(lc, c)
				}
				if !conditional {
					t.Errorf("state %s: %q claims the target is met without its condition (in %q)", st.Fragment(), claim, txt)
				}
			}
			if regexp.MustCompile(`\d+ van de \d+ jaren`).MatchString(txt) {
				t.Errorf("state %s: the old count in %q", st.Fragment(), txt)
			}
		}
	}
	// The generous state does meet it if the costs stay low enough: the
	// verdict names the headroom.
	v := Render(generous, c, Env{})
	if got := tableRows(v, "sd-results-table")[2][6]; !strings.HasPrefix(got, "gehaald als de uitvoeringskosten voor de gemeente niet boven €") {
		t.Errorf("generous state, 2024 verdict %q", got)
	}
}

// TestRenderKeuzeNotInBalance: the keuze's cost is its own column, apart
// from the taakstelling, and choosing a keuze leaves the taakstelling
// table as it is (the old "Tekort" column sat next to the keuze's cost and
// silently left it out).
func TestRenderKeuzeNotInBalance(t *testing.T) {
	c := NewCatalogue()
	init := Initial(Config{}, c)
	none := Update(init, Msg{Kind: MsgSelectKeuze, Arg: ""}, c, init)
	base := tableRows(Render(none, c, Env{}), "sd-results-table")
	for _, k := range []string{"A", "B", "C", "D"} {
		s := Update(init, Msg{Kind: MsgSelectKeuze, Arg: k}, c, init)
		v := Render(s, c, Env{})
		if got := tableRows(v, "sd-results-table"); fmt.Sprint(got) != fmt.Sprint(base) {
			t.Errorf("keuze %s changes the taakstelling table:\n%q\n%q", k, got, base)
		}
		tab, _ := v.ByID("sd-results-table")
		if txt := tab.TextContent(); strings.Contains(txt, "keuze") || strings.Contains(txt, "+ pm") {
			t.Errorf("keuze %s: the taakstelling table mentions the keuze or a pm saving: %q", k, txt)
		}
		apart, ok := v.ByID("sd-apart-table")
		if !ok || !strings.Contains(apart.TextContent(), "Extra beleidskosten keuze "+k) {
			t.Fatalf("keuze %s: no column of its own", k)
		}
		wantCost := "€\u00a0550.000"
		if k == "C" || k == "D" {
			wantCost = "€\u00a0500.000 + pm"
		}
		if got := tableRows(v, "sd-apart-table")[2][1]; got != wantCost {
			t.Errorf("keuze %s, 2024: %q, want %q", k, got, wantCost)
		}
		if !strings.Contains(v.TextContent(), "niet van het saldo afgetrokken") {
			t.Errorf("keuze %s: the view does not say the cost is not subtracted", k)
		}
	}
}

// TestRenderNoBoundWording: the ranges name their assumptions; no text of
// the widget calls an end a bound ("ondergrens", "bovengrens", "de twee
// grenzen", "the bound the seed implies"), and the ends are shown as the
// outcome describes them.
func TestRenderNoBoundWording(t *testing.T) {
	c := NewCatalogue()
	for _, lang := range []string{"nl", "en"} {
		for _, k := range []string{"A", "C", ""} {
			s := Initial(Config{Lang: lang}, c)
			s.Keuze = k
			v := Render(s, c, Env{})
			// Open every disclosure: the text is all there in the tree.
			txt := strings.ToLower(v.TextContent())
			for _, bad := range []string{"grens", "grenzen", "bound", "seed implies"} {
				if strings.Contains(txt, bad) {
					i := strings.Index(txt, bad)
					t.Errorf("lang %s keuze %q: %q in %q", lang, k, bad, txt[max(0, i-80):min(len(txt), i+40)])
				}
			}
			// The ends in the page's language: the outcome's own in Dutch,
			// scenario.Data.Ends in English.
			want, err := scenario.DefaultData().Ends(c.Input(s), s.Lang)
			if err != nil {
				t.Fatal(err)
			}
			ends, ok := v.ByID("sd-ends")
			if !ok {
				t.Fatalf("no ends")
			}
			for _, e := range []string{want.Low, want.Central, want.High} {
				if !strings.Contains(ends.TextContent(), e[1:]) {
					t.Errorf("ends %q lack %q", ends.TextContent(), e)
				}
			}
			words := []string{"Ongunstig", "Middelste aanname", "Gunstig"}
			if s.Lang == budget.English {
				words = []string{"Unfavourable", "Middle assumption", "Favourable"}
			}
			for _, word := range words {
				if !strings.Contains(ends.TextContent(), word) {
					t.Errorf("ends lack %q", word)
				}
			}
		}
	}
}

// TestRenderWording holds the wording fixes of issue 10, point 5, that
// live in the widget.
func TestRenderWording(t *testing.T) {
	c := NewCatalogue()
	nl := Render(Initial(Config{}, c), c, Env{})
	en := Render(Initial(Config{Lang: "en"}, c), c, Env{})
	nlText, enText := nl.TextContent(), en.TextContent()
	// "Dekking" is funding, not coverage.
	if !strings.Contains(enText, "Funding: ") || strings.Contains(enText, "Coverage") {
		t.Errorf("English view: Dekking not translated as Funding")
	}
	if !strings.Contains(nlText, "Dekking: ") {
		t.Errorf("Dutch view lacks Dekking")
	}
	// Uitvoeringskosten, never invoeringskosten.
	for name, txt := range map[string]string{"nl": nlText, "en": enText} {
		if regexp.MustCompile(`(?i)(^|[^u])invoeringskosten`).MatchString(txt) {
			t.Errorf("%s: says invoeringskosten", name)
		}
	}
	if !strings.Contains(nlText, "Uitvoeringskosten") {
		t.Errorf("Dutch view lacks Uitvoeringskosten")
	}
	// "Aanname" at most once in every label and legend.
	for _, v := range []Node{nl, en} {
		for _, n := range v.FindAll(func(n Node) bool { return n.Tag == "label" || n.Tag == "legend" }) {
			lc := strings.ToLower(n.TextContent())
			if strings.Count(lc, "aanname") > 1 || strings.Count(lc, "assumption") > 1 {
				t.Errorf("label says assumption twice: %q", n.TextContent())
			}
		}
	}
	// The measures' amounts are regional: said so, with Hilversum's part
	// next to each. "Normenkader van HHM toepassen: -813.041 euro" (004:107);
	// Hilversum's "ongeveer 35%" (004:77) of it is 284.564,35.
	if !strings.Contains(nlText, "maximale opbrengst in 2024 voor de 7 gemeenten samen") {
		t.Errorf("the measures' amounts are not labelled regional")
	}
	if !strings.Contains(nlText, "€\u00a0813.041 besparing (regionaal); voor Hilversum €\u00a0284.564") {
		t.Errorf("Hilversum's part is not next to the regional amount of Normenkader HHM")
	}
	// "+ pm" follows only a cost, never a saving: not in the savings,
	// the balance, the measures' savings.
	for _, v := range []Node{nl, en} {
		for _, n := range v.FindAll(func(n Node) bool {
			return n.HasClass("sd-measure-effect") || n.Tag == "table" && func() bool { id, _ := n.Attr("id"); return id == "sd-results-table" }()
		}) {
			if strings.Contains(n.TextContent(), "+ pm") {
				t.Errorf("+ pm after a saving: %q", n.TextContent())
			}
		}
	}
}

// TestRenderVerblijfJeugd: the domain is "Verblijf Jeugd" as the seed
// prints it, wherever the widget shows it (its heading comes from
// regional.Domain.Label).
func TestRenderVerblijfJeugd(t *testing.T) {
	c := NewCatalogue()
	for _, lang := range []string{"nl", "en"} {
		txt := Render(Initial(Config{Lang: lang}, c), c, Env{}).TextContent()
		if strings.Contains(txt, "Verblijf jeugd") || lang == "nl" && !strings.Contains(txt, "Verblijf Jeugd") {
			t.Errorf("%s: not the seed's Verblijf Jeugd", lang)
		}
	}
}

// TestRenderMeasureSources: every measure cites its own section, and the
// general source list names every section, not the first measure's for all
// (all were "De maatregelen: Jeugdhulp").
func TestRenderMeasureSources(t *testing.T) {
	c := NewCatalogue()
	v := Render(Initial(Config{}, c), c, Env{})
	items := v.FindAll(func(n Node) bool { return n.HasClass("sd-measure") && !n.HasClass("sd-proposed") })
	if len(items) != len(c.Measures) {
		t.Fatalf("%d measures shown, want %d", len(items), len(c.Measures))
	}
	sections := map[string]bool{}
	for i, m := range c.Measures {
		sections[m.Source.Section] = true
		bron := items[i].FindAll(func(n Node) bool { return n.HasClass("sd-bron") })
		if len(bron) == 0 || !strings.Contains(bron[0].TextContent(), m.Source.Section) {
			t.Errorf("measure %s: source does not cite %q", m.ID, m.Source.Section)
		}
	}
	if len(sections) < 6 {
		t.Errorf("the measures cite %d sections: %v", len(sections), sections)
	}
	src, _ := v.ByID("sd-sources")
	for s := range sections {
		if !strings.Contains(src.TextContent(), s) {
			t.Errorf("the source list lacks %q", s)
		}
	}
}

// TestRenderLangTags: a text marked Dutch is Dutch. The remarks from the
// data file were English once and tagged lang="nl"; any English text left
// must carry lang="en".
func TestRenderLangTags(t *testing.T) {
	c := NewCatalogue()
	english := regexp.MustCompile(`(?i)\b(the|which|proposed|would|should|municipalities|with the|of the)\b`)
	for _, k := range []string{"A", "B", "C", "D"} {
		s := Initial(Config{Keuze: k}, c)
		v := Render(s, c, Env{})
		for _, n := range v.FindAll(func(n Node) bool { l, _ := n.Attr("lang"); return l == "nl" && n.Tag != "section" }) {
			if m := english.FindString(n.TextContent()); m != "" {
				t.Errorf("keuze %s: English %q in lang=nl text %q", k, m, n.TextContent())
			}
		}
	}
}

// TestRenderSeedContent: each keuze shows its long-term expectation, what
// it means in practice and that the amounts are indicative; the growth
// windows are both offered with the seed's caveat.
func TestRenderSeedContent(t *testing.T) {
	c := NewCatalogue()
	if c.Indicative == "" {
		t.Fatal("the catalogue has no indicative note")
	}
	for _, k := range c.Keuzes {
		s := Initial(Config{Keuze: k.ID}, c)
		v := Render(s, c, Env{})
		detail := v.FindAll(func(n Node) bool { return n.HasClass("sd-detail") })[0].TextContent()
		for _, want := range []string{k.Expectation, k.Practice, c.Indicative, "Wat betekent dit in de praktijk?", "Verwachting op lange termijn"} {
			if want == "" || !strings.Contains(detail, want) {
				t.Errorf("keuze %s: detail lacks %q", k.ID, want)
			}
		}
		res := v.FindAll(func(n Node) bool { return n.HasClass("sd-results") })[0].TextContent()
		if !strings.Contains(res, k.Expectation) || !strings.Contains(res, c.Indicative) {
			t.Errorf("keuze %s: the results lack the expectation or the indicative note", k.ID)
		}
	}
	s := Initial(Config{}, c)
	g, _ := Render(s, c, Env{}).ByID("sd-growth")
	txt := g.TextContent()
	for _, want := range []string{"2020–2022", "per 2020 stabieler", "2017–2022", "abonnementstarief", "2,9 %"} {
		if !strings.Contains(txt, want) {
			t.Errorf("growth choices lack %q: %q", want, txt)
		}
	}
	// The chosen prognosis shows its base and caveat, from the outcome.
	s.Growth = GrowthClientsAll
	v := Render(s, c, Env{})
	gt, ok := v.ByID("sd-growth-text")
	if !ok || !strings.Contains(gt.TextContent(), "€\u00a019.759.000") || !strings.Contains(gt.TextContent(), "per 2020 stabieler") || !strings.Contains(gt.TextContent(), "Alleen Wmo") {
		t.Errorf("growth text: %q", gt.TextContent())
	}
	s.Growth = GrowthClients
	out, _ := c.Evaluate(c.Input(s))
	if !strings.Contains(assumptionValue(out, "growth"), "2020–2022") {
		t.Errorf("clients growth window: %q", assumptionValue(out, "growth"))
	}
}

// TestRenderRealisation: the realisation assumption is shown as the
// outcome states it, and the control changes it.
func TestRenderRealisation(t *testing.T) {
	c := NewCatalogue()
	init := Initial(Config{}, c)
	for _, low := range []string{"50", "25", "75"} {
		s := Update(init, Msg{Kind: MsgSetLow, Value: low}, c, init)
		out, err := c.Evaluate(c.Input(s))
		if err != nil {
			t.Fatal(err)
		}
		v := Render(s, c, Env{})
		r, ok := v.ByID("sd-realisation")
		if !ok || !strings.Contains(r.TextContent(), assumptionValue(out, "realisation")) {
			t.Errorf("low %s: realisation text %q", low, r.TextContent())
		}
		if !strings.Contains(out.Ends.Low, "elke maatregel haalt "+low+" %") || !strings.Contains(out.Ends.Low, "kosten juist extra: 25 %") {
			t.Errorf("low %s: ends %q", low, out.Ends.Low)
		}
		radio, _ := v.ByID("sd-low-" + low)
		if _, checked := radio.Attr("checked"); !checked {
			t.Errorf("low %s: radio not checked", low)
		}
	}
}
