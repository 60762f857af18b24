package scenario

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/datafile"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// KeuzeStatus says how the keuze's extra cost of a year is known.
type KeuzeStatus string

// Keuze statuses.
const (
	KeuzeNone        KeuzeStatus = "none"         // no keuze chosen
	KeuzePublished   KeuzeStatus = "published"    // the option's table prints the year
	KeuzeBeforeStart KeuzeStatus = "before-start" // before the beleidskader's first year: no extra cost yet
	KeuzeUnpublished KeuzeStatus = "unpublished"  // after the table's last year: unknown
)

// YearOutcome is the outcome of a scenario in one year. It keeps apart what
// the documents keep apart: the taakstelling on the care costs of Wmo and
// Jeugd (004:28-29), the keuze's new policy spending, "Lasten beleid (geen
// zorglasten)" (000:893-895), and autonomous growth as a prognosis. No
// figure adds the three up.
type YearOutcome struct {
	Year budget.Year
	// Ramp is the fraction of the measures' 2024 effect reached.
	Ramp budget.Amount
	// Taakstelling is the taakstelling part.
	Taakstelling TaakstellingPart
	// Keuze is the keuze part.
	Keuze KeuzePart
	// Growth is the autonomous growth of the Wmo care costs above their
	// level in the begroting's year, at unchanged policy, when a prognosis
	// is chosen; unknown otherwise (not zero: nobody has computed it). The
	// begroting already budgets these costs "realistisch" (004:26-27), so
	// growth is a prognosis shown beside the other parts, not a shortfall
	// added to them.
	Growth budget.Amount
}

// TaakstellingPart is the savings target of a year against the
// municipality's savings. Savings are positive amounts saved, costs positive
// amounts spent.
type TaakstellingPart struct {
	// Target is the taakstelling (unknown before 2022).
	Target budget.Amount
	// RegionalSavings is the combined saving of the chosen measures for the
	// 7 municipalities together, × ramp.
	RegionalSavings budget.Range
	// Savings is the municipality's (Hilversum's) part of RegionalSavings,
	// by the key.
	Savings budget.Range
	// Municipalities holds every municipality's part of RegionalSavings,
	// when [Input.PerMunicipality] asks for them; else nil.
	Municipalities []regional.MunicipalityRange
	// ImplementationCosts are Hilversum's share of the implementation
	// costs; pm unless given.
	ImplementationCosts budget.Amount
	// OtherMeasures are Hilversum's savings from other measures (KPMG,
	// local); pm unless given.
	OtherMeasures budget.Amount
	// Balance is Savings − ImplementationCosts + OtherMeasures − Target,
	// with pm parts left out: positive is more than the target ("over"),
	// negative a shortfall ("tekort").
	Balance budget.Range
	// Verdict says whether the target is met, by [Judge].
	Verdict Verdict
}

// KeuzePart is the keuze's extra policy spending in a year: not care costs,
// so not part of the taakstelling, and not yet in the begroting (000:944-947).
type KeuzePart struct {
	// Option is the keuze ("A".."D"), or "" for none.
	Option string
	// Cost is the extra cost from the option's table, + pm where it has a
	// pm line.
	Cost   budget.Amount
	Status KeuzeStatus
}

// Assumption is one assumption an outcome rests on, default or given.
type Assumption struct {
	ID      string // the Input field: "keuze", "measures", "realisation", "model", "key", "ramp", "implementation_costs", "other_measures", "growth", "years"
	Label   string // what it is, in Dutch
	Value   string // its value, in Dutch
	Default bool   // the default was used
}

// Ends says in plain words what the ends and the centre of every range of
// an outcome assume (in Dutch in [Outcome.Ends]; [Data.Ends] in a locale).
// None of them is a figure the seed prints.
type Ends struct {
	Low, Central, High string
}

// Outcome is what [Evaluate] returns: the outcome per year and every
// assumption used, so that an outcome describes itself.
type Outcome struct {
	Keuze       string   // the keuze evaluated, or ""
	Measures    []string // the ids of the measures carried out, in the seed's order
	Years       []YearOutcome
	Ends        Ends
	Assumptions []Assumption
}

