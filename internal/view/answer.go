package view

import (
	"fmt"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

// AnswerYear is the year the compact answer shows: the year for which the
// raadsvoorstel gives every measure's full effect ("op termijn in 2024",
// 004:86) and the first year of the keuzes' cost tables. The other years
// are in the results below it.
const AnswerYear budget.Year = 2024

// answerYear returns the outcome's year the answer shows: AnswerYear, or
// the last year when the outcome does not hold it.
func answerYear(out scenario.Outcome) (scenario.YearOutcome, bool) {
	for _, y := range out.Years {
		if y.Year == AnswerYear {
			return y, true
		}
	}
	if len(out.Years) == 0 {
		return scenario.YearOutcome{}, false
	}
	return out.Years[len(out.Years)-1], true
}

// renderWhy says in two short sentences why this matters, explaining the
// two words the rest of the page uses: Wmo and taakstelling.
func renderWhy(l budget.Locale, c *Catalogue) Node {
	return El("div", A("class", "sd-why"),
		El("p", nil, Text(fmt.Sprintf(t(l, txtWhy1), c.Published.Name))),
		El("p", nil, Text(t(l, txtWhy2))),
	)
}

// renderAnswer is the compact answer that stays in view while the resident
// chooses: for AnswerYear, what the keuze costs (policy money), the
// taakstelling's balance with its range and the verdict (by scenario.Judge),
// and, when chosen, the growth prognosis — each on its own line, never
// added up. The results section below has every year.
func renderAnswer(s State, c *Catalogue, out scenario.Outcome, err error) Node {
	l := s.Lang
	sec := El("section", A("class", "sd-answer", "id", "sd-answer", "aria-labelledby", "sd-answer-title"))
	y, ok := answerYear(out)
	if err != nil || !ok {
		sec.Children = append(sec.Children,
			El("h3", A("id", "sd-answer-title"), Text(t(l, txtAnswerNone))))
		if err != nil {
			sec.Children = append(sec.Children, El("p", A("class", "sd-error"), Text(err.Error())))
		}
		return sec
	}
	title := fmt.Sprintf(t(l, txtAnswerTitleNone), y.Year)
	if k, ok := c.Keuze(s.Keuze); ok {
		title = fmt.Sprintf(t(l, txtAnswerTitle), y.Year, k.ID)
	}
	row := func(id string, term string, value ...Node) Node {
		// The space keeps term and value apart in the text a screen reader
		// or a copy gets; the grid ignores it.
		return El("div", A("class", "sd-answer-row", "id", id), El("dt", nil, Text(term)), Text(" "), El("dd", nil, value...))
	}
	dl := El("dl", A("class", "sd-answer-list"))
	// The keuze: policy money, not care costs.
	if k, ok := c.Keuze(s.Keuze); ok {
		dl.Children = append(dl.Children, row("sd-answer-keuze", fmt.Sprintf(t(l, txtAnswerKeuze), k.ID), Text(keuzeCostText(l, y.Keuze.Cost))))
	} else {
		dl.Children = append(dl.Children, row("sd-answer-keuze", t(l, txtNoKeuze), Text(t(l, txtAnswerNoCost))))
	}
	// The taakstelling: balance, range, verdict.
	tp := y.Taakstelling
	balance := balanceNodes(l, tp)
	if len(balance) > 0 && tp.Balance.Known {
		balance[0] = El("strong", nil, balance[0])
	}
	dl.Children = append(dl.Children,
		row("sd-answer-balance", fmt.Sprintf(t(l, txtAnswerBalance), l.WithPM(tp.Target)), balance...),
		row("sd-answer-verdict", t(l, txtVerdict), Text(capitalize(tp.Verdict.Phrase(l))+".")),
	)
	if s.Growth != GrowthNone && s.Growth != "" {
		dl.Children = append(dl.Children, row("sd-answer-growth", t(l, txtAnswerGrowth), Text(growthText(l, y.Growth))))
	}
	sec.Children = append(sec.Children,
		El("h3", A("id", "sd-answer-title"), Text(title)),
		dl,
		El("p", A("class", "sd-answer-note"), Text(t(l, txtAnswerApart))),
	)
	return sec
}

// balanceNodes formats a year's taakstelling balance, in the results table
// and in the answer alike: "€ 1.621.738 over", the ends on a line of their
// own, and, while the implementation costs are pm, that the balance is
// without them.
func balanceNodes(l budget.Locale, tp scenario.TaakstellingPart) []Node {
	if !tp.Target.Known {
		return []Node{Text(t(l, txtUnknown))}
	}
	balance := rangeNodes(l, tp.Balance, l.Balance)
	if tp.Balance.Known && tp.Verdict.CostsPM {
		balance = append(balance, El("span", A("class", "sd-range"), Text(" "+t(l, txtBeforeCosts))))
	}
	return balance
}

// growthText says the growth prognosis of a year in words: the amount, or
// that it is unknown.
func growthText(l budget.Locale, a budget.Amount) string {
	if !a.Known {
		return t(l, txtUnknown)
	}
	return fmt.Sprintf(t(l, txtGrowthMore2), l.EuroWhole(a.Value))
}

// keuzeCostText says a keuze's extra cost in a year in words: "€ 550.000
// extra", with the unknown part named rather than written as "+ pm".
func keuzeCostText(l budget.Locale, a budget.Amount) string {
	switch {
	case a.Known && a.PM:
		return fmt.Sprintf(t(l, txtCostPlusPM), l.EuroWhole(a.Value))
	case a.Known:
		return fmt.Sprintf(t(l, txtCostExtra), l.EuroWhole(a.Value))
	case a.PM:
		return t(l, txtCostPM)
	}
	return t(l, txtUnknown)
}

// Announcement is the short summary the widget's live region announces
// once the resident pauses: the keuze's cost and the taakstelling's balance
// and verdict in AnswerYear, in at most two short sentences. Unlike the
// answer it has no range: a screen reader user hears it after every pause.
func Announcement(s State, c *Catalogue) string {
	l := s.Lang
	out, err := c.Evaluate(c.Input(s))
	y, ok := answerYear(out)
	if err != nil || !ok {
		return t(l, txtAnswerNone)
	}
	keuze := t(l, txtNoKeuze) + ": " + t(l, txtAnswerNoCost)
	if k, ok := c.Keuze(s.Keuze); ok {
		keuze = fmt.Sprintf(t(l, txtAnswerKeuze), k.ID) + " " + keuzeCostText(l, y.Keuze.Cost)
	}
	tp := y.Taakstelling
	verdict := t(l, txtUnknown)
	if tp.Balance.Known {
		verdict = fmt.Sprintf(t(l, txtAnnounceBalance), y.Year, l.Balance(tp.Balance.Central), tp.Verdict.Phrase(l))
	}
	return strings.TrimSpace(keuze + ". " + verdict + ".")
}

// plainLine says in plain words what a keuze means, from the two axes of
// the startnotitie's 2×2 (000:304-408): where residents ask for help, and
// who does more.
func plainLine(l budget.Locale, k scenario.Option) string {
	access, role := txtPlainStedelijk, txtPlainGemeente
	if k.Access == scenario.Buurtgericht {
		access = txtPlainBuurt
	}
	if k.Role == scenario.Gemeenschap {
		role = txtPlainGemeenschap
	}
	return t(l, access) + " " + t(l, role)
}

// glossary are the seed's words the page uses, each with a plain
// explanation, so a council member recognises them and a resident
// understands them.
var glossary = []struct{ term, explain msgID }{
	{txtGlWmo, txtGlWmoNL},
	{txtGlTaakstelling, txtGlTaakstellingNL},
	{txtGlPM, txtGlPMNL},
	{txtGlKeuze, txtGlKeuzeNL},
	{txtGlSleutel, txtGlSleutelNL},
	{txtGlIngroei, txtGlIngroeiNL},
	{txtGlOverlap, txtGlOverlapNL},
	{txtGlGroei, txtGlGroeiNL},
	{txtGlZienswijze, txtGlZienswijzeNL},
	{txtGlBeheers, txtGlBeheersNL},
	{txtGlDekking, txtGlDekkingNL},
	{txtGlHHM, txtGlHHMNL},
	{txtGlAEF, txtGlAEFNL},
	{txtGlKPMG, txtGlKPMGNL},
}

// renderGlossary is the short word list: the seed's term (as printed, in
// Dutch) with its explanation in the page's language.
func renderGlossary(l budget.Locale) Node {
	dl := El("dl", A("class", "sd-glossary"))
	for _, g := range glossary {
		dl.Children = append(dl.Children, El("div", nil,
			El("dt", A("lang", "nl"), Text(t(budget.Dutch, g.term))),
			El("dd", nil, Text(t(l, g.explain)))))
	}
	return El("details", A("class", "sd-glossary-box", "id", "sd-glossary"),
		El("summary", nil, El("h3", A("class", "sd-summary-heading"), Text(t(l, txtGlossary)))), dl)
}
