package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/shopspring/decimal"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/view"
	"github.com/hilversum/sociaaldomein/scenario"
)

// setValue sets the value of the control sel in widget i and dispatches
// the event typ ("input" or "change"), as typing or dragging does.
func (tb *tab) setValue(i int, sel, value, typ string) {
	tb.t.Helper()
	eval[bool](tb, fmt.Sprintf(`(() => { const e = sd(%d).querySelector(%q); e.value = %q; e.dispatchEvent(new Event(%q, {bubbles: true})); return true; })()`, i, sel, value, typ))
}

// shownTable returns the table with the given id in widget i as text
// cells, nil when the widget shows no such table.
func (tb *tab) shownTable(i int, id string) [][]string {
	return eval[[][]string](tb, fmt.Sprintf(`[...sd(%d).querySelectorAll('#%s tbody tr')].map(r => [...r.children].map(c => c.textContent))`, i, id))
}

// unknown is "onbekend" in the locale.
func unknown(l budget.Locale) string {
	if l == budget.English {
		return "unknown"
	}
	return "onbekend"
}

// tr returns the Dutch or the English text.
func tr(l budget.Locale, nl, en string) string {
	if l == budget.English {
		return en
	}
	return nl
}

// rangeText formats a range as the widget must show it, independently of
// the view: the middle assumption, then "(van X tot Y)" unless both ends
// show the same amount (a collapsed range is one amount).
func rangeText(l budget.Locale, r budget.Range, f func(decimal.Decimal) string) string {
	if !r.Known {
		return unknown(l)
	}
	s := f(r.Central)
	if lo, hi := f(r.Low), f(r.High); lo != hi {
		s += " " + tr(l, "(van ", "(from ") + lo + tr(l, " tot ", " to ") + hi + ")"
	}
	return s
}

// savingText is a saving in whole euros; a negative one is a cost, in words.
func savingText(l budget.Locale, d decimal.Decimal) string {
	if d.Round(0).IsNegative() {
		return l.EuroWhole(d.Neg()) + tr(l, " meer kosten", " more cost")
	}
	return l.EuroWhole(d)
}

// verdictText is scenario.Judge's verdict in the widget's words.
func verdictText(l budget.Locale, v scenario.Verdict) string {
	switch v.Kind {
	case scenario.Met:
		return tr(l, "gehaald", "met")
	case scenario.MetIf:
		return fmt.Sprintf(tr(l, "gehaald als de uitvoeringskosten voor de gemeente niet boven %s uitkomen", "met if the municipality's implementation costs stay at most %s"), l.EuroWhole(v.Headroom.RoundFloor(0)))
	case scenario.Depends:
		if v.CostsPM {
			return tr(l, "hangt af van de aannames en de uitvoeringskosten", "depends on the assumptions and the implementation costs")
		}
		return tr(l, "hangt af van de aannames", "depends on the assumptions")
	case scenario.NotMet:
		if v.SavingsPM {
			return tr(l, "niet gehaald, tenzij besparingen die nog niet bekend zijn (pm) het goedmaken", "not met, unless savings not yet known (pm) make up for it")
		}
		return tr(l, "niet gehaald", "not met")
	}
	return unknown(l)
}

// balanceText is the balance cell: unsigned, "tekort" or "over", and said
// to be before the implementation costs while they are pm.
func balanceText(l budget.Locale, tp scenario.TaakstellingPart) string {
	s := rangeText(l, tp.Balance, l.Balance)
	if tp.Balance.Known && tp.ImplementationCosts.PM {
		s += tr(l, " zonder de uitvoeringskosten (pm)", " excluding the implementation costs (pm)")
	}
	return s
}

