package regional

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// Inputs is what a projection needs besides the programme. Every field has a
// documented default, so the zero Inputs projects all measures.
type Inputs struct {
	// Measures is the set of measures; the zero Set means all of them,
	// unless MeasuresExact is set.
	Measures Set
	// MeasuresExact makes Measures the exact set, so that the zero Set
	// means no measure at all (a scenario without the programme).
	MeasuresExact bool
	// Model is the central assumption; nil means DefaultModel().
	Model Model
	// Key distributes regional amounts; the zero Key means the published key.
	Key Key
	// Ramp is the fraction of the 2024 effect per year; the zero Ramp means
	// DefaultRamp().
	Ramp Ramp
	// ImplementationCosts are the regional costs of carrying out the
	// programme per year (positive = cost), shared by the key. The seed
	// knows them only regionally and gives no figures: the zero Series is
	// pro memorie.
	ImplementationCosts budget.Series
	// OtherMeasures are Hilversum's own savings per year outside the
	// programme (the KPMG measures, local measures), positive = saved. The
	// zero Series is pro memorie.
	OtherMeasures budget.Series
}

// Coverage says whether Hilversum's net savings cover the taakstelling.
type Coverage int

// Coverage outcomes.
const (
	CoverageUnknown Coverage = iota // no taakstelling or no ramp for the year
	Met                             // even the Low end covers it
	NotMet                          // even the High end falls short
	Depends                         // covered at the High end, not at the Low end: it depends on the assumption
)

// String returns the Dutch wording.
func (c Coverage) String() string { return c.Label(budget.Dutch) }

// Label returns the wording in the locale.
func (c Coverage) Label(l budget.Locale) string {
	nl := [...]string{"onbekend", "gehaald", "niet gehaald", "hangt af van de aanname"}
	en := [...]string{"unknown", "met", "not met", "depends on the assumption"}
	if c < 0 || int(c) >= len(nl) {
		return fmt.Sprintf("Coverage(%d)", int(c))
	}
	if l == budget.English {
		return en[c]
	}
	return nl[c]
}

// MunicipalityRange is one municipality's part of a regional range, in
// whole cents (each end split by the key; see [Key.Split]).
type MunicipalityRange struct {
	Municipality       string
	Low, Central, High decimal.Decimal
}

// YearResult is the projection for one year. All amounts are savings:
// positive = saved.
type YearResult struct {
	Year budget.Year
	// Ramp is the fraction of the 2024 effect; RampKnown false means the
	// ramp says nothing about the year, and then the amounts are unknown.
	Ramp      decimal.Decimal
	RampKnown bool
	// Regional is the combined regional saving × Ramp, exact.
	Regional Range
	// Municipalities holds every municipality's part of Regional.
	Municipalities []MunicipalityRange
	// Hilversum is Hilversum's part of Regional, in whole cents.
	Hilversum Range
	// ImplementationCosts is Hilversum's share of the regional
	// implementation costs (positive = cost); ImplementationPM says it is
	// pro memorie (not given, or not given for this year) and left out.
	ImplementationCosts decimal.Decimal
	ImplementationPM    bool
	// OtherMeasures is Hilversum's saving from other measures (KPMG,
	// local); OtherPM says it is pro memorie and left out.
	OtherMeasures decimal.Decimal
	OtherPM       bool
	// Net is Hilversum − ImplementationCosts + OtherMeasures, leaving pm
	// parts out.
	Net Range
	// Taakstelling is the target for the year; TaakstellingKnown false
	// before 2022.
	Taakstelling      decimal.Decimal
	TaakstellingKnown bool
	// Coverage compares Net with Taakstelling: Met when Net.Low reaches it,
	// NotMet when Net.High does not, Depends in between.
	Coverage Coverage
}

// PM reports whether some part of the year's result is pro memorie, so a
// display says "+ pm".
func (r YearResult) PM() bool { return r.ImplementationPM || r.OtherPM }

// Project spreads the combined saving of in.Measures over years: per year the
// regional range (× ramp), every municipality's part, Hilversum's part, its
// share of the implementation costs, its other measures, its net saving and
// whether that covers the taakstelling ([budget.Taakstelling]). Errors are
// [*budget.FieldError] values naming the field.
func (p *Programme) Project(in Inputs, years []budget.Year) ([]YearResult, error) {
	s := in.Measures
	if s == 0 && !in.MeasuresExact {
		s = p.All()
	}
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
	full, err := p.Combine(s, in.Model)
	if err != nil {
		return nil, err
	}
	target := budget.Taakstelling()
	h := p.published.index
	out := make([]YearResult, 0, len(years))
	for n, y := range years {
		if !y.Valid() {
			return nil, &budget.FieldError{Field: fmt.Sprintf("years[%d]", n), Err: budget.ErrBadYear}
		}
		r := YearResult{Year: y}
		r.Ramp, r.RampKnown = ramp.At(y)
		r.Taakstelling, r.TaakstellingKnown = target.At(y)
		ic, icOK := in.ImplementationCosts.At(y)
		r.ImplementationPM = !icOK
		om, omOK := in.OtherMeasures.At(y)
		r.OtherPM = !omOK
		if omOK {
			r.OtherMeasures = om
		}
		if !r.RampKnown {
			out = append(out, r)
			continue
		}
		r.Regional = full.Scale(r.Ramp)
		lo, ce, hi := key.Split(r.Regional.Low), key.Split(r.Regional.Central), key.Split(r.Regional.High)
		for i := range lo {
			r.Municipalities = append(r.Municipalities, MunicipalityRange{Municipality: lo[i].Municipality, Low: lo[i].Amount, Central: ce[i].Amount, High: hi[i].Amount})
		}
		r.Hilversum = Range{Low: lo[h].Amount, Central: ce[h].Amount, High: hi[h].Amount, Model: full.Model}
		if icOK {
			r.ImplementationCosts = key.Split(ic)[h].Amount
		}
		adj := r.OtherMeasures.Sub(r.ImplementationCosts)
		r.Net = Range{Low: r.Hilversum.Low.Add(adj), Central: r.Hilversum.Central.Add(adj), High: r.Hilversum.High.Add(adj), Model: full.Model}
		if r.TaakstellingKnown {
			switch {
			case r.Net.Low.GreaterThanOrEqual(r.Taakstelling):
				r.Coverage = Met
			case r.Net.High.LessThan(r.Taakstelling):
				r.Coverage = NotMet
			default:
				r.Coverage = Depends
			}
		}
		out = append(out, r)
	}
	return out, nil
}

func checkSeries(field string, s budget.Series) error {
	for _, pt := range s.Points() {
		if err := checkAmount(pt.Amount); err != nil {
			return &budget.FieldError{Field: field + "." + pt.Year.String(), Err: err}
		}
	}
	if _, a, ok := s.Tail(); ok {
		if err := checkAmount(a); err != nil {
			return &budget.FieldError{Field: field + ".from", Err: err}
		}
	}
	return nil
}
