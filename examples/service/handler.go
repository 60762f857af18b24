package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/internal/problem"
	"github.com/hilversum/sociaaldomein/scenario"
)

// APIVersion is the full version of the API (semantic versioning), sent in
// the API-Version header of every answer; the OpenAPI document's info.version
// is the same. The major version is in every path: [BasePath].
const APIVersion = "1.1.0"

// The paths the API serves. The evaluation is an operation, not a
// resource: the NL API Design Rules (/core/resource-operations) name such a
// resource with a verb prefixed by "_".
const (
	BasePath     = "/v1"
	PathOptions  = BasePath + "/options"
	PathMeasures = BasePath + "/measures"
	PathEvaluate = BasePath + "/_evaluate"
	PathSimulate = BasePath + "/_simulate"
	PathOpenAPI  = BasePath + "/openapi.json"
)

// ContentType is the Content-Type of every successful answer with a body.
const ContentType = "application/json; charset=utf-8"

// ProblemContentType is the Content-Type of every error answer (RFC 9457).
const ProblemContentType = problem.MediaType

// openAPI is the OpenAPI 3 document of this API, served at [PathOpenAPI].
//
//go:embed openapi.json
var openAPI []byte

// Error codes of the HTTP level, beside the evaluation's own
// (problem.CodeMalformedJSON, CodeInvalidInput, CodeInternal); see the
// package documentation for their statuses. Every error answer is a
// problem.Details, the JSON the browser's JS API gives too.
const (
	CodeMalformedJSON        = problem.CodeMalformedJSON
	CodeInvalidInput         = problem.CodeInvalidInput
	CodeInternal             = problem.CodeInternal
	CodeUnreadableBody       = "unreadable_body"
	CodeNotFound             = "not_found"
	CodeMethodNotAllowed     = "method_not_allowed"
	CodeBodyTooLarge         = "body_too_large"
	CodeUnsupportedMediaType = "unsupported_media_type"
)

// TypeUnreadableBody is the problem type of a body that could not be read
// (status 400, which it shares with the input problems).
const (
	TypeUnreadableBody  = problem.TypeBase + "unreadable-body"
	TitleUnreadableBody = "Unreadable request body"
)

// Config holds what a deployment chooses.
type Config struct {
	// AllowedOrigins are the origins ("https://www.hilversum.nl") whose
	// browser scripts may read the answers of the data paths
	// (cross-origin, CORS); "*" allows every origin. Empty: none, the
	// browser's same-origin policy holds. The OpenAPI document is readable
	// from every origin whatever this says (the Design Rules ask that of
	// /v1/openapi.json).
	AllowedOrigins []string
}

// route is one path of the API and the methods documented for it; HEAD is
// served with GET and OPTIONS on every path.
type route struct {
	method string // http.MethodGet or http.MethodPost
	serve  func(h *handler, w http.ResponseWriter, r *http.Request)
	public bool // readable from every origin
}

// routes are the paths the API serves, each with its one documented method.
// TestRoutesMatchOpenAPI holds them equal to the OpenAPI document's.
var routes = map[string]route{
	PathOptions:  {http.MethodGet, func(h *handler, w http.ResponseWriter, r *http.Request) { h.get(w, r, h.options) }, false},
	PathMeasures: {http.MethodGet, func(h *handler, w http.ResponseWriter, r *http.Request) { h.get(w, r, h.measures) }, false},
	PathEvaluate: {http.MethodPost, (*handler).evaluate, false},
	PathSimulate: {http.MethodPost, (*handler).simulate, false},
	PathOpenAPI:  {http.MethodGet, func(h *handler, w http.ResponseWriter, r *http.Request) { h.get(w, r, openAPI) }, true},
}

// allow is the value of the Allow header for a route.
func (rt route) allow() string {
	if rt.method == http.MethodGet {
		return "GET, HEAD, OPTIONS"
	}
	return rt.method + ", OPTIONS"
}

// handler serves the API. Its fields are set once by [NewHandler] and only
// read afterwards, so it is safe for concurrent use.
type handler struct {
	options  []byte // the answer of GET /v1/options
	measures []byte // the answer of GET /v1/measures
	data     *scenario.Data
	origins  []string // allowed origins; "*" for all
}