// wantTables are the two results tables that out must give, formatted
// independently of the view: the taakstelling part (year, target, savings,
// implementation costs, other measures, balance, verdict) and, apart from
// it, the keuze's extra policy cost and the growth prognosis (nil when the
// outcome has neither).
func wantTables(l budget.Locale, out scenario.Outcome) (taak, apart [][]string) {
	// A growth prognosis was chosen when any year has one (the years
	// before its base year are unknown even then).
	growth := false
	for _, y := range out.Years {
		growth = growth || y.Growth.Known
	}
	for _, y := range out.Years {
		tp := y.Taakstelling
		taak = append(taak, []string{y.Year.String(), l.WithPM(tp.Target), rangeText(l, tp.Savings, func(d decimal.Decimal) string { return savingText(l, d) }),
			l.WithPM(tp.ImplementationCosts), l.WithPM(tp.OtherMeasures), balanceText(l, tp), verdictText(l, tp.Verdict)})
		if out.Keuze == "" && !growth {
			continue
		}
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

// checkTables fails unless widget i shows both results tables of out.
func checkTables(t *testing.T, tb *tab, i int, step string, out scenario.Outcome, l budget.Locale) {
	t.Helper()
	taak, apart := wantTables(l, out)
	for _, tab := range []struct {
		id   string
		want [][]string
	}{{"sd-results-table", taak}, {"sd-apart-table", apart}} {
		got := tb.shownTable(i, tab.id)
		if len(got) != len(tab.want) {
			t.Errorf("%s: #%s has %d rows, Evaluate gives %d", step, tab.id, len(got), len(tab.want))
			continue
		}
		for r := range tab.want {
			if !slices.Equal(got[r], tab.want[r]) {
				t.Errorf("%s: #%s row %d shows\n%q, Evaluate gives\n%q", step, tab.id, r, got[r], tab.want[r])
			}
		}
	}
}

// checkEqualsEvaluate fails unless the results tables show exactly what
// scenario.Evaluate gives for the state's input, formatted independently
// of the view (whole euros, the documented rounding), and the share link
// holds the state.
func checkEqualsEvaluate(t *testing.T, tb *tab, step string, c *view.Catalogue, s view.State) {
	t.Helper()
	out, err := scenario.Evaluate(c.Input(s))
	if err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	checkTables(t, tb, 0, step, out, s.Lang)
	if got := eval[string](tb, `sd(0).querySelector('#sd-share-url').value`); !strings.HasSuffix(got, "#sd="+s.Fragment()) {
		t.Errorf("%s: share link %q, want state %q", step, got, s.Fragment())
	}
}

// TestBrowserAssumptions moves every assumption control and checks the
// numbers shown equal scenario.Evaluate for the same input, that a bad
// amount shows a named message and keeps the last valid value, that the
// share link restores all of it, and that reset goes back to the start.
func TestBrowserAssumptions(t *testing.T) {
	tb := newTab(t, 1280)
	tb.open("/")
	c := view.NewCatalogue()
	init := view.Initial(view.Config{}, c)
	s := init
	step := func(name string, msg view.Msg) {
		t.Helper()
		s = view.Update(s, msg, c, init)
		checkEqualsEvaluate(t, tb, name, c, s)
	}
	checkEqualsEvaluate(t, tb, "initial", c, s)
	// The realisation of the measures in the unfavourable case, with what
	// the outcome says it assumes.
	tb.click(0, `label[for="sd-low-75"]`)
	step("realisation 75", view.Msg{Kind: view.MsgSetLow, Value: "75"})
	if got := eval[string](tb, `txt(0, '#sd-realisation')`); !strings.Contains(got, "elke maatregel haalt 75 %") {
		t.Errorf("realisation text after 75 %%: %q", got)
	}
	if got := eval[string](tb, `txt(0, '#sd-ends')`); !strings.Contains(got, "Ongunstig: elke maatregel haalt 75 %") {
		t.Errorf("ends after 75 %%: %q", got)
	}
	tb.click(0, `label[for="sd-key-inhabitants"]`)
	step("key inhabitants", view.Msg{Kind: view.MsgSetKey, Value: scenario.KeyInhabitants})
	tb.click(0, `label[for="sd-ramp-full"]`)
	step("ramp full", view.Msg{Kind: view.MsgSetRamp, Value: view.RampFull})
	tb.click(0, `label[for="sd-ramp-slow"]`)
	step("ramp slow", view.Msg{Kind: view.MsgSetRamp, Value: view.RampSlow})
	tb.click(0, `label[for="sd-growth-national"]`)
	step("growth national", view.Msg{Kind: view.MsgSetGrowth, Value: scenario.GrowthNational})
	tb.click(0, `label[for="sd-growth-clients"]`)
	step("growth clients", view.Msg{Kind: view.MsgSetGrowth, Value: view.GrowthClients})
	tb.click(0, `label[for="sd-growth-clients-all"]`)
	step("growth clients 2017", view.Msg{Kind: view.MsgSetGrowth, Value: view.GrowthClientsAll})
	if got := eval[string](tb, `txt(0, '#sd-growth-text')`); !strings.Contains(got, "2017–2022") || !strings.Contains(got, "per 2020 stabieler") {
		t.Errorf("growth prognosis text: %q", got)
	}
	// Typing with real key events into the amount fields.
	if err := chromedp.Do(tb.ctx, chromedp.SendKeys(chromedp.JSPath(`document.querySelector('[data-sociaaldomein]').shadowRoot.querySelector('#sd-impl')`), "250.000")); err != nil {
		t.Fatal(err)
	}
	s = view.Update(s, view.Msg{Kind: view.MsgSetImpl, Value: "250.000"}, c, init)
	checkEqualsEvaluate(t, tb, "implementation costs 250.000", c, s)
	tb.setValue(0, "#sd-other", "€ 100.000,50", "input")
	step("other measures", view.Msg{Kind: view.MsgSetOther, Value: "€ 100.000,50"})
	// Junk: a named Dutch message beside the field, the last valid value kept.
	tb.setValue(0, "#sd-impl", "veel geld", "input")
	step("junk amount", view.Msg{Kind: view.MsgSetImpl, Value: "veel geld"})
	msg := eval[string](tb, `txt(0, '#sd-impl-error')`)
	if !strings.Contains(msg, "Uitvoeringskosten") || !strings.Contains(msg, "veel geld") || !strings.Contains(msg, "250.000") {
		t.Errorf("error message = %q", msg)
	}
	if got := eval[string](tb, `sd(0).querySelector('#sd-impl').value`); got != "veel geld" {
		t.Errorf("the field shows %q, not what was typed", got)
	}
	tb.setValue(0, "#sd-impl", "-5", "input")
	step("negative amount", view.Msg{Kind: view.MsgSetImpl, Value: "-5"})
	if msg := eval[string](tb, `txt(0, '#sd-impl-error')`); !strings.Contains(msg, "0 of meer") {
		t.Errorf("negative: %q", msg)
	}
	tb.setValue(0, "#sd-impl", "1.500.000", "input")
	step("amount again", view.Msg{Kind: view.MsgSetImpl, Value: "1.500.000"})
	if eval[bool](tb, `!!sd(0).querySelector('#sd-impl-error')`) {
		t.Errorf("error still shown for a valid amount")
	}
	tb.setValue(0, "#sd-overlap", "80", "input")
	step("overlap 80", view.Msg{Kind: view.MsgSetOverlap, Value: "80"})
	// The results say the tally of the years.
	if got := eval[string](tb, `txt(0, '#sd-tally')`); !strings.Contains(got, "Van de 6 jaren:") || strings.Contains(got, "van de 6 jaren 2022") {
		t.Errorf("tally = %q", got)
	}
	// The share link restores every assumption in a fresh page.
	link := eval[string](tb, `sd(0).querySelector('#sd-share-url').value`)
	if err := chromedp.Do(tb.ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	tb.open(strings.TrimPrefix(link, tb.base))
	checkEqualsEvaluate(t, tb, "share link", c, s)
	if got := eval[string](tb, `sd(0).querySelector('#sd-impl').value`); got != "1.500.000" {
		t.Errorf("implementation costs field after the link: %q", got)
	}
	// Reset.
	tb.click(0, `#sd-reset`)
	s = view.Update(s, view.Msg{Kind: view.MsgReset}, c, init)
	checkEqualsEvaluate(t, tb, "reset", c, s)
	if got := eval[string](tb, `txt(0, '#sd-status')`); !strings.Contains(got, "beginwaarde") {
		t.Errorf("status after reset = %q", got)
	}
	if !eval[bool](tb, `sd(0).querySelector('#sd-ramp-default').checked && sd(0).querySelector('#sd-low-50').checked && sd(0).querySelector('#sd-impl').value === ''`) {
		t.Errorf("controls not back at the start after reset")
	}
	tb.checkClean()
}

// TestBrowserCSVAndCopy downloads the CSV (captured from the Blob the
// widget creates) and checks it equals the table shown; copies the link.
func TestBrowserCSVAndCopy(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			tb := newTab(t, 1280)
			tb.open("/#sd=1;k:C;l:" + lang + ";o:0.3;i:120000")
			eval[bool](tb, `(() => { window.__blobs = []; const orig = URL.createObjectURL; URL.createObjectURL = b => { window.__blobs.push(b); return orig.call(URL, b); }; HTMLAnchorElement.prototype.click = function () { window.__download = this.download; }; return true; })()`)
			tb.click(0, `#sd-csv-machine`)
			text := eval[string](tb, `window.__blobs[0].text()`)
			name := eval[string](tb, `window.__download`)
			if !strings.HasSuffix(name, ".csv") {
				t.Errorf("download name %q", name)
			}
			r := csv.NewReader(strings.NewReader(text))
			r.Comma = ';'
			recs, err := r.ReadAll()
			if err != nil {
				t.Fatalf("CSV %q: %v", text, err)
			}
			// The machine CSV has the same English names and JSON verdict
			// names in every language.
			wantHeader := "year;savings_target;savings_low;savings_central;savings_high;implementation_costs;implementation_costs_pm;other_measures;other_measures_pm;balance_low;balance_central;balance_high;verdict;option_cost;option_cost_pm;growth;scenario"
			l := budget.Dutch
			if lang == "en" {
				l = budget.English
			}
			verdicts := map[string]scenario.VerdictKind{}
			for k := scenario.VerdictUnknown; k <= scenario.NotMet; k++ {
				verdicts[k.String()] = k
			}
			if got := strings.Join(recs[0], ";"); got != wantHeader {
				t.Errorf("header %q", got)
			}
			dec := func(s string) decimal.Decimal {
				t.Helper()
				if !strings.Contains(s, ".") || strings.Count(s, ".") != 1 || len(s[strings.Index(s, ".")+1:]) != 2 {
					t.Errorf("CSV amount %q is not a decimal with a point and two decimals", s)
				}
				d, err := budget.ParseDecimal(s)
				if err != nil {
					t.Fatal(err)
				}
				return d
			}
			amountOf := func(v, pm string) budget.Amount {
				if v == "" {
					return budget.Amount{PM: pm == "pm"}
				}
				return budget.Amount{Value: dec(v), Known: true, PM: pm == "pm"}
			}
			rangeOf := func(lo, mid, hi string) budget.Range {
				if mid == "" {
					return budget.Range{}
				}
				return budget.KnownRange(dec(lo), dec(mid), dec(hi))
			}
			// Read the CSV back into an outcome and format it as the tables
			// must show it: the CSV and the tables say the same.
			out := scenario.Outcome{Keuze: "C"}
			for _, rec := range recs[1:] {
				if len(rec) != 17 || !strings.HasPrefix(rec[16], "1;k:C;") {
					t.Fatalf("CSV row %q has %d fields", rec, len(rec))
				}
				y, _ := strconv.Atoi(rec[0])
				tp := scenario.TaakstellingPart{Target: amountOf(rec[1], ""), Savings: rangeOf(rec[2], rec[3], rec[4]),
					ImplementationCosts: amountOf(rec[5], rec[6]), OtherMeasures: amountOf(rec[7], rec[8]), Balance: rangeOf(rec[9], rec[10], rec[11])}
				kind, ok := verdicts[rec[12]]
				if !ok {
					t.Errorf("CSV verdict %q", rec[12])
				}
				tp.Verdict = scenario.Verdict{Kind: kind, CostsPM: tp.ImplementationCosts.PM, SavingsPM: tp.OtherMeasures.PM}
				if kind == scenario.MetIf {
					tp.Verdict.Headroom = tp.Balance.Low
				}
				out.Years = append(out.Years, scenario.YearOutcome{Year: budget.Year(y), Taakstelling: tp,
					Keuze: scenario.KeuzePart{Option: "C", Cost: amountOf(rec[13], rec[14])}, Growth: amountOf(rec[15], "")})
			}
			checkTables(t, tb, 0, "CSV", out, l)
			// The confirmation is next to the button pressed.
			if got := eval[string](tb, `txt(0, '#sd-status')`); got == "" {
				t.Errorf("no status after the download")
			}
			if d := eval[float64](tb, `(() => { const a = sd(0).querySelector('#sd-csv-machine').getBoundingClientRect(), b = sd(0).querySelector('#sd-status').getBoundingClientRect(); return Math.max(0, b.top - a.bottom, a.top - b.bottom); })()`); d > 120 {
				t.Errorf("the status is %.0f px from the button", d)
			}
			// The spreadsheet CSV: byte order mark, the scenario first,
			// decimal commas.
			tb.click(0, `#sd-csv`)
			sheet := eval[string](tb, `window.__blobs[1].text()`) // text() drops the byte order mark
			if bom := eval[[]int](tb, `window.__blobs[1].arrayBuffer().then(b => [...new Uint8Array(b).slice(0, 3)])`); fmt.Sprint(bom) != "[239 187 191]" {
				t.Errorf("spreadsheet CSV starts with %v, want the UTF-8 byte order mark", bom)
			}
			if !strings.Contains(sheet, ";C: Buurtgericht en gemeente\r\n") || !strings.Contains(sheet, "\r\n2024;1200000,00;") {
				t.Errorf("spreadsheet CSV: %.600q", sheet)
			}
			// Copy: the clipboard (granted here) or, where refused, the
			// link selected; either way the status says which.
			tb.click(0, `#sd-copy`)
			if err := chromedp.Do(tb.ctx, chromedp.Sleep(300*1e6)); err != nil {
				t.Fatal(err)
			}
			status := eval[string](tb, `txt(0, '#sd-status')`)
			selected := eval[string](tb, `(() => { const e = sd(0).querySelector('#sd-share-url'); return e.value.substring(e.selectionStart, e.selectionEnd); })()`)
			link := eval[string](tb, `sd(0).querySelector('#sd-share-url').value`)
			if !(strings.Contains(status, "klembord") || strings.Contains(status, "clipboard")) && selected != link {
				t.Errorf("after copy: status %q, selection %q", status, selected)
			}
			tb.checkClean()
		})
	}
}

