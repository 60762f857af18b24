package regional

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/exact"
	"github.com/shopspring/decimal"
)

// Sign convention. Every combined result of this package is a saving:
// positive = money saved, negative = net cost. A [Measure.Effect] is the
// published budget effect (negative = saving); its saving is -Effect.

// Model combines the savings of the measures that act on one pool. Costs are
// never passed to a model: they are subtracted afterwards, undamped, because
// overlap makes savings smaller, never costs.
type Model interface {
	// CombinePool returns the combined saving of savings, the savings
	// (each > 0, in euros) of the chosen measures in pool d. It must return
	// 0 for no savings and a value between the largest saving and the sum.
	CombinePool(d Domain, savings []decimal.Decimal) (decimal.Decimal, error)
	// Describe says in words, in the locale, what the model assumes.
	Describe(l budget.Locale) string
}

// Fixed is an amount in units of 10⁻¹⁰ euro (a cent times 10⁻⁸), the exact
// result type of the allocation-free path: every published amount is whole
// cents, every realisation share whole percents and every θ has at most 6
// decimals, so Additive and Overlap results are whole Fixed units.
type Fixed int64

// FixedPerEuro is the number of Fixed units in one euro.
const FixedPerEuro = 10_000_000_000

// Decimal returns f in euros, exactly, with no trailing zeros after the
// decimal point: a result of whole cents has at most 2 decimals, so that
// its coefficient stays small enough for the integer path of [Key.Split]
// after a ramp of a few decimals (10⁻¹⁰ units would need 19 digits for
// € 10 miljoen × 0,85).
func (f Fixed) Decimal() decimal.Decimal {
	c, exp := int64(f), int32(-10)
	for exp < 0 && c%10 == 0 {
		c /= 10
		exp++
	}
	return decimal.New(c, exp)
}

const micro = 1_000_000

// Additive is the naive sum: every saving counts in full. It is what the
// seed warns against ("kunnen ... niet zomaar bij elkaar opgeteld worden",
// 004:89-90), and the model of the optimistic end of [DefaultCases].
type Additive struct{}

// CombinePool returns the sum of savings.
func (Additive) CombinePool(_ Domain, savings []decimal.Decimal) (decimal.Decimal, error) {
	var sum decimal.Decimal
	for _, s := range savings {
		sum = sum.Add(s)
	}
	return sum, nil
}

// Describe says what the model assumes.
func (Additive) Describe(l budget.Locale) string {
	if l == budget.English {
		return "the savings simply add up (no overlap)"
	}
	return "de besparingen tellen gewoon op (geen overlap)"
}

// Overlap is the overlap model: in each pool the largest saving counts in
// full and every other saving for (1 − θ), with one overlap fraction θ per
// pool:
//
//	pool saving = largest + (1 − θ) · (sum − largest)
//
// θ = 0 is [Additive]; θ = 1 counts only the largest saving per pool (the
// model of the pessimistic end of [DefaultCases]). The result grows with every added saving, never
// exceeds the sum and never falls below the largest saving. Construct it with
// [NewOverlap]; the zero Overlap is θ = 0 everywhere.
type Overlap struct {
	theta [NumDomains]int64 // millionths
}

// MaxThetaDecimals is the number of decimals a θ may have; it keeps every
// overlap result exact in [Fixed] units.
const MaxThetaDecimals = 6

// NewOverlap returns the overlap model with the same θ in every pool. θ must
// lie in [0, 1] with at most 6 decimals; otherwise the error is a
// [*budget.FieldError] on field "theta".
func NewOverlap(theta decimal.Decimal) (Overlap, error) {
	t, err := thetaOf(theta)
	if err != nil {
		return Overlap{}, &budget.FieldError{Field: "theta", Err: err}
	}
	var o Overlap
	for d := range o.theta {
		o.theta[d] = t
	}
	return o, nil
}

// FullOverlap returns the overlap model with θ = 1 in every pool: only the
// largest saving per pool counts. The pessimistic end of [DefaultCases]
// uses it.
func FullOverlap() Overlap {
	var o Overlap
	for d := range o.theta {
		o.theta[d] = micro
	}
	return o
}

// WithPool returns o with θ for pool d. Errors name the field
// "theta.<domain>".
func (o Overlap) WithPool(d Domain, theta decimal.Decimal) (Overlap, error) {
	if !d.Valid() {
		return o, &budget.FieldError{Field: "theta", Err: fmt.Errorf("%w: %d", ErrUnknownDomain, int(d))}
	}
	t, err := thetaOf(theta)
	if err != nil {
		return o, &budget.FieldError{Field: "theta." + d.ID(), Err: err}
	}
	o.theta[d] = t
	return o, nil
}