// NewHandler returns the whole API over the library's embedded data
// (scenario.DefaultData: the keuzeopties, the regional programme, the
// taakstelling and the facts), with no cross-origin access but to the
// OpenAPI document. The answers of the GET endpoints are encoded once,
// here. The handler is safe for concurrent use.
func NewHandler() (http.Handler, error) {
	return NewHandlerConfig(Config{})
}

// NewHandlerConfig is [NewHandler] with a deployment's choices.
func NewHandlerConfig(c Config) (http.Handler, error) {
	h, err := newHandler(scenario.DefaultData())
	if err != nil {
		return nil, err
	}
	for _, o := range c.AllowedOrigins {
		if err := checkOrigin(o); err != nil {
			return nil, err
		}
	}
	h.origins = slices.Clone(c.AllowedOrigins)
	return h, nil
}

// checkOrigin accepts "*" or an origin as a browser sends it:
// scheme://host[:port], no path, no trailing slash.
func checkOrigin(o string) error {
	if o == "*" {
		return nil
	}
	scheme, rest, ok := strings.Cut(o, "://")
	if !ok || (scheme != "https" && scheme != "http") || rest == "" || strings.ContainsAny(rest, "/?#@ *,") {
		return fmt.Errorf("service: %q is not an origin (want scheme://host[:port], e.g. https://www.hilversum.nl, or *)", o)
	}
	return nil
}

// newHandler serves the API over d: every endpoint answers from the same
// data, so a municipality's corrected files change all three answers.
func newHandler(d *scenario.Data) (*handler, error) {
	if d == nil {
		return nil, errors.New("service: no data")
	}
	opts, err := json.Marshal(newOptionsResponse(d.Catalog()))
	if err != nil {
		return nil, fmt.Errorf("service: encoding the options: %w", err)
	}
	ms, err := json.Marshal(newMeasuresResponse(d.Programme()))
	if err != nil {
		return nil, fmt.Errorf("service: encoding the measures: %w", err)
	}
	return &handler{options: opts, measures: ms, data: d}, nil
}

// ServeHTTP routes a request by its exact path. Every answer, errors
// included, carries the API-Version and the security headers.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	securityHeaders(w.Header(), r)
	rt, ok := routes[r.URL.Path]
	if !ok {
		// No redirect for a trailing slash (the Design Rules ask for 404),
		// and the path is not echoed: the detail is the same for every path.
		writeProblem(w, problem.Status(http.StatusNotFound, CodeNotFound,
			"no such path; the API serves "+PathOptions+", "+PathMeasures+", "+PathEvaluate+", "+PathSimulate+" and "+PathOpenAPI))
		return
	}
	h.cors(w.Header(), r, rt)
	switch {
	case r.Method == http.MethodOptions:
		// Preflight or plain OPTIONS: what the path allows. Whether a
		// browser may go on is in the CORS headers set above.
		w.Header().Set("Allow", rt.allow())
		w.WriteHeader(http.StatusNoContent)
	case r.Method == rt.method, r.Method == http.MethodHead && rt.method == http.MethodGet:
		rt.serve(h, w, r)
	default:
		w.Header().Set("Allow", rt.allow())
		writeProblem(w, problem.Status(http.StatusMethodNotAllowed, CodeMethodNotAllowed, "this path answers "+rt.allow()+" only"))
	}
}

// securityHeaders sets the headers of every answer: the API version and
// what the Design Rules (/core/transport/security-headers) ask of an API.
func securityHeaders(hdr http.Header, r *http.Request) {
	hdr.Set("API-Version", APIVersion)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("X-Frame-Options", "DENY")
	hdr.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("Referrer-Policy", "no-referrer")
	if r.TLS != nil {
		// Only over TLS: a browser ignores it on plain HTTP (RFC 6797,
		// section 8.1). Behind a proxy that ends TLS, the proxy sends it.
		hdr.Set("Strict-Transport-Security", "max-age=31536000")
	}
}

