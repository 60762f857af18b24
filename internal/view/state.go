package view

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/hilversum/sociaaldomein/scenario"
)

// Catalogue is the data the widget shows: the keuzes, the years of their
// cost tables, and the regional measures. It is read-only once built.
type Catalogue struct {
	Keuzes   []scenario.Option  // A, B, C, D in that order
	Years    []budget.Year      // the years of the cost tables, e.g. 2024–2027
	Measures []regional.Measure // the 14 regional measures, in the seed's order
	// Proposed are the measures Hilversum proposes besides the programme;
	// they are pro memorie and never count in a result.
	Proposed []regional.Measure
	// Proposal is the source of the college's proposal (the preferred keuze).
	Proposal budget.Source
	// Sources of the figures that are not in a keuze or a measure.
	Taakstelling    budget.Target
	ShareSource     budget.Source // Hilversum's published 35 %
	MunicipalitySrc budget.Source // the 7 municipalities and their inhabitants
	Municipalities  []regional.Municipality
	Problems        []string // why a supplied data file was not used (shown as a notice)
	// Notes are the raadsvoorstel's passages on the programme as a whole
	// (regional spending, zienswijze, risks), in plain Dutch with sources.
	Notes []regional.Note
	// Indicative says the keuzes' amounts are estimates ("met name
	// indicatief"), NoBudgetChange that no budget change is proposed yet;
	// each with its source. Empty when the data file has none.
	Indicative, NoBudgetChange             string
	IndicativeSource, NoBudgetChangeSource budget.Source
	// ClientsFrom is the first year of the startnotitie's client counts:
	// the long window of the client growth prognosis (GrowthClientsAll).
	ClientsFrom budget.Year
	// Published is the municipality whose published share the key uses
	// (Hilversum), from the data.
	Published      regional.Municipality
	PublishedShare decimal.Decimal // its published share, e.g. 0.35
	keuzeopties    scenario.Catalog
	programme      *regional.Programme
	data           *scenario.Data
	// doubted are the ids of the measures that may raise costs, and
	// doubtedLow their default pessimistic realisation: the widget's
	// realisation control leaves them as the library has them.
	doubted    []string
	doubtedLow []decimal.Decimal
}

// NewCatalogue returns the catalogue of the library's embedded data: the
// keuzeopties of [scenario.DefaultCatalog], the years their tables
// publish, and the measures of [regional.Measures].
func NewCatalogue() *Catalogue {
	return newCatalogue(scenario.DefaultData())
}

// DataFile is a data file a host page supplies instead of the embedded one:
// its name (shown in errors: a URL or "keuzeopties") and its JSON text.
type DataFile struct {
	Name string
	Text string
	Err  string // why the host could not fetch the file (e.g. "HTTP 404"); shown as a problem
}

// NewCatalogueFrom returns the catalogue of data files the host page
// supplies, each read with the library's validating loader
// (scenario.LoadCatalog, regional.Load). A file that is absent (empty
// Text) or cannot be read leaves the embedded data in its place; each
// failure is listed in Problems, naming the file, the record and the field
// (budget.DataError), for the widget to show.
func NewCatalogueFrom(keuzeopties, actieprogramma DataFile) *Catalogue {
	sc, prog := scenario.DefaultCatalog(), regional.Default()
	var problems []string
	for _, f := range []DataFile{keuzeopties, actieprogramma} {
		if f.Err != "" {
			problems = append(problems, text.Clip(f.Name+": "+f.Err, 300))
		}
	}
	if keuzeopties.Text != "" {
		loaded, err := scenario.LoadCatalog(strings.NewReader(keuzeopties.Text), keuzeopties.Name)
		if err != nil {
			problems = append(problems, text.Clip(err.Error(), 300))
		} else {
			sc = loaded
		}
	}
	if actieprogramma.Text != "" {
		loaded, err := regional.Load(strings.NewReader(actieprogramma.Text), actieprogramma.Name)
		if err != nil {
			problems = append(problems, text.Clip(err.Error(), 300))
		} else {
			prog = loaded
		}
	}
	data, err := scenario.NewData(sc, prog, budget.TaakstellingTarget(), budget.StartnotitieFacts())
	if err != nil {
		problems = append(problems, text.Clip(err.Error(), 300))
		data = scenario.DefaultData()
	}
	c := newCatalogue(data)
	c.Problems = problems
	return c
}

