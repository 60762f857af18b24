package budget

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
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
	Taakstelling *targetJSON `json:"taakstelling"`
}

type targetJSON struct {
	Label   string  `json:"label"`
	Amounts *Series `json:"amounts"`
	Source  *Source `json:"source"`
}

// LoadTaakstelling reads the taakstelling from a data file in the form of the
// embedded budget/data/raadsvoorstel.json. name identifies the file in errors.
func LoadTaakstelling(r io.Reader, name string) (Target, error) {
	data, err := ReadDataFile(r, name)
	if err != nil {
		return Target{}, err
	}
	var f raadsvoorstelFile
	if err := DecodeStrict(data, &f); err != nil {
		return Target{}, NewDataError(name, "", err)
	}
	if f.Taakstelling == nil {
		return Target{}, &DataError{File: name, Field: "taakstelling", Err: ErrMissing}
	}
	t := f.Taakstelling
	rec := "taakstelling"
	switch {
	case t.Label == "":
		return Target{}, &DataError{File: name, Record: rec, Field: "label", Err: ErrMissing}
	case t.Amounts == nil || t.Amounts.IsZero():
		return Target{}, &DataError{File: name, Record: rec, Field: "amounts", Err: ErrMissing}
	}
	if err := CheckSource("source", t.Source); err != nil {
		return Target{}, NewDataError(name, rec, err)
	}
	return Target{Label: t.Label, Amounts: *t.Amounts, Source: *t.Source}, nil
}

// MaxDataFile bounds what a loader reads, so a wrong file cannot exhaust
// memory.
const MaxDataFile = 4 << 20

// ReadDataFile reads a data file of at most [MaxDataFile] bytes; errors are
// [*DataError] values naming the file. Every loader of the project reads
// through it.
func ReadDataFile(r io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxDataFile+1))
	if err != nil {
		return nil, &DataError{File: name, Err: err}
	}
	if len(data) > MaxDataFile {
		return nil, &DataError{File: name, Err: fmt.Errorf("larger than %d bytes", MaxDataFile)}
	}
	return data, nil
}

// CheckSource reports a missing source, or a source without document or
// section, as a [*FieldError] on field ("source", "taakvelden_source", …):
// every figure in a data file must say where it comes from.
func CheckSource(field string, s *Source) error {
	switch {
	case s == nil:
		return &FieldError{Field: field, Err: ErrMissing}
	case strings.TrimSpace(s.Document) == "":
		return &FieldError{Field: field + ".document", Err: ErrMissing}
	case strings.TrimSpace(s.Section) == "":
		return &FieldError{Field: field + ".section", Err: ErrMissing}
	}
	return nil
}
