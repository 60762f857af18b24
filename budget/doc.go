// Package budget holds the money side of sociaaldomein: years, amounts per
// year ([Series]), cost lines ([Line]) with pro memorie and their [Source],
// the municipal savings target ([Taakstelling]), the 2023 budget figures and
// client counts of the Startnotitie Wmo-Samenleving ([Facts]), and nl-NL
// formatting of euro amounts ([FormatEuro]).
//
// Start with [Taakstelling] and [Series.At]: a year a document did not
// publish is unknown (At returns false), never zero. Then [Line] and [Sum],
// which totals lines per year, leaves pro memorie lines out and says so.
//
// Every amount is a [github.com/shopspring/decimal] value; nothing here uses
// float64. Amounts are exact to the cent as published; rounding happens only
// when formatting (half away from zero).
//
// The figures live in JSON data files embedded in the binary (budget/data).
// [LoadFacts] reads a corrected file through the same validating loader, so
// a municipality can change figures without changing code. Loaders report a
// [*DataError] that names the file, the record and the field. Each file
// declares the documents it cites ([Document]: title, year, reference) as
// data; a [Source] names one by its id, and the loader gives it the
// document's title and year, so that a source is shown as
// [Source.Citation], never as a file name.
package budget