// cors sets the CORS headers of an answer on rt: every origin may read the
// OpenAPI document; the data paths only the allowed origins, never with
// credentials. A preflight (OPTIONS with Access-Control-Request-Method)
// from an allowed origin learns the method and the Content-Type header.
func (h *handler) cors(hdr http.Header, r *http.Request, rt route) {
	origin := r.Header.Get("Origin")
	allowed := ""
	switch {
	case rt.public || slices.Contains(h.origins, "*"):
		allowed = "*"
	case len(h.origins) > 0:
		hdr.Add("Vary", "Origin")
		if origin != "" && slices.Contains(h.origins, origin) {
			allowed = origin
		}
	}
	if allowed == "" {
		return
	}
	hdr.Set("Access-Control-Allow-Origin", allowed)
	hdr.Set("Access-Control-Expose-Headers", "API-Version")
	if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
		hdr.Set("Access-Control-Allow-Methods", strings.TrimSuffix(rt.allow(), ", OPTIONS"))
		hdr.Set("Access-Control-Allow-Headers", "Content-Type")
		hdr.Set("Access-Control-Max-Age", "600")
	}
}

// get answers GET and HEAD with a body encoded in advance.
func (h *handler) get(w http.ResponseWriter, r *http.Request, body []byte) {
	w.Header().Set("Content-Type", ContentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body) // a failed write means the client left; nothing to tell it
}

// evaluate answers POST /v1/_evaluate: the JSON form of a scenario.Input
// in, the JSON form of its scenario.Outcome out.
func (h *handler) evaluate(w http.ResponseWriter, r *http.Request) {
	data, ok := readBody(w, r, scenario.MaxInputBytes)
	if !ok {
		return
	}
	// scenario.ParseInput refuses a JSON null (a budget.ErrSyntax, so
	// malformed_json below), so that a client's nil does not quietly
	// evaluate the default scenario.
	in, err := scenario.ParseInput(data)
	if err != nil {
		writeProblem(w, problem.Of(err))
		return
	}
	out, err := h.data.Evaluate(in)
	if err != nil {
		// Every invalid field at once: problem.Of lists them all.
		writeProblem(w, problem.Of(err))
		return
	}
	writeJSON(w, out, "the outcome could not be encoded")
}

// readBody checks the Content-Type and reads a body of at most max bytes;
// when it cannot, it has answered with the problem and reports false.
func readBody(w http.ResponseWriter, r *http.Request, max int64) ([]byte, bool) {
	if err := checkContentType(r.Header.Get("Content-Type")); err != nil {
		w.Header().Set("Accept-Post", "application/json")
		writeProblem(w, problem.Status(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, err.Error()))
		return nil, false
	}
	if r.ContentLength > max {
		tooLarge(w, max)
		return nil, false
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			tooLarge(w, max)
			return nil, false
		}
		w.Header().Set("Connection", "close")
		writeProblem(w, problem.Details{Type: TypeUnreadableBody, Title: TitleUnreadableBody, Status: http.StatusBadRequest,
			Code: CodeUnreadableBody, Detail: "the request body could not be read: " + err.Error()})
		return nil, false
	}
	return data, true
}

// writeJSON answers 200 with v's JSON form, or 500 saying what could not
// be encoded. It calls v's own writer directly: json.Marshal would check
// and re-compact the finished text, a second pass that cost most of a
// request (the writers are tested byte for byte against encoding/json).
func writeJSON(w http.ResponseWriter, v json.Marshaler, what string) {
	body, err := v.MarshalJSON()
	if err != nil {
		writeProblem(w, problem.Status(http.StatusInternalServerError, CodeInternal, what))
		return
	}
	w.Header().Set("Content-Type", ContentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body)
}

// checkContentType accepts application/json, with charset utf-8 if a
// charset is given.
func checkContentType(ct string) error {
	if ct == "" {
		return errors.New("the body must be sent with Content-Type: application/json")
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || mt != "application/json" {
		return errors.New("the body must be sent with Content-Type: application/json")
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return errors.New("the body must be UTF-8 (Content-Type: application/json; charset=utf-8)")
	}
	return nil
}

func tooLarge(w http.ResponseWriter, max int64) {
	w.Header().Set("Connection", "close")
	writeProblem(w, problem.Status(http.StatusRequestEntityTooLarge, CodeBodyTooLarge,
		fmt.Sprintf("the request body exceeds %d bytes", max)))
}

// writeProblem writes p as application/problem+json with p's status
// (Problem.JSON cuts long fields and escapes what could be taken for HTML).
func writeProblem(w http.ResponseWriter, p problem.Details) {
	body := p.JSON()
	w.Header().Set("Content-Type", ProblemContentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(p.Status)
	_, _ = w.Write(body)
}