// Theta returns θ for pool d.
func (o Overlap) Theta(d Domain) decimal.Decimal {
	if !d.Valid() {
		return decimal.Zero
	}
	return decimal.New(o.theta[d], -MaxThetaDecimals)
}

func thetaOf(theta decimal.Decimal) (int64, error) {
	if t, ok := exact.Scaled(theta, MaxThetaDecimals); ok && t >= 0 && t <= micro {
		return t, nil
	}
	if theta.IsNegative() || theta.GreaterThan(decimal.NewFromInt(1)) {
		return 0, fmt.Errorf("%w: θ = %s", ErrFraction, theta)
	}
	if !theta.Equal(theta.Round(MaxThetaDecimals)) {
		return 0, fmt.Errorf("%w: θ = %s has more than %d", ErrTooManyDecimals, theta, MaxThetaDecimals)
	}
	return theta.Shift(MaxThetaDecimals).IntPart(), nil
}

// CombinePool returns largest + (1 − θ)·(sum − largest), exactly.
func (o Overlap) CombinePool(d Domain, savings []decimal.Decimal) (decimal.Decimal, error) {
	if !d.Valid() {
		return decimal.Zero, fmt.Errorf("%w: %d", ErrUnknownDomain, int(d))
	}
	var sum, largest decimal.Decimal
	for _, s := range savings {
		sum = sum.Add(s)
		if s.GreaterThan(largest) {
			largest = s
		}
	}
	rest := sum.Sub(largest)
	keep := decimal.NewFromInt(1).Sub(o.Theta(d))
	return largest.Add(rest.Mul(keep)), nil
}

// Describe says in plain words what the model assumes, naming θ per pool.
func (o Overlap) Describe(l budget.Locale) string {
	same := true
	for d := range o.theta {
		if o.theta[d] != o.theta[0] {
			same = false
		}
	}
	en := l == budget.English
	if same {
		switch o.theta[0] {
		case 0:
			return Additive{}.Describe(l)
		case micro:
			if en {
				return "in each domain only the largest saving counts (full overlap)"
			}
			return "per domein telt alleen de grootste besparing (volledige overlap)"
		case micro / 2:
			if en {
				return "savings in one domain overlap by half (θ = " + thetaText(l, o.theta[0]) + ")"
			}
			return "besparingen in één domein overlappen voor de helft (θ = " + thetaText(l, o.theta[0]) + ")"
		}
		if en {
			return "savings in one domain overlap (θ = " + thetaText(l, o.theta[0]) + " in every domain)"
		}
		return "besparingen in één domein overlappen (θ = " + thetaText(l, o.theta[0]) + " in elk domein)"
	}
	parts := make([]string, 0, NumDomains)
	for _, d := range Domains() {
		parts = append(parts, d.Label(l)+" θ = "+thetaText(l, o.theta[d]))
	}
	if en {
		return "savings in one domain overlap (" + strings.Join(parts, "; ") + ")"
	}
	return "besparingen in één domein overlappen (" + strings.Join(parts, "; ") + ")"
}

// thetaText formats θ, given in millionths, with as many decimals as it
// has and the locale's decimal point: "0,5", "0,125", "1".
func thetaText(l budget.Locale, millionths int64) string {
	whole := strconv.FormatInt(millionths/micro, 10)
	frac := millionths % micro
	if frac == 0 {
		return whole
	}
	point := ","
	if l == budget.English {
		point = "."
	}
	return whole + point + strings.TrimRight(strconv.FormatInt(micro+frac, 10)[1:], "0")
}

// Sequential applies the savings of a pool one after another to what is left
// of the pool, for researchers who supply the pool sizes B (the yearly
// spending of the 7 municipalities on that pool):
//
//	pool saving = B · (1 − ∏(1 − sᵢ/B))
//
// Each saving sᵢ is read as the fraction sᵢ/B of the pool it would save on
// its own. The product term B·∏(1 − sᵢ/B) is rounded to the cent, half away
// from zero: it is the one result of this package that is not a finite
// decimal.
type Sequential struct {
	size [NumDomains]decimal.Decimal
	has  [NumDomains]bool
}

