package regional

import (
	"fmt"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/exact"
	"github.com/shopspring/decimal"
)

// Realisation is, per measure, the share of its published maximum that is
// reached. The seed gives each measure's "maximale opbrengst … op termijn in
// 2024" (004:86), not what will be reached, and warns that savings may show
// only "als een beperking van de stijging" (004:149-151): how much of each
// maximum is realised is an assumption, always labelled as one.
//
// A share lies in [-1, 1] with at most [MaxRealisationDecimals] decimals:
// 1 is the published maximum, 0 no effect, below 0 the opposite of a saving
// (a cost increase, as AEF found for one measure: 004:160-171). It applies
// to a measure's savings; a measure's own published cost (the heronderzoek's
// +€ 150.000) is incurred in full whatever it achieves.
//
// The zero Realisation reaches every maximum in full. A Realisation is a
// value; [Realisation.With] returns a changed copy.
type Realisation struct {
	// short[i] is 100 − the share of measure i in percent, so that the
	// zero value is 100 % everywhere.
	short [MaxMeasures]int16
}

// MaxRealisationDecimals is the number of decimals a realisation share may
// have: whole percents, which keep every combination exact in [Fixed] units.
const MaxRealisationDecimals = 2

// NewRealisation returns the realisation with the same share for every
// measure. Errors are [*budget.FieldError] values on field "realisation".
func NewRealisation(share decimal.Decimal) (Realisation, error) {
	p, err := percentOf(share)
	if err != nil {
		return Realisation{}, &budget.FieldError{Field: "realisation", Err: err}
	}
	var r Realisation
	for i := range r.short {
		r.short[i] = 100 - p
	}
	return r, nil
}

// With returns r with the share of measure i (its index in
// [Programme.Measures]). Errors name the field "realisation".
func (r Realisation) With(i int, share decimal.Decimal) (Realisation, error) {
	if i < 0 || i >= MaxMeasures {
		return r, &budget.FieldError{Field: "realisation", Err: fmt.Errorf("%w: index %d", ErrUnknownMeasure, i)}
	}
	p, err := percentOf(share)
	if err != nil {
		return r, &budget.FieldError{Field: "realisation", Err: err}
	}
	r.short[i] = 100 - p
	return r, nil
}

// Of returns the share of measure i.
func (r Realisation) Of(i int) decimal.Decimal {
	if i < 0 || i >= MaxMeasures {
		return decimal.Zero
	}
	return decimal.New(int64(r.percent(i)), -2)
}

func (r Realisation) percent(i int) int64 { return 100 - int64(r.short[i]) }

// Full reports whether every measure reaches its maximum.
func (r Realisation) Full() bool { return r == Realisation{} }

// atMost reports whether every share of r is at most the same share of s.
func (r Realisation) atMost(s Realisation) bool {
	for i := range r.short {
		if r.short[i] < s.short[i] {
			return false
		}
	}
	return true
}

func percentOf(share decimal.Decimal) (int16, error) {
	if p, ok := exact.Scaled(share, MaxRealisationDecimals); ok && p >= -100 && p <= 100 {
		return int16(p), nil
	}
	if share.LessThan(decimal.NewFromInt(-1)) || share.GreaterThan(decimal.NewFromInt(1)) {
		return 0, fmt.Errorf("%w: %s", ErrShare, share)
	}
	if !share.Equal(share.Round(MaxRealisationDecimals)) {
		return 0, fmt.Errorf("%w: %s has more than %d (whole percents)", ErrTooManyDecimals, share, MaxRealisationDecimals)
	}
	return int16(share.Shift(2).IntPart()), nil
}

// Case is one set of assumptions under which measures are combined: how
// savings in one pool overlap (Model) and how much of each maximum is
// reached (Realisation).
type Case struct {
	Model       Model // nil means [DefaultModel]
	Realisation Realisation
}

// Cases are the three cases of a [budget.Range]: Low its pessimistic end,
// Central the chosen assumption, High its optimistic end. The seed prints
// none of them; each is an assumption with a label a resident can read
// ([Cases.Describe]).
type Cases struct {
	Low, Central, High Case
}

// Pessimistic shares of the default cases, in percent: a measure reaches
// half of its maximum, and a measure that may raise costs
// ([Measure.MayRaiseCosts]) raises them by a quarter of its published saving.
const (
	defaultLowPercent        = 50
	defaultLowPercentDoubted = -25
)

// DefaultCases returns the cases used when a caller chooses none:
//
//   - Low: every measure reaches half of its published maximum, a measure
//     that may raise costs raises them by a quarter of its published saving
//     (AEF, 004:160-171), and in every pool only the largest saving counts
//     (θ = 1). Half is our assumption: the seed gives maxima "op termijn"
//     and warns that savings may show only as a smaller increase.
//   - Central: every maximum reached, overlap θ = 0,5 ([DefaultModel]).
//   - High: every maximum reached and the savings simply add up
//     ([Additive]), the sum the seed warns against (004:88-90).
func (p *Programme) DefaultCases() Cases {
	var low Realisation
	for i := range low.short {
		low.short[i] = 100 - defaultLowPercent
	}
	for i, m := range p.measures {
		if m.MayRaiseCosts {
			low.short[i] = 100 - defaultLowPercentDoubted
		}
	}
	return Cases{
		Low:     Case{Model: FullOverlap(), Realisation: low},
		Central: Case{Model: DefaultModel()},
		High:    Case{Model: Additive{}},
	}
}

