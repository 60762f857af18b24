package scenario

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

const fullInputJSON = `{
  "keuze": "C",
  "measures": ["anders-verwijzen", "versoberen-levering", "heronderzoek-wachtlijst"],
  "model": {"kind": "overlap", "theta": "0.25", "pool_theta": {"huishoudelijke-hulp": "0.8"}},
  "key": {"kind": "custom", "shares": {"hilversum": "0.4", "blaricum": "0.05", "gooise-meren": "0.2",
          "huizen": "0.15", "laren": "0.05", "weesp": "0.05", "wijdemeren": "0.1"}},
  "ramp": {"years": {"2022": "0.5"}, "from": {"year": 2023, "amount": "1"}},
  "implementation_costs": {"from": {"year": 2022, "amount": "250000.00"}},
  "other_measures": {"years": {"2022": "100000", "2023": "150000"}},
  "growth": {"kind": "clients", "from": 2020, "to": 2022},
  "from": 2022,
  "to": 2030,
  "per_municipality": true
}`

func TestInputJSONRoundTrip(t *testing.T) {
	in, err := ParseInput([]byte(fullInputJSON))
	if err != nil {
		t.Fatal(err)
	}
	if in.Keuze != "C" || len(in.Measures) != 3 || !in.Model.Theta.Equal(dec("0.25")) || !in.Key.Shares["hilversum"].Equal(dec("0.4")) || in.Growth.From != 2020 {
		t.Errorf("parsed %+v", in)
	}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseInput(data)
	if err != nil {
		t.Fatalf("re-parse of %s: %v", data, err)
	}
	if d := cmp.Diff(in, back); d != "" {
		t.Errorf("round trip (-first +second):\n%s", d)
	}
	// nil measures (all) and empty measures (none) stay distinct.
	for _, m := range [][]string{nil, {}} {
		data, _ := json.Marshal(Input{Measures: m})
		back, err := ParseInput(data)
		if err != nil || (back.Measures == nil) != (m == nil) {
			t.Errorf("measures %#v → %s → %#v, %v", m, data, back.Measures, err)
		}
	}
	// The zero Input is "{}" in effect: it parses from the empty object.
	zero, err := ParseInput([]byte(`{}`))
	if err != nil || !cmp.Equal(zero, Input{}) {
		t.Errorf("ParseInput({}) = %+v, %v", zero, err)
	}
}

func TestParseInputErrors(t *testing.T) {
	cases := []struct {
		in, field string
		is        error
	}{
		{`{"keuze": "A", "keuze": "B"}`, "keuze", budget.ErrDuplicateKey},
		{`{"keus": "A"}`, "keus", budget.ErrUnknownField},
		{`{"model": {"theta": 0.5}}`, "model.theta", budget.ErrSyntax},      // a JSON number: refused
		{`{"model": {"theta": "0,5"}}`, "model.theta", budget.ErrBadAmount}, // machine form only
		{`{"model": {"thetaa": "0.5"}}`, "model.thetaa", budget.ErrUnknownField},
		{`{"key": {"shares": {"hilversum": "1e0"}}}`, "key.shares.hilversum", budget.ErrBadAmount},
		{`{"key": {"kind": "custom", "shares": {"hilversum": 0.35}}}`, "key.shares.hilversum", budget.ErrSyntax}, // a map value names its key
		{`{"model": {"pool_theta": {"jeugdhulp": 0.5}}}`, "model.pool_theta.jeugdhulp", budget.ErrSyntax},
		{`{"implementation_costs": {"years": {"2022": 100}}}`, "implementation_costs.years.2022", budget.ErrSyntax},
		{`{"realisation": {"low": "half"}}`, "realisation.low", budget.ErrBadAmount},
		{`{"realisation": {"measures": {"anders-verwijzen": {"high": 1}}}}`, "realisation.measures.anders-verwijzen.high", budget.ErrSyntax},
		{`{"realisation": {"lowest": "0.5"}}`, "realisation.lowest", budget.ErrUnknownField},
		{`{"ramp": {"years": {"2022": "half"}}}`, "ramp.years.2022", budget.ErrBadAmount},
		{`{"from": "2022"}`, "from", budget.ErrSyntax},
		{`{"measures": "all"}`, "measures", budget.ErrSyntax},
		{`{"keuze": "A"} x`, "", budget.ErrSyntax},
		{`[`, "", budget.ErrSyntax},
		{` null `, "", budget.ErrSyntax}, // not the default scenario
		{`{"keuze": ["A"]}`, "keuze", budget.ErrSyntax},
		{strings.Repeat(`[`, 12000), "", budget.ErrSyntax}, // deeper than encoding/json allows
	}
	for _, c := range cases {
		_, err := ParseInput([]byte(c.in))
		var ie *budget.FieldError
		if !errors.As(err, &ie) || ie.Field != c.field || !errors.Is(err, c.is) {
			t.Errorf("ParseInput(%.50s) = %v (field %q), want field %q wrapping %v", c.in, err, fieldOfInput(ie), c.field, c.is)
		}
	}
	big := `{"keuze":"` + strings.Repeat("A", MaxInputBytes) + `"}`
	if _, err := ParseInput([]byte(big)); err == nil {
		t.Error("ParseInput accepted an input over MaxInputBytes")
	}
}

