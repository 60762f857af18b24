package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The cold-load benchmarks measure what a resident waits for on a first
// visit: from navigation start to the first frame in which the widget shows
// its result (resultSelector holds text), in a fresh browser context
// (its own empty HTTP cache, wasm code cache and storage) with the cache
// disabled, so every asset, the wasm too, comes over the network and is
// compiled anew. One Chromium process serves all iterations; each iteration
// gets a new browser context and tab and closes them.
//
// Sub-benchmarks: plain localhost, and under DevTools emulation of a
// mid-range phone. Each iteration loads the page twice, in alternating
// order: with the wasm (and every asset) sent with brotli and with gzip (two
// servers; each sees only its coding in Accept-Encoding). Reported per
// coding: ms from navigation start to the first result, to the wasm's last
// byte, to the wasm compiled and instantiated (the Go program starts then),
// and the wasm's transferred KiB; ns/op holds both loads and the
// DevTools round trips. Run:
//
//	go test -timeout 1200s -run '^$' -bench ColdFirstResult -benchtime 5x -count 3 ./examples/serve
//
// They skip without Chromium (fail with CI=true, like the browser tests) and,
// being benchmarks, never run without -bench.

// phone is the emulated mid-range phone: 4× CPU slowdown, 9 Mbit/s down,
// 1,5 Mbit/s up, 150 ms latency per request.
var phone = struct {
	cpu            float64
	latencyMS      float64
	downBps, upBps float64 // bytes per second
}{cpu: 4, latencyMS: 150, downBps: 9e6 / 8, upBps: 1.5e6 / 8}

// resultSelector finds the widget's first answer: the compact answer of the
// resident-first layout, or the results summary of the layout before it.
const resultSelector = "#sd-answer-keuze, #sd-results-summary"

// firstResultScript, installed before any page script, resolves
// window.__sdFirstResult with performance.now() (ms since navigation start)
// in the first animation frame where the first widget's result summary has
// text, and records in window.__sdInstantiated when
// WebAssembly.instantiateStreaming resolved (the wasm compiled and
// instantiated; the Go program not yet started).
const firstResultScript = `(() => {
  const streaming = WebAssembly.instantiateStreaming;
  if (streaming) {
    WebAssembly.instantiateStreaming = function (...args) {
      return streaming.apply(this, args).then(r => { window.__sdInstantiated = performance.now(); return r; });
    };
  }
})();
window.__sdFirstResult = new Promise(resolve => {
  const tick = () => {
    const host = document.querySelector('[data-sociaaldomein]');
    const s = host && host.shadowRoot && host.shadowRoot.querySelector('` + resultSelector + `');
    if (s && s.textContent.trim() !== '') { resolve(performance.now()); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});`

// onlyCoding serves h as if every request's Accept-Encoding were coding,
// and records the Content-Encoding the wasm was sent with.
type onlyCoding struct {
	h      http.Handler
	coding string

	mu       sync.Mutex
	wasmSent []string
}

func (o *onlyCoding) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	r.Header.Set("Accept-Encoding", o.coding)
	o.h.ServeHTTP(w, r)
	if strings.HasSuffix(r.URL.Path, ".wasm") {
		o.mu.Lock()
		o.wasmSent = append(o.wasmSent, w.Header().Get("Content-Encoding"))
		o.mu.Unlock()
	}
}

func BenchmarkColdFirstResult(b *testing.B) {
	browser := startChromium(b, 1280, "sociaaldomein-cold-")
	a, err := builtAssets()
	if err != nil {
		b.Fatal(err)
	}
	h, err := NewHandler(a) // compresses once, before any timing
	if err != nil {
		b.Fatal(err)
	}
	codings := []string{"br", "gzip"}
	for _, emulated := range []bool{false, true} {
		name := "localhost"
		if emulated {
			name = "phone"
		}
		b.Run(name, func(b *testing.B) {
			srvs := map[string]*onlyCoding{}
			urls := map[string]string{}
			for _, c := range codings {
				srvs[c] = &onlyCoding{h: h, coding: c}
				ts := httptest.NewServer(srvs[c])
				defer ts.Close()
				urls[c] = ts.URL + "/"
			}
			// One untimed load first: the browser process's own start-up
			// (its first renderer, its network service) is not the page's.
			coldLoad(b, browser, urls["br"], emulated)
			sum := map[string]*coldTimes{"br": {}, "gzip": {}}
			n := 0
			for b.Loop() {
				// Both codings in every iteration, in alternating order, so
				// that both meet the same load on a shared machine.
				order := codings
				if n%2 == 1 {
					order = []string{codings[1], codings[0]}
				}
				for _, c := range order {
					t := coldLoad(b, browser, urls[c], emulated)
					sum[c].firstResult += t.firstResult
					sum[c].wasmReceived += t.wasmReceived
					sum[c].instantiated += t.instantiated
					sum[c].wasmKiB = t.wasmKiB
				}
				n++
			}
			for c, srv := range srvs {
				srv.mu.Lock()
				want := n
				if c == "br" {
					want++ // the warm-up
				}
				if len(srv.wasmSent) != want {
					b.Errorf("%s: the wasm was requested %d times in %d loads", c, len(srv.wasmSent), want)
				}
				for _, sent := range srv.wasmSent {
					if sent != c {
						b.Errorf("the wasm was sent with %q, want %q", sent, c)
					}
				}
				srv.mu.Unlock()
			}
			for _, c := range codings {
				b.ReportMetric(sum[c].firstResult/float64(n), c+"-ms/first-result")
				b.ReportMetric(sum[c].wasmReceived/float64(n), c+"-ms/wasm-received")
				b.ReportMetric(sum[c].instantiated/float64(n), c+"-ms/wasm-instantiated")
				b.ReportMetric(sum[c].wasmKiB, c+"-KiB/wasm")
			}
		})
	}
}

