package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/wasm/web"
)

// CSP is the Content-Security-Policy of the demo pages: the strictest that
// the calculator needs (its own scripts, compiling its own wasm, its own
// style sheets; no inline script or style, no other origin).
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"

// asset is one file the server answers with, compressed once at start.
type asset struct {
	contentType string
	raw         []byte
	encoded            // gz, br: nil when compression does not pay
	etag        string // of raw; the encoded forms add "-gz", "-br"
	page        bool   // an HTML page: gets the CSP
}

// NewHandler returns the demo server: the demo pages at "/" and
// "/vergelijken.html", the widget's assets under "/sociaaldomein/". Every
// asset is compressed here, once per process for each content (gzip -9 and
// brotli quality 11; for the wasm that takes ~15 s), and served
// precompressed as the request's Accept-Encoding allows (see
// [negotiate]); the handler serves GET and HEAD only.
func NewHandler(a Assets) (http.Handler, error) {
	if len(a.Wasm) == 0 || len(a.WasmExec) == 0 {
		return nil, errors.New("serve: the wasm and wasm_exec.js are required")
	}
	files := map[string]*asset{}
	add := func(urlPath string, data []byte) error {
		ct, ok := contentTypes[path.Ext(urlPath)]
		if !ok {
			return fmt.Errorf("serve: no content type for %s", urlPath)
		}
		sum := sha256.Sum256(data)
		enc, err := compress(data)
		if err != nil {
			return fmt.Errorf("serve: compressing %s: %w", urlPath, err)
		}
		files[urlPath] = &asset{contentType: ct, raw: data, encoded: enc, etag: `"` + hex.EncodeToString(sum[:8]) + `"`, page: ct == contentTypes[".html"]}
		return nil
	}
	read := func(fsys fs.FS, name string) []byte {
		b, _ := fs.ReadFile(fsys, name) // embedded; tested to exist
		return b
	}
	for _, e := range []struct {
		url  string
		data []byte
	}{
		{"/index.html", read(web.Demo(), "index.html")},
		{"/vergelijken.html", read(web.Demo(), "vergelijken.html")},
		{"/demo.css", read(web.Demo(), "demo.css")},
		{"/favicon.svg", read(web.Demo(), "favicon.svg")},
		{"/sociaaldomein/embed.js", read(web.Widget(), "embed.js")},
		{"/sociaaldomein/widget.css", read(web.Widget(), "widget.css")},
		{"/sociaaldomein/wasm_exec.js", a.WasmExec},
		{"/sociaaldomein/sociaaldomein.wasm", a.Wasm},
	} {
		if err := add(e.url, e.data); err != nil {
			return nil, err
		}
	}
	return &server{files: files}, nil
}

var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".wasm": "application/wasm",
	".svg":  "image/svg+xml",
}

type server struct {
	files map[string]*asset // read-only after NewHandler
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if p == "/" {
		p = "/index.html"
	}
	f, ok := s.files[p]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h.Set("Content-Type", f.contentType)
	// Revalidate with the ETag: the wasm changes with every build. The body
	// depends on Accept-Encoding, which caches on the way must know.
	h.Set("Cache-Control", "no-cache")
	h.Set("Vary", "Accept-Encoding")
	if f.page {
		h.Set("Content-Security-Policy", CSP)
	} else {
		// The assets may be embedded in pages of another origin.
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Cross-Origin-Resource-Policy", "cross-origin")
	}
	body, etag := f.raw, f.etag
	switch negotiate(r.Header.Values("Accept-Encoding"), f.br != nil, f.gz != nil) {
	case "br":
		body, etag = f.br, strings.TrimSuffix(f.etag, `"`)+`-br"`
		h.Set("Content-Encoding", "br")
	case "gzip":
		body, etag = f.gz, strings.TrimSuffix(f.etag, `"`)+`-gz"`
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("ETag", etag)
	if match := r.Header.Get("If-None-Match"); match != "" && etagMatch(match, etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body)
}

// negotiate picks the content coding of a response from the request's
// Accept-Encoding field lines (RFC 9110, section 12.5.3): "br" or "gzip"
// when that form exists and is acceptable, else "" (identity). A coding is
// acceptable when it is listed, or covered by "*", with a q-value above 0;
// among acceptable codings the highest q wins, and on a tie brotli (the
// smaller) before gzip before identity. Identity is acceptable unless
// excluded ("identity;q=0", or "*;q=0" without "identity"), and when it
// is not listed it ranks below every coding the client did list; when
// nothing is acceptable the response is sent without a coding all the
// same, as the RFC allows. No header (or an empty one) means identity.
func negotiate(fields []string, hasBr, hasGzip bool) string {
	q := map[string]float64{}
	for _, field := range fields {
		for _, part := range strings.Split(field, ",") {
			coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			if coding == "" {
				continue
			}
			w := 1.0
			for _, p := range strings.Split(params, ";") {
				k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
				if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
					continue
				}
				f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || f < 0 || f > 1 {
					f = 1 // a malformed weight: as if none were given
				}
				w = f
			}
			if old, seen := q[coding]; !seen || w > old {
				q[coding] = w
			}
		}
	}
	weight := func(coding string) float64 {
		if w, ok := q[coding]; ok {
			return w
		}
		if w, ok := q["*"]; ok {
			return w
		}
		if coding == "identity" {
			return 0.0001 // acceptable by default, below anything listed
		}
		return 0
	}
	best, bestW := "", weight("identity")
	for _, c := range []struct {
		name string
		have bool
	}{{"gzip", hasGzip}, {"br", hasBr}} {
		if w := weight(c.name); c.have && w > 0 && w >= bestW {
			best, bestW = c.name, w
		}
	}
	return best
}

func etagMatch(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t), "W/"))
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}
