package regional

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/hilversum/sociaaldomein/internal/exact"
	"github.com/shopspring/decimal"
)

// The integer path of Key.Split.
//
// A key's shares are rationals; fastKey writes them as integers nums[i] over
// one common denominator den (the least common multiple of their
// denominators), when that fits in 64 bits. An amount with a coefficient of
// at most 18 digits is, in cents, ±u / 10^s for integers u < 2^63 and s ≥ 0.
// The exact part i in cents is then ±u·nums[i] / (10^s·den): one 128-bit
// product and one 128-by-64-bit division (math/bits) give its floor and its
// remainder, and since every remainder has the same denominator 10^s·den,
// comparing remainders compares the fractional parts exactly. The rule is
// the one of Key.Split (largest remainder, ties to the municipality listed
// first) and the results equal those of the math/big path, splitRat, to the
// bit; TestSplitFastMatchesRat and FuzzSplitFastMatchesRat check that.

// maxFastParts bounds the number of municipalities the integer path handles
// without allocating scratch space.
const maxFastParts = 16

type fastKey struct {
	den  uint64   // the common denominator, > 0
	nums []uint64 // share i = nums[i] / den; each ≤ den, together den
	// The divisors of PartOfFixed's amounts (cents / 10¹⁰), prepared once:
	// 10¹⁰ for the whole and 10¹⁰·den for the parts; fixedOK is false when
	// 10¹⁰·den does not fit 64 bits.
	fixedP, fixedD divisor
	fixedOK        bool
}

// divisor is a 64-bit divisor prepared for division by its reciprocal
// (divPreinv): normalised (shifted until its top bit is set), with the
// reciprocal of Möller and Granlund.
type divisor struct {
	d, dn, inv uint64
	shift      uint
}

func newDivisor(d uint64) divisor {
	shift := uint(bits.LeadingZeros64(d))
	dn := d << shift
	inv, _ := bits.Div64(^dn, ^uint64(0), dn)
	return divisor{d: d, dn: dn, inv: inv, shift: shift}
}

// div returns the quotient and remainder of u1·2⁶⁴ + u0 by v.d; u1 < v.d.
func (v divisor) div(u1, u0 uint64) (q, r uint64) {
	q, r = divPreinv(u1<<v.shift|u0>>(64-v.shift), u0<<v.shift, v.dn, v.inv)
	return q, r >> v.shift
}

// newFastKey returns the shares over a common denominator, or nil when the
// denominator does not fit in 64 bits, a share is negative or above 1, or
// they do not sum to exactly 1.
func newFastKey(shares []*big.Rat) *fastKey {
	if len(shares) == 0 || len(shares) > maxFastParts {
		return nil
	}
	den := big.NewInt(1)
	var g, q big.Int
	for _, s := range shares {
		d := s.Denom()
		g.GCD(nil, nil, den, d)
		den.Mul(den, q.Quo(d, &g))
		if den.BitLen() > 64 {
			return nil
		}
	}
	nums := make([]uint64, len(shares))
	var sum, n big.Int
	for i, s := range shares {
		if s.Sign() < 0 {
			return nil
		}
		n.Mul(s.Num(), q.Quo(den, s.Denom()))
		if !n.IsUint64() || n.Cmp(den) > 0 {
			return nil
		}
		nums[i] = n.Uint64()
		sum.Add(&sum, &n)
	}
	if sum.Cmp(den) != 0 {
		return nil
	}
	return newFastKeyOf(den.Uint64(), nums)
}

// newFastKeyOf is the fast key of the shares nums[i]/den, which must be
// ≤ den each and sum to den; nil for more than maxFastParts shares.
func newFastKeyOf(den uint64, nums []uint64) *fastKey {
	if len(nums) == 0 || len(nums) > maxFastParts {
		return nil
	}
	f := &fastKey{den: den, nums: nums}
	f.fixedP = pow10Div[10]
	if hi, d := bits.Mul64(exact.Pow10(10), f.den); hi == 0 {
		f.fixedD, f.fixedOK = newDivisor(d), true
	}
	return f
}

// pow10Div holds the powers of ten prepared for division.
var pow10Div = func() (t [exact.MaxPow10 + 1]divisor) {
	for i := range t {
		t[i] = newDivisor(exact.Pow10(i))
	}
	return t
}()

// splitCents is Split on the integer path: it appends every municipality's
// part in cents to dst and reports whether the integer path could take the
// amount; when it could not, the caller takes splitRat.
func (k Key) splitCents(amount decimal.Decimal, dst []int64) ([]int64, bool) {
	if amount.NumDigits() > 18 {
		return dst, false
	}
	c := amount.CoefficientInt64()
	u := uint64(c)
	if c < 0 {
		u = -u
	}
	uhi, ulo, s, ok := centsScale(0, u, int64(amount.Exponent())+2)
	if !ok {
		return dst, false
	}
	return k.splitScaled(uhi, ulo, c < 0, s, dst)
}

