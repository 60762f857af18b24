package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/problem"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/scenario"
)

// FuzzEvaluateHandler sends arbitrary bodies and content types to POST
// /v1/_evaluate. The handler never panics and always answers 200 or 4xx; a
// 200 is exactly the JSON of scenario.Evaluate for the body, and every 4xx
// is an application/problem+json problem naming its status, a code, and for
// bad input every field that scenario.ParseInput or Evaluate named.
func FuzzEvaluateHandler(f *testing.F) {
	seeds := []string{
		`{}`,
		`{"keuze":"A"}`,
		`{"keuze":"C","measures":[],"model":{"kind":"additive"}}`,
		`{"keuze":"D","model":{"theta":"0.8","pool_theta":{"jeugdhulp":"0.2"}},"key":{"kind":"inhabitants"},"from":2024,"to":2030}`,
		`{"model":{"kind":"sequential","pool_sizes":{"jeugdhulp":"10000000"}}}`,
		`{"key":{"kind":"custom","shares":{"blaricum":"0.1","gooise-meren":"0.1","hilversum":"0.4","huizen":"0.1","laren":"0.1","weesp":"0.1","wijdemeren":"0.1"}}}`,
		`{"growth":{"kind":"clients","from":2018,"to":2021},"ramp":{"years":{"2022":"0.5"},"from":{"year":2023,"amount":"1"}}}`,
		`{"other_measures":{"from":{"year":2023,"amount":"100000"}},"implementation_costs":{"years":{"2022":"50000"}}}`,
		`{"model":{"theta":"2"}}`,
		`{"realisation":{"low":"1","measures":{"vindplaats-werkplaats":{"low":"-0.5","central":"0.8"}}}}`,
		`{"realisation":{"low":"0.555"}}`,
		`{"realisation":{"central":"0.2","high":"0.1"}}`,
		`{"realisation":{"measures":{"nope":{"low":"0"}}}}`,
		`{"model":{"theta":0.5}}`,
		`{"keuze":"<script>alert(1)</script>"}`,
		`{"keuze":"A","keuze":"B"}`,
		`{"measures":["nope"]}`,
		`{"from":2030,"to":2020}`,
		`{"to":9999}`,
		`{"ramp":{"years":{"2024":"1e9"}}}`,
		`null`, `[]`, `"x"`, ``, `{`, `{} {}`,
		strings.Repeat("[", 20000),
		`{"keuze":` + strings.Repeat(`{"a":`, 3000),
		// Long keys of multi-byte runes: the library once cut a field name
		// inside a rune, and the answer (valid JSON, so U+FFFD) then named
		// a different field than the library (found by this fuzzer in CI).
		`{"00` + strings.Repeat("\xff", 70) + `":1}`,
		`{"` + strings.Repeat("€", 30) + `":1}`,
		`{"model":{"pool_theta":{"` + strings.Repeat("ë", 30) + `":"0.5"}}}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s), "application/json")
	}
	f.Add([]byte(`{}`), "text/plain")
	f.Add([]byte(`{}`), "application/json; charset=utf-8")
	f.Add([]byte(`{}`), "application/json; charset=latin1")
	f.Add([]byte(`{}`), "")

	h := newTestHandler(f)
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		w := serve(h, http.MethodPost, PathEvaluate, ct, body)
		if w.Header().Get("X-Content-Type-Options") != "nosniff" || w.Header().Get("API-Version") != APIVersion {
			t.Fatalf("headers %v", w.Header())
		}
		if w.Code == http.StatusOK {
			if w.Header().Get("Content-Type") != ContentType {
				t.Fatalf("200 with Content-Type %q", w.Header().Get("Content-Type"))
			}
			in, err := scenario.ParseInput(body)
			if err != nil {
				t.Fatalf("200 for a body ParseInput rejects: %v", err)
			}
			out, err := scenario.Evaluate(in)
			if err != nil {
				t.Fatalf("200 for an input Evaluate rejects: %v", err)
			}
			want, err := json.Marshal(out)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(w.Body.Bytes(), want) {
				t.Fatalf("answer differs from scenario.Evaluate:\n%.300s\n%.300s", w.Body, want)
			}
			return
		}
		if w.Code < 400 || w.Code > 499 {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		if w.Header().Get("Content-Type") != ProblemContentType {
			t.Fatalf("%d with Content-Type %q", w.Code, w.Header().Get("Content-Type"))
		}
		var e problem.Details
		dec := json.NewDecoder(bytes.NewReader(w.Body.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("error body is not a problem: %v: %q", err, w.Body)
		}
		if e.Status != w.Code || e.Code == "" || e.Title == "" || e.Detail == "" || e.Type == "" {
			t.Fatalf("problem %+v for status %d", e, w.Code)
		}
		if strings.ContainsAny(w.Body.String(), "<>") {
			t.Fatalf("raw markup in the answer: %s", w.Body)
		}
		if w.Code != http.StatusBadRequest || e.Code == CodeUnreadableBody {
			return
		}
		// A 400 lists every field the library named, in its order.
		_, err := scenario.ParseInput(body)
		if err == nil {
			in, _ := scenario.ParseInput(body)
			_, err = scenario.Evaluate(in)
		}
		var ie *budget.FieldError
		if !errors.As(err, &ie) {
			t.Fatalf("400 %+v, but the library gives %v", e, err)
		}
		want := problem.Of(err)
		if !bytes.Equal(w.Body.Bytes(), want.JSON()) {
			t.Fatalf("problem %s, the library's is %s", w.Body, want.JSON())
		}
		if len(e.InvalidParams) == 0 || !strings.HasPrefix(ie.Field, strings.TrimSuffix(e.InvalidParams[0].Name, text.Ellipsis)) {
			t.Fatalf("invalid params %+v, the library names %q first", e.InvalidParams, ie.Field)
		}
	})
}
