package main

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/hilversum/sociaaldomein/internal/problem"
	"github.com/hilversum/sociaaldomein/internal/view"
	"github.com/hilversum/sociaaldomein/scenario"
)

// The browser tests drive Debian's Chromium (or $CHROMIUM) headless against
// the demo server, started in-process on 127.0.0.1:0. Without a Chromium they
// skip, unless CI=true: then they fail, so CI cannot pass without running them.

// builtAssets builds the calculator once per test binary.
var builtAssets = sync.OnceValues(func() (Assets, error) {
	goTool, err := GoTool()
	if err != nil {
		return Assets{}, err
	}
	dir, err := os.MkdirTemp("", "sociaaldomein-test-")
	if err != nil {
		return Assets{}, err
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	return Build(ctx, goTool, dir)
})

func inCI() bool { return os.Getenv("CI") == "true" }

// need skips (or, on CI, fails) when a prerequisite is missing.
func need(t testing.TB, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if inCI() {
		t.Fatalf("CI=true and %s is missing: %v", what, err)
	}
	suiteNotes.missing.LoadOrStore(what, err)
	t.Skipf("%s is missing (%v); set CI=true to make this a failure", what, err)
}

func chromiumPath() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		_, err := os.Stat(p)
		return p, err
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("no chromium on PATH and $CHROMIUM unset")
}

// axeScript returns axe-core's axe.min.js: from $AXE_JS, else from the npm
// cache directory that .ci/run installs into.
func axeScript() (string, error) {
	p := os.Getenv("AXE_JS")
	if p == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		p = filepath.Join(home, ".cache", "sociaaldomein-axe", "node_modules", "axe-core", "axe.min.js")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return "", fmt.Errorf("axe-core (npm install --prefix ~/.cache/sociaaldomein-axe axe-core@4, or set AXE_JS): %w", err)
	}
	return string(b), nil
}

// startServer serves the demo in-process and returns its base URL.
func startServer(t testing.TB) string {
	t.Helper()
	a, err := builtAssets()
	if err != nil {
		t.Fatal(err)
	}
	h, err := NewHandler(a)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}

// page is one browser tab on the demo server, with everything it logged and
// requested.
type tab struct {
	t    testing.TB
	ctx  context.Context
	base string

	mu       sync.Mutex
	console  []string // console errors and uncaught exceptions
	requests []string // every URL the page requested
}

