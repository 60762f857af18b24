package regional

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/hilversum/sociaaldomein/internal/datafile"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/shopspring/decimal"
)

//go:embed data/actieprogramma.json
var actieprogrammaJSON []byte

// DataFile is the name under which the embedded data file appears in errors.
const DataFile = "regional/data/actieprogramma.json"

// Errors that the loader and the validating constructors wrap, so callers can
// test with errors.Is. Each is reported inside a [*budget.FieldError] or a
// [*budget.DataError] that names the field.
var (
	ErrUnknownMunicipality = errors.New("unknown municipality")
	ErrUnknownMeasure      = errors.New("unknown measure")
	ErrUnknownDomain       = errors.New("unknown domain")
	ErrUnknownLaw          = errors.New("unknown law (want Jeugdwet or Wmo)")
	ErrNegative            = errors.New("must not be negative")
	ErrFraction            = errors.New("must be a fraction between 0 and 1")
	ErrSumNotOne           = errors.New("shares must sum to exactly 1")
	ErrTooManyDecimals     = errors.New("too many decimals")
	ErrTooLarge            = errors.New("too large")
	ErrNotPM               = errors.New("effect is not pro memorie")
	ErrPoolTooSmall        = errors.New("pool size smaller than a saving in it")
	ErrTooManyMeasures     = errors.New("too many measures")
	ErrCount               = errors.New("wrong number of municipalities")
	ErrOrder               = errors.New("ends out of order")
	ErrShare               = errors.New("must be a share between -1 and 1")
)

// Law is the act a measure falls under.
type Law string

// The two laws of the sociaal domein the programme touches.
const (
	Jeugdwet Law = "Jeugdwet" // Youth Act
	Wmo      Law = "Wmo"      // Social Support Act (Wet maatschappelijke ondersteuning)
)

// Municipality is one of the 7 municipalities that carry the programme,
// with its number of inhabitants and where that number comes from.
type Municipality struct {
	ID          string // stable identifier, e.g. "hilversum"
	Name        string // e.g. "Hilversum"
	Inhabitants int64
	Source      budget.Source // source of Inhabitants, with its reference date
}

// Remark is what Hilversum's zienswijze says about a measure.
type Remark struct {
	Text   string
	Source budget.Source
}

// CrossEffect is an effect a measure has in another pool than its own
// domain: "Heronderzoek van de wachtlijst" costs in Beschermd wonen and saves
// in begeleiding. A pro memorie (PM) cross effect has no amount and does not
// count until a caller supplies one with [Programme.Quantify].
type CrossEffect struct {
	Domain Domain
	Amount decimal.Decimal // budget effect, negative = saving; meaningful only when !PM
	PM     bool
	Source budget.Source
}

// Measure is one measure of the regional actieprogramma.
//
// Effect is the regional budget effect in 2024 exactly as published, for the
// 7 municipalities together: negative = saving, positive = cost. It lies in
// the measure's own Domain; effects elsewhere are CrossEffects.
type Measure struct {
	ID          string
	Name        string // as printed, the part before the colon
	Domain      Domain
	Effect      decimal.Decimal
	Law         Law
	Explanation string // as printed, the part after the colon; may be empty
	Source      budget.Source
	// PM marks a measure without a published amount (the zienswijze's
	// proposed Wmo-vervoer measure). Effect is zero and does not count.
	PM           bool
	CrossEffects []CrossEffect
	Remarks      []Remark // Hilversum's zienswijze on this measure
	// MayRaiseCosts marks a measure the seed says may raise costs instead
	// of saving (the AEF study, 004:160-171); one of its Remarks quotes
	// the passage. The default pessimistic realisation of such a measure
	// is below zero: see [DefaultCases].
	MayRaiseCosts bool
}

// Saving returns the measure's saving in its own domain: -Effect, so positive
// is money saved and a cost is negative.
func (m Measure) Saving() decimal.Decimal { return m.Effect.Neg() }

