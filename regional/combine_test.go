package regional

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// Hand arithmetic from the seed's lines (004:93-131, savings positive):
//
//	naive sum of the 13 savings:
//	  900000 + 1458246 + 491000 + 812000 + 1632659 + 813041 + 957390
//	+ 625000 + 298496 + 1402478 + 300000 + 400000 + 314263 = 10404573
//	minus the cost of heronderzoek (+150000):       10404573 − 150000 = 10254573
//
//	θ = 1, every maximum reached, largest saving per pool:
//	  Jeugdhulp 1458246, Verblijf Jeugd 812000, Huishoudelijke hulp 1632659,
//	  Dagbesteding 1402478, Beschermd wonen 400000 − 150000 (cost, undamped),
//	  Wmo-vervoer 314263
//	  1458246 + 812000 + 1632659 + 1402478 + 250000 + 314263 = 5869646
//
//	θ = 0.5: largest + half of the rest, per pool:
//	  Jeugdhulp      1458246 + 900000/2                      = 1908246
//	  Verblijf        812000 + 491000/2                      = 1057500
//	  Huish. hulp    1632659 + (813041 + 957390)/2           = 2517874.5
//	  Dagbesteding   1402478 + (625000 + 298496 + 300000)/2  = 2014226
//	  Beschermd w.    400000 − 150000                        =  250000
//	  Wmo-vervoer     314263                                 =  314263
//	  total                                                   = 8062109.5
//
// The Low end of the default cases (θ = 1 at 50 % realisation, −25 % for
// the two measures that may raise costs) is 2478573: see
// TestDefaultCasesLowByHand.
func TestCombineAllPublished(t *testing.T) {
	p := Default()
	r, err := p.Combine(p.All(), Cases{})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{r.Low.String(), r.Central.String(), r.High.String()}
	want := []string{"2478573", "8062109.5", "10254573"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("range (-want +got):\n%s", diff)
	}
	if !r.Known {
		t.Error("range not known")
	}
	if !p.NaiveSum(p.All()).Equal(dec("10254573")) {
		t.Errorf("naive sum %s", p.NaiveSum(p.All()))
	}
	// θ = 1 with every maximum reached.
	full, err := p.Saving(p.All(), Case{Model: FullOverlap()})
	if err != nil {
		t.Fatal(err)
	}
	if !full.Equal(dec("5869646")) {
		t.Errorf("θ = 1, full realisation: %s, want 5869646", full)
	}
	// The three models with every maximum reached, as one range.
	r, err = p.Combine(p.All(), Cases{Low: Case{Model: FullOverlap()}, Central: Case{Model: DefaultModel()}, High: Case{Model: Additive{}}})
	if err != nil {
		t.Fatal(err)
	}
	got = []string{r.Low.String(), r.Central.String(), r.High.String()}
	want = []string{"5869646", "8062109.5", "10254573"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("range, full realisation (-want +got):\n%s", diff)
	}
	// A nil Model is DefaultModel.
	v, err := p.Saving(p.All(), Case{})
	if err != nil || !v.Equal(dec("8062109.5")) {
		t.Errorf("nil model: %s %v, want 8062109.5", v, err)
	}
}

// slowModel hides the model it wraps from Saving's type switch, so that
// Saving takes the decimal path, pool by pool.
type slowModel struct{ Model }

// The decimal path of Overlap (CombinePool, through poolSaving) and the
// fixed path agree, with and without realisation.
func TestOverlapPathsAgree(t *testing.T) {
	p := Default()
	o, _ := NewOverlap(dec("0.37"))
	half, _ := NewRealisation(dec("0.5"))
	odd, _ := half.With(0, dec("-0.25"))
	odd, _ = odd.With(4, dec("0.99"))
	for _, r := range []Realisation{{}, half, odd} {
		c := Case{Model: o, Realisation: r}
		fast, _ := p.Saving(p.All(), c)
		var slow decimal.Decimal
		for _, d := range Domains() {
			v, err := p.poolSaving(d, p.All(), c)
			if err != nil {
				t.Fatal(err)
			}
			slow = slow.Add(v)
		}
		if !fast.Equal(slow) {
			t.Errorf("fast %s, slow %s", fast, slow)
		}
		wrapped, err := p.Saving(p.All(), Case{Model: slowModel{o}, Realisation: r})
		if err != nil || !wrapped.Equal(fast) {
			t.Errorf("decimal path %s %v, fixed path %s", wrapped, err, fast)
		}
	}
}

