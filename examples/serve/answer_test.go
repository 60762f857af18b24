package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// control is one thing a resident can change, and how the test changes it.
type control struct {
	name string
	sel  string // what to scroll to the middle of the window first
	do   func(tb *tab)
}

// answerControls are every control of the calculator: the keuze, each
// measure (off, then on again), overlap, realisation, key, ramp,
// implementation costs, other measures and growth.
func answerControls(tb *tab) []control {
	click := func(sel string) func(*tab) { return func(tb *tab) { tb.click(0, sel) } }
	cs := []control{
		{"keuze B", "#sd-keuze-B", click(`label[for="sd-keuze-B"]`)},
		{"keuze D", "#sd-keuze-D", click(`label[for="sd-keuze-D"]`)},
		{"geen keuze", "#sd-keuze-none", click(`#sd-keuze-none`)},
		{"keuze A", "#sd-keuze-A", click(`label[for="sd-keuze-A"]`)},
	}
	ids := eval[[]string](tb, `[...sd(0).querySelectorAll('.sd-measure input[type=checkbox]')].map(e => e.id)`)
	if len(ids) != 14 {
		tb.t.Fatalf("%d measure checkboxes, want 14", len(ids))
	}
	for _, id := range ids {
		cs = append(cs,
			control{"measure " + id + " off", "#" + id, click("#" + id)},
			control{"measure " + id + " on", "#" + id, click("#" + id)})
	}
	cs = append(cs,
		control{"overlap 80 %", "#sd-overlap", func(tb *tab) { tb.reveal("#sd-overlap"); tb.setValue(0, "#sd-overlap", "80", "input") }},
		control{"realisation 25 %", "#sd-low-25", click("#sd-low-25")},
		control{"key by inhabitants", "#sd-key-inhabitants", click("#sd-key-inhabitants")},
		control{"ramp slow", "#sd-ramp-slow", click("#sd-ramp-slow")},
		control{"implementation costs", "#sd-impl", func(tb *tab) { tb.typeInto("#sd-impl", "250.000") }},
		control{"other measures", "#sd-other", func(tb *tab) { tb.typeInto("#sd-other", "100.000") }},
		control{"growth", "#sd-growth-clients", click("#sd-growth-clients")},
	)
	return cs
}

// reveal unfolds and scrolls the element sel of the first widget into view,
// clear of the sticky answer, as a resident does before using it.
func (tb *tab) reveal(sel string) {
	tb.t.Helper()
	eval[bool](tb, fmt.Sprintf("(%s, true)", fmt.Sprintf(unfoldJS, `document.querySelector('[data-sociaaldomein]').shadowRoot.querySelector('`+sel+`')`)))
}

// typeInto types text into the field sel of the first widget with real key
// events.
func (tb *tab) typeInto(sel, text string) {
	tb.t.Helper()
	tb.reveal(sel)
	path := `document.querySelector('[data-sociaaldomein]').shadowRoot.querySelector('` + sel + `')`
	if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.JSPath(path)), chromedp.SendKeys(chromedp.JSPath(path), text)); err != nil {
		tb.t.Fatalf("typing into %s: %v", sel, err)
	}
}

// answerBox is where the compact answer is and what it says.
type answerBox struct {
	Text                  string
	Top, Bottom, Viewport float64
}

func (tb *tab) answer() answerBox {
	return eval[answerBox](tb, `(() => { const a = sd(0).querySelector('#sd-answer'); const r = a.getBoundingClientRect();
		return {Text: a.innerText, Top: r.top, Bottom: r.bottom, Viewport: innerHeight}; })()`)
}

