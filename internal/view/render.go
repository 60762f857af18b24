package view

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

// Env is what the view needs from its surroundings besides the state: the
// page URL without its fragment (for the share link) and the fragment
// parameter of this widget.
type Env struct {
	PageURL string // e.g. "https://www.hilversum.nl/sociaal-domein"; may be empty
	Param   string // the widget's fragment parameter, see ParamName
	Frag    string // the page's current fragment, kept for the other parameters
}

// ShareURL returns the link that restores s: the page URL with s in the
// fragment, other fragment parameters kept.
func ShareURL(s State, env Env) string {
	return env.PageURL + "#" + WithParam(env.Frag, env.Param, s.Fragment())
}

// Render returns the widget's view for state s. The root is a <section>
// whose lang attribute follows the state's language.
func Render(s State, c *Catalogue, env Env) Node {
	l := s.Lang
	root := El("section", A("class", "sd", "lang", langTag(l), "aria-labelledby", "sd-title"),
		El("div", A("class", "sd-head"),
			El("h2", A("id", "sd-title"), Text(t(l, txtTitle))),
			El("button", A("type", "button", "class", "sd-lang", "lang", t(l, txtOtherLangName)),
				Text(t(l, txtOtherLang))).with(Handler{Event: "click", Msg: Msg{Kind: MsgSetLang, Arg: t(l, txtOtherLangName)}}),
		),
	)
	// The notice keeps its place when dismissed (an empty slot), so the
	// DOM layer, which patches children by position, does not carry one
	// fold's open state over to the next.
	if n, ok := renderNotice(s); ok {
		root.Children = append(root.Children, n)
	} else {
		root.Children = append(root.Children, El("div", A("class", "sd-notice-slot")))
	}
	if len(c.Problems) > 0 {
		n := El("div", A("class", "sd-notice", "role", "alert", "id", "sd-data-notice"), El("p", nil, Text(t(l, txtNoticeData))))
		for _, p := range c.Problems {
			n.Children = append(n.Children, El("p", A("class", "sd-notice-detail"), El("code", nil, Text(p))))
		}
		root.Children = append(root.Children, n)
	}
	out, err := c.Evaluate(c.Input(s))
	// In the order a resident thinks: why this matters, choose, see what
	// it does (the answer stays in view while choosing), then calculate
	// further, folded.
	root.Children = append(root.Children,
		renderWhy(l, c),
		renderKeuzes(s, c),
		renderAnswer(s, c, out, err),
		renderDetail(s, c),
		El("details", A("class", "sd-more", "id", "sd-more"),
			El("summary", nil, El("h3", A("class", "sd-summary-heading"), Text(t(l, txtMore)))),
			renderMeasures(s, c),
			renderAssumptions(s, c, out),
		),
		El("div", A("class", "sd-live sd-vh", "aria-live", "polite", "id", "sd-live"),
			El("p", A("id", "sd-announce"), Text(s.Announced)),
		),
		renderResults(s, c, out, err),
		renderShare(s, env),
		renderPrintLink(s, env),
		renderGlossary(l),
		renderSources(l, c),
	)
	return root
}

func renderNotice(s State) (Node, bool) {
	l := s.Lang
	var msg msgID
	switch s.Notice.Kind {
	case BadFragment:
		msg = txtNoticeFragment
	case BadAttributes:
		msg = txtNoticeAttributes
	default:
		return Node{}, false
	}
	n := El("div", A("class", "sd-notice", "role", "alert", "id", "sd-notice"),
		El("p", nil, Text(t(l, msg))),
	)
	if s.Notice.Detail != "" {
		n.Children = append(n.Children, El("p", A("class", "sd-notice-detail"),
			Text(t(l, txtNoticeDetail)+": "), El("code", nil, Text(s.Notice.Detail))))
	}
	n.Children = append(n.Children, El("button", A("type", "button", "class", "sd-button"),
		Text(t(l, txtDismiss))).with(Handler{Event: "click", Msg: Msg{Kind: MsgDismissNotice}}))
	return n, true
}

