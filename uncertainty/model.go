package uncertainty

import (
	"errors"
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/shopspring/decimal"
)

// The default distributions, each with its reason from the seeds. None of
// them is a figure the seeds print: they are assumptions, labelled as such
// in every Result, and adjustable.
//
// DefaultRealisation, every measure: uniform from 50 % to 100 % of its
// published maximum. The raadsvoorstel gives only the "maximale opbrengst
// die verwacht wordt op termijn in 2024" (004:86), so 100 % is the top; it
// warns that savings may show only "als een beperking van de stijging"
// (004:149-151), and the library's pessimistic end reads that as half. The
// seed says nothing about which value in between is likelier, so each is
// equally likely.
func DefaultRealisation() Dist { return Uniform(decimal.New(5, -1), decimal.NewFromInt(1)) }

// DefaultRealisationDoubted is the realisation of the two measures AEF
// doubted (004:160-171: jeugdhulp at school "bleek juist te leiden tot meer
// extra kosten"; for one regisseur in complex situations it was
// "onduidelijk of dit tot kostenbeperking of kostenstijging leidde"):
// uniform from −25 % (a cost increase of a quarter of the published saving,
// the library's pessimistic end) to 100 %. In about a fifth of the draws
// (25 of the 126 whole percents) the measure is a cost.
func DefaultRealisationDoubted() Dist {
	return Uniform(decimal.New(-25, -2), decimal.NewFromInt(1))
}

// DefaultTheta is the overlap θ of every pool: uniform from 0 (the savings
// add up) to 1 (only the largest saving of a pool counts). The seed says
// the measures influence each other, "communicerende vaten", and that their
// savings "niet zomaar bij elkaar opgeteld" can be (004:88-90), but gives
// no degree; every θ is equally likely, and the mean is the library's
// central 0,5. The pools are drawn independently: the seed names no link
// between them.
func DefaultTheta() Dist { return Uniform(decimal.Zero, decimal.NewFromInt(1)) }

// DefaultRampDelay is the delay of the ramp: uniform from 0 to 12 months.
// The default ramp reaches the maximum on 1 January 2024; the seed says
// "op termijn in 2024" (004:86), so the maximum may come any time in 2024.
// A delay of m months reads the ramp m/12 of a year earlier, interpolated
// between years and rounded down to a whole percent.
func DefaultRampDelay() Dist { return Uniform(decimal.Zero, decimal.NewFromInt(12)) }

// DefaultCorrelation is ρ = 0,5: in half of the draws the measures of one
// pool do equally well (each at the same quantile of its own
// distribution), in the other half each on its own. The seed says the
// measures of a domain are "communicerende vaten" (004:89) but gives no
// degree; halfway is our assumption. Measures in different pools are
// independent.
func DefaultCorrelation() decimal.Decimal { return decimal.New(5, -1) }

// DefaultQuantiles are P10, P50 and P90.
func DefaultQuantiles() []decimal.Decimal {
	return []decimal.Decimal{decimal.New(1, -1), decimal.New(5, -1), decimal.New(9, -1)}
}

// Simulation is an Input resolved against the data: every distribution
// checked and turned into integers, the ramp tabulated per month of delay,
// the targets in cents. It is immutable; [Simulation.Run] may be called
// many times and concurrently.
type Simulation struct {
	prog     *regional.Programme
	set      regional.Set
	key      regional.Key
	pub      int // the published municipality's index in the key
	seed     uint64
	draws    int
	measures []measureDraw // the chosen measures, in the seed's order
	theta    [regional.NumDomains]sampler
	rho      int64 // millionths
	delay    sampler
	costs    *sampler // nil: pm
	years    []yearStatic
	groups   []groupStatic
	quant    []int64 // millionths, ascending
	sens     bool
	inputs   []inputInfo // the inputs of the sensitivity table
	// What the result says about itself.
	measureIDs  []string
	savingsPM   bool
	assumptions []scenario.Assumption
}

type measureDraw struct {
	index int // in the programme
	pool  regional.Domain
	s     sampler
}

