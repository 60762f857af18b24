package view

import (
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/scenario"
)

// The ramps the widget offers (State.Ramp). Each is an assumption.
const (
	RampDefault = "default" // regional.DefaultRamp: 0,4 in 2022, 0,8 in 2023, full from 2024
	RampFull    = "full"    // the full effect from 2022 on (an upper bound)
	RampSlow    = "slow"    // 0,2 a year more: 0,2 in 2022 … full from 2026 (cautious)
)

// FirstYear is the first year of the results and the year from which a
// typed yearly amount (implementation costs, other measures) applies.
const FirstYear budget.Year = scenario.DefaultFrom

// RampSeries returns the ramp of a RampFull or RampSlow choice as the
// fractions per year that scenario.Input.Ramp takes; ok is false for
// RampDefault (scenario's default) and unknown names.
func RampSeries(name string) (s budget.Series, ok bool) {
	switch name {
	case RampFull:
		return budget.Each(FirstYear, one), true
	case RampSlow:
		return budget.SeriesOf(map[budget.Year]decimal.Decimal{
			2021: decimal.Zero,
			2022: decimal.New(2, -1),
			2023: decimal.New(4, -1),
			2024: decimal.New(6, -1),
			2025: decimal.New(8, -1),
		}).From(2026, one), true
	}
	return budget.Series{}, false
}

func validRamp(v string) bool { return v == RampDefault || v == RampFull || v == RampSlow }

func validKey(v string) bool { return v == scenario.KeyPublished || v == scenario.KeyInhabitants }

// The growth prognoses the widget offers (State.Growth). Each is shown as
// a prognosis beside the taakstelling, never added to it.
const (
	GrowthNone     = scenario.GrowthNone     // no prognosis: growth unknown, not zero
	GrowthClients  = scenario.GrowthClients  // Wmo clients 2020–2022, scenario's default window ("per 2020 stabieler")
	GrowthNational = scenario.GrowthNational // the seed's national 2,9 % a year
	// GrowthClientsAll is the growth of the Wmo clients over every year
	// the startnotitie prints (2017–2022), which holds the 2019 jump after
	// the abonnementstarief: offered with that caveat.
	GrowthClientsAll = "clients-all"
)

func validGrowth(v string) bool {
	return v == GrowthNone || v == GrowthClients || v == GrowthClientsAll || v == GrowthNational
}

// LowShares are the shares of its published maximum (in percent) that the
// widget offers for every measure in the unfavourable case; DefaultLow is
// the library's default (regional.Programme.DefaultCases).
var LowShares = []string{"25", "50", "75"}

// DefaultLow is the unfavourable realisation the widget starts with.
const DefaultLow = "50"

func validLow(v string) bool { return slices.Contains(LowShares, v) }

// Input returns the scenario input for state s: its keuze, exactly its
// switched-on measures (none is none, not all), its overlap θ (the middle
// assumption), its unfavourable realisation, distribution key, ramp,
// implementation costs, other measures and growth prognosis. What the
// state leaves at its default is left at scenario's documented default.
func (c *Catalogue) Input(s State) scenario.Input {
	theta := s.Overlap
	ms := slices.Clone(s.Measures)
	if ms == nil {
		ms = []string{} // an empty, non-nil slice means none
	}
	in := scenario.Input{Keuze: s.Keuze, Measures: ms, Model: scenario.ModelInput{Theta: &theta},
		ImplementationCosts: s.Impl.series(), OtherMeasures: s.Other.series()}
	if s.Key != "" && s.Key != scenario.KeyPublished {
		in.Key = scenario.KeyInput{Kind: s.Key}
	}
	if r, ok := RampSeries(s.Ramp); ok {
		in.Ramp = &r
	}
	if s.Low != DefaultLow && validLow(s.Low) {
		low, _ := decimal.NewFromString(s.Low) // validLow: "25", "50" or "75"
		low = low.Shift(-2)
		r := &scenario.RealisationInput{RealisationShares: scenario.RealisationShares{Low: &low}}
		// The measures that may raise costs keep their own pessimistic
		// share: the control is about how much of a saving is reached.
		for j, id := range c.doubted {
			if r.Measures == nil {
				r.Measures = map[string]scenario.RealisationShares{}
			}
			d := c.doubtedLow[j]
			r.Measures[id] = scenario.RealisationShares{Low: &d}
		}
		in.Realisation = r
	}
	switch s.Growth {
	case GrowthClients, GrowthNational:
		in.Growth = scenario.GrowthInput{Kind: s.Growth}
	case GrowthClientsAll:
		in.Growth = scenario.GrowthInput{Kind: scenario.GrowthClients, From: c.ClientsFrom, To: scenario.DefaultGrowthTo}
	}
	return in
}