// Note is a passage of the raadsvoorstel that a reader of the programme
// needs besides the measures: what the 7 municipalities spend in all,
// Hilversum's zienswijze on the programme as a whole, and the risks the
// college names. The calculator shows residents Title and Text, which are
// plain Dutch; Source quotes the seed, so that every claim can be checked.
type Note struct {
	ID     string // stable identifier, e.g. "zienswijze-1"
	Title  string // short Dutch title
	Text   string // plain Dutch, at most two short sentences
	Source budget.Source
}

// programmeNotes is what the data file says about the programme as a whole
// rather than about one measure. A Programme holds it by value and never
// changes it; the accessors return copies.
type programmeNotes struct {
	list      []Note
	spending  budget.Figure    // zero when the file has no regional_spending
	documents budget.Documents // the documents the data file cites
}

// Notes returns the programme-level notes of the data file, in the file's
// order: for the embedded file "regional-spending", "zienswijze-1",
// "zienswijze-2", "risico-capaciteit", "risico-vroegsignalering" and
// "risico-samenwerking". They put the measures in perspective: the seed
// warns that the costs may keep rising and that the savings are only known
// for the region as a whole. The slice is a copy.
func (p *Programme) Notes() []Note { return slices.Clone(p.notes.list) }

// RegionalSpending returns what the 7 municipalities together spend on Wmo
// and Jeugdzorg: "zo'n 100 miljoen euro" (004:87-88), so Approx is true. The
// seed gives it to put the savings of the measures in perspective; it names
// no year, so the Period is open. A data file without regional_spending
// gives the zero Figure (ID "").
func (p *Programme) RegionalSpending() budget.Figure { return p.notes.spending }

// Documents returns the documents the data file cites, with their titles,
// years and references: every source of the programme names one of them or
// is a public source named in full with its URL. For the embedded file: the
// raadsvoorstel ([budget.SeedRaadsvoorstel]). The slice is a copy.
func (p *Programme) Documents() budget.Documents { return slices.Clone(p.notes.documents) }

// Default returns the programme of the embedded data file. The data is part
// of the program and tested; the returned value must not be modified (every
// accessor returns copies).
func Default() *Programme { return defaultProgramme() }

var defaultProgramme = sync.OnceValue(func() *Programme {
	p, err := Load(bytes.NewReader(actieprogrammaJSON), DataFile)
	if err != nil {
		// The embedded file is part of the program and covered by tests:
		// a failure here is a build defect, not bad input.
		panic(err)
	}
	return p
})

// Measures returns the 14 measures of the seed, in the seed's order.
func Measures() []Measure { return Default().Measures() }

// Municipalities returns the 7 municipalities of the programme with their
// inhabitants and source.
//
// Which 7: the regio Gooi en Vechtstreek had 8 members in 2021. Eemnes (in
// the province of Utrecht) arranged its youth care with another region, and
// Hilversum's published share of "ongeveer 35%" by inhabitants fits the 8
// without Eemnes (35.1 %) far better than the 8 without Weesp (36.7 %). The
// list is data (regional/data/actieprogramma.json), not code.
func Municipalities() []Municipality { return Default().Municipalities() }

// ProposedMeasures returns the measures Hilversum's zienswijze proposes in
// addition to the 14: fewer Wmo-taxi rides to Tergooi through video calls and
// the Beter Dichtbij app. They are pro memorie.
func ProposedMeasures() []Measure { return Default().Proposed() }

// JSON form of the data file.
type fileJSON struct {
	Document       string           `json:"document"`
	Documents      budget.Documents `json:"documents"`
	HilversumShare *shareJSON       `json:"hilversum_share"`
	Municipalities *municipalities  `json:"municipalities"`
	Measures       []measureJSON    `json:"measures"`
	Proposed       []measureJSON    `json:"proposed"`
	// RegionalSpending and Notes are optional, so that a corrected file
	// written before they existed still loads; when present they are
	// checked as strictly as the measures.
	RegionalSpending *figureJSON `json:"regional_spending,omitempty"`
	Notes            []noteJSON  `json:"notes,omitempty"`
}

