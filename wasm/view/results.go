package view

import (
	"slices"
	"strconv"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
)

// Input returns the scenario input for the state: its keuze, exactly its
// switched-on measures (none is none, not all), its overlap θ, distribution
// key, ramp, implementation costs, other measures and growth. What the
// state leaves at its default is left at scenario's documented default.
func (s State) Input() scenario.Input {
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
	if s.Growth != "" && s.Growth != scenario.GrowthNone {
		in.Growth = scenario.GrowthInput{Kind: s.Growth}
	}
	return in
}

// renderMeasures renders the regional measures grouped by domain, each a
// checkbox with its published regional effect.
func renderMeasures(s State, c *Catalogue) Node {
	l := s.Lang
	fs := El("fieldset", A("class", "sd-measures"),
		El("legend", nil, Text(t(l, txtMeasures))),
		El("p", A("class", "sd-note"), Text(t(l, txtMeasuresHelp))),
	)
	for d := regional.Domain(0); d < regional.NumDomains; d++ {
		var items []Node
		for i, m := range c.Measures {
			if m.Domain != d {
				continue
			}
			id := "sd-m-" + strconv.Itoa(i+1)
			attrs := A("type", "checkbox", "id", id, "value", m.ID)
			if slices.Contains(s.Measures, m.ID) {
				attrs = append(attrs, "checked", "")
			}
			effect := l.EuroWhole(m.Effect)
			if m.PM {
				effect = t(l, txtPM)
			}
			items = append(items, El("li", A("class", "sd-measure"),
				El("input", attrs).with(Handler{Event: "change", Msg: Msg{Kind: MsgToggleMeasure, Arg: m.ID}, Checked: true}),
				El("label", A("for", id),
					El("span", A("lang", "nl"), Text(m.Name)),
					El("span", A("class", "sd-measure-effect"), Text(effect)),
				),
			))
		}
		if len(items) == 0 {
			continue
		}
		fs.Children = append(fs.Children, El("div", A("class", "sd-domain"),
			El("h4", nil, Text(d.Label(l))),
			El("ul", nil, items...),
		))
	}
	return fs
}

// renderAssumptions renders the adjustable assumptions, each labelled as one.
func renderAssumptions(s State) Node {
	l := s.Lang
	pct := s.Overlap.Mul(hundred).Round(0)
	return El("fieldset", A("class", "sd-assumptions"),
		El("legend", nil, Text(t(l, txtAssumptions))),
		El("div", A("class", "sd-field"),
			El("label", A("for", "sd-overlap"), El("span", A("class", "sd-tag"), Text(t(l, txtAssumption))), Text(" "+t(l, txtOverlap))),
			El("input", A("type", "range", "id", "sd-overlap", "min", "0", "max", "100", "step", "5",
				"value", pct.String(), "aria-describedby", "sd-overlap-help sd-overlap-value")).
				with(Handler{Event: "input", Msg: Msg{Kind: MsgSetOverlap}}),
			El("output", A("id", "sd-overlap-value", "for", "sd-overlap"), Text(l.Number(pct, 0)+" %")),
			El("p", A("id", "sd-overlap-help", "class", "sd-note"), Text(t(l, txtOverlapHelp))),
		),
	)
}

// renderResults evaluates the state with scenario.Evaluate and renders one
// row per year, and one plain sentence per year.
func renderResults(s State) Node {
	l := s.Lang
	sec := El("section", A("class", "sd-results", "aria-labelledby", "sd-results-title"),
		El("h3", A("id", "sd-results-title"), Text(t(l, txtResults))))
	out, err := scenario.Evaluate(s.Input())
	if err != nil {
		sec.Children = append(sec.Children, El("p", A("class", "sd-notice", "role", "alert"), Text(err.Error())))
		return sec
	}
	head := El("tr", nil, El("th", A("scope", "col"), Text(t(l, txtYear))))
	for _, h := range []msgID{txtTaakstelling, txtSavings, txtKeuzeCost, txtGap} {
		head.Children = append(head.Children, El("th", A("scope", "col", "class", "sd-num"), Text(t(l, h))))
	}
	body := El("tbody", nil)
	sentences := El("ul", A("class", "sd-sentences"))
	for _, y := range out.Years {
		body.Children = append(body.Children, El("tr", A("data-year", y.Year.String()),
			El("th", A("scope", "row"), Text(y.Year.String())),
			El("td", A("class", "sd-num"), Text(amountText(l, y.Taakstelling))),
			El("td", A("class", "sd-num"), Text(bandText(l, y.Savings, false))),
			El("td", A("class", "sd-num"), Text(amountText(l, y.KeuzeCost))),
			El("td", A("class", "sd-num"), Text(bandText(l, y.Gap, y.PM))),
		))
		sentences.Children = append(sentences.Children, El("li", nil, Text(y.Sentence(l, out.Keuze))))
	}
	sec.Children = append(sec.Children,
		El("div", A("class", "sd-scroll", "role", "region", "tabindex", "0", "aria-label", t(l, txtResultsRegion)),
			El("table", A("class", "sd-table", "id", "sd-results-table"),
				El("caption", nil, Text(t(l, txtResultsCaption))),
				El("thead", nil, head), body)),
		El("p", A("class", "sd-note"), Text(t(l, txtResultsNote))),
		sentences,
	)
	return sec
}

// amountText formats an outcome amount: whole euros, "+ pm", "pm" or
// unknown.
func amountText(l budget.Locale, a scenario.Amount) string {
	switch {
	case a.Known && a.PM:
		return l.EuroWhole(a.Value) + " + pm"
	case a.Known:
		return l.EuroWhole(a.Value)
	case a.PM:
		return t(l, txtPM)
	}
	return t(l, txtUnknown)
}

// bandText formats a range as "central (low – high)" in whole euros.
func bandText(l budget.Locale, b scenario.Band, pm bool) string {
	if !b.Known {
		return t(l, txtUnknown)
	}
	s := l.EuroWhole(b.Central)
	if !b.Min.Equal(b.Max) {
		s += " (" + l.EuroWhole(b.Min) + " – " + l.EuroWhole(b.Max) + ")"
	}
	if pm {
		s += " + pm"
	}
	return s
}