// splitScaled is splitCents for the amount ±(uhi·2⁶⁴ + ulo) / 10^s cents.
func (k Key) splitScaled(uhi, ulo uint64, neg bool, s int, dst []int64) ([]int64, bool) {
	f := k.fast
	if f == nil || s < 0 || s > exact.MaxPow10 {
		return dst, false
	}
	p := exact.Pow10(s)
	hi, d := bits.Mul64(p, f.den)
	if hi != 0 {
		return dst, false
	}
	var floors [maxFastParts]int64
	var rems [maxFastParts]uint64
	missing, ok := f.floors(uhi, ulo, neg, pow10Div[s], newDivisor(d), &floors, &rems)
	if !ok {
		return dst, false
	}
	// The missing cents go one each to the largest remainders, ties to
	// the municipality listed first: an insertion sort of the indices.
	n := len(f.nums)
	var order [maxFastParts]int
	for i := 0; i < n; i++ {
		j := i
		for j > 0 && rems[order[j-1]] < rems[i] {
			order[j] = order[j-1]
			j--
		}
		order[j] = i
	}
	for m := int64(0); m < missing && int(m) < n; m++ {
		floors[order[m]]++
	}
	return append(dst, floors[:n]...), true
}

// PartOfFixed returns municipality i's part, in whole cents, of the
// regional amount f × percent / 100, by the rule of [Key.Split]: exactly
// what Split gives for f.Decimal() times the fraction percent/100, without
// allocating or dividing in hardware. It is the path of a Monte Carlo draw,
// which combines measures in [Fixed] units and ramps them up in whole
// percents. ok is false when the key's shares do not fit the integer path
// (a custom key with many decimals), when i is not a municipality of the
// key, or when percent is outside [0, 100]; the caller then uses Split.
func (k Key) PartOfFixed(f Fixed, percent int64, i int) (cents int64, ok bool) {
	fk := k.fast
	if fk == nil || !fk.fixedOK || i < 0 || i >= len(fk.nums) || percent < 0 || percent > 100 {
		return 0, false
	}
	// f × percent in units of 10⁻¹² euro, i.e. cents / 10¹⁰: at most
	// 9,2·10¹⁸ × 100, so 128 bits hold it.
	neg := f < 0
	m := uint64(f)
	if neg {
		m = -m
	}
	hi, lo := bits.Mul64(m, uint64(percent))
	var floors [maxFastParts]int64
	var rems [maxFastParts]uint64
	missing, ok := fk.floors(hi, lo, neg, fk.fixedP, fk.fixedD, &floors, &rems)
	if !ok {
		return 0, false
	}
	// Part i gets one of the missing cents when fewer than missing parts
	// come before it: a larger remainder, or an equal one listed first.
	rank := int64(0)
	for j := range fk.nums {
		if rems[j] > rems[i] || rems[j] == rems[i] && j < i {
			rank++
		}
	}
	if rank < missing {
		return floors[i] + 1, true
	}
	return floors[i], true
}

// floors writes, for the amount ±(uhi·2⁶⁴ + ulo) / p cents, every part's
// exact value as a floor in cents and a remainder over d = p·den (so
// remainders compare as fractions), and returns how many cents the floors
// miss of the whole rounded to the cent, half away from zero. pd and dd are
// p and d prepared for division. It reports false when the integers cannot
// hold the amount.
func (f *fastKey) floors(uhi, ulo uint64, neg bool, pd, dd divisor, floors *[maxFastParts]int64, rems *[maxFastParts]uint64) (missing int64, ok bool) {
	p, d := pd.d, dd.d
	if uhi >= p {
		return 0, false
	}
	// The whole, in cents, rounded half away from zero; it must stay
	// below 2⁶³ (then so does every part).
	t, r := pd.div(uhi, ulo)
	if r >= p-r {
		t++
	}
	if t > math.MaxInt64 {
		return 0, false
	}
	target := int64(t)
	if neg {
		target = -target
	}
	var sum int64
	for i, num := range f.nums {
		// u·num/d ≤ u/p < 2^63: the quotient fits, so the high word is
		// below d.
		ph, pl := bits.Mul64(ulo, num)
		xh, xl := bits.Mul64(uhi, num)
		var carry uint64
		ph, carry = bits.Add64(ph, xl, 0)
		if xh != 0 || carry != 0 || ph >= d {
			return 0, false
		}
		q, rem := dd.div(ph, pl)
		fl := int64(q)
		if neg {
			// −(q + rem/d) = −q−1 + (d−rem)/d.
			if rem != 0 {
				fl, rem = -fl-1, d-rem
			} else {
				fl = -fl
			}
		}
		floors[i], rems[i] = fl, rem
		sum += fl
	}
	return target - sum, true
}

// divPreinv divides the 128-bit u1·2⁶⁴ + u0 by the normalised d (its top
// bit set; u1 < d) with inv = ⌊(2¹²⁸ − 1)/d⌋ − 2⁶⁴, the reciprocal of
// Möller and Granlund ("Improved division by invariant integers", IEEE
// Transactions on Computers 60(2), 2011, algorithm 4): the quotient and
// remainder of bits.Div64, without a hardware division.
func divPreinv(u1, u0, d, inv uint64) (q, r uint64) {
	q1, q0 := bits.Mul64(inv, u1)
	var c uint64
	q0, c = bits.Add64(q0, u0, 0)
	q1, _ = bits.Add64(q1, u1, c)
	q1++
	r = u0 - q1*d
	if r > q0 {
		q1--
		r += d
	}
	if r >= d {
		q1++
		r -= d
	}
	return q1, r
}
