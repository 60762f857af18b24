package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/problem"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/shopspring/decimal"
)

func newTestHandler(t testing.TB) http.Handler {
	t.Helper()
	h, err := NewHandler()
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// serve sends one request to h; ct "" sends no Content-Type.
func serve(h http.Handler, method, path, ct string, body []byte) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, path, bytes.NewReader(body))
	if ct != "" {
		r.Header.Set("Content-Type", ct)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// checkHeaders checks the headers every answer carries: JSON for a
// success, problem+json for an error, the API version and nosniff (the
// other security headers: TestSecurityHeaders).
func checkHeaders(t *testing.T, w *httptest.ResponseRecorder) {
	t.Helper()
	want := ContentType
	if w.Code >= 400 {
		want = ProblemContentType
	}
	if got := w.Header().Get("Content-Type"); got != want {
		t.Errorf("status %d: Content-Type = %q, want %q", w.Code, got, want)
	}
	if got := w.Header().Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
	}
	if got := w.Header().Get("API-Version"); got != APIVersion {
		t.Errorf("API-Version = %q, want %q", got, APIVersion)
	}
}

// decodeStrict decodes body into v, rejecting unknown fields and trailing
// data.
func decodeStrict(t testing.TB, body []byte, v any) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("decoding %.200s: %v", body, err)
	}
	if dec.More() {
		t.Fatalf("data after the JSON document: %.200s", body)
	}
}

func TestOptions(t *testing.T) {
	h := newTestHandler(t)
	w := serve(h, http.MethodGet, PathOptions, "", nil)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d, body %s", w.Code, w.Body)
	}
	checkHeaders(t, w)
	var resp OptionsResponse
	decodeStrict(t, w.Body.Bytes(), &resp)

	type total struct {
		ID     string
		Year   budget.Year
		Amount string
		PM     bool
	}
	var got []total
	for _, o := range resp.Options {
		for _, tj := range o.Totals {
			if tj.Year != 2024 {
				continue
			}
			a := "unknown"
			if tj.Total.Known {
				a = tj.Total.Value.String()
			}
			got = append(got, total{o.ID, tj.Year, a, tj.Total.PM})
		}
	}
	// The seed's tables: A and B € 550.000, C and D € 500.000 + pm.
	want := []total{{"A", 2024, "550000", false}, {"B", 2024, "550000", false}, {"C", 2024, "500000", true}, {"D", 2024, "500000", true}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("2024 totals (-want +got):\n%s", d)
	}

	if resp.Proposal == nil || resp.Proposal.Option != "A" || resp.Proposal.Source.Document != budget.SeedStartnotitie {
		t.Errorf("proposal = %+v, want option A from the Startnotitie", resp.Proposal)
	}
	if len(resp.CoalitionBudget) == 0 {
		t.Error("no coalition budget")
	}
	for _, o := range resp.Options {
		if !cmp.Equal(o.Years, []budget.Year{2024, 2025, 2026, 2027}) {
			t.Errorf("%s: years %v", o.ID, o.Years)
		}
		if o.Name == "" || o.Dekking == "" || o.Expectation == "" || len(o.Advantages) == 0 || len(o.Risks) == 0 || o.Source.Section == "" {
			t.Errorf("%s: texts missing: %+v", o.ID, o)
		}
		for _, r := range o.Risks {
			if r.Risk == "" || r.Beheersmaatregel == "" {
				t.Errorf("%s: risk without beheersmaatregel: %+v", o.ID, r)
			}
		}
		if (o.ID == "A") != o.Proposed {
			t.Errorf("%s: proposed = %v", o.ID, o.Proposed)
		}
		// Every total is the sum of the line amounts in the answer, and
		// says pm exactly when a pm line is left out.
		hasPM := false
		for _, l := range o.Lines {
			if l.PM {
				hasPM = true
				if len(l.Amounts) != 0 {
					t.Errorf("%s: pm line %s has amounts %v", o.ID, l.ID, l.Amounts)
				}
			}
			if l.Source.Document != budget.SeedStartnotitie || l.Label == "" {
				t.Errorf("%s: line %s: label %q, source %+v", o.ID, l.ID, l.Label, l.Source)
			}
		}
		if wantPM := o.ID == "C" || o.ID == "D"; hasPM != wantPM {
			t.Errorf("%s: has a pm line = %v, want %v", o.ID, hasPM, wantPM)
		}
		for _, tj := range o.Totals {
			sum := decimal.Zero
			for _, l := range o.Lines {
				for _, a := range l.Amounts {
					if a.Year == tj.Year {
						sum = sum.Add(decimal.RequireFromString(a.Amount))
					}
				}
			}
			if !tj.Total.Known || !tj.Total.Value.Equal(sum) {
				t.Errorf("%s %d: total %+v, lines sum to %s", o.ID, tj.Year, tj.Total, sum)
			}
			if tj.Total.PM != hasPM || strings.HasSuffix(tj.Display, "+ pm") != hasPM {
				t.Errorf("%s %d: pm %v, display %q; has pm line %v", o.ID, tj.Year, tj.Total.PM, tj.Display, hasPM)
			}
		}
	}
	// Amounts are strings, never JSON numbers, and a total is in
	// budget.Amount's JSON form.
	if strings.Contains(w.Body.String(), `"amount":5`) || strings.Contains(w.Body.String(), `"amount":1`) {
		t.Error("an amount is a JSON number")
	}
	if !strings.Contains(w.Body.String(), "\"total\":{\"known\":true,\"value\":\"500000\",\"pm\":true},\"display\":\"€\u00a0500.000 + pm\"") {
		t.Errorf("no total of C or D in budget.Amount's JSON form: %.300s", w.Body)
	}
}

