package view

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/internal/problem"
	"github.com/hilversum/sociaaldomein/scenario"
)

func TestEvaluateJSON(t *testing.T) {
	in := `{"keuze": "A", "measures": null, "model": {"theta": "0.5"}, "key": {}, "growth": {}}`
	got := EvaluateJSON([]byte(in))
	var out scenario.Outcome
	if err := json.Unmarshal(got, &out); err != nil {
		t.Fatalf("EvaluateJSON(%s) = %.200s: %v", in, got, err)
	}
	parsed, err := scenario.ParseInput([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want, err := scenario.Evaluate(parsed)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := json.Marshal(want)
	if string(got) != string(wantJSON) {
		t.Errorf("EvaluateJSON differs from scenario.Evaluate:\n got %.300s\nwant %.300s", got, wantJSON)
	}
	if strings.Contains(string(got), `"value":5`) {
		t.Errorf("amounts as JSON numbers: %.300s", got)
	}
	// An outcome has no "status": that is how a script tells the two apart.
	var m map[string]json.RawMessage
	if err := json.Unmarshal(got, &m); err != nil || m["status"] != nil {
		t.Errorf("an outcome with a status member: %v", err)
	}
}

// TestEvaluateJSONErrors: a bad input gives the service's problem, as is:
// RFC 9457 members, status 400 and every invalid field by its JSON path.
func TestEvaluateJSONErrors(t *testing.T) {
	for _, tc := range []struct{ in, code, field string }{
		{`{"keuze": "E"}`, problem.CodeInvalidInput, "keuze"},
		{`{"model": {"theta": "2"}}`, problem.CodeInvalidInput, "model.theta"},
		{`{"nope": 1}`, problem.CodeInvalidInput, "nope"},
		{`{"model": {"theta": 0.5}}`, problem.CodeMalformedJSON, "model.theta"},
		{`not json`, problem.CodeMalformedJSON, ""},
		{``, problem.CodeMalformedJSON, ""},
		{strings.Repeat("[", 50000), problem.CodeMalformedJSON, ""},
		{strings.Repeat("[", 100000), problem.CodeInvalidInput, ""}, // larger than scenario.MaxInputBytes
	} {
		b := EvaluateJSON([]byte(tc.in))
		var p problem.Details
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&p); err != nil || p.Status != 400 || p.Code != tc.code || p.Title == "" || p.Detail == "" || p.Type == "" {
			t.Errorf("EvaluateJSON(%.30q) = %.300s, %v; want a 400 problem %s", tc.in, b, err, tc.code)
			continue
		}
		if len(p.InvalidParams) == 0 || !strings.HasPrefix(p.InvalidParams[0].Name, tc.field) {
			t.Errorf("EvaluateJSON(%.30q): invalid params %+v, want %q first", tc.in, p.InvalidParams, tc.field)
		}
		if want := problem.Of(parseOrEvaluate(tc.in)).JSON(); !bytes.Equal(b, want) {
			t.Errorf("EvaluateJSON(%.30q) = %.300s, problem.Of gives %.300s", tc.in, b, want)
		}
	}
}

func parseOrEvaluate(s string) error {
	in, err := scenario.ParseInput([]byte(s))
	if err != nil {
		return err
	}
	_, err = scenario.Evaluate(in)
	return err
}
