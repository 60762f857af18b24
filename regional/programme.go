package regional

import (
	"fmt"
	"slices"

	"github.com/hilversum/sociaaldomein/internal/datafile"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/shopspring/decimal"
)

// NumMunicipalities is the number of municipalities that carry the
// programme.
const NumMunicipalities = 7

// Programme is the regional actieprogramma: its measures, the municipalities
// that carry it, and the published share of Hilversum. It precomputes, per
// pool, what the combination models need, so that combining a [Set] of
// measures needs no allocation. A Programme is immutable; [Programme.Quantify]
// returns a new one.
type Programme struct {
	document           string // the id of the document the data file holds
	measures           []Measure
	proposed           []Measure
	municipalities     []Municipality
	municipalitySource budget.Source
	published          publishedShare
	notes              programmeNotes // notes on the programme as a whole (data.go)
	pools              [NumDomains][]poolEffect
	// The published and the inhabitants key, computed once by Load: both
	// depend only on the municipalities and the published share.
	publishedK, inhabitantsK Key
}

type publishedShare struct {
	index  int // into municipalities
	share  decimal.Decimal
	source budget.Source
}

// poolEffect is one quantified effect of one measure in one pool, in cents,
// as a saving: positive = money saved, negative = cost.
type poolEffect struct {
	bit     Set
	measure int
	saving  int64 // cents
}

func (p *Programme) setPublishedShare(sj *shareJSON) error {
	i := slices.IndexFunc(p.municipalities, func(m Municipality) bool { return m.ID == sj.Municipality })
	if i < 0 {
		if sj.Municipality == "" {
			return &budget.FieldError{Field: "municipality", Err: budget.ErrMissing}
		}
		return &budget.FieldError{Field: "municipality", Err: fmt.Errorf("%w: %q", ErrUnknownMunicipality, text.Clip(sj.Municipality, text.MaxQuote))}
	}
	share, err := parseFraction(sj.Share)
	if err != nil {
		return &budget.FieldError{Field: "share", Err: err}
	}
	if err := datafile.InField("source", sj.Source.Check()); err != nil {
		return err
	}
	p.published = publishedShare{index: i, share: share, source: *sj.Source}
	return nil
}

// maxTotalCents bounds the sum of the absolute amounts of a programme's
// effects (5 × 10⁸ euro, five times what the 7 municipalities spend on Wmo
// and Jeugd together, 004:87-88), so that the integer path, which multiplies
// cents by a percent and by a θ in millionths, cannot overflow int64.
const maxTotalCents = 5e10

// index precomputes the pool effects of the quantified (non-pm) effects.
func (p *Programme) index() error {
	var pools [NumDomains][]poolEffect
	var total int64
	add := func(d Domain, i int, amount decimal.Decimal) {
		c := cents(amount.Neg())
		total += max(c, -c)
		pools[d] = append(pools[d], poolEffect{bit: 1 << i, measure: i, saving: c})
	}
	for i, m := range p.measures {
		if !m.PM {
			add(m.Domain, i, m.Effect)
		}
		for _, ce := range m.CrossEffects {
			if !ce.PM {
				add(ce.Domain, i, ce.Amount)
			}
		}
	}
	if total > maxTotalCents {
		return &budget.FieldError{Field: "measures", Err: fmt.Errorf("%w: the effects add up to more than %s", ErrTooLarge, budget.FormatEuroWhole(decimal.New(maxTotalCents, -2)))}
	}
	p.pools = pools
	return nil
}

// cents converts an amount that checkAmount accepted to whole cents (so
// [budget.Cents] has no error to report).
func cents(a decimal.Decimal) int64 {
	c, _ := budget.Cents(a)
	return c
}

// Measures returns the programme's measures, in the seed's order. Index i of
// the slice is bit i of a [Set].
func (p *Programme) Measures() []Measure {
	out := make([]Measure, len(p.measures))
	for i, m := range p.measures {
		out[i] = m.clone()
	}
	return out
}