// Sequential, by hand for Jeugdhulp with B = 10 000 000:
//
//	B·(1 − (1 − 900000/B)(1 − 1458246/B))
//	= B − (B − 900000)(B − 1458246)/B
//	= 10000000 − 9100000 · 8541754 / 10000000
//	= 10000000 − 7772996.14 = 2227003.86
func TestSequential(t *testing.T) {
	p := Default()
	q, err := NewSequential(map[Domain]decimal.Decimal{Jeugdhulp: dec("10000000")})
	if err != nil {
		t.Fatal(err)
	}
	s := SetOf(0, 1)
	got, err := p.Saving(s, Case{Model: q})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(dec("2227003.86")) {
		t.Errorf("sequential = %s, want 2227003.86", got)
	}
	_, err = p.Saving(SetOf(2, 3), Case{Model: q})
	var fe *budget.FieldError
	if !errors.As(err, &fe) || fe.Field != "pool_sizes.verblijf-jeugd" || !errors.Is(err, budget.ErrMissing) {
		t.Errorf("missing pool size: %v", err)
	}
	small, _ := NewSequential(map[Domain]decimal.Decimal{Jeugdhulp: dec("1000000")})
	if _, err := p.Saving(s, Case{Model: small}); !errors.Is(err, ErrPoolTooSmall) {
		t.Errorf("too small pool: %v", err)
	}
	if _, err := NewSequential(map[Domain]decimal.Decimal{Jeugdhulp: dec("-1")}); err == nil {
		t.Error("negative pool size accepted")
	}
}

func TestOverlapValidation(t *testing.T) {
	for _, bad := range []string{"-0.1", "1.01", "0.1234567"} {
		_, err := NewOverlap(dec(bad))
		var fe *budget.FieldError
		if !errors.As(err, &fe) || fe.Field != "theta" {
			t.Errorf("θ = %s: %v", bad, err)
		}
	}
	_, err := Overlap{}.WithPool(WmoVervoer, dec("2"))
	var fe *budget.FieldError
	if !errors.As(err, &fe) || fe.Field != "theta.wmo-vervoer" || !errors.Is(err, ErrFraction) {
		t.Errorf("WithPool: %v", err)
	}
}

// randomProgramme returns the default programme with, half the time, the pm
// saving of heronderzoek in begeleiding quantified.
func randomProgramme(r *rand.Rand) *Programme {
	p := Default()
	if r.IntN(2) == 0 {
		return p
	}
	q, err := p.Quantify("heronderzoek-wachtlijst", DagbestedingBegeleiding, decimal.New(-r.Int64N(50000000), -2))
	if err != nil {
		panic(err)
	}
	return q
}

func randomTheta(r *rand.Rand) decimal.Decimal {
	return decimal.New(r.Int64N(micro+1), -MaxThetaDecimals)
}

func largestSingle(p *Programme, s Set) decimal.Decimal {
	var best decimal.Decimal
	first := true
	for _, i := range s.Indices() {
		v := p.NaiveSum(SetOf(i))
		if first || v.GreaterThan(best) {
			best, first = v, false
		}
	}
	return best
}

// randomRealisation draws every kind of realisation: full, one share for
// all, or a share per measure in [-1, 1], in whole percents.
func randomRealisation(r *rand.Rand) Realisation {
	switch r.IntN(3) {
	case 0:
		return Realisation{}
	case 1:
		rl, err := NewRealisation(decimal.New(r.Int64N(201)-100, -2))
		if err != nil {
			panic(err)
		}
		return rl
	}
	var rl Realisation
	for i := 0; i < MaxMeasures; i++ {
		var err error
		rl, err = rl.With(i, decimal.New(r.Int64N(201)-100, -2))
		if err != nil {
			panic(err)
		}
	}
	return rl
}

// realisedSingles returns, per measure of s, its realised effect in its
// own pool and its cross effects, as a saving (positive = saved), worked
// out here from the published amounts: a saving × its share, a cost in
// full.
func realisedSingles(p *Programme, s Set, rl Realisation) map[Domain][]decimal.Decimal {
	out := map[Domain][]decimal.Decimal{}
	add := func(d Domain, i int, effect decimal.Decimal) {
		v := effect.Neg()
		if v.IsPositive() {
			v = v.Mul(rl.Of(i))
		}
		out[d] = append(out[d], v)
	}
	for _, i := range s.Indices() {
		m := p.measures[i]
		if !m.PM {
			add(m.Domain, i, m.Effect)
		}
		for _, ce := range m.CrossEffects {
			if !ce.PM {
				add(ce.Domain, i, ce.Amount)
			}
		}
	}
	return out
}

