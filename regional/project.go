package regional

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/internal/datafile"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// Inputs is what a projection needs besides the programme. Every field has a
// documented default; the zero Inputs projects no measure.
type Inputs struct {
	// Measures is the set of measures carried out; the zero Set is none
	// (a scenario without the programme). [Programme.All] is all of them.
	Measures Set
	// PerMunicipality asks for every municipality's part
	// (YearResult.Municipalities); without it only the published
	// municipality's part is computed, the same part.
	PerMunicipality bool
	// Cases are the assumptions of the range's ends and its centre; the
	// zero Cases means [Programme.DefaultCases].
	Cases Cases
	// Key distributes regional amounts; the zero Key means the published key.
	Key Key
	// Ramp is the fraction of the 2024 effect per year; the zero Ramp means
	// DefaultRamp().
	Ramp Ramp
	// ImplementationCosts are the regional costs of carrying out the
	// programme per year (positive = cost), shared by the key. The seed
	// says the measures "vragen extra inzet/kosten" that are "nu alleen op
	// regionaal niveau bekend" (004:142-144) and prints no figure here: the
	// zero Series is pro memorie.
	ImplementationCosts budget.Series
	// OtherMeasures are the published municipality's own savings per year
	// outside the programme (the KPMG measures, local measures), positive =
	// saved. The zero Series is pro memorie.
	OtherMeasures budget.Series
}

// MunicipalityRange is one municipality's part of a regional range, in
// whole cents (each end split by the key; see [Key.Split]).
type MunicipalityRange struct {
	Municipality string
	budget.Range
}

// YearResult is the projection for one year: savings per municipality. All
// amounts are savings, positive = saved; whether they meet a target is not
// this package's business (see package scenario).
type YearResult struct {
	Year budget.Year
	// Ramp is the fraction of the 2024 effect; unknown when the ramp says
	// nothing about the year, and then the savings are unknown too.
	Ramp budget.Amount
	// Regional is the combined regional saving × Ramp, exact.
	Regional budget.Range
	// Municipalities holds every municipality's part of Regional, with
	// PerMunicipality.
	Municipalities []MunicipalityRange
	// Published is the published municipality's (Hilversum's) part of
	// Regional, in whole cents.
	Published budget.Range
	// ImplementationCosts is the published municipality's share of the
	// regional implementation costs (positive = cost); pm when not given
	// for the year.
	ImplementationCosts budget.Amount
	// OtherMeasures is its saving from other measures (KPMG, local); pm
	// when not given for the year.
	OtherMeasures budget.Amount
}

// Project spreads the combined saving of in.Measures over years: per year
// the regional range (× ramp), every municipality's part, the published
// municipality's part, its share of the implementation costs and its other
// measures. Errors are [*budget.FieldError] values naming the field.
func (p *Programme) Project(in Inputs, years []budget.Year) ([]YearResult, error) {
	s := in.Measures
	if s&^p.All() != 0 {
		return nil, &budget.FieldError{Field: "measures", Err: fmt.Errorf("%w: set %v has measures beyond the programme's %d", ErrUnknownMeasure, s, len(p.measures))}
	}
	key := in.Key
	if len(key.ids) == 0 {
		key = p.PublishedKey()
	} else if len(key.ids) != len(p.municipalities) {
		return nil, &budget.FieldError{Field: "key", Err: fmt.Errorf("%w: %d", ErrCount, len(key.ids))}
	}
	ramp := in.Ramp
	if ramp.IsZero() {
		ramp = DefaultRamp()
	}
	if err := checkSeries("implementation_costs", in.ImplementationCosts); err != nil {
		return nil, err
	}
	if err := checkSeries("other_measures", in.OtherMeasures); err != nil {
		return nil, err
	}
	full, err := p.Combine(s, in.Cases)
	if err != nil {
		return nil, err
	}
	h := p.published.index
	out := make([]YearResult, 0, len(years))
	// Years with the same ramp (2024 on, by default) have the same regional
	// range and the same parts: they are computed once. The parts of every
	// year live in one backing array, each year's slice capped at its own.
	var (
		memo    []projectMemo
		backing []MunicipalityRange
	)
	n := len(key.ids)
	for i, y := range years {
		if !y.Valid() {
			return nil, &budget.FieldError{Field: fmt.Sprintf("years[%d]", i), Err: budget.ErrBadYear}
		}
		r := YearResult{Year: y, ImplementationCosts: budget.PMAmount(), OtherMeasures: budget.PMAmount()}
		if om, ok := in.OtherMeasures.At(y); ok {
			r.OtherMeasures = budget.KnownAmount(om)
		}
		if ic, ok := in.ImplementationCosts.At(y); ok {
			r.ImplementationCosts = budget.KnownAmount(key.partOf(ic, h))
		}
		f, ok := ramp.At(y)
		if !ok {
			out = append(out, r)
			continue
		}
		r.Ramp = budget.KnownAmount(f)
		m := -1
		for j := range memo {
			if identical(memo[j].ramp, f) {
				m = j
				break
			}
		}
		if m < 0 {
			memo = append(memo, projectMemo{ramp: f, regional: scale(full, f)})
			m = len(memo) - 1
			if !in.PerMunicipality {
				memo[m].published = key.partRange(memo[m].regional, h)
			} else {
				memo[m].parts = key.splitRange(memo[m].regional)
				memo[m].published = memo[m].parts[h]
			}
		}
		r.Regional = memo[m].regional
		if in.PerMunicipality {
			if backing == nil {
				backing = make([]MunicipalityRange, n*(len(years)-i))
			}
			r.Municipalities = backing[:n:n]
			backing = backing[n:]
			copy(r.Municipalities, memo[m].parts)
		}
		r.Published = memo[m].published.Range
		out = append(out, r)
	}
	return out, nil
}

