package scenario

import (
	"fmt"
	"sync"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// Data is everything an evaluation reads from the documents: the
// keuzeopties, the regional programme, the taakstelling and the facts of the
// startnotitie. Pass one Data, not globals: a municipality that loads
// corrected files gets results from its files, all of them.
//
// A Data is immutable and safe for concurrent use. What [Data.Evaluate]
// needs that does not depend on the Input (each option's yearly totals, the
// measure ids, the default cases and their descriptions) is computed once,
// by [NewData].
type Data struct {
	catalog   Catalog
	programme *regional.Programme
	target    budget.Target
	facts     budget.Facts

	keuzes       map[string]*keuzeStatics
	measureIDs   []string     // never handed out: Outcome.Measures is a copy
	pmSavings    regional.Set // measures with an effect that has no amount (pm)
	allMeasures  string
	cases        regional.Cases
	caseTexts    caseTexts // of the default cases
	ramp         regional.Ramp
	rampText     string
	published    regional.Municipality
	publishedPct string // "35 %"
	texts        staticTexts
	growth       growthStatics
}

// DefaultData returns the data of the embedded files.
func DefaultData() *Data { return defaultData() }

var defaultData = sync.OnceValue(func() *Data {
	d, err := NewData(DefaultCatalog(), regional.Default(), budget.TaakstellingTarget(), budget.StartnotitieFacts())
	if err != nil {
		// The embedded files are part of the program and tested: a
		// failure here is a build defect, not bad input.
		panic(err)
	}
	return d
})

// NewData combines loaded data into one Data. A nil programme means the
// embedded one. The facts must hold the Wmo care costs of the begroting (the
// base of a growth prognosis).
func NewData(c Catalog, p *regional.Programme, target budget.Target, facts budget.Facts) (*Data, error) {
	if p == nil {
		p = regional.Default()
	}
	d := &Data{catalog: c, programme: p, target: target, facts: facts, keuzes: map[string]*keuzeStatics{}}
	for _, o := range c.options {
		d.keuzes[o.ID] = newKeuzeStatics(o)
	}
	ms := p.Measures()
	d.measureIDs = make([]string, len(ms))
	for i, m := range ms {
		d.measureIDs[i] = m.ID
		for _, ce := range m.CrossEffects {
			if ce.PM {
				d.pmSavings = d.pmSavings.With(i)
			}
		}
	}
	d.allMeasures = fmt.Sprintf("alle %d maatregelen van het actieprogramma", len(ms))
	d.cases = p.DefaultCases()
	d.caseTexts = describeCases(p, d.cases)
	d.ramp = regional.DefaultRamp()
	d.rampText = describeRamp(d.ramp)
	var share decimal.Decimal
	d.published, share = p.Published()
	d.publishedPct = budget.Dutch.Percent(share)
	pub := d.published.Name
	d.texts = staticTexts{
		publishedKey: pub + " " + d.publishedPct + " (gepubliceerd: ‘ongeveer’, naar inwonertal); de andere zes naar inwonertal",
		costsPM:      "pm: de maatregelen ‘vragen extra inzet/kosten’; die zijn op regionaal niveau becijferd, maar voor " + pub + " nog niet bekend. Ze tellen niet als nul: daarom hooguit ‘gehaald als’.",
		defaultYears: yearsText(DefaultFrom, DefaultTo),
	}
	b := facts.Begroting2023
	if !b.ZorglastenWmo.Value.IsPositive() {
		return nil, &budget.FieldError{Field: "begroting.zorglasten_wmo", Err: budget.ErrMissing}
	}
	d.growth.init(b, facts)
	return d, nil
}

// Catalog returns the keuzeopties the data holds.
func (d *Data) Catalog() Catalog { return d.catalog }

// Programme returns the regional programme the data holds.
func (d *Data) Programme() *regional.Programme { return d.programme }

// Taakstelling returns the savings target the data holds.
func (d *Data) Taakstelling() budget.Target { return d.target }

// Facts returns the facts of the startnotitie the data holds (the begroting
// and the client counts a growth prognosis rests on).
func (d *Data) Facts() budget.Facts { return d.facts }

// staticTexts are the values of assumptions that depend on the data only.
type staticTexts struct {
	publishedKey string // the published key
	costsPM      string // implementation costs not given
	defaultYears string // DefaultFrom–DefaultTo
}

// growthStatics are the facts the growth prognoses rest on, and the
// prognoses, each computed once per Data on first use: the rate of a window
// of client counts and the growth above the base year in every later year.
type growthStatics struct {
	base     decimal.Decimal
	baseYear budget.Year
	text     string             // what every prognosis rests on, in Dutch
	clients  budget.ClientCount // the Wmo client counts added up
	mu       sync.Mutex         // guards windows
	windows  map[[2]budget.Year]*prognosis
	national prognosis // the national growth of care spending
	hasNat   bool      // the facts hold the national figure
	natText  string    // its value in Dutch, "3,2"
}

// prognosis is one growth rate and what it gives.
type prognosis struct {
	rate decimal.Decimal
	pct  string // the rate in percent, two decimals, in Dutch: "1,36"

	mu     sync.Mutex
	power  decimal.Decimal   // (1 + rate)^len(growth), exactly
	growth []decimal.Decimal // growth[n−1]: n years after the base year
}

// upTo returns the growth above base in the first n years after the base
// year: base · ((1 + rate)^k − 1) for k = 1…n, rounded to the cent half
// away from zero, exactly. Each is computed once, on the first evaluation
// that reaches its year.
func (pr *prognosis) upTo(n int, base decimal.Decimal) []decimal.Decimal {
	pr.mu.Lock()
	defer pr.mu.Unlock()
	one := decimal.NewFromInt(1)
	if len(pr.growth) == 0 {
		pr.power = one
	}
	for len(pr.growth) < n {
		pr.power = pr.power.Mul(one.Add(pr.rate))
		pr.growth = append(pr.growth, base.Mul(pr.power.Sub(one)).Round(2))
	}
	return pr.growth[:n:n]
}

// init fills g from the begroting and the facts; the prognoses of the
// client counts wait for their first use.
func (g *growthStatics) init(b budget.Budget, facts budget.Facts) {
	g.base, g.baseYear = b.ZorglastenWmo.Value, b.Year
	g.text = "op de zorglasten Wmo " + budget.FormatEuroWhole(g.base) + " (begroting " + g.baseYear.String() + "). " +
		"Alleen Wmo: de taakstelling geldt voor Wmo én Jeugd. Een prognose naast de taakstelling, er niet bij opgeteld: de begroting 2021 raamde de lasten voor Wmo en Jeugd ‘realistisch’ voor de komende jaren; het raadsvoorstel noemt verdere stijging een reëel risico."
	g.clients = budget.ClientCount{ID: "wmo-totaal", Label: "Wmo-maatwerk totaal", Counts: map[budget.Year]int{}}
	for _, c := range facts.Clients {
		for y, n := range c.Counts {
			g.clients.Counts[y] += n
		}
	}
	g.windows = map[[2]budget.Year]*prognosis{}
	if fig, ok := facts.Figure("zorguitgaven-groei"); ok {
		g.hasNat, g.natText = true, budget.Dutch.Number(fig.Value, 1)
		g.national.rate = fig.Value.Div(decimal.NewFromInt(100))
	}
}

// clientRate returns the prognosis of the client counts' growth over
// from–to, with the error of [budget.ClientCount.GrowthRate]. A window is
// computed once; only windows with a rate are kept, so they are at most
// (number of years with a count)².
func (g *growthStatics) clientRate(from, to budget.Year) (*prognosis, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	w := [2]budget.Year{from, to}
	if pr, ok := g.windows[w]; ok {
		return pr, nil
	}
	r, err := g.clients.GrowthRate(from, to)
	if err != nil {
		return nil, err
	}
	pr := &prognosis{rate: r, pct: budget.Dutch.Number(r.Shift(2), 2)}
	g.windows[w] = pr
	return pr, nil
}

// keuzeStatics is what evaluating a keuze needs of its option.
type keuzeStatics struct {
	option Option
	years  []budget.Year
	text   string
	// totals[i] is Option.Sum(lo + i). Below lo and above hi no line's
	// amount changes with the year (no point, no start of a tail), so the
	// totals of lo and hi hold there too.
	lo, hi budget.Year
	totals []budget.Total
}

func newKeuzeStatics(o Option) *keuzeStatics {
	ks := &keuzeStatics{option: o.clone(), years: o.Years()}
	if len(ks.years) > 0 {
		ks.text = fmt.Sprintf("%s: %s; extra kosten volgens de tabel van de startnotitie, vóór %d nog geen extra kosten, na %d onbekend",
			o.ID, o.Name, ks.years[0], ks.years[len(ks.years)-1])
	} else {
		ks.text = fmt.Sprintf("%s: %s; de startnotitie noemt geen bedragen", o.ID, o.Name)
	}
	lo, hi, any := budget.MaxYear, budget.MinYear, false
	for _, l := range o.Lines {
		for _, p := range l.Amounts.Points() {
			lo, hi, any = min(lo, p.Year), max(hi, p.Year), true
		}
		if y, _, ok := l.Amounts.Tail(); ok {
			lo, hi, any = min(lo, y), max(hi, y), true
		}
	}
	if !any {
		lo, hi = budget.MinYear, budget.MinYear
	}
	ks.lo, ks.hi = lo-1, hi+1
	for y := ks.lo; y <= ks.hi; y++ {
		ks.totals = append(ks.totals, o.Sum(y))
	}
	return ks
}

// sum is Option.Sum(y).
func (ks *keuzeStatics) sum(y budget.Year) budget.Total {
	y = min(max(y, ks.lo), ks.hi)
	return ks.totals[y-ks.lo]
}