func fieldOfInput(ie *budget.FieldError) string {
	if ie == nil {
		return "<none>"
	}
	return ie.Field
}

func TestOutcomeJSONRoundTrip(t *testing.T) {
	in, err := ParseInput([]byte(fullInputJSON))
	if err != nil {
		t.Fatal(err)
	}
	for _, input := range []Input{{}, {Keuze: "D", Measures: []string{}, To: 2029}, in} {
		out, err := Evaluate(input)
		if err != nil {
			t.Fatal(err)
		}
		data, err := json.Marshal(out)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), `e+`) || strings.Contains(string(data), `":0.`) {
			t.Errorf("outcome JSON has a float: %.200s", data)
		}
		var back Outcome
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("unmarshal: %v\n%.300s", err, data)
		}
		if d := cmp.Diff(out, back, cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })); d != "" {
			t.Errorf("outcome round trip (-want +got):\n%s", d)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenInputs are the scenarios whose outcome JSON is kept in
// testdata/outcome_<name>.json: the public contract of the service and the
// browser's JS API. A change to a field shows up as a diff here.
var goldenInputs = []struct{ name, input string }{
	{"defaults", `{}`},
	{"keuze-c-2024-costs-given", `{"keuze":"C","from":2024,"to":2024,"realisation":{"low":"1"},"implementation_costs":{"from":{"year":2022,"amount":"1000000"}}}`},
	{"keuze-d-no-measures", `{"keuze":"D","measures":[],"from":2027,"to":2028}`},
	{"full", fullInputJSON},
}

func TestOutcomeJSONGolden(t *testing.T) {
	for _, g := range goldenInputs {
		t.Run(g.name, func(t *testing.T) {
			in, err := ParseInput([]byte(g.input))
			if err != nil {
				t.Fatal(err)
			}
			out, err := Evaluate(in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			// AppendJSON appends to what b holds the same text MarshalJSON
			// returns (which json.MarshalIndent indented above).
			compact, _ := out.MarshalJSON()
			if app := out.AppendJSON([]byte("prefix")); string(app) != "prefix"+string(compact) {
				t.Errorf("AppendJSON(prefix) = %.80q…, want prefix + MarshalJSON", app)
			}
			path := filepath.Join("testdata", "outcome_"+g.name+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if d := cmp.Diff(string(want), string(got)); d != "" {
				t.Errorf("outcome JSON differs from %s (-want +got); if the change is meant, run go test -run TestOutcomeJSONGolden -update and say so in the changelog:\n%s", path, d)
			}
			checkOutcomeMeaning(t, want)
		})
	}
}

// checkOutcomeMeaning reads a golden outcome as a client would and checks
// that its fields still mean what the README says: the balance is savings −
// implementation costs + other measures − target at every end (pm parts
// left out, so the keuze's cost and the growth are not in it), the verdict
// follows from the balance by Judge, and a pm cost never gives "met". A
// field that silently changes meaning fails here even when the golden file
// is regenerated.
func checkOutcomeMeaning(t *testing.T, data []byte) {
	t.Helper()
	var o struct {
		Years []struct {
			Year         int `json:"year"`
			Taakstelling struct {
				Target              budget.Amount `json:"target"`
				Savings             budget.Range  `json:"savings"`
				ImplementationCosts budget.Amount `json:"implementation_costs"`
				OtherMeasures       budget.Amount `json:"other_measures"`
				Balance             budget.Range  `json:"balance"`
				Verdict             struct {
					Kind      string  `json:"kind"`
					Headroom  *string `json:"headroom"`
					CostsPM   bool    `json:"costs_pm"`
					SavingsPM bool    `json:"savings_pm"`
				} `json:"verdict"`
			} `json:"taakstelling"`
		} `json:"years"`
	}
	if err := json.Unmarshal(data, &o); err != nil {
		t.Fatal(err)
	}
	for _, y := range o.Years {
		tp := y.Taakstelling
		if !tp.Balance.Known {
			continue
		}
		adj := tp.Target.Value.Neg()
		if tp.ImplementationCosts.Known {
			adj = adj.Sub(tp.ImplementationCosts.Value)
		}
		if tp.OtherMeasures.Known {
			adj = adj.Add(tp.OtherMeasures.Value)
		}
		for _, e := range [][2]decimal.Decimal{{tp.Savings.Low, tp.Balance.Low}, {tp.Savings.Central, tp.Balance.Central}, {tp.Savings.High, tp.Balance.High}} {
			if !e[0].Add(adj).Equal(e[1]) {
				t.Errorf("%d: balance %s ≠ savings %s − costs + other − target", y.Year, e[1], e[0])
			}
		}
		if want := Judge(tp.Balance, !tp.ImplementationCosts.Known, !tp.OtherMeasures.Known || tp.Verdict.SavingsPM).Kind.String(); tp.Verdict.Kind != want {
			t.Errorf("%d: verdict %s, but Judge gives %s for this balance", y.Year, tp.Verdict.Kind, want)
		}
		if tp.Verdict.Kind == "met" && !tp.ImplementationCosts.Known {
			t.Errorf("%d: met while the implementation costs are pm", y.Year)
		}
		if (tp.Verdict.Kind == "met-if") != (tp.Verdict.Headroom != nil) {
			t.Errorf("%d: headroom %v with verdict %s", y.Year, tp.Verdict.Headroom, tp.Verdict.Kind)
		}
	}
}

// FuzzParseInput: any text gives either an Input that evaluates, or a typed
// error naming a field; a valid Input survives a JSON round trip.
func FuzzParseInput(f *testing.F) {
	for _, s := range []string{fullInputJSON, `{}`, `{"keuze":"A"}`, `{"measures":[]}`, `{"model":{"kind":"additive"}}`,
		`{"model":{"kind":"sequential","pool_sizes":{"jeugdhulp":"1000000"}}}`, `{"key":{"kind":"inhabitants"}}`,
		`{"growth":{"kind":"national"}}`, `{"keuze":"E"}`, `{"model":{"theta":"2"}}`, `{"from":1900,"to":1949}`, `[`, `{"a":1,"a":2}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := ParseInput(data)
		if err != nil {
			var ie *budget.FieldError
			if !errors.As(err, &ie) {
				t.Fatalf("ParseInput error %v is not a *budget.FieldError", err)
			}
			return
		}
		out, err := Evaluate(in)
		if err != nil {
			var ie *budget.FieldError
			if !errors.As(err, &ie) || ie.Field == "" {
				t.Fatalf("Evaluate error %v does not name a field", err)
			}
			return
		}
		if len(out.Years) == 0 {
			t.Fatal("a valid input evaluated to no years")
		}
		again, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseInput(again)
		if err != nil {
			t.Fatalf("re-parse of %s: %v", again, err)
		}
		if !cmp.Equal(in, back) {
			t.Fatalf("round trip changed the input: %s", again)
		}
	})
}

// TestOutcomeJSONBalanceChecked: a decoded outcome's balance must follow
// from its parts by Evaluate's own rule, and its amounts must be whole
// cents.
func TestOutcomeJSONBalanceChecked(t *testing.T) {
	out, err := Evaluate(Input{Keuze: "A"})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := out.MarshalJSON()
	tamper := func(set func(tp map[string]any)) []byte {
		var doc map[string]any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		set(doc["years"].([]any)[2].(map[string]any)["taakstelling"].(map[string]any))
		b, _ := json.Marshal(doc)
		return b
	}
	var back Outcome
	if err := back.UnmarshalJSON(data); err != nil {
		t.Fatalf("the outcome as written: %v", err)
	}
	for _, c := range []struct {
		name, field string
		set         func(tp map[string]any)
	}{
		{"balance off by a cent", "years[2].taakstelling.balance", func(tp map[string]any) {
			b := tp["balance"].(map[string]any)
			b["low"] = decimal.RequireFromString(b["low"].(string)).Add(decimal.New(1, -2)).String()
		}},
		{"target not whole cents", "years[2].taakstelling.target", func(tp map[string]any) {
			tp["target"].(map[string]any)["value"] = "900000.001"
		}},
	} {
		err := back.UnmarshalJSON(tamper(c.set))
		var fe *budget.FieldError
		if !errors.As(err, &fe) || fe.Field != c.field {
			t.Errorf("%s: %v, want a field error on %s", c.name, err, c.field)
		}
	}
}
