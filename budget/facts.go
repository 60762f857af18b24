package budget

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"sync"

	"github.com/hilversum/sociaaldomein/internal/datafile"

	"github.com/shopspring/decimal"
)

//go:embed data/startnotitie.json
var startnotitieJSON []byte

// StartnotitieFile is the name under which the embedded data file of the
// startnotitie's financial figures appears in errors.
const StartnotitieFile = "budget/data/startnotitie.json"

// Unit says what a [Figure]'s value measures.
type Unit string

// Units of figures.
const (
	UnitEuro           Unit = "eur"              // an amount in euros
	UnitEuroPerMonth   Unit = "eur-per-month"    // euros per month
	UnitPercent        Unit = "percent"          // a share, in percent
	UnitPercentPerYear Unit = "percent-per-year" // a growth rate, in percent a year
)

func (u Unit) valid() bool {
	switch u {
	case UnitEuro, UnitEuroPerMonth, UnitPercent, UnitPercentPerYear:
		return true
	}
	return false
}

// Period is the span of years a figure applies to. A zero bound is open.
type Period struct {
	From Year `json:"from,omitempty"`
	To   Year `json:"to,omitempty"`
}

// Figure is one sourced fact: a value with its unit, label and source.
type Figure struct {
	ID     string
	Label  string
	Value  decimal.Decimal
	Unit   Unit
	Approx bool   // the source says "ongeveer" / "zo'n"
	Period Period // years the figure applies to, where the source says
	Note   string // what the source adds, e.g. what replaces it
	Source Source
}

// Budget is the municipal budget ("begroting") of one year as far as the
// startnotitie publishes it.
type Budget struct {
	Year Year
	// ZorglastenWmo is the budgeted cost of Wmo care.
	ZorglastenWmo Figure
	// Taakvelden are the policy budgets (no care costs) by BBV taakveld, in
	// the order printed: 6.1, 6.2, 6.81a, 6.81b.
	Taakvelden []Figure
	// WmoWelzijnIn61 is the part of taakveld 6.1 that concerns Wmo and welzijn.
	WmoWelzijnIn61 Figure
	// TaakveldenSource is the table the taakvelden come from.
	TaakveldenSource Source
}

// TaakveldenTotal is the sum of the taakvelden, computed from them (the
// loader checks it against the total the table prints).
func (b Budget) TaakveldenTotal() decimal.Decimal {
	var t decimal.Decimal
	for _, f := range b.Taakvelden {
		t = t.Add(f.Value)
	}
	return t
}

// Taakveld returns the taakveld with the given number, e.g. "6.81a".
func (b Budget) Taakveld(id string) (Figure, bool) {
	for _, f := range b.Taakvelden {
		if f.ID == id {
			return f, true
		}
	}
	return Figure{}, false
}

// ClientCount is the number of clients of one Wmo provision per year.
type ClientCount struct {
	ID     string
	Label  string
	Counts map[Year]int
	Source Source
}

// Count returns the number of clients in y, and false for a year the source
// did not publish.
func (c ClientCount) Count(y Year) (int, bool) {
	n, ok := c.Counts[y]
	return n, ok
}

// Years returns the published years in order.
func (c ClientCount) Years() []Year {
	ys := make([]Year, 0, len(c.Counts))
	for y := range c.Counts {
		ys = append(ys, y)
	}
	sort.Slice(ys, func(i, j int) bool { return ys[i] < ys[j] })
	return ys
}

// GrowthPlaces is the number of decimals of a growth rate from
// [ClientCount.GrowthRate]: far below a cent on any amount it is applied to.
const GrowthPlaces = 10

