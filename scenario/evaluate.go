package scenario

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// Amount is a figure of an outcome that may be unknown or pro memorie.
type Amount struct {
	Value decimal.Decimal // meaningful only when Known
	Known bool            // false: no amount is known for the year
	PM    bool            // a pro memorie part is left out (with Known false: the whole is pm)
}

// Band is a result that depends on the combination assumption: Min and Max
// are the numeric ends over the range of assumptions (only the largest
// saving per pool, and the naive sum), Central follows the chosen one.
type Band struct {
	Min, Central, Max decimal.Decimal
	Known             bool // false: a part of the result is unknown for the year
}

// KeuzeStatus says how the keuze's extra cost of a year is known.
type KeuzeStatus string

// Keuze statuses.
const (
	KeuzeNone        KeuzeStatus = "none"         // no keuze chosen
	KeuzePublished   KeuzeStatus = "published"    // the option's table prints the year
	KeuzeBeforeStart KeuzeStatus = "before-start" // before the beleidskader's first year: no extra cost yet
	KeuzeUnpublished KeuzeStatus = "unpublished"  // after the table's last year: unknown
)

// YearOutcome is the outcome of a scenario in one year, for Hilversum.
// Savings are positive amounts saved; costs are positive amounts spent.
type YearOutcome struct {
	Year budget.Year
	// Taakstelling is the savings target (unknown before 2022).
	Taakstelling Amount
	// Ramp is the fraction of the 2024 effect reached.
	Ramp Amount
	// RegionalSavings is the combined saving of the chosen measures for the
	// 7 municipalities together, × Ramp.
	RegionalSavings Band
	// Savings is Hilversum's part of RegionalSavings, by the key.
	Savings Band
	// Municipalities holds every municipality's part of RegionalSavings,
	// when [Input.PerMunicipality] asks for them; else nil.
	Municipalities []regional.MunicipalityRange
	// OtherMeasures are Hilversum's savings from other measures (KPMG,
	// local); pm unless given.
	OtherMeasures Amount
	// ImplementationCosts are Hilversum's share of the implementation
	// costs; pm unless given.
	ImplementationCosts Amount
	// KeuzeCost is the chosen keuze's extra cost, computed from its lines,
	// with PM when it has a pm line.
	KeuzeCost   Amount
	KeuzeStatus KeuzeStatus
	// Growth is the autonomous growth of the Wmo care costs above the
	// begroting 2023 level, when a growth prognosis is chosen (else 0).
	Growth Amount
	// Gap is what the savings fall short of the taakstelling:
	// Taakstelling − (Savings + OtherMeasures − ImplementationCosts).
	// Positive is a shortfall, negative a surplus.
	Gap Band
	// Net is the effect on the budget against the meerjarenbegroting,
	// which already counts on the taakstelling: Savings + OtherMeasures −
	// ImplementationCosts − Taakstelling − KeuzeCost − Growth. Negative
	// means the budget ends worse than planned.
	Net Band
	// Coverage says whether the taakstelling is met at every assumption,
	// at none, or depends on it.
	Coverage regional.Coverage
	// PM reports that a pro memorie part is left out of Gap or Net.
	PM bool
}

// Assumption is one assumption an outcome rests on, default or given.
type Assumption struct {
	ID      string // the Input field: "keuze", "measures", "model", "key", "ramp", "implementation_costs", "other_measures", "growth", "years"
	Label   string // what it is, in Dutch
	Value   string // its value, in Dutch
	Default bool   // the default was used
}

// Outcome is what [Evaluate] returns: the outcome per year and every
// assumption used, so that an outcome describes itself.
type Outcome struct {
	Keuze       string   // the keuze evaluated, or ""
	Measures    []string // the ids of the measures carried out, in the seed's order
	Years       []YearOutcome
	Assumptions []Assumption
}

// Evaluate computes one whole scenario into a multi-year outcome for
// Hilversum. Every invalid input returns an [*InputError] naming the field;
// nothing panics.
func Evaluate(in Input) (Outcome, error) {
	return evaluate(in, DefaultCatalog(), regional.Default())
}

// EvaluateWith is [Evaluate] with a loaded catalog of keuzeopties and
// regional programme, for a municipality that corrected the data files.
func EvaluateWith(in Input, c Catalog, p *regional.Programme) (Outcome, error) {
	if p == nil {
		p = regional.Default()
	}
	return evaluate(in, c, p)
}

