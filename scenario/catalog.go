package scenario

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/hilversum/sociaaldomein/internal/datafile"

	"github.com/hilversum/sociaaldomein/budget"
)

//go:embed data/keuzeopties.json
var keuzeoptiesJSON []byte

// KeuzeoptiesFile is the name under which the embedded data file of the
// keuzeopties appears in errors.
const KeuzeoptiesFile = "scenario/data/keuzeopties.json"

// DefaultCatalog returns the keuzeopties of the embedded data file.
func DefaultCatalog() Catalog { return defaultCatalog() }

var defaultCatalog = sync.OnceValue(func() Catalog {
	c, err := LoadCatalog(bytes.NewReader(keuzeoptiesJSON), KeuzeoptiesFile)
	if err != nil {
		panic(err) // the embedded file is tested; failing here is a build defect
	}
	return c
})

type catalogFile struct {
	Document        string           `json:"document"`
	Documents       budget.Documents `json:"documents"`
	Sections        sectionsJSON     `json:"sections"`
	ProposalQuote   string           `json:"proposal_quote"`
	CoalitionBudget []string         `json:"coalition_budget"`
	// Indicative and NoBudgetChange are optional, so that a corrected
	// file written before they existed still loads; when present, text
	// and source are required.
	Indicative     *noteJSON    `json:"indicative,omitempty"`
	NoBudgetChange *noteJSON    `json:"no_budget_change,omitempty"`
	Options        []optionJSON `json:"options"`
}

// sectionsJSON is the file's "sections" object. Catalog keeps it whole so
// that SaveCatalog writes the file back; it also carries, in unexported
// fields that are no part of that object, the catalog-level notes.
type sectionsJSON struct {
	Options    string `json:"options"`
	Comparison string `json:"comparison"`
	Proposal   string `json:"proposal"`

	indicative     catalogNote      // see [Catalog.Indicative]
	noBudgetChange catalogNote      // see [Catalog.NoBudgetChange]
	documents      budget.Documents // see [Catalog.Documents]
}

// catalogNote is a note on the catalog as a whole: plain Dutch text for a
// resident and the passage of the seed it rests on. The zero value means
// the data file has none.
type catalogNote struct {
	Text   string
	Source budget.Source
}

type noteJSON struct {
	Text   string         `json:"text"`
	Source *budget.Source `json:"source"`
}

func (nj *noteJSON) build(docs budget.Documents) (catalogNote, error) {
	if nj.Text == "" {
		return catalogNote{}, &budget.FieldError{Field: "text", Err: budget.ErrMissing}
	}
	if err := datafile.InField("source", docs.Resolve(nj.Source)); err != nil {
		return catalogNote{}, err
	}
	return catalogNote{Text: nj.Text, Source: *nj.Source}, nil
}

func (n catalogNote) toJSON() *noteJSON {
	if n.Text == "" {
		return nil
	}
	src := n.Source.Unresolved()
	return &noteJSON{Text: n.Text, Source: &src}
}

// Indicative says that the amounts of the keuzeopties are estimates: the
// startnotitie calls them "met name indicatief" and says the split may
// still change in the beleidskader (000:949-950). Whoever shows the
// amounts to residents shows this with them. text is plain Dutch; src
// quotes the seed. Both are empty when the data file has no "indicative".
func (c Catalog) Indicative() (text string, src budget.Source) {
	return c.sections.indicative.Text, c.sections.indicative.Source
}

// Documents returns the documents the data file cites, with their titles,
// years and references; "document" names the one the tables and the
// proposal come from. For the embedded file: the startnotitie
// ([budget.SeedStartnotitie]). The slice is a copy.
func (c Catalog) Documents() budget.Documents { return slices.Clone(c.sections.documents) }

// NoBudgetChange says that the startnotitie proposes no change to the
// budget: the financial consequences of the council's choice follow in the
// programmabegroting 2024 (000:944-947). So the amounts of an option are
// not yet budgeted money. The text is plain Dutch; the source quotes the
// seed. Both are empty when the data file has no "no_budget_change".
func (c Catalog) NoBudgetChange() (string, budget.Source) {
	return c.sections.noBudgetChange.Text, c.sections.noBudgetChange.Source
}

