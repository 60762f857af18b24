package budget

import (
	"io"

	"github.com/hilversum/sociaaldomein/internal/datafile"
)

// SaveFacts writes f in the data-file form that [LoadFacts] reads, so a
// municipality can start a corrected file from the embedded one. Loading what
// SaveFacts wrote gives f back.
func SaveFacts(w io.Writer, f Facts) error {
	b := f.Begroting2023
	file := factsFile{Document: f.Document, Documents: f.Documents}
	bj := &budgetJSON{
		Year:             b.Year,
		ZorglastenWmo:    amountOf(b.ZorglastenWmo),
		WmoWelzijnIn61:   amountOf(b.WmoWelzijnIn61),
		TaakveldenSource: &b.TaakveldenSource,
		TaakveldenTotaal: b.TaakveldenTotal().String(),
	}
	src := b.TaakveldenSource.Unresolved()
	for _, t := range b.Taakvelden {
		bj.Taakvelden = append(bj.Taakvelden, taakveldJSON{ID: t.ID, Label: t.Label, Amount: t.Value.String(), Quote: t.Source.Quote})
	}
	src.Quote = ""
	bj.TaakveldenSource = &src
	file.Begroting2023 = bj
	cj := &clientsJSON{}
	for i, c := range f.Clients {
		if i == 0 {
			s := c.Source.Unresolved()
			s.Quote = ""
			cj.Source = &s
		}
		p := provisionJSON{ID: c.ID, Label: c.Label, Counts: map[string]int{}, Quote: c.Source.Quote}
		for y, n := range c.Counts {
			p.Counts[y.String()] = n
		}
		cj.Provisions = append(cj.Provisions, p)
	}
	file.Clients = cj
	for _, c := range f.Context {
		s := c.Source.Unresolved()
		cx := contextJSON{ID: c.ID, Label: c.Label, Value: c.Value.String(), Unit: c.Unit, Approx: c.Approx, Note: c.Note, Source: &s}
		if c.Period != (Period{}) {
			p := c.Period
			cx.Period = &p
		}
		file.Context = append(file.Context, cx)
	}
	return datafile.WriteIndented(w, file.appendJSON(nil), "  ")
}

func amountOf(f Figure) *amountJSON {
	s := f.Source.Unresolved()
	return &amountJSON{Label: f.Label, Amount: f.Value.String(), Source: &s}
}

// SaveTaakstelling writes t in the data-file form that [LoadTaakstelling]
// reads, with t.Documents as the file's documents; document is the id of the
// one the file comes from.
func SaveTaakstelling(w io.Writer, document string, t Target) error {
	amounts, src := t.Amounts, t.Source.Unresolved()
	f := raadsvoorstelFile{Document: document, Documents: t.Documents, Taakstelling: &targetJSON{Label: t.Label, Amounts: &amounts, Source: &src}}
	return datafile.WriteIndented(w, f.appendJSON(nil), "  ")
}