// TestBrowserChart checks the chart: an SVG image with a name, the table as
// its text equivalent, built as DOM nodes (no innerHTML), one marker per
// year per series.
func TestBrowserChart(t *testing.T) {
	tb := newTab(t, 1280)
	tb.open("/")
	if got := eval[string](tb, `sd(0).querySelector('svg.sd-chart').getAttribute('role')`); got != "img" {
		t.Errorf("chart role = %q", got)
	}
	title := eval[string](tb, `txt(0, 'svg.sd-chart title')`)
	if !strings.Contains(title, "Grafiek") || !strings.Contains(title, "2022–2027") {
		t.Errorf("chart title = %q", title)
	}
	if got := eval[string](tb, `sd(0).querySelector('svg.sd-chart').namespaceURI`); got != view.SVGNamespace {
		t.Errorf("chart namespace %q", got)
	}
	if n := eval[int](tb, `sd(0).querySelectorAll('svg.sd-chart circle').length`); n != 6 {
		t.Errorf("%d savings markers, want 6", n)
	}
	// The chart is the taakstelling part only: target, savings, range;
	// the keuze's cost is not drawn there, and the ends are named beside it.
	if n := eval[int](tb, `sd(0).querySelectorAll('.sd-legend li').length`); n != 3 {
		t.Errorf("%d legend entries, want 3", n)
	}
	if n := eval[int](tb, `sd(0).querySelectorAll('svg.sd-chart .sd-chart-cost').length`); n != 0 {
		t.Errorf("the keuze's cost is drawn in the taakstelling chart")
	}
	if got := eval[string](tb, `txt(0, '#sd-ends')`); !strings.Contains(got, "Ongunstig:") || !strings.Contains(got, "Middelste aanname:") || !strings.Contains(got, "Gunstig:") {
		t.Errorf("the ends beside the chart: %q", got)
	}
	// English everywhere.
	tb.click(0, `.sd-lang`)
	if got := eval[string](tb, `txt(0, 'svg.sd-chart title')`); !strings.HasPrefix(got, "Chart:") {
		t.Errorf("English chart title = %q", got)
	}
	for _, sel := range []string{"#sd-key legend", "#sd-ramp legend", "#sd-growth legend", "#sd-low legend", "label[for=sd-impl]", "#sd-csv", "#sd-copy", "#sd-reset", "#sd-sources summary", "#sd-results-table thead", ".sd-ends-more summary", "#sd-ends", "#sd-realisation"} {
		got := eval[string](tb, `txt(0, '`+sel+`')`)
		for _, dutch := range []string{"Aanname", "verdeelsleutel", "Uitvoering", "kopiëren", "Bronnen", "Opnieuw", "Ongunstig", "maatregel haalt"} {
			if strings.Contains(got, dutch) {
				t.Errorf("English %s shows Dutch %q: %q", sel, dutch, got)
			}
		}
	}
	// "Dekking" is funding.
	if got := eval[string](tb, `txt(0, '.sd-dekking strong')`); got != "Funding: " {
		t.Errorf("English Dekking label %q, want Funding", got)
	}
	tb.checkClean()
}

