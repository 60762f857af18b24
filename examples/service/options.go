package main

import (
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
)

// OptionsResponse is the answer of GET /v1/options.
type OptionsResponse struct {
	// Options are the keuzeopties A, B, C, D in that order.
	Options []OptionJSON `json:"options"`
	// Proposal is the option the college proposes, with its source.
	Proposal *ProposalJSON `json:"proposal"`
	// CoalitionBudget lists what the coalition agreement already budgets
	// for, in every option.
	CoalitionBudget []string `json:"coalition_budget"`
}

// ProposalJSON names the proposed option and where the proposal is made.
type ProposalJSON struct {
	Option string        `json:"option"`
	Source budget.Source `json:"source"`
}

// OptionJSON is one keuzeoptie.
type OptionJSON struct {
	ID       string          `json:"id"`     // "A".."D"
	Name     string          `json:"name"`   // Dutch name as printed
	Access   scenario.Access `json:"access"` // "buurtgericht" or "stedelijk"
	Role     scenario.Role   `json:"role"`   // "gemeenschap" or "gemeente"
	Proposed bool            `json:"proposed"`
	Summary  string          `json:"summary"`
	Years    []budget.Year   `json:"years"` // the years the option's table publishes
	Lines    []LineJSON      `json:"lines"`
	// Totals holds one total per published year, computed from the lines.
	Totals      []YearTotalJSON `json:"totals"`
	Advantages  []string        `json:"advantages"`
	Risks       []RiskJSON      `json:"risks"`
	Dekking     string          `json:"dekking"`
	Expectation string          `json:"expectation"`
	FTE         string          `json:"fte"` // the ~20 fte remark, or ""
	Source      budget.Source   `json:"source"`
}

// LineJSON is one cost line of an option. A pm line has no amounts.
type LineJSON struct {
	ID      string           `json:"id"`
	Label   string           `json:"label"`
	Group   string           `json:"group"` // "herstelagenda" or "keuze"
	PM      bool             `json:"pm"`
	Amounts []YearAmountJSON `json:"amounts"` // empty for a pm line
	Source  budget.Source    `json:"source"`
}

// YearAmountJSON is one published amount: {"year": 2024, "amount": "100000"}.
type YearAmountJSON struct {
	Year   budget.Year `json:"year"`
	Amount string      `json:"amount"`
}

// YearTotalJSON is an option's total of one year.
type YearTotalJSON struct {
	Year budget.Year `json:"year"`
	// Total is the sum of the non-pm lines in budget.Amount's JSON form:
	// {"known": true, "value": "500000", "pm": true}, where pm says a pro
	// memorie line is left out ("+ pm"); {"known": false} when a line has
	// no amount for the year.
	Total budget.Amount `json:"total"`
	// Display is the total in nl-NL, rounded to whole euros: "€ 500.000 + pm".
	Display string `json:"display"`
}

// RiskJSON is one risk with its mitigation.
type RiskJSON struct {
	Risk             string `json:"risk"`
	Beheersmaatregel string `json:"beheersmaatregel"`
}

// newOptionsResponse builds the answer of GET /v1/options from a catalog.
func newOptionsResponse(c scenario.Catalog) OptionsResponse {
	resp := OptionsResponse{Options: []OptionJSON{}, CoalitionBudget: c.CoalitionBudget()}
	if resp.CoalitionBudget == nil {
		resp.CoalitionBudget = []string{}
	}
	if o, src, ok := c.Proposed(); ok {
		resp.Proposal = &ProposalJSON{Option: o.ID, Source: src}
	}
	for _, o := range c.Options() {
		oj := OptionJSON{
			ID: o.ID, Name: o.Name, Access: o.Access, Role: o.Role, Proposed: o.Proposed,
			Summary: o.Summary, Years: o.Years(), Lines: []LineJSON{}, Totals: []YearTotalJSON{},
			Advantages: nonNil(o.Advantages), Risks: []RiskJSON{}, Dekking: o.Dekking,
			Expectation: o.Expectation, FTE: o.FTE, Source: o.Source,
		}
		if oj.Years == nil {
			oj.Years = []budget.Year{}
		}
		for _, l := range o.Lines {
			lj := LineJSON{ID: l.ID, Label: l.Label, Group: l.Group, PM: l.PM, Amounts: []YearAmountJSON{}, Source: l.Source}
			if !l.PM {
				for _, p := range l.Amounts.Points() {
					lj.Amounts = append(lj.Amounts, YearAmountJSON{Year: p.Year, Amount: p.Amount.String()})
				}
			}
			oj.Lines = append(oj.Lines, lj)
		}
		for _, y := range oj.Years {
			t := o.Sum(y).AsAmount()
			oj.Totals = append(oj.Totals, YearTotalJSON{Year: y, Total: t, Display: budget.Dutch.WithPM(t)})
		}
		for _, r := range o.Risks {
			oj.Risks = append(oj.Risks, RiskJSON(r))
		}
		resp.Options = append(resp.Options, oj)
	}
	return resp
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
