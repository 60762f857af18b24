package main

import (
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// layoutProblems measures the widget's geometry in the page and returns
// what is wrong: horizontal overflow of the page, a table that overflows
// its region without a visible scroll hint, a table cell whose content is
// wider than the cell, a year that wraps, a word broken inside a cell
// (more lines than words), an answer outside the window.
const layoutProblems = `(async () => {
	// Two frames: what the resident sees after a change (the widget's
	// resize observer has run).
	await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
	const root = sd(0), bad = [];
	if (document.documentElement.scrollWidth > innerWidth + 1) bad.push('page is ' + document.documentElement.scrollWidth + ' px wide');
	const lines = (el) => { const r = document.createRange(); r.selectNodeContents(el); const tops = new Set(); for (const q of r.getClientRects()) if (q.width > 0) tops.add(Math.round(q.top)); return tops.size; };
	for (const region of root.querySelectorAll('.sd-scroll')) {
		if (region.getClientRects().length === 0) continue; // folded away
		if (region.scrollWidth > region.clientWidth + 1) {
			const hint = region.parentElement.querySelector('.sd-scroll-hint');
			if (!hint || hint.getClientRects().length === 0) bad.push((region.getAttribute('aria-label') || 'table') + ' overflows (' + region.scrollWidth + ' > ' + region.clientWidth + ') without a scroll hint');
		}
		for (const cell of region.querySelectorAll('th, td')) {
			if (cell.getClientRects().length === 0 || cell.closest('thead') && getComputedStyle(cell.closest('thead')).position === 'absolute') continue;
			if (cell.scrollWidth > cell.clientWidth + 1) bad.push('cell "' + cell.textContent.slice(0, 30) + '" overflows: ' + cell.scrollWidth + ' > ' + cell.clientWidth);
			const words = cell.textContent.trim().split(/\s+/).filter(w => w).length;
			if (words > 0 && lines(cell) > words + (cell.querySelector('.sd-range') ? 1 : 0)) bad.push('cell "' + cell.textContent.slice(0, 30) + '" breaks inside a word: ' + lines(cell) + ' lines for ' + words + ' words');
		}
		for (const th of region.querySelectorAll('tbody th')) {
			if (/^\d{4}$/.test(th.textContent.trim()) && lines(th) > 1) bad.push('year ' + th.textContent + ' wraps');
		}
	}
	// While choosing (the keuzes at the top of the window) the answer is in view.
	root.querySelector('.sd-keuzes').scrollIntoView({block: 'start'});
	const a = root.querySelector('#sd-answer').getBoundingClientRect();
	if (a.top < -0.5 || a.bottom > innerHeight + 0.5) bad.push('answer at ' + Math.round(a.top) + '–' + Math.round(a.bottom) + ' of ' + innerHeight);
	return bad;
})()`

// TestBrowserLayoutWidths checks the geometry at every width a resident
// uses — 320, 390, 600, 768, 1024 and 1280 px, and 200 % zoom of a
// 1280 × 800 window (640 × 400 CSS px) — with keuze C (a pm line), implementation costs and a
// growth prognosis, every fold open; then again with WCAG 1.4.12's larger
// text spacing.
func TestBrowserLayoutWidths(t *testing.T) {
	for _, v := range quickCases(t, []struct {
		name  string
		width int64
		scale float64
	}{{"320", 320, 1}, {"390", 390, 1}, {"600", 600, 1}, {"768", 768, 1}, {"1024", 1024, 1}, {"1280", 1280, 1}, {"200%", 640, 2}}, 1) {
		t.Run(v.name, func(t *testing.T) {
			tb := newTab(t, int(v.width))
			if _, err := chromedp.Call(tb.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: v.width, Height: int64(800 / v.scale), DeviceScaleFactor: v.scale}); err != nil {
				t.Fatal(err)
			}
			tb.open("/#sd=1;k:C;i:150000;g:c")
			eval[bool](tb, `(sd(0).querySelectorAll('details').forEach(d => d.open = true), true)`)
			for _, p := range eval[[]string](tb, layoutProblems) {
				t.Errorf("at %s: %s", v.name, p)
			}
			// WCAG 1.4.12: line height 1.5, paragraph spacing 2, letter
			// spacing 0.12, word spacing 0.16 — nothing may be cut off.
			eval[bool](tb, `(() => { const s = new CSSStyleSheet(); s.replaceSync('* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; } p { margin-bottom: 2em !important; }'); sd(0).adoptedStyleSheets = [...sd(0).adoptedStyleSheets, s]; return true; })()`)
			for _, p := range eval[[]string](tb, layoutProblems) {
				t.Errorf("at %s with text spacing: %s", v.name, p)
			}
			tb.checkClean()
		})
	}
}

// TestBrowserLayoutProblemsCanFail makes sure the geometry check sees a
// broken table: a year column forced to 1 px must be reported.
func TestBrowserLayoutProblemsCanFail(t *testing.T) {
	tb := newTab(t, 768)
	tb.open("/")
	eval[bool](tb, `(() => { const s = new CSSStyleSheet(); s.replaceSync('#sd-results-table { display: table !important; } #sd-results-table tbody th { width: 1px; max-width: 1px; overflow-wrap: anywhere !important; white-space: normal !important; display: table-cell !important; } #sd-results-table tr { display: table-row !important; } #sd-results-table td { display: table-cell !important; }'); sd(0).adoptedStyleSheets = [...sd(0).adoptedStyleSheets, s]; return true; })()`)
	got := eval[[]string](tb, layoutProblems)
	if len(got) == 0 {
		t.Errorf("a 1 px year column was not reported")
	}
	t.Log(fmt.Sprint(got))
}