// scale returns r with every end multiplied by f, exactly.
func scale(r budget.Range, f decimal.Decimal) budget.Range {
	return budget.KnownRange(r.Low.Mul(f), r.Central.Mul(f), r.High.Mul(f))
}

// projectMemo is the regional range and its parts for one ramp fraction.
type projectMemo struct {
	ramp      decimal.Decimal
	regional  budget.Range
	parts     []MunicipalityRange // nil without PerMunicipality
	published MunicipalityRange   // the published municipality's parts
}

// splitRange splits every end of rg by the key (see [Key.Split]).
func (k Key) splitRange(rg budget.Range) []MunicipalityRange {
	out := make([]MunicipalityRange, len(k.ids))
	var lo, ce, hi [maxFastParts]int64
	l, okL := k.splitCents(rg.Low, lo[:0])
	c, okC := k.splitCents(rg.Central, ce[:0])
	h, okH := k.splitCents(rg.High, hi[:0])
	if !okL || !okC || !okH {
		pl, pc, ph := k.Split(rg.Low), k.Split(rg.Central), k.Split(rg.High)
		for i := range out {
			out[i] = MunicipalityRange{Municipality: pl[i].Municipality, Range: budget.KnownRange(pl[i].Amount, pc[i].Amount, ph[i].Amount)}
		}
		return out
	}
	for i, id := range k.ids {
		out[i] = MunicipalityRange{Municipality: id, Range: budget.KnownRange(centsDecimal(l[i]), centsDecimal(c[i]), centsDecimal(h[i]))}
	}
	return out
}

// partRange is k.splitRange(rg)[i], without making the other parts.
func (k Key) partRange(rg budget.Range, i int) MunicipalityRange {
	return MunicipalityRange{Municipality: k.ids[i], Range: budget.KnownRange(k.partOf(rg.Low, i), k.partOf(rg.Central, i), k.partOf(rg.High, i))}
}

// partOf is k.Split(amount)[i].Amount.
func (k Key) partOf(amount decimal.Decimal, i int) decimal.Decimal {
	var buf [maxFastParts]int64
	if c, ok := k.splitCents(amount, buf[:0]); ok {
		return centsDecimal(c[i])
	}
	return k.Split(amount)[i].Amount
}

// zeroCents is decimal.New(0, -2); decimals are immutable, so one serves
// every zero part.
var zeroCents = decimal.New(0, -2)

// centsDecimal is decimal.New(c, -2).
func centsDecimal(c int64) decimal.Decimal {
	if c == 0 {
		return zeroCents
	}
	return decimal.New(c, -2)
}

// identical reports whether a and b have the same coefficient and exponent,
// so that any arithmetic gives the same result, to the representation.
func identical(a, b decimal.Decimal) bool {
	return a.Exponent() == b.Exponent() && a.Cmp(b) == 0
}

func checkSeries(field string, s budget.Series) error {
	return datafile.InField(field, s.CheckAmounts())
}
