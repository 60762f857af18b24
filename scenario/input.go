package scenario

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// Default years of an outcome: the taakstelling starts in 2022 and the
// keuzeopties' tables end in 2027.
const (
	DefaultFrom budget.Year = 2022
	DefaultTo   budget.Year = 2027
	// MaxYears bounds how many years one evaluation covers.
	MaxYears = 50
)

// Kinds of combination model ([ModelInput.Kind]).
const (
	ModelOverlap    = "overlap"    // one overlap fraction θ per pool; the default, θ = 0,5
	ModelAdditive   = "additive"   // the naive sum
	ModelSequential = "sequential" // each saving on what the others leave of a pool of given size
)

// Kinds of distribution key ([KeyInput.Kind]).
const (
	KeyPublished   = "published"   // Hilversum 35 %, the others by inhabitants; the default
	KeyInhabitants = "inhabitants" // every municipality by inhabitants
	KeyCustom      = "custom"      // shares given by the caller
)

// Kinds of autonomous growth ([GrowthInput.Kind]).
const (
	GrowthNone     = "none"     // no prognosis; the default: growth is unknown, not zero
	GrowthClients  = "clients"  // the average annual growth of the seed's Wmo client counts
	GrowthNational = "national" // the seed's national 2,9 % a year
)

// The default window of client counts for [GrowthClients]: 2020–2022. The
// startnotitie says the numbers are "per 2020 stabieler" and attributes the
// jump in huishoudelijke hulp to the abonnementstarief of 2019 (000:114-117);
// the window 2017–2022 (all it prints) can be chosen, with that caveat.
const (
	DefaultGrowthFrom budget.Year = 2020
	DefaultGrowthTo   budget.Year = 2022
)

// Input is one whole scenario. Its zero value is valid: no keuze, all 14
// regional measures, the default cases of the range (see
// [regional.Programme.DefaultCases]: centre every maximum reached with
// overlap θ = 0,5), the published key, the default ramp, implementation
// costs and other measures pro memorie, no growth prognosis, the years
// 2022–2027. Every default used appears in [Outcome.Assumptions].
type Input struct {
	// Keuze is the keuzeoptie "A".."D", or "" for none.
	Keuze string `json:"keuze"`
	// Measures are the ids of the regional measures carried out. nil means
	// all 14; an empty, non-nil slice means none.
	Measures []string `json:"measures"`
	// Model is the central assumption on how savings in one domain
	// overlap.
	Model ModelInput `json:"model"`
	// Realisation is how much of each measure's published maximum is
	// reached at the ends of the range and in its centre; nil keeps the
	// defaults.
	Realisation *RealisationInput `json:"realisation,omitempty"`
	// Key distributes regional amounts over the 7 municipalities.
	Key KeyInput `json:"key"`
	// Ramp is the fraction of the 2024 effect reached per year; nil means
	// [regional.DefaultRamp].
	Ramp *budget.Series `json:"ramp,omitempty"`
	// ImplementationCosts are the regional costs of carrying out the
	// programme per year (positive = cost), shared by the key; nil is pm.
	ImplementationCosts *budget.Series `json:"implementation_costs,omitempty"`
	// OtherMeasures are Hilversum's savings per year from other measures
	// (KPMG, local; positive = saved); nil is pm.
	OtherMeasures *budget.Series `json:"other_measures,omitempty"`
	// Growth is a prognosis of the autonomous growth of the Wmo care costs
	// at unchanged policy, shown beside the taakstelling.
	Growth GrowthInput `json:"growth"`
	// From and To are the first and last year of the outcome; zero means
	// 2022 and 2027.
	From budget.Year `json:"from,omitempty"`
	To   budget.Year `json:"to,omitempty"`
	// PerMunicipality adds every municipality's part of the regional
	// savings to each year ([YearOutcome.Municipalities]); without it only
	// Hilversum's part is computed, which is faster.
	PerMunicipality bool `json:"per_municipality,omitempty"`
}

// ModelInput chooses the combination model and its assumption.
type ModelInput struct {
	// Kind is ModelOverlap (the default when empty), ModelAdditive or
	// ModelSequential.
	Kind string `json:"kind,omitempty"`
	// Theta is the overlap fraction θ in [0, 1] for every pool (overlap
	// only); nil means 0,5.
	Theta *decimal.Decimal `json:"theta,omitempty"`
	// PoolTheta overrides θ per pool, by domain id ("jeugdhulp", …).
	PoolTheta map[string]decimal.Decimal `json:"pool_theta,omitempty"`
	// PoolSizes are the pool sizes B in euros per domain id (sequential
	// only; required for every pool with a saving).
	PoolSizes map[string]decimal.Decimal `json:"pool_sizes,omitempty"`
}