// Evaluate computes one whole scenario into a multi-year outcome, against
// the embedded data ([DefaultData]). Every invalid input returns an
// [*budget.FieldError] naming the field; nothing panics.
func Evaluate(in Input) (Outcome, error) { return DefaultData().Evaluate(in) }

// Evaluate computes one whole scenario against d.
func (d *Data) Evaluate(in Input) (Outcome, error) {
	var cfg config
	if err := d.resolve(in, &cfg); err != nil {
		return Outcome{}, err
	}
	res, err := d.programme.Project(cfg.regional, cfg.years)
	if err != nil {
		return Outcome{}, fromRegional(err)
	}
	out := Outcome{Keuze: in.Keuze, Measures: cfg.measureIDs, Ends: cfg.ends, Assumptions: cfg.assumptions}
	out.Years = make([]YearOutcome, len(res))
	var last lastBalance
	for i, r := range res {
		if out.Years[i], err = cfg.year(d, r, &last); err != nil {
			return Outcome{}, err
		}
	}
	return out, nil
}

// year completes the regional projection of one year with the target, the
// balance and its verdict, the keuze and the growth; last is the balance
// computed before.
func (cfg *config) year(d *Data, r regional.YearResult, last *lastBalance) (YearOutcome, error) {
	y := YearOutcome{Year: r.Year, Ramp: r.Ramp}
	t := &y.Taakstelling
	t.RegionalSavings, t.Savings, t.Municipalities = r.Regional, r.Published, r.Municipalities
	t.ImplementationCosts, t.OtherMeasures = r.ImplementationCosts, r.OtherMeasures
	if v, ok := d.target.Amounts.At(r.Year); ok {
		t.Target = budget.KnownAmount(v)
	}
	if t.Target.Known && t.Savings.Known {
		if err := last.balance(t); err != nil {
			return y, err
		}
	}
	// A saving nobody has quantified (the other measures, or a pm effect of
	// a chosen measure) is left out, never counted as zero.
	t.Verdict = Judge(t.Balance, !t.ImplementationCosts.Known, !t.OtherMeasures.Known || cfg.measuresPM)
	y.Keuze.Option = cfg.keuzeID
	y.Keuze.Cost, y.Keuze.Status = cfg.keuzeCost(r.Year)
	y.Growth = cfg.growthAt(r.Year)
	return y, nil
}

// lastBalance is the balance computed last, in cents and as a Range.
type lastBalance struct {
	cents [3]int64
	r     budget.Range
}

// balance sets t.Balance to savings − implementation costs + other measures
// − target at every end, leaving the unknown parts out, in whole cents:
// every amount Evaluate meets passes the one amount rule
// ([budget.Cents]), so int64 holds the sums; an amount that does not is
// an error naming its field. When the cents are those of the balance
// before, its values are shared; else it becomes the balance before.
func (last *lastBalance) balance(t *TaakstellingPart) error {
	var bad error
	cents := func(field string, a decimal.Decimal) int64 {
		c, err := budget.Cents(a)
		if err != nil && bad == nil {
			bad = &budget.FieldError{Field: field, Err: err}
		}
		return c
	}
	a := -cents("taakstelling.target", t.Target.Value)
	if t.ImplementationCosts.Known {
		a -= cents("implementation_costs", t.ImplementationCosts.Value)
	}
	if t.OtherMeasures.Known {
		a += cents("other_measures", t.OtherMeasures.Value)
	}
	s := t.Savings
	b := [3]int64{cents("taakstelling.savings", s.Low) + a, cents("taakstelling.savings", s.Central) + a, cents("taakstelling.savings", s.High) + a}
	if bad != nil {
		return bad
	}
	if !last.r.Known || last.cents != b {
		last.cents, last.r = b, budget.KnownRange(decimal.New(b[0], -2), decimal.New(b[1], -2), decimal.New(b[2], -2))
	}
	t.Balance = last.r
	return nil
}

// keuzeCost is the keuze's extra cost in y, computed from its lines.
func (cfg *config) keuzeCost(y budget.Year) (budget.Amount, KeuzeStatus) {
	ks := cfg.keuze
	if ks == nil {
		return budget.Amount{}, KeuzeNone
	}
	return extraCost(ks.sum(y), ks.years, y)
}

