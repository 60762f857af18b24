package main

import (
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// MeasuresResponse is the answer of GET /v1/measures.
type MeasuresResponse struct {
	// Measures are the 14 measures of the regional actieprogramma, in the
	// seed's order.
	Measures []MeasureJSON `json:"measures"`
	// Proposed are the measures Hilversum's zienswijze proposes in
	// addition; they are pro memorie (effect {"known": false, "pm": true}).
	Proposed []MeasureJSON `json:"proposed"`
	// Municipalities are the 7 municipalities that carry the programme.
	Municipalities []MunicipalityJSON `json:"municipalities"`
	// MunicipalitySource says where the list of the 7 comes from.
	MunicipalitySource budget.Source `json:"municipality_source"`
	// HilversumShareSource says where the published share of Hilversum
	// ("ongeveer 35%") comes from.
	HilversumShareSource budget.Source `json:"hilversum_share_source"`
}

// DomainJSON is a cost pool: {"id": "jeugdhulp", "label": "Jeugdhulp"}.
type DomainJSON struct {
	ID    string `json:"id"`    // machine name, as in scenario.Input's pool_theta
	Label string `json:"label"` // Dutch name as the seed prints it
}

// MeasureJSON is one measure. Effect is the regional budget effect in 2024
// as published, for the 7 municipalities together: negative = saving, a
// maximum "op termijn" (004:86), not what will be reached. It is an amount
// in budget.Amount's JSON form: {"known": true, "value": "-900000"}, or
// {"known": false, "pm": true} for a pm measure.
type MeasureJSON struct {
	ID           string            `json:"id"`
	Name         string            `json:"name"`
	Explanation  string            `json:"explanation"`
	Domain       DomainJSON        `json:"domain"`
	Law          regional.Law      `json:"law"` // "Jeugdwet" or "Wmo"
	Effect       budget.Amount     `json:"effect"`
	CrossEffects []CrossEffectJSON `json:"cross_effects"`
	Remarks      []RemarkJSON      `json:"remarks"` // Hilversum's zienswijze on the measure
	// MayRaiseCosts marks a measure the seed says may raise costs instead
	// of saving (AEF, 004:160-171): at the pessimistic end of the default
	// range it does (see the outcome's "ends").
	MayRaiseCosts bool          `json:"may_raise_costs"`
	Source        budget.Source `json:"source"`
}

// CrossEffectJSON is an effect of a measure in another pool, in
// budget.Amount's JSON form ({"known": false, "pm": true} for a pm cross
// effect). Signs as in MeasureJSON.Effect.
type CrossEffectJSON struct {
	Domain DomainJSON    `json:"domain"`
	Amount budget.Amount `json:"amount"`
	Source budget.Source `json:"source"`
}

// RemarkJSON is what Hilversum's zienswijze says about a measure.
type RemarkJSON struct {
	Text   string        `json:"text"`
	Source budget.Source `json:"source"`
}

// MunicipalityJSON is one of the 7 municipalities.
type MunicipalityJSON struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Inhabitants int64         `json:"inhabitants"`
	Source      budget.Source `json:"source"`
}

// newMeasuresResponse builds the answer of GET /v1/measures from a
// programme.
func newMeasuresResponse(p *regional.Programme) MeasuresResponse {
	resp := MeasuresResponse{
		Measures: []MeasureJSON{}, Proposed: []MeasureJSON{}, Municipalities: []MunicipalityJSON{},
		MunicipalitySource: p.MunicipalitySource(), HilversumShareSource: p.PublishedShareSource(),
	}
	for _, m := range p.Measures() {
		resp.Measures = append(resp.Measures, measureJSON(m))
	}
	for _, m := range p.Proposed() {
		resp.Proposed = append(resp.Proposed, measureJSON(m))
	}
	for _, m := range p.Municipalities() {
		resp.Municipalities = append(resp.Municipalities, MunicipalityJSON(m))
	}
	return resp
}

func domainJSON(d regional.Domain) DomainJSON {
	return DomainJSON{ID: d.ID(), Label: d.Label(budget.Dutch)}
}

func measureJSON(m regional.Measure) MeasureJSON {
	mj := MeasureJSON{
		ID: m.ID, Name: m.Name, Explanation: m.Explanation, Domain: domainJSON(m.Domain),
		Law: m.Law, Effect: pmOr(m.Effect, m.PM), CrossEffects: []CrossEffectJSON{}, Remarks: []RemarkJSON{},
		MayRaiseCosts: m.MayRaiseCosts, Source: m.Source,
	}
	for _, c := range m.CrossEffects {
		mj.CrossEffects = append(mj.CrossEffects, CrossEffectJSON{Domain: domainJSON(c.Domain), Amount: pmOr(c.Amount, c.PM), Source: c.Source})
	}
	for _, r := range m.Remarks {
		mj.Remarks = append(mj.Remarks, RemarkJSON(r))
	}
	return mj
}

// pmOr is v as a known amount, or pro memorie when pm.
func pmOr(v decimal.Decimal, pm bool) budget.Amount {
	if pm {
		return budget.PMAmount()
	}
	return budget.KnownAmount(v)
}
