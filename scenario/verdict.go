package scenario

import (
	"fmt"
	"strconv"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// VerdictKind says whether a year's taakstelling is met.
type VerdictKind int

// Verdict kinds. The order is from unknown to worst; JSON names are in
// [VerdictKind.String].
const (
	VerdictUnknown VerdictKind = iota // no target or no savings known for the year
	Met                               // even the pessimistic end meets the target, every cost known
	MetIf                             // the pessimistic end meets it while the implementation costs (pm) stay within Headroom
	Depends                           // met at the optimistic end, not at the pessimistic one
	NotMet                            // not even the optimistic end meets it
)

var verdictIDs = [...]string{"unknown", "met", "met-if", "depends", "not-met"}

// String returns the stable JSON name: "unknown", "met", "met-if",
// "depends" or "not-met".
func (k VerdictKind) String() string {
	if k < 0 || int(k) >= len(verdictIDs) {
		return fmt.Sprintf("VerdictKind(%d)", int(k))
	}
	return verdictIDs[k]
}

// parseVerdictKind is the inverse of String.
func parseVerdictKind(s string) (VerdictKind, bool) {
	for k, id := range verdictIDs {
		if id == s {
			return VerdictKind(k), true
		}
	}
	return 0, false
}

// Verdict is whether a year's taakstelling is met, and on which condition.
type Verdict struct {
	Kind VerdictKind
	// Headroom is, with Kind MetIf, the largest implementation cost for
	// the municipality at which the pessimistic end still meets the
	// target: "gehaald als de uitvoeringskosten niet boven € X uitkomen".
	Headroom decimal.Decimal
	// CostsPM says the implementation costs are pro memorie: left out of
	// the balance, never counted as zero.
	CostsPM bool
	// SavingsPM says a saving is pro memorie — the other measures (KPMG,
	// local), or a chosen measure's effect without an amount — and left
	// out, so a NotMet may still be met with it.
	SavingsPM bool
}

// Phrase says the verdict in a few words, in the locale, for a table cell:
// "gehaald", "gehaald als de uitvoeringskosten voor de gemeente niet boven
// € X uitkomen", "hangt af van de aannames (en de uitvoeringskosten)",
// "niet gehaald (, tenzij besparingen die nog niet bekend zijn het
// goedmaken)", "onbekend". The headroom is rounded down to whole euros, so
// the phrase stays true.
func (v Verdict) Phrase(l budget.Locale) string {
	en := l == budget.English
	pick := func(nl, eng string) string {
		if en {
			return eng
		}
		return nl
	}
	switch v.Kind {
	case Met:
		return pick("gehaald", "met")
	case MetIf:
		x := l.EuroWhole(v.Headroom.RoundFloor(0))
		return pick("gehaald als de uitvoeringskosten voor de gemeente niet boven "+x+" uitkomen", "met if the municipality's implementation costs stay at most "+x)
	case Depends:
		if v.CostsPM {
			return pick("hangt af van de aannames en de uitvoeringskosten", "depends on the assumptions and the implementation costs")
		}
		return pick("hangt af van de aannames", "depends on the assumptions")
	case NotMet:
		if v.SavingsPM {
			return pick("niet gehaald, tenzij besparingen die nog niet bekend zijn (pm) het goedmaken", "not met, unless savings not yet known (pm) make up for it")
		}
		return pick("niet gehaald", "not met")
	}
	return pick("onbekend", "unknown")
}

// Judge is the one verdict rule. balance is the savings minus the target
// with the pro memorie parts left out (positive = more than the target);
// costsPM and savingsPM say which parts were left out.
//
//   - Met: the pessimistic end (balance.Low) meets the target and no cost
//     is pm;
//   - MetIf: the pessimistic end meets it, but the implementation costs are
//     pm: met as long as they stay within Headroom = balance.Low;
//   - NotMet: not even the optimistic end (balance.High) meets it (leaving
//     out pm costs only flatters it; pm savings are named in SavingsPM);
//   - Depends: in between.
//
// An unknown cost is never counted as zero: while it is pm, the best
// verdict is MetIf.
func Judge(balance budget.Range, costsPM, savingsPM bool) Verdict {
	v := Verdict{CostsPM: costsPM, SavingsPM: savingsPM}
	switch {
	case !balance.Known:
		v.Kind = VerdictUnknown
	case !balance.Low.IsNegative() && costsPM:
		v.Kind, v.Headroom = MetIf, balance.Low
	case !balance.Low.IsNegative():
		v.Kind = Met
	case balance.High.IsNegative():
		v.Kind = NotMet
	default:
		v.Kind = Depends
	}
	return v
}

// Tally counts the years of an outcome by verdict, by the same rule.
type Tally struct {
	Met, MetIf, Depends, NotMet, Unknown int
}

// Tally counts the outcome's years by their verdict.
func (o Outcome) Tally() Tally {
	var t Tally
	for _, y := range o.Years {
		switch y.Taakstelling.Verdict.Kind {
		case Met:
			t.Met++
		case MetIf:
			t.MetIf++
		case Depends:
			t.Depends++
		case NotMet:
			t.NotMet++
		default:
			t.Unknown++
		}
	}
	return t
}

// Sentence says the tally in one short sentence a resident can read, in
// the locale: "Van de 6 jaren: 0 gehaald, ook in het ongunstige geval; 6
// afhankelijk van de aannames." Kinds that no year has are left out, except
// the first.
func (t Tally) Sentence(l budget.Locale) string { return string(t.appendSentence(nil, l)) }

// appendSentence appends [Tally.Sentence] to b, unescaped.
func (t Tally) appendSentence(b []byte, l budget.Locale) []byte {
	n := t.Met + t.MetIf + t.Depends + t.NotMet + t.Unknown
	en := l == budget.English
	parts := [...]struct {
		k      int
		nl, en string
	}{
		{t.Met, "gehaald, ook in het ongunstige geval", "met, even in the unfavourable case"},
		{t.MetIf, "gehaald als de uitvoeringskosten binnen de ruimte blijven", "met if the implementation costs stay within the margin"},
		{t.Depends, "afhankelijk van de aannames", "depending on the assumptions"},
		{t.NotMet, "niet gehaald", "not met"},
		{t.Unknown, "onbekend", "unknown"},
	}
	switch {
	case n == 1 && en:
		b = append(b, "Of the 1 year:"...)
	case n == 1:
		b = append(b, "Van het ene jaar:"...)
	case en:
		b = append(strconv.AppendInt(append(b, "Of the "...), int64(n), 10), " years:"...)
	default:
		b = append(strconv.AppendInt(append(b, "Van de "...), int64(n), 10), " jaren:"...)
	}
	first := true
	for i, p := range parts {
		if p.k == 0 && i > 0 {
			continue
		}
		if !first {
			b = append(b, ';')
		}
		first = false
		b = strconv.AppendInt(append(b, ' '), int64(p.k), 10)
		b = append(b, ' ')
		if en {
			b = append(b, p.en...)
		} else {
			b = append(b, p.nl...)
		}
	}
	return append(b, '.')
}