// isZero reports whether c is the zero Cases (compared field by field: a
// caller's Model need not be comparable).
func (c Cases) isZero() bool {
	return c.Low.Model == nil && c.Central.Model == nil && c.High.Model == nil &&
		c.Low.Realisation.Full() && c.Central.Realisation.Full() && c.High.Realisation.Full()
}

// Check reports whether the cases are ordered: every share of Low at most
// the same share of Central, and of Central at most High; and, where the
// models are overlap models ([Additive] is θ = 0), θ of Low at least θ of
// Central, and of Central at least High, in every pool. Other models cannot
// be compared; their order is the caller's. The error is a
// [*budget.FieldError] on "realisation" or "model".
func (c Cases) Check() error {
	if !c.Low.Realisation.atMost(c.Central.Realisation) || !c.Central.Realisation.atMost(c.High.Realisation) {
		return &budget.FieldError{Field: "realisation", Err: fmt.Errorf("%w: the pessimistic share of a measure must not exceed the central one, nor the central one the optimistic one", ErrOrder)}
	}
	lo, okL := overlapOf(c.Low.Model)
	ce, okC := overlapOf(c.Central.Model)
	hi, okH := overlapOf(c.High.Model)
	for d := range lo.theta {
		if (okL && okC && lo.theta[d] < ce.theta[d]) || (okC && okH && ce.theta[d] < hi.theta[d]) || (okL && okH && lo.theta[d] < hi.theta[d]) {
			return &budget.FieldError{Field: "model", Err: fmt.Errorf("%w: the pessimistic case must not overlap less than the central one, nor the central one less than the optimistic one", ErrOrder)}
		}
	}
	return nil
}

// overlapOf returns m as an overlap model when it is one (nil is
// [DefaultModel], [Additive] is θ = 0).
func overlapOf(m Model) (Overlap, bool) {
	switch m := m.(type) {
	case nil:
		return DefaultModel(), true
	case Additive:
		return Overlap{}, true
	case Overlap:
		return m, true
	}
	return Overlap{}, false
}

// Describe says in words, in the locale, what each end assumes, for the
// measures of p.
func (c Cases) Describe(p *Programme, l budget.Locale) (low, central, high string) {
	return c.Low.Describe(p, l), c.Central.Describe(p, l), c.High.Describe(p, l)
}

// Describe says in words, in the locale, what the case assumes, for the
// measures of p: one end of [Cases.Describe], for a caller that words one
// end only (the outcome's central assumption) and should not pay for three.
func (c Case) Describe(p *Programme, l budget.Locale) string {
	m := c.Model
	if m == nil {
		m = DefaultModel()
	}
	return realisationText(c.Realisation, p, l) + "; " + m.Describe(l)
}

// realisationText says how much of the maxima r reaches: the most common
// share, then the exceptions grouped by share, by measure name.
func realisationText(r Realisation, p *Programme, l budget.Locale) string {
	n := len(p.measures)
	if n == 0 {
		return ""
	}
	en := l == budget.English
	const fullEN, fullNL = "each measure reaches its maximum effect", "elke maatregel haalt zijn maximale opbrengst"
	switch {
	case r.Full() && en:
		return fullEN
	case r.Full():
		return fullNL
	}
	count := map[int16]int{}
	var order []int16 // shares in the order of their first measure
	for i := 0; i < n; i++ {
		if count[r.short[i]] == 0 {
			order = append(order, r.short[i])
		}
		count[r.short[i]]++
	}
	common := order[0]
	for _, s := range order {
		if count[s] > count[common] {
			common = s
		}
	}
	pct := func(p int64) string { return l.Percent(decimal.New(p, -2)) }
	var b strings.Builder
	switch {
	case common == 0 && en:
		b.WriteString(fullEN)
	case common == 0:
		b.WriteString(fullNL)
	case en:
		b.WriteString("each measure reaches " + pct(100-int64(common)) + " of its maximum effect")
	default:
		b.WriteString("elke maatregel haalt " + pct(100-int64(common)) + " van zijn maximale opbrengst")
	}
	for _, s := range order {
		if s == common {
			continue
		}
		var names []string
		for i := 0; i < n; i++ {
			if r.short[i] == s {
				names = append(names, p.measures[i].Name)
			}
		}
		share := 100 - int64(s)
		list := joinNames(names, en)
		switch {
		case share < 0 && en:
			b.WriteString("; " + list + " instead raise costs by " + pct(-share) + " of their maximum effect")
		case share < 0 && len(names) == 1:
			b.WriteString("; " + list + " kost juist extra: " + pct(-share) + " van de maximale opbrengst")
		case share < 0:
			b.WriteString("; " + list + " kosten juist extra: " + pct(-share) + " van hun maximale opbrengst")
		case en:
			b.WriteString("; " + list + ": " + pct(share))
		default:
			b.WriteString("; " + list + ": " + pct(share))
		}
	}
	return b.String()
}

// joinNames joins names as "a, b en c" ("a, b and c").
func joinNames(names []string, en bool) string {
	and := " en "
	if en {
		and = " and "
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + and + names[len(names)-1]
}

// SetPercent sets, in place, the share of measure i in whole percents
// (−100 to 100), the unit a share is held in: the counterpart of
// [Realisation.With] for a Monte Carlo draw, which sets 14 shares per draw
// and copies nothing. It reports false, and changes nothing, when i or the
// percent is out of range.
func (r *Realisation) SetPercent(i int, percent int) bool {
	if i < 0 || i >= MaxMeasures || percent < -100 || percent > 100 {
		return false
	}
	r.short[i] = int16(100 - percent)
	return true
}