type figureJSON struct {
	ID     string         `json:"id"`
	Label  string         `json:"label"`
	Value  *string        `json:"value"`
	Unit   budget.Unit    `json:"unit"`
	Approx bool           `json:"approximate"`
	Source *budget.Source `json:"source"`
}

type noteJSON struct {
	ID     string         `json:"id"`
	Title  string         `json:"title"`
	Text   string         `json:"text"`
	Source *budget.Source `json:"source"`
}

type shareJSON struct {
	Municipality string         `json:"municipality"`
	Share        string         `json:"share"`
	Source       *budget.Source `json:"source"`
}

type municipalities struct {
	Source *budget.Source     `json:"source"`
	List   []municipalityJSON `json:"list"`
}

type municipalityJSON struct {
	ID          string         `json:"id"`
	Name        string         `json:"name"`
	Inhabitants *int64         `json:"inhabitants"`
	Source      *budget.Source `json:"source"`
}

type measureJSON struct {
	ID            string            `json:"id"`
	Name          string            `json:"name"`
	Explanation   string            `json:"explanation"`
	Domain        string            `json:"domain"`
	Law           string            `json:"law"`
	Effect        *string           `json:"effect"`
	PM            bool              `json:"pm"`
	Source        *budget.Source    `json:"source"`
	CrossEffects  []crossEffectJSON `json:"cross_effects"`
	Remarks       []remarkJSON      `json:"remarks"`
	MayRaiseCosts bool              `json:"may_raise_costs"`
}

type crossEffectJSON struct {
	Domain string         `json:"domain"`
	Amount *string        `json:"amount"`
	PM     bool           `json:"pm"`
	Source *budget.Source `json:"source"`
}

type remarkJSON struct {
	Text   string         `json:"text"`
	Source *budget.Source `json:"source"`
}