// renderKeuzes renders the four keuzes as radio buttons on the seed's 2×2:
// columns are the access axis (where residents ask for help), rows the role
// axis (who does more), each axis labelled in plain words with the seed's
// term. On a narrow screen the grid is one column and each keuze's plain
// line says both.
func renderKeuzes(s State, c *Catalogue) Node {
	l := s.Lang
	grid := El("div", A("class", "sd-grid"),
		El("div", A("class", "sd-axis sd-axis-corner", "aria-hidden", "true"),
			El("span", A("class", "sd-axis-q"), Text(t(l, txtAccessAxis))), El("br", nil),
			El("span", A("class", "sd-axis-q"), Text(t(l, txtRoleAxis)))),
		El("div", A("class", "sd-axis sd-axis-col", "aria-hidden", "true"), Text(t(l, txtBuurtgericht))),
		El("div", A("class", "sd-axis sd-axis-col", "aria-hidden", "true"), Text(t(l, txtStedelijk))),
	)
	for _, role := range []scenario.Role{scenario.Gemeenschap, scenario.Gemeente} {
		rowLabel := txtGemeente
		if role == scenario.Gemeenschap {
			rowLabel = txtGemeenschap
		}
		grid.Children = append(grid.Children, El("div", A("class", "sd-axis sd-axis-row", "aria-hidden", "true"), Text(t(l, rowLabel))))
		for _, acc := range []scenario.Access{scenario.Buurtgericht, scenario.Stedelijk} {
			for _, k := range c.Keuzes {
				if k.Access == acc && k.Role == role {
					grid.Children = append(grid.Children, renderKeuzeCell(s, c, k))
				}
			}
		}
	}
	none := El("div", A("class", "sd-none"),
		radio(s, "sd-keuze-none", "", s.Keuze == ""),
		El("label", A("for", "sd-keuze-none"), Text(t(l, txtNoKeuze)+": "+t(l, txtNoKeuzeDetail))),
	)
	return El("fieldset", A("class", "sd-keuzes"),
		El("legend", nil, El("h3", A("class", "sd-legend-heading"), Text(t(l, txtKeuzesLegend)))),
		grid, none,
	)
}

func radio(s State, id, keuze string, checked bool) Node {
	attrs := A("type", "radio", "name", "sd-keuze", "id", id, "value", keuze)
	if checked {
		attrs = append(attrs, "checked", "")
	}
	return El("input", attrs).with(Handler{Event: "change", Msg: Msg{Kind: MsgSelectKeuze, Arg: keuze}})
}

func renderKeuzeCell(s State, c *Catalogue, k scenario.Option) Node {
	l := s.Lang
	id := "sd-keuze-" + k.ID
	class := "sd-cell"
	if s.Keuze == k.ID {
		class += " sd-selected"
	}
	// The label is the keuze's name (and the college's preference); what
	// it means and costs is its description, so a screen reader says the
	// name at every arrow key and the rest once.
	label := El("label", A("for", id),
		El("span", A("class", "sd-cell-title"), Text(t(l, txtKeuze)+" "+k.ID+": "), El("span", A("lang", "nl"), Text(k.Name))),
	)
	if k.Proposed {
		label.Children = append(label.Children, El("span", A("class", "sd-badge"), Text(t(l, txtPreferred))))
	}
	desc := El("p", A("class", "sd-cell-desc", "id", id+"-desc"),
		El("span", A("class", "sd-cell-plain"), Text(plainLine(l, k)+" ")),
		El("span", A("class", "sd-cell-total"), Text(totalPhrase(l, k, c.Years)+".")),
	)
	in := radio(s, id, k.ID, s.Keuze == k.ID)
	in.Attrs = append(in.Attrs, Attr{Name: "aria-describedby", Value: id + "-desc"})
	return El("div", A("class", class), in, El("div", A("class", "sd-cell-body"), label, desc))
}

// totalPhrase says what a keuze costs per year in words: "€ 550.000 extra
// per jaar, plus kosten die nog niet bekend zijn (pm)" when every year is
// the same, else each year's total.
func totalPhrase(l budget.Locale, k scenario.Option, years []budget.Year) string {
	if len(years) == 0 {
		return t(l, txtUnknown)
	}
	first := budget.Sum(k.Lines, years[0]).AsAmount()
	same := true
	for _, y := range years[1:] {
		if a := budget.Sum(k.Lines, y).AsAmount(); a.Known != first.Known || a.PM != first.PM || !a.Value.Equal(first.Value) {
			same = false
		}
	}
	if same {
		return keuzeCostText(l, first)
	}
	return strings.Join(yearTotals(l, k, years), " / ")
}

func yearTotals(l budget.Locale, k scenario.Option, years []budget.Year) []string {
	out := make([]string, 0, len(years))
	for _, y := range years {
		out = append(out, y.String()+": "+budget.Sum(k.Lines, y).Format(l))
	}
	return out
}

