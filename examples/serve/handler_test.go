package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// fakeAssets stand in for a built wasm: the handler does not look inside.
func fakeAssets() Assets {
	return Assets{
		Wasm:     append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("wasm body "), 1000)...),
		WasmExec: []byte(strings.Repeat("// wasm_exec.js\n", 100)),
	}
}

func TestNewHandlerNeedsAssets(t *testing.T) {
	if _, err := NewHandler(Assets{}); err == nil {
		t.Fatal("NewHandler without assets: no error")
	}
}

func TestHandler(t *testing.T) {
	h, err := NewHandler(fakeAssets())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	tests := []struct {
		path, contentType string
		csp               bool
	}{
		{"/", "text/html; charset=utf-8", true},
		{"/vergelijken.html", "text/html; charset=utf-8", true},
		{"/demo.css", "text/css; charset=utf-8", false},
		{"/sociaaldomein/embed.js", "text/javascript; charset=utf-8", false},
		{"/sociaaldomein/widget.css", "text/css; charset=utf-8", false},
		{"/sociaaldomein/wasm_exec.js", "text/javascript; charset=utf-8", false},
		{"/sociaaldomein/sociaaldomein.wasm", "application/wasm", false},
	}
	for _, tt := range tests {
		for _, coding := range []string{"", "gzip", "br"} {
			req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
			req.Header.Set("Accept-Encoding", coding)
			if coding == "" {
				req.Header.Set("Accept-Encoding", "identity")
			}
			resp, err := http.DefaultTransport.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Errorf("%s: status %d", tt.path, resp.StatusCode)
				continue
			}
			if got := resp.Header.Get("Content-Type"); got != tt.contentType {
				t.Errorf("%s: Content-Type %q, want %q", tt.path, got, tt.contentType)
			}
			if got := resp.Header.Get("Content-Security-Policy"); (got == CSP) != tt.csp {
				t.Errorf("%s: CSP %q (want it: %v)", tt.path, got, tt.csp)
			}
			if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("%s: no nosniff", tt.path)
			}
			if resp.Header.Get("Vary") != "Accept-Encoding" {
				t.Errorf("%s: no Vary: Accept-Encoding", tt.path)
			}
			// Every asset here is text or wasm: compression pays for each.
			enc := resp.Header.Get("Content-Encoding")
			if enc != coding {
				t.Errorf("%s: Accept-Encoding %q but Content-Encoding %q", tt.path, coding, enc)
			}
			body = decode(t, enc, body)
			if tt.path == "/sociaaldomein/sociaaldomein.wasm" && !bytes.Equal(body, fakeAssets().Wasm) {
				t.Errorf("wasm body differs (%q)", coding)
			}
		}
	}
}

func TestHandlerErrorsAndCaching(t *testing.T) {
	h, err := NewHandler(fakeAssets())
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/nope", nil))
	if rec.Code != 404 {
		t.Errorf("/nope: %d", rec.Code)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/", strings.NewReader("x")))
	if rec.Code != 405 || rec.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST /: %d %q", rec.Code, rec.Header().Get("Allow"))
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("HEAD", "/sociaaldomein/embed.js", nil))
	if rec.Code != 200 || rec.Body.Len() != 0 || rec.Header().Get("Content-Length") == "" {
		t.Errorf("HEAD: %d, body %d, length %q", rec.Code, rec.Body.Len(), rec.Header().Get("Content-Length"))
	}
	etag := rec.Header().Get("ETag")
	req := httptest.NewRequest("GET", "/sociaaldomein/embed.js", nil)
	req.Header.Set("If-None-Match", etag)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 304 {
		t.Errorf("If-None-Match %s: %d, want 304", etag, rec.Code)
	}
}

