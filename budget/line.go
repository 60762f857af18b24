package budget

import (
	"strings"

	"github.com/hilversum/sociaaldomein/internal/exact"
	"github.com/shopspring/decimal"
)

// Source says where a figure comes from, so the calculator can show a
// resident the document, the section or table, and the printed words.
//
// Document names the document: the id of one the data file declares in its
// "documents" list (see [Document]), or a public source outside them named
// in full, with its URL. Title, Year and Reference are not in a data file's
// source: the loader fills them in from the document ([Documents.Resolve]),
// so that whoever shows a source shows the document's title and year
// ([Source.Citation]), never an id or a file name.
type Source struct {
	Document  string `json:"document"`            // id of a document of the data file, or a public source named in full
	Title     string `json:"title,omitempty"`     // the document's title, from the data file's documents (set by the loader)
	Year      Year   `json:"year,omitempty"`      // the document's year (set by the loader; 0 for a public source outside the documents)
	Reference string `json:"reference,omitempty"` // the council's reference, where the document prints one (set by the loader)
	Section   string `json:"section"`             // section or table within the document
	Quote     string `json:"quote,omitempty"`     // the words as printed, where a short quote helps
	URL       string `json:"url,omitempty"`       // for a public source outside the file's documents
	Date      string `json:"date,omitempty"`      // reference date of the figure, where the source gives one
	Remark    string `json:"remark,omitempty"`    // how the figure was derived, when it is not printed as such
}

// Check reports a missing source (s is nil), or one without document or
// section, as a [*FieldError] (on "document" or "section"; the caller adds
// the path to the source): every figure in a data file must say where it
// comes from.
func (s *Source) Check() error {
	switch {
	case s == nil:
		return &FieldError{Err: ErrMissing}
	case strings.TrimSpace(s.Document) == "":
		return &FieldError{Field: "document", Err: ErrMissing}
	case strings.TrimSpace(s.Section) == "":
		return &FieldError{Field: "section", Err: ErrMissing}
	}
	return nil
}

// Line is one cost line of a table: an id, a label as printed, amounts per
// year, and where it comes from. A pro memorie line (PM) has no amount: it is
// known to exist, not yet known in size.
type Line struct {
	ID      string // stable identifier, unique within its table
	Label   string // the description as printed in the source
	Amounts Series // the published amounts; empty for a pm line
	PM      bool   // pro memorie: no amount, totals leave it out and say "+ pm"
	Group   string // optional grouping within a table (e.g. which lines secure the Corona herstelagenda)
	Source  Source
}

// Amount returns the line's amount for y. It returns false for a pm line and
// for a year the source did not publish.
func (l Line) Amount(y Year) (decimal.Decimal, bool) {
	if l.PM {
		return decimal.Decimal{}, false
	}
	return l.Amounts.At(y)
}

// Total is the sum of a set of lines for one year.
type Total struct {
	Amount decimal.Decimal // sum of the non-pm lines; meaningful only when Known
	Known  bool            // every non-pm line has an amount for the year
	PM     int             // number of pm lines left out of Amount
	Lines  int             // number of non-pm lines summed
}

// AsAmount returns the total as an [Amount]: unknown when a line has no
// amount for the year (an unpublished year is not pm), else the sum with PM
// set when pm lines were left out.
func (t Total) AsAmount() Amount {
	if !t.Known {
		return Amount{}
	}
	return Amount{Value: t.Amount, Known: true, PM: t.PM > 0}
}

// Sum totals lines for year y. Pro memorie lines are left out and counted in
// Total.PM, so a caller can say "+ pm". When a non-pm line has no amount for y
// the total is unknown (Known false): an unpublished year is not zero.
func Sum(lines []Line, y Year) Total {
	var t Total
	t.Known = true
	// The amounts are added as int64 coefficients at the smallest exponent
	// (as decimal.Add rescales them) while they fit, else with Add: the
	// same decimal either way, without a math/big value per line.
	var acc int64
	var exp int32 // of acc; that of decimal.Decimal{}, which Add starts from
	fast := true
	for _, l := range lines {
		if l.PM {
			t.PM++
			continue
		}
		a, ok := l.Amounts.At(y)
		if !ok {
			t.Known = false
			continue
		}
		t.Lines++
		if fast {
			if fast = addScaled(&acc, &exp, a); fast {
				continue
			}
			t.Amount = decimal.New(acc, exp)
		}
		t.Amount = t.Amount.Add(a)
	}
	if fast && t.Lines > 0 {
		t.Amount = decimal.New(acc, exp)
	}
	if !t.Known {
		t.Amount = decimal.Decimal{}
	}
	return t
}

// addScaled adds a to the decimal acc·10^exp, rescaling to the smaller
// exponent; false when a number does not fit in an int64 (acc and exp are
// then unchanged).
func addScaled(acc *int64, exp *int32, a decimal.Decimal) bool {
	if a.NumDigits() > 18 {
		return false
	}
	c, e := a.CoefficientInt64(), a.Exponent()
	sum, se := *acc, *exp
	var ok bool
	if e < se {
		if sum, ok = exact.MulPow10(sum, int(se-e)); !ok {
			return false
		}
		se = e
	} else if c, ok = exact.MulPow10(c, int(e-se)); !ok {
		return false
	}
	if s := sum + c; (s > sum) == (c > 0) || c == 0 {
		*acc, *exp = s, se
		return true
	}
	return false
}

// Format renders the total in the locale in whole euros, by the one "+ pm"
// formatter [Locale.WithPM]: "€ 500.000 + pm", or "onbekend" / "unknown"
// for an unknown year.
func (t Total) Format(l Locale) string { return l.WithPM(t.AsAmount()) }