// refSaving is the overlap model worked out independently of the package:
// per pool, largest + (1 − θ)·(rest) of the realised savings, minus the
// costs (published costs and savings realised below zero) in full.
func refSaving(p *Programme, s Set, theta decimal.Decimal, rl Realisation) decimal.Decimal {
	var total decimal.Decimal
	keep := decimal.NewFromInt(1).Sub(theta)
	for _, vs := range realisedSingles(p, s, rl) {
		var sum, largest, cost decimal.Decimal
		for _, v := range vs {
			if v.IsPositive() {
				sum = sum.Add(v)
				if v.GreaterThan(largest) {
					largest = v
				}
			} else {
				cost = cost.Sub(v)
			}
		}
		total = total.Add(largest).Add(sum.Sub(largest).Mul(keep)).Sub(cost)
	}
	return total
}

func TestProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 3000; n++ {
		p := randomProgramme(r)
		s := Set(r.IntN(1 << 14))
		th := randomTheta(r)
		o, err := NewOverlap(th)
		if err != nil {
			t.Fatal(err)
		}
		rl := randomRealisation(r)
		c := Case{Model: o, Realisation: rl}
		v, _ := p.Saving(s, c)
		if ref := refSaving(p, s, th, rl); !v.Equal(ref) {
			t.Fatalf("%v θ=%s %v: %s, worked out %s", s, th, rl, v, ref)
		}
		naive := p.NaiveSum(s)
		if v.GreaterThan(naive) {
			t.Fatalf("%v θ=%s: %s > naive %s", s, th, v, naive)
		}
		// Between the largest single saving and the naive sum, for sets of
		// savings only (costs are undamped in both), every maximum reached.
		vf, _ := p.Saving(s, Case{Model: o})
		if vf.GreaterThan(naive) {
			t.Fatalf("%v θ=%s, full realisation: %s > naive %s", s, th, vf, naive)
		}
		if onlySavings(p, s) && s != 0 && vf.LessThan(largestSingle(p, s)) {
			t.Fatalf("%v θ=%s: %s below the largest single saving", s, th, vf)
		}
		// The same with a realisation, against the realised savings, when
		// no share is below zero.
		if onlySavings(p, s) && s != 0 && !anyNegative(rl, s) {
			var largest, sum decimal.Decimal
			for _, vs := range realisedSingles(p, s, rl) {
				for _, x := range vs {
					sum = sum.Add(x)
					if x.GreaterThan(largest) {
						largest = x
					}
				}
			}
			if v.LessThan(largest) || v.GreaterThan(sum) {
				t.Fatalf("%v θ=%s %v: %s not between the largest realised saving %s and their sum %s", s, th, rl, v, largest, sum)
			}
		}
		// Never grows as θ grows.
		th2 := th.Add(randomTheta(r).Mul(decimal.NewFromInt(1).Sub(th))).Round(MaxThetaDecimals)
		if th2.GreaterThan(decimal.NewFromInt(1)) {
			th2 = decimal.NewFromInt(1)
		}
		o2, _ := NewOverlap(th2)
		v2, _ := p.Saving(s, Case{Model: o2, Realisation: rl})
		if v2.GreaterThan(v) {
			t.Fatalf("%v %v: θ %s → %s grew %s → %s", s, rl, th, th2, v, v2)
		}
		// Adding a saving measure, realised at zero or more, never lowers it.
		i := r.IntN(14)
		if p.measures[i].Effect.IsNegative() && !rl.Of(i).IsNegative() {
			v3, _ := p.Saving(s.With(i), c)
			if v3.LessThan(v) {
				t.Fatalf("%v + %d: %s < %s", s, i, v3, v)
			}
		}
		// Order independence: the decimal path, fed the savings in a
		// shuffled order, gives the same result.
		if !shuffledSaving(t, r, p, s, c).Equal(v) {
			t.Fatalf("%v: order matters", s)
		}
		// θ = 0 is additive.
		add, _ := p.Saving(s, Case{Model: Additive{}, Realisation: rl})
		zero, _ := p.Saving(s, Case{Model: Overlap{}, Realisation: rl})
		if !add.Equal(zero) || !add.Equal(refSaving(p, s, decimal.Zero, rl)) {
			t.Fatalf("%v %v: additive %s, θ=0 %s", s, rl, add, zero)
		}
		addFull, _ := p.Saving(s, Case{Model: Additive{}})
		if !addFull.Equal(naive) {
			t.Fatalf("%v: additive %s, naive %s", s, addFull, naive)
		}
	}
}