// TestBrowserAnswerInView: at 1280×800, 390×844 and 640×400 (200 % zoom),
// after every control change, the compact answer is inside the viewport
// and what it shows (innerText: hidden parts do not count) has changed. The
// controls are scrolled to the middle of the window first, as a resident
// scrolls to them; "verder rekenen" is opened as a resident opens it.
func TestBrowserAnswerInView(t *testing.T) {
	for _, vp := range quickCases(t, []struct{ w, h int64 }{{1280, 800}, {390, 844}, {640, 400}}, 1) {
		t.Run(fmt.Sprintf("%dx%d", vp.w, vp.h), func(t *testing.T) {
			tb := newTab(t, int(vp.w))
			if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(vp.w, vp.h)); err != nil {
				t.Fatal(err)
			}
			tb.open("/")
			// The resident has scrolled to the keuzes (on a short window the
			// host page's introduction fills the first screen).
			eval[bool](tb, `(sd(0).querySelector('.sd-keuzes').scrollIntoView({block: 'start'}), true)`)
			before := tb.answer()
			if before.Top < 0 || before.Bottom > before.Viewport {
				t.Errorf("at the start the answer is at %.0f–%.0f px of a %.0f px window", before.Top, before.Bottom, before.Viewport)
			}
			tb.click(0, "#sd-more > summary")
			for _, c := range answerControls(tb) {
				c.do(tb) // a click scrolls the control into view, clear of the answer (unfoldJS)
				after := tb.answer()
				if after.Top < -0.5 || after.Bottom > after.Viewport+0.5 {
					t.Errorf("%s: the answer is at %.0f–%.0f px, outside the %.0f px window", c.name, after.Top, after.Bottom, after.Viewport)
				}
				// Every control changes what the answer shows: the keuze's
				// cost, the balance with its ends and verdict, the growth.
				if after.Text == before.Text {
					t.Errorf("%s: the answer did not change: %q", c.name, after.Text)
				}
				before = after
			}
			tb.checkClean()
		})
	}
}

// TestBrowserAddressBar: every change is in the address bar at once
// (history.replaceState), so a reload keeps it and the back button is not
// flooded.
func TestBrowserAddressBar(t *testing.T) {
	tb := newTab(t, 1280)
	tb.open("/")
	length := eval[int](tb, `history.length`)
	tb.click(0, `label[for="sd-keuze-C"]`)
	tb.click(0, "#sd-more > summary")
	for _, v := range []string{"10", "20", "30", "40"} {
		tb.setValue(0, "#sd-overlap", v, "input")
	}
	frag := eval[string](tb, `location.hash`)
	if !strings.Contains(frag, "k:C") || !strings.Contains(frag, "o:0.4") {
		t.Errorf("address after choosing C and θ 40 %%: %q", frag)
	}
	if got := eval[int](tb, `history.length`); got != length {
		t.Errorf("history grew from %d to %d entries", length, got)
	}
	tb.open("/" + frag) // a reload of the address
	if !eval[bool](tb, `sd(0).querySelector('#sd-keuze-C').checked && sd(0).querySelector('#sd-overlap').value === '40'`) {
		t.Errorf("after a reload of %q the state is lost", frag)
	}
	tb.checkClean()
}

// TestBrowserAddressOptOut: a widget with data-address="off" leaves the
// address bar to its host page (a hash router), and still works.
func TestBrowserAddressOptOut(t *testing.T) {
	tb := newTab(t, 1280)
	tb.open("/#/route")
	eval[bool](tb, `(() => { const el = document.querySelector('[data-sociaaldomein]'); sociaaldomein.unmount(el); el.setAttribute('data-address', 'off'); sociaaldomein.mount(el); return true; })()`)
	tb.click(0, `label[for="sd-keuze-C"]`)
	if got := eval[string](tb, `location.hash`); got != "#/route" {
		t.Errorf("the address became %q with data-address=off", got)
	}
	if got := eval[string](tb, `txt(0, '#sd-answer-keuze')`); !strings.HasPrefix(got, "Keuze C kost") {
		t.Errorf("the widget did not follow the click: %q", got)
	}
	if got := eval[string](tb, `sd(0).querySelector('#sd-share-url').value`); !strings.Contains(got, "sd=1;k:C;") {
		t.Errorf("the share link %q lacks the state", got)
	}
	tb.checkClean()
}

