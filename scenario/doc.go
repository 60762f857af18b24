// Package scenario holds the four keuzeopties (policy options A–D) of the
// Startnotitie Wmo-Samenleving 2024-2030, and evaluates one whole scenario
// into a multi-year outcome.
//
// Start with [Evaluate]: give it an [Input] — a keuze (or none), the
// regional measures, the assumptions of the range, the distribution key,
// the ramp, implementation costs, other measures, a growth prognosis and the
// years; the zero Input is a valid scenario with every default — and it
// returns an [Outcome] that keeps apart what the documents keep apart:
//
//   - the taakstelling part ([TaakstellingPart]): the savings target on the
//     care costs of Wmo and Jeugd against Hilversum's savings minus its
//     implementation costs plus other measures, as a balance ("over" or
//     "tekort") at the pessimistic end, the centre and the optimistic end,
//     and a [Verdict] by the one rule [Judge], which never counts a pro
//     memorie cost as zero ("gehaald als de uitvoeringskosten niet boven
//     € X uitkomen");
//   - the keuze part ([KeuzePart]): the keuze's new policy spending, + pm,
//     which is not care costs and not part of the taakstelling;
//   - the growth prognosis: autonomous growth of the Wmo care costs at
//     unchanged policy, beside the others, never netted with them.
//
// Every assumption used is listed in [Outcome.Assumptions], and
// [Outcome.Ends] says in plain Dutch what each end of every range assumes.
// Invalid input is an [*budget.FieldError] that names the field. [ParseInput]
// reads the JSON form that the browser calculator and the HTTP service
// speak.
//
// The options themselves: [Options] and [Lookup] return each [Option] (a
// copy) with its cost lines for 2024–2027 exactly as printed (including the
// pro memorie line of C and D), its advantages, risks with their
// beheersmaatregel, dekking and long-term expectation. [Option.Total]
// computes the total from the lines; [Compare] sets two options side by
// side, line by line.
//
// The data lives in embedded files; a municipality with corrected files
// loads them ([LoadCatalog], [regional.Load], [budget.LoadTaakstelling],
// [budget.LoadFacts]) and combines them with [NewData]; [Data.Evaluate]
// evaluates against them.
package scenario
