package scenario

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
)

// Sentence is a one-sentence summary of the year that a resident can read,
// in the locale (Dutch by default), in whole euros. keuze is the evaluated
// keuzeoptie ("" for none).
func (y YearOutcome) Sentence(l budget.Locale, keuze string) string {
	eur := l.EuroWhole
	en := l == budget.English
	pm := ""
	if y.PM {
		pm = " + pm"
	}
	if !y.Taakstelling.Known {
		if en {
			return fmt.Sprintf("%d: no taakstelling was set for this year.", y.Year)
		}
		return fmt.Sprintf("%d: voor dit jaar is geen taakstelling vastgesteld.", y.Year)
	}
	if !y.Savings.Known {
		if en {
			return fmt.Sprintf("%d: the taakstelling is %s; the savings for this year are unknown.", y.Year, eur(y.Taakstelling.Value))
		}
		return fmt.Sprintf("%d: de taakstelling is %s; de besparing in dit jaar is onbekend.", y.Year, eur(y.Taakstelling.Value))
	}
	var verdict string
	switch y.Coverage {
	case regional.Met:
		verdict = map[bool]string{false: "wordt de taakstelling gehaald", true: "the taakstelling is met"}[en]
	case regional.NotMet:
		verdict = map[bool]string{false: "wordt de taakstelling niet gehaald", true: "the taakstelling is not met"}[en]
	default:
		verdict = map[bool]string{false: "hangt het van de aanname af of de taakstelling wordt gehaald", true: "whether the taakstelling is met depends on the assumption"}[en]
	}
	var cost string
	switch {
	case keuze == "":
	case y.KeuzeStatus == KeuzeBeforeStart:
		cost = map[bool]string{false: fmt.Sprintf("; keuze %s kost dit jaar nog niets extra", keuze), true: fmt.Sprintf("; keuze %s costs nothing extra yet this year", keuze)}[en]
	case y.KeuzeCost.Known:
		kpm := ""
		if y.KeuzeCost.PM {
			kpm = " + pm"
		}
		cost = map[bool]string{false: fmt.Sprintf("; keuze %s kost %s%s extra", keuze, eur(y.KeuzeCost.Value), kpm), true: fmt.Sprintf("; keuze %s costs %s%s extra", keuze, eur(y.KeuzeCost.Value), kpm)}[en]
	default:
		cost = map[bool]string{false: fmt.Sprintf("; wat keuze %s dit jaar kost, is niet gepubliceerd", keuze), true: fmt.Sprintf("; what keuze %s costs this year is not published", keuze)}[en]
	}
	if en {
		return fmt.Sprintf("%d: Hilversum saves an estimated %s (between %s and %s)%s against a taakstelling of %s, so %s%s.",
			y.Year, eur(y.Savings.Central), eur(y.Savings.Min), eur(y.Savings.Max), pm, eur(y.Taakstelling.Value), verdict, cost)
	}
	return fmt.Sprintf("%d: Hilversum bespaart naar schatting %s (tussen %s en %s)%s tegenover een taakstelling van %s, dus %s%s.",
		y.Year, eur(y.Savings.Central), eur(y.Savings.Min), eur(y.Savings.Max), pm, eur(y.Taakstelling.Value), verdict, cost)
}
