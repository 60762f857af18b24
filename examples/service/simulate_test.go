package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/internal/problem"
)

// TestSimulate: POST /v1/_simulate answers the library's result as JSON,
// the same bytes for the same seed, other figures for another seed, and
// says that the probability excludes the implementation costs while they
// are pm.
func TestSimulate(t *testing.T) {
	h := newTestHandler(t)
	body := []byte(`{"seed": 3, "draws": 2000, "sensitivity": true}`)
	w := serve(h, http.MethodPost, PathSimulate, "application/json", body)
	checkHeaders(t, w)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	again := serve(h, http.MethodPost, PathSimulate, "application/json", body)
	if !bytes.Equal(w.Body.Bytes(), again.Body.Bytes()) {
		t.Error("the same seed gave another answer")
	}
	other := serve(h, http.MethodPost, PathSimulate, "application/json", []byte(`{"seed": 4, "draws": 2000, "sensitivity": true}`))
	if bytes.Equal(w.Body.Bytes(), other.Body.Bytes()) {
		t.Error("seed 4 gave the answer of seed 3")
	}
	var res struct {
		Seed                string `json:"seed"`
		Draws               int    `json:"draws"`
		ImplementationCosts string `json:"implementation_costs"`
		Years               []struct {
			Year    int      `json:"year"`
			Savings []string `json:"savings"`
			PMet    string   `json:"p_met"`
			Summary string   `json:"summary"`
		} `json:"years"`
		Sensitivity []json.RawMessage `json:"sensitivity"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if res.Seed != "3" || res.Draws != 2000 || res.ImplementationCosts != "pm" || len(res.Years) != 6 || len(res.Sensitivity) != 6 {
		t.Errorf("answer %.400s", w.Body)
	}
	for _, y := range res.Years {
		if len(y.Savings) != 3 || y.PMet == "" || !strings.Contains(y.Summary, "zonder de uitvoeringskosten (pm)") {
			t.Errorf("%d: %+v", y.Year, y)
		}
	}
	w = serve(h, http.MethodPost, PathSimulate, "application/json", []byte(`{"draws": 10, "implementation_costs": {"kind": "point", "value": "100000"}}`))
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"implementation_costs":"included"`) {
		t.Errorf("costs given: %d %.300s", w.Code, w.Body)
	}
}

// TestSimulateErrors: too many draws, bad fields, a wrong media type and
// a body too large each get their problem, naming the fields.
func TestSimulateErrors(t *testing.T) {
	h := newTestHandler(t)
	for _, tc := range []struct {
		name, ct, body string
		status         int
		code           string
		fields         []string
	}{
		{"too many draws", "application/json", `{"draws": 100001}`, 400, CodeInvalidInput, []string{"draws"}},
		{"no draws", "application/json", `{"draws": -1}`, 400, CodeInvalidInput, []string{"draws"}},
		{"fields", "application/json", `{"theta": {"pools": {"nope": {"kind": "point", "value": "0.5"}}}, "ramp_delay_months": {"kind": "uniform", "low": "12", "high": "0"}, "quantiles": ["0.9", "0.1"]}`, 400, CodeInvalidInput,
			[]string{"theta.pools.nope", "ramp_delay_months.high", "quantiles[1]"}},
		{"unknown key", "application/json", `{"keuze": "A"}`, 400, CodeInvalidInput, []string{"keuze"}},
		{"number for a decimal", "application/json", `{"correlation": 0.5}`, 400, CodeMalformedJSON, []string{"correlation"}},
		{"null", "application/json", `null`, 400, CodeMalformedJSON, nil},
		{"text", "text/plain", `{}`, 415, CodeUnsupportedMediaType, nil},
		{"too large", "application/json", `{"measures": [` + strings.Repeat(`"x",`, 20000) + `"x"]}`, 413, CodeBodyTooLarge, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := serve(h, http.MethodPost, PathSimulate, tc.ct, []byte(tc.body))
			checkHeaders(t, w)
			if w.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tc.status, w.Body)
			}
			var p problem.Details
			if err := json.Unmarshal(w.Body.Bytes(), &p); err != nil {
				t.Fatal(err)
			}
			if p.Code != tc.code {
				t.Errorf("code %q, want %q", p.Code, tc.code)
			}
			got := map[string]bool{}
			for _, ip := range p.InvalidParams {
				got[ip.Name] = true
			}
			for _, f := range tc.fields {
				if !got[f] {
					t.Errorf("%s not listed: %s", f, w.Body)
				}
			}
		})
	}
}
