package view

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
)

// renderMeasures renders the regional measures grouped by domain, each a
// checkbox with its published maximum regional effect (for the 7
// municipalities together), Hilversum's remarks, its effects in other
// domains and its own source; the measures Hilversum proposes outside the
// programme are shown as pm, without a checkbox. The raadsvoorstel's notes
// on the programme as a whole (what the region spends, the zienswijze, the
// risks) follow in a disclosure.
func renderMeasures(s State, c *Catalogue) Node {
	l := s.Lang
	fs := El("fieldset", A("class", "sd-measures"),
		El("legend", nil, El("h4", A("class", "sd-legend-heading"), Text(t(l, txtMeasures)))),
		El("p", A("class", "sd-note"), Text(fmt.Sprintf(t(l, txtMeasuresHelp), len(c.Municipalities), c.Published.Name))),
		El("p", A("class", "sd-print-only", "id", "sd-measures-print"), Text(measuresLine(l, s, c))),
	)
	if len(c.Notes) > 0 {
		ul := El("ul", A("class", "sd-source-list"))
		for _, n := range c.Notes {
			ul.Children = append(ul.Children, El("li", nil,
				El("strong", A("lang", "nl"), Text(n.Title+": ")), El("span", A("lang", "nl"), Text(n.Text)),
				El("br", nil), El("span", A("class", "sd-note"), Text(t(l, txtSource)+": "), sourceNode(l, n.Source))))
		}
		fs.Children = append(fs.Children, El("details", A("class", "sd-bron sd-notes"),
			El("summary", nil, Text(t(l, txtNotes))), ul))
	}
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
			effect := effectText(l, m.Effect)
			if m.PM {
				effect = t(l, txtPM)
			} else if part, ok := c.publishedPart(s, m.Effect.Neg()); ok {
				effect += "; " + fmt.Sprintf(t(l, txtPartOf), c.Published.Name, savingText(l, part))
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
			El("h5", nil, Text(d.Label(l))),
			El("ul", nil, items...),
		))
	}
	return fs
}

// ends says what the ends of the outcome's ranges assume, in the state's
// language: the outcome's own (Dutch) words, or scenario.Data.Ends in English.
func (c *Catalogue) ends(s State, out scenario.Outcome) scenario.Ends {
	if s.Lang == budget.Dutch {
		return out.Ends
	}
	d := c.data
	if d == nil {
		d = scenario.DefaultData()
	}
	e, err := d.Ends(c.Input(s), s.Lang)
	if err != nil {
		return out.Ends
	}
	return e
}

// publishedPart returns the published municipality's part (Hilversum's) of
// a regional amount by the state's distribution key, in whole cents, by
// the evaluation's rules (scenario.KeyInput.Resolve, regional.Key.Split).
func (c *Catalogue) publishedPart(s State, amount decimal.Decimal) (decimal.Decimal, bool) {
	if c.programme == nil {
		return decimal.Zero, false
	}
	key, err := c.Input(s).Key.Resolve(c.programme)
	if err != nil {
		return decimal.Zero, false
	}
	for _, p := range key.Split(amount) {
		if p.Municipality == c.Published.ID {
			return p.Amount, true
		}
	}
	return decimal.Zero, false
}

// measuresLine says in one line which measures count, for print, where the
// list of measures is left out: "Meegeteld: 13 van de 14 maatregelen.
// Uitgezet: …".
func measuresLine(l budget.Locale, s State, c *Catalogue) string {
	var off []string
	for _, m := range c.Measures {
		if !slices.Contains(s.Measures, m.ID) {
			off = append(off, m.Name)
		}
	}
	line := fmt.Sprintf(t(l, txtMeasuresCounted), len(c.Measures)-len(off), len(c.Measures))
	if len(off) > 0 {
		line += " " + fmt.Sprintf(t(l, txtMeasuresOff), strings.Join(off, "; "))
	}
	return line
}

// effectText says a measure's published regional effect in words, never
// signed: "€ 1.059.000 besparing (regionaal)" or "€ 150.000 kosten
// (regionaal)".
func effectText(l budget.Locale, effect decimal.Decimal) string {
	if effect.IsPositive() {
		return fmt.Sprintf(t(l, txtEffectCost), l.EuroWhole(effect))
	}
	return fmt.Sprintf(t(l, txtEffectSaving), l.EuroWhole(effect.Neg()))
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
			amount = effectText(l, x.Amount)
		}
		box.Children = append(box.Children, El("p", A("class", "sd-cross"),
			Text(t(l, txtCross)+" ("+x.Domain.Label(l)+"): "+amount)))
	}
	// "Bron" on screen, "Bron: <measure>" to a screen reader: fifteen
	// disclosures must not share one name.
	src := El("details", A("class", "sd-bron"),
		El("summary", nil, Text(t(l, txtSource)), El("span", A("class", "sd-vh", "lang", "nl"), Text(": "+m.Name))),
		El("p", nil, sourceNode(l, m.Source)))
	for _, r := range m.Remarks {
		if r.Source.Document != "" {
			src.Children = append(src.Children, El("p", nil, Text(t(l, txtRemark)+": "), sourceNode(l, r.Source)))
		}
	}
	box.Children = append(box.Children, src)
	return box
}

