package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/problem"
)

// The OpenAPI document is checked with github.com/getkin/kin-openapi: the
// document itself (OpenAPI 3.0 structure, every $ref resolved, every example
// valid against its schema), then every documented request example is sent
// to the running handler and both the request and the answer are validated
// against the document, so that the document cannot drift from the code.

// loadOpenAPI parses and validates the embedded document.
func loadOpenAPI(t testing.TB) *openapi3.T {
	t.Helper()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(openAPI)
	if err != nil {
		t.Fatalf("loading openapi.json: %v", err)
	}
	if err := doc.Validate(loader.Context,
		openapi3.EnableExamplesValidation(),
		openapi3.EnableSchemaFormatValidation(),
		openapi3.EnableSchemaPatternValidation(),
	); err != nil {
		t.Fatalf("openapi.json is not a valid OpenAPI 3 document: %v", err)
	}
	return doc
}

func TestOpenAPIDocument(t *testing.T) {
	doc := loadOpenAPI(t)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi %q, want 3.x", doc.OpenAPI)
	}
	// The document served is the one embedded, as JSON.
	h := newTestHandler(t)
	w := serve(h, http.MethodGet, PathOpenAPI, "", nil)
	if w.Code != http.StatusOK || !bytes.Equal(w.Body.Bytes(), openAPI) || w.Header().Get("Content-Type") != ContentType {
		t.Errorf("GET %s: %d, %s, %d bytes", PathOpenAPI, w.Code, w.Header().Get("Content-Type"), w.Body.Len())
	}
	// Every schema of a response and of a request body has examples, and
	// every operation says what it does.
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			if op.Summary == "" || op.Description == "" || op.OperationID == "" {
				t.Errorf("%s %s: summary, description or operationId missing", method, path)
			}
			if op.RequestBody != nil {
				for ct, mt := range op.RequestBody.Value.Content {
					if len(mt.Examples) == 0 {
						t.Errorf("%s %s: request %s without examples", method, path, ct)
					}
				}
			}
			for status, resp := range op.Responses.Map() {
				for ct, mt := range resp.Value.Content {
					if len(mt.Examples) == 0 && path != "/openapi.json" {
						t.Errorf("%s %s %s: response %s without examples", method, path, status, ct)
					}
				}
			}
		}
	}
}

// newRouter is kin-openapi's router over doc: it finds the documented
// operation of a request by the document's servers and paths.
func newRouter(t testing.TB, doc *openapi3.T) routers.Router {
	t.Helper()
	r, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// exchange sends req to h and validates the request and the answer against
// the document. It returns the answer.
func exchange(t *testing.T, router routers.Router, h http.Handler, req *http.Request, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	route, params, err := router.FindRoute(req)
	if err != nil {
		t.Fatalf("%s %s is not in the document: %v", req.Method, req.URL, err)
	}
	ctx := context.Background()
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{MultiError: true}}
	if err := openapi3filter.ValidateRequest(ctx, in); err != nil {
		t.Errorf("%s %s: the request does not match the document: %v", req.Method, req.URL, err)
	}
	// ValidateRequest read the body: send the same bytes to the handler.
	req.Body = io.NopCloser(bytes.NewReader(body))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: w.Code, Header: w.Header(),
		Body: io.NopCloser(bytes.NewReader(w.Body.Bytes())), Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true}}
	if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
		t.Errorf("%s %s: the answer (%d) does not match the document: %v\n%.500s", req.Method, req.URL, w.Code, err, w.Body)
	}
	return w
}

// TestOpenAPIExamples sends every documented request example to the handler
// and validates request and answer against the document. A response
// example of the same name as a request example is the answer to it: a 200
// example is the answer exactly; a problem example names the same type,
// title, status, code and invalid fields (the reasons are the library's
// English sentences, checked by the scenario package). Every GET operation
// is called too.
func TestOpenAPIExamples(t *testing.T) {
	doc := loadOpenAPI(t)
	router := newRouter(t, doc)
	h := newTestHandler(t)
	base := doc.Servers[0].URL
	sent := 0
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			if op.RequestBody == nil {
				t.Run(method+" "+path, func(t *testing.T) {
					req := httptest.NewRequest(method, base+path, nil)
					w := exchange(t, router, h, req, nil)
					if w.Code != http.StatusOK {
						t.Errorf("status %d", w.Code)
					}
				})
				sent++
				continue
			}
			for ct, mt := range op.RequestBody.Value.Content {
				for name, ex := range mt.Examples {
					t.Run(method+" "+path+" "+name, func(t *testing.T) {
						body, err := json.Marshal(ex.Value.Value)
						if err != nil {
							t.Fatal(err)
						}
						req := httptest.NewRequest(method, base+path, bytes.NewReader(body))
						req.Header.Set("Content-Type", ct)
						w := exchange(t, router, h, req, body)
						checkAnswerExample(t, op, name, w)
					})
					sent++
				}
			}
		}
	}
	if sent < 8 {
		t.Errorf("only %d example requests sent", sent)
	}
}

