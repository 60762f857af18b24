package problem

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/scenario"
)

func fieldErr(field string, err error) error { return &budget.FieldError{Field: field, Err: err} }

func TestProblemOf(t *testing.T) {
	theta := fieldErr("model.theta", fmt.Errorf("%w: θ = 1.5", scenario.ErrInvalid))
	to := fieldErr("to", fmt.Errorf("%w: before from", scenario.ErrInvalid))
	keuze := fieldErr("keuze", fmt.Errorf("%w: %q", scenario.ErrUnknownOption, "Z"))
	syntax := fieldErr("", fmt.Errorf("%w: unexpected end of JSON input", budget.ErrSyntax))
	unknown := fieldErr("keuzes", budget.ErrUnknownField)
	dup := fieldErr("keuze", budget.ErrDuplicateKey)
	ip := func(name, code, reason string) InvalidParam {
		return InvalidParam{Name: name, Code: code, Reason: reason}
	}
	tests := []struct {
		name string
		err  error
		want Details
	}{
		{"one field", theta, Details{Type: TypeInvalidInput, Title: TitleInvalidInput, Status: 400, Code: CodeInvalidInput,
			Detail:        "model.theta: invalid value: θ = 1.5",
			InvalidParams: []InvalidParam{ip("model.theta", ParamInvalidValue, "invalid value: θ = 1.5")}}},
		{"syntax error of the whole body", syntax, Details{Type: TypeMalformedJSON, Title: TitleMalformedJSON, Status: 400, Code: CodeMalformedJSON,
			Detail:        "malformed JSON: unexpected end of JSON input",
			InvalidParams: []InvalidParam{ip("", ParamMalformedJSON, "malformed JSON: unexpected end of JSON input")}}},
		{"unknown field", unknown, Details{Type: TypeInvalidInput, Title: TitleInvalidInput, Status: 400, Code: CodeInvalidInput,
			Detail: "keuzes: unknown field", InvalidParams: []InvalidParam{ip("keuzes", ParamUnknownField, "unknown field")}}},
		{"duplicate key", dup, Details{Type: TypeInvalidInput, Title: TitleInvalidInput, Status: 400, Code: CodeInvalidInput,
			Detail: "keuze: duplicate key", InvalidParams: []InvalidParam{ip("keuze", ParamDuplicateKey, "duplicate key")}}},
		// Data.Evaluate joins one FieldError per invalid field: every one
		// is listed, in order.
		{"joined", errors.Join(keuze, theta, to), Details{Type: TypeInvalidInput, Title: TitleInvalidInput, Status: 400, Code: CodeInvalidInput,
			Detail: "3 fields of the input are invalid: keuze, model.theta, to",
			InvalidParams: []InvalidParam{
				ip("keuze", ParamInvalidValue, `unknown keuzeoptie: "Z"`),
				ip("model.theta", ParamInvalidValue, "invalid value: θ = 1.5"),
				ip("to", ParamInvalidValue, "invalid value: before from"),
			}}},
		// Nested joins and wrapping, at any depth.
		{"nested and wrapped", fmt.Errorf("evaluating: %w", errors.Join(keuze, fmt.Errorf("years: %w", errors.Join(theta, to)))),
			Details{Type: TypeInvalidInput, Title: TitleInvalidInput, Status: 400, Code: CodeInvalidInput,
				Detail: "3 fields of the input are invalid: keuze, model.theta, to",
				InvalidParams: []InvalidParam{
					ip("keuze", ParamInvalidValue, `unknown keuzeoptie: "Z"`),
					ip("model.theta", ParamInvalidValue, "invalid value: θ = 1.5"),
					ip("to", ParamInvalidValue, "invalid value: before from"),
				}}},
		{"several %w", fmt.Errorf("%w and %w", theta, to), Details{Type: TypeInvalidInput, Title: TitleInvalidInput, Status: 400, Code: CodeInvalidInput,
			Detail:        "2 fields of the input are invalid: model.theta, to",
			InvalidParams: []InvalidParam{ip("model.theta", ParamInvalidValue, "invalid value: θ = 1.5"), ip("to", ParamInvalidValue, "invalid value: before from")}}},
		// A syntax error among them makes the whole problem malformed_json.
		{"joined with a syntax error", errors.Join(theta, fieldErr("ramp.years.2024", fmt.Errorf("%w: number where a string was expected", budget.ErrSyntax))),
			Details{Type: TypeMalformedJSON, Title: TitleMalformedJSON, Status: 400, Code: CodeMalformedJSON,
				Detail: "2 fields of the input are invalid: model.theta, ramp.years.2024",
				InvalidParams: []InvalidParam{ip("model.theta", ParamInvalidValue, "invalid value: θ = 1.5"),
					ip("ramp.years.2024", ParamMalformedJSON, "malformed JSON: number where a string was expected")}}},
		// The outermost FieldError names the field.
		{"field error in a field error", fieldErr("model.theta", fieldErr("theta", scenario.ErrInvalid)), Details{Type: TypeInvalidInput, Title: TitleInvalidInput, Status: 400, Code: CodeInvalidInput,
			Detail: "model.theta: theta: invalid value", InvalidParams: []InvalidParam{ip("model.theta", ParamInvalidValue, "theta: invalid value")}}},
		// Not a typed input error: a defect, 500.
		{"plain error", errors.New("boom"), Status(500, CodeInternal, "the scenario could not be evaluated")},
		{"nil", nil, Status(500, CodeInternal, "the scenario could not be evaluated")},
		{"join with a plain error", errors.Join(theta, errors.New("boom")), Status(500, CodeInternal, "the scenario could not be evaluated")},
		{"empty join", errors.Join(nil), Status(500, CodeInternal, "the scenario could not be evaluated")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Of(tt.err)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Of (-want +got):\n%s", d)
			}
			checkProblemJSON(t, got)
		})
	}
}

