package view

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
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
// checkbox with its published regional effect, Hilversum's remarks, its
// effects in other pools and its source; the measures Hilversum proposes
// outside the programme are shown as pm, without a checkbox.
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
			on := slices.Contains(s.Measures, m.ID)
			if on {
				attrs = append(attrs, "checked", "")
			}
			effect := l.EuroWhole(m.Effect)
			if m.PM {
				effect = t(l, txtPM)
			}
			li := El("li", A("class", "sd-measure"),
				El("input", attrs).with(Handler{Event: "change", Msg: Msg{Kind: MsgToggleMeasure, Arg: m.ID}, Checked: true}),
				El("label", A("for", id),
					El("span", A("lang", "nl"), Text(m.Name)),
					El("span", A("class", "sd-measure-effect"), Text(effect)),
				),
			)
			if !on {
				// Shown in print only, where the checkbox is not.
				li.Children = append(li.Children, El("p", A("class", "sd-measure-off"), Text(t(l, txtMeasureOff))))
			}
			li.Children = append(li.Children, measureExtras(l, m))
			items = append(items, li)
		}
		for _, m := range c.Proposed {
			if m.Domain != d {
				continue
			}
			li := El("li", A("class", "sd-measure sd-proposed"),
				El("span", A("class", "sd-nobox", "aria-hidden", "true"), Text("+")),
				El("span", A("class", "sd-measure-name"),
					El("span", A("lang", "nl"), Text(m.Name)),
					El("span", A("class", "sd-measure-effect"), Text(t(l, txtPM))),
				),
			)
			extras := measureExtras(l, m)
			extras.Children = append([]Node{El("p", A("class", "sd-note"), Text(t(l, txtProposed)))}, extras.Children...)
			li.Children = append(li.Children, extras)
			items = append(items, li)
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

// measureExtras are a measure's remarks, cross effects and source.
func measureExtras(l budget.Locale, m regional.Measure) Node {
	box := El("div", A("class", "sd-measure-extra"))
	for _, r := range m.Remarks {
		box.Children = append(box.Children, El("p", A("class", "sd-remark"),
			El("strong", nil, Text(t(l, txtRemark)+": ")), El("span", A("lang", "nl"), Text(r.Text))))
	}
	for _, x := range m.CrossEffects {
		amount := t(l, txtCrossPM)
		if !x.PM {
			amount = l.EuroWhole(x.Amount)
		}
		box.Children = append(box.Children, El("p", A("class", "sd-cross"),
			Text(t(l, txtCross)+" ("+x.Domain.Label(l)+"): "+amount)))
	}
	src := El("details", A("class", "sd-bron"), El("summary", nil, Text(t(l, txtSource))), El("p", nil, sourceNode(l, m.Source)))
	for _, r := range m.Remarks {
		if r.Source.Document != "" {
			src.Children = append(src.Children, El("p", nil, Text(t(l, txtRemark)+": "), sourceNode(l, r.Source)))
		}
	}
	box.Children = append(box.Children, src)
	return box
}

// renderAssumptions renders the adjustable assumptions, each labelled as one.
func renderAssumptions(s State, c *Catalogue) Node {
	l := s.Lang
	pct := s.Overlap.Mul(hundred).Round(0)
	tag := func(label string) []Node {
		return []Node{El("span", A("class", "sd-tag"), Text(t(l, txtAssumption))), Text(" " + label)}
	}
	inhabitants := ""
	if len(c.Municipalities) > 0 {
		var total, hilversum int64
		for _, m := range c.Municipalities {
			total += m.Inhabitants
			if m.ID == "hilversum" {
				hilversum = m.Inhabitants
			}
		}
		if total > 0 {
			inhabitants = l.Number(decimal.NewFromInt(hilversum*100).Div(decimal.NewFromInt(total)), 1)
		}
	}
	return El("fieldset", A("class", "sd-assumptions"),
		El("legend", nil, Text(t(l, txtAssumptions))),
		El("p", A("class", "sd-note"), Text(t(l, txtAssumptionsHelp))),
		El("div", A("class", "sd-field"),
			El("label", A("for", "sd-overlap"), tag(t(l, txtOverlap))...),
			El("input", A("type", "range", "id", "sd-overlap", "min", "0", "max", "100", "step", "5",
				"value", pct.String(), "aria-describedby", "sd-overlap-help sd-overlap-value")).
				with(Handler{Event: "input", Msg: Msg{Kind: MsgSetOverlap}}),
			El("output", A("id", "sd-overlap-value", "for", "sd-overlap"), Text(l.Number(pct, 0)+" %")),
			El("p", A("id", "sd-overlap-help", "class", "sd-note"), Text(t(l, txtOverlapHelp))),
		),
		choice(l, "sd-key", tag(t(l, txtKey)), MsgSetKey, s.Key,
			scenario.KeyPublished, t(l, txtKeyPublished),
			scenario.KeyInhabitants, fmt.Sprintf(t(l, txtKeyInhabitants), inhabitants)),
		choice(l, "sd-ramp", tag(t(l, txtRamp)), MsgSetRamp, s.Ramp,
			RampDefault, t(l, txtRampDefault),
			RampFull, t(l, txtRampFull),
			RampSlow, t(l, txtRampSlow)),
		amountInput(l, "sd-impl", tag(t(l, txtImpl)), t(l, txtImplName), MsgSetImpl, s.Impl),
		amountInput(l, "sd-other", tag(t(l, txtOther)), t(l, txtOtherName), MsgSetOther, s.Other),
		choice(l, "sd-growth", tag(t(l, txtGrowth)), MsgSetGrowth, s.Growth,
			scenario.GrowthNone, t(l, txtGrowthNone),
			scenario.GrowthClients, t(l, txtGrowthClients),
			scenario.GrowthNational, t(l, txtGrowthNational)),
	)
}

// choice renders a group of radio buttons named id whose values and labels
// come in pairs; the chosen one is checked.
func choice(l budget.Locale, id string, legend []Node, kind MsgKind, current string, pairs ...string) Node {
	fs := El("fieldset", A("class", "sd-choice", "id", id),
		El("legend", nil, legend...))
	for i := 0; i+1 < len(pairs); i += 2 {
		rid := id + "-" + pairs[i]
		attrs := A("type", "radio", "name", id, "id", rid, "value", pairs[i])
		if pairs[i] == current {
			attrs = append(attrs, "checked", "")
		}
		fs.Children = append(fs.Children, El("div", A("class", "sd-option"),
			El("input", attrs).with(Handler{Event: "change", Msg: Msg{Kind: kind}}),
			El("label", A("for", rid), Text(pairs[i+1]))))
	}
	return fs
}

// amountInput renders a typed yearly amount with its help text and, when
// what was typed cannot be used, a message next to it that names the field
// and says which value the calculation keeps.
func amountInput(l budget.Locale, id string, label []Node, name string, kind MsgKind, f AmountField) Node {
	describedBy := id + "-help"
	input := A("type", "text", "id", id, "inputmode", "decimal", "autocomplete", "off", "spellcheck", "false",
		"placeholder", "pm", "value", f.Text)
	var msg Node
	if f.Problem != NoProblem {
		var problem string
		switch f.Problem {
		case NegativeAmount:
			problem = fmt.Sprintf(t(l, txtAmountNegative), name)
		case TooLarge:
			problem = fmt.Sprintf(t(l, txtAmountLarge), name, l.EuroWhole(MaxAmount))
		default:
			problem = fmt.Sprintf(t(l, txtAmountBad), name, text.Clip(f.Text, 30))
		}
		kept := t(l, txtPM)
		if f.Set {
			kept = l.Euro(f.Value)
		}
		problem += " " + fmt.Sprintf(t(l, txtAmountKept), kept)
		msg = El("p", A("id", id+"-error", "class", "sd-error"), Text(problem))
		describedBy = id + "-error " + describedBy
		input = append(input, "aria-invalid", "true")
	}
	input = append(input, "aria-describedby", describedBy)
	div := El("div", A("class", "sd-field sd-amount"),
		El("label", A("for", id), label...),
		El("input", input).with(Handler{Event: "input", Msg: Msg{Kind: kind}}),
	)
	if f.Problem != NoProblem {
		div.Children = append(div.Children, msg)
	}
	div.Children = append(div.Children, El("p", A("id", id+"-help", "class", "sd-note"), Text(t(l, txtAmountHelp))))
	return div
}

// renderResults renders the outcome of the state (scenario.Evaluate for
// its Input): a chart, one table row per year, and one plain sentence per
// year.
func renderResults(s State, out scenario.Outcome, err error) Node {
	l := s.Lang
	sec := El("section", A("class", "sd-results", "aria-labelledby", "sd-results-title"),
		El("h3", A("id", "sd-results-title"), Text(t(l, txtResults))))
	if err != nil {
		sec.Children = append(sec.Children, El("p", A("class", "sd-notice", "role", "alert"), Text(err.Error())))
		return sec
	}
	heads := []msgID{txtYear, txtTaakstelling, txtSavings, txtKeuzeCost, txtGap}
	head := El("tr", nil)
	for i, h := range heads {
		class := "sd-num"
		if i == 0 {
			class = ""
		}
		head.Children = append(head.Children, El("th", A("scope", "col", "class", class), Text(t(l, h))))
	}
	label := func(h msgID) []string { return A("class", "sd-num", "data-label", t(l, h)) }
	body := El("tbody", nil)
	sentences := El("ul", A("class", "sd-sentences"))
	for _, y := range out.Years {
		body.Children = append(body.Children, El("tr", A("data-year", y.Year.String()),
			El("th", A("scope", "row"), Text(y.Year.String())),
			El("td", label(txtTaakstelling), Text(amountText(l, y.Taakstelling))),
			El("td", label(txtSavings), bandNodes(l, y.Savings, false)...),
			El("td", label(txtKeuzeCost), Text(amountText(l, y.KeuzeCost))),
			El("td", label(txtGap), bandNodes(l, y.Gap, y.PM)...),
		))
		sentences.Children = append(sentences.Children, El("li", nil, Text(y.Sentence(l, out.Keuze))))
	}
	sec.Children = append(sec.Children,
		renderChart(l, out),
		El("div", A("class", "sd-scroll sd-stack", "role", "region", "tabindex", "0", "aria-label", t(l, txtResultsRegion)),
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

// bandNodes is bandText with the range on a line of its own: the same
// text content, narrower columns.
func bandNodes(l budget.Locale, b scenario.Band, pm bool) []Node {
	full := bandText(l, b, pm)
	central, rest, ok := strings.Cut(full, " (")
	if !ok {
		return []Node{Text(full)}
	}
	return []Node{Text(central), El("span", A("class", "sd-range"), Text(" ("+rest))}
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