func TestNegotiate(t *testing.T) {
	for _, tt := range []struct {
		header string
		want   string // with both forms available
	}{
		{"", ""},
		{"identity", ""},
		{"gzip", "gzip"},
		{"GZIP", "gzip"},
		{"gzip, deflate", "gzip"},
		{"gzip, deflate, br", "br"},
		{"gzip, deflate, br, zstd", "br"}, // Chromium's, also on http://localhost
		{"br", "br"},
		{" Br ; Q=1 ", "br"},
		{"*", "br"},
		{"br;q=0, gzip", "gzip"},
		{"br;q=0.0, gzip;q=0.5", "gzip"},
		{"br;q=0.000, gzip;q=0", ""},
		{"gzip;q=0", ""},
		{"br;q=0", ""},
		{"*;q=0", ""},
		{"*;q=0, gzip", "gzip"},
		{"*, br;q=0", "gzip"},
		{"br;q=0.5, gzip;q=1", "gzip"},   // the client's preference
		{"br;q=0.8, gzip;q=0.8", "br"},   // a tie: the smaller
		{"identity;q=1, gzip;q=0.5", ""}, // identity preferred
		{"identity;q=0.5, gzip;q=0.5", "gzip"},
		{"gzip;q=bogus", "gzip"}, // a malformed weight counts as none
		{"gzip;q=2", "gzip"},
		{"deflate, zstd", ""},
		{",,gzip,,", "gzip"},
	} {
		if got := negotiate([]string{tt.header}, true, true); got != tt.want {
			t.Errorf("negotiate(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
	// Two field lines are one list.
	if got := negotiate([]string{"gzip", "br"}, true, true); got != "br" {
		t.Errorf("two field lines: %q", got)
	}
	if got := negotiate(nil, true, true); got != "" {
		t.Errorf("no header: %q", got)
	}
	// A form that does not exist (compression did not pay) is not offered.
	if got := negotiate([]string{"br, gzip"}, false, true); got != "gzip" {
		t.Errorf("without a brotli form: %q", got)
	}
	if got := negotiate([]string{"br, gzip"}, false, false); got != "" {
		t.Errorf("without compressed forms: %q", got)
	}
}

// TestHandlerEncodings fetches the wasm with every Accept-Encoding a client
// may send, by GET and HEAD: the coding chosen, Vary, Content-Length, the
// ETag per form, and the body, decoded, byte for byte the wasm.
func TestHandlerEncodings(t *testing.T) {
	a := fakeAssets()
	h, err := NewHandler(a)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	// A transport that neither adds "Accept-Encoding: gzip" nor decodes.
	plain := &http.Transport{DisableCompression: true}
	defer plain.CloseIdleConnections()
	etags := map[string]string{} // coding -> ETag
	for _, tt := range []struct {
		accept []string // nil: no header
		want   string
	}{
		{[]string{"gzip, deflate, br, zstd"}, "br"},
		{[]string{"br"}, "br"},
		{[]string{"gzip, deflate"}, "gzip"},
		{[]string{"br;q=0, gzip"}, "gzip"},
		{[]string{"gzip;q=0.5, br;q=0"}, "gzip"},
		{[]string{"identity"}, ""},
		{[]string{"br;q=0, gzip;q=0"}, ""},
		{[]string{"deflate"}, ""},
		{nil, ""},
	} {
		for _, method := range []string{"GET", "HEAD"} {
			name := fmt.Sprintf("%s %q", method, tt.accept)
			req, _ := http.NewRequest(method, srv.URL+"/sociaaldomein/sociaaldomein.wasm", nil)
			req.Header["Accept-Encoding"] = tt.accept
			resp, err := plain.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Fatalf("%s: status %d", name, resp.StatusCode)
			}
			if got := resp.Header.Get("Content-Encoding"); got != tt.want {
				t.Errorf("%s: Content-Encoding %q, want %q", name, got, tt.want)
			}
			if got := resp.Header.Values("Vary"); len(got) != 1 || got[0] != "Accept-Encoding" {
				t.Errorf("%s: Vary %q", name, got)
			}
			if got := resp.Header.Get("Content-Type"); got != "application/wasm" {
				t.Errorf("%s: Content-Type %q", name, got)
			}
			n, err := strconv.Atoi(resp.Header.Get("Content-Length"))
			if err != nil {
				t.Fatalf("%s: Content-Length %q", name, resp.Header.Get("Content-Length"))
			}
			etag := resp.Header.Get("ETag")
			if old, ok := etags[tt.want]; ok && old != etag {
				t.Errorf("%s: ETag %s, earlier %s for the same form", name, etag, old)
			}
			etags[tt.want] = etag
			if method == "HEAD" {
				if len(body) != 0 {
					t.Errorf("%s: a body of %d bytes", name, len(body))
				}
				continue
			}
			if n != len(body) {
				t.Errorf("%s: Content-Length %d, body %d bytes", name, n, len(body))
			}
			if got := decode(t, tt.want, body); !bytes.Equal(got, a.Wasm) {
				t.Errorf("%s: decoded body (%d bytes) differs from the wasm (%d bytes)", name, len(got), len(a.Wasm))
			}
		}
	}
	if len(etags) != 3 || etags[""] == etags["br"] || etags[""] == etags["gzip"] || etags["br"] == etags["gzip"] {
		t.Errorf("ETags of the three forms: %q", etags)
	}
	// A HEAD's Content-Length is that of the GET it stands for.
	for _, accept := range []string{"br", "gzip", "identity"} {
		var lengths [2]string
		for i, method := range []string{"GET", "HEAD"} {
			req := httptest.NewRequest(method, "/sociaaldomein/sociaaldomein.wasm", nil)
			req.Header.Set("Accept-Encoding", accept)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			lengths[i] = rec.Header().Get("Content-Length")
		}
		if lengths[0] != lengths[1] || lengths[0] == "" {
			t.Errorf("%s: Content-Length GET %q, HEAD %q", accept, lengths[0], lengths[1])
		}
	}
	// Revalidation is per form: the brotli ETag matches only the brotli form.
	for _, tt := range []struct {
		accept, etag string
		want         int
	}{
		{"br", etags["br"], 304},
		{"gzip", etags["br"], 200},
		{"gzip", etags["gzip"], 304},
		{"identity", etags[""], 304},
		{"br", etags[""], 200},
	} {
		req := httptest.NewRequest("GET", "/sociaaldomein/sociaaldomein.wasm", nil)
		req.Header.Set("Accept-Encoding", tt.accept)
		req.Header.Set("If-None-Match", tt.etag)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tt.want {
			t.Errorf("%s, If-None-Match %s: %d, want %d", tt.accept, tt.etag, rec.Code, tt.want)
		}
		if rec.Header().Get("Vary") != "Accept-Encoding" {
			t.Errorf("%s, If-None-Match %s: no Vary", tt.accept, tt.etag)
		}
	}
}

// decode undoes a Content-Encoding.
func decode(t *testing.T, coding string, body []byte) []byte {
	t.Helper()
	var r io.Reader
	switch coding {
	case "":
		return body
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	case "br":
		r = brotli.NewReader(bytes.NewReader(body))
	default:
		t.Fatalf("coding %q", coding)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decoding %s: %v", coding, err)
	}
	return out
}

// TestHandlerEncodingsSmallFile: a file too small for compression to pay is
// sent as it is, with Vary all the same.
func TestHandlerEncodingsSmallFile(t *testing.T) {
	a := fakeAssets()
	a.WasmExec = []byte("x")
	h, err := NewHandler(a)
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("GET", "/sociaaldomein/wasm_exec.js", nil)
	req.Header.Set("Accept-Encoding", "br, gzip")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Header().Get("Content-Encoding") != "" || rec.Body.String() != "x" || rec.Header().Get("Vary") != "Accept-Encoding" {
		t.Errorf("a 1-byte file: %v %q", rec.Header(), rec.Body.String())
	}
}

// wasmBrotliBound is what TestWasmTransferSize allows the real wasm to weigh
// as sent with brotli. Measured on 2026-12-01: 1.103,0 KiB at 2390463,
// 1.123 KiB merged with main at c41bcdb; the bound leaves ~7 % over that.
// The target is 900 KiB; see the README, "Hosting the wasm".
const wasmBrotliBound = 1200 * 1024

// TestWasmTransferSize builds the real calculator and reports what the
// browser receives: raw, gzip -9 and brotli q11 sizes of the wasm; brotli
// must be smaller than gzip and within wasmBrotliBound.
func TestWasmTransferSize(t *testing.T) {
	a, err := builtAssets()
	if err != nil {
		t.Fatal(err)
	}
	h, err := NewHandler(a)
	if err != nil {
		t.Fatal(err)
	}
	size := map[string]int{}
	for _, accept := range []string{"identity", "gzip", "br"} {
		req := httptest.NewRequest("GET", "/sociaaldomein/sociaaldomein.wasm", nil)
		req.Header.Set("Accept-Encoding", accept)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		body := rec.Body.Bytes()
		if got := decode(t, rec.Header().Get("Content-Encoding"), body); !bytes.Equal(got, a.Wasm) {
			t.Fatalf("%s: the decoded body differs from the wasm", accept)
		}
		size[accept] = len(body)
	}
	kib := func(n int) string { return fmt.Sprintf("%d bytes (%.1f KiB)", n, float64(n)/1024) }
	t.Logf("wasm: raw %s, gzip -9 %s, brotli q11 %s (%.1f %% of gzip); target ≤ 900 KiB: met %v",
		kib(size["identity"]), kib(size["gzip"]), kib(size["br"]), 100*float64(size["br"])/float64(size["gzip"]), size["br"] <= 900*1024)
	if size["identity"] != len(a.Wasm) || size["br"] >= size["gzip"] || size["gzip"] >= size["identity"] {
		t.Errorf("sizes: %v", size)
	}
	if size["br"] > wasmBrotliBound {
		t.Errorf("the wasm is %s with brotli, over the bound of %s: it grew; see what was added (README, Known limitations)", kib(size["br"]), kib(wasmBrotliBound))
	}
}

// TestBuild builds the real calculator, as "go run ./examples/serve" does.
func TestBuild(t *testing.T) {
	a, err := builtAssets()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(a.Wasm, []byte("\x00asm")) {
		t.Errorf("the wasm does not start with the wasm magic")
	}
	if !bytes.Contains(a.WasmExec, []byte("class Go")) && !bytes.Contains(a.WasmExec, []byte("Go = class")) {
		t.Errorf("wasm_exec.js does not define Go")
	}
}