// extraCost is the one rule for a keuze's extra cost in y, given its total
// in y and the years its table publishes. Before the first year its table
// prints (2024, the start of the beleidskader 2024-2030) the keuze adds
// nothing yet; after the last one it is unknown (not pm: nobody published
// it).
func extraCost(t budget.Total, years []budget.Year, y budget.Year) (budget.Amount, KeuzeStatus) {
	switch {
	case t.Known:
		return t.AsAmount(), KeuzePublished
	case len(years) > 0 && y < years[0]:
		return budget.KnownAmount(decimal.Zero), KeuzeBeforeStart
	}
	return budget.Amount{}, KeuzeUnpublished
}

// growthIn is the autonomous growth above the base year's level in y:
// base · ((1 + r)^(y − baseYear) − 1), rounded to the cent half away from
// zero; 0 in the base year; unknown before it and without a prognosis.
func (cfg *config) growthAt(y budget.Year) budget.Amount {
	switch n := int(y - cfg.growthBaseYear); {
	case !cfg.growth, n < 0, n > len(cfg.growthIn):
		return budget.Amount{} // no prognosis, or a year before its base: not computed
	case n == 0:
		return budget.KnownAmount(decimal.Zero)
	default:
		return budget.KnownAmount(cfg.growthIn[n-1])
	}
}

// config is an Input resolved against the data: defaults filled in,
// everything validated, and the assumptions written out.
type config struct {
	regional       regional.Inputs
	years          []budget.Year
	keuzeID        string
	keuze          *keuzeStatics
	measureIDs     []string
	measuresPM     bool              // a chosen measure has a saving with no amount (pm)
	growth         bool              // a prognosis is chosen
	growthIn       []decimal.Decimal // its growth in the years after the base year
	growthBaseYear budget.Year
	prognosis      *prognosis // the chosen one, until resolve reads its years
	ends           Ends
	assumptions    []Assumption
}