type optionJSON struct {
	ID                string         `json:"id"`
	Name              string         `json:"name"`
	Access            Access         `json:"access"`
	Role              Role           `json:"role"`
	Proposed          bool           `json:"proposed"`
	Summary           string         `json:"summary"`
	Practice          string         `json:"practice,omitempty"`
	PracticeSource    *budget.Source `json:"practice_source,omitempty"`
	TableSection      string         `json:"table_section"`
	Lines             []lineJSON     `json:"lines"`
	PrintedTotal      *budget.Series `json:"printed_total"`
	PrintedTotalQuote string         `json:"printed_total_quote"`
	Advantages        []string       `json:"advantages"`
	Risks             []riskJSON     `json:"risks"`
	FTE               string         `json:"fte"`
	Dekking           string         `json:"dekking"`
	Expectation       string         `json:"expectation"`
}

type lineJSON struct {
	ID      string         `json:"id"`
	Label   string         `json:"label"`
	Group   string         `json:"group"`
	PM      bool           `json:"pm"`
	Amounts *budget.Series `json:"amounts"`
	Quote   string         `json:"quote"`
}

type riskJSON struct {
	Risk             string `json:"risk"`
	Beheersmaatregel string `json:"beheersmaatregel"`
}

// LoadCatalog reads keuzeopties from a data file in the form of the
// embedded scenario/data/keuzeopties.json, so a municipality can correct a
// figure or text without changing code. name identifies the file in errors,
// which are [*budget.DataError] values naming the option, the field and what
// is wrong. Unknown and duplicate keys are errors; each option's printed
// total must equal the sum of its non-pm lines in every year.
func LoadCatalog(r io.Reader, name string) (Catalog, error) {
	data, err := datafile.Read(r, name)
	if err != nil {
		return Catalog{}, err
	}
	var f catalogFile
	if err := datafile.ParseOwned(data, f.decodeJSON); err != nil {
		return Catalog{}, datafile.NewDataError(name, "", err)
	}
	missing := func(field string) error {
		return &budget.DataError{File: name, Field: field, Err: budget.ErrMissing}
	}
	if err := f.Documents.CheckFile(f.Document); err != nil {
		return Catalog{}, datafile.NewDataError(name, "", err)
	}
	switch {
	case strings.TrimSpace(f.Sections.Options) == "" || strings.TrimSpace(f.Sections.Comparison) == "" || strings.TrimSpace(f.Sections.Proposal) == "":
		return Catalog{}, missing("sections")
	case len(f.Options) == 0:
		return Catalog{}, missing("options")
	}
	// The tables and the proposal cite the file's own document.
	doc := budget.Source{Document: f.Document, Section: f.Sections.Proposal}
	if err := f.Documents.Resolve(&doc); err != nil {
		return Catalog{}, datafile.NewDataError(name, "", datafile.InField("document", err))
	}
	c := Catalog{
		coalition: f.CoalitionBudget,
		proposal:  doc,
		sections:  f.Sections,
	}
	c.proposal.Quote = f.ProposalQuote
	c.sections.documents = f.Documents
	if f.Indicative != nil {
		n, err := f.Indicative.build(f.Documents)
		if err != nil {
			return Catalog{}, datafile.NewDataError(name, "indicative", err)
		}
		c.sections.indicative = n
	}
	if f.NoBudgetChange != nil {
		n, err := f.NoBudgetChange.build(f.Documents)
		if err != nil {
			return Catalog{}, datafile.NewDataError(name, "no_budget_change", err)
		}
		c.sections.noBudgetChange = n
	}
	ids := map[string]bool{}
	axes := map[[2]string]string{}
	proposed := ""
	for i, oj := range f.Options {
		rec := func() string { // the record, named only for an error
			if oj.ID != "" {
				return fmt.Sprintf("option %q", oj.ID)
			}
			return fmt.Sprintf("options[%d]", i)
		}
		o, err := oj.build(doc, f.Documents)
		if err != nil {
			return Catalog{}, datafile.NewDataError(name, rec(), err)
		}
		if ids[o.ID] {
			return Catalog{}, &budget.DataError{File: name, Record: rec(), Field: "id", Err: budget.ErrDuplicateID}
		}
		ids[o.ID] = true
		ax := [2]string{string(o.Access), string(o.Role)}
		if other, dup := axes[ax]; dup {
			return Catalog{}, &budget.DataError{File: name, Record: rec(), Field: "access", Err: fmt.Errorf("option %s already sits at %s / %s", other, o.Access, o.Role)}
		}
		axes[ax] = o.ID
		if o.Proposed {
			if proposed != "" {
				return Catalog{}, &budget.DataError{File: name, Record: rec(), Field: "proposed", Err: fmt.Errorf("option %s is already the proposed one", proposed)}
			}
			proposed = o.ID
		}
		c.options = append(c.options, o)
	}
	return c, nil
}