// Load reads a programme from a data file in the form of the embedded
// regional/data/actieprogramma.json; name identifies the file in errors. A
// municipality can load a corrected file this way. Every failure is a
// [*budget.DataError] naming the file, the record and the field; unknown and
// duplicate keys are errors.
func Load(r io.Reader, name string) (*Programme, error) {
	data, err := datafile.Read(r, name)
	if err != nil {
		return nil, err
	}
	var f fileJSON
	if err := datafile.ParseOwned(data, f.decodeJSON); err != nil {
		return nil, datafile.NewDataError(name, "", err)
	}
	if err := f.Documents.CheckFile(f.Document); err != nil {
		return nil, datafile.NewDataError(name, "", err)
	}
	docs := f.Documents
	p := &Programme{document: f.Document}
	p.notes.documents = docs
	if f.Municipalities == nil {
		return nil, &budget.DataError{File: name, Field: "municipalities", Err: budget.ErrMissing}
	}
	if err := datafile.InField("source", docs.Resolve(f.Municipalities.Source)); err != nil {
		return nil, datafile.NewDataError(name, "municipalities", err)
	}
	p.municipalitySource = *f.Municipalities.Source
	seen := map[string]bool{}
	for i, mj := range f.Municipalities.List {
		rec := func() string { // the record, named only for an error
			if mj.ID != "" {
				return fmt.Sprintf("municipality %q", mj.ID)
			}
			return fmt.Sprintf("municipality %d", i)
		}
		m, err := mj.build(docs)
		if err != nil {
			return nil, datafile.NewDataError(name, rec(), err)
		}
		if seen[m.ID] {
			return nil, &budget.DataError{File: name, Record: rec(), Field: "id", Err: budget.ErrDuplicateID}
		}
		seen[m.ID] = true
		p.municipalities = append(p.municipalities, m)
	}
	if len(p.municipalities) != NumMunicipalities {
		return nil, &budget.DataError{File: name, Field: "municipalities.list", Err: fmt.Errorf("%w: %d, want %d", ErrCount, len(p.municipalities), NumMunicipalities)}
	}
	if f.HilversumShare == nil {
		return nil, &budget.DataError{File: name, Field: "hilversum_share", Err: budget.ErrMissing}
	}
	if err := p.setPublishedShare(f.HilversumShare); err != nil {
		return nil, datafile.NewDataError(name, "hilversum_share", err)
	}
	if err := docs.Resolve(&p.published.source); err != nil {
		return nil, datafile.NewDataError(name, "hilversum_share", datafile.InField("source", err))
	}
	ids := map[string]bool{}
	for i, mj := range f.Measures {
		rec := func() string { return measureRecord(i, mj.ID) }
		m, err := mj.build(docs, false)
		if err != nil {
			return nil, datafile.NewDataError(name, rec(), err)
		}
		if ids[m.ID] {
			return nil, &budget.DataError{File: name, Record: rec(), Field: "id", Err: budget.ErrDuplicateID}
		}
		ids[m.ID] = true
		p.measures = append(p.measures, m)
	}
	if len(p.measures) == 0 {
		return nil, &budget.DataError{File: name, Field: "measures", Err: budget.ErrMissing}
	}
	if len(p.measures) > MaxMeasures {
		return nil, &budget.DataError{File: name, Field: "measures", Err: fmt.Errorf("%w: %d, at most %d", ErrTooManyMeasures, len(p.measures), MaxMeasures)}
	}
	for i, mj := range f.Proposed {
		rec := func() string { return "proposed " + measureRecord(i, mj.ID) }
		m, err := mj.build(docs, true)
		if err != nil {
			return nil, datafile.NewDataError(name, rec(), err)
		}
		if ids[m.ID] {
			return nil, &budget.DataError{File: name, Record: rec(), Field: "id", Err: budget.ErrDuplicateID}
		}
		ids[m.ID] = true
		p.proposed = append(p.proposed, m)
	}
	if f.RegionalSpending != nil {
		fig, err := f.RegionalSpending.build(docs)
		if err != nil {
			return nil, datafile.NewDataError(name, "regional_spending", err)
		}
		p.notes.spending = fig
	}
	noteIDs := map[string]bool{}
	for i, nj := range f.Notes {
		rec := func() string { // the record, named only for an error
			if nj.ID != "" {
				return fmt.Sprintf("note %q", nj.ID)
			}
			return fmt.Sprintf("note %d", i)
		}
		n, err := nj.build(docs)
		if err != nil {
			return nil, datafile.NewDataError(name, rec(), err)
		}
		if noteIDs[n.ID] {
			return nil, &budget.DataError{File: name, Record: rec(), Field: "id", Err: budget.ErrDuplicateID}
		}
		noteIDs[n.ID] = true
		p.notes.list = append(p.notes.list, n)
	}
	if err := p.index(); err != nil {
		return nil, datafile.NewDataError(name, "", err)
	}
	p.publishedK, p.inhabitantsK = p.publishedKey(), p.inhabitantsKey()
	return p, nil
}

func (nj noteJSON) build(docs budget.Documents) (Note, error) {
	switch {
	case nj.ID == "":
		return Note{}, &budget.FieldError{Field: "id", Err: budget.ErrMissing}
	case nj.Title == "":
		return Note{}, &budget.FieldError{Field: "title", Err: budget.ErrMissing}
	case nj.Text == "":
		return Note{}, &budget.FieldError{Field: "text", Err: budget.ErrMissing}
	}
	if err := datafile.InField("source", docs.Resolve(nj.Source)); err != nil {
		return Note{}, err
	}
	return Note{ID: nj.ID, Title: nj.Title, Text: nj.Text, Source: *nj.Source}, nil
}

