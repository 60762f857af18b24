package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The theming test puts a real municipal NL Design System theme on the demo
// page: the design tokens of the NL Design System's example municipality
// ("gemeente Voorbeeld"), from npm, the package that .ci/run installs next to
// axe-core. Its theme.css sets every --basis-* token on the class
// "voorbeeld-theme"; the host page puts that class on an ancestor of the
// widget, and the tokens inherit into the widget's shadow root.
const (
	themePackage = "@nl-design-system-unstable/voorbeeld-design-tokens"
	themeClass   = "voorbeeld-theme"
)

// themeCSS returns the theme's style sheet: from $NLDS_THEME_CSS, else from
// the npm cache directory that .ci/run installs into.
func themeCSS() (string, error) {
	p := os.Getenv("NLDS_THEME_CSS")
	if p == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		p = filepath.Join(home, ".cache", "sociaaldomein-axe", "node_modules", filepath.FromSlash(themePackage), "dist", "theme.css")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return "", fmt.Errorf("npm install --prefix ~/.cache/sociaaldomein-axe %s@7.4.1, or set NLDS_THEME_CSS: %w", themePackage, err)
	}
	if !strings.Contains(string(b), "."+themeClass) || !strings.Contains(string(b), "--basis-color-default-color-document") {
		return "", fmt.Errorf("%s does not set the basis tokens on .%s", p, themeClass)
	}
	return string(b), nil
}

// applyTheme adds css to the host page as a constructed style sheet (as a
// host page's own theme.css would be; a constructed sheet also passes the
// demo's CSP) and puts class on <body>, an ancestor of the widget.
func applyTheme(tb *tab, css, class string) {
	tb.t.Helper()
	lit, err := json.Marshal(css)
	if err != nil {
		tb.t.Fatal(err)
	}
	eval[bool](tb, `(() => { const s = new CSSStyleSheet(); s.replaceSync(`+string(lit)+`); document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; document.body.classList.add('`+class+`'); return true; })()`)
}

// runAxe runs axe-core (WCAG 2.1 A and AA) on the page and returns its
// violations, one line each.
func runAxe(tb *tab, axe string) []string {
	tb.t.Helper()
	if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[chromedp.Void](axe)); err != nil {
		tb.t.Fatalf("injecting axe: %v", err)
	}
	return eval[[]string](tb, `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary).join('; ')))`)
}

// themeProbe reads, in the page, what the widget shows (computed styles in
// its shadow root) and what the host page's tokens say it should show. Each
// entry is [the widget's computed value, the token's value as the browser
// computes it]; a token the page does not set reads "unset <name>". Colours
// come out as rgb(), font families as the browser writes them.
const themeProbe = `(() => {
  const root = sd(0);
  const cs = (sel) => { const e = root.querySelector(sel); if (!e) throw new Error('no ' + sel); return getComputedStyle(e); };
  const host = getComputedStyle(document.querySelector('[data-sociaaldomein]'));
  const probe = document.createElement('span');
  document.body.append(probe);
  const resolve = (prop, name) => {
    const v = host.getPropertyValue(name).trim();
    if (v === '') return 'unset ' + name;
    probe.style[prop] = '';
    probe.style[prop] = v;
    return getComputedStyle(probe)[prop];
  };
  const colour = (name) => resolve('color', name);
  const lang = cs('.sd-lang');
  const focused = root.activeElement;
  if (!focused) throw new Error('nothing in the widget has focus');
  const focus = getComputedStyle(focused);
  const out = {
    'text colour': [cs('.sd').color, colour('--basis-color-default-color-document')],
    'background': [cs('.sd').backgroundColor, colour('--basis-color-default-bg-document')],
    'font family': [cs('.sd').fontFamily, resolve('fontFamily', '--basis-text-font-family-default')],
    'font size': [cs('.sd').fontSize, resolve('fontSize', '--basis-text-font-size-md')],
    'heading font family': [cs('h2').fontFamily, resolve('fontFamily', '--basis-heading-font-family')],
    'heading colour': [cs('h2').color, colour('--basis-heading-color')],
    'button colour': [lang.color, colour('--basis-color-action-1-color-default')],
    'button border colour': [lang.borderTopColor, colour('--basis-color-action-1-color-default')],
    'button radius': [lang.borderTopLeftRadius, resolve('borderTopLeftRadius', '--basis-form-control-border-radius')],
    'selected card background': [cs('.sd-cell.sd-selected').backgroundColor, colour('--basis-color-action-1-bg-default')],
    'card border colour': [cs('.sd-cell:not(.sd-selected)').borderTopColor, colour('--basis-color-default-border-default')],
    'border radius': [cs('.sd').borderTopLeftRadius, resolve('borderTopLeftRadius', '--basis-border-radius-md')],
    'padding': [cs('.sd').paddingTop, resolve('paddingTop', '--basis-space-inline-xl')],
    'subtle text colour': [cs('.sd-note').color, colour('--basis-color-default-color-subtle')],
    'focus outline colour': [focus.outlineColor, colour('--basis-focus-outline-color')],
    'focus outline style': [focus.outlineStyle, host.getPropertyValue('--basis-focus-outline-style').trim() || 'unset --basis-focus-outline-style'],
    'focus outline width': [focus.outlineWidth, resolve('outlineWidth', '--basis-focus-outline-width')],
    'chart label': [cs('.sd-chart-label').color, colour('--basis-color-default-color-document')],
    'chart target line': [cs('svg.sd-chart .sd-chart-target').stroke, colour('--basis-color-default-color-document')],
    'chart target marker': [cs('svg.sd-chart .sd-chart-target-marker').fill, colour('--basis-color-default-color-document')],
    'chart savings line': [cs('svg.sd-chart .sd-chart-savings').stroke, colour('--basis-color-action-1-color-default')],
    'chart savings marker': [cs('svg.sd-chart .sd-chart-savings-marker').fill, colour('--basis-color-action-1-color-default')],
    'chart band hatch': [cs('svg.sd-chart .sd-chart-hatch').stroke, colour('--basis-color-action-1-color-default')],
    'chart band fill': [cs('svg.sd-chart .sd-chart-hatch-bg').fill, colour('--basis-color-action-1-bg-default')],
    'chart grid': [cs('svg.sd-chart .sd-chart-grid').stroke, colour('--basis-color-default-border-subtle')],
  };
  probe.remove();
  return out;
})()`

