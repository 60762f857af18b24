package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/hilversum/sociaaldomein/internal/problem"
	"github.com/hilversum/sociaaldomein/scenario"
)

// One test per rule of the NL API Design Rules (Logius, "API Design Rules",
// the core set; rule ids as /core/…) that the service meets, plus the
// security headers and CORS. The README's section "HTTP service and the NL
// API Design Rules" lists them with where each is met.

// request is one request of the tables below.
type request struct {
	name, method, path, ct, body string
}

// everyKind is a request of every kind the handler answers: each
// operation, HEAD and OPTIONS, and every error status.
func everyKind() []request {
	const js = "application/json"
	return []request{
		{"GET options", "GET", PathOptions, "", ""},
		{"HEAD options", "HEAD", PathOptions, "", ""},
		{"GET measures", "GET", PathMeasures, "", ""},
		{"GET openapi.json", "GET", PathOpenAPI, "", ""},
		{"HEAD openapi.json", "HEAD", PathOpenAPI, "", ""},
		{"POST _evaluate", "POST", PathEvaluate, js, `{"keuze":"A"}`},
		{"OPTIONS _evaluate", "OPTIONS", PathEvaluate, "", ""},
		{"OPTIONS options", "OPTIONS", PathOptions, "", ""},
		{"400 invalid input", "POST", PathEvaluate, js, `{"keuze":"Z","model":{"theta":"2"}}`},
		{"400 malformed JSON", "POST", PathEvaluate, js, `{"keuze":`},
		{"404 unknown path", "GET", "/v1/nope", "", ""},
		{"404 root", "GET", "/", "", ""},
		{"404 trailing slash", "GET", PathOptions + "/", "", ""},
		{"405", "DELETE", PathMeasures, "", ""},
		{"413", "POST", PathEvaluate, js, "{}" + strings.Repeat(" ", scenario.MaxInputBytes)},
		{"415", "POST", PathEvaluate, "text/plain", "{}"},
	}
}

func (rq request) send(h http.Handler) *httptest.ResponseRecorder {
	return serve(h, rq.method, rq.path, rq.ct, []byte(rq.body))
}

var semver = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)

// /core/semver and /core/version-header: info.version is semantic
// versioning, and every answer — errors, HEAD and OPTIONS included —
// carries it in API-Version; the document declares the header on every
// response.
func TestRuleVersionHeader(t *testing.T) {
	doc := loadOpenAPI(t)
	if !semver.MatchString(doc.Info.Version) || doc.Info.Version != APIVersion {
		t.Fatalf("info.version %q, APIVersion %q: want the same semantic version", doc.Info.Version, APIVersion)
	}
	h := newTestHandler(t)
	for _, rq := range everyKind() {
		if got := rq.send(h).Header().Get("API-Version"); got != doc.Info.Version {
			t.Errorf("%s: API-Version %q, want %q", rq.name, got, doc.Info.Version)
		}
	}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			for status, resp := range op.Responses.Map() {
				if hd := resp.Value.Headers["API-Version"]; hd == nil || !hd.Value.Required {
					t.Errorf("%s %s %s: API-Version not declared as required", method, path, status)
				}
			}
		}
	}
}

// /core/uri-version: the base path has the major version, and only it.
func TestRuleURIVersion(t *testing.T) {
	doc := loadOpenAPI(t)
	major, _, _ := strings.Cut(doc.Info.Version, ".")
	for _, s := range doc.Servers {
		if !regexp.MustCompile(`^(https://[^/]+)?/v` + major + `$`).MatchString(s.URL) {
			t.Errorf("server %q, want its path to be /v%s", s.URL, major)
		}
	}
	for path := range routes {
		if !strings.HasPrefix(path, "/v"+major+"/") {
			t.Errorf("route %s is not under /v%s", path, major)
		}
	}
}

