package budget

import (
	"fmt"
	"strings"
	"time"

	"github.com/hilversum/sociaaldomein/internal/datafile"
	"github.com/hilversum/sociaaldomein/internal/text"
)

// The ids under which the embedded data files declare the two policy
// documents in their "documents" list. An id is internal: what a reader sees
// is the document's title and year, which the data file gives (see
// [Document]). A corrected data file may declare other documents under
// other ids.
const (
	// SeedStartnotitie is the id of the Startnotitie beleidskader
	// Wmo-Samenleving 2024-2030 (2023).
	SeedStartnotitie = "startnotitie-wmo-samenleving-2023"
	// SeedRaadsvoorstel is the id of the Raadsvoorstel regionaal
	// actieprogramma ‘Naar een financieel gezond sociaal domein’ (2021).
	SeedRaadsvoorstel = "raadsvoorstel-actieprogramma-2021"
)

// Document is a published document that a data file cites, as people know
// it: its public title, who published it, its year and date, and the
// council's reference where the document prints one. A data file declares
// the documents it cites in its "documents" list; a [Source] names one by
// its ID, and the loader gives the source the document's Title, Year and
// Reference ([Documents.Resolve]). Nothing a reader sees names a file.
type Document struct {
	// ID is the key by which a source's "document" names this document,
	// unique within the file. It is internal and never shown.
	ID string `json:"id"`
	// Title is the public title, e.g. "Startnotitie beleidskader
	// Wmo-Samenleving 2024-2030".
	Title string `json:"title"`
	// Publisher is who published it, e.g. "Gemeente Hilversum".
	Publisher string `json:"publisher,omitempty"`
	// Year is the year of the document.
	Year Year `json:"year"`
	// Date is the date the document prints for itself (or for the meeting
	// it was written for), as YYYY-MM-DD in Year; "" when it prints none.
	Date string `json:"date,omitempty"`
	// Reference is the council's reference of the document (a
	// raadsvoorstel's registration number) exactly as the document prints
	// it; "" when it prints none. Never invented.
	Reference string `json:"reference,omitempty"`
	// DateNote says how Year and Date are known, quoting the document's
	// words between ‘ and ’, so that a reader can check them.
	DateNote string `json:"date_note,omitempty"`
}

// Documents are the documents a data file cites, in the file's order.
type Documents []Document

// Check reports the first problem of the list as a [*FieldError] whose path
// starts at the list ("[1].title"): an empty list, a document without id,
// title or valid year, a duplicate id, or a date that is not YYYY-MM-DD in
// the document's year.
func (ds Documents) Check() error {
	if len(ds) == 0 {
		return &FieldError{Err: fmt.Errorf("%w: a data file declares the documents its sources cite", ErrMissing)}
	}
	seen := map[string]bool{}
	for i, d := range ds {
		fe := func(field string, err error) error {
			return &FieldError{Field: fmt.Sprintf("[%d].%s", i, field), Err: err}
		}
		switch {
		case strings.TrimSpace(d.ID) == "":
			return fe("id", ErrMissing)
		case seen[d.ID]:
			return fe("id", fmt.Errorf("%w: %q", ErrDuplicateID, text.Clip(d.ID, text.MaxQuote)))
		case strings.TrimSpace(d.Title) == "":
			return fe("title", ErrMissing)
		case d.Year == 0:
			return fe("year", ErrMissing)
		case !d.Year.Valid():
			return fe("year", fmt.Errorf("%w: %d", ErrBadYear, d.Year))
		}
		seen[d.ID] = true
		if d.Date != "" {
			t, err := time.Parse(time.DateOnly, d.Date)
			if err != nil {
				return fe("date", fmt.Errorf("%w: %q is not YYYY-MM-DD", ErrBadYear, text.Clip(d.Date, text.MaxQuote)))
			}
			if Year(t.Year()) != d.Year {
				return fe("date", fmt.Errorf("%w: %s is not in the document's year %d", ErrBadYear, d.Date, d.Year))
			}
		}
	}
	return nil
}

// CheckFile checks the documents of a data file ([Documents.Check]) and the
// file's own "document", the id of the document its figures come from,
// which must be one of them. Errors are [*FieldError] values on
// "documents…" or "document".
func (ds Documents) CheckFile(document string) error {
	if err := ds.Check(); err != nil {
		return datafile.InField("documents", err)
	}
	if strings.TrimSpace(document) == "" {
		return &FieldError{Field: "document", Err: ErrMissing}
	}
	if _, ok := ds.Lookup(document); !ok {
		return &FieldError{Field: "document", Err: fmt.Errorf("%w: %q is not the id of a document in \"documents\"", ErrUnknownDocument, text.Clip(document, text.MaxQuote))}
	}
	return nil
}

// Lookup returns the document with the given id.
func (ds Documents) Lookup(id string) (Document, bool) {
	for _, d := range ds {
		if d.ID == id {
			return d, true
		}
	}
	return Document{}, false
}

// Resolve checks src ([Source.Check]) and gives it the Title, Year and
// Reference of the document its Document field names. A source that names
// no document of the list must be a public source outside them, named in
// full with its URL (a CBS table, a Wikipedia page): its Title is then
// Document itself. Any other name is an error wrapping
// [ErrUnknownDocument], on the field "document". A source as a data file
// gives it carries no title, year or reference: those come from the list,
// and a source that has one is an error on that field.
func (ds Documents) Resolve(src *Source) error {
	if err := src.Check(); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		set  bool
	}{{"title", src.Title != ""}, {"year", src.Year != 0}, {"reference", src.Reference != ""}} {
		if f.set {
			return &FieldError{Field: f.name, Err: fmt.Errorf("%w: a source's title, year and reference come from the file's documents; the source names one by its id in \"document\"", ErrUnknownField)}
		}
	}
	if d, ok := ds.Lookup(src.Document); ok {
		src.Title, src.Year, src.Reference = d.Title, d.Year, d.Reference
		return nil
	}
	if strings.TrimSpace(src.URL) == "" {
		return &FieldError{Field: "document", Err: fmt.Errorf("%w: %q is not the id of a document in the file's \"documents\" (a public source outside them needs its url)", ErrUnknownDocument, text.Clip(src.Document, text.MaxQuote))}
	}
	src.Title = src.Document
	return nil
}

// Unresolved returns the source as a data file writes it: without the
// Title, Year and Reference that [Documents.Resolve] fills in from the
// file's documents.
func (s Source) Unresolved() Source {
	s.Title, s.Year, s.Reference = "", 0, ""
	return s
}

// Name is the source's document as a reader sees it: its title, or Document
// itself when no title was resolved.
func (s Source) Name() string {
	if s.Title != "" {
		return s.Title
	}
	return s.Document
}

// Imprint is what dates and identifies the document beside its title: the
// council's reference where there is one, and the year — "2021", or
// "RV21-012, 2021" — or "" when neither is known.
func (s Source) Imprint() string {
	var parts []string
	if s.Reference != "" {
		parts = append(parts, s.Reference)
	}
	if s.Year != 0 {
		parts = append(parts, s.Year.String())
	}
	return strings.Join(parts, ", ")
}

// Citation is the document's [Source.Name] followed by its
// [Source.Imprint] in brackets: "Startnotitie beleidskader Wmo-Samenleving
// 2024-2030 (2023)".
func (s Source) Citation() string {
	if im := s.Imprint(); im != "" {
		return s.Name() + " (" + im + ")"
	}
	return s.Name()
}
