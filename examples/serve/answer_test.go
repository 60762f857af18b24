package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// control is one thing a resident can change, and how the test changes it.
type control struct {
	name string
	sel  string // what to scroll to the middle of the window first
	do   func(tb *tab)
	// affects says the compact answer must change: every control does,
	// since the answer shows the keuze's cost, the taakstelling's balance
	// with its ends and verdict, and the growth prognosis when chosen.
	affects bool
}

// answerControls are every control of the calculator: the keuze, each
// measure (off, then on again), overlap, realisation, key, ramp,
// implementation costs, other measures and growth.
func answerControls(tb *tab) []control {
	click := func(sel string) func(*tab) { return func(tb *tab) { tb.click(0, sel) } }
	cs := []control{
		{"keuze B", "#sd-keuze-B", click(`label[for="sd-keuze-B"]`), true},
		{"keuze D", "#sd-keuze-D", click(`label[for="sd-keuze-D"]`), true},
		{"geen keuze", "#sd-keuze-none", click(`#sd-keuze-none`), true},
		{"keuze A", "#sd-keuze-A", click(`label[for="sd-keuze-A"]`), true},
	}
	ids := eval[[]string](tb, `[...sd(0).querySelectorAll('.sd-measure input[type=checkbox]')].map(e => e.id)`)
	if len(ids) != 14 {
		tb.t.Fatalf("%d measure checkboxes, want 14", len(ids))
	}
	for _, id := range ids {
		cs = append(cs,
			control{"measure " + id + " off", "#" + id, click("#" + id), true},
			control{"measure " + id + " on", "#" + id, click("#" + id), true})
	}
	cs = append(cs,
		control{"overlap 80 %", "#sd-overlap", func(tb *tab) { tb.setValue(0, "#sd-overlap", "80", "input") }, true},
		control{"realisation 25 %", "#sd-low-25", click("#sd-low-25"), true},
		control{"key by inhabitants", "#sd-key-inhabitants", click("#sd-key-inhabitants"), true},
		control{"ramp slow", "#sd-ramp-slow", click("#sd-ramp-slow"), true},
		control{"implementation costs", "#sd-impl", func(tb *tab) { tb.typeInto("#sd-impl", "250.000") }, true},
		control{"other measures", "#sd-other", func(tb *tab) { tb.typeInto("#sd-other", "100.000") }, true},
		control{"growth", "#sd-growth-clients", click("#sd-growth-clients"), true},
	)
	return cs
}

// typeInto types text into the field sel of the first widget with real key
// events.
func (tb *tab) typeInto(sel, text string) {
	tb.t.Helper()
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
		return {Text: a.textContent, Top: r.top, Bottom: r.bottom, Viewport: innerHeight}; })()`)
}

// TestBrowserAnswerInView: at 1280×800 and 390×844, after every control
// change, the compact answer is inside the viewport and has changed. The
// controls are scrolled to the middle of the window first, as a resident
// scrolls to them; "verder rekenen" is opened as a resident opens it.
func TestBrowserAnswerInView(t *testing.T) {
	for _, vp := range []struct{ w, h int64 }{{1280, 800}, {390, 844}} {
		t.Run(fmt.Sprintf("%dx%d", vp.w, vp.h), func(t *testing.T) {
			tb := newTab(t, int(vp.w))
			if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(vp.w, vp.h)); err != nil {
				t.Fatal(err)
			}
			tb.open("/")
			before := tb.answer()
			if before.Top < 0 || before.Bottom > before.Viewport {
				t.Errorf("at the start the answer is at %.0f–%.0f px of a %.0f px window", before.Top, before.Bottom, before.Viewport)
			}
			tb.click(0, "#sd-more > summary")
			for _, c := range answerControls(tb) {
				eval[bool](tb, `(sd(0).querySelector('`+c.sel+`').scrollIntoView({block: 'center'}), true)`)
				c.do(tb)
				after := tb.answer()
				if after.Top < -0.5 || after.Bottom > after.Viewport+0.5 {
					t.Errorf("%s: the answer is at %.0f–%.0f px, outside the %.0f px window", c.name, after.Top, after.Bottom, after.Viewport)
				}
				if c.affects && after.Text == before.Text {
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
