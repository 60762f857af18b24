package regional

import (
	"fmt"
	"math/big"
	"slices"
	"sort"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/exact"
	"github.com/hilversum/sociaaldomein/internal/text"
	"github.com/shopspring/decimal"
)

// Key is a distribution key: the share of each of the programme's
// municipalities in a regional amount. Shares are exact rationals (a share
// computed from inhabitants need not be a finite decimal), are ≥ 0 and sum to
// exactly 1. Construct a Key with [Programme.PublishedKey],
// [Programme.InhabitantsKey] or [Programme.NewKey].
type Key struct {
	name   string
	ids    []string
	shares []*big.Rat
	// fast holds the same shares as integers over one common denominator,
	// for the exact integer path of Split; nil when they do not fit.
	fast *fastKey
}

// Share is one municipality's share of a key.
type Share struct {
	Municipality string          // municipality id
	Exact        *big.Rat        // the exact share
	Rounded      decimal.Decimal // the share rounded to 6 decimals, for display
}

// Name says which key this is: "published", "inhabitants" or "custom".
func (k Key) Name() string { return k.name }

// Shares returns every municipality's share, in the order of
// [Programme.Municipalities].
func (k Key) Shares() []Share {
	out := make([]Share, len(k.ids))
	shares := k.rats()
	for i, id := range k.ids {
		r := new(big.Rat).Set(shares[i])
		out[i] = Share{Municipality: id, Exact: r, Rounded: ratDecimal(r, 6)}
	}
	return out
}

// ShareOf returns the exact share of the municipality with the given id.
func (k Key) ShareOf(id string) (*big.Rat, bool) {
	i := slices.Index(k.ids, id)
	if i < 0 {
		return nil, false
	}
	return new(big.Rat).Set(k.rats()[i]), true
}

// PublishedKey is the default key: the seed's "ongeveer 35%" for Hilversum,
// and the remaining 65 % shared by the other six in proportion to their
// inhabitants.
func (p *Programme) PublishedKey() Key { return p.publishedK }

func (p *Programme) publishedKey() Key {
	k := Key{name: "published"}
	pub := p.published.share.Rat()
	rest := new(big.Rat).Sub(big.NewRat(1, 1), pub)
	var others int64
	for i, m := range p.municipalities {
		if i != p.published.index {
			others += m.Inhabitants
		}
	}
	for i, m := range p.municipalities {
		k.ids = append(k.ids, m.ID)
		if i == p.published.index {
			k.shares = append(k.shares, pub)
			continue
		}
		s := new(big.Rat).Mul(rest, big.NewRat(m.Inhabitants, others))
		k.shares = append(k.shares, s)
	}
	k.fast = newFastKey(k.shares)
	return k
}

// PublishedShareSource says where the published share of Hilversum comes
// from.
func (p *Programme) PublishedShareSource() budget.Source { return p.published.source }

// Published returns the municipality whose share the data file publishes
// (Hilversum in the embedded file) and that share (0,35). Results "for
// Hilversum" are this municipality's parts: no package names it literally.
func (p *Programme) Published() (Municipality, decimal.Decimal) {
	return p.municipalities[p.published.index], p.published.share
}

// InhabitantsKey shares in proportion to the inhabitants of the
// municipalities (see [Municipality.Source] for their reference dates).
func (p *Programme) InhabitantsKey() Key { return p.inhabitantsK }

func (p *Programme) inhabitantsKey() Key {
	k := Key{name: "inhabitants"}
	var total int64
	for _, m := range p.municipalities {
		total += m.Inhabitants
	}
	for _, m := range p.municipalities {
		k.ids = append(k.ids, m.ID)
		k.shares = append(k.shares, big.NewRat(m.Inhabitants, total))
	}
	k.fast = newFastKey(k.shares)
	return k
}