func TestMeasures(t *testing.T) {
	h := newTestHandler(t)
	w := serve(h, http.MethodGet, PathMeasures, "", nil)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d, body %s", w.Code, w.Body)
	}
	checkHeaders(t, w)
	var resp MeasuresResponse
	decodeStrict(t, w.Body.Bytes(), &resp)

	if len(resp.Measures) != 14 {
		t.Fatalf("%d measures, want 14", len(resp.Measures))
	}
	type row struct{ ID, Domain, Label, Law, Effect string }
	var got, want []row
	for _, m := range resp.Measures {
		e := "unknown"
		if m.Effect.Known {
			e = m.Effect.Value.String()
		}
		got = append(got, row{m.ID, m.Domain.ID, m.Domain.Label, string(m.Law), e})
		if m.Effect.PM || m.Source.Document != budget.SeedRaadsvoorstel || m.Name == "" {
			t.Errorf("%s: effect %+v, name %q, source %+v", m.ID, m.Effect, m.Name, m.Source)
		}
	}
	for _, m := range regional.Measures() {
		want = append(want, row{m.ID, m.Domain.ID(), m.Domain.String(), string(m.Law), m.Effect.String()})
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("measures (-want +got):\n%s", d)
	}
	if got[0].Effect != "-900000" || got[0].Label != "Jeugdhulp" {
		t.Errorf("first measure %+v, want Jeugdhulp -900000", got[0])
	}
	// The heronderzoek of the wachtlijst costs € 150.000 in Beschermd wonen.
	found := false
	for _, m := range resp.Measures {
		if m.ID == "heronderzoek-wachtlijst" {
			found = true
			got := []string{m.Domain.ID, "unknown"}
			if m.Effect.Known {
				got[1] = m.Effect.Value.String()
			}
			for _, c := range m.CrossEffects {
				got = append(got, c.Domain.ID, strconv.FormatBool(c.Amount.PM), strconv.FormatBool(c.Amount.Known))
			}
			want := []string{"beschermd-wonen", "150000", "dagbesteding-begeleiding", "true", "false"}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("heronderzoek-wachtlijst (-want +got):\n%s", d)
			}
		}
	}
	if !found {
		t.Error("no heronderzoek-wachtlijst")
	}
	remarks := 0
	for _, m := range resp.Measures {
		remarks += len(m.Remarks)
	}
	if remarks == 0 {
		t.Error("no remarks of Hilversum")
	}

	if len(resp.Proposed) != 1 || resp.Proposed[0].Effect != budget.PMAmount() {
		t.Errorf("proposed = %+v, want one pm measure without effect", resp.Proposed)
	}
	// The two measures the AEF study doubts (004:160-171) may raise costs;
	// "uncertainty" is gone (decodeStrict refuses unknown fields).
	var raise []string
	for _, m := range resp.Measures {
		if m.MayRaiseCosts {
			raise = append(raise, m.ID)
		}
	}
	if d := cmp.Diff([]string{"vindplaats-werkplaats", "eenvoudige-zorg-complexe-situaties"}, raise); d != "" {
		t.Errorf("may_raise_costs (-want +got):\n%s", d)
	}
	for _, k := range []string{`"uncertainty"`, `"effect":null`, `"amount":null`} {
		if strings.Contains(w.Body.String(), k) {
			t.Errorf("the answer still has %s", k)
		}
	}
	if !strings.Contains(w.Body.String(), `"effect":{"known":true,"value":"-900000"}`) {
		t.Errorf("effects are not in budget.Amount's JSON form: %.300s", w.Body)
	}
	if len(resp.Municipalities) != 7 {
		t.Fatalf("%d municipalities, want 7", len(resp.Municipalities))
	}
	var ids []string
	for _, m := range resp.Municipalities {
		ids = append(ids, m.ID)
		if m.Inhabitants <= 0 || m.Source.Document == "" || m.Name == "" {
			t.Errorf("municipality %+v", m)
		}
	}
	var wantIDs []string
	for _, m := range regional.Municipalities() {
		wantIDs = append(wantIDs, m.ID)
	}
	if d := cmp.Diff(wantIDs, ids); d != "" || !strings.Contains(strings.Join(ids, ","), "hilversum") {
		t.Errorf("municipalities (-want +got):\n%s", d)
	}
	if resp.HilversumShareSource.Document == "" || resp.MunicipalitySource.Document == "" {
		t.Errorf("sources missing: %+v %+v", resp.HilversumShareSource, resp.MunicipalitySource)
	}
}