func (oj optionJSON) build(doc budget.Source, docs budget.Documents) (Option, error) {
	fe := func(field string, err error) error { return &budget.FieldError{Field: field, Err: err} }
	switch {
	case oj.ID == "":
		return Option{}, fe("id", budget.ErrMissing)
	case oj.Name == "":
		return Option{}, fe("name", budget.ErrMissing)
	case oj.Access != Buurtgericht && oj.Access != Stedelijk:
		return Option{}, fe("access", fmt.Errorf("%q is not %q or %q", oj.Access, Buurtgericht, Stedelijk))
	case oj.Role != Gemeenschap && oj.Role != Gemeente:
		return Option{}, fe("role", fmt.Errorf("%q is not %q or %q", oj.Role, Gemeenschap, Gemeente))
	case oj.TableSection == "":
		return Option{}, fe("table_section", budget.ErrMissing)
	case len(oj.Lines) == 0:
		return Option{}, fe("lines", budget.ErrMissing)
	case oj.PrintedTotal == nil || oj.PrintedTotal.IsZero():
		return Option{}, fe("printed_total", budget.ErrMissing)
	case oj.Dekking == "":
		return Option{}, fe("dekking", budget.ErrMissing)
	case oj.Expectation == "":
		return Option{}, fe("expectation", budget.ErrMissing)
	}
	table := doc
	table.Section, table.Quote = oj.TableSection, oj.PrintedTotalQuote
	o := Option{
		ID: oj.ID, Name: oj.Name, Access: oj.Access, Role: oj.Role, Summary: oj.Summary,
		Advantages: oj.Advantages, Dekking: oj.Dekking, Expectation: oj.Expectation,
		FTE: oj.FTE, Proposed: oj.Proposed, Source: table,
	}
	switch {
	case oj.Practice == "" && oj.PracticeSource != nil:
		return Option{}, fe("practice", fmt.Errorf("%w: practice_source is given without the text it is the source of", budget.ErrMissing))
	case oj.Practice != "":
		if err := datafile.InField("practice_source", docs.Resolve(oj.PracticeSource)); err != nil {
			return Option{}, err
		}
		o.Practice, o.PracticeSource = oj.Practice, *oj.PracticeSource
	}
	lineIDs := map[string]bool{}
	for i, lj := range oj.Lines {
		field := func() string { return fmt.Sprintf("lines[%d]", i) } // named only for an error
		switch {
		case lj.ID == "":
			return Option{}, fe(field()+".id", budget.ErrMissing)
		case lineIDs[lj.ID]:
			return Option{}, fe(field()+".id", fmt.Errorf("%w: %q", budget.ErrDuplicateID, lj.ID))
		case lj.Label == "":
			return Option{}, fe(field()+".label", budget.ErrMissing)
		case lj.Group != GroupHerstelagenda && lj.Group != GroupKeuze:
			return Option{}, fe(field()+".group", fmt.Errorf("%q is not %q or %q", lj.Group, GroupHerstelagenda, GroupKeuze))
		case lj.PM && lj.Amounts != nil:
			return Option{}, fe(field()+".amounts", fmt.Errorf("a pm line has no amounts"))
		case !lj.PM && (lj.Amounts == nil || lj.Amounts.IsZero()):
			return Option{}, fe(field()+".amounts", budget.ErrMissing)
		}
		lineIDs[lj.ID] = true
		l := budget.Line{ID: lj.ID, Label: lj.Label, PM: lj.PM, Group: lj.Group, Source: table}
		l.Source.Quote = lj.Quote
		if lj.Amounts != nil {
			if err := lj.Amounts.CheckAmounts(); err != nil {
				return Option{}, datafile.InField(field()+".amounts", err)
			}
			l.Amounts = *lj.Amounts
		}
		o.Lines = append(o.Lines, l)
	}
	if len(o.Years()) == 0 {
		return Option{}, fe("lines", fmt.Errorf("%w: every line is pm; a table needs at least one amount", budget.ErrMissing))
	}
	// The printed total is only a check: totals are always computed from
	// the lines.
	for _, p := range oj.PrintedTotal.Points() {
		t := budget.Sum(o.Lines, p.Year)
		if !t.Known {
			return Option{}, fe("printed_total.years."+p.Year.String(), fmt.Errorf("%w: a line has no amount for %d", budget.ErrTotalMismatch, p.Year))
		}
		if !t.Amount.Equal(p.Amount) {
			return Option{}, fe("printed_total.years."+p.Year.String(), fmt.Errorf("%w: printed %s, lines add up to %s", budget.ErrTotalMismatch, p.Amount, t.Amount))
		}
	}
	if _, _, tail := oj.PrintedTotal.Tail(); tail {
		return Option{}, fe("printed_total.from", fmt.Errorf("an option's table publishes single years, not an open-ended tail"))
	}
	for i, r := range oj.Risks {
		if r.Risk == "" {
			return Option{}, fe(fmt.Sprintf("risks[%d].risk", i), budget.ErrMissing)
		}
		if r.Beheersmaatregel == "" {
			return Option{}, fe(fmt.Sprintf("risks[%d].beheersmaatregel", i), budget.ErrMissing)
		}
		o.Risks = append(o.Risks, Risk(r))
	}
	return o, nil
}