func evaluate(in Input, cat Catalog, prog *regional.Programme) (Outcome, error) {
	cfg, err := resolve(in, cat, prog)
	if err != nil {
		return Outcome{}, err
	}
	res, err := prog.Project(cfg.regional, cfg.years)
	if err != nil {
		return Outcome{}, fromRegional(err)
	}
	out := Outcome{Keuze: in.Keuze, Measures: cfg.measureIDs, Assumptions: cfg.assumptions}
	out.Years = make([]YearOutcome, len(res))
	for i, r := range res {
		out.Years[i] = cfg.year(r)
	}
	return out, nil
}

// year completes the regional projection of one year with the keuze, the
// growth, the gap and the net effect.
func (cfg *config) year(r regional.YearResult) YearOutcome {
	y := YearOutcome{
		Year:           r.Year,
		Taakstelling:   Amount{Value: r.Taakstelling, Known: r.TaakstellingKnown},
		Ramp:           Amount{Value: r.Ramp, Known: r.RampKnown},
		Coverage:       r.Coverage,
		Municipalities: r.Municipalities,
	}
	if r.RampKnown {
		y.RegionalSavings = band(r.Regional)
		y.Savings = band(r.Hilversum)
	}
	y.OtherMeasures = Amount{Value: r.OtherMeasures, Known: !r.OtherPM, PM: r.OtherPM}
	y.ImplementationCosts = Amount{Value: r.ImplementationCosts, Known: !r.ImplementationPM, PM: r.ImplementationPM}
	y.KeuzeCost, y.KeuzeStatus = cfg.keuzeCost(r.Year)
	y.Growth = cfg.growthIn(r.Year)
	y.PM = r.PM() || y.KeuzeCost.PM

	if r.RampKnown && r.TaakstellingKnown {
		// Gap: taakstelling − net saving; the largest saving gives the
		// smallest gap. Years with the same taakstelling and net saving
		// (2024 on, by default) share it.
		t := r.Taakstelling
		if g := &cfg.lastGap; g.ok && identical(g.t, t) && identical(g.net.Low, r.Net.Low) && identical(g.net.Central, r.Net.Central) && identical(g.net.High, r.Net.High) {
			y.Gap = g.gap
		} else {
			y.Gap = Band{Min: sub2(t, r.Net.High), Central: sub2(t, r.Net.Central), Max: sub2(t, r.Net.Low), Known: true}
			*g = gapMemo{ok: true, t: t, net: r.Net, gap: y.Gap}
		}
		if y.KeuzeCost.Known && y.Growth.Known {
			// Net: net saving − (taakstelling + keuze + growth).
			k, gr := y.KeuzeCost.Value, y.Growth.Value
			y.Net = Band{Min: netOf(r.Net.Low, t, k, gr), Central: netOf(r.Net.Central, t, k, gr), Max: netOf(r.Net.High, t, k, gr), Known: true}
		}
	}
	return y
}

// gapMemo is the gap of the last year computed.
type gapMemo struct {
	ok  bool
	t   decimal.Decimal
	net regional.Range
	gap Band
}

func band(r regional.Range) Band {
	return Band{Min: r.Low, Central: r.Central, Max: r.High, Known: true}
}

// keuzeCost is the keuze's extra cost in y, computed from its lines. Before
// the first year its table prints (2024, the start of the beleidskader
// 2024-2030) the keuze adds nothing yet; after the last one it is unknown.
func (cfg *config) keuzeCost(y budget.Year) (Amount, KeuzeStatus) {
	if cfg.keuze == nil {
		return Amount{Known: true}, KeuzeNone
	}
	ks := cfg.keuzeStatics
	return extraCost(ks.sum(y), ks.years, ks.hasPM, y)
}

// extraCost is the one rule for a keuze's extra cost in y, given its total
// in y, the years its table publishes and whether it has pm lines.
func extraCost(t budget.Total, years []budget.Year, hasPM bool, y budget.Year) (Amount, KeuzeStatus) {
	switch {
	case t.Known:
		return Amount{Value: t.Amount, Known: true, PM: t.PM > 0}, KeuzePublished
	case len(years) > 0 && y < years[0]:
		return Amount{Known: true}, KeuzeBeforeStart
	}
	return Amount{PM: hasPM}, KeuzeUnpublished
}

// growthIn is the autonomous growth above the base year's level in y:
// base · ((1 + r)^(y − baseYear) − 1), rounded to the cent half away from
// zero; 0 up to the base year.
func (cfg *config) growthIn(y budget.Year) Amount {
	if cfg.growthRate.IsZero() || y <= cfg.growthBaseYear {
		return Amount{Known: true}
	}
	f, err := decimal.NewFromInt(1).Add(cfg.growthRate).PowInt32(int32(y - cfg.growthBaseYear))
	if err != nil {
		return Amount{}
	}
	return Amount{Value: cfg.growthBase.Mul(f.Sub(decimal.NewFromInt(1))).Round(2), Known: true}
}