// checkAnswerExample compares an answer with the response example of the
// request example's name, if there is one; a request example without one
// must be answered 200.
func checkAnswerExample(t *testing.T, op *openapi3.Operation, name string, w *httptest.ResponseRecorder) {
	t.Helper()
	found := false
	for status, resp := range op.Responses.Map() {
		for _, mt := range resp.Value.Content {
			ex, ok := mt.Examples[name]
			if !ok {
				continue
			}
			found = true
			if status != strconv.Itoa(w.Code) {
				t.Errorf("answered %d, the document's example %q is a %s", w.Code, name, status)
				return
			}
			want, err := json.Marshal(ex.Value.Value)
			if err != nil {
				t.Fatal(err)
			}
			if w.Code == http.StatusOK {
				if d := cmp.Diff(canonical(t, want), canonical(t, w.Body.Bytes())); d != "" {
					t.Errorf("the answer differs from the document's example %q (-document +answer):\n%s\nthe answer: %s", name, d, w.Body)
				}
				return
			}
			var wp, gp problem.Details
			if err := json.Unmarshal(want, &wp); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(w.Body.Bytes(), &gp); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(problemKind(wp), problemKind(gp)); d != "" {
				t.Errorf("the problem differs from the document's example %q (-document +answer):\n%s\nthe answer: %s", name, d, w.Body)
			}
		}
	}
	if !found && w.Code != http.StatusOK {
		t.Errorf("example %q answered %d: %s", name, w.Code, w.Body)
	}
}

// problemKind is what must not drift of a problem: all but the sentences.
func problemKind(p problem.Details) problem.Details {
	p.Detail = ""
	for i := range p.InvalidParams {
		p.InvalidParams[i].Reason = ""
	}
	return p
}

func canonical(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// TestRoutesMatchOpenAPI: the handler serves exactly the documented paths,
// each with exactly its documented method (HEAD comes with GET, OPTIONS with
// every path: neither is an operation of its own), so neither can drift from
// the other.
func TestRoutesMatchOpenAPI(t *testing.T) {
	doc := loadOpenAPI(t)
	if len(doc.Servers) != 1 || doc.Servers[0].URL != BasePath {
		t.Fatalf("servers %v, want one: %s", doc.Servers, BasePath)
	}
	var documented, served []string
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			documented = append(documented, method+" "+doc.Servers[0].URL+path)
		}
	}
	for path, rt := range routes {
		served = append(served, rt.method+" "+path)
	}
	sort.Strings(documented)
	sort.Strings(served)
	if d := cmp.Diff(documented, served); d != "" {
		t.Errorf("operations (-document +handler):\n%s", d)
	}
	// And the handler really answers each, and nothing else.
	h := newTestHandler(t)
	for _, op := range served {
		method, path, _ := strings.Cut(op, " ")
		ct, body := "", []byte(nil)
		if method == http.MethodPost {
			ct, body = "application/json", []byte("{}")
		}
		if w := serve(h, method, path, ct, body); w.Code != http.StatusOK {
			t.Errorf("%s: %d", op, w.Code)
		}
		for _, other := range []string{http.MethodGet, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete} {
			if other == method {
				continue
			}
			if w := serve(h, other, path, ct, body); w.Code != http.StatusMethodNotAllowed {
				t.Errorf("%s %s: %d, want 405", other, path, w.Code)
			}
		}
	}
	for _, p := range []string{"/", "/v1", "/v1/", "/v2/options", "/v1/evaluate", "/v1/openapi.yaml", "/v1/options/x"} {
		if slices.Contains(served, "GET "+p) {
			continue
		}
		if w := serve(h, http.MethodGet, p, "", nil); w.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, w.Code)
		}
	}
}

// TestSourceSchema: the document's Source lists every member of
// budget.Source's JSON form (Source admits further members, so validation
// alone would not notice a new one).
func TestSourceSchema(t *testing.T) {
	doc := loadOpenAPI(t)
	var documented, fields []string
	for name := range doc.Components.Schemas["Source"].Value.Properties {
		documented = append(documented, name)
	}
	st := reflect.TypeFor[budget.Source]()
	for i := range st.NumField() {
		name, _, _ := strings.Cut(st.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			fields = append(fields, name)
		}
	}
	sort.Strings(documented)
	sort.Strings(fields)
	if d := cmp.Diff(fields, documented); d != "" {
		t.Errorf("Source members (-budget.Source +document):\n%s", d)
	}
}
