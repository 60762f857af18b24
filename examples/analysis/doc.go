// Command analysis is a researcher's script over the regional actieprogramma
// 'Naar een financieel gezond sociaal domein' (seed 004) and the keuzeopties
// A–D of the startnotitie Wmo-Samenleving (seed 000).
//
// It enumerates every subset of the 14 regional measures (2^14 = 16.384)
// × every target (the taakstelling alone, and the taakstelling plus the extra
// cost of keuze A, B, C or D) × the cases, and reports:
//
//   - summary: per case and target, how many subsets meet the target in
//     every year, the fewest measures that do, and the regional saving
//     needed;
//   - minimal: the smallest sets of measures that meet the target under the
//     ongunstig case and the middelste aanname, with the headroom per year;
//   - sensitivity: the effect of each assumption (the ongunstig case, θ, the
//     realisation, the distribution key, the ramp, each measure left out)
//     on the balance of 2022 and 2024 with all measures.
//
// Usage:
//
//	go run ./examples/analysis [flags]
//	go run ./examples/analysis -format csv -table minimal -o minimal.csv
//	go run ./examples/analysis -format csv -o out/hilversum   # three CSV files
//	go run ./examples/analysis -theta 0,0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1 -central 0.3
//	go run ./examples/analysis -low-realisation 1 -from 2023   # ongunstig with every maximum reached
//	go run ./examples/analysis -h
//
// # Monte Carlo mode
//
// With -mc the program asks, instead, how likely the taakstelling is met:
// it draws whole scenarios from the distributions of package uncertainty
// (every measure's realisation, θ per domain, the ramp's delay, and the
// implementation costs only when -costs gives a distribution — otherwise
// they are pm and every probability excludes them) and writes, under -o
// PREFIX, the quantiles per year (PREFIX-quantiles.csv), the tornado table
// (PREFIX-tornado.csv), a fan chart (PREFIX-fan.svg: the P10–P90 band and
// the P50 line of Hilversum's savings against the taakstelling) and a
// tornado chart (PREFIX-tornado.svg), and with -raw every draw
// (PREFIX-draws.csv). The whole input may come from a JSON file (-config,
// the form of the service's POST /v1/_simulate, read as strictly); flags
// given as well override it. -seed fixes every figure, on any machine and
// for any -workers.
//
//	go run ./examples/analysis -mc -seed 1 -draws 1000000 -o out/onzekerheid
//	go run ./examples/analysis -mc -costs triangular:0:150000:400000 -delay uniform:0:24 -o out/kosten
//
// # The cases
//
// The seed gives each measure's maximum effect "op termijn" (2024), not what
// will be reached, and says the savings cannot simply be added up. Every
// case is an assumption, named by what it assumes (regional.Cases.Describe),
// never a bound of the seed:
//
//   - ongunstig: the pessimistic end of the library's range,
//     regional.Programme.DefaultCases().Low — in each domain only the
//     largest saving counts (θ = 1), every measure reaches half of its
//     maximum, and the two measures the AEF study doubts (004:160-171) raise
//     costs by a quarter of theirs (-low-realisation changes the share);
//   - θ of the grid (-theta), every maximum reached: the overlap model
//     largest + (1 − θ)·rest per domain. θ = -central is the middelste
//     aanname (0,5 by default), θ = 0 (the savings simply add up) gunstig,
//     the optimistic end of the library's range.
//
// # When a set of measures meets a target
//
// Every judgement goes through the library's one verdict rule,
// scenario.Judge. In a year, the balance of a set under a case is
//
//	Hilversum's savings − taakstelling(year) − keuze extra cost(year)
//
// with Hilversum's savings = key share (35 %) × ramp(year) × combined
// regional saving(set, case), split to the cent as scenario.Evaluate splits
// it. The implementation costs are pro memorie (the measures "vragen extra
// inzet/kosten"; no amount for Hilversum is known) and Judge never counts a
// pm cost as zero, so no set meets a target outright: a set MEETS a target
// under a case when Judge says met-if in every year whose requirement is
// known — met as long as Hilversum's implementation costs stay within the
// headroom, which is the balance of the year. The report gives the
// headroom per set and year. Under ongunstig this is exactly the verdict
// of scenario.Evaluate (met-if in every year); a set that meets only under
// gunstig is "depends" there.
//
// The taakstelling is on care costs (Wmo and Jeugd); a keuze is new policy
// spending ("geen zorglasten") with no budget change proposed yet. A target
// "taakstelling + keuze X" adds the two budgets on purpose, and says so: it
// asks whether the savings could pay for the keuze as well. The keuze cost
// counts in the years its table publishes (2024–2027) and is 0 before 2024
// (the beleidskader starts in 2024), as scenario.Evaluate does; pro memorie
// lines (keuze C and D) have no amount, are not counted, and are flagged
// "+ pm" (the headroom must then hold them too). The years whose requirement
// is unknown (no taakstelling before 2022, no ramp before 2021, no keuze
// table after 2027) are listed, never treated as 0. Other measures (KPMG,
// local) are pro memorie and not counted.
//
// Minimal sets are the sets with the fewest measures; all ties are listed
// (up to -ties), ordered by the combined saving, largest first, so the first
// is the one with the largest saving. When no set meets a target, the report
// names the set that comes closest.
//
// The sensitivity table is computed with scenario.Evaluate: the balance of
// the taakstelling part (savings − taakstelling, positive = more than the
// target), central unless the row is the ongunstig case.
//
// # Speed
//
// The regional saving of a set does not depend on the year or the target, so
// each target becomes, once, two thresholds in exact regional.Fixed units:
// at or above Threshold the exact part share × ramp × saving reaches the
// requirement in every known year, so the part split to the cent does too
// and Judge says met-if; below Floor (the same for the requirement minus a
// cent) some year's split part falls short and Judge says it is not met.
// Only a saving in the band between them (a few hundredths of a euro wide)
// is split by the key and judged. The enumeration then needs one
// regional.Programme.SavingFixedAt per subset and case and an integer
// comparison or two per target; it runs in milliseconds. A test checks the
// thresholds against Judge on scenario.Evaluate's balances for a sample of
// subsets in every case.
package main