// GrowthRate returns the average annual growth of the client count over
// from..to as a fraction (0.0583 is 5,83 % a year): the compound rate
// (count(to)/count(from))^(1/(to−from)) − 1, rounded to [GrowthPlaces]
// decimals. It is an error when from ≥ to, when a year is not published, or
// when count(from) is zero.
func (c ClientCount) GrowthRate(from, to Year) (decimal.Decimal, error) {
	if from >= to {
		return decimal.Decimal{}, &FieldError{Field: "to", Err: fmt.Errorf("growth window %d–%d: the last year must come after the first", from, to)}
	}
	a, ok := c.Count(from)
	if !ok {
		return decimal.Decimal{}, &FieldError{Field: "from", Err: fmt.Errorf("%w: %s has no count for %d", ErrBadYear, c.Label, from)}
	}
	b, ok := c.Count(to)
	if !ok {
		return decimal.Decimal{}, &FieldError{Field: "to", Err: fmt.Errorf("%w: %s has no count for %d", ErrBadYear, c.Label, to)}
	}
	if a <= 0 || b <= 0 {
		return decimal.Decimal{}, &FieldError{Field: "from", Err: fmt.Errorf("%s: growth needs positive counts", c.Label)}
	}
	ratio := decimal.NewFromInt(int64(b)).DivRound(decimal.NewFromInt(int64(a)), 2*GrowthPlaces)
	root, err := ratio.RootRound(int64(to-from), 2*GrowthPlaces)
	if err != nil {
		return decimal.Decimal{}, fmt.Errorf("%s: %w", c.Label, err)
	}
	return root.Sub(decimal.NewFromInt(1)).Round(GrowthPlaces), nil
}

// Facts are the financial figures of the startnotitie: the 2023 budget, the
// client counts 2017–2022 of three Wmo provisions, and cited context figures.
type Facts struct {
	Document      string    // id of the document the figures come from (SeedStartnotitie)
	Documents     Documents // the documents the data file cites, with their titles
	Begroting2023 Budget
	Clients       []ClientCount // in the order printed
	Context       []Figure      // national growth, abonnementstarief, …
}

// Figure returns the context figure with the given id, e.g.
// "zorguitgaven-groei" (2,9 % a year) or "abonnementstarief" (€ 19 a month).
func (f Facts) Figure(id string) (Figure, bool) {
	for _, c := range f.Context {
		if c.ID == id {
			return c, true
		}
	}
	return Figure{}, false
}

// Client returns the client counts of the provision with the given id.
func (f Facts) Client(id string) (ClientCount, bool) {
	for _, c := range f.Clients {
		if c.ID == id {
			return c, true
		}
	}
	return ClientCount{}, false
}

// StartnotitieFacts returns the figures of the embedded data file.
func StartnotitieFacts() Facts { return defaultFacts() }

var defaultFacts = sync.OnceValue(func() Facts {
	f, err := LoadFacts(bytes.NewReader(startnotitieJSON), StartnotitieFile)
	if err != nil {
		panic(err) // the embedded file is tested; failing here is a build defect
	}
	return f
})

type factsFile struct {
	Document      string        `json:"document"`
	Documents     Documents     `json:"documents"`
	Begroting2023 *budgetJSON   `json:"begroting_2023"`
	Clients       *clientsJSON  `json:"clients"`
	Context       []contextJSON `json:"context"`
}

type budgetJSON struct {
	Year             Year           `json:"year"`
	ZorglastenWmo    *amountJSON    `json:"zorglasten_wmo"`
	TaakveldenSource *Source        `json:"taakvelden_source"`
	Taakvelden       []taakveldJSON `json:"taakvelden"`
	TaakveldenTotaal string         `json:"taakvelden_totaal"`
	WmoWelzijnIn61   *amountJSON    `json:"wmo_welzijn_in_6_1"`
}

type amountJSON struct {
	Label  string  `json:"label"`
	Amount string  `json:"amount"`
	Source *Source `json:"source"`
}

type taakveldJSON struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Amount string `json:"amount"`
	Quote  string `json:"quote"`
}

type clientsJSON struct {
	Source     *Source         `json:"source"`
	Provisions []provisionJSON `json:"provisions"`
}

type provisionJSON struct {
	ID     string         `json:"id"`
	Label  string         `json:"label"`
	Counts map[string]int `json:"counts"`
	Quote  string         `json:"quote"`
}

type contextJSON struct {
	ID     string  `json:"id"`
	Label  string  `json:"label"`
	Value  string  `json:"value"`
	Unit   Unit    `json:"unit"`
	Approx bool    `json:"approximate"`
	Period *Period `json:"period"`
	Note   string  `json:"note"`
	Source *Source `json:"source"`
}