// SaveCatalog writes c in the data-file form that [LoadCatalog] reads, so a
// municipality can start a corrected file from the embedded one. Each
// option's printed total is written as the total of its lines. Loading what
// SaveCatalog wrote gives c back.
func SaveCatalog(w io.Writer, c Catalog) error {
	f := catalogFile{
		Document:        c.proposal.Document,
		Documents:       c.sections.documents,
		Sections:        c.sections,
		ProposalQuote:   c.proposal.Quote,
		CoalitionBudget: c.coalition,
		Indicative:      c.sections.indicative.toJSON(),
		NoBudgetChange:  c.sections.noBudgetChange.toJSON(),
	}
	for _, o := range c.options {
		oj := optionJSON{
			ID: o.ID, Name: o.Name, Access: o.Access, Role: o.Role, Proposed: o.Proposed,
			Summary: o.Summary, TableSection: o.Source.Section, PrintedTotalQuote: o.Source.Quote,
			Advantages: o.Advantages, FTE: o.FTE, Dekking: o.Dekking, Expectation: o.Expectation,
		}
		if o.Practice != "" {
			src := o.PracticeSource.Unresolved()
			oj.Practice, oj.PracticeSource = o.Practice, &src
		}
		total := budget.Series{}
		for _, y := range o.Years() {
			if t := budget.Sum(o.Lines, y); t.Known {
				total = total.With(y, t.Amount)
			}
		}
		oj.PrintedTotal = &total
		for _, l := range o.Lines {
			lj := lineJSON{ID: l.ID, Label: l.Label, Group: l.Group, PM: l.PM, Quote: l.Source.Quote}
			if !l.PM {
				a := l.Amounts
				lj.Amounts = &a
			}
			oj.Lines = append(oj.Lines, lj)
		}
		for _, r := range o.Risks {
			oj.Risks = append(oj.Risks, riskJSON(r))
		}
		f.Options = append(f.Options, oj)
	}
	b, err := f.appendJSON(nil)
	if err != nil {
		return err
	}
	return datafile.WriteIndented(w, b, " ")
}
