package scenario

import (
	"errors"
	"fmt"
	"slices"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/shopspring/decimal"
)

// Access is the first axis of the keuzeopties: where residents find access
// to professional support.
type Access string

// The two values of the access axis.
const (
	Buurtgericht Access = "buurtgericht" // in the neighbourhood (wijk)
	Stedelijk    Access = "stedelijk"    // centrally, at the Sociaal Plein
)

// Role is the second axis: the role of society in welzijn.
type Role string

// The two values of the role axis.
const (
	Gemeenschap Role = "gemeenschap" // strengthen community initiatives from below
	Gemeente    Role = "gemeente"    // limit to welzijn professionals organised by the municipality
)

// Line groups within an option's cost table.
const (
	// GroupHerstelagenda marks the lines that secure what the Corona
	// herstelagenda started (together € 350.000 a year in every option).
	GroupHerstelagenda = "herstelagenda"
	// GroupKeuze marks the option-specific lines (€ 200.000 for A and B,
	// € 150.000 + pm for C and D).
	GroupKeuze = "keuze"
)

// Risk is one risk of an option with its mitigation, as printed.
type Risk struct {
	Risk             string
	Beheersmaatregel string // the mitigation ("beheersmaatregel")
}

// Option is one keuzeoptie.
type Option struct {
	ID          string        // "A".."D"
	Name        string        // Dutch name as printed, e.g. "Buurtgericht en (meer) gemeenschap"
	Access      Access        // first axis
	Role        Role          // second axis
	Summary     string        // the option's paragraph on the Corona herstelagenda and its direction
	Lines       []budget.Line // the extra cost lines 2024–2027, in printed order
	Advantages  []string      // "Voordelen", as printed
	Risks       []Risk        // "Risico's", each with its beheersmaatregel
	Dekking     string        // funding: how the costs are paid for ("Dekking" in the table)
	Expectation string        // the long-term expectation of the costs
	FTE         string        // the ~20 fte remark where the seed makes it, else ""
	Proposed    bool          // the college proposes this option (A)
	Source      budget.Source // the option's cost table
	// Practice says in plain Dutch (B1) what the option means for a
	// resident: where to find access to support (in the own wijk or at the
	// Sociaal Plein) and who gives the first support (professional
	// organisations working with the municipality, or professionals in its
	// employ). The printed option texts are policy language; a resident
	// choosing between A–D needs this. "" when the data file gives none.
	Practice string
	// PracticeSource is the passage of the seed (000, "Keuzes en ambities")
	// that Practice paraphrases, so a reader can check the paraphrase.
	PracticeSource budget.Source
}

// Total returns the option's extra cost in year y, computed from its non-pm
// lines. It returns false for a year the document did not publish (the
// tables cover 2024–2027). Whether pm lines were left out: [Option.HasPM].
func (o Option) Total(y budget.Year) (decimal.Decimal, bool) {
	t := budget.Sum(o.Lines, y)
	if !t.Known || t.Lines == 0 {
		return decimal.Decimal{}, false
	}
	return t.Amount, true
}

// Sum returns the total of year y with the count of pm lines left out, for
// display as "€ 500.000 + pm".
func (o Option) Sum(y budget.Year) budget.Total {
	t := budget.Sum(o.Lines, y)
	if t.Lines == 0 {
		t.Known = false
	}
	return t
}

// ExtraCost returns the option's extra cost in y and how it is known, the
// rule [Evaluate] uses: in the years its table publishes (2024–2027) the
// total of its lines, + pm where it has a pm line ([KeuzePublished]); before
// the first of them nothing yet, a known 0, as the beleidskader
// Wmo-Samenleving starts in 2024 ([KeuzeBeforeStart]); after the last one
// unknown ([KeuzeUnpublished]).
func (o Option) ExtraCost(y budget.Year) (budget.Amount, KeuzeStatus) {
	return extraCost(o.Sum(y), o.Years(), y)
}

// HasPM reports whether the option has a pro memorie line, so its totals
// are "+ pm".
func (o Option) HasPM() bool {
	for _, l := range o.Lines {
		if l.PM {
			return true
		}
	}
	return false
}

// Years returns the years the option's table publishes, in order.
func (o Option) Years() []budget.Year {
	seen := map[budget.Year]bool{}
	var ys []budget.Year
	for _, l := range o.Lines {
		for _, p := range l.Amounts.Points() {
			if !seen[p.Year] {
				seen[p.Year] = true
				ys = append(ys, p.Year)
			}
		}
	}
	slices.Sort(ys)
	return ys
}

// Group returns the lines of one group ([GroupHerstelagenda] or
// [GroupKeuze]), in printed order.
func (o Option) Group(g string) []budget.Line {
	var out []budget.Line
	for _, l := range o.Lines {
		if l.Group == g {
			out = append(out, l)
		}
	}
	return out
}

// Line returns the line with the given id.
func (o Option) Line(id string) (budget.Line, bool) {
	for _, l := range o.Lines {
		if l.ID == id {
			return l, true
		}
	}
	return budget.Line{}, false
}

// ErrUnknownOption is returned (wrapped) for an option id that is not A–D.
var ErrUnknownOption = errors.New("unknown keuzeoptie")

// Options returns the four keuzeopties A, B, C, D in that order, from the
// embedded data file.
func Options() []Option { return DefaultCatalog().Options() }

// Lookup returns the keuzeoptie with the given id ("A".."D"). An unknown id
// returns an error wrapping [ErrUnknownOption].
func Lookup(id string) (Option, error) { return DefaultCatalog().Lookup(id) }

// Catalog is a set of keuzeopties loaded from one data file. The zero
// Catalog holds no options.
type Catalog struct {
	options   []Option
	coalition []string
	proposal  budget.Source
	sections  sectionsJSON // kept so SaveCatalog writes the file back whole
}

// Options returns the options in the file's order (A, B, C, D for the
// embedded file). The slice is a copy.
func (c Catalog) Options() []Option {
	out := make([]Option, len(c.options))
	for i, o := range c.options {
		out[i] = o.clone()
	}
	return out
}

// clone returns a copy of o that shares no memory with it, so that a caller
// who changes an option it was given changes nothing else.
func (o Option) clone() Option {
	o.Lines = slices.Clone(o.Lines)
	o.Advantages = slices.Clone(o.Advantages)
	o.Risks = slices.Clone(o.Risks)
	return o
}

// Lookup returns the option with the given id.
func (c Catalog) Lookup(id string) (Option, error) {
	for _, o := range c.options {
		if o.ID == id {
			return o.clone(), nil
		}
	}
	ids := make([]string, len(c.options))
	for i, o := range c.options {
		ids[i] = o.ID
	}
	return Option{}, fmt.Errorf("%w: %q (known: %v)", ErrUnknownOption, text.Clip(id, text.MaxQuote), ids)
}

// Proposed returns the option the college proposes, with the source of the
// proposal.
func (c Catalog) Proposed() (Option, budget.Source, bool) {
	for _, o := range c.options {
		if o.Proposed {
			return o.clone(), c.proposal, true
		}
	}
	return Option{}, budget.Source{}, false
}

// CoalitionBudget lists what the coalition agreement already budgets for,
// in every option (the "Kosten" column: "Vanuit het coalitie akkoord is
// budget voor: …").
func (c Catalog) CoalitionBudget() []string { return append([]string(nil), c.coalition...) }