// LoadFacts reads the startnotitie's financial figures from a data file in
// the form of the embedded budget/data/startnotitie.json, so a municipality
// can correct a figure without changing code. name identifies the file in
// errors, which are [*DataError] values naming the record and field. The
// printed total of the taakvelden must equal the sum of its lines.
func LoadFacts(r io.Reader, name string) (Facts, error) {
	data, err := datafile.Read(r, name)
	if err != nil {
		return Facts{}, err
	}
	var f factsFile
	if err := datafile.ParseOwned(data, f.decodeJSON); err != nil {
		return Facts{}, datafile.NewDataError(name, "", err)
	}
	if err := f.Documents.CheckFile(f.Document); err != nil {
		return Facts{}, datafile.NewDataError(name, "", err)
	}
	docs := f.Documents
	out := Facts{Document: f.Document, Documents: docs}
	if f.Begroting2023 == nil {
		return Facts{}, &DataError{File: name, Field: "begroting_2023", Err: ErrMissing}
	}
	if out.Begroting2023, err = f.Begroting2023.build(docs); err != nil {
		return Facts{}, datafile.NewDataError(name, "begroting_2023", err)
	}
	if f.Clients == nil {
		return Facts{}, &DataError{File: name, Field: "clients", Err: ErrMissing}
	}
	if out.Clients, err = f.Clients.build(name, docs); err != nil {
		return Facts{}, err
	}
	seen := map[string]bool{}
	for i, c := range f.Context {
		rec := func() string { // the record, named only for an error
			if c.ID != "" {
				return fmt.Sprintf("context %q", c.ID)
			}
			return fmt.Sprintf("context[%d]", i)
		}
		fig, err := c.build(docs)
		if err != nil {
			return Facts{}, datafile.NewDataError(name, rec(), err)
		}
		if seen[c.ID] {
			return Facts{}, &DataError{File: name, Record: rec(), Field: "id", Err: ErrDuplicateID}
		}
		seen[c.ID] = true
		out.Context = append(out.Context, fig)
	}
	return out, nil
}

func (b *budgetJSON) build(docs Documents) (Budget, error) {
	var out Budget
	if !b.Year.Valid() {
		return Budget{}, &FieldError{Field: "year", Err: fmt.Errorf("%w: %d", ErrBadYear, b.Year)}
	}
	out.Year = b.Year
	var err error
	if out.ZorglastenWmo, err = b.ZorglastenWmo.build(docs, "zorglasten_wmo"); err != nil {
		return Budget{}, err
	}
	if out.WmoWelzijnIn61, err = b.WmoWelzijnIn61.build(docs, "wmo_welzijn_in_6_1"); err != nil {
		return Budget{}, err
	}
	if err := datafile.InField("taakvelden_source", docs.Resolve(b.TaakveldenSource)); err != nil {
		return Budget{}, err
	}
	out.TaakveldenSource = *b.TaakveldenSource
	if len(b.Taakvelden) == 0 {
		return Budget{}, &FieldError{Field: "taakvelden", Err: ErrMissing}
	}
	seen := map[string]bool{}
	for i, t := range b.Taakvelden {
		field := func() string { return fmt.Sprintf("taakvelden[%d]", i) } // named only for an error
		switch {
		case t.ID == "":
			return Budget{}, &FieldError{Field: field() + ".id", Err: ErrMissing}
		case seen[t.ID]:
			return Budget{}, &FieldError{Field: field() + ".id", Err: fmt.Errorf("%w: %q", ErrDuplicateID, t.ID)}
		case t.Label == "":
			return Budget{}, &FieldError{Field: field() + ".label", Err: ErrMissing}
		}
		seen[t.ID] = true
		a, err := parseCents(t.Amount)
		if err != nil {
			return Budget{}, &FieldError{Field: field() + ".amount", Err: err}
		}
		src := out.TaakveldenSource
		src.Quote = t.Quote
		out.Taakvelden = append(out.Taakvelden, Figure{ID: t.ID, Label: t.Label, Value: a, Unit: UnitEuro, Period: Period{b.Year, b.Year}, Source: src})
	}
	printed, err := parseCents(b.TaakveldenTotaal)
	if err != nil {
		return Budget{}, &FieldError{Field: "taakvelden_totaal", Err: err}
	}
	if sum := out.TaakveldenTotal(); !sum.Equal(printed) {
		return Budget{}, &FieldError{Field: "taakvelden_totaal", Err: fmt.Errorf("%w: printed %s, lines add up to %s", ErrTotalMismatch, printed, sum)}
	}
	return out, nil
}

