package regional

import (
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/hilversum/sociaaldomein/internal/datafile"
	"github.com/hilversum/sociaaldomein/internal/exact"

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
// measures. It computes in integers: the savings of the cases in [Fixed]
// units — a caller's own Model's rounded to a whole unit, half away from
// zero — and the ramp and the key in 128-bit integers. Errors are
// [*budget.FieldError] values naming the field; a saving beyond what Fixed
// holds is one on "model".
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
	fx, err := p.combineFixed(s, in.Cases)
	if err != nil {
		return nil, err
	}
	h := p.published.index
	n := len(key.ids)
	out := make([]YearResult, 0, len(years))
	// The parts of every year live in one backing array, each year's slice
	// capped at its own.
	var backing []MunicipalityRange
	// prev is the last year with a known ramp: a year with the same ramp
	// (2024 on, by default) has the same regional range and parts, and
	// shares their values.
	prev := -1
	// The last implementation costs split, and the published part: the
	// same costs in a later year (a tail) share it.
	var (
		lastIC   budget.Amount
		lastPart decimal.Decimal
	)
	for i, y := range years {
		if !y.Valid() {
			return nil, &budget.FieldError{Field: fmt.Sprintf("years[%d]", i), Err: budget.ErrBadYear}
		}
		r := YearResult{Year: y, ImplementationCosts: budget.PMAmount(), OtherMeasures: budget.PMAmount()}
		if om, ok := in.OtherMeasures.At(y); ok {
			r.OtherMeasures = budget.KnownAmount(om)
		}
		if ic, ok := in.ImplementationCosts.At(y); ok {
			if !lastIC.Known || !identical(ic, lastIC.Value) {
				lastIC, lastPart = budget.KnownAmount(ic), key.partOf(ic, h)
			}
			r.ImplementationCosts = budget.KnownAmount(lastPart)
		}
		f, ok := ramp.At(y)
		if !ok {
			out = append(out, r)
			continue
		}
		r.Ramp = budget.KnownAmount(f)
		if in.PerMunicipality {
			if backing == nil {
				backing = make([]MunicipalityRange, n*(len(years)-i))
			}
			r.Municipalities = backing[:n:n]
			backing = backing[n:]
		}
		if prev >= 0 && identical(out[prev].Ramp.Value, f) {
			r.Regional, r.Published = out[prev].Regional, out[prev].Published
			copy(r.Municipalities, out[prev].Municipalities)
		} else {
			p.projectYear(&r, key, &fx, f)
		}
		prev = len(out)
		out = append(out, r)
	}
	return out, nil
}

// projectYear fills r.Regional (fx × f) and its parts by the key: r.Published
// and, when r.Municipalities has room for them, every municipality's. It
// computes on integers; a part whose exact value needs a divisor beyond 64
// bits (a custom key of 12 decimals after a θ and a ramp of many decimals)
// is split by [Key.Split]'s exact rule for it.
func (p *Programme) projectYear(r *YearResult, key Key, fx *[3]Fixed, f decimal.Decimal) {
	h := p.published.index
	var parts [3][maxFastParts]int64
	var ends [3]decimal.Decimal
	for e := range ends {
		uhi, ulo, neg, scale, euros, ok := scaleFixed(fx[e], f)
		if ends[e] = euros; ok {
			_, ok = key.splitScaled(uhi, ulo, neg, scale, parts[e][:0])
		}
		if !ok {
			for i, pt := range key.Split(euros) {
				parts[e][i] = pt.Amount.Shift(2).IntPart()
			}
		}
	}
	r.Regional = budget.KnownRange(ends[0], ends[1], ends[2])
	var d [3][maxFastParts]decimal.Decimal
	for i := range r.Municipalities {
		for e := range d {
			// Equal parts (equal shares) share their value.
			if j := slices.Index(parts[e][:i], parts[e][i]); j >= 0 {
				d[e][i] = d[e][j]
			} else {
				d[e][i] = centsDecimal(parts[e][i])
			}
		}
		r.Municipalities[i] = MunicipalityRange{Municipality: key.ids[i], Range: budget.KnownRange(d[0][i], d[1][i], d[2][i])}
	}
	if len(r.Municipalities) > 0 {
		r.Published = r.Municipalities[h].Range
	} else {
		r.Published = budget.KnownRange(centsDecimal(parts[0][h]), centsDecimal(parts[1][h]), centsDecimal(parts[2][h]))
	}
}

// scaleFixed returns fx × f in euros, exactly, and writes it as
// ±(uhi·2⁶⁴ + ulo) / 10^s cents for the integer split; ok is false when
// 10^s does not fit 64 bits.
func scaleFixed(fx Fixed, f decimal.Decimal) (uhi, ulo uint64, neg bool, s int, euros decimal.Decimal, ok bool) {
	// fx.Decimal(): fx without its trailing zeros, ×10^e euro.
	m, e := int64(fx), int64(-10)
	for e < 0 && m%10 == 0 {
		m /= 10
		e++
	}
	// A ramp's fraction lies in [0, 1] with at most 12 decimals (NewRamp):
	// without trailing zeros its coefficient fits int64.
	cf, fe := f.CoefficientInt64(), f.Exponent()
	if f.NumDigits() > 18 {
		cf, _ = exact.Scaled(f, 12)
		fe = -12
	}
	e += int64(fe)
	neg = (m < 0) != (cf < 0)
	um, uc := uint64(m), uint64(cf)
	if m < 0 {
		um = -um
	}
	if cf < 0 {
		uc = -uc
	}
	uhi, ulo = bits.Mul64(um, uc)
	if uhi == 0 && ulo <= math.MaxInt64 && fe == f.Exponent() {
		v := int64(ulo)
		if neg {
			v = -v
		}
		euros = decimal.New(v, int32(e))
	} else {
		euros = fx.Decimal().Mul(f)
	}
	uhi, ulo, s, ok = centsScale(uhi, ulo, e+2)
	return uhi, ulo, neg, s, euros, ok
}

// centsScale writes (uhi·2⁶⁴ + ulo)·10^e as (uhi·2⁶⁴ + ulo) / 10^s with as
// few decimals s as it has; ok is false when that does not fit 128 bits or
// 10^s does not fit 64.
func centsScale(uhi, ulo uint64, e int64) (uint64, uint64, int, bool) {
	for e < 0 && (uhi != 0 || ulo != 0) {
		q1, r1 := uhi/10, uhi%10
		q0, r := bits.Div64(r1, ulo, 10)
		if r != 0 {
			break
		}
		uhi, ulo = q1, q0
		e++
	}
	if uhi == 0 && ulo == 0 {
		return 0, 0, 0, true
	}
	for ; e > 0; e-- {
		h, l := bits.Mul64(ulo, 10)
		if uhi > math.MaxUint64/10 || uhi*10 > math.MaxUint64-h {
			return 0, 0, 0, false
		}
		uhi, ulo = uhi*10+h, l
	}
	return uhi, ulo, int(-e), -e <= int64(exact.MaxPow10)
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