// publishedPct is the published share as printed: "35 %".
func (c *Catalogue) publishedPct(l budget.Locale) string { return l.Percent(c.PublishedShare) }

// assumptionValue returns the value the outcome states for its assumption
// id ("realisation", "growth", …), or "".
func assumptionValue(out scenario.Outcome, id string) string {
	for _, a := range out.Assumptions {
		if a.ID == id {
			return a.Value
		}
	}
	return ""
}

// renderAssumptions renders the adjustable assumptions, each labelled as
// one (once: the labels themselves do not say "aanname" again), and what
// the outcome says about the realisation of the measures.
func renderAssumptions(s State, c *Catalogue, out scenario.Outcome) Node {
	l := s.Lang
	pct := s.Overlap.Mul(hundred).Round(0)
	tag := func(label string) []Node {
		return []Node{El("span", A("class", "sd-tag"), Text(t(l, txtAssumption))), Text(" " + label)}
	}
	inhabitants := ""
	if len(c.Municipalities) > 0 {
		var total, own int64
		for _, m := range c.Municipalities {
			total += m.Inhabitants
			if m.ID == c.Published.ID {
				own = m.Inhabitants
			}
		}
		if total > 0 {
			inhabitants = l.Number(decimal.NewFromInt(own*100).Div(decimal.NewFromInt(total)), 1)
		}
	}
	lows := make([]string, 0, 2*len(LowShares))
	for _, v := range LowShares {
		lows = append(lows, v, fmt.Sprintf(t(l, txtLowShare), v))
	}
	realisation := choice(l, "sd-low", tag(t(l, txtLow)), MsgSetLow, s.Low, lows...)
	realisation.Children = append(realisation.Children, El("p", A("class", "sd-note", "id", "sd-low-help"), Text(t(l, txtLowHelp))))
	if v := assumptionValue(out, "realisation"); v != "" && l == budget.Dutch {
		realisation.Children = append(realisation.Children,
			El("p", A("class", "sd-note sd-assumption-text", "id", "sd-realisation"), Text(t(l, txtOutcomeSays)+" "), El("span", A("lang", "nl"), Text(v))))
	} else if v != "" {
		e := c.ends(s, out)
		realisation.Children = append(realisation.Children,
			El("p", A("class", "sd-note sd-assumption-text", "id", "sd-realisation"), Text(t(l, txtOutcomeSays)+" "+capitalize(e.Low)+". "+capitalize(e.High)+".")))
	}
	return El("fieldset", A("class", "sd-assumptions"),
		El("legend", nil, El("h4", A("class", "sd-legend-heading"), Text(t(l, txtAssumptions)))),
		El("p", A("class", "sd-note"), Text(t(l, txtAssumptionsHelp))),
		realisation,
		El("div", A("class", "sd-field"),
			El("label", A("for", "sd-overlap"), tag(t(l, txtOverlap))...),
			El("input", A("type", "range", "id", "sd-overlap", "min", "0", "max", "100", "step", "5",
				"value", pct.String(), "aria-valuetext", l.Number(pct, 0)+" %", "aria-describedby", "sd-overlap-help")).
				with(Handler{Event: "input", Msg: Msg{Kind: MsgSetOverlap}}),
			El("output", A("id", "sd-overlap-value", "for", "sd-overlap"), Text(l.Number(pct, 0)+" %")),
			El("p", A("id", "sd-overlap-help", "class", "sd-note"), Text(t(l, txtOverlapHelp))),
		),
		choice(l, "sd-key", tag(t(l, txtKey)), MsgSetKey, s.Key,
			scenario.KeyPublished, fmt.Sprintf(t(l, txtKeyPublished), c.Published.Name, c.publishedPct(l)),
			scenario.KeyInhabitants, fmt.Sprintf(t(l, txtKeyInhabitants), len(c.Municipalities), inhabitants)),
		choice(l, "sd-ramp", tag(t(l, txtRamp)), MsgSetRamp, s.Ramp,
			RampDefault, t(l, txtRampDefault),
			RampFull, t(l, txtRampFull),
			RampSlow, t(l, txtRampSlow)),
		amountInput(l, "sd-impl", tag(t(l, txtImpl)), t(l, txtImplName), MsgSetImpl, s.Impl),
		amountInput(l, "sd-other", tag(fmt.Sprintf(t(l, txtOther), c.Published.Name)), t(l, txtOtherName), MsgSetOther, s.Other),
		choice(l, "sd-growth", tag(t(l, txtGrowth)), MsgSetGrowth, s.Growth,
			GrowthNone, t(l, txtGrowthNone),
			GrowthClients, fmt.Sprintf(t(l, txtGrowthClients), scenario.DefaultGrowthFrom, scenario.DefaultGrowthTo),
			GrowthClientsAll, fmt.Sprintf(t(l, txtGrowthClientsAll), c.ClientsFrom, scenario.DefaultGrowthTo),
			GrowthNational, t(l, txtGrowthNational)),
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

// renderResults renders the outcome of the state, keeping apart what the
// documents keep apart: the taakstelling part (a chart, a table of target,
// savings, implementation costs, other measures, the balance and the
// verdict), then, as its own table, what is not part of it — the keuze's
// extra policy cost and, when chosen, the growth prognosis — and one
// sentence per year (the taakstelling's, then the keuze's).
func renderResults(s State, c *Catalogue, out scenario.Outcome, err error) Node {
	l := s.Lang
	sec := El("section", A("class", "sd-results", "aria-labelledby", "sd-results-title"),
		El("h3", A("id", "sd-results-title"), Text(fmt.Sprintf(t(l, txtResults), c.Published.Name))))
	if err != nil {
		sec.Children = append(sec.Children, El("p", A("class", "sd-notice", "role", "alert"), Text(err.Error())))
		return sec
	}
	// The taakstelling part.
	heads := []msgID{txtYear, txtTaakstelling, txtSavings, txtImplCosts, txtOtherMeasures, txtBalance, txtVerdict}
	headRow := func(ids []msgID, names []string) Node {
		tr := El("tr", nil)
		for i, h := range ids {
			class := "sd-num"
			switch {
			case i == 0:
				class = ""
			case h == txtVerdict:
				class = "sd-verdict"
			}
			name := t(l, h)
			if i < len(names) && names[i] != "" {
				name = names[i]
			}
			tr.Children = append(tr.Children, El("th", A("scope", "col", "class", class), Text(name)))
		}
		return tr
	}
	label := func(h msgID) []string { return A("class", "sd-num", "data-label", t(l, h)) }
	body := El("tbody", nil)
	sentences := El("ul", A("class", "sd-sentences"))
	for _, y := range out.Years {
		tp := y.Taakstelling
		balance := balanceNodes(l, tp)
		body.Children = append(body.Children, El("tr", A("data-year", y.Year.String()),
			El("th", A("scope", "row"), Text(y.Year.String())),
			El("td", label(txtTaakstelling), Text(l.WithPM(tp.Target))),
			El("td", label(txtSavings), rangeNodes(l, tp.Savings, func(d decimal.Decimal) string { return savingText(l, d) })...),
			El("td", label(txtImplCosts), Text(l.WithPM(tp.ImplementationCosts))),
			El("td", label(txtOtherMeasures), Text(l.WithPM(tp.OtherMeasures))),
			El("td", label(txtBalance), balance...),
			El("td", A("class", "sd-verdict", "data-label", t(l, txtVerdict)), Text(tp.Verdict.Phrase(l))),
		))
		line := y.Sentence(l)
		if k := y.KeuzeSentence(l); k != "" {
			line += " " + k
		}
		sentences.Children = append(sentences.Children, El("li", nil, Text(line)))
	}
	sec.Children = append(sec.Children,
		El("p", A("id", "sd-tally", "class", "sd-tally"), Text(out.Tally().Sentence(l))),
		El("p", A("class", "sd-note sd-screen-only"), Text(fmt.Sprintf(t(l, txtTaakstellingIntro), c.Published.Name))),
		renderChart(l, out),
		El("details", A("class", "sd-ends-more"),
			El("summary", nil, Text(t(l, txtEndsMore))),
			renderEnds(l, c.ends(s, out))),
		scrollHint(l),
		El("div", A("class", "sd-scroll sd-stack-wide", "role", "region", "tabindex", "0", "aria-label", t(l, txtResultsRegion)),
			El("table", A("class", "sd-table", "id", "sd-results-table"),
				El("caption", nil, Text(t(l, txtResultsCaption))),
				El("thead", nil, headRow(heads, nil)), body)),
		El("p", A("class", "sd-note"), Text(fmt.Sprintf(t(l, txtResultsNote), c.Published.Name))),
	)
	// Apart from the taakstelling: the keuze and the growth prognosis.
	sec.Children = append(sec.Children, renderApart(s, c, out, headRow)...)
	sec.Children = append(sec.Children, sentences)
	return sec
}

// renderApart renders what is not part of the taakstelling: the keuze's
// extra policy cost per year and, when chosen, the growth prognosis, in a
// table of their own that adds nothing up, with the keuze's long-term
// expectation and the growth prognosis's base and caveats.
func renderApart(s State, c *Catalogue, out scenario.Outcome, headRow func([]msgID, []string) Node) []Node {
	l := s.Lang
	growth := s.Growth != GrowthNone && s.Growth != ""
	k, hasKeuze := c.Keuze(out.Keuze)
	nodes := []Node{El("h4", A("id", "sd-apart-title"), Text(t(l, txtApart)))}
	if !hasKeuze && !growth {
		return append(nodes, El("p", A("class", "sd-note"), Text(t(l, txtApartNone))))
	}
	ids := []msgID{txtYear}
	names := []string{""}
	if hasKeuze {
		ids, names = append(ids, txtKeuzeCost), append(names, fmt.Sprintf(t(l, txtKeuzeCostOf), k.ID))
	}
	if growth {
		ids, names = append(ids, txtGrowthCol), append(names, "")
	}
	label := func(name string) []string { return A("class", "sd-num", "data-label", name) }
	body := El("tbody", nil)
	for _, y := range out.Years {
		tr := El("tr", A("data-year", y.Year.String()), El("th", A("scope", "row"), Text(y.Year.String())))
		if hasKeuze {
			tr.Children = append(tr.Children, El("td", label(names[1]), Text(l.WithPM(y.Keuze.Cost))))
		}
		if growth {
			tr.Children = append(tr.Children, El("td", label(t(l, txtGrowthCol)), Text(l.WithPM(y.Growth))))
		}
		body.Children = append(body.Children, tr)
	}
	nodes = append(nodes, scrollHint(l), El("div", A("class", "sd-scroll sd-stack-wide", "role", "region", "tabindex", "0", "aria-label", t(l, txtApartRegion)),
		El("table", A("class", "sd-table", "id", "sd-apart-table"),
			El("caption", nil, Text(t(l, txtApartCaption))),
			El("thead", nil, headRow(ids, names)), body)))
	if hasKeuze {
		nodes = append(nodes, El("p", A("class", "sd-note"), Text(t(l, txtKeuzeNotInBalance))))
		if k.Expectation != "" {
			nodes = append(nodes, El("p", A("class", "sd-expectation"),
				El("strong", nil, Text(fmt.Sprintf(t(l, txtExpectationOf), k.ID)+": ")), El("span", A("lang", "nl"), Text(k.Expectation))))
		}
		if c.Indicative != "" {
			nodes = append(nodes, El("p", A("class", "sd-note sd-indicative"), El("span", A("lang", "nl"), Text(c.Indicative))))
		}
	}
	if growth {
		nodes = append(nodes, El("details", A("class", "sd-growth-more"),
			El("summary", nil, Text(t(l, txtGrowthMore))),
			El("p", A("class", "sd-note sd-growth-text", "id", "sd-growth-text"),
				El("strong", nil, Text(t(l, txtGrowthCol)+": ")), El("span", A("lang", "nl"), Text(assumptionValue(out, "growth"))))))
	}
	return nodes
}

// renderEnds says what the ends and the middle of every range assume, in
// the outcome's words in the page's language (Catalogue.ends).
func renderEnds(l budget.Locale, e scenario.Ends) Node {
	ul := El("ul", A("class", "sd-ends"))
	for _, s := range []string{e.Low, e.Central, e.High} {
		if s == "" {
			continue
		}
		ul.Children = append(ul.Children, El("li", nil, Text(capitalize(s))))
	}
	return El("div", A("class", "sd-ends-box", "id", "sd-ends"),
		El("p", A("class", "sd-ends-title"), Text(t(l, txtEnds))), ul)
}

// capitalize returns s with its first letter upper case.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// rangeNodes formats a range: the middle assumption, then on a line of its
// own "(van X tot Y)". A collapsed range is one amount; an unknown one
// "onbekend".
func rangeNodes(l budget.Locale, r budget.Range, f func(decimal.Decimal) string) []Node {
	if !r.Known {
		return []Node{Text(t(l, txtUnknown))}
	}
	central := Text(f(r.Central))
	if r.Collapsed() || f(r.Low) == f(r.High) {
		return []Node{central}
	}
	return []Node{central, El("span", A("class", "sd-range"), Text(" "+fmt.Sprintf(t(l, txtFromTo), f(r.Low), f(r.High))))}
}

// savingText formats a saving in whole euros; a negative saving (a measure
// that raises costs more than the others save) says so in words.
func savingText(l budget.Locale, d decimal.Decimal) string {
	if d.Round(0).IsNegative() {
		return fmt.Sprintf(t(l, txtMoreCosts), l.EuroWhole(d.Neg()))
	}
	return l.EuroWhole(d)
}
