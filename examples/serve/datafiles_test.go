package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/view"
	"github.com/hilversum/sociaaldomein/scenario"
)

// correctedDocument is how the widget cites the document correctedCatalog
// declares.
const correctedDocument = "Beleidskader Wmo-Samenleving 2024-2030 (RV24-031, 2024)"

// serveTest starts h on 127.0.0.1:0 and returns its base URL.
func serveTest(t *testing.T, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}

// correctedCatalog returns the embedded keuzeopties with the first cost line
// of keuze A raised by € 30.000 a year and its printed total to match, and
// with its tables taken from another document (correctedDocument), which
// the file declares.
func correctedCatalog(t *testing.T) string {
	t.Helper()
	var b bytes.Buffer
	if err := scenario.SaveCatalog(&b, scenario.DefaultCatalog()); err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(b.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	a := v["options"].([]any)[0].(map[string]any)
	if a["id"] != "A" {
		t.Fatalf("first option %v", a["id"])
	}
	years := a["lines"].([]any)[0].(map[string]any)["amounts"].(map[string]any)["years"].(map[string]any)
	total := a["printed_total"].(map[string]any)["years"].(map[string]any)
	for y := range years {
		if years[y] != "100000" || total[y] != "550000" {
			t.Fatalf("keuze A %s: line %v, total %v", y, years[y], total[y])
		}
		years[y], total[y] = "130000", "580000"
	}
	v["documents"] = append(v["documents"].([]any), map[string]any{
		"id": "beleidskader-2024", "title": "Beleidskader Wmo-Samenleving 2024-2030", "publisher": "Gemeente Hilversum",
		"year": 2024, "reference": "RV24-031",
	})
	v["document"] = "beleidskader-2024"
	out, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestBrowserDataAttributes mounts widgets whose data files are named by
// data-keuzeopties / data-actieprogramma on a page with the strict CSP: a
// corrected file is used and the results equal scenario.EvaluateWith for
// it; a broken file, a file on another origin and a missing file each give
// a visible notice naming it, and the built-in data. No request goes to the
// other origin, no console error, no CSP violation.
func TestBrowserDataAttributes(t *testing.T) {
	var otherHits atomic.Int32
	other := serveTest(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		otherHits.Add(1)
		w.Header().Set("Access-Control-Allow-Origin", "*")
		_, _ = w.Write([]byte(correctedCatalog(t)))
	}))
	corrected := correctedCatalog(t)
	broken := strings.Replace(corrected, `"130000"`, `"veel geld"`, 1)
	if _, err := scenario.LoadCatalog(strings.NewReader(broken), "kapot.json"); err == nil {
		t.Fatal("the broken file loads")
	}
	page := fmt.Sprintf(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gegevensbestanden</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml"><script src="/sociaaldomein/embed.js" defer></script></head><body><main>
<div data-sociaaldomein="goed" data-keuzeopties="/data/keuzeopties.json"></div>
<div data-sociaaldomein="kapot" data-keuzeopties="/data/kapot.json"></div>
<div data-sociaaldomein="ander" data-keuzeopties="%s/keuzeopties.json"></div>
<div data-sociaaldomein="weg" data-actieprogramma="/data/ontbreekt.json"></div>
</main></body></html>`, other)
	a, err := builtAssets()
	if err != nil {
		t.Fatal(err)
	}
	demo, err := NewHandler(a)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/", demo)
	mux.HandleFunc("/test/data.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", CSP)
		_, _ = w.Write([]byte(page))
	})
	for name, body := range map[string]string{"/data/keuzeopties.json": corrected, "/data/kapot.json": broken} {
		mux.HandleFunc(name, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(body))
		})
	}
	tb := newTab(t, 1280)
	tb.base = serveTest(t, mux)
	tb.open("/test/data.html")

	// (a) The corrected file: its amount shown, results as EvaluateWith.
	cat, err := scenario.LoadCatalog(strings.NewReader(corrected), "/data/keuzeopties.json")
	if err != nil {
		t.Fatal(err)
	}
	c := view.NewCatalogueFrom(view.DataFile{Name: "/data/keuzeopties.json", Text: corrected}, view.DataFile{})
	if len(c.Problems) > 0 {
		t.Fatalf("native problems: %q", c.Problems)
	}
	s := view.Initial(view.Config{}, c)
	data, err := scenario.NewData(cat, nil, budget.TaakstellingTarget(), budget.StartnotitieFacts())
	if err != nil {
		t.Fatal(err)
	}
	out, err := data.Evaluate(c.Input(s))
	if err != nil {
		t.Fatal(err)
	}
	builtin, err := scenario.Evaluate(c.Input(s))
	if err != nil {
		t.Fatal(err)
	}
	if out.Years[len(out.Years)-1].Keuze.Cost.Value.Equal(builtin.Years[len(builtin.Years)-1].Keuze.Cost.Value) {
		t.Fatal("the corrected file does not change the keuze's cost")
	}
	if got := eval[string](tb, `txt(0, '.sd-detail tbody td')`); got != "€\u00a0130.000" {
		t.Errorf("corrected line shows %q, want € 130.000", got)
	}
	if got := eval[string](tb, `txt(0, '#sd-answer-keuze')`); !strings.HasPrefix(got, "Keuze A kost €\u00a0580.000 extra per jaar") {
		t.Errorf("corrected summary %q", got)
	}
	checkTables(t, tb, 0, "corrected file", out, s.Lang)
	// Its sources cite the document it declares, by title, reference and
	// year; the built-in data cites the startnotitie. No widget shows a
	// file name.
	if got := eval[string](tb, `txt(0, '.sd-detail')`); !strings.Contains(got, correctedDocument) {
		t.Errorf("the corrected file's keuze does not cite %q: %q", correctedDocument, got)
	}
	if got := eval[string](tb, `txt(1, '.sd-detail')`); !strings.Contains(got, "Startnotitie beleidskader Wmo-Samenleving 2024-2030 (2023)") {
		t.Errorf("the built-in keuze does not cite the startnotitie by title and year: %q", got)
	}
	if n := eval[int](tb, `[0, 1, 2, 3].filter(i => /\.txt|000_|004_/.test(sd(i).textContent)).length`); n != 0 {
		t.Errorf("%d widgets show a file name", n)
	}
	if eval[bool](tb, `!!sd(0).querySelector('#sd-data-notice')`) {
		t.Errorf("notice for the corrected file: %q", eval[string](tb, `txt(0, '#sd-data-notice')`))
	}

	// (b)–(d): a notice naming the file, the built-in data.
	for i, want := range [][]string{
		1: {"/data/kapot.json", "options[0].lines[0].amounts.years.2024", "veel geld"},
		2: {other + "/keuzeopties.json", "not on this site"},
		3: {"/data/ontbreekt.json", "404"},
	} {
		if i == 0 {
			continue
		}
		notice := eval[string](tb, fmt.Sprintf(`txt(%d, '#sd-data-notice')`, i))
		if !strings.Contains(notice, "Een gegevensbestand van deze pagina kon niet worden gebruikt") {
			t.Errorf("widget %d: no Dutch notice, %q", i, notice)
		}
		for _, w := range want {
			if !strings.Contains(notice, w) {
				t.Errorf("widget %d: notice %q does not name %q", i, notice, w)
			}
		}
		if !eval[bool](tb, fmt.Sprintf(`sd(%d).querySelector('#sd-data-notice').checkVisibility()`, i)) {
			t.Errorf("widget %d: the notice is not visible", i)
		}
		checkTables(t, tb, i, fmt.Sprintf("widget %d", i), builtin, s.Lang)
	}

	// Nothing went to the other origin; only the same-site files were asked.
	if n := otherHits.Load(); n != 0 {
		t.Errorf("%d requests reached the other origin", n)
	}
	tb.mu.Lock()
	reqs := append([]string(nil), tb.requests...)
	tb.mu.Unlock()
	asked := map[string]bool{}
	for _, r := range reqs {
		if strings.HasPrefix(r, other) {
			t.Errorf("request to the other origin: %s", r)
		}
		asked[strings.TrimPrefix(r, tb.base)] = true
	}
	for _, p := range []string{"/data/keuzeopties.json", "/data/kapot.json", "/data/ontbreekt.json"} {
		if !asked[p] {
			t.Errorf("%s was not requested (requests %q)", p, reqs)
		}
	}
	// Chromium itself logs the 404 of the missing file (a network message,
	// not the page's); that one is expected, nothing else.
	var errs []string
	seen404 := false
	for _, e := range tb.consoleErrors() {
		if !seen404 && strings.Contains(e, "Failed to load resource: the server responded with a status of 404") {
			seen404 = true
			continue
		}
		errs = append(errs, e)
	}
	if len(errs) > 0 {
		t.Errorf("console errors: %q", errs)
	}
	if v := eval[[]string](tb, `window.__csp`); len(v) > 0 {
		t.Errorf("CSP violations: %q", v)
	}
}
