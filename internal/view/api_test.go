package view

import (
	"encoding/json"
	"strings"
	"testing"

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
}

func TestEvaluateJSONErrors(t *testing.T) {
	for _, tc := range []struct{ in, field string }{
		{`{"keuze": "E"}`, "keuze"},
		{`{"model": {"theta": "2"}}`, "model.theta"},
		{`{"nope": 1}`, "nope"},
		{`not json`, ""},
		{``, ""},
		{strings.Repeat("[", 100000), ""},
	} {
		var resp struct{ Error scenario.Problem }
		b := EvaluateJSON([]byte(tc.in))
		if err := json.Unmarshal(b, &resp); err != nil || resp.Error.Status != 400 || (resp.Error.Code != scenario.CodeInvalidInput && resp.Error.Code != scenario.CodeMalformedJSON) {
			t.Errorf("EvaluateJSON(%.30q) = %.200s, %v; want an invalid error", tc.in, b, err)
			continue
		}
		if tc.field != "" && !strings.HasPrefix(resp.Error.Field, tc.field) {
			t.Errorf("EvaluateJSON(%.30q): field %q, want %q", tc.in, resp.Error.Field, tc.field)
		}
	}
}