// yearStatic is what a year needs besides the draw: cents, and whether it
// is known.
type yearStatic struct {
	year    budget.Year
	known   bool  // a target and a ramp for every delay
	group   int   // its column of savings
	target  int64 // the taakstelling, in cents
	fixed   int64 // other measures − target, in cents
	otherPM bool
}

// groupStatic is a set of years with the same ramp for every delay: they
// share one column of savings.
type groupStatic struct {
	ramp []int64 // percent per delay month, from delay.lo
}

// inputInfo names one uncertain input of the sensitivity table.
type inputInfo struct {
	id, label string
	varies    bool // false for a point: it has no effect
}

// New resolves in against the data d (nil means [scenario.DefaultData]).
// Every invalid field is reported, as an errors.Join of
// [*budget.FieldError] values naming each by its JSON path (one error is
// returned as it is).
func New(d *scenario.Data, in Input) (*Simulation, error) {
	if d == nil {
		d = scenario.DefaultData()
	}
	prog := d.Programme()
	s := &Simulation{prog: prog, seed: in.Seed, draws: in.Draws, sens: in.Sensitivity}
	var errs []error
	bad := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	if s.draws == 0 {
		s.draws = DefaultDraws
	}
	if s.draws < 1 || s.draws > MaxDraws {
		bad(&budget.FieldError{Field: "draws", Err: fmt.Errorf("%w: %d is not between 1 and %d", ErrDraws, in.Draws, MaxDraws)})
	}
	add := func(id, label, value string, def bool) {
		s.assumptions = append(s.assumptions, scenario.Assumption{ID: id, Label: label, Value: value, Default: def})
	}

	// Measures.
	ms := prog.Measures()
	if in.Measures == nil {
		s.set = prog.All()
	} else {
		for i, id := range in.Measures {
			idx, err := prog.Index(id)
			switch {
			case err != nil:
				bad(&budget.FieldError{Field: fmt.Sprintf("measures[%d]", i), Err: err})
			case s.set.Has(idx):
				bad(&budget.FieldError{Field: fmt.Sprintf("measures[%d]", i), Err: fmt.Errorf("%w: measure %q is listed twice", scenario.ErrInvalid, id)})
			default:
				s.set = s.set.With(idx)
			}
		}
	}
	add("measures", "Regionale maatregelen", fmt.Sprintf("%d van de %d maatregelen", s.set.Len(), len(ms)), in.Measures == nil)

	// Key: the evaluation's one rule.
	key, err := in.Key.Resolve(prog)
	if err != nil {
		bad(err)
	}
	s.key = key
	pubM, pubShare := prog.Published()
	for i, m := range prog.Municipalities() {
		if m.ID == pubM.ID {
			s.pub = i
		}
	}
	keyText := pubM.Name + " " + budget.Dutch.Percent(pubShare) + " (gepubliceerd: ‘ongeveer’, naar inwonertal); de andere zes naar inwonertal"
	switch s.key.Name() {
	case scenario.KeyInhabitants:
		keyText = "alle zeven gemeenten naar inwonertal"
	case scenario.KeyCustom:
		keyText = "eigen verdeelsleutel"
	}
	add("key", "Verdeelsleutel", keyText, in.Key.Kind == "")

	// Realisation.
	defReal, defDoubted := DefaultRealisation(), DefaultRealisationDoubted()
	if in.Realisation.Default != nil {
		defReal = *in.Realisation.Default
	}
	if in.Realisation.Doubted != nil {
		defDoubted = *in.Realisation.Doubted
	}
	for _, id := range sortedKeys(in.Realisation.Measures) {
		if _, err := prog.Index(id); err != nil {
			bad(&budget.FieldError{Field: "realisation.measures." + clip(id), Err: err})
		}
	}
	share := func(v decimal.Decimal) string { return budget.Dutch.Percent(v) }
	// The defaults are checked once, each override once.
	realS, errReal := defReal.resolve("realisation.default", unitShare)
	doubtS, errDoubt := defDoubted.resolve("realisation.doubted", unitShare)
	bad(errReal)
	bad(errDoubt)
	for i, m := range ms {
		sm, err := realS, errReal
		if m.MayRaiseCosts {
			sm, err = doubtS, errDoubt
		}
		if o, ok := in.Realisation.Measures[m.ID]; ok {
			sm, err = o.resolve("realisation.measures."+m.ID, unitShare)
			bad(err)
		}
		if err != nil || !s.set.Has(i) {
			continue
		}
		s.measures = append(s.measures, measureDraw{index: i, pool: m.Domain, s: sm})
		s.measureIDs = append(s.measureIDs, m.ID)
		for _, ce := range m.CrossEffects {
			if ce.PM {
				s.savingsPM = true
			}
		}
		s.inputs = append(s.inputs, inputInfo{id: "realisation." + m.ID, label: "Realisatie: " + m.Name, varies: sm.varies()})
	}
	add("realisation", "Hoeveel van de maximale opbrengst wordt gehaald (aanname, per trekking)",
		"elke maatregel: "+defReal.describe(share)+"; de twee maatregelen waaraan AEF twijfelt: "+defDoubted.describe(share)+
			overrides(len(in.Realisation.Measures)),
		in.Realisation.Default == nil && in.Realisation.Doubted == nil && len(in.Realisation.Measures) == 0)

	// θ per pool.
	defTheta := DefaultTheta()
	if in.Theta.Default != nil {
		defTheta = *in.Theta.Default
	}
	for _, id := range sortedKeys(in.Theta.Pools) {
		if _, err := regional.ParseDomain(id); err != nil {
			bad(&budget.FieldError{Field: "theta.pools." + clip(id), Err: err})
		}
	}
	num := func(v decimal.Decimal) string { return budget.Dutch.Number(v, v.Exponent()*-1) }
	thetaS, errTheta := defTheta.resolve("theta.default", unitTheta)
	bad(errTheta)
	for _, dom := range regional.Domains() {
		sm, err := thetaS, errTheta
		if o, ok := in.Theta.Pools[dom.ID()]; ok {
			sm, err = o.resolve("theta.pools."+dom.ID(), unitTheta)
			bad(err)
		}
		if err != nil {
			continue
		}
		s.theta[dom] = sm
		s.inputs = append(s.inputs, inputInfo{id: "theta." + dom.ID(), label: "Overlap θ: " + dom.Label(budget.Dutch), varies: sm.varies()})
	}
	add("theta", "Overlap θ per domein (aanname, per trekking)", "elk domein apart: "+defTheta.describe(num)+overrides(len(in.Theta.Pools)),
		in.Theta.Default == nil && len(in.Theta.Pools) == 0)

	// Correlation.
	rho := DefaultCorrelation()
	if in.Correlation != nil {
		rho = *in.Correlation
	}
	if r, err := unitRho.of(rho); err != nil {
		bad(&budget.FieldError{Field: "correlation", Err: err})
	} else {
		s.rho = r
	}
	add("correlation", "Samenhang binnen een domein (aanname)",
		"in "+budget.Dutch.Percent(rho)+" van de trekkingen doen de maatregelen van één domein het even goed; domeinen los van elkaar", in.Correlation == nil)

	// Ramp and its delay.
	base := regional.DefaultRamp()
	if in.Ramp != nil {
		r, err := regional.NewRamp(*in.Ramp)
		if err != nil {
			var fe *budget.FieldError
			if errors.As(err, &fe) {
				err = &budget.FieldError{Field: rampField(fe.Field), Err: fe.Err}
			}
			bad(err)
		} else {
			base = r
			if f, a := notWholePercent(*in.Ramp); f != "" {
				bad(&budget.FieldError{Field: "ramp." + f, Err: fmt.Errorf("%w: %s; a Monte Carlo ramp is in whole percents", ErrPrecision, a)})
			}
		}
	}
	delay := DefaultRampDelay()
	if in.RampDelay != nil {
		delay = *in.RampDelay
	}
	if sm, err := delay.resolve("ramp_delay_months", unitMonths); err != nil {
		bad(err)
	} else {
		s.delay = sm
		s.inputs = append(s.inputs, inputInfo{id: "ramp_delay_months", label: "Vertraging van de ingroei", varies: sm.varies()})
	}
	months := func(v decimal.Decimal) string { return budget.Dutch.Number(v, 0) + " maanden" }
	add("ramp", "Ingroei van het effect (aanname, per trekking)", "de ingroei van het raadsvoorstel, vertraagd: "+delay.describe(months),
		in.Ramp == nil && in.RampDelay == nil)

	// Implementation costs: pm unless a distribution is given.
	if in.ImplementationCosts != nil {
		sm, err := in.ImplementationCosts.resolve("implementation_costs", unitEuro)
		if err != nil {
			bad(err)
		} else {
			s.costs = &sm
			s.inputs = append(s.inputs, inputInfo{id: "implementation_costs", label: "Uitvoeringskosten", varies: sm.varies()})
		}
		add("implementation_costs", "Uitvoeringskosten (regionaal per jaar, verdeeld met de sleutel)",
			in.ImplementationCosts.describe(budget.FormatEuroWhole), false)
	} else {
		add("implementation_costs", "Uitvoeringskosten", "pm: niet meegeteld, en niet als nul. De kans geldt zonder de uitvoeringskosten.", true)
	}

	// Other measures: fixed, pm unless given.
	var other budget.Series
	if in.OtherMeasures != nil {
		if err := in.OtherMeasures.CheckAmounts(); err != nil {
			var fe *budget.FieldError
			if errors.As(err, &fe) {
				err = &budget.FieldError{Field: "other_measures." + fe.Field, Err: fe.Err}
			} else {
				err = &budget.FieldError{Field: "other_measures", Err: err}
			}
			bad(err)
		}
		for _, p := range in.OtherMeasures.Points() {
			if p.Amount.IsNegative() {
				bad(&budget.FieldError{Field: "other_measures.years." + p.Year.String(), Err: fmt.Errorf("%w: %s is negative; give savings as positive amounts", ErrRange, p.Amount)})
			}
		}
		if _, a, ok := in.OtherMeasures.Tail(); ok && a.IsNegative() {
			bad(&budget.FieldError{Field: "other_measures.from.amount", Err: fmt.Errorf("%w: %s is negative; give savings as positive amounts", ErrRange, a)})
		}
		other = *in.OtherMeasures
		add("other_measures", "Andere maatregelen (KPMG, lokaal)", "opgegeven, vast", false)
	} else {
		add("other_measures", "Andere maatregelen (KPMG, lokaal)", "pm: hun besparing is niet bekend en telt niet mee", true)
	}
	add("growth", "Autonome groei", "niet meegenomen: een prognose naast de taakstelling, niet in het saldo", true)

	// Quantiles.
	qs := in.Quantiles
	if qs == nil {
		qs = DefaultQuantiles()
	}
	if len(qs) == 0 || len(qs) > MaxQuantiles {
		bad(&budget.FieldError{Field: "quantiles", Err: fmt.Errorf("%w: give 1 to %d quantiles", scenario.ErrInvalid, MaxQuantiles)})
	}
	for i, q := range qs {
		m, err := unitQuant.of(q)
		if err != nil {
			bad(&budget.FieldError{Field: fmt.Sprintf("quantiles[%d]", i), Err: err})
			continue
		}
		if n := len(s.quant); n > 0 && m <= s.quant[n-1] {
			bad(&budget.FieldError{Field: fmt.Sprintf("quantiles[%d]", i), Err: fmt.Errorf("%w: quantiles must be ascending, without repeats", ErrOrder)})
			continue
		}
		s.quant = append(s.quant, m)
	}

	// Years.
	from, to := in.From, in.To
	if from == 0 {
		from = scenario.DefaultFrom
	}
	if to == 0 {
		to = scenario.DefaultTo
	}
	switch {
	case !from.Valid():
		bad(&budget.FieldError{Field: "from", Err: budget.ErrBadYear})
	case !to.Valid():
		bad(&budget.FieldError{Field: "to", Err: budget.ErrBadYear})
	case to < from:
		bad(&budget.FieldError{Field: "to", Err: fmt.Errorf("%w: %d comes before from %d", ErrOrder, to, from)})
	case int(to-from) >= scenario.MaxYears:
		bad(&budget.FieldError{Field: "to", Err: fmt.Errorf("%w: at most %d years at once", scenario.ErrInvalid, scenario.MaxYears)})
	}
	if len(errs) > 0 {
		return nil, join(errs)
	}
	s.tabulate(d, base, other, budget.Span(from, to))
	return s, nil
}