// NewSequential returns the sequential model with the given pool sizes in
// euros. Each must be positive and exact to the cent; errors name the field
// "pool_sizes.<domain>". A pool without a size can only be combined when at
// most one saving acts on it.
func NewSequential(sizes map[Domain]decimal.Decimal) (Sequential, error) {
	var s Sequential
	for _, d := range Domains() {
		b, ok := sizes[d]
		if !ok {
			continue
		}
		field := "pool_sizes." + d.ID()
		if !b.IsPositive() {
			return Sequential{}, &budget.FieldError{Field: field, Err: fmt.Errorf("%w: a pool size must be positive, not %s", ErrNegative, b)}
		}
		if err := checkAmount(b); err != nil {
			return Sequential{}, &budget.FieldError{Field: field, Err: err}
		}
		s.size[d], s.has[d] = b, true
	}
	for d := range sizes {
		if !d.Valid() {
			return Sequential{}, &budget.FieldError{Field: "pool_sizes", Err: fmt.Errorf("%w: %d", ErrUnknownDomain, int(d))}
		}
	}
	return s, nil
}

// CombinePool returns B·(1 − ∏(1 − sᵢ/B)), with the product term rounded
// to the cent.
func (q Sequential) CombinePool(d Domain, savings []decimal.Decimal) (decimal.Decimal, error) {
	switch {
	case !d.Valid():
		return decimal.Zero, fmt.Errorf("%w: %d", ErrUnknownDomain, int(d))
	case len(savings) == 0:
		return decimal.Zero, nil
	case len(savings) == 1:
		return savings[0], nil
	case !q.has[d]:
		return decimal.Zero, &budget.FieldError{Field: "pool_sizes." + d.ID(), Err: budget.ErrMissing}
	}
	b := q.size[d]
	prod := decimal.NewFromInt(1)
	for _, s := range savings {
		if s.GreaterThan(b) {
			return decimal.Zero, &budget.FieldError{Field: "pool_sizes." + d.ID(), Err: fmt.Errorf("%w: B = %s, saving %s", ErrPoolTooSmall, b, s)}
		}
		prod = prod.Mul(b.Sub(s))
	}
	den := b.Pow(decimal.NewFromInt(int64(len(savings) - 1)))
	return b.Sub(prod.DivRound(den, 2)), nil
}

// Describe says what the model assumes.
func (q Sequential) Describe(l budget.Locale) string {
	var parts []string
	for _, d := range Domains() {
		if q.has[d] {
			parts = append(parts, d.Label(l)+" B = "+l.EuroWhole(q.size[d]))
		}
	}
	if l == budget.English {
		return "each saving applies to what the others leave of its domain, B·(1 − ∏(1 − sᵢ/B)), with domain sizes " + strings.Join(parts, "; ")
	}
	return "elke besparing werkt op wat de andere van het domein overlaten, B·(1 − ∏(1 − sᵢ/B)), met domeinomvang " + strings.Join(parts, "; ")
}

// DefaultModel is the central assumption when a caller chooses none: overlap
// θ = 0,5 in every pool, halfway between the naive sum the seed warns about
// and only the largest saving per pool. It is an assumption, labelled as one;
// nothing in the seed fixes θ.
func DefaultModel() Overlap {
	var o Overlap
	for d := range o.theta {
		o.theta[d] = micro / 2
	}
	return o
}

// Combine returns the combined saving of the measures in s (positive =
// saved) under the three cases c, as a range: Low under c.Low, Central under
// c.Central, High under c.High. The zero Cases means [Programme.DefaultCases].
// Errors come from the models (for [Sequential], a missing or too small pool
// size) or from cases out of order, and name the field.
func (p *Programme) Combine(s Set, c Cases) (budget.Range, error) {
	if c.isZero() {
		c = p.DefaultCases()
	}
	if err := c.Check(); err != nil {
		return budget.Range{}, err
	}
	var r budget.Range
	for _, e := range []struct {
		c   Case
		out *decimal.Decimal
	}{{c.Low, &r.Low}, {c.Central, &r.Central}, {c.High, &r.High}} {
		v, err := p.Saving(s, e.c)
		if err != nil {
			return budget.Range{}, err
		}
		*e.out = v
	}
	r.Known = true
	return r, nil
}