// NewKey returns the key a caller supplies: a share for every one of the
// programme's municipalities, by id. Every share must be ≥ 0 with at most 12
// decimals, and together they must sum to exactly 1. A failure is a
// [*budget.FieldError] whose field names the municipality ("key.hilversum")
// or the key as a whole ("key").
func (p *Programme) NewKey(shares map[string]decimal.Decimal) (Key, error) {
	k := Key{name: "custom"}
	// The first unknown id in sorted order, so that the error is the same
	// every time.
	var unknown string
	var found bool
	for id := range shares {
		if !slices.ContainsFunc(p.municipalities, func(m Municipality) bool { return m.ID == id }) && (!found || id < unknown) {
			unknown, found = id, true
		}
	}
	if found {
		id := text.Clip(unknown, text.MaxQuote)
		return Key{}, &budget.FieldError{Field: "key." + id, Err: fmt.Errorf("%w: %q", ErrUnknownMunicipality, id)}
	}
	// Every share in units of 10⁻¹²: whole numbers from 0 to 10¹².
	const den = 1_000_000_000_000
	nums := make([]uint64, len(p.municipalities))
	k.ids = make([]string, len(p.municipalities))
	var sum, g uint64 = 0, den
	for i, m := range p.municipalities {
		s, ok := shares[m.ID]
		if !ok {
			return Key{}, &budget.FieldError{Field: "key." + m.ID, Err: budget.ErrMissing}
		}
		n, ok := exact.Scaled(s, 12)
		if !ok || n < 0 || n > den {
			return Key{}, &budget.FieldError{Field: "key." + m.ID, Err: checkFraction(s, 12)}
		}
		nums[i], k.ids[i] = uint64(n), m.ID
		sum += uint64(n)
		g = gcd(g, uint64(n))
	}
	if sum != den {
		total := decimal.Zero
		for _, m := range p.municipalities {
			total = total.Add(shares[m.ID])
		}
		return Key{}, &budget.FieldError{Field: "key", Err: fmt.Errorf("%w: they sum to %s", ErrSumNotOne, total)}
	}
	for i := range nums {
		nums[i] /= g
	}
	if k.fast = newFastKeyOf(den/g, nums); k.fast == nil {
		k.shares = ratsOf(den/g, nums)
	}
	return k, nil
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// rats returns the shares as rationals: those the key was made of, or for
// a custom key its integers over their denominator.
func (k Key) rats() []*big.Rat {
	if k.shares != nil {
		return k.shares
	}
	return ratsOf(k.fast.den, k.fast.nums)
}

// ratsOf returns the shares nums[i]/den as rationals.
func ratsOf(den uint64, nums []uint64) []*big.Rat {
	out := make([]*big.Rat, len(nums))
	d := new(big.Int).SetUint64(den)
	for i, n := range nums {
		out[i] = new(big.Rat).SetFrac(new(big.Int).SetUint64(n), d)
	}
	return out
}

// parseFraction parses a machine-form fraction in [0, 1].
func parseFraction(s string) (decimal.Decimal, error) {
	f, err := budget.ParseDecimal(s)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return f, checkFraction(f, 12)
}

func checkFraction(f decimal.Decimal, places int32) error {
	if n, ok := exact.Scaled(f, places); ok && n >= 0 && uint64(n) <= exact.Pow10(int(places)) {
		return nil
	}
	if f.IsNegative() {
		return fmt.Errorf("%w: %s", ErrNegative, f)
	}
	if f.GreaterThan(decimal.NewFromInt(1)) {
		return fmt.Errorf("%w: %s", ErrFraction, f)
	}
	if !f.Equal(f.Round(places)) {
		return fmt.Errorf("%w: %s has more than %d", ErrTooManyDecimals, f, places)
	}
	return nil
}

// Part is one municipality's part of a regional amount, in whole cents.
type Part struct {
	Municipality string
	Amount       decimal.Decimal
}

// Split divides a regional amount over the municipalities by the key, in
// whole cents, so that the parts add up to the whole to the cent.
//
// The rule (largest remainder): the whole is rounded to the cent, half away
// from zero. Each exact part (amount × share) is rounded down to the cent;
// the cents still missing go one each to the parts with the largest
// remainders, ties to the municipality listed first.
func (k Key) Split(amount decimal.Decimal) []Part {
	out := make([]Part, len(k.ids))
	var buf [maxFastParts]int64
	if cents, ok := k.splitCents(amount, buf[:0]); ok {
		for i, id := range k.ids {
			out[i] = Part{Municipality: id, Amount: decimal.New(cents[i], -2)}
		}
		return out
	}
	return k.splitRat(amount)
}

// splitRat is Split in exact rational arithmetic (math/big): the reference
// for the integer path, and the path for amounts or keys the integers cannot
// hold.
func (k Key) splitRat(amount decimal.Decimal) []Part {
	total, shares := amount.Rat(), k.rats()
	exact := make([]*big.Rat, len(shares))
	for i, w := range shares {
		exact[i] = new(big.Rat).Mul(total, w)
	}
	out := make([]Part, len(k.ids))
	for i, a := range allocateParts(total, exact) {
		out[i] = Part{Municipality: k.ids[i], Amount: a}
	}
	return out
}

// allocateParts rounds exact parts (euros, summing to total) to whole cents
// that sum to total rounded to the cent, by largest remainder.
func allocateParts(total *big.Rat, exact []*big.Rat) []decimal.Decimal {
	hundred := big.NewRat(100, 1)
	target := roundHalfAway(new(big.Rat).Mul(total, hundred))
	type rem struct {
		i    int
		frac *big.Rat
	}
	floors := make([]*big.Int, len(exact))
	rems := make([]rem, len(exact))
	sum := new(big.Int)
	for i, e := range exact {
		c := new(big.Rat).Mul(e, hundred)
		f := floorRat(c)
		floors[i] = f
		sum.Add(sum, f)
		rems[i] = rem{i, new(big.Rat).Sub(c, new(big.Rat).SetInt(f))}
	}
	missing := new(big.Int).Sub(target, sum).Int64()
	sort.SliceStable(rems, func(a, b int) bool { return rems[a].frac.Cmp(rems[b].frac) > 0 })
	for n := int64(0); n < missing && int(n) < len(rems); n++ {
		floors[rems[n].i].Add(floors[rems[n].i], big.NewInt(1))
	}
	out := make([]decimal.Decimal, len(exact))
	for i, f := range floors {
		out[i] = decimal.NewFromBigInt(f, -2)
	}
	return out
}

func floorRat(r *big.Rat) *big.Int {
	q, m := new(big.Int).DivMod(r.Num(), r.Denom(), new(big.Int))
	_ = m // DivMod is Euclidean: the remainder is ≥ 0, so q is the floor
	return q
}

// roundHalfAway rounds r to an integer, half away from zero.
func roundHalfAway(r *big.Rat) *big.Int {
	abs := new(big.Rat).Abs(r)
	abs.Add(abs, big.NewRat(1, 2))
	q := floorRat(abs)
	if r.Sign() < 0 {
		q.Neg(q)
	}
	return q
}

// ratDecimal rounds r to places decimals, half away from zero.
func ratDecimal(r *big.Rat, places int32) decimal.Decimal {
	scaled := new(big.Rat).Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)))
	return decimal.NewFromBigInt(roundHalfAway(scaled), -places)
}
