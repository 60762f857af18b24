package regional

import (
	"math/big"
	"math/bits"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/hilversum/sociaaldomein/internal/exact"
	"github.com/shopspring/decimal"
)

// fastTestKeys are keys that take the integer path: the published and the
// inhabitants key, and custom keys with 12-decimal and with zero shares.
func fastTestKeys(t testing.TB) []Key {
	p := Default()
	keys := []Key{p.PublishedKey(), p.InhabitantsKey()}
	for _, shares := range []map[string]string{
		{"blaricum": "0.05", "gooise-meren": "0.2", "hilversum": "0.333333333333", "huizen": "0.15", "laren": "0.05", "weesp": "0.1", "wijdemeren": "0.116666666667"},
		{"blaricum": "0", "gooise-meren": "0", "hilversum": "1", "huizen": "0", "laren": "0", "weesp": "0", "wijdemeren": "0"},
		{"blaricum": "0.142857142857", "gooise-meren": "0.142857142857", "hilversum": "0.142857142858", "huizen": "0.142857142857", "laren": "0.142857142857", "weesp": "0.142857142857", "wijdemeren": "0.142857142857"},
		{"blaricum": "0", "gooise-meren": "0.75", "hilversum": "0", "huizen": "0", "laren": "0", "weesp": "0.25", "wijdemeren": "0"},
		{"blaricum": "0.000000000001", "gooise-meren": "0.5", "hilversum": "0.499999999999", "huizen": "0", "laren": "0", "weesp": "0", "wijdemeren": "0"},
	} {
		m := map[string]decimal.Decimal{}
		for id, s := range shares {
			m[id] = decimal.RequireFromString(s)
		}
		k, err := p.NewKey(m)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
	}
	for _, k := range keys {
		if k.fast == nil {
			t.Fatalf("%s key has no integer form", k.Name())
		}
	}
	return keys
}

// randomAmount draws amounts of every size and scale the callers pass: whole
// cents, Fixed units, Fixed × a ramp of up to 12 decimals, negatives, zero,
// and amounts too large for the integer path.
func randomAmount(r *rand.Rand) decimal.Decimal {
	var c int64
	switch r.IntN(4) {
	case 0:
		c = r.Int64N(1000)
	case 1:
		c = r.Int64N(1e12)
	case 2:
		c = r.Int64N(1e18)
	default:
		c = r.Int64()
	}
	if r.IntN(3) == 0 {
		c = -c
	}
	d := decimal.New(c, -int32(r.IntN(22)))
	if r.IntN(8) == 0 {
		d = d.Mul(decimal.New(r.Int64N(1e12)+1, -int32(r.IntN(13))))
	}
	if r.IntN(10) == 0 {
		d = decimal.New(c%1000, int32(r.IntN(18)))
	}
	// Trailing zeros in the coefficient, and ties at half a cent.
	if r.IntN(10) == 0 {
		d = decimal.New(c%1e6*1000, -5)
	}
	return d
}