// TestBrowserZoom checks the page at 200 % zoom (a 1280 px window at
// device scale 2 is 640 CSS px) and at 320 px: no horizontal overflow,
// every control reachable, axe-core clean.
func TestBrowserZoom(t *testing.T) {
	axe, err := axeScript()
	need(t, "axe-core", err)
	for _, v := range []struct {
		name  string
		width int64
		scale float64
	}{{"200%", 640, 2}, {"320px", 320, 1}} {
		t.Run(v.name, func(t *testing.T) {
			tb := newTab(t, int(v.width))
			if _, err := chromedp.Call(tb.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: v.width, Height: 800, DeviceScaleFactor: v.scale}); err != nil {
				t.Fatal(err)
			}
			tb.open("/#sd=1;k:C;i:abc")
			tb.open("/?z#sd=1;k:D;i:150000")
			tb.setValue(0, "#sd-other", "xyz", "input") // an error message on screen too
			if w := eval[int](tb, `document.documentElement.scrollWidth`); w > int(v.width) {
				t.Errorf("page is %d px wide at %d px", w, v.width)
			}
			// Every control lies within the viewport horizontally.
			off := eval[[]string](tb, `[...sd(0).querySelectorAll('input, button, summary, [tabindex]')].filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < 0 || r.right > innerWidth + 1); }).map(e => e.id || e.outerHTML.slice(0, 60))`)
			if len(off) > 0 {
				t.Errorf("controls outside the viewport: %q", off)
			}
			if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[chromedp.Void](axe)); err != nil {
				t.Fatal(err)
			}
			res := eval[[]string](tb, `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(r => r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', ')))`)
			for _, r := range res {
				t.Errorf("axe at %s: %s", v.name, r)
			}
			tb.checkClean()
		})
	}
}