// newCatalogue returns the catalogue of data: what the widget shows and
// what it evaluates against are the same files.
func newCatalogue(data *scenario.Data) *Catalogue {
	sc, prog := data.Catalog(), data.Programme()
	c := &Catalogue{Keuzes: sc.Options(), Measures: prog.Measures(), Proposed: prog.Proposed(),
		Taakstelling: data.Taakstelling(), ShareSource: prog.PublishedShareSource(),
		MunicipalitySrc: prog.MunicipalitySource(), Municipalities: prog.Municipalities(),
		Notes: prog.Notes(), keuzeopties: sc, programme: prog, data: data}
	c.Published, c.PublishedShare = prog.Published()
	if _, src, ok := sc.Proposed(); ok {
		c.Proposal = src
	}
	c.Indicative, c.IndicativeSource = sc.Indicative()
	c.NoBudgetChange, c.NoBudgetChangeSource = sc.NoBudgetChange()
	low := prog.DefaultCases().Low.Realisation
	for i, m := range c.Measures {
		if m.MayRaiseCosts {
			c.doubted = append(c.doubted, m.ID)
			c.doubtedLow = append(c.doubtedLow, low.Of(i))
		}
	}
	c.ClientsFrom = scenario.DefaultGrowthFrom
	for _, cc := range data.Facts().Clients {
		for y := range cc.Counts {
			c.ClientsFrom = min(c.ClientsFrom, y)
		}
	}
	seen := map[budget.Year]bool{}
	for _, o := range c.Keuzes {
		for _, y := range o.Years() {
			if !seen[y] {
				seen[y] = true
				c.Years = append(c.Years, y)
			}
		}
	}
	slices.Sort(c.Years)
	return c
}

// Evaluate evaluates in against the catalogue's data (for the embedded
// data the same as scenario.Evaluate).
func (c *Catalogue) Evaluate(in scenario.Input) (scenario.Outcome, error) {
	if c.data == nil {
		return scenario.Evaluate(in)
	}
	return c.data.Evaluate(in)
}

// measure reports whether id names a measure of the catalogue.
func (c *Catalogue) measure(id string) bool {
	return slices.ContainsFunc(c.Measures, func(m regional.Measure) bool { return m.ID == id })
}

// DefaultOverlap returns the overlap fraction θ the widget starts with when
// the scenario package offers none: halfway between additive (0) and only
// the largest saving per pool (1). It is an assumption and labelled as one.
func DefaultOverlap() decimal.Decimal { return decimal.New(5, -1) }

// Keuze returns the keuze with the given id.
func (c *Catalogue) Keuze(id string) (scenario.Option, bool) {
	for _, k := range c.Keuzes {
		if k.ID == id {
			return k, true
		}
	}
	return scenario.Option{}, false
}

// State is everything the resident chose. It is a value: Update returns a
// new State and never changes its argument.
type State struct {
	Keuze    string          // "A".."D", or "" for none
	Lang     budget.Locale   // budget.Dutch (default) or budget.English
	Measures []string        // ids of the switched-on measures, in catalogue order
	Overlap  decimal.Decimal // overlap fraction θ in [0, 1], an assumption
	// Low is the share of its published maximum that each measure reaches
	// in the unfavourable case, in percent: one of LowShares. The measures
	// that may raise costs keep their own (negative) share.
	Low    string
	Key    string      // distribution key: scenario.KeyPublished or scenario.KeyInhabitants
	Ramp   string      // ramp of the effect: RampDefault, RampFull or RampSlow
	Impl   AmountField // regional implementation costs per year; pm unless given
	Other  AmountField // Hilversum's savings per year from other measures; pm unless given
	Growth string      // autonomous growth prognosis: GrowthNone, GrowthClients, GrowthClientsAll or GrowthNational
	// Status is a short message about the last action (a copied link, a
	// downloaded file), announced politely; it is not encoded in the fragment.
	Status StatusKind
	// Announced is what the live region says: the short Announcement of
	// the state when the resident last paused (MsgAnnounce), so a screen
	// reader hears one summary, not every slider step. Not in the fragment.
	Announced string
	// Notice is a message for the resident that is not part of what they
	// chose (e.g. "the shared link could not be read"); it is not encoded
	// in the fragment.
	Notice Notice
}