// The integer path gives exactly the parts of the math/big path, down to
// the representation of every decimal.
func TestSplitFastMatchesRat(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	keys := fastTestKeys(t)
	fast, total := 0, 0
	for n := 0; n < 20000; n++ {
		v := randomAmount(r)
		for _, k := range keys {
			total++
			if _, ok := k.splitCents(v, nil); ok {
				fast++
			}
			got, want := k.Split(v), k.splitRat(v)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s key, %s (coefficient %s, exponent %d): integer path %v, math/big %v", k.Name(), v, v.Coefficient(), v.Exponent(), got, want)
			}
		}
	}
	if fast < total/2 {
		t.Errorf("only %d of %d splits took the integer path", fast, total)
	}
	// Amounts the programme produces: every subset, θ, realisation, and a
	// ramp of up to 12 decimals. An exact saving has at most 2 (cents) + 2
	// (a share in whole percents) + 6 (θ) decimals; with at most 8 of them
	// and a ramp of at most 2 decimals (0,4, 0,85) it takes the integer
	// path: full realisation, or θ with at most 4 decimals.
	p := Default()
	for n := 0; n < 3000; n++ {
		th := randomTheta(r)
		if r.IntN(2) == 0 {
			th = decimal.New(r.Int64N(10001), -4)
		}
		o, _ := NewOverlap(th)
		rl := randomRealisation(r)
		v, _ := p.Saving(Set(r.IntN(1<<14)), Case{Model: o, Realisation: rl})
		places := r.IntN(13)
		v = v.Mul(decimal.New(r.Int64N(int64(exact.Pow10(int(places)))+1), -int32(places)))
		short := rl.Full() || th.Equal(th.Round(4))
		for _, k := range keys {
			if _, ok := k.splitCents(v, nil); !ok && places <= 2 && short {
				t.Fatalf("%s key: %s did not take the integer path", k.Name(), v)
			}
			if got, want := k.Split(v), k.splitRat(v); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s key, %s: integer path %v, math/big %v", k.Name(), v, got, want)
			}
		}
	}
	// The default cases with a ramp of 0,85: € 10.254.573 × 0,85 has a
	// small coefficient (871638705 × 10⁻²), and every end takes the
	// integer path.
	rg, _ := p.Combine(p.All(), Cases{})
	for _, v := range []decimal.Decimal{rg.Low, rg.Central, rg.High} {
		v = v.Mul(decimal.New(85, -2))
		for _, k := range keys {
			if _, ok := k.splitCents(v, nil); !ok {
				t.Errorf("%s key: %s (coefficient %s) did not take the integer path", k.Name(), v, v.Coefficient())
			}
		}
	}
}

// Half a cent and ties between remainders, on both signs.
func TestSplitFastEdges(t *testing.T) {
	keys := fastTestKeys(t)
	for _, s := range []string{"0", "0.005", "-0.005", "0.015", "-0.015", "0.01", "-0.01", "0.07", "-0.07", "1", "-1",
		"92233720368547758.07", "-92233720368547758.07", "9223372036854775807", "1e17", "1e-20", "-1e-20", "123456789.999999999999"} {
		v := decimal.RequireFromString(s)
		for _, k := range keys {
			if got, want := k.Split(v), k.splitRat(v); !reflect.DeepEqual(got, want) {
				t.Errorf("%s key, %s: integer path %v, math/big %v", k.Name(), s, got, want)
			}
		}
	}
}

// A key whose common denominator does not fit in 64 bits keeps the math/big
// path.
func TestSplitFastFallback(t *testing.T) {
	shares := []*big.Rat{big.NewRat(1, 1000000007), big.NewRat(1, 1000000009), big.NewRat(1, 998244353)}
	rest := new(big.Rat).SetInt64(1)
	for _, s := range shares {
		rest.Sub(rest, s)
	}
	shares = append(shares, rest)
	if f := newFastKey(shares); f != nil {
		t.Fatalf("denominator %d fits?", f.den)
	}
	if f := newFastKey([]*big.Rat{big.NewRat(1, 2), big.NewRat(1, 3)}); f != nil {
		t.Fatal("shares not summing to 1 took the integer path")
	}
}

// FuzzSplitFastMatchesRat: for any amount and key, the integer path and
// the math/big path agree exactly.
func FuzzSplitFastMatchesRat(f *testing.F) {
	f.Add(int64(1025457300), int32(-2), uint8(0))
	f.Add(int64(-15000000), int32(-2), uint8(1))
	f.Add(int64(806210950000000), int32(-9), uint8(2))
	f.Add(int64(5), int32(-3), uint8(3))
	f.Add(int64(-9223372036854775808), int32(0), uint8(4))
	keys := fastTestKeys(f)
	f.Fuzz(func(t *testing.T, c int64, exp int32, key uint8) {
		if exp < -40 || exp > 40 {
			return
		}
		k := keys[int(key)%len(keys)]
		v := decimal.New(c, exp)
		if got, want := k.Split(v), k.splitRat(v); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s key, %s: integer path %v, math/big %v", k.Name(), v, got, want)
		}
	})
}

