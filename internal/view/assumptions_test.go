package view

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/hilversum/sociaaldomein/scenario"
)

func TestAmountFieldTyped(t *testing.T) {
	var f AmountField
	for _, tc := range []struct {
		text    string
		set     bool
		value   string
		problem AmountProblem
	}{
		{"150.000", true, "150000", NoProblem},
		{"€ 1.200.000,50", true, "1200000.5", NoProblem},
		{"pm", false, "0", NoProblem},
		{"  ", false, "0", NoProblem},
		{"250000", true, "250000", NoProblem},
		{"abc", true, "250000", NotAnAmount},   // keeps the last valid value
		{"-5", true, "250000", NegativeAmount}, // likewise
		{"1.000.000.000", true, "250000", TooLarge},
		{"1,005", true, "250000", NotAnAmount},
		{"0", true, "0", NoProblem},
	} {
		f = f.Typed(tc.text)
		if f.Set != tc.set || !f.Value.Equal(decimal.RequireFromString(tc.value)) || f.Problem != tc.problem || f.Text != tc.text {
			t.Errorf("Typed(%q) = %+v, want set %v value %s problem %d", tc.text, f, tc.set, tc.value, tc.problem)
		}
	}
}

// TestUpdateAssumptions checks every assumption message changes exactly its
// field, refuses junk, and reaches scenario.Input as scenario expects it.
// TestDefaultLowIsTheLibrarys: the widget's default unfavourable
// realisation is the library's, so the default state asks for no
// realisation of its own.
func TestDefaultLowIsTheLibrarys(t *testing.T) {
	c := NewCatalogue()
	low := c.programme.DefaultCases().Low.Realisation
	for i, m := range c.Measures {
		if !m.MayRaiseCosts && low.Of(i).Shift(2).String() != DefaultLow {
			t.Errorf("measure %s: library default %s, widget %s %%", m.ID, low.Of(i), DefaultLow)
		}
	}
	if !slices.Contains(LowShares, DefaultLow) {
		t.Errorf("the default %s is not offered", DefaultLow)
	}
}

func TestUpdateAssumptions(t *testing.T) {
	c := testCatalogue(t)
	init := Initial(Config{}, c)
	if init.Low != DefaultLow || init.Key != scenario.KeyPublished || init.Ramp != RampDefault || init.Growth != scenario.GrowthNone || init.Impl.Set || init.Other.Set {
		t.Fatalf("initial assumptions: %+v", init)
	}
	// The initial input is scenario's defaults apart from keuze, measures and θ.
	in := c.Input(init)
	if in.Key.Kind != "" || in.Ramp != nil || in.ImplementationCosts != nil || in.OtherMeasures != nil || in.Growth.Kind != "" || in.Realisation != nil {
		t.Errorf("initial input sets more than keuze, measures and θ: %+v", in)
	}
	s := init
	s = Update(s, Msg{Kind: MsgSetKey, Value: scenario.KeyInhabitants}, c, init)
	s = Update(s, Msg{Kind: MsgSetRamp, Value: RampSlow}, c, init)
	s = Update(s, Msg{Kind: MsgSetGrowth, Value: scenario.GrowthNational}, c, init)
	s = Update(s, Msg{Kind: MsgSetImpl, Value: "100.000"}, c, init)
	s = Update(s, Msg{Kind: MsgSetOther, Value: "€ 50.000,25"}, c, init)
	s = Update(s, Msg{Kind: MsgSetLow, Value: "25"}, c, init)
	for _, junk := range []Msg{
		{Kind: MsgSetKey, Value: "custom"}, {Kind: MsgSetKey, Value: ""},
		{Kind: MsgSetRamp, Value: "fast"}, {Kind: MsgSetGrowth, Value: "<b>"},
		{Kind: MsgSetLow, Value: "30"}, {Kind: MsgSetLow, Value: "0.25"}, {Kind: MsgSetLow, Value: ""},
	} {
		if s2 := Update(s, junk, c, init); !s2.Equal(s) {
			t.Errorf("%+v changed the state", junk)
		}
	}
	in = c.Input(s)
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	// The unfavourable realisation: 25 % for every measure, the two that
	// may raise costs keep their own share (a quarter of their saving as
	// extra cost).
	if want := `"realisation":{"low":"0.25","measures":{"eenvoudige-zorg-complexe-situaties":{"low":"-0.25"},"vindplaats-werkplaats":{"low":"-0.25"}}}`; !strings.Contains(string(data), want) {
		t.Errorf("input JSON\n%s\nlacks\n%s", data, want)
	}
	want := `"key":{"kind":"inhabitants"},"ramp":{"years":{"2021":"0","2022":"0.2","2023":"0.4","2024":"0.6","2025":"0.8"},"from":{"year":2026,"amount":"1"}},"implementation_costs":{"from":{"year":2022,"amount":"100000"}},"other_measures":{"from":{"year":2022,"amount":"50000.25"}},"growth":{"kind":"national"}`
	if !strings.Contains(string(data), want) {
		t.Errorf("input JSON\n%s\nlacks\n%s", data, want)
	}
	if _, err := scenario.Evaluate(in); err != nil {
		t.Errorf("Evaluate: %v", err)
	}
	// A bad amount keeps the last valid one, and the view names the field.
	s = Update(s, Msg{Kind: MsgSetImpl, Value: "veel"}, c, init)
	if !s.Impl.Value.Equal(decimal.NewFromInt(100000)) || s.Impl.Problem != NotAnAmount {
		t.Errorf("after junk: %+v", s.Impl)
	}
	v := Render(s, c, Env{})
	msg, ok := v.ByID("sd-impl-error")
	if !ok || !strings.Contains(msg.TextContent(), "Uitvoeringskosten") || !strings.Contains(msg.TextContent(), "100.000") {
		t.Errorf("error next to the field: %q", msg.TextContent())
	}
	field, _ := v.ByID("sd-impl")
	if val, _ := field.Attr("value"); val != "veel" {
		t.Errorf("field shows %q, want what was typed", val)
	}
	if inv, _ := field.Attr("aria-invalid"); inv != "true" {
		t.Errorf("aria-invalid = %q", inv)
	}
	// Ramp full.
	s = Update(s, Msg{Kind: MsgSetRamp, Value: RampFull}, c, init)
	out, err := scenario.Evaluate(c.Input(s))
	if err != nil {
		t.Fatal(err)
	}
	if r := out.Years[0].Ramp; !r.Known || !r.Value.Equal(decimal.NewFromInt(1)) {
		t.Errorf("full ramp in %d: %+v", out.Years[0].Year, r)
	}
	// Reset gives everything back and says so.
	s = Update(s, Msg{Kind: MsgReset}, c, init)
	if !s.Equal(init) || s.Status != StatusReset {
		t.Errorf("after reset: %+v", s)
	}
	if s = Update(s, StatusMsg(StatusCopied), c, init); s.Status != StatusCopied {
		t.Errorf("status = %d", s.Status)
	}
	if s = Update(s, Msg{Kind: MsgSetStatus, Arg: "99"}, c, init); s.Status != StatusCopied {
		t.Errorf("bad status changed it: %d", s.Status)
	}
}
