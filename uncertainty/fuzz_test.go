package uncertainty

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
)

// FuzzParseInput: any text either parses or is refused with a FieldError;
// nothing panics; what parses survives a round trip through MarshalJSON;
// and New either accepts it or names the fields (with the draws bounded,
// so the fuzzer never runs a long simulation).
func FuzzParseInput(f *testing.F) {
	for _, s := range []string{
		`{}`, `null`, `{"seed": 1, "draws": 100}`,
		`{"realisation": {"default": {"kind": "uniform", "low": "0.5", "high": "1"}, "doubted": {"kind": "point", "value": "-0.25"}, "measures": {"anders-verwijzen": {"kind": "triangular", "low": "0", "mode": "0.8", "high": "1"}}}}`,
		`{"theta": {"default": {"kind": "point", "value": "0.5"}, "pools": {"jeugdhulp": {"kind": "uniform", "low": "0", "high": "1"}}}, "correlation": "0.3"}`,
		`{"implementation_costs": {"kind": "triangular", "low": "0", "mode": "150000", "high": "400000"}, "ramp_delay_months": {"kind": "uniform", "low": "-3", "high": "24"}}`,
		`{"quantiles": ["0.05", "0.5", "0.95"], "sensitivity": true, "from": 2022, "to": 2030, "key": {"kind": "inhabitants"}}`,
		`{"ramp": {"years": {"2022": "0.5"}, "from": {"year": 2023, "amount": "1"}}, "other_measures": {"from": {"year": 2022, "amount": "100000"}}}`,
		`{"seed": 18446744073709551615}`, `{"draws": -5}`, `{"realisation": {"default": {"kind": "point"}}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := ParseInput(data)
		if err != nil {
			var fe *budget.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("%q: %v is not a FieldError", data, err)
			}
			return
		}
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatalf("%q: marshal: %v", data, err)
		}
		back, err := ParseInput(b)
		if err != nil {
			t.Fatalf("%q: the round trip %s does not parse: %v", data, b, err)
		}
		b2, _ := json.Marshal(back)
		if !reflect.DeepEqual(b, b2) {
			t.Fatalf("%q: round trip changed %s into %s", data, b, b2)
		}
		if in.Draws > 2000 || in.Draws == 0 {
			in.Draws = 2000
		}
		if _, err := New(nil, in); err != nil {
			for _, e := range flatten(err) {
				var fe *budget.FieldError
				if !errors.As(e, &fe) {
					t.Fatalf("%q: %v is not a FieldError", data, e)
				}
			}
		}
	})
}
