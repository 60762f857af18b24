// Package regional models the regional actieprogramma 'Naar een financieel
// gezond sociaal domein' of the raadsvoorstel (seed 004): the 14 measures of
// the 7 municipalities, their published effects in 2024, and how much of
// them Hilversum may count on.
//
// Start with [Measures] and [Municipalities], then [Default], the
// [Programme] of the embedded data file (regional/data/actieprogramma.json;
// [Load] reads a corrected one). A [Set] picks measures; [Programme.Combine]
// turns a set into a [budget.Range] of savings under three [Cases].
// [Programme.Project] spreads a range over the years and the
// municipalities. Whether a savings target is met is not decided here: that
// is package scenario's one rule.
//
// # Signs
//
// [Measure.Effect] is the budget effect as published: negative = saving.
// Everything this package combines, splits or projects is a saving:
// positive = money saved, negative = net cost.
//
// # Why a range
//
// The seed gives each measure's maximum effect "op termijn in 2024"
// (004:86), not what will be reached, and warns that the savings cannot
// simply be added up: the measures influence each other ("communicerende
// vaten", 004:88-90). Each measure acts on a cost pool (its [Domain]);
// savings within a pool overlap, costs do not. A combined result is
// therefore always a range whose ends are assumptions, none of them a
// figure the seed prints ([Programme.DefaultCases]): the pessimistic end
// (half of each maximum reached, the two measures AEF doubted raising costs
// by a quarter of theirs, only the largest saving per pool), the centre
// (every maximum, overlap θ = 0,5) and the optimistic end (every maximum,
// the naive sum). [Cases.Describe] says each in words a resident reads. The
// models are [Additive], [Overlap] (one θ per pool) and [Sequential]
// (caller-given pool sizes); a [Realisation] says how much of each maximum
// is reached. [Programme.Shapley] gives each measure its fair,
// order-independent part of a combined saving.
//
// # Money
//
// Every amount is a [github.com/shopspring/decimal] value; no float64 is
// used. Additive and Overlap results are exact ([Fixed] is their
// allocation-free form). Amounts per municipality and per measure are whole
// cents that add up to the whole, by largest remainder ([Key.Split]).
package regional
