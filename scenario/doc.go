// Package scenario holds the four keuzeopties (policy options A–D) of the
// Startnotitie Wmo-Samenleving 2024-2030, and evaluates one whole scenario
// into a multi-year outcome.
//
// Start with [Options] and [Lookup]: each [Option] carries its cost lines
// for 2024–2027 exactly as printed (including the pro memorie line of C and
// D), its advantages, risks with their beheersmaatregel, dekking, and the
// long-term expectation. [Option.Total] computes the total from the lines;
// [Compare] sets two options side by side, line by line.
//
// The options live in the embedded data file scenario/data/keuzeopties.json;
// [LoadCatalog] reads a corrected file through the same validating loader.
package scenario
