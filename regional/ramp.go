package regional

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// ProgrammeStart is when the actieprogramma starts: "Begin juni 2021 zal de
// uitvoering van het actieprogramma starten" (seed 004, Financiën).
const ProgrammeStart = "2021-06"

// Ramp is the fraction of the maximum (2024) effect reached in each year.
type Ramp struct {
	fr budget.Series
}

// DefaultRamp is the ramp when a caller gives none:
//
//	2021: 0    2022: 0.4    2023: 0.8    from 2024 on: 1
//
// Why: the programme starts in June 2021 and reaches its maximum "op termijn
// in 2024". Read as a straight line from 0 on 1 June 2021 to 1 on
// 1 January 2024 (31 months), the fraction at the middle of each year is
// 1/31 in 2021, 13/31 ≈ 0.42 in 2022 and 25/31 ≈ 0.81 in 2023. Rounded down to
// a tenth — cautious, as a savings target calls for, and exact as decimals —
// that is 0, 0.4 and 0.8. The seed itself expects "kosten en baten, die
// verwacht worden in 2021" and takes them into the Kadernota "vanaf 2022"
// (004:235-237); 0 in 2021 is our rounding, not the seed's figure, and 2021
// lies before the taakstelling's first year. Before 2021 no amount is known.
func DefaultRamp() Ramp {
	s := budget.SeriesOf(map[budget.Year]decimal.Decimal{
		2021: decimal.Zero,
		2022: decimal.New(4, -1),
		2023: decimal.New(8, -1),
	}).From(2024, decimal.NewFromInt(1))
	return Ramp{fr: s}
}

// NewRamp returns a caller-given ramp: a fraction in [0, 1] (at most 12
// decimals) per year, with an optional open-ended tail. Errors are
// [*budget.FieldError] values naming the year: "ramp.2022" or "ramp.from".
func NewRamp(fractions budget.Series) (Ramp, error) {
	if fractions.IsZero() {
		return Ramp{}, &budget.FieldError{Field: "ramp", Err: budget.ErrMissing}
	}
	for _, pt := range fractions.Points() {
		if !pt.Year.Valid() {
			return Ramp{}, &budget.FieldError{Field: "ramp." + pt.Year.String(), Err: budget.ErrBadYear}
		}
		if err := checkFraction(pt.Amount, 12); err != nil {
			return Ramp{}, &budget.FieldError{Field: "ramp." + pt.Year.String(), Err: err}
		}
	}
	if y, f, ok := fractions.Tail(); ok {
		if !y.Valid() {
			return Ramp{}, &budget.FieldError{Field: "ramp.from", Err: budget.ErrBadYear}
		}
		if err := checkFraction(f, 12); err != nil {
			return Ramp{}, &budget.FieldError{Field: "ramp.from", Err: fmt.Errorf("from %d: %w", y, err)}
		}
	}
	return Ramp{fr: fractions}, nil
}

// At returns the fraction for year y, and false when the ramp says nothing
// about y (unknown, not zero).
func (r Ramp) At(y budget.Year) (decimal.Decimal, bool) { return r.fr.At(y) }

// Fractions returns the ramp as a series.
func (r Ramp) Fractions() budget.Series { return r.fr }

// IsZero reports whether r is the zero Ramp (no year known); [Programme.Project]
// then uses [DefaultRamp].
func (r Ramp) IsZero() bool { return r.fr.IsZero() }