// build checks the regional spending figure: an amount in euros, positive,
// whole cents, with its source.
func (fj figureJSON) build(docs budget.Documents) (budget.Figure, error) {
	switch {
	case fj.ID == "":
		return budget.Figure{}, &budget.FieldError{Field: "id", Err: budget.ErrMissing}
	case fj.Label == "":
		return budget.Figure{}, &budget.FieldError{Field: "label", Err: budget.ErrMissing}
	case fj.Value == nil:
		return budget.Figure{}, &budget.FieldError{Field: "value", Err: budget.ErrMissing}
	case fj.Unit == "":
		return budget.Figure{}, &budget.FieldError{Field: "unit", Err: budget.ErrMissing}
	case fj.Unit != budget.UnitEuro:
		return budget.Figure{}, &budget.FieldError{Field: "unit", Err: fmt.Errorf("%q is not %q: spending is an amount in euros", text.Clip(string(fj.Unit), text.MaxQuote), budget.UnitEuro)}
	}
	v, err := parseAmount(*fj.Value)
	if err != nil {
		return budget.Figure{}, &budget.FieldError{Field: "value", Err: err}
	}
	if !v.IsPositive() {
		return budget.Figure{}, &budget.FieldError{Field: "value", Err: fmt.Errorf("%w: spending %s must be more than zero", budget.ErrBadAmount, v)}
	}
	if err := datafile.InField("source", docs.Resolve(fj.Source)); err != nil {
		return budget.Figure{}, err
	}
	return budget.Figure{ID: fj.ID, Label: fj.Label, Value: v, Unit: fj.Unit, Approx: fj.Approx, Source: *fj.Source}, nil
}

func measureRecord(i int, id string) string {
	if id != "" {
		return fmt.Sprintf("measure %q", id)
	}
	return fmt.Sprintf("measure %d", i)
}

func (mj municipalityJSON) build(docs budget.Documents) (Municipality, error) {
	switch {
	case mj.ID == "":
		return Municipality{}, &budget.FieldError{Field: "id", Err: budget.ErrMissing}
	case mj.Name == "":
		return Municipality{}, &budget.FieldError{Field: "name", Err: budget.ErrMissing}
	case mj.Inhabitants == nil:
		return Municipality{}, &budget.FieldError{Field: "inhabitants", Err: budget.ErrMissing}
	case *mj.Inhabitants <= 0 || *mj.Inhabitants > 100_000_000:
		return Municipality{}, &budget.FieldError{Field: "inhabitants", Err: fmt.Errorf("%w: %d is not a number of inhabitants", budget.ErrBadAmount, *mj.Inhabitants)}
	}
	if err := datafile.InField("source", docs.Resolve(mj.Source)); err != nil {
		return Municipality{}, err
	}
	return Municipality{ID: mj.ID, Name: mj.Name, Inhabitants: *mj.Inhabitants, Source: *mj.Source}, nil
}

