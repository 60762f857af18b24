package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/scenario"
)

// The paths the API serves.
const (
	PathOptions  = "/v1/options"
	PathMeasures = "/v1/measures"
	PathEvaluate = "/v1/evaluate"
)

// ContentType is the Content-Type of every answer.
const ContentType = "application/json; charset=utf-8"

// Error codes of the HTTP level, beside the evaluation's own
// (scenario.CodeMalformedJSON, CodeInvalidInput, CodeInternal); see the
// package documentation for their statuses. Every error answer is
// {"error": scenario.Problem}, the JSON the browser's JS API gives too.
const (
	CodeMalformedJSON        = scenario.CodeMalformedJSON
	CodeInvalidInput         = scenario.CodeInvalidInput
	CodeInternal             = scenario.CodeInternal
	CodeUnreadableBody       = "unreadable_body"
	CodeNotFound             = "not_found"
	CodeMethodNotAllowed     = "method_not_allowed"
	CodeBodyTooLarge         = "body_too_large"
	CodeUnsupportedMediaType = "unsupported_media_type"
)

// ErrorResponse is the body of every error answer.
type ErrorResponse struct {
	Error scenario.Problem `json:"error"`
}

// handler serves the API. Its fields are set once by [NewHandler] and only
// read afterwards, so it is safe for concurrent use.
type handler struct {
	options  []byte // the answer of GET /v1/options
	measures []byte // the answer of GET /v1/measures
	data     *scenario.Data
}

// NewHandler returns the whole API over the library's embedded data
// (scenario.DefaultData: the keuzeopties, the regional programme, the
// taakstelling and the facts). The answers of the GET endpoints are encoded
// once, here. The handler is safe for concurrent use.
func NewHandler() (http.Handler, error) {
	return newHandler(scenario.DefaultData())
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

// ServeHTTP routes a request by its exact path.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Type", ContentType)
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
	hdr.Set("Cache-Control", "no-store")
	switch r.URL.Path {
	case PathOptions:
		h.get(w, r, h.options)
	case PathMeasures:
		h.get(w, r, h.measures)
	case PathEvaluate:
		h.evaluate(w, r)
	default:
		// The path is not echoed: the message is the same for every path.
		writeError(w, http.StatusNotFound, CodeNotFound, "", "no such path; the API serves "+PathOptions+", "+PathMeasures+" and "+PathEvaluate)
	}
}

// get answers GET and HEAD with a body encoded in advance.
func (h *handler) get(w http.ResponseWriter, r *http.Request, body []byte) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		methodNotAllowed(w, "GET, HEAD")
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body) // a failed write means the client left; nothing to tell it
}

// evaluate answers POST /v1/evaluate: the JSON form of a scenario.Input in,
// the JSON form of its scenario.Outcome out.
func (h *handler) evaluate(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		methodNotAllowed(w, "POST")
		return
	}
	if err := checkContentType(r.Header.Get("Content-Type")); err != nil {
		w.Header().Set("Accept-Post", "application/json")
		writeError(w, http.StatusUnsupportedMediaType, CodeUnsupportedMediaType, "", err.Error())
		return
	}
	if r.ContentLength > scenario.MaxInputBytes {
		tooLarge(w)
		return
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, scenario.MaxInputBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			tooLarge(w)
			return
		}
		w.Header().Set("Connection", "close")
		writeError(w, http.StatusBadRequest, CodeUnreadableBody, "", "the request body could not be read: "+err.Error())
		return
	}
	// scenario.ParseInput refuses a JSON null (a budget.ErrSyntax, so
	// malformed_json below), so that a client's nil does not quietly
	// evaluate the default scenario.
	in, err := scenario.ParseInput(data)
	if err != nil {
		inputError(w, err)
		return
	}
	out, err := h.data.Evaluate(in)
	if err != nil {
		inputError(w, err)
		return
	}
	body, err := json.Marshal(out)
	if err != nil {
		writeError(w, http.StatusInternalServerError, CodeInternal, "", "the outcome could not be encoded")
		return
	}
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

// inputError answers an error of scenario.ParseInput or Evaluate by
// scenario.ProblemOf: 400 naming the field, 500 for anything else.
func inputError(w http.ResponseWriter, err error) {
	writeProblem(w, scenario.ProblemOf(err))
}

func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	writeError(w, http.StatusMethodNotAllowed, CodeMethodNotAllowed, "", "this path answers "+allow+" only")
}

func tooLarge(w http.ResponseWriter) {
	w.Header().Set("Connection", "close")
	writeError(w, http.StatusRequestEntityTooLarge, CodeBodyTooLarge, "",
		fmt.Sprintf("the request body exceeds %d bytes", scenario.MaxInputBytes))
}

// writeError writes an [ErrorResponse].
func writeError(w http.ResponseWriter, status int, code, field, msg string) {
	writeProblem(w, scenario.Problem{Status: status, Code: code, Field: field, Message: msg})
}

// writeProblem writes {"error": p} with p's status (Problem.JSON cuts long
// fields and escapes what could be taken for HTML).
func writeProblem(w http.ResponseWriter, p scenario.Problem) {
	body := p.JSON()
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(p.Status)
	_, _ = w.Write(body)
}