// TestPartOfFixedMatchesSplit: the part a Monte Carlo draw takes is the part
// Split gives for the same regional amount × ramp, on the rational path
// (splitRat, the reference), for Fixed amounts of every size, both signs
// and every whole percent.
func TestPartOfFixedMatchesSplit(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 14))
	for _, k := range fastTestKeys(t) {
		for n := 0; n < 3000; n++ {
			var f Fixed
			switch n % 3 {
			case 0:
				f = Fixed(r.Int64N(1e12))
			case 1:
				f = Fixed(r.Int64N(5e18)) // up to the bound Load keeps (5 × 10⁸ euro)
			default:
				f = Fixed(r.Int64N(1e17))
			}
			if n%5 == 0 {
				f = -f
			}
			pct := r.Int64N(101)
			want := k.splitRat(f.Decimal().Mul(decimal.New(pct, -2)))
			for i := range want {
				got, ok := k.PartOfFixed(f, pct, i)
				if !ok && k.Name() == "custom" {
					// A 12-decimal share: 10¹⁰ × 10¹² does not fit 64
					// bits; the caller takes Split, as documented.
					continue
				}
				if !ok {
					t.Fatalf("%s key: PartOfFixed(%d, %d, %d) not on the integer path", k.Name(), f, pct, i)
				}
				if w := want[i].Amount.Shift(2).IntPart(); got != w {
					t.Fatalf("%s key: PartOfFixed(%d, %d, %d) = %d cents, Split gives %d", k.Name(), f, pct, i, got, w)
				}
			}
		}
	}
	if _, ok := Default().PublishedKey().PartOfFixed(1, 101, 0); ok {
		t.Error("a ramp above 100 % was taken")
	}
	if _, ok := Default().PublishedKey().PartOfFixed(1, 50, 7); ok {
		t.Error("municipality 7 of 7 was taken")
	}
}

// TestWithUnits: the integer setters give what the decimal ones give.
func TestWithUnits(t *testing.T) {
	var r Realisation
	ok := r.SetPercent(3, -25)
	want, err := Realisation{}.With(3, decimal.RequireFromString("-0.25"))
	if !ok || err != nil || r != want {
		t.Errorf("SetPercent(3, -25) = %v, %v; With gives %v, %v", r, ok, want, err)
	}
	if r.SetPercent(3, 101) || r != want {
		t.Error("101 % was taken")
	}
	var o Overlap
	ok = o.SetPoolMillionths(HuishoudelijkeHulp, 125_000)
	wo, err := Overlap{}.WithPool(HuishoudelijkeHulp, decimal.RequireFromString("0.125"))
	if !ok || err != nil || o != wo {
		t.Errorf("SetPoolMillionths = %v, %v; WithPool gives %v, %v", o, ok, wo, err)
	}
	if o.SetPoolMillionths(HuishoudelijkeHulp, 1_000_001) || o != wo {
		t.Error("θ above 1 was taken")
	}
}

// TestDivPreinv: the division by a reciprocal gives what bits.Div64 gives,
// for divisors of every size (shifted to normalise them, as split does)
// and numerators up to the largest allowed.
func TestDivPreinv(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 200_000; n++ {
		d := r.Uint64() >> r.UintN(64)
		if d == 0 {
			d = 1
		}
		u1 := r.Uint64() % d
		u0 := r.Uint64()
		if n%7 == 0 {
			u1, u0 = d-1, ^uint64(0)
		}
		wq, wr := bits.Div64(u1, u0, d)
		shift := uint(bits.LeadingZeros64(d))
		dn := d << shift
		inv, _ := bits.Div64(^dn, ^uint64(0), dn)
		q, rem := divPreinv(u1<<shift|u0>>(64-shift), u0<<shift, dn, inv)
		if q != wq || rem>>shift != wr {
			t.Fatalf("%d:%d / %d = %d r %d, want %d r %d", u1, u0, d, q, rem>>shift, wq, wr)
		}
	}
}