// resolve fills cfg, a zero config, with in resolved against d.
func (d *Data) resolve(in Input, cfg *config) error {
	prog := d.programme
	cfg.assumptions, cfg.keuzeID = make([]Assumption, 0, 10), in.Keuze
	cfg.regional.PerMunicipality = in.PerMunicipality
	add := func(id, label, value string, def bool) {
		cfg.assumptions = append(cfg.assumptions, Assumption{ID: id, Label: label, Value: value, Default: def})
	}
	// Every section is checked, so that a request with several invalid
	// fields learns of all of them at once (errors.Join of the
	// *budget.FieldError values; one error is returned as it is).
	pub := d.published
	var errs []error
	section := func(check func() error) {
		if err := check(); err != nil {
			errs = append(errs, err)
		}
	}

	// Keuze.
	section(func() error {
		if in.Keuze == "" {
			add("keuze", "Keuzeoptie", "geen keuze: alleen de regionale maatregelen", true)
		} else {
			ks, ok := d.keuzes[in.Keuze]
			if !ok {
				_, err := d.catalog.Lookup(in.Keuze)
				return &budget.FieldError{Field: "keuze", Err: err}
			}
			cfg.keuze = ks
			add("keuze", "Keuzeoptie", ks.text, false)
		}
		return nil
	})

	// Measures.
	section(func() error {
		ms := d.measureIDs
		if in.Measures == nil {
			cfg.regional.Measures = prog.All()
			add("measures", "Regionale maatregelen", d.allMeasures, true)
		} else {
			if len(in.Measures) > len(ms) {
				return invalid("measures", "%d ids given, the programme has %d measures", len(in.Measures), len(ms))
			}
			var s regional.Set
			for i, id := range in.Measures {
				idx, err := prog.Index(id)
				if err != nil {
					return &budget.FieldError{Field: fmt.Sprintf("measures[%d]", i), Err: err}
				}
				if s.Has(idx) {
					return invalid(fmt.Sprintf("measures[%d]", i), "measure %q is listed twice", id)
				}
				s = s.With(idx)
			}
			cfg.regional.Measures = s
			add("measures", "Regionale maatregelen", fmt.Sprintf("%d van de %d maatregelen gekozen", s.Len(), len(ms)), false)
		}
		cfg.measuresPM = cfg.regional.Measures&d.pmSavings != 0
		cfg.measureIDs = make([]string, 0, cfg.regional.Measures.Len())
		for i, id := range ms {
			if cfg.regional.Measures.Has(i) {
				cfg.measureIDs = append(cfg.measureIDs, id)
			}
		}
		return nil
	})

	// The cases: realisation at the ends and in the centre, and the
	// central overlap model.
	section(func() error {
		cases, modelDef, realDef, err := d.resolveCases(in)
		if err != nil {
			return err
		}
		cfg.regional.Cases = cases
		texts := d.caseTexts
		switch {
		case !realDef:
			texts = describeCases(prog, cases)
		case !modelDef:
			// Only the central case differs from the defaults.
			texts.central = cases.Central.Describe(prog, budget.Dutch)
			texts.ends.Central = centralPrefix + texts.central
		}
		cfg.ends = texts.ends
		add("realisation", "Hoeveel van de maximale opbrengst wordt gehaald (aanname)", texts.realisation, realDef)
		add("model", "Middelste aanname", texts.central, modelDef)
		return nil
	})

	// Key.
	section(func() error {
		key, err := in.Key.Resolve(prog)
		if err != nil {
			return err
		}
		cfg.regional.Key = key
		switch in.Key.Kind {
		case "", KeyPublished:
			add("key", "Verdeelsleutel", d.texts.publishedKey, in.Key.Kind == "")
		case KeyInhabitants:
			add("key", "Verdeelsleutel", "alle zeven gemeenten naar inwonertal (zie de bronnen: peildata verschillen)", false)
		case KeyCustom:
			// Resolve accepted the share: exact, with at most 12 decimals.
			h := in.Key.Shares[pub.ID]
			add("key", "Verdeelsleutel", "eigen verdeelsleutel; "+pub.Name+" "+budget.Dutch.Number(h.Shift(2), 2)+" %", false)
		}
		return nil
	})

	// Ramp.
	section(func() error {
		if in.Ramp == nil {
			cfg.regional.Ramp = d.ramp
			add("ramp", "Ingroei van het effect (aanname)", d.rampText, true)
		} else {
			r, err := regional.NewRamp(*in.Ramp)
			if err != nil {
				return fromRegional(err)
			}
			cfg.regional.Ramp = r
			add("ramp", "Ingroei van het effect (aanname)", describeRamp(r), false)
		}
		return nil
	})

	// Implementation costs and other measures: pm until given.
	section(func() error {
		var bad []error
		for _, c := range []struct {
			field string
			s     *budget.Series
		}{{"implementation_costs", in.ImplementationCosts}, {"other_measures", in.OtherMeasures}} {
			if c.s == nil {
				continue
			}
			if err := c.s.CheckAmounts(); err != nil {
				bad = append(bad, datafile.InField(c.field, err))
			} else if f, a := negativeIn(*c.s); f != "" {
				bad = append(bad, &budget.FieldError{Field: c.field + "." + f, Err: fmt.Errorf("%w: %s is negative; give costs and savings as positive amounts", ErrInvalid, a)})
			}
		}
		if len(bad) > 0 {
			return joinErrors(bad...)
		}
		if in.ImplementationCosts == nil {
			add("implementation_costs", "Uitvoeringskosten", d.texts.costsPM, true)
		} else {
			cfg.regional.ImplementationCosts = *in.ImplementationCosts
			add("implementation_costs", "Uitvoeringskosten", describeSeries("opgegeven (regionaal, verdeeld met de sleutel): ", *in.ImplementationCosts, budget.FormatEuroWhole), false)
		}
		if in.OtherMeasures == nil {
			add("other_measures", "Andere maatregelen (KPMG, lokaal)", "pm: hun besparing is niet bekend en telt niet mee", true)
		} else {
			cfg.regional.OtherMeasures = *in.OtherMeasures
			add("other_measures", "Andere maatregelen (KPMG, lokaal)", describeSeries("opgegeven besparing voor "+pub.Name+": ", *in.OtherMeasures, budget.FormatEuroWhole), false)
		}
		return nil
	})

	// Growth.
	section(func() error {
		if err := cfg.resolveGrowth(d, in.Growth, add); err != nil {
			return err
		}
		return nil
	})

	// Years.
	section(func() error {
		from, to := in.From, in.To
		if from == 0 {
			from = DefaultFrom
		}
		if to == 0 {
			to = DefaultTo
		}
		switch {
		case !from.Valid():
			return &budget.FieldError{Field: "from", Err: fmt.Errorf("%w: %d", budget.ErrBadYear, from)}
		case !to.Valid():
			return &budget.FieldError{Field: "to", Err: fmt.Errorf("%w: %d", budget.ErrBadYear, to)}
		case to < from:
			return invalid("to", "%d comes before from %d", to, from)
		case int(to-from) >= MaxYears:
			return invalid("to", "at most %d years at once", MaxYears)
		}
		cfg.years = budget.Span(from, to)
		text := d.texts.defaultYears
		if from != DefaultFrom || to != DefaultTo {
			text = yearsText(from, to)
		}
		add("years", "Jaren", text, in.From == 0 && in.To == 0)
		return nil
	})
	if err := joinErrors(errs...); err != nil {
		return err
	}
	if n := len(cfg.years); cfg.growth && n > 0 && cfg.years[n-1] > cfg.growthBaseYear {
		cfg.growthIn = cfg.prognosis.upTo(int(cfg.years[n-1]-cfg.growthBaseYear), d.growth.base)
	}
	return nil
}