// probeTheme moves the focus into the widget with the keyboard (so that
// :focus-visible applies) and runs themeProbe.
func probeTheme(tb *tab) map[string][2]string {
	tb.t.Helper()
	eval[bool](tb, `(sd(0).querySelector('.sd-lang').focus(), true)`)
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
		tb.t.Fatal(err)
	}
	return eval[map[string][2]string](tb, themeProbe)
}

// TestBrowserTheme applies a real municipal NL Design System theme from npm
// to the demo page and checks that the widget takes it: every themed value
// computed in the shadow root equals the theme's basis token, the colours
// and fonts differ from the widget's defaults, axe-core finds no WCAG 2.1
// A/AA violation with the theme on, and under forced colours the chart
// takes system colours. It saves the themed screenshot
// (docs/calculator-themed.png with UPDATE_DOCS=1).
func TestBrowserTheme(t *testing.T) {
	axe, err := axeScript()
	need(t, "axe-core", err)
	css, err := themeCSS()
	need(t, "the NL Design System theme "+themePackage, err)
	tb := newTab(t, 1280)
	if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(1280, 1000)); err != nil {
		t.Fatal(err)
	}
	tb.open("/")

	// Without a theme: today's defaults (the chart's colours, now from CSS, too).
	before := probeTheme(tb)
	for key, want := range map[string]string{
		"text colour":              "rgb(26, 26, 26)",
		"background":               "rgb(255, 255, 255)",
		"heading colour":           "rgb(0, 86, 107)",
		"button colour":            "rgb(0, 86, 107)",
		"selected card background": "rgb(230, 241, 244)",
		"card border colour":       "rgb(138, 138, 138)",
		"subtle text colour":       "rgb(74, 74, 74)",
		"focus outline colour":     "rgb(179, 0, 90)",
		"focus outline style":      "solid",
		"focus outline width":      "3px",
		"border radius":            "4px",
		"padding":                  "16px",
		"font size":                "16px",
		"chart label":              "rgb(26, 26, 26)",
		"chart target line":        "rgb(26, 26, 26)",
		"chart target marker":      "rgb(26, 26, 26)",
		"chart savings line":       "rgb(0, 86, 107)",
		"chart savings marker":     "rgb(0, 86, 107)",
		"chart band hatch":         "rgb(0, 86, 107)",
		"chart band fill":          "rgb(230, 241, 244)",
		"chart grid":               "rgb(200, 200, 200)",
	} {
		if got := before[key][0]; got != want {
			t.Errorf("without a theme, %s = %s, want the default %s", key, got, want)
		}
	}
	if got, page := before["font family"][0], eval[string](tb, `getComputedStyle(document.querySelector('main')).fontFamily`); got != page {
		t.Errorf("without a theme, the widget's font %s, want the host page's %s", got, page)
	}
	if v := eval[string](tb, `getComputedStyle(sd(0).querySelector('svg.sd-chart .sd-chart-savings-marker')).stroke`); v != "rgb(255, 255, 255)" {
		t.Errorf("without a theme, the savings markers' outline is %s, want white", v)
	}

	applyTheme(tb, css, themeClass)
	after := probeTheme(tb)
	if len(after) != len(before) {
		t.Fatalf("probe: %d values with the theme, %d without", len(after), len(before))
	}
	for key, v := range after {
		if got, want := v[0], v[1]; strings.HasPrefix(want, "unset ") || got != want {
			t.Errorf("with the %s theme, %s = %s, want the theme's %s", themeClass, key, got, want)
		}
	}
	// The theme's colours and fonts differ from the defaults: the widget
	// visibly changed, not only matched by chance.
	for _, key := range []string{"text colour", "font family", "heading font family", "heading colour", "button colour", "selected card background", "card border colour", "subtle text colour", "focus outline colour", "focus outline style", "border radius", "chart target line", "chart savings line", "chart band fill", "chart grid"} {
		if before[key][0] == after[key][0] {
			t.Errorf("%s is %s with and without the theme", key, after[key][0])
		}
	}
	t.Logf("themed: text %s, font %s, headings %s, accent %s", after["text colour"][0], after["font family"][0], after["heading font family"][0], after["button colour"][0])

	// A component token outranks the theme's basis token.
	if got := eval[[]string](tb, `(() => {
  const el = document.querySelector('[data-sociaaldomein]');
  el.style.setProperty('--sociaaldomein-accent-color', 'rgb(0, 100, 0)');
  const got = [getComputedStyle(sd(0).querySelector('.sd-lang')).color, getComputedStyle(sd(0).querySelector('svg.sd-chart .sd-chart-savings')).stroke];
  el.style.removeProperty('--sociaaldomein-accent-color');
  return got;
})()`); got[0] != "rgb(0, 100, 0)" || got[1] != "rgb(0, 100, 0)" {
		t.Errorf("--sociaaldomein-accent-color on the host element: button %s, chart %s; want rgb(0, 100, 0) over the theme's basis token", got[0], got[1])
	}

	// axe-core with the theme on: the initial state, a keuze with pm, and English.
	for _, step := range []struct{ name, click string }{{"initial", ""}, {"keuze C", `label[for="sd-keuze-C"]`}, {"English", `.sd-lang`}} {
		if step.click != "" {
			tb.click(0, step.click)
		}
		for _, v := range runAxe(tb, axe) {
			t.Errorf("with the %s theme, %s: axe %s", themeClass, step.name, v)
		}
	}
	tb.click(0, `.sd-lang`)
	tb.click(0, `label[for="sd-keuze-A"]`)

	// The themed screenshot: the top of the widget at 1280 px.
	dir := os.Getenv("SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	if os.Getenv("UPDATE_DOCS") == "1" {
		dir = filepath.Join("..", "..", "docs")
	}
	eval[bool](tb, `(document.querySelector('[data-sociaaldomein]').scrollIntoView({block: 'start'}), true)`)
	buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if len(buf) > 300<<10 {
		t.Errorf("calculator-themed.png is %d KB, over 300 KB", len(buf)>>10)
	}
	shot := filepath.Join(dir, "calculator-themed.png")
	if err := os.WriteFile(shot, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s: %d KB", shot, len(buf)>>10)
	if d := os.Getenv("SCREENSHOT_DIR"); d != "" { // the themed chart and results, for looking at them
		eval[bool](tb, `(sd(0).querySelector('.sd-results').scrollIntoView({block: 'start'}), true)`)
		buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "sociaaldomein-themed-results-1280.png"), buf, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Forced colours: the chart follows the system colours, theme or not.
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "forced-colors", Value: "active"}}}); err != nil {
		t.Fatal(err)
	}
	forced := eval[map[string][2]string](tb, `(() => {
  const probe = document.createElement('span');
  document.body.append(probe);
  const sys = (c) => { probe.style.color = c; return getComputedStyle(probe).color; };
  const s = (sel, prop) => getComputedStyle(sd(0).querySelector('svg.sd-chart ' + sel))[prop];
  const out = {
    'axis label': [getComputedStyle(sd(0).querySelector('.sd-chart-label')).color, sys('CanvasText')],
    'target line': [s('.sd-chart-target', 'stroke'), sys('CanvasText')],
    'target marker': [s('.sd-chart-target-marker', 'fill'), sys('CanvasText')],
    'zero line': [s('.sd-chart-zero', 'stroke'), sys('CanvasText')],
    'savings line': [s('.sd-chart-savings', 'stroke'), sys('Highlight')],
    'savings marker': [s('.sd-chart-savings-marker', 'fill'), sys('Highlight')],
    'band hatch': [s('.sd-chart-hatch', 'stroke'), sys('Highlight')],
    'band fill': [s('.sd-chart-hatch-bg', 'fill'), sys('Canvas')],
  };
  probe.remove();
  return out;
})()`)
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "forced-colors", Value: "none"}}}); err != nil {
		t.Fatal(err)
	}
	for key, v := range forced {
		if v[0] != v[1] {
			t.Errorf("under forced colours, the chart's %s is %s, want the system colour %s", key, v[0], v[1])
		}
	}
	if forced["savings line"][1] == forced["axis label"][1] {
		t.Errorf("under forced colours Highlight and CanvasText are both %s: the check cannot tell the series apart", forced["axis label"][1])
	}
	tb.checkClean()
}