// tabulate fills in the years: targets and other measures in cents, and
// the ramp per month of delay, grouping years whose ramps are the same.
func (s *Simulation) tabulate(d *scenario.Data, base regional.Ramp, other budget.Series, years []budget.Year) {
	target := d.Taakstelling().Amounts
	for _, y := range years {
		ys := yearStatic{year: y, known: true, otherPM: true}
		t, ok := target.At(y)
		if _, rampOK := base.At(y); !ok || !rampOK {
			ys.known = false
		}
		ys.target = cents(t)
		ys.fixed = -ys.target
		if o, ok := other.At(y); ok {
			ys.fixed += cents(o)
			ys.otherPM = false
		}
		row := make([]int64, s.delay.hi-s.delay.lo+1)
		for m := s.delay.lo; m <= s.delay.hi; m++ {
			p, ok := delayedRamp(base, y, m)
			if !ok {
				ys.known = false
			}
			row[m-s.delay.lo] = p
		}
		ys.group = -1
		for g := range s.groups {
			if equalRows(s.groups[g].ramp, row) {
				ys.group = g
			}
		}
		if ys.group < 0 && ys.known {
			s.groups = append(s.groups, groupStatic{ramp: row})
			ys.group = len(s.groups) - 1
		}
		s.years = append(s.years, ys)
	}
}