// TestBrowserScreenshots saves the README's screenshots: desktop (1280 ×
// 800), phone (390 × 844) and tablet (768 × 1024), each with the keuzes at
// the top of the window and the answer in view. With UPDATE_DOCS=1 they go to docs/ in the
// repository; otherwise to a temporary directory.
func TestBrowserScreenshots(t *testing.T) {
	dir := os.Getenv("SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	if os.Getenv("UPDATE_DOCS") == "1" {
		dir = filepath.Join("..", "..", "docs")
	}
	for _, v := range []struct {
		width  int
		height int64
		file   string
		scroll string // what to scroll to the top
	}{{1280, 800, "calculator.png", ".sd-keuzes"}, {390, 844, "calculator-390.png", ".sd-keuzes"}, {768, 1024, "calculator-768.png", ".sd-keuzes"}} {
		tb := newTab(t, v.width)
		if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(int64(v.width), v.height)); err != nil {
			t.Fatal(err)
		}
		tb.open("/")
		eval[bool](tb, `(sd(0).querySelector('`+v.scroll+`').scrollIntoView({block: 'start'}), true)`)
		buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, v.file)
		if err := os.WriteFile(path, buf, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s: %d KB", path, len(buf)/1024)
		if len(buf) > 300<<10 {
			t.Errorf("%s is %d KB, over 300 KB", v.file, len(buf)>>10)
		}
		_ = bytes.MinRead
		if os.Getenv("SCREENSHOT_DIR") != "" { // parts, for looking at them closely
			for _, part := range []string{".sd-keuzes", ".sd-answer", ".sd-detail", ".sd-measures", ".sd-assumptions", ".sd-results", ".sd-share", ".sd-sources"} {
				buf, err := chromedp.Run(tb.ctx, chromedp.ScreenshotScale(chromedp.JSPath(`document.querySelector('[data-sociaaldomein]').shadowRoot.querySelector('`+part+`')`), 1))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("part-%d%s.png", v.width, strings.ReplaceAll(part, ".", "-"))), buf, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		tb.checkClean()
	}
}