// emulateNetworkByRule is Network.emulateNetworkConditionsByRule as
// Debian's Chromium (148) has it: with "offline" at the top, which it
// requires and cdproto v0.159 (a newer protocol) no longer sends.
// (Network.emulateNetworkConditions, deprecated, is gone from cdproto.)
var emulateNetworkByRule = cdp.Command[emulateNetworkByRuleParams, network.EmulateNetworkConditionsByRuleResult]{Method: network.CommandEmulateNetworkConditionsByRule}

type emulateNetworkByRuleParams struct {
	Offline    bool                `json:"offline"`
	Conditions []networkConditions `json:"matchedNetworkConditions"`
}

type networkConditions struct {
	URLPattern         string                 `json:"urlPattern"` // "": every request
	Latency            float64                `json:"latency"`    // ms
	DownloadThroughput float64                `json:"downloadThroughput"`
	UploadThroughput   float64                `json:"uploadThroughput"`
	ConnectionType     network.ConnectionType `json:"connectionType,omitempty"`
}

// coldTimes are one cold load's measurements, in ms since navigation start.
type coldTimes struct {
	firstResult  float64 // the first frame showing the result
	wasmReceived float64 // the wasm's last byte received (its responseEnd)
	instantiated float64 // the wasm compiled and instantiated
	wasmKiB      float64 // the wasm's body as transferred (encodedBodySize)
}

// coldLoad opens url in a new browser context of browser, with the cache
// disabled (and the phone emulated), and measures the load.
func coldLoad(b *testing.B, browser context.Context, url string, emulated bool) coldTimes {
	b.Helper()
	tabCtx, closeTab := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	defer closeTab()
	ctx, cancel := context.WithTimeout(tabCtx, 120*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil { // create the context and tab
		b.Fatalf("new browser context: %v", err)
	}
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		b.Fatal(err)
	}
	if emulated {
		if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: phone.cpu}); err != nil {
			b.Fatalf("Emulation.setCPUThrottlingRate: %v", err)
		}
		// The rule without a URL pattern applies to every request.
		if _, err := chromedp.Call(ctx, emulateNetworkByRule, emulateNetworkByRuleParams{
			Conditions: []networkConditions{{
				Latency:            phone.latencyMS,
				DownloadThroughput: phone.downBps,
				UploadThroughput:   phone.upBps,
				ConnectionType:     network.ConnectionTypeCellular4g,
			}},
		}); err != nil {
			b.Fatalf("Network.emulateNetworkConditionsByRule: %v", err)
		}
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: firstResultScript}); err != nil {
		b.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		b.Fatalf("navigate %s: %v", url, err)
	}
	ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.__sdFirstResult`, chromedp.EvalAwaitPromise))
	if err != nil {
		b.Fatalf("waiting for the first result (%s with text): %v", resultSelector, err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => {
  const e = performance.getEntriesByType('resource').find(e => e.name.endsWith('/sociaaldomein.wasm'));
  const s = document.querySelector('[data-sociaaldomein]').shadowRoot.querySelector('`+resultSelector+`').textContent;
  return e ? [e.encodedBodySize, e.decodedBodySize, s.length, e.responseEnd, window.__sdInstantiated || 0] : [0, 0, s.length, 0, 0];
})()`))
	if err != nil {
		b.Fatal(err)
	}
	if got[0] == 0 || got[0] >= got[1] || got[2] == 0 || got[4] == 0 {
		b.Fatalf("the wasm's resource timing (encoded, decoded bytes) and summary length: %v", got)
	}
	return coldTimes{firstResult: ms, wasmReceived: got[3], instantiated: got[4], wasmKiB: got[0] / 1024}
}
