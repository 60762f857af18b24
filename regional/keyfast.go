package regional

import (
	"math"
	"math/big"
	"math/bits"

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
	f := &fastKey{den: den.Uint64(), nums: make([]uint64, len(shares))}
	var sum, n big.Int
	for i, s := range shares {
		if s.Sign() < 0 {
			return nil
		}
		n.Mul(s.Num(), q.Quo(den, s.Denom()))
		if !n.IsUint64() || n.Cmp(den) > 0 {
			return nil
		}
		f.nums[i] = n.Uint64()
		sum.Add(&sum, &n)
	}
	if sum.Cmp(den) != 0 {
		return nil
	}
	return f
}

var pow10u64 = [...]uint64{
	1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// centsOf writes amount × 100 as ±u / 10^s with u < 2^63, when it can.
func centsOf(amount decimal.Decimal) (u uint64, neg bool, s int, ok bool) {
	if amount.NumDigits() > 18 {
		return 0, false, 0, false
	}
	c := amount.CoefficientInt64()
	neg = c < 0
	u = uint64(c)
	if neg {
		u = -u
	}
	e := int64(amount.Exponent()) + 2
	if u == 0 {
		return 0, false, 0, true
	}
	for e < 0 && u%10 == 0 {
		u /= 10
		e++
	}
	for ; e > 0; e-- {
		if u > math.MaxInt64/10 {
			return 0, false, 0, false
		}
		u *= 10
	}
	if -e >= int64(len(pow10u64)) {
		return 0, false, 0, false
	}
	return u, neg, int(-e), true
}

// splitCents is Split on the integer path: it appends every municipality's
// part in cents to dst and reports whether the integer path could take the
// amount; when it could not, the caller takes splitRat.
func (k Key) splitCents(amount decimal.Decimal, dst []int64) ([]int64, bool) {
	if k.fast == nil {
		return dst, false
	}
	u, neg, s, ok := centsOf(amount)
	if !ok {
		return dst, false
	}
	return k.fast.split(0, u, neg, pow10u64[s], dst)
}

// PartOfFixed returns municipality i's part, in whole cents, of the
// regional amount f × percent / 100, by the rule of [Key.Split]: exactly
// what Split gives for f.Decimal() times the fraction percent/100, without
// allocating. It is the path of a Monte Carlo draw, which combines
// measures in [Fixed] units and ramps them up in whole percents. ok is
// false when the key's shares do not fit the integer path (a custom key
// with many decimals), when i is not a municipality of the key, or when
// percent is outside [0, 100]; the caller then uses Split.
func (k Key) PartOfFixed(f Fixed, percent int64, i int) (cents int64, ok bool) {
	if k.fast == nil || i < 0 || i >= len(k.fast.nums) || percent < 0 || percent > 100 {
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
	var buf [maxFastParts]int64
	parts, ok := k.fast.split(hi, lo, neg, pow10u64[10], buf[:0])
	if !ok {
		return 0, false
	}
	return parts[i], true
}

// split appends every part, in cents, of the amount ±(uhi·2⁶⁴ + ulo) / p
// cents to dst (p a power of ten), by largest remainder, and reports
// whether the integers could hold it.
func (f *fastKey) split(uhi, ulo uint64, neg bool, p uint64, dst []int64) ([]int64, bool) {
	hi, d := bits.Mul64(p, f.den)
	if hi != 0 || uhi >= p {
		return dst, false
	}
	// The whole, in cents, rounded half away from zero; it must stay
	// below 2⁶³ (then so does every part).
	t, r := bits.Div64(uhi, ulo, p)
	if r >= p-r {
		t++
	}
	if t > math.MaxInt64 {
		return dst, false
	}
	target := int64(t)
	if neg {
		target = -target
	}
	n := len(f.nums)
	var fracs [maxFastParts]uint64
	var order [maxFastParts]int
	start := len(dst)
	var sum int64
	// Every part divides by the same d: one division gives its reciprocal,
	// and each part's quotient then takes two multiplications (divPreinv)
	// instead of a hardware division.
	shift := uint(bits.LeadingZeros64(d))
	dn := d << shift
	inv, _ := bits.Div64(^dn, ^uint64(0), dn)
	for i, num := range f.nums {
		// u·num/d ≤ u/p < 2^63: the quotient fits, so the high word is
		// below d.
		ph, pl := bits.Mul64(ulo, num)
		xh, xl := bits.Mul64(uhi, num)
		var carry uint64
		ph, carry = bits.Add64(ph, xl, 0)
		if xh != 0 || carry != 0 || ph >= d {
			return dst[:start], false
		}
		q, rem := divPreinv(ph<<shift|pl>>(64-shift), pl<<shift, dn, inv)
		rem >>= shift
		fl := int64(q)
		if neg {
			// −(q + rem/d) = −q−1 + (d−rem)/d.
			if rem != 0 {
				fl, rem = -fl-1, d-rem
			} else {
				fl = -fl
			}
		}
		dst = append(dst, fl)
		fracs[i] = rem
		sum += fl
		// Insertion into order by remainder, largest first, stable.
		j := i
		for j > 0 && fracs[order[j-1]] < rem {
			order[j] = order[j-1]
			j--
		}
		order[j] = i
	}
	parts := dst[start:]
	missing := target - sum
	for m := int64(0); m < missing && int(m) < n; m++ {
		parts[order[m]]++
	}
	return dst, true
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