// MaxAmount bounds a typed yearly amount: € 100 miljoen, far above any
// figure of the documents, so a slip of the keyboard shows as an error.
var MaxAmount = decimal.NewFromInt(100_000_000)

// AmountField is an amount per year that the resident may type: pro memorie
// (not Set) until they give one. Text is what they typed, shown in the field
// as typed; a Text that is not a valid amount keeps the last valid Value and
// sets Problem, which the view shows next to the field.
type AmountField struct {
	Set     bool            // false: pro memorie
	Value   decimal.Decimal // the amount per year, ≥ 0, exact to the cent; meaningful when Set
	Text    string          // the field's text as typed
	Problem AmountProblem   // why Text was not used; NoProblem when it was
}

// AmountProblem says why a typed amount was not used.
type AmountProblem int

// The problems of a typed amount.
const (
	NoProblem      AmountProblem = iota
	NotAnAmount                  // budget.ParseAmount refused it
	NegativeAmount               // below zero
	TooLarge                     // above MaxAmount
)

// Typed returns the field after the resident typed text: empty or "pm"
// means pro memorie; an amount that budget.ParseAmount reads, ≥ 0 and at
// most MaxAmount, becomes the value; anything else keeps the last valid
// value and records the problem.
func (f AmountField) Typed(typed string) AmountField {
	typed = text.Clip(typed, 64)
	f.Text = typed
	f.Problem = NoProblem
	trimmed := strings.TrimSpace(typed)
	if trimmed == "" || strings.EqualFold(trimmed, "pm") {
		f.Set, f.Value = false, decimal.Zero
		return f
	}
	d, err := budget.ParseAmount(trimmed)
	switch {
	case err != nil:
		f.Problem = NotAnAmount
	case d.IsNegative():
		f.Problem = NegativeAmount
	case d.GreaterThan(MaxAmount):
		f.Problem = TooLarge
	default:
		f.Set, f.Value = true, d
	}
	return f
}

// same reports whether f and g hold the same amount (text aside).
func (f AmountField) same(g AmountField) bool {
	if f.Set != g.Set {
		return false
	}
	return !f.Set || f.Value.Equal(g.Value)
}

// series returns the amount as scenario takes it: nil for pro memorie, else
// the amount in every year from FirstYear on.
func (f AmountField) series() *budget.Series {
	if !f.Set {
		return nil
	}
	s := budget.Each(FirstYear, f.Value)
	return &s
}

// fragment returns the field's value in a share link: "pm" or the amount in
// machine form ("150000.5").
func (f AmountField) fragment() string {
	if !f.Set {
		return "pm"
	}
	return f.Value.String()
}

// amountFromFragment reads what fragment wrote.
func amountFromFragment(v string, l budget.Locale) (AmountField, bool) {
	if v == "pm" {
		return AmountField{}, true
	}
	if len(v) > 20 {
		return AmountField{}, false
	}
	d, err := budget.ParseDecimal(v)
	if err != nil || d.IsNegative() || d.GreaterThan(MaxAmount) || !d.Equal(d.Round(2)) {
		return AmountField{}, false
	}
	return AmountField{Set: true, Value: d, Text: amountText2(l, d)}, true
}

// amountText2 writes an amount for a text field in the locale's numbers,
// without a currency sign, with cents only when it has them.
func amountText2(l budget.Locale, d decimal.Decimal) string {
	if d.Equal(d.Round(0)) {
		return l.Number(d, 0)
	}
	return l.Number(d, 2)
}

// StatusKind is the message about the last action.
type StatusKind int

// The status messages.
const (
	StatusNone       StatusKind = iota
	StatusCopied                // the link is on the clipboard
	StatusSelected              // the link is selected for the resident to copy
	StatusDownloaded            // the CSV file was offered for download
	StatusReset                 // everything is back to the start
	numStatus
)

// statusOf reads the StatusKind that MsgSetStatus carries as a number.
func statusOf(arg string) (StatusKind, bool) {
	n, err := strconv.Atoi(arg)
	if err != nil || n < 0 || n >= int(numStatus) {
		return 0, false
	}
	return StatusKind(n), true
}

// StatusMsg returns the message that sets status k.
func StatusMsg(k StatusKind) Msg { return Msg{Kind: MsgSetStatus, Arg: strconv.Itoa(int(k))} }