// Notice is a visible message about something the widget could not do as
// asked, such as reading a malformed share link. The zero Notice shows nothing.
type Notice struct {
	Kind   NoticeKind
	Detail string // what exactly was wrong, shown literally (as text)
}

// NoticeKind says which notice to show.
type NoticeKind int

// The notices.
const (
	NoNotice      NoticeKind = iota
	BadFragment              // the share link in the URL could not be read; the default state is shown
	BadAttributes            // the host page's data-keuze or data-lang could not be used
)

// Config is what the host page asks for through the element's attributes:
// the initial keuze (data-keuze) and language (data-lang).
type Config struct {
	Keuze string // data-keuze: "A".."D"; empty for the default
	Lang  string // data-lang: "nl" or "en"; empty for Dutch
}

// DefaultKeuze is the keuze the widget opens with when the host page does
// not ask for one: the college's preferred option where the catalogue marks
// one, else the first.
func (c *Catalogue) DefaultKeuze() string {
	for _, k := range c.Keuzes {
		if k.Proposed {
			return k.ID
		}
	}
	if len(c.Keuzes) > 0 {
		return c.Keuzes[0].ID
	}
	return ""
}

// Initial returns the state the widget opens with for the host page's
// attributes. Attributes it cannot use are ignored with a notice, never an
// error: a typo on the host page must not break the widget.
func Initial(cfg Config, c *Catalogue) State {
	s := State{Keuze: c.DefaultKeuze(), Overlap: DefaultOverlap(), Low: DefaultLow,
		Key: scenario.KeyPublished, Ramp: RampDefault, Growth: GrowthNone}
	for _, m := range c.Measures {
		s.Measures = append(s.Measures, m.ID)
	}
	var bad []string
	switch cfg.Lang {
	case "", "nl", "nl-NL":
	case "en", "en-GB", "en-US":
		s.Lang = budget.English
	default:
		bad = append(bad, "data-lang="+cfg.Lang)
	}
	if cfg.Keuze != "" {
		if _, ok := c.Keuze(cfg.Keuze); ok {
			s.Keuze = cfg.Keuze
		} else {
			bad = append(bad, "data-keuze="+cfg.Keuze)
		}
	}
	if len(bad) > 0 {
		s.Notice = Notice{Kind: BadAttributes, Detail: text.Clip(joinComma(bad), 80)}
	}
	return s
}

// MsgKind says what a message asks for.
type MsgKind int

// The messages a resident's action sends.
const (
	MsgNone               MsgKind = iota // does nothing
	MsgSelectKeuze                       // Arg: keuze id, or "" for none
	MsgSetLang                           // Arg: "nl" or "en"
	MsgToggleMeasure                     // Arg: measure id; Value: "true" to switch on, "false" off
	MsgSetOverlap                        // Value: θ as a percentage 0–100, as the slider gives it
	MsgDismissNotice                     // hides the notice
	MsgReset                             // back to the initial state (Arg unused)
	MsgSetKey                            // Value: scenario.KeyPublished or scenario.KeyInhabitants
	MsgSetRamp                           // Value: RampDefault, RampFull or RampSlow
	MsgSetImpl                           // Value: the implementation costs as typed ("" or "pm": pro memorie)
	MsgSetOther                          // Value: the other measures' savings as typed ("" or "pm": pro memorie)
	MsgSetGrowth                         // Value: GrowthNone, GrowthClients, GrowthClientsAll or GrowthNational
	MsgCopyLink                          // copy the share link (the widget does it; Update only clears Status)
	MsgDownloadCSV                       // download the results as CSV (likewise)
	MsgSetStatus                         // Arg: the StatusKind as a number, set by the widget after an action
	MsgSetLow                            // Value: one of LowShares, the unfavourable realisation in percent
	MsgAnnounce                          // the resident paused: the live region announces the state (the widget sends it, debounced)
	MsgDownloadCSVMachine                // download the results as CSV for analysis software (likewise)
)