func (mj measureJSON) build(docs budget.Documents, proposed bool) (Measure, error) {
	m := Measure{ID: mj.ID, Name: mj.Name, Explanation: mj.Explanation, PM: mj.PM}
	switch {
	case mj.ID == "":
		return m, &budget.FieldError{Field: "id", Err: budget.ErrMissing}
	case mj.Name == "":
		return m, &budget.FieldError{Field: "name", Err: budget.ErrMissing}
	}
	d, err := ParseDomain(mj.Domain)
	if err != nil {
		return m, &budget.FieldError{Field: "domain", Err: err}
	}
	m.Domain = d
	switch Law(mj.Law) {
	case Jeugdwet, Wmo:
		m.Law = Law(mj.Law)
	case "":
		return m, &budget.FieldError{Field: "law", Err: budget.ErrMissing}
	default:
		return m, &budget.FieldError{Field: "law", Err: fmt.Errorf("%w: %q", ErrUnknownLaw, mj.Law)}
	}
	switch {
	case proposed && !mj.PM:
		return m, &budget.FieldError{Field: "pm", Err: errors.New("a proposed measure is pro memorie")}
	case !proposed && mj.PM:
		return m, &budget.FieldError{Field: "pm", Err: errors.New("the 14 measures carry their published effect")}
	case mj.PM && mj.Effect != nil:
		return m, &budget.FieldError{Field: "effect", Err: errors.New("a pm measure has no amount")}
	case !mj.PM && mj.Effect == nil:
		return m, &budget.FieldError{Field: "effect", Err: budget.ErrMissing}
	case !mj.PM:
		e, err := parseAmount(*mj.Effect)
		if err != nil {
			return m, &budget.FieldError{Field: "effect", Err: err}
		}
		m.Effect = e
	}
	if err := datafile.InField("source", docs.Resolve(mj.Source)); err != nil {
		return m, err
	}
	m.Source = *mj.Source
	for i, cj := range mj.CrossEffects {
		field := func() string { return fmt.Sprintf("cross_effects[%d]", i) } // named only for an error
		ce, err := cj.build(docs)
		if err != nil {
			return m, datafile.InField(field(), err)
		}
		if ce.Domain == m.Domain || slices.ContainsFunc(m.CrossEffects, func(c CrossEffect) bool { return c.Domain == ce.Domain }) {
			return m, &budget.FieldError{Field: field() + ".domain", Err: fmt.Errorf("%w: the measure already has an effect in %s", budget.ErrDuplicateKey, ce.Domain.ID())}
		}
		m.CrossEffects = append(m.CrossEffects, ce)
	}
	for i, rj := range mj.Remarks {
		field := func() string { return fmt.Sprintf("remarks[%d]", i) } // named only for an error
		if rj.Text == "" {
			return m, &budget.FieldError{Field: field() + ".text", Err: budget.ErrMissing}
		}
		if err := datafile.InField("source", docs.Resolve(rj.Source)); err != nil {
			return m, datafile.InField(field(), err)
		}
		m.Remarks = append(m.Remarks, Remark{Text: rj.Text, Source: *rj.Source})
	}
	if mj.MayRaiseCosts && len(m.Remarks) == 0 {
		return m, &budget.FieldError{Field: "may_raise_costs", Err: fmt.Errorf("%w: a remark quoting the seed must say why the measure may raise costs", budget.ErrMissing)}
	}
	m.MayRaiseCosts = mj.MayRaiseCosts
	return m, nil
}

func (cj crossEffectJSON) build(docs budget.Documents) (CrossEffect, error) {
	d, err := ParseDomain(cj.Domain)
	if err != nil {
		return CrossEffect{}, &budget.FieldError{Field: "domain", Err: err}
	}
	ce := CrossEffect{Domain: d, PM: cj.PM}
	switch {
	case cj.PM && cj.Amount != nil:
		return ce, &budget.FieldError{Field: "amount", Err: errors.New("a pm effect has no amount")}
	case !cj.PM && cj.Amount == nil:
		return ce, &budget.FieldError{Field: "amount", Err: budget.ErrMissing}
	case !cj.PM:
		a, err := parseAmount(*cj.Amount)
		if err != nil {
			return ce, &budget.FieldError{Field: "amount", Err: err}
		}
		ce.Amount = a
	}
	if err := datafile.InField("source", docs.Resolve(cj.Source)); err != nil {
		return ce, err
	}
	ce.Source = *cj.Source
	return ce, nil
}

// parseAmount parses a machine-form amount and checks it is whole cents and
// within the one amount limit.
func parseAmount(s string) (decimal.Decimal, error) {
	a, err := budget.ParseDecimal(s)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return a, checkAmount(a)
}

// checkAmount is [budget.CheckAmount]: the sum of a programme's amounts has
// its own, lower bound (maxTotalCents).
func checkAmount(a decimal.Decimal) error { return budget.CheckAmount(a) }