// TestBrowserDataFiles mounts widgets with data files supplied through the
// JS API: a corrected file is used (its labels shown as text), a bad file
// gives a visible notice naming it and the embedded data.
func TestBrowserDataFiles(t *testing.T) {
	tb := newTab(t, 1280)
	tb.open("/")
	var b strings.Builder
	if err := scenario.SaveCatalog(&b, scenario.DefaultCatalog()); err != nil {
		t.Fatal(err)
	}
	good := strings.Replace(b.String(), "Buurtgericht en (meer) gemeenschap", "<img src=x onerror=window.__pwned=1>", 1)
	js := fmt.Sprintf(`(() => { const add = (opts) => { const el = document.createElement('div'); el.setAttribute('data-sociaaldomein', 'extra' + document.querySelectorAll('[data-sociaaldomein]').length); document.querySelector('main').append(el); sociaaldomein.mount(el, opts); return true; };
add({keuzeopties: %q}); add({keuzeopties: '{"options": 1}', keuzeoptiesName: 'correctie.json'}); return true; })()`, good)
	eval[bool](tb, js)
	if got := eval[string](tb, `txt(1, '.sd-cell-title span[lang]')`); got != "<img src=x onerror=window.__pwned=1>" {
		t.Errorf("loaded label shows %q", got)
	}
	if eval[bool](tb, `!!window.__pwned || sd(1).querySelectorAll('img').length > 0`) {
		t.Errorf("a label from a data file was inserted as HTML")
	}
	notice := eval[string](tb, `txt(2, '#sd-data-notice')`)
	if !strings.Contains(notice, "gegevensbestand") || !strings.Contains(notice, "correctie.json") {
		t.Errorf("notice for the bad file: %q", notice)
	}
	if got := eval[string](tb, `txt(2, '.sd-cell-title span[lang]')`); got != "Buurtgericht en (meer) gemeenschap" {
		t.Errorf("bad file: not the embedded data, %q", got)
	}
	tb.checkClean()
}

// BenchmarkBrowserTyping measures, in the page, the time from an input
// event in the implementation costs field (a typed amount, parsed with
// budget.ParseAmount) to the updated results in the DOM. Reported as
// ms/input.
func BenchmarkBrowserTyping(b *testing.B) {
	tb := newTab(b, 1280)
	tb.open("/")
	var total float64
	n := 0
	for b.Loop() {
		amount := fmt.Sprintf("%d.000", 100+n%500)
		ms := eval[float64](tb, `(() => { const r = sd(0).querySelector('#sd-impl'); r.value = '`+amount+`'; const t0 = performance.now(); r.dispatchEvent(new Event('input', {bubbles: true})); const ok = sd(0).querySelector('#sd-share-url').value.includes(';i:`+strings.ReplaceAll(amount, ".", "")+`;'); const t1 = performance.now(); if (!ok) throw new Error('not updated'); return t1 - t0; })()`)
		total += ms
		n++
	}
	b.ReportMetric(total/float64(n), "ms/input")
}