// anyNegative reports whether a measure of s has a share below zero.
func anyNegative(rl Realisation, s Set) bool {
	for _, i := range s.Indices() {
		if rl.Of(i).IsNegative() {
			return true
		}
	}
	return false
}

func onlySavings(p *Programme, s Set) bool {
	for _, i := range s.Indices() {
		if !p.measures[i].Effect.IsNegative() {
			return false
		}
	}
	return true
}

// shuffledSaving feeds each pool's realised savings, worked out here, to
// the model's decimal CombinePool in a shuffled order.
func shuffledSaving(t *testing.T, r *rand.Rand, p *Programme, s Set, c Case) decimal.Decimal {
	t.Helper()
	var total decimal.Decimal
	pools := realisedSingles(p, s, c.Realisation)
	for _, d := range Domains() {
		var savings []decimal.Decimal
		var cost decimal.Decimal
		for _, v := range pools[d] {
			if v.IsPositive() {
				savings = append(savings, v)
			} else {
				cost = cost.Sub(v)
			}
		}
		r.Shuffle(len(savings), func(i, j int) { savings[i], savings[j] = savings[j], savings[i] })
		v, err := c.Model.CombinePool(d, savings)
		if err != nil {
			t.Fatal(err)
		}
		total = total.Add(v).Sub(cost)
	}
	return total
}

// Keys, by hand. Inhabitants (see TestMunicipalitiesGolden):
//
//	11954 + 57715 + 90261 + 41273 + 11195 + 20449 + 24013 = 256860
//	Hilversum: 90261 / 256860 = 0.351402…
//	the other six: 256860 − 90261 = 166599
//	published key, Blaricum: 0.65 · 11954 / 166599
func TestKeys(t *testing.T) {
	p := Default()
	inh := p.InhabitantsKey()
	h, _ := inh.ShareOf("hilversum")
	if h.Cmp(big.NewRat(90261, 256860)) != 0 {
		t.Errorf("inhabitants key Hilversum = %s", h.RatString())
	}
	pub := p.PublishedKey()
	h, _ = pub.ShareOf("hilversum")
	if h.Cmp(big.NewRat(35, 100)) != 0 {
		t.Errorf("published key Hilversum = %s", h.RatString())
	}
	b, _ := pub.ShareOf("blaricum")
	if b.Cmp(new(big.Rat).Mul(big.NewRat(65, 100), big.NewRat(11954, 166599))) != 0 {
		t.Errorf("published key Blaricum = %s", b.RatString())
	}
	// Split of the naive sum 10254573 by the published key: Hilversum
	// 0.35 · 10254573 = 3589100.55 exactly.
	parts := pub.Split(dec("10254573"))
	for _, pt := range parts {
		if pt.Municipality == "hilversum" && !pt.Amount.Equal(dec("3589100.55")) {
			t.Errorf("Hilversum part %s, want 3589100.55", pt.Amount)
		}
	}
	if sum := sumParts(parts); !sum.Equal(dec("10254573")) {
		t.Errorf("parts sum to %s", sum)
	}
}

func sumParts(ps []Part) decimal.Decimal {
	var s decimal.Decimal
	for _, p := range ps {
		s = s.Add(p.Amount)
	}
	return s
}