// config is an Input resolved against the data: defaults filled in,
// everything validated, and the assumptions written out.
type config struct {
	regional       regional.Inputs
	years          []budget.Year
	keuze          *Option
	keuzeStatics   *keuzeStatics
	measureIDs     []string
	growthRate     decimal.Decimal
	growthBase     decimal.Decimal
	growthBaseYear budget.Year
	assumptions    []Assumption
	lastGap        gapMemo
}

func resolve(in Input, cat Catalog, prog *regional.Programme) (*config, error) {
	st := staticsOf(prog)
	cfg := &config{assumptions: make([]Assumption, 0, 9)}
	cfg.regional.OnlyPublished = !in.PerMunicipality
	add := func(id, label, value string, def bool) {
		cfg.assumptions = append(cfg.assumptions, Assumption{ID: id, Label: label, Value: value, Default: def})
	}

	// Keuze.
	if in.Keuze == "" {
		add("keuze", "Keuzeoptie", "geen keuze: alleen de regionale maatregelen", true)
	} else {
		o, err := cat.Lookup(in.Keuze)
		if err != nil {
			return nil, &InputError{Field: "keuze", Err: err}
		}
		cfg.keuze = &o
		cfg.keuzeStatics = keuzeStaticsOf(o)
		text := cfg.keuzeStatics.text
		if text == "" {
			text = keuzeText(o, cfg.keuzeStatics.years)
		}
		add("keuze", "Keuzeoptie", text, false)
	}

	// Measures.
	ms := st.measureIDs
	if in.Measures == nil {
		cfg.regional.Measures = prog.All()
		add("measures", "Regionale maatregelen", st.allMeasuresText, true)
	} else {
		if len(in.Measures) > len(ms) {
			return nil, invalid("measures", "%d ids given, the programme has %d measures", len(in.Measures), len(ms))
		}
		var s regional.Set
		for i, id := range in.Measures {
			idx, err := prog.Index(id)
			if err != nil {
				return nil, &InputError{Field: fmt.Sprintf("measures[%d]", i), Err: err}
			}
			if s.Has(idx) {
				return nil, invalid(fmt.Sprintf("measures[%d]", i), "measure %q is listed twice", id)
			}
			s = s.With(idx)
		}
		cfg.regional.Measures, cfg.regional.MeasuresExact = s, true
		add("measures", "Regionale maatregelen", fmt.Sprintf("%d van de %d maatregelen gekozen", s.Len(), len(ms)), false)
	}
	cfg.measureIDs = make([]string, 0, cfg.regional.Measures.Len())
	for i, id := range ms {
		if cfg.regional.Measures.Has(i) {
			cfg.measureIDs = append(cfg.measureIDs, id)
		}
	}

	// Model.
	model, desc, def, err := resolveModel(in.Model, st)
	if err != nil {
		return nil, err
	}
	cfg.regional.Model = model
	add("model", "Samenloop van besparingen (aanname)", desc, def)

	// Key.
	switch in.Key.Kind {
	case "", KeyPublished:
		if len(in.Key.Shares) > 0 {
			return nil, invalid("key.shares", "shares are only given with kind %q", KeyCustom)
		}
		cfg.regional.Key = prog.PublishedKey()
		add("key", "Verdeelsleutel", "Hilversum 35 % (gepubliceerd, ‘ongeveer 35%’ op basis van inwonertal); de andere zes naar inwonertal", in.Key.Kind == "")
	case KeyInhabitants:
		if len(in.Key.Shares) > 0 {
			return nil, invalid("key.shares", "shares are only given with kind %q", KeyCustom)
		}
		cfg.regional.Key = prog.InhabitantsKey()
		add("key", "Verdeelsleutel", "alle zeven gemeenten naar inwonertal (CBS)", false)
	case KeyCustom:
		k, err := prog.NewKey(in.Key.Shares)
		if err != nil {
			return nil, fromRegional(err)
		}
		cfg.regional.Key = k
		h, _ := k.ShareOf("hilversum")
		add("key", "Verdeelsleutel", "eigen verdeelsleutel; Hilversum "+budget.Dutch.Number(decimal.NewFromBigRat(h, 12).Mul(decimal.NewFromInt(100)), 2)+" %", false)
	default:
		return nil, invalid("key.kind", "%q is not %q, %q or %q", text.Clip(in.Key.Kind, text.MaxQuote), KeyPublished, KeyInhabitants, KeyCustom)
	}

	// Ramp.
	if in.Ramp == nil {
		cfg.regional.Ramp = st.defaultRamp
		add("ramp", "Ingroei van het effect (aanname)", st.defaultRampText, true)
	} else {
		r, err := regional.NewRamp(*in.Ramp)
		if err != nil {
			return nil, fromRegional(err)
		}
		cfg.regional.Ramp = r
		add("ramp", "Ingroei van het effect (aanname)", describeRamp(r), false)
	}

	// Implementation costs and other measures: pm until given.
	if in.ImplementationCosts == nil {
		add("implementation_costs", "Uitvoeringskosten", "pm: alleen regionaal bekend, niet becijferd", true)
	} else {
		cfg.regional.ImplementationCosts = *in.ImplementationCosts
		add("implementation_costs", "Uitvoeringskosten", "opgegeven (regionaal, verdeeld met de sleutel): "+describeSeries(*in.ImplementationCosts), false)
	}
	if in.OtherMeasures == nil {
		add("other_measures", "Andere maatregelen (KPMG, lokaal)", "pm: niet becijferd", true)
	} else {
		cfg.regional.OtherMeasures = *in.OtherMeasures
		add("other_measures", "Andere maatregelen (KPMG, lokaal)", "opgegeven besparing voor Hilversum: "+describeSeries(*in.OtherMeasures), false)
	}

	// Growth.
	if err := cfg.resolveGrowth(in.Growth, add); err != nil {
		return nil, err
	}

	// Years.
	from, to := in.From, in.To
	if from == 0 {
		from = DefaultFrom
	}
	if to == 0 {
		to = DefaultTo
	}
	switch {
	case !from.Valid():
		return nil, &InputError{Field: "from", Err: fmt.Errorf("%w: %d", budget.ErrBadYear, from)}
	case !to.Valid():
		return nil, &InputError{Field: "to", Err: fmt.Errorf("%w: %d", budget.ErrBadYear, to)}
	case to < from:
		return nil, invalid("to", "%d comes before from %d", to, from)
	case int(to-from) >= MaxYears:
		return nil, invalid("to", "at most %d years at once", MaxYears)
	}
	cfg.years = budget.Span(from, to)
	if from == DefaultFrom && to == DefaultTo {
		add("years", "Jaren", defaultYearsText, in.From == 0 && in.To == 0)
	} else {
		add("years", "Jaren", yearsText(from, to), in.From == 0 && in.To == 0)
	}
	return cfg, nil
}