func renderDetail(s State, c *Catalogue) Node {
	l := s.Lang
	k, ok := c.Keuze(s.Keuze)
	if !ok {
		return El("div", A("class", "sd-detail", "id", "sd-detail"))
	}
	d := El("details", A("class", "sd-detail", "id", "sd-detail"),
		El("summary", nil, El("h3", A("id", "sd-detail-title", "class", "sd-summary-heading"), Text(fmt.Sprintf(t(l, txtKeuzeMore), k.ID)))),
		El("p", A("class", "sd-detail-name"), El("strong", nil, Text(t(l, txtKeuze)+" "+k.ID+": ")), El("span", A("lang", "nl"), Text(k.Name))),
	)
	if k.Proposed {
		pref := El("p", A("class", "sd-badge"), Text(t(l, txtPreferred)))
		if c.Proposal.Document != "" {
			pref.Children = append(append(append(pref.Children, Text(" (")), sourceRef(c.Proposal)...), Text(")"))
		}
		d.Children = append(d.Children, pref)
	}
	if k.Practice != "" {
		d.Children = append(d.Children, El("div", A("class", "sd-practice"),
			El("h4", nil, Text(t(l, txtPractice))),
			El("p", A("lang", "nl"), Text(k.Practice)),
			renderSource(l, k.PracticeSource)))
	}
	d.Children = append(d.Children, renderCostTable(l, k, c.Years))
	if k.Expectation != "" {
		d.Children = append(d.Children, El("p", A("class", "sd-expectation"),
			El("strong", nil, Text(t(l, txtExpectation)+": ")), El("span", A("lang", "nl"), Text(k.Expectation))))
	}
	// The amounts are estimates and not yet in the begroting: said next to
	// them, each with its source.
	for _, n := range []struct {
		text string
		src  budget.Source
	}{{c.Indicative, c.IndicativeSource}, {c.NoBudgetChange, c.NoBudgetChangeSource}} {
		if n.text != "" {
			p := El("p", A("class", "sd-note sd-indicative"), El("span", A("lang", "nl"), Text(n.text)), Text(" ("+t(l, txtSource)+": "))
			p.Children = append(append(p.Children, sourceRef(n.src)...), Text(")"))
			d.Children = append(d.Children, p)
		}
	}
	if len(k.Advantages) > 0 {
		ul := El("ul", A("lang", "nl"))
		for _, it := range k.Advantages {
			ul.Children = append(ul.Children, El("li", nil, Text(it)))
		}
		d.Children = append(d.Children, El("div", A("class", "sd-pros"), El("h4", nil, Text(t(l, txtAdvantages))), ul))
	}
	if len(k.Risks) > 0 {
		ul := El("ul", nil)
		for _, r := range k.Risks {
			li := El("li", nil, El("span", A("lang", "nl"), Text(r.Risk)))
			if r.Beheersmaatregel != "" {
				li.Children = append(li.Children, El("br", nil),
					El("span", A("class", "sd-mitigation"), Text(t(l, txtMitigation)+": "), El("span", A("lang", "nl"), Text(r.Beheersmaatregel))))
			}
			ul.Children = append(ul.Children, li)
		}
		d.Children = append(d.Children, El("div", A("class", "sd-cons"), El("h4", nil, Text(t(l, txtRisks))), ul))
	}
	if k.Dekking != "" {
		d.Children = append(d.Children, El("p", A("class", "sd-dekking"), El("strong", nil, Text(t(l, txtDekking)+": ")), El("span", A("lang", "nl"), Text(k.Dekking))))
	}
	d.Children = append(d.Children, renderSource(l, k.Source))
	return d
}

func renderCostTable(l budget.Locale, k scenario.Option, years []budget.Year) Node {
	head := El("tr", nil, El("th", A("scope", "col"), Text(t(l, txtCostLine))))
	for _, y := range years {
		head.Children = append(head.Children, El("th", A("scope", "col", "class", "sd-num"), Text(y.String())))
	}
	body := El("tbody", nil)
	hasPM := false
	for _, line := range k.Lines {
		tr := El("tr", nil, El("th", A("scope", "row", "lang", "nl"), Text(line.Label)))
		for _, y := range years {
			var cell string
			switch a, ok := line.Amount(y); {
			case line.PM:
				cell, hasPM = t(l, txtPM), true
			case ok:
				cell = l.EuroWhole(a)
			default:
				cell = t(l, txtUnknown)
			}
			tr.Children = append(tr.Children, El("td", A("class", "sd-num", "data-label", y.String()), Text(cell)))
		}
		body.Children = append(body.Children, tr)
	}
	foot := El("tr", nil, El("th", A("scope", "row"), Text(t(l, txtTotal))))
	for _, y := range years {
		foot.Children = append(foot.Children, El("td", A("class", "sd-num", "data-label", y.String()), Text(budget.Sum(k.Lines, y).Format(l))))
	}
	wrap := El("div", A("class", "sd-scroll sd-stack-cost", "role", "region", "tabindex", "0", "aria-label", t(l, txtCostRegion)),
		El("table", A("class", "sd-table"),
			El("caption", nil, Text(t(l, txtCostCaption)+" — "+t(l, txtKeuze)+" "+k.ID)),
			El("thead", nil, head), body, El("tfoot", nil, foot),
		),
	)
	box := El("div", nil, scrollHint(l), wrap)
	if hasPM {
		box.Children = append(box.Children, El("p", A("class", "sd-note"), Text(t(l, txtPMNote))))
	}
	lines := El("ul", A("class", "sd-source-list"))
	for _, line := range k.Lines {
		lines.Children = append(lines.Children, El("li", nil, El("span", A("lang", "nl", "class", "sd-source-label"), Text(line.Label)), Text(": "), sourceNode(l, line.Source)))
	}
	box.Children = append(box.Children, El("details", A("class", "sd-bron"), El("summary", nil, Text(t(l, txtSourceLines))), lines))
	return box
}