// TestProblemOfLibraryErrors: the errors ParseInput and Evaluate really give
// become the problems the README documents.
func TestProblemOfLibraryErrors(t *testing.T) {
	tests := []struct {
		in     string
		code   string
		params []string // name:code
	}{
		{`{"keuze": "Z"}`, CodeInvalidInput, []string{"keuze:invalid_value"}},
		{`{"keuze": "A", "keuze": "B"}`, CodeInvalidInput, []string{"keuze:duplicate_key"}},
		{`{"keuzes": "A"}`, CodeInvalidInput, []string{"keuzes:unknown_field"}},
		{`{"model": {"theta": 0.5}}`, CodeMalformedJSON, []string{"model.theta:malformed_json"}},
		{`{`, CodeMalformedJSON, []string{":malformed_json"}},
		{`null`, CodeMalformedJSON, []string{":malformed_json"}},
		{`{"model": {"theta": "2"}}`, CodeInvalidInput, []string{"model.theta:invalid_value"}},
		{`{"measures": ["nope"]}`, CodeInvalidInput, []string{"measures[0]:invalid_value"}},
		{`{"key": {"kind": "custom", "shares": {"hilversum": "1"}}}`, CodeInvalidInput, []string{"key.shares.blaricum:missing"}},
		// Every invalid field at once (Data.Evaluate joins them).
		{`{"keuze": "Z", "measures": ["nope"], "model": {"theta": "1.5"}, "from": 2030, "to": 2020}`, CodeInvalidInput,
			[]string{"keuze:invalid_value", "measures[0]:invalid_value", "model.theta:invalid_value", "to:invalid_value"}},
	}
	for _, tt := range tests {
		in, err := scenario.ParseInput([]byte(tt.in))
		if err == nil {
			_, err = scenario.Evaluate(in)
		}
		p := Of(err)
		var got []string
		for _, ip := range p.InvalidParams {
			got = append(got, ip.Name+":"+ip.Code)
		}
		if p.Status != 400 || p.Code != tt.code || !cmp.Equal(got, tt.params) {
			t.Errorf("%s: %d %s %v, want 400 %s %v (error %v)", tt.in, p.Status, p.Code, got, tt.code, tt.params, err)
		}
		checkProblemJSON(t, p)
	}
}

// checkProblemJSON checks the JSON form of p: an RFC 9457 object with the
// members the README documents, and nothing else.
func checkProblemJSON(t *testing.T, p Details) {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(p.JSON(), &m); err != nil {
		t.Fatalf("%s: %v", p.JSON(), err)
	}
	for _, k := range []string{"type", "title", "status", "detail", "code"} {
		if _, ok := m[k]; !ok {
			t.Errorf("%s: no %q", p.JSON(), k)
		}
	}
	for k := range m {
		switch k {
		case "type", "title", "status", "detail", "code", "invalidParams", "instance":
		default:
			t.Errorf("%s: undocumented member %q", p.JSON(), k)
		}
	}
	if _, ok := m["invalidParams"]; ok != (p.Status == 400) {
		t.Errorf("%s: invalidParams present = %v for status %d", p.JSON(), ok, p.Status)
	}
	if p.Type == TypeBlank && p.Title != StatusPhrase(p.Status) {
		t.Errorf("about:blank with title %q, want the status phrase %q", p.Title, StatusPhrase(p.Status))
	}
}

func TestProblemJSONBounds(t *testing.T) {
	long := strings.Repeat("ë", 500) + "<script>"
	var errs []error
	for i := range 120 {
		errs = append(errs, fieldErr(fmt.Sprintf("measures[%d]", i), fmt.Errorf("%w: %s", scenario.ErrInvalid, long)))
	}
	errs = append(errs, fieldErr(long, scenario.ErrInvalid))
	p := Of(errors.Join(errs...))
	if len(p.InvalidParams) != 121 {
		t.Fatalf("%d invalid params, want 121", len(p.InvalidParams))
	}
	b := p.JSON()
	var got Details
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.InvalidParams) != MaxInvalidParams || !strings.HasPrefix(got.Detail, "121 fields of the input are invalid: measures[0], ") {
		t.Errorf("%d params, detail %q; want %d and the count of all", len(got.InvalidParams), got.Detail, MaxInvalidParams)
	}
	for _, ip := range got.InvalidParams {
		if len(ip.Reason) > maxProblemText+len(text.Ellipsis) || !utf8.ValidString(ip.Reason) {
			t.Errorf("reason of %d bytes: %q", len(ip.Reason), ip.Reason)
		}
	}
	if strings.ContainsAny(string(b), "<>") {
		t.Errorf("raw markup in %s", b)
	}
	if len(b) > 20000 {
		t.Errorf("%d bytes for one problem", len(b))
	}
}

func TestStatusProblem(t *testing.T) {
	for status, phrase := range map[int]string{400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 413: "Content Too Large", 415: "Unsupported Media Type", 500: "Internal Server Error", 418: "Error"} {
		p := Status(status, "x", "y")
		if p.Type != "about:blank" || p.Title != phrase || p.Status != status || p.InvalidParams != nil {
			t.Errorf("Status(%d) = %+v", status, p)
		}
	}
}