func TestNewKeyErrors(t *testing.T) {
	p := Default()
	good := map[string]decimal.Decimal{}
	for _, m := range p.Municipalities() {
		good[m.ID] = dec("0.1")
	}
	good["hilversum"] = dec("0.4")
	if _, err := p.NewKey(good); err != nil {
		t.Fatalf("valid key: %v", err)
	}
	cases := []struct {
		name  string
		edit  func(map[string]decimal.Decimal)
		field string
		is    error
	}{
		{"missing", func(m map[string]decimal.Decimal) { delete(m, "laren"); m["hilversum"] = dec("0.5") }, "key.laren", budget.ErrMissing},
		{"unknown", func(m map[string]decimal.Decimal) { m["eemnes"] = dec("0") }, "key.eemnes", ErrUnknownMunicipality},
		{"negative", func(m map[string]decimal.Decimal) { m["laren"] = dec("-0.1"); m["hilversum"] = dec("0.6") }, "key.laren", ErrNegative},
		{"sum", func(m map[string]decimal.Decimal) { m["laren"] = dec("0.2") }, "key", ErrSumNotOne},
	}
	for _, c := range cases {
		m := map[string]decimal.Decimal{}
		for k, v := range good {
			m[k] = v
		}
		c.edit(m)
		_, err := p.NewKey(m)
		var fe *budget.FieldError
		if !errors.As(err, &fe) || fe.Field != c.field || !errors.Is(err, c.is) {
			t.Errorf("%s: %v, want field %q wrapping %v", c.name, err, c.field, c.is)
		}
	}
}

// Parts add up to the whole, to the cent, for every key and θ.
func TestSplitAddsUp(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	p := Default()
	keys := []Key{p.PublishedKey(), p.InhabitantsKey()}
	for n := 0; n < 2000; n++ {
		o, _ := NewOverlap(randomTheta(r))
		v, _ := p.Saving(Set(r.IntN(1<<14)), Case{Model: o, Realisation: randomRealisation(r)})
		for _, k := range keys {
			parts := k.Split(v)
			if got, want := sumParts(parts), v.Round(2); !got.Equal(want) {
				t.Fatalf("%s key: parts of %s sum to %s, want %s", k.Name(), v, got, want)
			}
			for _, pt := range parts {
				if !pt.Amount.Equal(pt.Amount.Round(2)) {
					t.Fatalf("part %s is not whole cents", pt.Amount)
				}
			}
		}
	}
}

func TestCustomKeySplitAndQuantify(t *testing.T) {
	p := Default()
	k, err := p.NewKey(map[string]decimal.Decimal{
		"blaricum": dec("0.05"), "gooise-meren": dec("0.2"), "hilversum": dec("0.333333333333"),
		"huizen": dec("0.15"), "laren": dec("0.05"), "weesp": dec("0.1"), "wijdemeren": dec("0.116666666667"),
	})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 500; n++ {
		o, _ := NewOverlap(randomTheta(r))
		v, _ := p.Saving(Set(r.IntN(1<<14)), Case{Model: o, Realisation: randomRealisation(r)})
		if got := sumParts(k.Split(v)); !got.Equal(v.Round(2)) {
			t.Fatalf("custom key: %s → %s", v, got)
		}
	}
	// Quantifying the pm saving of heronderzoek: −200000 in begeleiding.
	// Default cases with all measures: at the Low end (θ = 1, 50 %)
	// Dagbesteding's largest realised saving stays 0,5 × 1402478 = 701239
	// (the new one is 0,5 × 200000 = 100000), so Low is unchanged
	// (2478573); High grows by 200000 to 10454573. θ = 1 with every
	// maximum reached also keeps 5869646 (1402478 > 200000).
	q, err := p.Quantify("heronderzoek-wachtlijst", DagbestedingBegeleiding, dec("-200000"))
	if err != nil {
		t.Fatal(err)
	}
	rg, _ := q.Combine(q.All(), Cases{})
	if !rg.Low.Equal(dec("2478573")) || !rg.High.Equal(dec("10454573")) {
		t.Errorf("quantified range %+v", rg)
	}
	if v, _ := q.Saving(q.All(), Case{Model: FullOverlap()}); !v.Equal(dec("5869646")) {
		t.Errorf("quantified, θ = 1: %s", v)
	}
	if p.Measures()[11].CrossEffects[0].PM != true {
		t.Error("Quantify changed the original programme")
	}
	if _, err := q.Quantify("heronderzoek-wachtlijst", DagbestedingBegeleiding, dec("-1")); !errors.Is(err, ErrNotPM) {
		t.Errorf("quantify twice: %v", err)
	}
	if _, err := p.Quantify("nope", DagbestedingBegeleiding, dec("-1")); !errors.Is(err, ErrUnknownMeasure) {
		t.Errorf("unknown measure: %v", err)
	}
	if _, err := p.Quantify("heronderzoek-wachtlijst", Jeugdhulp, dec("-1")); !errors.Is(err, budget.ErrMissing) {
		t.Errorf("no effect in pool: %v", err)
	}
}