// delayedRamp is the ramp of year y delayed by m months, in whole percents:
// the base ramp read m/12 of a year earlier, interpolated linearly between
// its years and rounded down (cautious, as the default ramp is). A point
// before the base ramp's first year reads 0 (the programme had not started;
// the default ramp's first year, 2021, is 0 too); a year the base ramp does
// not know is unknown, and so is every year the base ramp itself does not
// know.
func delayedRamp(base regional.Ramp, y budget.Year, m int64) (int64, bool) {
	if _, ok := base.At(y); !ok {
		// As in scenario.Evaluate: a year the ramp says nothing about has
		// unknown savings, whatever the delay.
		return 0, false
	}
	pct := func(k int64) (int64, bool) {
		f, ok := base.At(budget.Year(k))
		if ok {
			return f.Shift(2).IntPart(), true
		}
		first := budget.MaxYear
		for _, p := range base.Fractions().Points() {
			first = min(first, p.Year)
		}
		if ty, _, ok := base.Fractions().Tail(); ok {
			first = min(first, ty)
		}
		return 0, budget.Year(k) < first
	}
	t := 12*int64(y) - m
	k := floorDiv(t, 12)
	j := t - 12*k
	r0, ok := pct(k)
	if !ok {
		return 0, false
	}
	if j == 0 {
		return r0, true
	}
	r1, ok := pct(k + 1)
	if !ok {
		return 0, false
	}
	return r0 + floorDiv((r1-r0)*j, 12), true
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func equalRows(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// cents converts an amount in euros to whole cents (the amounts were
// checked by the one amount rule, so [budget.Cents] has no error to report).
func cents(a decimal.Decimal) int64 {
	c, _ := budget.Cents(a)
	return c
}

func overrides(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("; %d opgegeven per stuk", n)
}

func rampField(f string) string {
	switch {
	case f == "ramp.from":
		return f
	case len(f) > len("ramp.") && f[:len("ramp.")] == "ramp.":
		return "ramp.years." + f[len("ramp."):]
	}
	return f
}

func clip(s string) string { return text.Clip(s, text.MaxQuote) }

// join returns one error as it is, and errors.Join of several.
func join(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	return errors.Join(errs...)
}

// notWholePercent returns the JSON field and value of the first fraction of
// s that is not a whole percent, or "".
func notWholePercent(s budget.Series) (field, value string) {
	whole := func(f decimal.Decimal) bool { return f.Shift(2).Equal(f.Shift(2).Truncate(0)) }
	for _, p := range s.Points() {
		if !whole(p.Amount) {
			return "years." + p.Year.String(), p.Amount.String()
		}
	}
	if _, a, ok := s.Tail(); ok && !whole(a) {
		return "from.amount", a.String()
	}
	return "", ""
}