// TestBrowserAnnouncement: the live region speaks a short summary once the
// resident pauses, not at every slider step.
func TestBrowserAnnouncement(t *testing.T) {
	tb := newTab(t, 1280)
	tb.open("/")
	tb.click(0, "#sd-more > summary")
	eval[bool](tb, `(() => { window.__said = []; new MutationObserver(() => window.__said.push(sd(0).querySelector('#sd-live').textContent)).observe(sd(0).querySelector('#sd-live'), {subtree: true, characterData: true, childList: true}); return true; })()`)
	for _, v := range []string{"55", "60", "65", "70", "75", "80"} {
		tb.setValue(0, "#sd-overlap", v, "input")
	}
	time.Sleep(1500 * time.Millisecond)
	said := eval[[]string](tb, `window.__said`)
	if len(said) != 1 {
		t.Fatalf("the live region changed %d times for six slider steps, want once: %q", len(said), said)
	}
	words := len(strings.Fields(said[0]))
	if words > 30 || !strings.Contains(said[0], "Keuze A kost") || !strings.Contains(said[0], "2024: taakstelling") {
		t.Errorf("announcement (%d words): %q", words, said[0])
	}
	if got := eval[string](tb, `sd(0).querySelector('#sd-overlap').getAttribute('aria-valuetext')`); got != "80 %" {
		t.Errorf("slider's aria-valuetext %q, want the value with its unit", got)
	}
	tb.checkClean()
}

// TestBrowserFocusNotObscured: moving through the calculator with the Tab
// and arrow keys, no focused control is under the sticky answer (WCAG
// 2.4.11), on a phone, a small phone and at 200 % zoom of a 1280 × 800
// window. (Without the widget's focus handler the keuzes C, D and "geen
// keuze" end up under the answer on a phone.)
func TestBrowserFocusNotObscured(t *testing.T) {
	for _, vp := range quickCases(t, []struct{ w, h int64 }{{390, 844}, {320, 568}, {640, 400}}, 1) {
		t.Run(fmt.Sprintf("%dx%d", vp.w, vp.h), func(t *testing.T) {
			tb := newTab(t, int(vp.w))
			if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(vp.w, vp.h)); err != nil {
				t.Fatal(err)
			}
			tb.open("/")
			eval[bool](tb, `(sd(0).querySelector('#sd-more').open = true, true)`)
			seen, arrows := 0, 0
			for i := 0; i < 70; i++ {
				key := kb.Tab
				// In the keuze radios, the arrow keys move through B, C,
				// D and "geen keuze" (on the 2×2, next to and under the
				// answer) before Tab leaves the group.
				if arrows > 0 {
					key, arrows = kb.ArrowDown, arrows-1
				}
				if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(key)); err != nil {
					t.Fatal(err)
				}
				if key == kb.Tab && eval[bool](tb, `(sd(0).activeElement || {}).name === 'sd-keuze'`) {
					arrows = 4
				}
				got := eval[[]string](tb, `(() => {
					const e = sd(0).activeElement; if (!e) return [];
					const a = sd(0).querySelector('#sd-answer').getBoundingClientRect(), r = e.getBoundingClientRect();
					if (sd(0).querySelector('#sd-answer').contains(e)) return ['inside'];
					if (r.height > innerHeight - a.height - 16) return ['too tall to show beside the answer'];
					return [e.id || e.tagName, String(r.bottom > a.top + 0.5 && r.top < a.bottom - 0.5), Math.round(r.top) + '–' + Math.round(r.bottom) + ' under ' + Math.round(a.top) + '–' + Math.round(a.bottom)];
				})()`)
				if len(got) < 3 {
					continue
				}
				seen++
				if got[1] == "true" {
					t.Errorf("focused %s at %s", got[0], got[2])
				}
			}
			if seen < 20 {
				t.Errorf("only %d focus stops in the widget", seen)
			}
		})
	}
}
