package scenario

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// What Evaluate needs that does not depend on the Input is computed once:
// per regional programme (the measure ids, the default model, ramp and their
// descriptions) and per option of the embedded catalog (its years, its
// assumption text and its yearly totals). Programmes and catalogs are
// immutable, so the results are those of computing them on every call.

// programmeStatics is what resolve needs of one programme.
type programmeStatics struct {
	prog             *regional.Programme
	measureIDs       []string // never handed out: Outcome.Measures is a copy
	allMeasuresText  string
	defaultModel     regional.Overlap
	defaultModelText string
	defaultRamp      regional.Ramp
	defaultRampText  string
}

var lastProgramme atomic.Pointer[programmeStatics]

func staticsOf(prog *regional.Programme) *programmeStatics {
	if st := lastProgramme.Load(); st != nil && st.prog == prog {
		return st
	}
	ms := prog.Measures()
	st := &programmeStatics{prog: prog, measureIDs: make([]string, len(ms))}
	for i, m := range ms {
		st.measureIDs[i] = m.ID
	}
	st.allMeasuresText = fmt.Sprintf("alle %d maatregelen van het actieprogramma", len(ms))
	st.defaultModel = regional.DefaultModel()
	st.defaultModelText = st.defaultModel.Describe(budget.Dutch)
	st.defaultRamp = regional.DefaultRamp()
	st.defaultRampText = describeRamp(st.defaultRamp)
	lastProgramme.Store(st)
	return st
}

// growthStatics are the facts the growth prognoses rest on.
type growthStatics struct {
	base     decimal.Decimal
	baseYear budget.Year
	baseText string
}

var growthBase = sync.OnceValue(func() growthStatics {
	facts := budget.StartnotitieFacts()
	g := growthStatics{base: facts.Begroting2023.ZorglastenWmo.Value, baseYear: facts.Begroting2023.Year}
	g.baseText = "op de zorglasten Wmo " + budget.FormatEuroWhole(g.base) + " (begroting " + g.baseYear.String() + ")"
	return g
})

// keuzeStatics is what evaluating a keuze needs of its option.
type keuzeStatics struct {
	// lines, id and name identify the option it was computed for.
	lines    *budget.Line
	n        int
	id, name string

	years []budget.Year
	text  string
	hasPM bool
	// totals[i] is Option.Sum(lo + i). Below lo and above hi no line's
	// amount changes with the year (no point, no start of a tail), so the
	// totals of lo and hi hold there too.
	lo, hi budget.Year
	totals []budget.Total
}

func newKeuzeStatics(o Option) *keuzeStatics {
	ks := &keuzeStatics{n: len(o.Lines), id: o.ID, name: o.Name, years: o.Years(), hasPM: o.HasPM()}
	if len(o.Lines) > 0 {
		ks.lines = &o.Lines[0]
	}
	if len(ks.years) > 0 {
		ks.text = keuzeText(o, ks.years)
	}
	lo, hi, any := budget.MaxYear, budget.MinYear, false
	for _, l := range o.Lines {
		pts := l.Amounts.Points()
		for _, p := range pts {
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

func (ks *keuzeStatics) matches(o Option) bool {
	return len(o.Lines) == ks.n && ks.n > 0 && &o.Lines[0] == ks.lines && o.ID == ks.id && o.Name == ks.name
}

// defaultKeuzes are the statics of the embedded catalog's options.
var defaultKeuzes = sync.OnceValue(func() map[string]*keuzeStatics {
	m := map[string]*keuzeStatics{}
	for _, o := range DefaultCatalog().options {
		m[o.ID] = newKeuzeStatics(o)
	}
	return m
})

// keuzeStaticsOf returns the statics of o: cached for an option of the
// embedded catalog, computed for any other.
func keuzeStaticsOf(o Option) *keuzeStatics {
	if ks, ok := defaultKeuzes()[o.ID]; ok && ks.matches(o) {
		return ks
	}
	return newKeuzeStatics(o)
}

func keuzeText(o Option, years []budget.Year) string {
	return fmt.Sprintf("%s: %s; extra kosten uit de tabel van de startnotitie, vóór %d nog geen extra kosten, na %d onbekend",
		o.ID, o.Name, years[0], years[len(years)-1])
}