func TestHead(t *testing.T) {
	h := newTestHandler(t)
	for _, p := range []string{PathOptions, PathMeasures} {
		get := serve(h, http.MethodGet, p, "", nil)
		head := serve(h, http.MethodHead, p, "", nil)
		if head.Code != http.StatusOK || head.Body.Len() != 0 {
			t.Errorf("HEAD %s: status %d, %d bytes", p, head.Code, head.Body.Len())
		}
		if got, want := head.Header().Get("Content-Length"), get.Header().Get("Content-Length"); got != want || want == "" {
			t.Errorf("HEAD %s: Content-Length %q, GET has %q", p, got, want)
		}
		checkHeaders(t, head)
	}
}

// evaluateDirect is what the service must answer for body: the JSON form of
// scenario.Evaluate of the parsed input.
func evaluateDirect(t testing.TB, body string) (scenario.Outcome, []byte) {
	t.Helper()
	in, err := scenario.ParseInput([]byte(body))
	if err != nil {
		t.Fatalf("ParseInput(%s): %v", body, err)
	}
	out, err := scenario.Evaluate(in)
	if err != nil {
		t.Fatalf("Evaluate(%s): %v", body, err)
	}
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return out, b
}

func TestEvaluate(t *testing.T) {
	h := newTestHandler(t)
	tests := []struct {
		name, ct, body string
		keuze          string
		years          int
	}{
		{"defaults", "application/json", `{}`, "", 6},
		{"keuze A", "application/json", `{"keuze":"A"}`, "A", 6},
		{"charset", "application/json; charset=UTF-8", `{"keuze":"B"}`, "B", 6},
		{"keuze C, no measures, additive", "application/json", `{"keuze":"C","measures":[],"model":{"kind":"additive"}}`, "C", 6},
		{"overlap theta and inhabitants key", "application/json", `{"keuze":"D","model":{"theta":"0.8","pool_theta":{"jeugdhulp":"0.2"}},"key":{"kind":"inhabitants"},"from":2024,"to":2030}`, "D", 7},
		{"custom key, growth, other measures", "application/json", `{"key":{"kind":"custom","shares":{"blaricum":"0.1","gooise-meren":"0.1","hilversum":"0.4","huizen":"0.1","laren":"0.1","weesp":"0.1","wijdemeren":"0.1"}},"growth":{"kind":"national"},"other_measures":{"from":{"year":2023,"amount":"100000"}},"implementation_costs":{"years":{"2022":"50000"}}}`, "", 6},
		{"measures, whitespace", "application/json", " \n{ \"measures\" : [\"vindplaats-werkplaats\", \"heronderzoek-wachtlijst\"] }\n", "", 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(h, http.MethodPost, PathEvaluate, tt.ct, []byte(tt.body))
			if w.Code != http.StatusOK {
				t.Fatalf("status %d, body %s", w.Code, w.Body)
			}
			checkHeaders(t, w)
			direct, directJSON := evaluateDirect(t, tt.body)
			if d := cmp.Diff(string(directJSON), w.Body.String()); d != "" {
				t.Errorf("answer differs from scenario.Evaluate (-direct +service):\n%s", d)
			}
			var got scenario.Outcome
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
				t.Fatalf("answer is not a scenario.Outcome: %v", err)
			}
			if got.Keuze != tt.keuze || len(got.Years) != tt.years {
				t.Errorf("keuze %q with %d years, want %q with %d", got.Keuze, len(got.Years), tt.keuze, tt.years)
			}
			// Hilversum's central saving in 2024 equals a direct call.
			for i, y := range got.Years {
				if y.Year != 2024 {
					continue
				}
				got, want := y.Taakstelling.Savings, direct.Years[i].Taakstelling.Savings
				if !got.Known || !got.Central.Equal(want.Central) {
					t.Errorf("2024 central saving %s, Evaluate gives %s", got.Central, want.Central)
				}
			}
		})
	}
}