// KeyInput chooses the distribution key.
type KeyInput struct {
	// Kind is KeyPublished (the default when empty), KeyInhabitants or
	// KeyCustom.
	Kind string `json:"kind,omitempty"`
	// Shares are the custom shares by municipality id, all 7, each ≥ 0,
	// summing to exactly 1 (custom only).
	Shares map[string]decimal.Decimal `json:"shares,omitempty"`
}

// GrowthInput chooses an autonomous growth prognosis of the Wmo care costs
// (zorglasten Wmo, begroting 2023: € 19.759.000) at unchanged policy.
type GrowthInput struct {
	// Kind is GrowthNone (the default when empty), GrowthClients or
	// GrowthNational.
	Kind string `json:"kind,omitempty"`
	// From and To are the window of client counts for GrowthClients; zero
	// means DefaultGrowthFrom–DefaultGrowthTo (2020–2022).
	From budget.Year `json:"from,omitempty"`
	To   budget.Year `json:"to,omitempty"`
}

// RealisationInput sets the share of each measure's published maximum that
// is reached (see [regional.Realisation]): for every measure, and per
// measure id. Each share lies in [-1, 1] in whole percents; per measure the
// pessimistic share must not exceed the central one, nor that the
// optimistic one.
type RealisationInput struct {
	RealisationShares
	// Measures overrides the shares per measure id.
	Measures map[string]RealisationShares `json:"measures,omitempty"`
}

// RealisationShares are the shares at the pessimistic end (Low), in the
// centre and at the optimistic end (High); nil keeps the default.
type RealisationShares struct {
	Low     *decimal.Decimal `json:"low,omitempty"`
	Central *decimal.Decimal `json:"central,omitempty"`
	High    *decimal.Decimal `json:"high,omitempty"`
}

// ErrInvalid is wrapped by every input error whose cause has no more
// specific sentinel. Input errors are [*budget.FieldError] values naming
// the field by its JSON path ("model.theta", "measures[3]",
// "key.shares.hilversum"), like every other error of this project.
var ErrInvalid = errors.New("invalid value")

// fromRegional turns an error of the regional package into a FieldError
// whose field is the path in Input's JSON form: regional names its fields
// for itself ("theta", "key.hilversum", "ramp.2022"), Input nests them.
func fromRegional(err error) error {
	var fe *budget.FieldError
	if !errors.As(err, &fe) {
		return &budget.FieldError{Field: "measures", Err: err}
	}
	f := fe.Field
	rewrites := []struct{ from, to string }{
		{"theta.", "model.pool_theta."},
		{"theta", "model.theta"},
		{"pool_sizes", "model.pool_sizes"},
		{"key.", "key.shares."},
		{"key", "key.shares"},
		{"ramp.from", "ramp.from"},
		{"ramp.", "ramp.years."},
		{"implementation_costs.", "implementation_costs."},
		{"other_measures.", "other_measures."},
	}
	for _, r := range rewrites {
		if strings.HasPrefix(f, r.from) {
			f = r.to + f[len(r.from):]
			break
		}
	}
	return &budget.FieldError{Field: f, Err: fe.Err}
}

// Resolve returns the distribution key k chooses for the municipalities of
// p: the published key (the default), the inhabitants key, or the custom
// shares. It is the one rule for it, used by Evaluate and by every other
// caller that splits a regional amount as an evaluation would. An invalid
// choice is a *budget.FieldError on "key.kind" or "key.shares…".
func (k KeyInput) Resolve(p *regional.Programme) (regional.Key, error) {
	switch k.Kind {
	case "", KeyPublished, KeyInhabitants:
		if len(k.Shares) > 0 {
			return regional.Key{}, invalid("key.shares", "shares are only given with kind %q", KeyCustom)
		}
		if k.Kind == KeyInhabitants {
			return p.InhabitantsKey(), nil
		}
		return p.PublishedKey(), nil
	case KeyCustom:
		key, err := p.NewKey(k.Shares)
		if err != nil {
			return regional.Key{}, fromRegional(err)
		}
		return key, nil
	}
	return regional.Key{}, invalid("key.kind", "%q is not %q, %q or %q", text.Clip(k.Kind, text.MaxQuote), KeyPublished, KeyInhabitants, KeyCustom)
}

func invalid(field, format string, args ...any) error {
	return &budget.FieldError{Field: field, Err: fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, args...)...)}
}