// negativeIn returns the JSON field ("years.2024", "from.amount") and the
// amount of the first negative amount of s, or "" when there is none.
func negativeIn(s budget.Series) (field, amount string) {
	for _, p := range s.Points() {
		if p.Amount.IsNegative() {
			return "years." + p.Year.String(), p.Amount.String()
		}
	}
	if _, a, ok := s.Tail(); ok && a.IsNegative() {
		return "from.amount", a.String()
	}
	return "", ""
}

// joinErrors returns nil for no error, the error itself for one, and
// errors.Join of all of them, flattened, for several: the form every
// invalid Input is reported in, so a caller lists each field.
func joinErrors(errs ...error) error {
	var flat []error
	for _, err := range errs {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			flat = append(flat, j.Unwrap()...)
		} else if err != nil {
			flat = append(flat, err)
		}
	}
	switch len(flat) {
	case 0:
		return nil
	case 1:
		return flat[0]
	}
	return errors.Join(flat...)
}

// caseTexts are the words for the cases of an outcome.
type caseTexts struct {
	ends        Ends
	realisation string // the realisation assumption's value
	central     string // the central model's
}

// centralPrefix opens the description of the central case.
const centralPrefix = "middelste aanname: "

func describeCases(p *regional.Programme, c regional.Cases) caseTexts {
	low, central, high := c.Describe(p, budget.Dutch)
	return caseTexts{
		ends:        endsOf(low, central, high, budget.Dutch),
		realisation: "het raadsvoorstel geeft alleen de maximale opbrengst per maatregel ‘op termijn in 2024’. Ongunstig: " + low + ". Gunstig: " + high + ".",
		central:     central,
	}
}

// describeEnds says in the locale what the ends and the centre of c assume.
func describeEnds(p *regional.Programme, c regional.Cases, l budget.Locale) Ends {
	low, central, high := c.Describe(p, l)
	return endsOf(low, central, high, l)
}

func endsOf(low, central, high string, l budget.Locale) Ends {
	if l == budget.English {
		return Ends{Low: "unfavourable: " + low, Central: "middle assumption: " + central, High: "favourable: " + high}
	}
	return Ends{Low: "ongunstig: " + low, Central: centralPrefix + central, High: "gunstig: " + high}
}

// Ends says, in the locale, what the ends and the centre of the ranges of
// the outcome of in assume: [Outcome.Ends] in Dutch, and the same in
// English for a calculator that shows the outcome in English. Invalid
// realisation or model input is reported as Evaluate reports it.
func (d *Data) Ends(in Input, l budget.Locale) (Ends, error) {
	cases, _, _, err := d.resolveCases(in)
	if err != nil {
		return Ends{}, err
	}
	return describeEnds(d.programme, cases, l), nil
}