// TestEvaluateKnownValue pins values derived by hand from the seeds, so
// that a service and a library that both went wrong do not agree silently.
// With no measures Hilversum saves nothing: the balance of 2024 is the whole
// taakstelling of € 1.200.000 short at every end, and keuze A costs
// € 550.000 in 2024 (its table), kept apart from the taakstelling. With
// regional implementation costs of € 100.000 a year, Hilversum's 35 % of
// them (€ 35.000) adds to the shortfall, and the verdict no longer says the
// costs are pm.
func TestEvaluateKnownValue(t *testing.T) {
	h := newTestHandler(t)
	type year struct {
		Year         int `json:"year"`
		Taakstelling struct {
			Target              budget.Amount `json:"target"`
			Savings             budget.Range  `json:"savings"`
			ImplementationCosts budget.Amount `json:"implementation_costs"`
			Balance             budget.Range  `json:"balance"`
			Verdict             struct {
				Kind     string  `json:"kind"`
				Headroom *string `json:"headroom"`
				CostsPM  bool    `json:"costs_pm"`
			} `json:"verdict"`
		} `json:"taakstelling"`
		Keuze struct {
			Cost budget.Amount `json:"cost"`
		} `json:"keuze"`
	}
	type pinned struct {
		Target, KeuzeCost, Savings, Costs, BalanceLow, BalanceCentral, BalanceHigh, Kind string
		CostsPM, Headroom                                                                bool
	}
	str := func(a budget.Amount) string {
		if !a.Known {
			return fmt.Sprintf("known=false pm=%v", a.PM)
		}
		return a.Value.String()
	}
	tests := []struct {
		body string
		want pinned
	}{
		{`{"keuze":"A","measures":[]}`, pinned{"1200000", "550000", "0", "known=false pm=true", "-1200000", "-1200000", "-1200000", "not-met", true, false}},
		{`{"keuze":"A","measures":[],"implementation_costs":{"from":{"year":2022,"amount":"100000"}}}`,
			pinned{"1200000", "550000", "0", "35000", "-1235000", "-1235000", "-1235000", "not-met", false, false}},
	}
	for _, tt := range tests {
		w := serve(h, http.MethodPost, PathEvaluate, "application/json", []byte(tt.body))
		if w.Code != http.StatusOK {
			t.Fatalf("%s: status %d, body %s", tt.body, w.Code, w.Body)
		}
		var out struct {
			Years []year `json:"years"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, y := range out.Years {
			if y.Year != 2024 {
				continue
			}
			found = true
			tp := y.Taakstelling
			got := pinned{str(tp.Target), str(y.Keuze.Cost), tp.Savings.Central.String(), str(tp.ImplementationCosts),
				tp.Balance.Low.String(), tp.Balance.Central.String(), tp.Balance.High.String(), tp.Verdict.Kind,
				tp.Verdict.CostsPM, tp.Verdict.Headroom != nil}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("%s: 2024 (-want +got):\n%s", tt.body, d)
			}
		}
		if !found {
			t.Errorf("%s: no 2024 in the outcome", tt.body)
		}
	}
}

// TestEvaluateVerdicts pins the verdict of 2023 and 2024, derived by hand
// from the seed's 14 effects (004), against the one rule: "met" only when the
// pessimistic end meets the target with every cost known; "met-if" with the
// headroom while the implementation costs are pm.
//
// The largest saving per domain, every maximum reached: Jeugdhulp 1.458.246,
// Verblijf Jeugd 812.000, Huishoudelijke hulp 1.632.659, Dagbesteding en
// begeleiding 1.402.478, Beschermd wonen 400.000 − 150.000 (the
// heronderzoek's cost) = 250.000, Wmo-vervoer 314.263: € 5.869.646 for the
// region, Hilversum's 35 % € 2.054.376,10 in 2024 (ramp 1) and
// € 1.643.500,88 in 2023 (ramp 0,8). Against € 1.200.000: € 854.376,10
// and € 443.500,88 over.
//
// The default pessimistic end reaches half of each maximum and lets the two
// AEF-doubted measures raise costs by a quarter: Jeugdhulp 729.123 − 225.000,
// Verblijf Jeugd 406.000, Huishoudelijke hulp 816.329,50, Dagbesteding en
// begeleiding 701.239 − 156.250, Beschermd wonen 200.000 − 150.000,
// Wmo-vervoer 157.131,50: € 2.478.573, Hilversum € 867.500,55 in 2024,
// € 332.499,45 short of the target.
func TestEvaluateVerdicts(t *testing.T) {
	h := newTestHandler(t)
	type verdict struct {
		BalanceLow, Kind, Headroom string
		CostsPM                    bool
	}
	tests := []struct {
		name, body string
		want2023   verdict
		want2024   verdict
		tallyMet   int
	}{
		{"defaults: depends", `{}`,
			verdict{"-505999.56", "depends", "", true}, verdict{"-332499.45", "depends", "", true}, 0},
		{"every maximum reached at the pessimistic end: met-if", `{"realisation":{"low":"1"}}`,
			verdict{"443500.88", "met-if", "443500.88", true}, verdict{"854376.1", "met-if", "854376.1", true}, 0},
		// Regional implementation costs of € 100.000 a year: Hilversum's
		// 35 % is € 35.000, and with every cost known the verdict is "met".
		{"costs given: met", `{"realisation":{"low":"1"},"implementation_costs":{"from":{"year":2022,"amount":"100000"}}}`,
			verdict{"408500.88", "met", "", false}, verdict{"819376.1", "met", "", false}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(h, http.MethodPost, PathEvaluate, "application/json", []byte(tt.body))
			if w.Code != http.StatusOK {
				t.Fatalf("status %d, body %s", w.Code, w.Body)
			}
			var out struct {
				Years []struct {
					Year         int `json:"year"`
					Taakstelling struct {
						Balance budget.Range `json:"balance"`
						Verdict struct {
							Kind     string  `json:"kind"`
							Headroom *string `json:"headroom"`
							CostsPM  bool    `json:"costs_pm"`
						} `json:"verdict"`
					} `json:"taakstelling"`
				} `json:"years"`
				Tally struct {
					Met int `json:"met"`
				} `json:"tally"`
			}
			if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
				t.Fatal(err)
			}
			got := map[int]verdict{}
			for _, y := range out.Years {
				v := y.Taakstelling.Verdict
				g := verdict{BalanceLow: y.Taakstelling.Balance.Low.String(), Kind: v.Kind, CostsPM: v.CostsPM}
				if v.Headroom != nil {
					g.Headroom = *v.Headroom
				}
				got[y.Year] = g
			}
			if d := cmp.Diff(map[int]verdict{2023: tt.want2023, 2024: tt.want2024}, map[int]verdict{2023: got[2023], 2024: got[2024]}); d != "" {
				t.Errorf("verdicts (-want +got):\n%s", d)
			}
			if out.Tally.Met != tt.tallyMet {
				t.Errorf("tally: %d years met, want %d", out.Tally.Met, tt.tallyMet)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	h := newTestHandler(t)
	const js = "application/json"
	deep := func(n int) string { return strings.Repeat("[", n) }
	tests := []struct {
		name         string
		method, path string
		ct, body     string
		status       int
		code, field  string // field: the first invalid field, for a 400 about the input
		allow        string
	}{
		{"unknown path", "GET", "/v1/nope", "", "", 404, CodeNotFound, "", ""},
		{"root", "GET", "/", "", "", 404, CodeNotFound, "", ""},
		{"trailing slash", "GET", "/v1/options/", "", "", 404, CodeNotFound, "", ""},
		{"old path of the evaluation", "POST", "/v1/evaluate", js, "{}", 404, CodeNotFound, "", ""},
		{"base path", "GET", "/v1", "", "", 404, CodeNotFound, "", ""},
		{"path with markup", "GET", "/%3Cscript%3E", "", "", 404, CodeNotFound, "", ""},
		{"GET evaluate", "GET", PathEvaluate, "", "", 405, CodeMethodNotAllowed, "", "POST, OPTIONS"},
		{"PUT evaluate", "PUT", PathEvaluate, js, "{}", 405, CodeMethodNotAllowed, "", "POST, OPTIONS"},
		{"POST options", "POST", PathOptions, js, "{}", 405, CodeMethodNotAllowed, "", "GET, HEAD, OPTIONS"},
		{"DELETE measures", "DELETE", PathMeasures, "", "", 405, CodeMethodNotAllowed, "", "GET, HEAD, OPTIONS"},
		{"no content type", "POST", PathEvaluate, "", "{}", 415, CodeUnsupportedMediaType, "", ""},
		{"text/plain", "POST", PathEvaluate, "text/plain", "{}", 415, CodeUnsupportedMediaType, "", ""},
		{"form", "POST", PathEvaluate, "application/x-www-form-urlencoded", "keuze=A", 415, CodeUnsupportedMediaType, "", ""},
		{"latin-1", "POST", PathEvaluate, "application/json; charset=iso-8859-1", "{}", 415, CodeUnsupportedMediaType, "", ""},
		{"bad media type", "POST", PathEvaluate, "application/json; ;", "{}", 415, CodeUnsupportedMediaType, "", ""},
		{"empty body", "POST", PathEvaluate, js, "", 400, CodeMalformedJSON, "", ""},
		{"unterminated", "POST", PathEvaluate, js, `{"keuze":`, 400, CodeMalformedJSON, "", ""},
		{"not JSON", "POST", PathEvaluate, js, `<html>`, 400, CodeMalformedJSON, "", ""},
		{"null", "POST", PathEvaluate, js, `null`, 400, CodeMalformedJSON, "", ""},
		{"array", "POST", PathEvaluate, js, `[]`, 400, CodeMalformedJSON, "", ""},
		{"two documents", "POST", PathEvaluate, js, `{} {}`, 400, CodeMalformedJSON, "", ""},
		{"theta as number", "POST", PathEvaluate, js, `{"model":{"theta":0.5}}`, 400, CodeMalformedJSON, "model.theta", ""},
		{"deeply nested", "POST", PathEvaluate, js, deep(scenario.MaxInputBytes), 400, CodeMalformedJSON, "", ""},
		{"deeply nested object", "POST", PathEvaluate, js, `{"keuze":` + strings.Repeat(`{"a":`, 10000), 400, CodeMalformedJSON, "", ""},
		{"theta out of range", "POST", PathEvaluate, js, `{"model":{"theta":"2"}}`, 400, CodeInvalidInput, "model.theta", ""},
		{"theta not a number", "POST", PathEvaluate, js, `{"model":{"theta":"half"}}`, 400, CodeInvalidInput, "model.theta", ""},
		{"unknown keuze", "POST", PathEvaluate, js, `{"keuze":"E"}`, 400, CodeInvalidInput, "keuze", ""},
		{"unknown measure", "POST", PathEvaluate, js, `{"measures":["vindplaats-werkplaats","nope"]}`, 400, CodeInvalidInput, "measures[1]", ""},
		{"unknown field", "POST", PathEvaluate, js, `{"keuzes":"A"}`, 400, CodeInvalidInput, "keuzes", ""},
		{"duplicate key", "POST", PathEvaluate, js, `{"keuze":"A","keuze":"B"}`, 400, CodeInvalidInput, "keuze", ""},
		{"custom key incomplete", "POST", PathEvaluate, js, `{"key":{"kind":"custom","shares":{"hilversum":"1"}}}`, 400, CodeInvalidInput, "key.shares.blaricum", ""},
		{"sequential without pools", "POST", PathEvaluate, js, `{"model":{"kind":"sequential"}}`, 400, CodeInvalidInput, "model.pool_sizes.jeugdhulp", ""},
		{"bad ramp", "POST", PathEvaluate, js, `{"ramp":{"years":{"2024":"x"}}}`, 400, CodeInvalidInput, "ramp.years.2024", ""},
		{"years reversed", "POST", PathEvaluate, js, `{"from":2030,"to":2020}`, 400, CodeInvalidInput, "to", ""},
		{"bad growth", "POST", PathEvaluate, js, `{"growth":{"kind":"exponential"}}`, 400, CodeInvalidInput, "growth.kind", ""},
		{"markup in keuze", "POST", PathEvaluate, js, `{"keuze":"<script>alert(1)</script>"}`, 400, CodeInvalidInput, "keuze", ""},
		// The library cuts a key in an error to 64 bytes; the service never
		// repeats more than that.
		{"long unknown key", "POST", PathEvaluate, js, `{"` + strings.Repeat("k", 1000) + `":1}`, 400, CodeInvalidInput, strings.Repeat("k", 64) + "…", ""},
		{"just over the limit", "POST", PathEvaluate, js, "{}" + strings.Repeat(" ", scenario.MaxInputBytes-1), 413, CodeBodyTooLarge, "", ""},
		{"100000 brackets", "POST", PathEvaluate, js, deep(100000), 413, CodeBodyTooLarge, "", ""},
		{"large", "POST", PathEvaluate, js, `{"keuze":"` + strings.Repeat("A", 1<<20) + `"}`, 413, CodeBodyTooLarge, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := serve(h, tt.method, tt.path, tt.ct, []byte(tt.body))
			checkHeaders(t, w)
			var got problem.Details
			decodeStrict(t, w.Body.Bytes(), &got)
			field := ""
			if len(got.InvalidParams) > 0 {
				field = got.InvalidParams[0].Name
			}
			if w.Code != tt.status || got.Status != tt.status || got.Code != tt.code || field != tt.field {
				t.Errorf("status %d, problem %+v; want %d %s naming %q", w.Code, got, tt.status, tt.code, tt.field)
			}
			if (tt.code == CodeInvalidInput || tt.code == CodeMalformedJSON) != (len(got.InvalidParams) > 0) {
				t.Errorf("invalidParams %+v for %s", got.InvalidParams, tt.code)
			}
			if got.Title == "" || got.Type == "" || got.Detail == "" || len(got.Detail) > 400+len(text.Ellipsis) {
				t.Errorf("problem %+v", got)
			}
			if a := w.Header().Get("Allow"); a != tt.allow {
				t.Errorf("Allow = %q, want %q", a, tt.allow)
			}
			if strings.ContainsAny(w.Body.String(), "<>") {
				t.Errorf("answer contains raw markup: %s", w.Body)
			}
		})
	}
}

// TestLimitBoundary: a body of exactly MaxInputBytes is read and evaluated.
func TestLimitBoundary(t *testing.T) {
	h := newTestHandler(t)
	body := `{"keuze":"A"}`
	body += strings.Repeat(" ", scenario.MaxInputBytes-len(body))
	w := serve(h, http.MethodPost, PathEvaluate, "application/json", []byte(body))
	if w.Code != http.StatusOK {
		t.Fatalf("a body of exactly %d bytes: status %d, %s", len(body), w.Code, w.Body)
	}
}

// TestLimitWithoutContentLength: the limit holds for a chunked body, whose
// length is not known in advance.
func TestLimitWithoutContentLength(t *testing.T) {
	h := newTestHandler(t)
	for _, n := range []int{scenario.MaxInputBytes, scenario.MaxInputBytes + 1} {
		body := "{}" + strings.Repeat(" ", n-2)
		r := httptest.NewRequest(http.MethodPost, PathEvaluate, struct{ *strings.Reader }{strings.NewReader(body)})
		r.ContentLength = -1
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		want := http.StatusOK
		if n > scenario.MaxInputBytes {
			want = http.StatusRequestEntityTooLarge
		}
		if w.Code != want {
			t.Errorf("%d bytes, unknown length: status %d, want %d", n, w.Code, want)
		}
	}
}