// ScrollSelector selects the regions that scroll a table sideways. The
// widget marks each that overflows with data-overflow (CSS cannot see
// overflow), which shows the scroll hint just before it.
const ScrollSelector = ".sd-scroll"

// scrollHint is the hint before a table's scroll region, shown only while
// the region overflows.
func scrollHint(l budget.Locale) Node {
	return El("p", A("class", "sd-scroll-hint", "aria-hidden", "true"), Text(t(l, txtScrollHint)))
}

func renderSource(l budget.Locale, src budget.Source) Node {
	if src.Document == "" {
		return El("p", A("class", "sd-source"))
	}
	return El("p", A("class", "sd-source"), append([]Node{Text(t(l, txtSource) + ": ")}, sourceRef(src)...)...)
}

// sourceNode shows where a figure comes from: the document's title (as a
// citation) and year, the section, the printed words and how a figure was
// derived.
func sourceNode(l budget.Locale, src budget.Source) Node {
	if src.Document == "" {
		return El("span", A("class", "sd-src"), Text(t(l, txtUnknown)))
	}
	n := El("span", A("class", "sd-src"), citation(src)...)
	if src.Section != "" {
		n.Children = append(n.Children, Text(", "+t(l, txtSection)+" "), El("span", A("lang", "nl"), Text(src.Section)))
	}
	if src.Date != "" {
		n.Children = append(n.Children, Text(" ("+src.Date+")"))
	}
	if src.Quote != "" {
		n.Children = append(n.Children, Text(": "), El("q", A("lang", "nl"), Text(strings.TrimSpace(src.Quote))))
	}
	if src.Remark != "" {
		n.Children = append(n.Children, Text(" — "), El("span", A("lang", "nl"), Text(src.Remark)))
	}
	return n
}

// renderSources is the general source list: where every kind of figure
// comes from, and which figures are the calculator's own assumptions.
func renderSources(l budget.Locale, c *Catalogue) Node {
	item := func(label string, body ...Node) Node {
		return El("li", nil, append([]Node{El("strong", nil, Text(label+": "))}, body...)...)
	}
	ul := El("ul", A("class", "sd-source-list"),
		item(t(l, txtSrcTaakstelling), sourceNode(l, c.Taakstelling.Source)),
		item(fmt.Sprintf(t(l, txtSrcShare), c.Published.Name, c.publishedPct(l)), sourceNode(l, c.ShareSource)),
		item(t(l, txtSrcMunicipalities), sourceNode(l, c.MunicipalitySrc)),
	)
	if len(c.Measures) > 0 {
		// Each measure's own section (one per domain), not the first one's
		// for all: every measure also cites its own in its "Bron".
		var sections []string
		for _, m := range c.Measures {
			if m.Source.Section != "" && !slices.Contains(sections, m.Source.Section) {
				sections = append(sections, m.Source.Section)
			}
		}
		m0 := c.Measures[0].Source
		n := sourceNode(l, budget.Source{Document: m0.Document, Title: m0.Title, Year: m0.Year, Reference: m0.Reference})
		if len(sections) > 0 {
			n.Children = append(n.Children, Text(", "+t(l, txtSections)+" "), El("span", A("lang", "nl"), Text(strings.Join(sections, "; "))))
		}
		ul.Children = append(ul.Children, item(t(l, txtSrcMeasures), n))
	}
	for _, k := range c.Keuzes {
		ul.Children = append(ul.Children, item(fmt.Sprintf(t(l, txtSrcKeuze), k.ID), sourceNode(l, k.Source)))
	}
	ul.Children = append(ul.Children,
		item(t(l, txtSrcRealisation), Text(t(l, txtSrcRealisationText))),
		item(t(l, txtSrcOverlap), Text(t(l, txtSrcOverlapText))),
		item(t(l, txtSrcRamp), Text(t(l, txtSrcRampText))),
	)
	return El("div", nil,
		El("details", A("class", "sd-sources", "id", "sd-sources"),
			El("summary", nil, El("h3", A("class", "sd-summary-heading"), Text(t(l, txtSources)))), ul),
		printSources(l, c))
}