func resolveModel(m ModelInput, st *programmeStatics) (regional.Model, string, bool, error) {
	switch m.Kind {
	case "", ModelOverlap:
		if len(m.PoolSizes) > 0 {
			return nil, "", false, invalid("model.pool_sizes", "pool sizes belong to kind %q", ModelSequential)
		}
		if m.Theta == nil && len(m.PoolTheta) == 0 {
			return st.defaultModel, st.defaultModelText, m.Kind == "", nil
		}
		o := regional.DefaultModel()
		if m.Theta != nil {
			var err error
			if o, err = regional.NewOverlap(*m.Theta); err != nil {
				return nil, "", false, fromRegional(err)
			}
		}
		for _, id := range sortedKeys(m.PoolTheta) {
			d, err := regional.ParseDomain(id)
			if err != nil {
				return nil, "", false, &InputError{Field: "model.pool_theta." + text.Clip(id, text.MaxQuote), Err: err}
			}
			if o, err = o.WithPool(d, m.PoolTheta[id]); err != nil {
				return nil, "", false, fromRegional(err)
			}
		}
		def := m.Kind == "" && m.Theta == nil && len(m.PoolTheta) == 0
		return o, o.Describe(budget.Dutch), def, nil
	case ModelAdditive:
		if m.Theta != nil || len(m.PoolTheta) > 0 || len(m.PoolSizes) > 0 {
			return nil, "", false, invalid("model", "kind %q takes no theta or pool sizes", ModelAdditive)
		}
		return regional.Additive{}, regional.Additive{}.Describe(budget.Dutch), false, nil
	case ModelSequential:
		if m.Theta != nil || len(m.PoolTheta) > 0 {
			return nil, "", false, invalid("model.theta", "theta belongs to kind %q", ModelOverlap)
		}
		sizes := map[regional.Domain]decimal.Decimal{}
		for _, id := range sortedKeys(m.PoolSizes) {
			d, err := regional.ParseDomain(id)
			if err != nil {
				return nil, "", false, &InputError{Field: "model.pool_sizes." + text.Clip(id, text.MaxQuote), Err: err}
			}
			sizes[d] = m.PoolSizes[id]
		}
		q, err := regional.NewSequential(sizes)
		if err != nil {
			return nil, "", false, fromRegional(err)
		}
		return q, q.Describe(budget.Dutch), false, nil
	}
	return nil, "", false, invalid("model.kind", "%q is not %q, %q or %q", text.Clip(m.Kind, text.MaxQuote), ModelOverlap, ModelAdditive, ModelSequential)
}

