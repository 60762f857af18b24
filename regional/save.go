package regional

import (
	"io"

	"github.com/hilversum/sociaaldomein/internal/datafile"
)

// Save writes p in the data-file form that [Load] reads, so a municipality
// can start a corrected file from the embedded one. Loading what Save wrote
// gives an equal Programme, with the same notes and regional spending.
// Quantified pm effects ([Programme.Quantify]) are written as amounts.
func Save(w io.Writer, p *Programme) error {
	msrc, share := p.municipalitySource.Unresolved(), p.published.source.Unresolved()
	f := fileJSON{
		Document:  p.document,
		Documents: p.notes.documents,
		HilversumShare: &shareJSON{
			Municipality: p.municipalities[p.published.index].ID,
			Share:        p.published.share.String(),
			Source:       &share,
		},
		Municipalities: &municipalities{Source: &msrc},
	}
	for _, m := range p.municipalities {
		src, n := m.Source.Unresolved(), m.Inhabitants
		f.Municipalities.List = append(f.Municipalities.List, municipalityJSON{ID: m.ID, Name: m.Name, Inhabitants: &n, Source: &src})
	}
	for _, m := range p.measures {
		f.Measures = append(f.Measures, measureToJSON(m))
	}
	for _, m := range p.proposed {
		f.Proposed = append(f.Proposed, measureToJSON(m))
	}
	if fig := p.notes.spending; fig.ID != "" {
		v, src := fig.Value.String(), fig.Source.Unresolved()
		f.RegionalSpending = &figureJSON{ID: fig.ID, Label: fig.Label, Value: &v, Unit: fig.Unit, Approx: fig.Approx, Source: &src}
	}
	for _, n := range p.notes.list {
		src := n.Source.Unresolved()
		f.Notes = append(f.Notes, noteJSON{ID: n.ID, Title: n.Title, Text: n.Text, Source: &src})
	}
	return datafile.WriteIndented(w, f.appendJSON(nil), "  ")
}

func measureToJSON(m Measure) measureJSON {
	src := m.Source.Unresolved()
	mj := measureJSON{ID: m.ID, Name: m.Name, Explanation: m.Explanation, Domain: m.Domain.ID(), Law: string(m.Law), PM: m.PM, Source: &src}
	if !m.PM {
		e := m.Effect.String()
		mj.Effect = &e
	}
	for _, ce := range m.CrossEffects {
		cs := ce.Source.Unresolved()
		cj := crossEffectJSON{Domain: ce.Domain.ID(), PM: ce.PM, Source: &cs}
		if !ce.PM {
			a := ce.Amount.String()
			cj.Amount = &a
		}
		mj.CrossEffects = append(mj.CrossEffects, cj)
	}
	for _, r := range m.Remarks {
		rs := r.Source.Unresolved()
		mj.Remarks = append(mj.Remarks, remarkJSON{Text: r.Text, Source: &rs})
	}
	mj.MayRaiseCosts = m.MayRaiseCosts
	return mj
}