// combineFixed is Combine in [Fixed] units. A caller's own Model may give
// a saving that is not a whole number of Fixed units: it is rounded to one,
// half away from zero (10⁻¹⁰ euro, far below the cent every part is rounded
// to); Additive, Overlap and Sequential give whole units. A saving beyond
// what Fixed holds (about € 922 miljoen) is an error on field "model".
func (p *Programme) combineFixed(s Set, c Cases) ([3]Fixed, error) {
	if c.isZero() {
		c = p.DefaultCases()
	}
	var out [3]Fixed
	if err := c.Check(); err != nil {
		return out, err
	}
	for i, e := range [3]*Case{&c.Low, &c.Central, &c.High} {
		if o, isOverlap := overlapOf(e.Model); isOverlap {
			out[i] = p.savingFast(s, &o, &e.Realisation)
			continue
		}
		v, err := p.Saving(s, *e)
		if err != nil {
			return out, err
		}
		f, ok := exact.Scaled(v.Round(10), 10)
		if !ok {
			return out, &budget.FieldError{Field: "model", Err: fmt.Errorf("%w: a combined saving of %s euro", ErrTooLarge, v)}
		}
		out[i] = Fixed(f)
	}
	return out, nil
}

// Saving returns the combined saving of the measures in s under case c.
// Additive and Overlap take the exact, allocation-free path; any other Model
// is asked pool by pool.
func (p *Programme) Saving(s Set, c Case) (decimal.Decimal, error) {
	if o, ok := overlapOf(c.Model); ok {
		return p.savingFast(s, &o, &c.Realisation).Decimal(), nil
	}
	var total decimal.Decimal
	for _, d := range Domains() {
		v, err := p.poolSaving(d, s, c)
		if err != nil {
			return decimal.Zero, err
		}
		total = total.Add(v)
	}
	return total, nil
}

// poolSaving combines the effects in pool d of the measures in s under c:
// each saving is scaled by its realisation; the model combines those that
// remain savings; costs (published ones, and savings realised below zero)
// are subtracted in full.
func (p *Programme) poolSaving(d Domain, s Set, c Case) (decimal.Decimal, error) {
	var savings []decimal.Decimal
	var cost int64 // in units of 10⁻⁴ euro (cent × percent)
	for _, e := range p.pools[d] {
		if s&e.bit == 0 {
			continue
		}
		v := e.realised(&c.Realisation)
		if v > 0 {
			savings = append(savings, decimal.New(v, -4))
		} else {
			cost -= v
		}
	}
	v, err := c.Model.CombinePool(d, savings)
	if err != nil {
		return decimal.Zero, err
	}
	return v.Sub(decimal.New(cost, -4)), nil
}

// realised is the effect's saving under r, in units of 10⁻⁴ euro: a
// saving × its measure's share in percent, a published cost in full.
func (e poolEffect) realised(r *Realisation) int64 {
	if e.saving <= 0 {
		return e.saving * 100
	}
	return e.saving * r.percent(e.measure)
}

// SavingFixed returns the combined saving of s under the overlap model o,
// every maximum reached, exactly, in [Fixed] units, without allocating: the
// hot path for enumerating subsets. Pass Overlap{} for the additive sum and
// [FullOverlap] for only the largest saving per pool.
func (p *Programme) SavingFixed(s Set, o Overlap) Fixed { return p.savingFast(s, &o, &Realisation{}) }

// SavingFixedAt is [Programme.SavingFixed] with a realisation.
func (p *Programme) SavingFixedAt(s Set, o Overlap, r Realisation) Fixed {
	return p.savingFast(s, &o, &r)
}

// savingFast is the combined saving in Fixed units. Load bounds the sum of
// a programme's amounts so that no term overflows (see maxTotal).
func (p *Programme) savingFast(s Set, o *Overlap, r *Realisation) Fixed {
	full := r.Full()
	var total int64
	for d := range p.pools {
		var sum, largest, cost int64
		for _, e := range p.pools[d] {
			if s&e.bit == 0 {
				continue
			}
			v := e.saving * 100 // every maximum reached: the effect in full
			if !full {
				v = e.realised(r)
			}
			if v > 0 {
				sum += v
				if v > largest {
					largest = v
				}
			} else {
				cost -= v
			}
		}
		total += largest*micro + (sum-largest)*(micro-o.theta[d]) - cost*micro
	}
	return Fixed(total)
}

// SetPoolMillionths sets, in place, θ for pool d in millionths (500000 is
// θ = 0,5), the unit θ is held in: the counterpart of [Overlap.WithPool]
// for a Monte Carlo draw, which copies and allocates nothing. It reports
// false, and changes nothing, when d is not a domain or θ lies outside
// [0, 1000000].
func (o *Overlap) SetPoolMillionths(d Domain, millionths int64) bool {
	if !d.Valid() || millionths < 0 || millionths > micro {
		return false
	}
	o.theta[d] = millionths
	return true
}
