package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
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
		for _, gz := range []bool{false, true} {
			req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
			if gz {
				req.Header.Set("Accept-Encoding", "gzip")
			} else {
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
			enc := resp.Header.Get("Content-Encoding")
			if gz != (enc == "gzip") {
				t.Errorf("%s: Accept-Encoding gzip=%v but Content-Encoding %q", tt.path, gz, enc)
			}
			if enc == "gzip" {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatalf("%s: %v", tt.path, err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatalf("%s: %v", tt.path, err)
				}
			}
			if tt.path == "/sociaaldomein/sociaaldomein.wasm" && !bytes.Equal(body, fakeAssets().Wasm) {
				t.Errorf("wasm body differs (gzip=%v)", gz)
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

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"":                     false,
		"gzip":                 true,
		"gzip, deflate, br":    true,
		"br;q=1.0, gzip;q=0.8": true,
		"gzip;q=0":             false,
		"identity":             false,
		"*":                    true,
		"GZIP":                 true,
		"gzip;q=bogus":         true,
	} {
		if got := acceptsGzip(header); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", header, got, want)
		}
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