// newTab opens a tab of the given width in a new browser context (a fresh
// profile's state) of the shared headless Chromium.
func newTab(t testing.TB, width int) *tab {
	t.Helper()
	ctx := sharedTab(t)
	base := startServer(t)
	tb := &tab{t: t, ctx: ctx, base: base}
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == "error" || m.Type == "assert" {
				tb.mu.Lock()
				tb.console = append(tb.console, m.String())
				tb.mu.Unlock()
			}
		}
	}()
	go func() {
		for ev, err := range chromedp.Events(ctx, network.RequestWillBeSent) {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.requests = append(tb.requests, ev.Request.URL)
			tb.mu.Unlock()
		}
	}()
	// Record CSP violations in the page (DevTools scripts are exempt from CSP).
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`,
	}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), 900)); err != nil {
		t.Fatal(err)
	}
	return tb
}

// startChromium starts a headless Chromium of its own, on a fresh profile
// that is removed afterwards, and returns the context of its first tab: for
// tests that change the browser itself (download behaviour) or measure a
// cold start. It skips, or with CI=true fails, without Chromium.
func startChromium(t testing.TB, width int, profilePrefix string) context.Context {
	t.Helper()
	chromium, err := chromiumPath()
	need(t, "chromium", err)
	profile, err := os.MkdirTemp("", profilePrefix)
	if err != nil {
		t.Fatal(err)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromiumOptions(chromium, profile, width)...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
		removeProfile(profile)
	})
	if err := chromedp.Do(ctx); err != nil { // start the browser without a timeout
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// chromiumOptions are the flags of Debian's headless Chromium as these
// tests run it (as root too), on the profile directory profile.
func chromiumOptions(chromium, profile string, width int) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(width, 900),
	)
}

// open navigates to path and waits until every widget is mounted.
func (tb *tab) open(path string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(tb.base+path)); err != nil {
		tb.t.Fatalf("navigate %s: %v", path, err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`sociaaldomein.ready.then(() => true)`, chromedp.EvalAwaitPromise)); err != nil {
		tb.t.Fatalf("%s: the widget did not start: %v (console: %v)", path, err, tb.consoleErrors())
	}
}

// eval runs a JS expression with the helper sd(i) (the i-th widget's shadow
// root) and decodes its result.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	const helpers = `const sd = (i = 0) => document.querySelectorAll('[data-sociaaldomein]')[i].shadowRoot;
const txt = (i, sel) => { const e = sd(i).querySelector(sel); return e ? e.textContent : null; };
`
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T]("(() => { "+helpers+"return ("+expr+"); })()", chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("eval %s: %v", expr, err)
	}
	return v
}

// click clicks, with a real mouse event, the element sel in widget i.
func (tb *tab) click(i int, sel string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	path := fmt.Sprintf(`document.querySelectorAll('[data-sociaaldomein]')[%d].shadowRoot.querySelector(%q)`, i, sel)
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(unfoldJS, path)), chromedp.Click(chromedp.JSPath(path))); err != nil {
		tb.t.Fatalf("click %s in widget %d: %v", sel, i, err)
	}
}

// unfoldJS opens the folded <details> around the element %s (not the one
// whose summary it is), as a resident opens "verder rekenen" before using
// a control in it, and scrolls it to the middle of the window and, where
// the sticky answer covers it there, clear of the answer — as a resident
// scrolls until they see what they want to click.
const unfoldJS = `(() => { const e = %s; if (!e) return;
	for (let d = (e.tagName === 'SUMMARY' ? e.parentElement.parentElement : e.parentElement)?.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
	e.scrollIntoView({block: 'center'});
	const a = e.getRootNode().querySelector('#sd-answer');
	if (a && !a.contains(e)) {
		const ar = a.getBoundingClientRect(), r = e.getBoundingClientRect();
		if (r.bottom > ar.top && r.top < ar.bottom) scrollBy(0, ar.bottom >= innerHeight - 1 ? r.bottom - ar.top + 8 : r.top - ar.bottom - 8);
	} })()`

func (tb *tab) consoleErrors() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return slices.Clone(tb.console)
}

// checkClean fails on console errors, CSP violations and requests to
// anything but the demo's own assets.
func (tb *tab) checkClean() {
	tb.t.Helper()
	if errs := tb.consoleErrors(); len(errs) > 0 {
		tb.t.Errorf("console errors: %q", errs)
	}
	if v := eval[[]string](tb, `window.__csp`); len(v) > 0 {
		tb.t.Errorf("CSP violations: %q", v)
	}
	allowed := []string{"/", "/index.html", "/vergelijken.html", "/demo.css", "/favicon.svg", "/sociaaldomein/embed.js", "/sociaaldomein/widget.css", "/sociaaldomein/wasm_exec.js", "/sociaaldomein/sociaaldomein.wasm"}
	tb.mu.Lock()
	reqs := slices.Clone(tb.requests)
	tb.mu.Unlock()
	if len(reqs) == 0 {
		tb.t.Errorf("no requests recorded")
	}
	for _, r := range reqs {
		p, ok := strings.CutPrefix(r, tb.base)
		if i := strings.IndexAny(p, "?#"); i >= 0 {
			p = p[:i]
		}
		if !ok || !slices.Contains(allowed, p) {
			tb.t.Errorf("unexpected request %s", r)
		}
	}
}

func TestBrowserWidget(t *testing.T) {
	tb := newTab(t, 1280)
	tb.open("/")
	if got := eval[string](tb, `txt(0, 'h2')`); got != "Rekenhulp sociaal domein" {
		t.Errorf("title = %q", got)
	}
	if n := eval[int](tb, `document.querySelectorAll('[data-sociaaldomein]').length`); n != 1 {
		t.Errorf("%d widgets on the demo page", n)
	}
	summary := func() string { return eval[string](tb, `txt(0, '#sd-answer-keuze')`) }
	if got, want := summary(), "Keuze A kost €\u00a0550.000 extra per jaar"; got != want {
		t.Errorf("initial summary = %q, want %q", got, want)
	}
	for _, k := range []struct{ id, want string }{
		{"B", "Keuze B kost €\u00a0550.000 extra per jaar"},
		{"C", "Keuze C kost €\u00a0500.000 extra per jaar, plus kosten die nog niet bekend zijn (pm)"},
		{"D", "Keuze D kost €\u00a0500.000 extra per jaar, plus kosten die nog niet bekend zijn (pm)"},
		{"A", "Keuze A kost €\u00a0550.000 extra per jaar"},
	} {
		tb.click(0, `label[for="sd-keuze-`+k.id+`"]`)
		if got := summary(); !strings.HasPrefix(got, k.want) {
			t.Errorf("after choosing %s: summary %q, want prefix %q", k.id, got, k.want)
		}
		if !eval[bool](tb, `sd(0).querySelector('#sd-keuze-`+k.id+`').checked`) {
			t.Errorf("radio %s not checked after clicking it", k.id)
		}
		if got := eval[string](tb, `txt(0, '#sd-detail-title')`); !strings.HasPrefix(got, "Meer over keuze "+k.id+":") {
			t.Errorf("detail title %q after choosing %s", got, k.id)
		}
	}
	// Keyboard: arrow keys move within the radio group.
	tb.click(0, `#sd-keuze-A`)
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.ArrowRight)); err != nil {
		t.Fatal(err)
	}
	if got := summary(); !strings.HasPrefix(got, "Keuze B kost") {
		t.Errorf("after ArrowRight from A: %q", got)
	}
	tb.click(0, `#sd-keuze-A`)
	tb.click(0, `.sd-lang`)
	if got := summary(); !strings.HasPrefix(got, "Option A costs €550,000 extra a year") {
		t.Errorf("English summary = %q", got)
	}
	if got := eval[string](tb, `sd(0).querySelector('.sd').getAttribute('lang')`); got != "en" {
		t.Errorf("lang after switching = %q", got)
	}
	// Styles are isolated: the host page's h2 colour does not reach in.
	if got := eval[string](tb, `getComputedStyle(sd(0).querySelector('h2')).color`); got != "rgb(0, 86, 107)" {
		t.Errorf("widget h2 colour = %s, want the widget's own rgb(0, 86, 107)", got)
	}
	if got := eval[string](tb, `getComputedStyle(document.querySelector('main h2')).color`); got == "rgb(0, 86, 107)" {
		t.Errorf("the widget's style leaked into the host page")
	}
	// The JS API evaluates in the page, with the library itself: the same
	// JSON as scenario.Evaluate natively.
	in := `{"keuze": "B", "model": {"theta": "0.25"}}`
	got := eval[string](tb, `sociaaldomein.evaluate('`+in+`')`)
	parsed, err := scenario.ParseInput([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	outcome, err := scenario.Evaluate(parsed)
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := json.Marshal(outcome); got != string(want) {
		t.Errorf("sociaaldomein.evaluate(%s) in the browser differs from scenario.Evaluate:\n got %.300s\nwant %.300s", in, got, want)
	}
	// A bad input gives the service's problem (RFC 9457), listing every
	// invalid field.
	var resp problem.Details
	if err := json.Unmarshal([]byte(eval[string](tb, `sociaaldomein.evaluate('{"keuze": "Z", "model": {"theta": "2"}}')`)), &resp); err != nil ||
		resp.Status != 400 || resp.Code != "invalid_input" || resp.Type != problem.TypeInvalidInput || len(resp.InvalidParams) != 2 ||
		resp.InvalidParams[0].Name != "keuze" || resp.InvalidParams[1].Name != "model.theta" {
		t.Errorf("evaluate with a bad keuze and θ: %+v, %v", resp, err)
	}
	tb.checkClean()
}

// TestBrowserResultsMatchEvaluate switches measures and moves the overlap
// slider, and checks the results shown equal scenario.Evaluate natively.
func TestBrowserResultsMatchEvaluate(t *testing.T) {
	tb := newTab(t, 1280)
	tb.open("/")
	c := view.NewCatalogue()
	init := view.Initial(view.Config{}, c)
	state := init
	check := func(step string) {
		t.Helper()
		checkEqualsEvaluate(t, tb, step, c, state)
		// And the browser shows what the native view renders, cell by cell.
		want := view.Render(state, c, view.Env{})
		for _, id := range []string{"sd-results-table", "sd-apart-table"} {
			rows := tb.shownTable(0, id)
			tab, _ := want.ByID(id)
			wantRows := tab.FindAll(func(n view.Node) bool { _, ok := n.Attr("data-year"); return ok })
			if len(rows) != len(wantRows) {
				t.Errorf("%s: #%s has %d rows, the native view %d", step, id, len(rows), len(wantRows))
				continue
			}
			for i, r := range wantRows {
				for j, cell := range r.Children {
					if rows[i][j] != cell.TextContent() {
						t.Errorf("%s: #%s year %s column %d shows %q, the native view %q", step, id, rows[i][0], j, rows[i][j], cell.TextContent())
					}
				}
			}
		}
	}
	check("initial")
	for i, pct := range []string{"0", "35", "100"} {
		eval[bool](tb, `(() => { const r = sd(0).querySelector('#sd-overlap'); r.value = '`+pct+`'; r.dispatchEvent(new Event('input', {bubbles: true})); return true; })()`)
		state = view.Update(state, view.Msg{Kind: view.MsgSetOverlap, Value: pct}, c, init)
		check("overlap " + pct)
		m := c.Measures[i*4]
		tb.click(0, `label[for="sd-m-`+fmt.Sprint(i*4+1)+`"]`)
		state = view.Update(state, view.Msg{Kind: view.MsgToggleMeasure, Arg: m.ID, Value: "false"}, c, init)
		check("without " + m.ID)
	}
	tb.click(0, `label[for="sd-keuze-D"]`)
	state = view.Update(state, view.Msg{Kind: view.MsgSelectKeuze, Arg: "D"}, c, init)
	check("keuze D")
	// The share link restores the exact state in a fresh page.
	link := eval[string](tb, `sd(0).querySelector('#sd-share-url').value`)
	if err := chromedp.Do(tb.ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	tb.open(strings.TrimPrefix(link, tb.base))
	check("after opening the share link")
	tb.checkClean()
}

func TestBrowserTwoWidgets(t *testing.T) {
	tb := newTab(t, 1280)
	tb.open("/vergelijken.html")
	if n := eval[int](tb, `document.querySelectorAll('[data-sociaaldomein]').length`); n != 2 {
		t.Fatalf("%d widgets, want 2", n)
	}
	left := func() string { return eval[string](tb, `txt(0, '#sd-answer-keuze')`) }
	right := func() string { return eval[string](tb, `txt(1, '#sd-answer-keuze')`) }
	if !strings.HasPrefix(left(), "Keuze A kost") || !strings.HasPrefix(right(), "Option C costs") {
		t.Fatalf("initial: left %q, right %q", left(), right())
	}
	tb.click(0, `label[for="sd-keuze-B"]`)
	if !strings.HasPrefix(left(), "Keuze B kost") || !strings.HasPrefix(right(), "Option C costs") {
		t.Errorf("after clicking B left: left %q, right %q", left(), right())
	}
	tb.click(1, `label[for="sd-keuze-D"]`)
	tb.click(1, `.sd-lang`)
	if !strings.HasPrefix(left(), "Keuze B kost") || !strings.HasPrefix(right(), "Keuze D kost") {
		t.Errorf("after D and Dutch on the right: left %q, right %q", left(), right())
	}
	// Each share link names its own widget.
	// (The address holds both widgets' states now; a link keeps the other's.)
	if got := eval[string](tb, `sd(1).querySelector('#sd-share-url').value`); !strings.Contains(got, "sd.rechts=1;k:D;l:nl") || !strings.Contains(got, "sd.links=1;k:B;") {
		t.Errorf("right share link = %q", got)
	}
	// Unmount releases one widget; the other keeps working; mount again works.
	eval[bool](tb, `(sociaaldomein.unmount(document.querySelectorAll('[data-sociaaldomein]')[1]), true)`)
	if n := eval[int](tb, `sd(1).childElementCount`); n != 0 {
		t.Errorf("after unmount the shadow root has %d children", n)
	}
	tb.click(0, `label[for="sd-keuze-C"]`)
	if !strings.HasPrefix(left(), "Keuze C kost") {
		t.Errorf("left after unmounting right: %q", left())
	}
	// Mounted again, it restores its state from the address bar, where
	// every change went (D, in Dutch), not its attributes' (C, English).
	eval[bool](tb, `(sociaaldomein.mount(document.querySelectorAll('[data-sociaaldomein]')[1]), true)`)
	if !strings.HasPrefix(right(), "Keuze D kost") {
		t.Errorf("right after mounting again: %q, want the state in the address", right())
	}
	tb.checkClean()
}

func TestBrowserShareLink(t *testing.T) {
	tb := newTab(t, 1280)
	tb.open("/#sd=1;k:D;l:en;m:;o:0.5")
	if got := eval[string](tb, `txt(0, '#sd-answer-keuze')`); !strings.HasPrefix(got, "Option D costs") {
		t.Errorf("from share link: %q", got)
	}
	if got := eval[string](tb, `sd(0).querySelector('#sd-share-url').value`); !strings.HasSuffix(got, "/#sd=1;k:D;l:en;m:;o:0.5;p:50;d:p;r:d;i:pm;e:pm;g:n") {
		t.Errorf("share link = %q", got)
	}
	if eval[bool](tb, `!!sd(0).querySelector('#sd-notice')`) {
		t.Errorf("notice shown for a good link")
	}
	// A malformed link: default state and a visible notice, shown literally.
	tb.open("/?x#sd=1;k:<img src=x onerror=alert(1)>")
	if !strings.HasPrefix(eval[string](tb, `txt(0, '#sd-answer-keuze')`), "Keuze A kost") {
		t.Errorf("malformed link did not give the default state")
	}
	notice := eval[string](tb, `txt(0, '#sd-notice')`)
	if !strings.Contains(notice, "kon niet worden gelezen") || !strings.Contains(notice, `"<img src=x onerror=`) {
		t.Errorf("notice = %q", notice)
	}
	if n := eval[int](tb, `sd(0).querySelectorAll('img').length`); n != 0 {
		t.Errorf("%d img elements injected", n)
	}
	tb.click(0, `#sd-notice button`)
	if eval[bool](tb, `!!sd(0).querySelector('#sd-notice')`) {
		t.Errorf("notice not dismissed")
	}
	// The host page's own anchor is not a share link: no notice.
	tb.open("/?y#inhoud")
	if eval[bool](tb, `!!sd(0).querySelector('#sd-notice')`) {
		t.Errorf("notice for the host page's #inhoud")
	}
	// Following a share link on the same page.
	eval[bool](tb, `(location.hash = 'sd=1;k:B;l:nl;m:;o:0.5', true)`)
	if err := chromedp.Do(tb.ctx, chromedp.Sleep(200*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](tb, `txt(0, '#sd-answer-keuze')`); !strings.HasPrefix(got, "Keuze B kost") {
		t.Errorf("after hashchange: %q", got)
	}
	tb.checkClean()
}

// TestBrowserAccessibility runs axe-core for WCAG 2.1 A and AA on the demo
// pages at desktop and phone widths, and saves screenshots.
func TestBrowserAccessibility(t *testing.T) {
	axe, err := axeScript()
	need(t, "axe-core", err)
	shots := os.Getenv("SCREENSHOT_DIR")
	if shots == "" {
		shots = os.TempDir()
	}
	for _, width := range quickCases(t, []int{1280, 320}, 1) {
		tb := newTab(t, width)
		for _, pg := range []string{"/", "/vergelijken.html", "/?n#sd=1;k:Q", "/#sd=1;k:C;l:en;m:;o:0.5", "/#sd=1;k:D;i:150000;g:c;unfold"} {
			tb.open(strings.TrimSuffix(pg, ";unfold"))
			if strings.HasSuffix(pg, ";unfold") { // every fold open: the controls and sources too
				eval[bool](tb, `(document.querySelectorAll('[data-sociaaldomein]').forEach(w => w.shadowRoot.querySelectorAll('details').forEach(d => d.open = true)), true)`)
			}
			if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[chromedp.Void](axe)); err != nil {
				t.Fatalf("injecting axe: %v", err)
			}
			res := eval[string](tb, `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(r => JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))`)
			var violations []struct {
				ID, Impact, Help string
				Nodes            []string
			}
			if err := json.Unmarshal([]byte(res), &violations); err != nil {
				t.Fatal(err)
			}
			for _, v := range violations {
				t.Errorf("%s at %dpx: axe %s (%s): %s\n\t%s", pg, width, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
			}
			// Nothing overflows horizontally at 360 px (WCAG 1.4.10 reflow).
			if w := eval[int](tb, `document.documentElement.scrollWidth`); w > width {
				t.Errorf("%s at %dpx: page is %dpx wide", pg, width, w)
			}
			name := map[string]string{"/": "demo", "/vergelijken.html": "vergelijken", "/?n#sd=1;k:Q": "notice", "/#sd=1;k:C;l:en;m:;o:0.5": "english", "/#sd=1;k:D;i:150000;g:c;unfold": "unfolded"}[pg]
			buf, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(shots, fmt.Sprintf("sociaaldomein-%s-%d.png", name, width))
			if err := os.WriteFile(file, buf, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("screenshot %s", file)
		}
		tb.checkClean()
	}
}

// TestBrowserAssetsCompressed checks the browser receives the wasm gzip-
// compressed with the wasm content type.
func TestBrowserAssetsCompressed(t *testing.T) {
	base := startServer(t)
	req, _ := http.NewRequest("GET", base+"/sociaaldomein/sociaaldomein.wasm", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	gz, _ := io.ReadAll(resp.Body)
	zr, err := gzip.NewReader(strings.NewReader(string(gz)))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(zr)
	if resp.Header.Get("Content-Type") != "application/wasm" || resp.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("headers: %v", resp.Header)
	}
	t.Logf("wasm: %d bytes raw (%.0f KiB), %d bytes gzip (%.0f KiB)", len(raw), float64(len(raw))/1024, len(gz), float64(len(gz))/1024)
}

// BenchmarkBrowserInput measures, in the page, the time from dispatching an
// input event (moving the overlap slider) to the updated results being in
// the DOM: Update, scenario.Evaluate, Render and the DOM patch.
// The Go handler runs synchronously inside dispatchEvent, so the time
// measured is the whole update. Reported as ms/input; the benchmark's own
// ns/op also holds the DevTools round trip.
func BenchmarkBrowserInput(b *testing.B) {
	tb := newTab(b, 1280)
	tb.open("/")
	var total float64
	n := 0
	for b.Loop() {
		pct := fmt.Sprint(5 * (n % 21))
		ms := eval[float64](tb, `(() => { const r = sd(0).querySelector('#sd-overlap'); r.value = '`+pct+`'; const t0 = performance.now(); r.dispatchEvent(new Event('input', {bubbles: true})); const ok = sd(0).querySelector('#sd-overlap-value').textContent === '`+pct+` %'; const t1 = performance.now(); if (!ok) throw new Error('not updated'); return t1 - t0; })()`)
		total += ms
		n++
	}
	b.ReportMetric(total/float64(n), "ms/input")
}

// BenchmarkBrowserFirstResult measures the time from navigation start to
// the widget's first render (the performance mark "sociaaldomein-ready").
func BenchmarkBrowserFirstResult(b *testing.B) {
	tb := newTab(b, 1280)
	var total float64
	n := 0
	for b.Loop() {
		tb.open(fmt.Sprintf("/?run=%d", n))
		total += eval[float64](tb, `performance.getEntriesByName('sociaaldomein-ready')[0].startTime`)
		n++
	}
	b.ReportMetric(total/float64(n), "ms/first-result")
}
