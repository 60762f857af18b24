package main

import (
	"bytes"
	"compress/gzip"
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
	raw, gz     []byte // gz is nil when compression does not pay
	etag        string
	page        bool // an HTML page: gets the CSP
}

// NewHandler returns the demo server: the demo pages at "/" and
// "/vergelijken.html", the widget's assets under "/sociaaldomein/". Assets
// are compressed once here; the handler serves GET and HEAD only.
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
		f := &asset{contentType: ct, raw: data, etag: `"` + hex.EncodeToString(sum[:8]) + `"`, page: ct == contentTypes[".html"]}
		var buf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err != nil {
			return err
		}
		if _, err := zw.Write(data); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		if buf.Len() < len(data) {
			f.gz = buf.Bytes()
		}
		files[urlPath] = f
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
	h.Set("Cache-Control", "no-cache") // revalidate with the ETag: the wasm changes with every build
	h.Set("Vary", "Accept-Encoding")
	if f.page {
		h.Set("Content-Security-Policy", CSP)
	} else {
		// The assets may be embedded in pages of another origin.
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Cross-Origin-Resource-Policy", "cross-origin")
	}
	body, etag := f.raw, f.etag
	if f.gz != nil && acceptsGzip(r.Header.Get("Accept-Encoding")) {
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

// acceptsGzip reports whether an Accept-Encoding header allows gzip (a
// "gzip" or "*" coding without q=0).
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding != "gzip" && coding != "*" {
			continue
		}
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		return q > 0
	}
	return false
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