func (cfg *config) resolveGrowth(g GrowthInput, add func(id, label, value string, def bool)) error {
	const label = "Autonome groei Wmo-zorglasten bij ongewijzigd beleid (prognose, aanname)"
	gb := growthBase()
	cfg.growthBase = gb.base
	cfg.growthBaseYear = gb.baseYear
	if g.Kind != GrowthClients && (g.From != 0 || g.To != 0) {
		return invalid("growth.from", "a window of years belongs to kind %q", GrowthClients)
	}
	base := gb.baseText
	switch g.Kind {
	case "", GrowthNone:
		add("growth", label, "geen: de kosten blijven op het begrote niveau", g.Kind == "")
	case GrowthNational:
		facts := budget.StartnotitieFacts()
		fig, ok := facts.Figure("zorguitgaven-groei")
		if !ok {
			return invalid("growth.kind", "the data holds no national growth figure")
		}
		cfg.growthRate = fig.Value.Div(decimal.NewFromInt(100))
		add("growth", label, "landelijke groei zorguitgaven "+budget.Dutch.Number(fig.Value, 1)+" % per jaar (2015-2040), "+base, false)
	case GrowthClients:
		from, to := g.From, g.To
		if from == 0 {
			from = 2017
		}
		if to == 0 {
			to = 2022
		}
		facts := budget.StartnotitieFacts()
		total := budget.ClientCount{ID: "wmo-totaal", Label: "Wmo-maatwerk totaal", Counts: map[budget.Year]int{}}
		for _, c := range facts.Clients {
			for y, n := range c.Counts {
				total.Counts[y] += n
			}
		}
		r, err := total.GrowthRate(from, to)
		if err != nil {
			return inputErrField("growth", err)
		}
		cfg.growthRate = r
		add("growth", label, fmt.Sprintf("gemiddelde jaarlijkse groei van het aantal Wmo-cliënten %d–%d: %s %%, %s",
			from, to, budget.Dutch.Number(r.Mul(decimal.NewFromInt(100)), 2), base), false)
	default:
		return invalid("growth.kind", "%q is not %q, %q or %q", text.Clip(g.Kind, text.MaxQuote), GrowthNone, GrowthClients, GrowthNational)
	}
	return nil
}

// inputErrField prefixes the field of a budget.FieldError with prefix.
func inputErrField(prefix string, err error) error {
	fe, ok := err.(*budget.FieldError)
	if !ok {
		return &InputError{Field: prefix, Err: err}
	}
	return &InputError{Field: prefix + "." + fe.Field, Err: fe.Err}
}

func describeRamp(r regional.Ramp) string {
	var parts []string
	s := r.Fractions()
	for _, p := range s.Points() {
		parts = append(parts, fmt.Sprintf("%d: %s %%", p.Year, budget.Dutch.Number(p.Amount.Mul(decimal.NewFromInt(100)), 0)))
	}
	if y, f, ok := s.Tail(); ok {
		parts = append(parts, fmt.Sprintf("vanaf %d: %s %%", y, budget.Dutch.Number(f.Mul(decimal.NewFromInt(100)), 0)))
	}
	return "deel van het effect van 2024 per jaar — " + strings.Join(parts, ", ")
}

func describeSeries(s budget.Series) string {
	var parts []string
	for _, p := range s.Points() {
		parts = append(parts, fmt.Sprintf("%d: %s", p.Year, budget.FormatEuroWhole(p.Amount)))
	}
	if y, a, ok := s.Tail(); ok {
		parts = append(parts, fmt.Sprintf("vanaf %d: %s", y, budget.FormatEuroWhole(a)))
	}
	return strings.Join(parts, ", ")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

var defaultYearsText = yearsText(DefaultFrom, DefaultTo)

func yearsText(from, to budget.Year) string {
	return fmt.Sprintf("%d–%d; wat geen document publiceert, heet onbekend", from, to)
}
