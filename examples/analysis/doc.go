// Command analysis is a researcher's script over the regional actieprogramma
// 'Naar een financieel gezond sociaal domein' (seed 004) and the keuzeopties
// A–D of the startnotitie Wmo-Samenleving (seed 000).
//
// It enumerates every subset of the 14 regional measures (2^14 = 16.384)
// × every target (the taakstelling alone, and the taakstelling plus the extra
// cost of keuze A, B, C or D) × a grid of overlap assumptions θ, and reports:
//
//   - summary: per θ and target, how many subsets meet the target in every
//     year, the fewest measures that do, and the regional saving needed;
//   - minimal: the smallest sets of measures that meet the target under the
//     low assumption (θ = 1) and the central one (θ = 0,5 unless -central);
//   - sensitivity: the effect of each assumption (θ, distribution key, ramp,
//     each measure left out) on the gap of 2022 and 2024 with all measures.
//
// Usage:
//
//	go run ./examples/analysis [flags]
//	go run ./examples/analysis -format csv -table minimal -o minimal.csv
//	go run ./examples/analysis -format csv -o out/hilversum   # three CSV files
//	go run ./examples/analysis -theta 0,0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1 -central 0.3
//	go run ./examples/analysis -h
//
// # When a set of measures meets a target
//
// A set meets a target in a year when Hilversum's savings from the set,
//
//	key share (35 %) × ramp(year) × combined regional saving(set, θ)
//
// computed exactly (not rounded), are at least the requirement of the year:
// the taakstelling (€ 900.000 in 2022, € 1.200.000 from 2023 on) plus, for a
// keuze, the keuze's extra cost computed from its lines. The keuze cost counts
// in the years its table publishes (2024–2027) and is 0 before 2024 (the
// beleidskader starts in 2024), as scenario.Evaluate does; pro memorie lines
// (keuze C and D) have no amount, are not counted, and are flagged "+ pm". A
// set meets a target when it meets it in every year of -from…-to whose
// requirement is known; the years whose requirement is unknown (no
// taakstelling before 2022, no ramp before 2021, no keuze table after 2027)
// are listed, never treated as 0. Implementation costs and other measures
// (KPMG, local) are pro memorie and not counted.
//
// Minimal sets are the sets with the fewest measures; all ties are listed
// (up to -ties), ordered by the combined saving, largest first, so the first
// is the one with the largest saving.
//
// # Speed
//
// The regional saving of a set does not depend on the year or the target, so
// each target becomes, once, one threshold: the smallest combined regional
// saving, in exact regional.Fixed units, that meets it in every known year.
// The enumeration then needs one regional.Programme.SavingFixed per subset
// and θ and an integer comparison per target; it runs in milliseconds.
package main
