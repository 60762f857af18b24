package scenario

import (
	"strconv"

	"github.com/hilversum/sociaaldomein/budget"
)

// Sentence says in one short sentence (at most 25 words) whether the year's
// taakstelling is met, in the locale, in whole euros and never signed: the
// figures it quotes are the balance its verdict judges ([Judge]).
func (y YearOutcome) Sentence(l budget.Locale) string { return string(y.appendSentence(nil, l)) }

// appendSentence appends [YearOutcome.Sentence] to b, unescaped: the
// outcome writer builds it straight into its output.
func (y YearOutcome) appendSentence(b []byte, l budget.Locale) []byte {
	t := y.Taakstelling
	en := l == budget.English
	b = strconv.AppendInt(b, int64(y.Year), 10)
	if !t.Target.Known {
		if en {
			return append(b, ": no taakstelling was set for this year."...)
		}
		return append(b, ": voor dit jaar is geen taakstelling vastgesteld."...)
	}
	target := func(b []byte) []byte { return l.AppendEuroWhole(b, t.Target.Value) }
	if !t.Balance.Known {
		if en {
			return append(target(append(b, ": the taakstelling is "...)), "; the savings for this year are unknown."...)
		}
		return append(target(append(b, ": de taakstelling is "...)), "; de besparing in dit jaar is onbekend."...)
	}
	bal := t.Balance
	v := t.Verdict
	if en {
		b = append(b, ": "...)
		if v.Kind == Depends {
			b = append(b, "whether "...)
		}
		b = target(append(b, "the taakstelling of "...))
	} else {
		b = append(b, ": "...)
		if v.Kind == Depends {
			b = append(b, "of "...)
		}
		b = target(append(b, "de taakstelling van "...))
	}
	switch v.Kind {
	case Met:
		if en {
			b = append(b, " is met, even in the unfavourable case: "...)
		} else {
			b = append(b, " wordt gehaald, ook in het ongunstige geval: "...)
		}
		return append(l.AppendBalance(b, bal.Low), '.')
	case MetIf:
		if en {
			b = append(b, " is met if the municipality's implementation costs stay at most "...)
			return append(l.AppendEuroWhole(b, v.Headroom.RoundFloor(0)), '.')
		}
		b = append(b, " wordt gehaald als de uitvoeringskosten voor de gemeente niet boven "...)
		return append(l.AppendEuroWhole(b, v.Headroom.RoundFloor(0)), " uitkomen."...)
	case NotMet:
		switch {
		case v.SavingsPM && en:
			b = append(b, " is not met, unless savings not yet known (pm) bring at least "...)
			// A necessary condition: rounded down, so it stays true.
			return append(l.AppendEuroWhole(b, bal.High.Neg().RoundFloor(0)), '.')
		case v.SavingsPM:
			b = append(b, " wordt niet gehaald, tenzij besparingen die nog niet bekend zijn (pm) minstens "...)
			return append(l.AppendEuroWhole(b, bal.High.Neg().RoundFloor(0)), " opleveren."...)
		case en:
			b = l.AppendBalance(append(b, " is not met, even in the favourable case: "...), bal.High)
			if v.CostsPM {
				b = append(b, ", before the implementation costs"...)
			}
			return append(b, '.')
		}
		b = l.AppendBalance(append(b, " wordt niet gehaald, ook in het gunstige geval: "...), bal.High)
		if v.CostsPM {
			b = append(b, ", nog zonder de uitvoeringskosten"...)
		}
		return append(b, '.')
	}
	// Depends.
	if en {
		b = append(b, " is met depends on the assumptions"...)
		if v.CostsPM {
			b = append(b, " and the implementation costs"...)
		}
		b = l.AppendBalance(append(b, ": from "...), bal.Low)
		return append(l.AppendBalance(append(b, " to "...), bal.High), '.')
	}
	b = append(b, " wordt gehaald, hangt af van de aannames"...)
	if v.CostsPM {
		b = append(b, " en de uitvoeringskosten"...)
	}
	b = l.AppendBalance(append(b, ": van "...), bal.Low)
	return append(l.AppendBalance(append(b, " tot "...), bal.High), '.')
}

// KeuzeSentence says in one short sentence what the keuze costs in the year,
// apart from the taakstelling: it is policy spending, not care costs. It is
// "" when no keuze was chosen.
func (y YearOutcome) KeuzeSentence(l budget.Locale) string {
	return string(y.appendKeuzeSentence(nil, l))
}

// appendKeuzeSentence appends [YearOutcome.KeuzeSentence] to b, unescaped.
func (y YearOutcome) appendKeuzeSentence(b []byte, l budget.Locale) []byte {
	k := y.Keuze
	en := l == budget.English
	if k.Option == "" || k.Status == KeuzeNone {
		return b
	}
	b = strconv.AppendInt(b, int64(y.Year), 10)
	switch {
	case k.Status == KeuzeBeforeStart:
		if en {
			return append(append(append(b, ": keuze "...), k.Option...), " costs nothing extra yet; its amounts start in a later year."...)
		}
		return append(append(append(b, ": keuze "...), k.Option...), " kost nog niets extra; de bedragen beginnen in een later jaar."...)
	case !k.Cost.Known:
		if en {
			return append(append(append(b, ": the startnotitie does not say what keuze "...), k.Option...), " costs in this year."...)
		}
		return append(append(append(b, ": wat keuze "...), k.Option...), " in dit jaar kost, staat niet in de startnotitie."...)
	}
	b = append(append(b, ": keuze "...), k.Option...)
	if en {
		b = l.AppendEuroWhole(append(b, " costs "...), k.Cost.Value)
	} else {
		b = l.AppendEuroWhole(append(b, " kost "...), k.Cost.Value)
	}
	switch {
	case k.Cost.PM && en:
		return append(b, " extra plus costs not yet known (pm), separate from the taakstelling."...)
	case k.Cost.PM:
		return append(b, " extra plus kosten die nog niet bekend zijn (pm), los van de taakstelling."...)
	case en:
		return append(b, " extra, separate from the taakstelling."...)
	}
	return append(b, " extra, los van de taakstelling."...)
}
