package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The browser suite has two sizes. The quick run — what `go test ./...`
// runs — starts every browser test once on one shared Chromium, with the
// first case of the many-case loops; it stays well inside the two minutes a
// developer waits for `go test ./...`. The full run (fullEnv=full, which
// .ci/run's browser step sets, with its own -timeout) adds the heavy parts:
// every viewport and width, and the hostile-input suite with its 2.000
// random interactions.
const fullEnv = "SOCIAALDOMEIN_BROWSER"

// fullSuite reports whether the heavy browser tests run.
func fullSuite() bool { return os.Getenv(fullEnv) == "full" }

// suiteNotes counts what this test binary left out, for the line TestMain
// prints at the end.
var suiteNotes struct {
	heavy   atomic.Int32 // tests or cases left to the full run
	missing sync.Map     // prerequisite → error text, skipped for it
}

// heavy skips t outside the full run.
func heavy(t *testing.T) {
	t.Helper()
	if !fullSuite() {
		suiteNotes.heavy.Add(1)
		t.Skipf("heavy browser test: %s=full runs it (.ci/run does)", fullEnv)
	}
}

// quickCases returns cs in the full run and its first n cases otherwise,
// saying so in the test's log.
func quickCases[T any](t *testing.T, cs []T, n int) []T {
	t.Helper()
	if fullSuite() || len(cs) <= n {
		return cs
	}
	suiteNotes.heavy.Add(int32(len(cs) - n))
	t.Logf("quick run: %d of %d cases; %s=full runs them all", n, len(cs), fullEnv)
	return cs[:n]
}

// browserState is the one headless Chromium the tests of this binary share
// (each test gets its own browser context: its own storage, cookies and
// history, as a fresh profile would).
type browserState struct {
	ctx     context.Context // the browser's first tab; parent of every test's tab
	cancel  func()
	profile string
}

// browserStarted is set when a test asked for the shared browser, so that
// TestMain closes it only then (and a run that needs none, such as
// go test -list, starts none).
var browserStarted atomic.Bool

// sharedBrowser starts the shared Chromium on the first call. Its error is
// kept for every later test: a browser that did not start once is not
// tried again.
var sharedBrowser = sync.OnceValues(func() (*browserState, error) {
	browserStarted.Store(true)
	chromium, err := chromiumPath()
	if err != nil {
		return nil, errMissingChromium{err}
	}
	profile, err := os.MkdirTemp("", "sociaaldomein-chromium-")
	if err != nil {
		return nil, err
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromiumOptions(chromium, profile, 1280)...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	s := &browserState{ctx: ctx, profile: profile, cancel: func() {
		cancelCtx()
		cancelAlloc()
		removeProfile(profile)
	}}
	if err := chromedp.Do(ctx); err != nil { // start the browser without a timeout
		s.cancel()
		return nil, fmt.Errorf("starting chromium: %w", err)
	}
	return s, nil
})

// errMissingChromium is sharedBrowser's error when there is no Chromium to
// start (as opposed to one that failed to start).
type errMissingChromium struct{ err error }

func (e errMissingChromium) Error() string { return e.err.Error() }

// sharedTab opens a tab in a new browser context of the shared Chromium,
// closed when t ends. It skips, or with CI=true fails, without Chromium,
// and fails when Chromium is there but did not start.
func sharedTab(t testing.TB) context.Context {
	t.Helper()
	s, err := sharedBrowser()
	if _, missing := err.(errMissingChromium); missing {
		need(t, "chromium", err)
	} else if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := chromedp.NewContext(s.ctx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("new browser context: %v", err)
	}
	return ctx
}

// removeProfile removes a Chromium profile directory; Chromium's children
// may still write to it for a moment after the browser is closed.
func removeProfile(dir string) {
	for range 50 {
		if os.RemoveAll(dir) == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if browserStarted.Load() {
		if s, err := sharedBrowser(); err == nil {
			s.cancel()
		}
	}
	if line := suiteLine(); line != "" {
		tellDeveloper(line)
	}
	os.Exit(code)
}

// suiteLine is the one line that says what the browser suite did not run,
// or "" when it ran everything.
func suiteLine() string {
	var parts []string
	suiteNotes.missing.Range(func(k, v any) bool {
		parts = append(parts, fmt.Sprintf("tests needing %s SKIPPED (%s missing: %v; set CI=true to make this a failure)", k, k, v))
		return true
	})
	if n := suiteNotes.heavy.Load(); n > 0 {
		parts = append(parts, fmt.Sprintf("%d heavy browser tests or cases left to the full run (%s=full go test -timeout 2400s ./examples/serve)", n, fullEnv))
	}
	if len(parts) == 0 {
		return ""
	}
	return "examples/serve: " + strings.Join(parts, "; ")
}

// tellDeveloper prints line where a developer sees it. `go test ./...`
// shows a passing package's output only under -v, so the line also goes to
// the terminal (/dev/tty) when there is one; on a machine without one (CI)
// it is in the test output (-v, or the log of a failure).
func tellDeveloper(line string) {
	fmt.Println(line)
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		fmt.Fprintln(tty, line)
		tty.Close()
	}
}