// Msg is what an event means: a kind, an argument fixed at render time
// (which keuze, which measure), and the control's value filled in by the DOM
// layer when the event fires.
type Msg struct {
	Kind  MsgKind
	Arg   string
	Value string
}

// Update returns the state after msg. Messages that do not fit the state
// or catalogue (an unknown keuze, a value that does not parse) leave the
// state as it is; Update never panics.
func Update(s State, msg Msg, c *Catalogue, initial State) State {
	switch msg.Kind {
	case MsgSelectKeuze:
		if msg.Arg == "" {
			s.Keuze = ""
		} else if _, ok := c.Keuze(msg.Arg); ok {
			s.Keuze = msg.Arg
		}
	case MsgSetLang:
		switch msg.Arg {
		case "nl":
			s.Lang = budget.Dutch
		case "en":
			s.Lang = budget.English
		}
	case MsgToggleMeasure:
		if c.measure(msg.Arg) {
			s.Measures = toggle(s.Measures, msg.Arg, msg.Value == "true", c)
		}
	case MsgSetOverlap:
		if pct, err := budget.ParseDecimal(strings.TrimSpace(msg.Value)); err == nil &&
			!pct.IsNegative() && pct.LessThanOrEqual(hundred) {
			s.Overlap = pct.Div(hundred)
		}
	case MsgDismissNotice:
		s.Notice = Notice{}
	case MsgReset:
		s = initial
		s.Notice = Notice{}
		s.Status = StatusReset
		return s
	case MsgSetKey:
		if validKey(msg.Value) {
			s.Key = msg.Value
		}
	case MsgSetRamp:
		if validRamp(msg.Value) {
			s.Ramp = msg.Value
		}
	case MsgSetGrowth:
		if validGrowth(msg.Value) {
			s.Growth = msg.Value
		}
	case MsgSetLow:
		if validLow(msg.Value) {
			s.Low = msg.Value
		}
	case MsgSetImpl:
		s.Impl = s.Impl.Typed(msg.Value)
	case MsgSetOther:
		s.Other = s.Other.Typed(msg.Value)
	case MsgAnnounce:
		s.Announced = Announcement(s, c)
		return s
	case MsgSetStatus:
		if k, ok := statusOf(msg.Arg); ok {
			s.Status = k
		}
		return s
	}
	s.Status = StatusNone
	return s
}

var (
	hundred = decimal.NewFromInt(100)
	one     = decimal.NewFromInt(1)
)

// toggle returns the ids of on with id switched on or off, in catalogue
// order, as a new slice.
func toggle(on []string, id string, want bool, c *Catalogue) []string {
	var out []string
	for _, m := range c.Measures {
		has := slices.Contains(on, m.ID)
		if m.ID == id {
			has = want
		}
		if has {
			out = append(out, m.ID)
		}
	}
	return out
}

// Equal reports whether s and t hold the same choices (notices aside).
func (s State) Equal(t State) bool {
	return s.Keuze == t.Keuze && s.Lang == t.Lang &&
		slices.Equal(s.Measures, t.Measures) && s.Overlap.Equal(t.Overlap) &&
		s.Low == t.Low && s.Key == t.Key && s.Ramp == t.Ramp && s.Growth == t.Growth &&
		s.Impl.same(t.Impl) && s.Other.same(t.Other)
}

func joinComma(xs []string) string { return strings.Join(xs, ", ") }