// printSources names the documents every figure comes from, in one line
// that only print shows (the full list is folded away there).
func printSources(l budget.Locale, c *Catalogue) Node {
	p := El("p", A("class", "sd-print-only", "id", "sd-print-sources"), Text(t(l, txtSources)+": "))
	var seen []string
	var srcs []budget.Source
	for _, k := range c.Keuzes {
		srcs = append(srcs, k.Source)
	}
	for _, m := range c.Measures {
		srcs = append(srcs, m.Source)
	}
	for _, src := range srcs {
		if src.Document == "" || slices.Contains(seen, src.Document) {
			continue
		}
		if len(seen) > 0 {
			p.Children = append(p.Children, Text("; "))
		}
		seen = append(seen, src.Document)
		p.Children = append(p.Children, citation(src)...)
	}
	p.Children = append(p.Children, Text("."))
	return p
}

// statusText is the message about the last action.
func statusText(l budget.Locale, k StatusKind) string {
	switch k {
	case StatusCopied:
		return t(l, txtStatusCopied)
	case StatusSelected:
		return t(l, txtStatusSelected)
	case StatusDownloaded:
		return t(l, txtStatusDownloaded)
	case StatusReset:
		return t(l, txtStatusReset)
	}
	return ""
}

// citation names a source's document as a reader knows it: its title, as a
// citation, and its year (and the council's reference where the document
// prints one) — "<cite>Startnotitie beleidskader Wmo-Samenleving
// 2024-2030</cite> (2023)". Never an id or a file name: the title comes
// from the data file's documents.
func citation(src budget.Source) []Node {
	out := []Node{El("cite", A("lang", "nl"), Text(src.Name()))}
	if im := src.Imprint(); im != "" {
		out = append(out, Text(" ("+im+")"))
	}
	return out
}

// sourceRef names a source: its document's [citation] and the section.
func sourceRef(src budget.Source) []Node {
	out := citation(src)
	if src.Section != "" {
		out = append(out, Text(", "), El("span", A("lang", "nl"), Text(src.Section)))
	}
	return out
}

func renderShare(s State, env Env) Node {
	l := s.Lang
	return El("div", A("class", "sd-share"),
		El("label", A("for", "sd-share-url"), Text(t(l, txtShare))),
		El("input", A("id", "sd-share-url", "type", "text", "readonly", "", "value", ShareURL(s, env), "aria-describedby", "sd-share-help")),
		El("p", A("id", "sd-share-help", "class", "sd-note"), Text(t(l, txtShareHelp))),
		El("div", A("class", "sd-actions"),
			El("button", A("type", "button", "class", "sd-button", "id", "sd-copy"), Text(t(l, txtCopy))).with(Handler{Event: "click", Msg: Msg{Kind: MsgCopyLink}}),
			El("button", A("type", "button", "class", "sd-button", "id", "sd-csv"), Text(t(l, txtCSV))).with(Handler{Event: "click", Msg: Msg{Kind: MsgDownloadCSV}}),
			El("button", A("type", "button", "class", "sd-button", "id", "sd-csv-machine"), Text(t(l, txtCSVMachine))).with(Handler{Event: "click", Msg: Msg{Kind: MsgDownloadCSVMachine}}),
			El("button", A("type", "button", "class", "sd-button", "id", "sd-reset"), Text(t(l, txtReset))).with(Handler{Event: "click", Msg: Msg{Kind: MsgReset}}),
		),
		// The confirmation appears next to the buttons that caused it.
		El("p", A("id", "sd-status", "class", "sd-status", "role", "status"), Text(statusText(l, s.Status))),
		El("p", A("class", "sd-note", "id", "sd-csv-help"), Text(t(l, txtCSVHelp))),
	)
}

// renderPrintLink is the share link as text, printed only: where the
// screen has the link field and buttons.
func renderPrintLink(s State, env Env) Node {
	return El("p", A("class", "sd-print-link"), Text(t(s.Lang, txtShare)+": "+ShareURL(s, env)))
}
