package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/scenario"
)

// FuzzEvaluateHandler sends arbitrary bodies and content types to POST
// /v1/evaluate. The handler never panics and always answers 200 or 4xx; a
// 200 is exactly the JSON of scenario.Evaluate for the body, and every 4xx
// is a JSON error naming its status, a code, and for bad input the field
// that scenario.ParseInput or Evaluate named.
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
		if w.Header().Get("Content-Type") != ContentType || w.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Fatalf("headers %v", w.Header())
		}
		if w.Code == http.StatusOK {
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
		var e ErrorResponse
		dec := json.NewDecoder(bytes.NewReader(w.Body.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("error body is not JSON: %v: %q", err, w.Body)
		}
		if e.Error.Status != w.Code || e.Error.Code == "" || e.Error.Message == "" {
			t.Fatalf("error %+v for status %d", e.Error, w.Code)
		}
		if strings.ContainsAny(w.Body.String(), "<>") {
			t.Fatalf("raw markup in the answer: %s", w.Body)
		}
		if w.Code != http.StatusBadRequest || e.Error.Code == CodeUnreadableBody {
			return
		}
		// A 400 names the field the library named.
		_, err := scenario.ParseInput(body)
		if err == nil {
			in, _ := scenario.ParseInput(body)
			_, err = scenario.Evaluate(in)
		}
		var ie *budget.FieldError
		if !errors.As(err, &ie) {
			t.Fatalf("400 %+v, but the library gives %v", e.Error, err)
		}
		if want := scenario.ProblemOf(err); e.Error != want {
			t.Fatalf("error %+v, the library's problem is %+v", e.Error, want)
		}
		if !strings.HasPrefix(ie.Field, strings.TrimSuffix(e.Error.Field, text.Ellipsis)) {
			t.Fatalf("field %q, the library names %q", e.Error.Field, ie.Field)
		}
	})
}
