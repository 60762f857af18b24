// Package uncertainty answers the question a range cannot: how likely is
// Hilversum's taakstelling met, and which assumption matters most?
//
// A [Simulation] draws whole scenarios of the regional actieprogramma: per
// draw, every measure's realisation of its published maximum, the overlap θ
// of every pool, the delay of the ramp and (only when the caller gives a
// distribution) the implementation costs, each from a stated, adjustable
// distribution whose default and reason from the seeds are documented
// ([DefaultRealisation], [DefaultRealisationDoubted], [DefaultTheta],
// [DefaultRampDelay], [DefaultCorrelation]). Each draw is evaluated exactly
// as [scenario.Evaluate] evaluates one scenario — the same combination,
// ramp and key split, to the cent — and the [Result] gives per year the
// quantiles (P10, P50, P90 or any asked) of Hilversum's savings and of the
// taakstelling balance, the probability that the taakstelling is met with
// its standard error, and, when asked, a tornado table of the inputs.
//
// Money stays exact. A draw uses random bits, and for a triangular
// distribution a float64 quantile, only to pick a *unit* of its input: a
// whole percent of a realisation, a millionth of θ, a month of delay, a
// cent of cost. From there every amount is an integer — the regional saving
// in [regional.Fixed] units, Hilversum's part in cents by the largest
// remainder rule of [regional.Key.Split] — so a draw with every input at a
// point equals Evaluate to the cent, and no float64 touches money.
//
// Reproducible. The random numbers come from math/rand/v2's PCG, seeded
// with Input.Seed and, per block of [BlockSize] draws, the block's number;
// only PCG's own 64-bit output is used (no method of rand.Rand, whose
// algorithms a Go release may change), and every float operation is
// rounded on its own. The same seed gives the same figures on every
// platform and for any number of workers: workers take whole blocks, and
// what they count are integers that add up in any order.
//
// Implementation costs are pro memorie by default. A Result then says so
// (Result.CostsPM, and every sentence): its probability is that the
// taakstelling is met *before* the implementation costs — the threshold of
// [scenario.Judge]'s "gehaald als" — never with them counted as zero.
// Autonomous growth is not drawn: it is a prognosis beside the taakstelling,
// not part of its balance, so it cannot change the probability.
//
// Start with [Simulate], or [New] and [Simulation.Run] for a service that
// wants its own data, workers, progress or cancellation.
package uncertainty
