package budget

import (
	"bytes"
	_ "embed"
	"io"
	"sync"

	"github.com/hilversum/sociaaldomein/internal/datafile"
)

//go:embed data/raadsvoorstel.json
var raadsvoorstelJSON []byte

// RaadsvoorstelFile is the name under which the embedded data file of the
// raadsvoorstel appears in errors.
const RaadsvoorstelFile = "budget/data/raadsvoorstel.json"

// Target is a savings target: amounts per year with their source.
type Target struct {
	Label   string
	Amounts Series
	Source  Source
	// Documents are the documents the data file cites, with their titles:
	// Source names one of them. [SaveTaakstelling] writes them back.
	Documents Documents
}

// Taakstelling returns the savings target on Wmo and Jeugd of the Begroting
// 2021: € 900.000 in 2022 and € 1.200.000 from 2023 on, open-ended. Before
// 2022 no target was published: At returns false there.
func Taakstelling() Series { return defaultTaakstelling().Amounts }

// TaakstellingTarget returns the taakstelling with its label and source.
func TaakstellingTarget() Target { return defaultTaakstelling() }

var defaultTaakstelling = sync.OnceValue(func() Target {
	t, err := LoadTaakstelling(bytes.NewReader(raadsvoorstelJSON), RaadsvoorstelFile)
	if err != nil {
		// The embedded file is part of the program and tested; a failure
		// here is a build defect, not bad input.
		panic(err)
	}
	return t
})

type raadsvoorstelFile struct {
	Document     string      `json:"document"`
	Documents    Documents   `json:"documents"`
	Taakstelling *targetJSON `json:"taakstelling"`
}

type targetJSON struct {
	Label   string  `json:"label"`
	Amounts *Series `json:"amounts"`
	Source  *Source `json:"source"`
}

// LoadTaakstelling reads the taakstelling from a data file in the form of the
// embedded budget/data/raadsvoorstel.json: the documents it cites, the id of
// the one it comes from ("document"), and the taakstelling with its source.
// name identifies the file in errors, which are [*DataError] values.
func LoadTaakstelling(r io.Reader, name string) (Target, error) {
	data, err := datafile.Read(r, name)
	if err != nil {
		return Target{}, err
	}
	var f raadsvoorstelFile
	if err := datafile.ParseOwned(data, f.decodeJSON); err != nil {
		return Target{}, datafile.NewDataError(name, "", err)
	}
	if f.Taakstelling == nil {
		return Target{}, &DataError{File: name, Field: "taakstelling", Err: ErrMissing}
	}
	if err := f.Documents.CheckFile(f.Document); err != nil {
		return Target{}, datafile.NewDataError(name, "", err)
	}
	t := f.Taakstelling
	rec := "taakstelling"
	switch {
	case t.Label == "":
		return Target{}, &DataError{File: name, Record: rec, Field: "label", Err: ErrMissing}
	case t.Amounts == nil || t.Amounts.IsZero():
		return Target{}, &DataError{File: name, Record: rec, Field: "amounts", Err: ErrMissing}
	}
	if err := datafile.InField("source", f.Documents.Resolve(t.Source)); err != nil {
		return Target{}, datafile.NewDataError(name, rec, err)
	}
	return Target{Label: t.Label, Amounts: *t.Amounts, Source: *t.Source, Documents: f.Documents}, nil
}