// /core/doc-openapi-contact: info.contact has a name and a URL where the
// maintainers are reached (the repository). There is no e-mail address
// yet: the README says so, and a deploying municipality adds its own.
func TestRuleContact(t *testing.T) {
	doc := loadOpenAPI(t)
	c := doc.Info.Contact
	if c == nil || c.Name == "" || c.URL != "https://github.com/hilversum/sociaaldomein" {
		t.Fatalf("info.contact %+v, want a name and the repository's URL", c)
	}
	if c.Email != "" && !regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-z]+$`).MatchString(c.Email) {
		t.Errorf("info.contact.email %q", c.Email)
	}
	if doc.Info.License == nil || doc.Info.License.Name != "EUPL-1.2" {
		t.Errorf("info.license %+v, want EUPL-1.2", doc.Info.License)
	}
}

// /core/problem-details: every error answer is application/problem+json
// with an RFC 9457 body that matches the document's Problem schema, its
// status member equal to the HTTP status; and every documented 4xx and 5xx
// response is problem+json and nothing else.
func TestRuleProblemDetails(t *testing.T) {
	doc := loadOpenAPI(t)
	schema := doc.Components.Schemas["Problem"].Value
	h := newTestHandler(t)
	for _, rq := range everyKind() {
		w := rq.send(h)
		if w.Code < 400 {
			continue
		}
		if ct := w.Header().Get("Content-Type"); ct != "application/problem+json" {
			t.Errorf("%s: %d with Content-Type %q", rq.name, w.Code, ct)
		}
		var v any
		if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
			t.Errorf("%s: %v", rq.name, err)
			continue
		}
		if err := schema.VisitJSON(v); err != nil {
			t.Errorf("%s: the problem does not match the Problem schema: %v\n%s", rq.name, err, w.Body)
		}
		if m := v.(map[string]any); m["status"] != float64(w.Code) || m["title"] == "" || m["detail"] == "" {
			t.Errorf("%s: %d with %s", rq.name, w.Code, w.Body)
		}
	}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			for status, resp := range op.Responses.Map() {
				if status[0] != '4' && status[0] != '5' {
					continue
				}
				if mt := resp.Value.Content; len(mt) != 1 || mt["application/problem+json"] == nil ||
					mt["application/problem+json"].Schema.Ref != "#/components/schemas/Problem" {
					t.Errorf("%s %s %s: content %v, want application/problem+json with the Problem schema", method, path, status, mt)
				}
			}
		}
	}
}

// Return all validation errors of a request, not only the first: a 400
// lists every invalid field.
func TestRuleAllInvalidFields(t *testing.T) {
	h := newTestHandler(t)
	w := serve(h, http.MethodPost, PathEvaluate, "application/json",
		[]byte(`{"keuze":"Z","measures":["nope"],"model":{"theta":"2"},"key":{"kind":"custom","shares":{"hilversum":"1"}},"from":2030,"to":2020}`))
	var p problem.Details
	decodeStrict(t, w.Body.Bytes(), &p)
	got := map[string]bool{}
	for _, ip := range p.InvalidParams {
		got[ip.Name] = true
	}
	for _, f := range []string{"keuze", "measures[0]", "model.theta", "key.shares.blaricum", "to"} {
		if !got[f] {
			t.Errorf("%s not listed: %s", f, w.Body)
		}
	}
}

// Every POST can answer 400: the document says so, and a bad body gets it.
func TestRulePost400(t *testing.T) {
	doc := loadOpenAPI(t)
	h := newTestHandler(t)
	posts := 0
	for path, item := range doc.Paths.Map() {
		op := item.Post
		if op == nil {
			continue
		}
		posts++
		if op.Responses.Status(400) == nil {
			t.Errorf("POST %s: no 400 documented", path)
		}
		for _, body := range []string{`{"keuze":"Z"}`, `[]`, `{`} {
			if w := serve(h, http.MethodPost, doc.Servers[0].URL+path, "application/json", []byte(body)); w.Code != http.StatusBadRequest {
				t.Errorf("POST %s %s: %d, want 400", path, body, w.Code)
			}
		}
	}
	if posts == 0 {
		t.Error("no POST operation")
	}
}

// kebabPath is the regular expression the Design Rules give for
// /core/path-segments-kebab-case: lowercase letters, digits and hyphens,
// the last segment may start with "_" (an operation).
var kebabPath = regexp.MustCompile(`^(\/|(\/_[a-z0-9]+|\/(([a-z0-9\-]+|{[^}]+})(\/([a-z0-9\-\.]+|{[^}]+}))*)(\/_[a-z]+)?)\/?)$`)

// /core/path-segments-kebab-case, for every documented path with its base
// path. /openapi.json is the standard location /core/publish-openapi
// prescribes, as the Design Rules' own linter allows.
func TestRuleKebabCase(t *testing.T) {
	doc := loadOpenAPI(t)
	for path := range doc.Paths.Map() {
		if path == "/openapi.json" {
			continue
		}
		full := doc.Servers[0].URL + path
		if !kebabPath.MatchString(full) || strings.Contains(full, "--") || strings.Contains(full, "-/") || strings.Contains(full, "/-") {
			t.Errorf("%s is not kebab-case", full)
		}
	}
	for _, bad := range []string{"/v1/financiele_claims", "/v1/financieleClaims", "/v1/_evaluate/x", "/v1/scènes"} {
		if kebabPath.MatchString(bad) {
			t.Errorf("the check accepts %s", bad)
		}
	}
}

// /core/query-keys-camel-case: every query key is lower camelCase. The API
// has none today; a new one is checked here.
func TestRuleQueryKeysCamelCase(t *testing.T) {
	doc := loadOpenAPI(t)
	camel := regexp.MustCompile(`^[a-z0-9]+[a-zA-Z0-9]*$`)
	check := func(where string, ps openapi3.Parameters) {
		for _, p := range ps {
			if p.Value.In == openapi3.ParameterInQuery && !camel.MatchString(p.Value.Name) {
				t.Errorf("%s: query key %q is not lower camelCase", where, p.Value.Name)
			}
		}
	}
	for path, item := range doc.Paths.Map() {
		check(path, item.Parameters)
		for method, op := range item.Operations() {
			check(method+" "+path, op.Parameters)
		}
	}
	for name, p := range doc.Components.Parameters {
		check(name, openapi3.Parameters{p})
	}
}

// /core/no-trailing-slash: no documented path ends in "/", and a trailing
// slash answers 404 with a problem, never a redirect.
func TestRuleNoTrailingSlash(t *testing.T) {
	doc := loadOpenAPI(t)
	h := newTestHandler(t)
	for path := range doc.Paths.Map() {
		if strings.HasSuffix(path, "/") {
			t.Errorf("%s ends in /", path)
		}
	}
	for path, rt := range routes {
		w := serve(h, rt.method, path+"/", "application/json", []byte("{}"))
		if w.Code != http.StatusNotFound || w.Header().Get("Location") != "" || w.Header().Get("Content-Type") != ProblemContentType {
			t.Errorf("%s %s/: %d, Location %q", rt.method, path, w.Code, w.Header().Get("Location"))
		}
	}
}

// /core/naming-resources, /core/resource-operations: the data paths are
// nouns (plural: collections), and an operation that is no resource is a
// POST on a verb prefixed by "_", explained in the document.
func TestRuleOperationNaming(t *testing.T) {
	doc := loadOpenAPI(t)
	for path, item := range doc.Paths.Map() {
		last := path[strings.LastIndex(path, "/")+1:]
		switch {
		case item.Post != nil:
			if !strings.HasPrefix(last, "_") || !strings.Contains(item.Post.Description, "/core/resource-operations") {
				t.Errorf("POST %s: an operation is /_verb and says why", path)
			}
		case strings.HasPrefix(last, "_"):
			t.Errorf("%s: a resource that is no operation", path)
		}
	}
}

// /core/transport/security-headers: the headers of every answer.
func TestSecurityHeaders(t *testing.T) {
	want := map[string]string{
		"API-Version":               APIVersion,
		"X-Content-Type-Options":    "nosniff",
		"X-Frame-Options":           "DENY",
		"Content-Security-Policy":   "default-src 'none'; frame-ancestors 'none'",
		"Cache-Control":             "no-store",
		"Referrer-Policy":           "no-referrer",
		"Strict-Transport-Security": "", // not over plain HTTP: a browser ignores it there
	}
	h := newTestHandler(t)
	for _, rq := range everyKind() {
		w := rq.send(h)
		for k, v := range want {
			if got := w.Header().Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", rq.name, k, got, v)
			}
		}
		if w.Code != http.StatusNoContent && w.Header().Get("Content-Type") == "" {
			t.Errorf("%s: no Content-Type", rq.name)
		}
	}
	// Over TLS the service sends Strict-Transport-Security.
	srv := httptest.NewTLSServer(h)
	defer srv.Close()
	client := srv.Client()
	for _, p := range []string{PathOptions, "/nope"} {
		resp, err := client.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if got := resp.Header.Get("Strict-Transport-Security"); got != "max-age=31536000" {
			t.Errorf("over TLS, %s: Strict-Transport-Security %q", p, got)
		}
	}
}

// /core/transport/cors and /core/publish-openapi: the OpenAPI document is
// readable from every origin; the data paths only from the origins a
// deployment allows (none by default), never with credentials; a preflight
// from an allowed origin learns the method and the Content-Type header.
func TestCORS(t *testing.T) {
	const allowed, other = "https://www.hilversum.nl", "https://evil.example"
	dflt := newTestHandler(t)
	some, err := NewHandlerConfig(Config{AllowedOrigins: []string{allowed, "http://localhost:8080"}})
	if err != nil {
		t.Fatal(err)
	}
	all, err := NewHandlerConfig(Config{AllowedOrigins: []string{"*"}})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		status                int
		allowOrigin, methods  string
		vary, expose, headers bool
	}
	tests := []struct {
		name    string
		h       http.Handler
		method  string
		path    string
		origin  string
		preflit string // Access-Control-Request-Method
		body    string
		want    want
	}{
		{"openapi.json, any origin", dflt, "GET", PathOpenAPI, other, "", "", want{200, "*", "", false, true, false}},
		{"openapi.json, no origin", dflt, "GET", PathOpenAPI, "", "", "", want{200, "*", "", false, true, false}},
		{"default: data not cross-origin", dflt, "GET", PathOptions, other, "", "", want{200, "", "", false, false, false}},
		{"default: preflight refused", dflt, "OPTIONS", PathEvaluate, other, "POST", "", want{204, "", "", false, false, false}},
		{"default: POST not cross-origin", dflt, "POST", PathEvaluate, other, "", "{}", want{200, "", "", false, false, false}},
		{"allowed origin: GET", some, "GET", PathMeasures, allowed, "", "", want{200, allowed, "", true, true, false}},
		{"allowed origin: preflight", some, "OPTIONS", PathEvaluate, allowed, "POST", "", want{204, allowed, "POST", true, true, true}},
		{"allowed origin: preflight of a GET path", some, "OPTIONS", PathOptions, allowed, "GET", "", want{204, allowed, "GET, HEAD", true, true, true}},
		{"allowed origin: POST", some, "POST", PathEvaluate, allowed, "", "{}", want{200, allowed, "", true, true, false}},
		{"allowed origin: a problem is readable too", some, "POST", PathEvaluate, allowed, "", `{"keuze":"Z"}`, want{400, allowed, "", true, true, false}},
		{"other origin", some, "GET", PathMeasures, other, "", "", want{200, "", "", true, false, false}},
		{"other origin: preflight refused", some, "OPTIONS", PathEvaluate, other, "POST", "", want{204, "", "", true, false, false}},
		{"origin that is a prefix of an allowed one", some, "GET", PathMeasures, "https://www.hilversum.n", "", "", want{200, "", "", true, false, false}},
		{"no origin (not a browser)", some, "GET", PathMeasures, "", "", "", want{200, "", "", true, false, false}},
		{"unknown path: no CORS", some, "GET", "/v1/nope", allowed, "", "", want{404, "", "", false, false, false}},
		{"* configured", all, "POST", PathEvaluate, other, "", "{}", want{200, "*", "", false, true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest(tt.method, tt.path, bytes.NewReader([]byte(tt.body)))
			if tt.body != "" {
				r.Header.Set("Content-Type", "application/json")
			}
			if tt.origin != "" {
				r.Header.Set("Origin", tt.origin)
			}
			if tt.preflit != "" {
				r.Header.Set("Access-Control-Request-Method", tt.preflit)
				r.Header.Set("Access-Control-Request-Headers", "content-type")
			}
			w := httptest.NewRecorder()
			tt.h.ServeHTTP(w, r)
			hd := w.Header()
			got := want{w.Code, hd.Get("Access-Control-Allow-Origin"), hd.Get("Access-Control-Allow-Methods"),
				hd.Get("Vary") == "Origin", hd.Get("Access-Control-Expose-Headers") == "API-Version",
				hd.Get("Access-Control-Allow-Headers") == "Content-Type"}
			if got != tt.want {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
			if hd.Get("Access-Control-Allow-Credentials") != "" {
				t.Error("credentials allowed")
			}
			if tt.method == "OPTIONS" && (hd.Get("Allow") == "" || w.Body.Len() != 0) {
				t.Errorf("OPTIONS: Allow %q, %d bytes", hd.Get("Allow"), w.Body.Len())
			}
		})
	}
	for _, bad := range []string{"www.hilversum.nl", "https://www.hilversum.nl/", "https://a.nl,https://b.nl", "ftp://x.nl", "https://", "null"} {
		if _, err := NewHandlerConfig(Config{AllowedOrigins: []string{bad}}); err == nil {
			t.Errorf("origin %q accepted", bad)
		}
	}
}