// resolveCases returns the cases of in — the data's default cases with the
// central model and the realisation shares in asks for — and whether each
// of the two was left at its default.
func (d *Data) resolveCases(in Input) (cases regional.Cases, modelDef, realDef bool, err error) {
	cases = d.cases
	model, modelDef, errModel := resolveModel(in.Model)
	if model != nil {
		cases.Central.Model = model
	}
	realDef, errReal := d.resolveRealisation(in.Realisation, &cases)
	return cases, modelDef, realDef, joinErrors(errModel, errReal)
}

// resolveModel returns the central model an Input asks for, or nil for the
// default.
func resolveModel(m ModelInput) (regional.Model, bool, error) {
	switch m.Kind {
	case "", ModelOverlap:
		if len(m.PoolSizes) > 0 {
			return nil, false, invalid("model.pool_sizes", "pool sizes belong to kind %q", ModelSequential)
		}
		if m.Theta == nil && len(m.PoolTheta) == 0 {
			return nil, m.Kind == "", nil
		}
		o := regional.DefaultModel()
		if m.Theta != nil {
			var err error
			if o, err = regional.NewOverlap(*m.Theta); err != nil {
				return nil, false, fromRegional(err)
			}
		}
		for _, id := range sortedKeys(m.PoolTheta) {
			d, err := regional.ParseDomain(id)
			if err != nil {
				return nil, false, &budget.FieldError{Field: "model.pool_theta." + text.Clip(id, text.MaxQuote), Err: err}
			}
			if o, err = o.WithPool(d, m.PoolTheta[id]); err != nil {
				return nil, false, fromRegional(err)
			}
		}
		return o, false, nil
	case ModelAdditive:
		if m.Theta != nil || len(m.PoolTheta) > 0 || len(m.PoolSizes) > 0 {
			return nil, false, invalid("model", "kind %q takes no theta or pool sizes", ModelAdditive)
		}
		return regional.Additive{}, false, nil
	case ModelSequential:
		if m.Theta != nil || len(m.PoolTheta) > 0 {
			return nil, false, invalid("model.theta", "theta belongs to kind %q", ModelOverlap)
		}
		sizes := map[regional.Domain]decimal.Decimal{}
		for _, id := range sortedKeys(m.PoolSizes) {
			d, err := regional.ParseDomain(id)
			if err != nil {
				return nil, false, &budget.FieldError{Field: "model.pool_sizes." + text.Clip(id, text.MaxQuote), Err: err}
			}
			sizes[d] = m.PoolSizes[id]
		}
		q, err := regional.NewSequential(sizes)
		if err != nil {
			return nil, false, fromRegional(err)
		}
		return q, false, nil
	}
	return nil, false, invalid("model.kind", "%q is not %q, %q or %q", text.Clip(m.Kind, text.MaxQuote), ModelOverlap, ModelAdditive, ModelSequential)
}

// resolveRealisation applies the realisation an Input gives to cases, and
// reports whether the defaults were kept.
func (d *Data) resolveRealisation(r *RealisationInput, cases *regional.Cases) (bool, error) {
	if r == nil {
		return true, nil
	}
	n := len(d.measureIDs)
	set := func(field string, c *regional.Case, i int, share *decimal.Decimal) error {
		if share == nil {
			return nil
		}
		var err error
		if i < 0 {
			for j := 0; j < n && err == nil; j++ {
				c.Realisation, err = c.Realisation.With(j, *share)
			}
		} else {
			c.Realisation, err = c.Realisation.With(i, *share)
		}
		if err != nil {
			return inputErrField(field, err, "realisation")
		}
		return nil
	}
	ends := func(prefix string, i int, s RealisationShares) error {
		if err := set(prefix+".low", &cases.Low, i, s.Low); err != nil {
			return err
		}
		if err := set(prefix+".central", &cases.Central, i, s.Central); err != nil {
			return err
		}
		return set(prefix+".high", &cases.High, i, s.High)
	}
	if err := ends("realisation", -1, r.RealisationShares); err != nil {
		return false, err
	}
	for _, id := range sortedKeys(r.Measures) {
		field := "realisation.measures." + text.Clip(id, text.MaxQuote)
		i, err := d.programme.Index(id)
		if err != nil {
			return false, &budget.FieldError{Field: field, Err: err}
		}
		if err := ends(field, i, r.Measures[id]); err != nil {
			return false, err
		}
	}
	if err := cases.Check(); err != nil {
		return false, inputErrField("realisation", err, "realisation")
	}
	return false, nil
}