// Proposed returns the measures proposed outside the programme (pro memorie).
func (p *Programme) Proposed() []Measure {
	out := make([]Measure, len(p.proposed))
	for i, m := range p.proposed {
		out[i] = m.clone()
	}
	return out
}

// Municipalities returns the municipalities that carry the programme.
func (p *Programme) Municipalities() []Municipality { return slices.Clone(p.municipalities) }

// MunicipalitySource says where the list of municipalities and the choice of
// the 7 come from.
func (p *Programme) MunicipalitySource() budget.Source { return p.municipalitySource }

// All returns the set of all the programme's measures.
func (p *Programme) All() Set { return FullSet(len(p.measures)) }

// Index returns the position of the measure with the given id, or an error
// wrapping [ErrUnknownMeasure].
func (p *Programme) Index(id string) (int, error) {
	i := slices.IndexFunc(p.measures, func(m Measure) bool { return m.ID == id })
	if i < 0 {
		return -1, fmt.Errorf("%w: %q", ErrUnknownMeasure, text.Clip(id, text.MaxQuote))
	}
	return i, nil
}

// SetOfIDs returns the set of the measures with the given ids. An unknown id
// is a [*budget.FieldError] naming its position, e.g. "measures[2]".
func (p *Programme) SetOfIDs(ids ...string) (Set, error) {
	var s Set
	for n, id := range ids {
		i, err := p.Index(id)
		if err != nil {
			return 0, &budget.FieldError{Field: fmt.Sprintf("measures[%d]", n), Err: err}
		}
		s = s.With(i)
	}
	return s, nil
}

// Quantify returns a copy of p in which the pro memorie cross effect of the
// measure with id measureID in domain d has the given amount (budget effect:
// negative = saving). The seed says "Heronderzoek van de wachtlijst" saves in
// begeleiding without an amount; a caller who has an estimate supplies it
// here, and from then on it combines with the other savings in that pool.
func (p *Programme) Quantify(measureID string, d Domain, amount decimal.Decimal) (*Programme, error) {
	i, err := p.Index(measureID)
	if err != nil {
		return nil, &budget.FieldError{Field: "measure", Err: err}
	}
	if !d.Valid() {
		return nil, &budget.FieldError{Field: "domain", Err: fmt.Errorf("%w: %d", ErrUnknownDomain, int(d))}
	}
	if err := checkAmount(amount); err != nil {
		return nil, &budget.FieldError{Field: "amount", Err: err}
	}
	m := p.measures[i]
	j := slices.IndexFunc(m.CrossEffects, func(c CrossEffect) bool { return c.Domain == d })
	if j < 0 {
		return nil, &budget.FieldError{Field: "domain", Err: fmt.Errorf("%w: measure %q has no effect in %s", budget.ErrMissing, measureID, d.ID())}
	}
	if !m.CrossEffects[j].PM {
		return nil, &budget.FieldError{Field: "domain", Err: fmt.Errorf("%w: measure %q in %s", ErrNotPM, measureID, d.ID())}
	}
	q := *p
	q.measures = slices.Clone(p.measures)
	m = m.clone()
	m.CrossEffects[j].PM = false
	m.CrossEffects[j].Amount = amount
	m.CrossEffects[j].Source.Remark = "supplied by the caller; the seed gives no amount"
	q.measures[i] = m
	if err := q.index(); err != nil {
		return nil, &budget.FieldError{Field: "amount", Err: err}
	}
	return &q, nil
}

func (m Measure) clone() Measure {
	m.CrossEffects = slices.Clone(m.CrossEffects)
	m.Remarks = slices.Clone(m.Remarks)
	return m
}

// NaiveSum is the plain sum of the savings of the measures in s (positive =
// saved), every maximum reached: the sum the seed warns against (004:88-90),
// and the optimistic end of [Programme.DefaultCases].
func (p *Programme) NaiveSum(s Set) decimal.Decimal {
	var sum int64
	for d := range p.pools {
		for _, e := range p.pools[d] {
			if s&e.bit != 0 {
				sum += e.saving
			}
		}
	}
	return decimal.New(sum, -2)
}