func (a *amountJSON) build(docs Documents, field string) (Figure, error) {
	if a == nil {
		return Figure{}, &FieldError{Field: field, Err: ErrMissing}
	}
	if a.Label == "" {
		return Figure{}, &FieldError{Field: field + ".label", Err: ErrMissing}
	}
	v, err := parseCents(a.Amount)
	if err != nil {
		return Figure{}, &FieldError{Field: field + ".amount", Err: err}
	}
	if err := datafile.InField("source", docs.Resolve(a.Source)); err != nil {
		return Figure{}, datafile.InField(field, err)
	}
	return Figure{ID: field, Label: a.Label, Value: v, Unit: UnitEuro, Source: *a.Source}, nil
}

func (c *clientsJSON) build(name string, docs Documents) ([]ClientCount, error) {
	if err := datafile.InField("source", docs.Resolve(c.Source)); err != nil {
		return nil, datafile.NewDataError(name, "clients", err)
	}
	if len(c.Provisions) == 0 {
		return nil, &DataError{File: name, Record: "clients", Field: "provisions", Err: ErrMissing}
	}
	var out []ClientCount
	seen := map[string]bool{}
	for i, p := range c.Provisions {
		rec := func() string { // the record, named only for an error
			if p.ID != "" {
				return fmt.Sprintf("provision %q", p.ID)
			}
			return fmt.Sprintf("clients.provisions[%d]", i)
		}
		switch {
		case p.ID == "":
			return nil, &DataError{File: name, Record: rec(), Field: "id", Err: ErrMissing}
		case seen[p.ID]:
			return nil, &DataError{File: name, Record: rec(), Field: "id", Err: ErrDuplicateID}
		case p.Label == "":
			return nil, &DataError{File: name, Record: rec(), Field: "label", Err: ErrMissing}
		case len(p.Counts) == 0:
			return nil, &DataError{File: name, Record: rec(), Field: "counts", Err: ErrMissing}
		}
		seen[p.ID] = true
		cc := ClientCount{ID: p.ID, Label: p.Label, Counts: map[Year]int{}, Source: *c.Source}
		cc.Source.Quote = p.Quote
		for k, n := range p.Counts {
			y, err := ParseYear(k)
			if err != nil {
				return nil, &DataError{File: name, Record: rec(), Field: "counts." + k, Err: err}
			}
			if n < 0 {
				return nil, &DataError{File: name, Record: rec(), Field: "counts." + k, Err: fmt.Errorf("a client count cannot be negative: %d", n)}
			}
			cc.Counts[y] = n
		}
		out = append(out, cc)
	}
	return out, nil
}

func (c *contextJSON) build(docs Documents) (Figure, error) {
	switch {
	case c.ID == "":
		return Figure{}, &FieldError{Field: "id", Err: ErrMissing}
	case c.Label == "":
		return Figure{}, &FieldError{Field: "label", Err: ErrMissing}
	case !c.Unit.valid():
		return Figure{}, &FieldError{Field: "unit", Err: fmt.Errorf("unknown unit %q (want %s, %s, %s or %s)", c.Unit, UnitEuro, UnitEuroPerMonth, UnitPercent, UnitPercentPerYear)}
	}
	v, err := ParseDecimal(c.Value)
	if err != nil {
		return Figure{}, &FieldError{Field: "value", Err: err}
	}
	fig := Figure{ID: c.ID, Label: c.Label, Value: v, Unit: c.Unit, Approx: c.Approx, Note: c.Note}
	if c.Period != nil {
		p := *c.Period
		if (p.From != 0 && !p.From.Valid()) || (p.To != 0 && !p.To.Valid()) || (p.From != 0 && p.To != 0 && p.To < p.From) {
			return Figure{}, &FieldError{Field: "period", Err: fmt.Errorf("%w: %d–%d", ErrBadYear, p.From, p.To)}
		}
		fig.Period = p
	}
	if err := datafile.InField("source", docs.Resolve(c.Source)); err != nil {
		return Figure{}, err
	}
	fig.Source = *c.Source
	return fig, nil
}

// parseCents parses a machine-form amount with at most two decimals.
func parseCents(s string) (decimal.Decimal, error) {
	if s == "" {
		return decimal.Decimal{}, ErrMissing
	}
	d, err := ParseDecimal(s)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return d, CheckAmount(d)
}