func (cfg *config) resolveGrowth(d *Data, g GrowthInput, add func(id, label, value string, def bool)) error {
	const label = "Autonome groei van de Wmo-zorgkosten bij ongewijzigd beleid (prognose, aanname)"
	gb := &d.growth
	cfg.growthBaseYear = gb.baseYear
	if g.Kind != GrowthClients && (g.From != 0 || g.To != 0) {
		return invalid("growth.from", "a window of years belongs to kind %q", GrowthClients)
	}
	switch g.Kind {
	case "", GrowthNone:
		add("growth", label, "geen prognose gekozen: de groei is onbekend, niet nul", g.Kind == "")
	case GrowthNational:
		if !gb.hasNat {
			return invalid("growth.kind", "the data holds no national growth figure")
		}
		cfg.growth, cfg.prognosis = true, &gb.national
		add("growth", label, "landelijke groei van de zorguitgaven, "+gb.natText+" % per jaar (2015-2040), "+gb.text, false)
	case GrowthClients:
		from, to := g.From, g.To
		if from == 0 {
			from = DefaultGrowthFrom
		}
		if to == 0 {
			to = DefaultGrowthTo
		}
		pr, err := gb.clientRate(from, to)
		if err != nil {
			return inputErrField("growth", err, "")
		}
		cfg.growth, cfg.prognosis = true, pr
		caveat := ""
		if from < 2020 {
			caveat = " Let op: dit venster bevat de sprong na het abonnementstarief van 2019; de startnotitie noemt de cijfers ‘per 2020 stabieler’."
		}
		add("growth", label, fmt.Sprintf("gemiddelde jaarlijkse groei van het aantal Wmo-cliënten %d–%d: %s %% per jaar, %s%s",
			from, to, pr.pct, gb.text, caveat), false)
	default:
		return invalid("growth.kind", "%q is not %q, %q or %q", text.Clip(g.Kind, text.MaxQuote), GrowthNone, GrowthClients, GrowthNational)
	}
	return nil
}

// inputErrField turns a *budget.FieldError into one whose path is
// prefix followed by the field's path below own (a field named own is the
// prefix itself).
func inputErrField(prefix string, err error, own string) error {
	fe, ok := err.(*budget.FieldError)
	if !ok {
		return &budget.FieldError{Field: prefix, Err: err}
	}
	f := strings.TrimPrefix(strings.TrimPrefix(fe.Field, own), ".")
	if f == "" {
		return &budget.FieldError{Field: prefix, Err: fe.Err}
	}
	return &budget.FieldError{Field: prefix + "." + f, Err: fe.Err}
}

// yearsText is the value of the assumption "years".
func yearsText(from, to budget.Year) string {
	return fmt.Sprintf("%d–%d; wat geen document publiceert, heet onbekend", from, to)
}

func describeRamp(r regional.Ramp) string {
	return describeSeries("deel van het effect van 2024 per jaar — ", r.Fractions(), func(f decimal.Decimal) string {
		return budget.Dutch.Number(f.Shift(2), 0) + " %"
	})
}

// describeSeries is prefix and s's points and tail, each amount as text
// writes it: "2022: € 1.000, vanaf 2023: € 2.000".
func describeSeries(prefix string, s budget.Series, text func(decimal.Decimal) string) string {
	var b strings.Builder
	b.WriteString(prefix)
	pts := s.Points()
	y, a, ok := s.Tail()
	if ok {
		pts = append(pts, budget.Point{Year: y, Amount: a})
	}
	for i, p := range pts {
		if i > 0 {
			b.WriteString(", ")
		}
		if ok && i == len(pts)-1 {
			b.WriteString("vanaf ")
		}
		b.WriteString(p.Year.String())
		b.WriteString(": ")
		b.WriteString(text(p.Amount))
	}
	return b.String()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
