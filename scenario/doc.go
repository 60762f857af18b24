// Package scenario holds the four keuzeopties (policy options A–D) of the
// Startnotitie Wmo-Samenleving 2024-2030, and evaluates one whole scenario
// into a multi-year outcome.
//
// Start with [Evaluate]: give it an [Input] — a keuze (or none), the
// regional measures, the combination assumption, the distribution key, the
// ramp, implementation costs, other measures, autonomous growth and the
// years; the zero Input is a valid scenario with every default — and it
// returns an [Outcome] per year: the taakstelling, Hilversum's savings as a
// range, the keuze's extra cost (+ pm), the gap to the taakstelling, the net
// effect against the meerjarenbegroting, and every assumption used. Invalid
// input is an [*InputError] that names the field. [ParseInput] reads the
// JSON form that the browser calculator and the HTTP service speak.
//
// The options themselves: [Options] and [Lookup] return each [Option] with
// its cost lines for 2024–2027 exactly as printed (including the pro memorie
// line of C and D), its advantages, risks with their beheersmaatregel,
// dekking and long-term expectation. [Option.Total] computes the total from
// the lines; [Compare] sets two options side by side, line by line.
//
// The options live in the embedded data file scenario/data/keuzeopties.json;
// [LoadCatalog] reads a corrected file through the same validating loader,
// and [EvaluateWith] evaluates against it.
package scenario
