package scenario

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
)

// Sentence says in one short sentence (at most 25 words) whether the year's
// taakstelling is met, in the locale, in whole euros and never signed: the
// figures it quotes are the balance its verdict judges ([Judge]).
func (y YearOutcome) Sentence(l budget.Locale) string {
	t := y.Taakstelling
	en := l == budget.English
	if !t.Target.Known {
		if en {
			return fmt.Sprintf("%d: no taakstelling was set for this year.", y.Year)
		}
		return fmt.Sprintf("%d: voor dit jaar is geen taakstelling vastgesteld.", y.Year)
	}
	target := l.EuroWhole(t.Target.Value)
	if !t.Balance.Known {
		if en {
			return fmt.Sprintf("%d: the taakstelling is %s; the savings for this year are unknown.", y.Year, target)
		}
		return fmt.Sprintf("%d: de taakstelling is %s; de besparing in dit jaar is onbekend.", y.Year, target)
	}
	b := t.Balance
	v := t.Verdict
	switch v.Kind {
	case Met:
		if en {
			return fmt.Sprintf("%d: the taakstelling of %s is met, even in the unfavourable case: %s.", y.Year, target, l.Balance(b.Low))
		}
		return fmt.Sprintf("%d: de taakstelling van %s wordt gehaald, ook in het ongunstige geval: %s.", y.Year, target, l.Balance(b.Low))
	case MetIf:
		if en {
			return fmt.Sprintf("%d: the taakstelling of %s is met if the municipality's implementation costs stay at most %s.", y.Year, target, l.EuroWhole(v.Headroom.RoundFloor(0)))
		}
		return fmt.Sprintf("%d: de taakstelling van %s wordt gehaald als de uitvoeringskosten voor de gemeente niet boven %s uitkomen.", y.Year, target, l.EuroWhole(v.Headroom.RoundFloor(0)))
	case NotMet:
		// A necessary condition: rounded down, so it stays true.
		short := l.EuroWhole(b.High.Neg().RoundFloor(0))
		costs := ""
		if v.CostsPM {
			costs = ", nog zonder de uitvoeringskosten"
			if en {
				costs = ", before the implementation costs"
			}
		}
		switch {
		case v.SavingsPM && en:
			return fmt.Sprintf("%d: the taakstelling of %s is not met, unless savings not yet known (pm) bring at least %s.", y.Year, target, short)
		case v.SavingsPM:
			return fmt.Sprintf("%d: de taakstelling van %s wordt niet gehaald, tenzij besparingen die nog niet bekend zijn (pm) minstens %s opleveren.", y.Year, target, short)
		case en:
			return fmt.Sprintf("%d: the taakstelling of %s is not met, even in the favourable case: %s%s.", y.Year, target, l.Balance(b.High), costs)
		}
		return fmt.Sprintf("%d: de taakstelling van %s wordt niet gehaald, ook in het gunstige geval: %s%s.", y.Year, target, l.Balance(b.High), costs)
	}
	// Depends.
	costs := ""
	if v.CostsPM {
		costs = " en de uitvoeringskosten"
		if en {
			costs = " and the implementation costs"
		}
	}
	if en {
		return fmt.Sprintf("%d: whether the taakstelling of %s is met depends on the assumptions%s: from %s to %s.", y.Year, target, costs, l.Balance(b.Low), l.Balance(b.High))
	}
	return fmt.Sprintf("%d: of de taakstelling van %s wordt gehaald, hangt af van de aannames%s: van %s tot %s.", y.Year, target, costs, l.Balance(b.Low), l.Balance(b.High))
}

// KeuzeSentence says in one short sentence what the keuze costs in the year,
// apart from the taakstelling: it is policy spending, not care costs. It is
// "" when no keuze was chosen.
func (y YearOutcome) KeuzeSentence(l budget.Locale) string {
	k := y.Keuze
	en := l == budget.English
	switch {
	case k.Option == "" || k.Status == KeuzeNone:
		return ""
	case k.Status == KeuzeBeforeStart:
		if en {
			return fmt.Sprintf("%d: keuze %s costs nothing extra yet; its amounts start in a later year.", y.Year, k.Option)
		}
		return fmt.Sprintf("%d: keuze %s kost nog niets extra; de bedragen beginnen in een later jaar.", y.Year, k.Option)
	case !k.Cost.Known:
		if en {
			return fmt.Sprintf("%d: the startnotitie does not say what keuze %s costs in this year.", y.Year, k.Option)
		}
		return fmt.Sprintf("%d: wat keuze %s in dit jaar kost, staat niet in de startnotitie.", y.Year, k.Option)
	case k.Cost.PM:
		if en {
			return fmt.Sprintf("%d: keuze %s costs %s extra plus costs not yet known (pm), separate from the taakstelling.", y.Year, k.Option, l.EuroWhole(k.Cost.Value))
		}
		return fmt.Sprintf("%d: keuze %s kost %s extra plus kosten die nog niet bekend zijn (pm), los van de taakstelling.", y.Year, k.Option, l.EuroWhole(k.Cost.Value))
	}
	if en {
		return fmt.Sprintf("%d: keuze %s costs %s extra, separate from the taakstelling.", y.Year, k.Option, l.EuroWhole(k.Cost.Value))
	}
	return fmt.Sprintf("%d: keuze %s kost %s extra, los van de taakstelling.", y.Year, k.Option, l.EuroWhole(k.Cost.Value))
}
