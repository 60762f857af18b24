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

// Hand arithmetic from the seed's lines (savings positive):
//
//	naive sum of the 13 savings:
//	  900000 + 1458246 + 491000 + 812000 + 1632659 + 813041 + 957390
//	+ 625000 + 298496 + 1402478 + 300000 + 400000 + 314263 = 10404573
//	minus the cost of heronderzoek (+150000):       10404573 − 150000 = 10254573
//
//	θ = 1, largest saving per pool:
//	  Jeugdhulp 1458246, Verblijf jeugd 812000, Huishoudelijke hulp 1632659,
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
func TestCombineAllPublished(t *testing.T) {
	p := Default()
	r, err := p.Combine(p.All(), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{r.Low.String(), r.Central.String(), r.High.String()}
	want := []string{"5869646", "8062109.5", "10254573"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("range (-want +got):\n%s", diff)
	}
	if !p.NaiveSum(p.All()).Equal(dec("10254573")) {
		t.Errorf("naive sum %s", p.NaiveSum(p.All()))
	}
	if r.Assumption(budget.Dutch) == "" || r.Assumption(budget.English) == "" {
		t.Error("central end carries no assumption label")
	}
}

// The decimal path of Overlap (CombinePool) and the fixed path agree.
func TestOverlapPathsAgree(t *testing.T) {
	p := Default()
	o, _ := NewOverlap(dec("0.37"))
	fast, _ := p.Saving(p.All(), o)
	var slow decimal.Decimal
	for _, d := range Domains() {
		v, err := p.poolSaving(d, p.All(), o)
		if err != nil {
			t.Fatal(err)
		}
		slow = slow.Add(v)
	}
	if !fast.Equal(slow) {
		t.Errorf("fast %s, slow %s", fast, slow)
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
	got, err := p.Saving(s, q)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(dec("2227003.86")) {
		t.Errorf("sequential = %s, want 2227003.86", got)
	}
	_, err = p.Saving(SetOf(2, 3), q)
	var fe *budget.FieldError
	if !errors.As(err, &fe) || fe.Field != "pool_sizes.verblijf-jeugd" || !errors.Is(err, budget.ErrMissing) {
		t.Errorf("missing pool size: %v", err)
	}
	small, _ := NewSequential(map[Domain]decimal.Decimal{Jeugdhulp: dec("1000000")})
	if _, err := p.Saving(s, small); !errors.Is(err, ErrPoolTooSmall) {
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
		v, _ := p.Saving(s, o)
		naive := p.NaiveSum(s)
		if v.GreaterThan(naive) {
			t.Fatalf("%v θ=%s: %s > naive %s", s, th, v, naive)
		}
		// Between the largest single saving and the naive sum, for sets of
		// savings only (costs are undamped in both).
		if onlySavings(p, s) && s != 0 && v.LessThan(largestSingle(p, s)) {
			t.Fatalf("%v θ=%s: %s below the largest single saving", s, th, v)
		}
		// Never grows as θ grows.
		th2 := th.Add(randomTheta(r).Mul(decimal.NewFromInt(1).Sub(th))).Round(MaxThetaDecimals)
		if th2.GreaterThan(decimal.NewFromInt(1)) {
			th2 = decimal.NewFromInt(1)
		}
		o2, _ := NewOverlap(th2)
		v2, _ := p.Saving(s, o2)
		if v2.GreaterThan(v) {
			t.Fatalf("%v: θ %s → %s grew %s → %s", s, th, th2, v, v2)
		}
		// Adding a saving measure never lowers it.
		i := r.IntN(14)
		if p.measures[i].Effect.IsNegative() {
			v3, _ := p.Saving(s.With(i), o)
			if v3.LessThan(v) {
				t.Fatalf("%v + %d: %s < %s", s, i, v3, v)
			}
		}
		// Order independence: the decimal path, fed the savings in a
		// shuffled order, gives the same result.
		if !shuffledSaving(t, r, p, s, o).Equal(v) {
			t.Fatalf("%v: order matters", s)
		}
		// θ = 0 is additive.
		add, _ := p.Saving(s, Additive{})
		zero, _ := p.Saving(s, Overlap{})
		if !add.Equal(zero) || !add.Equal(naive) {
			t.Fatalf("%v: additive %s, θ=0 %s, naive %s", s, add, zero, naive)
		}
	}
}

func onlySavings(p *Programme, s Set) bool {
	for _, i := range s.Indices() {
		if !p.measures[i].Effect.IsNegative() {
			return false
		}
	}
	return true
}

func shuffledSaving(t *testing.T, r *rand.Rand, p *Programme, s Set, m Model) decimal.Decimal {
	t.Helper()
	var total decimal.Decimal
	for _, d := range Domains() {
		var savings []decimal.Decimal
		var cost decimal.Decimal
		for _, e := range p.pools[d] {
			if s&e.bit == 0 {
				continue
			}
			if e.saving > 0 {
				savings = append(savings, decimal.New(e.saving, -2))
			} else {
				cost = cost.Add(decimal.New(-e.saving, -2))
			}
		}
		r.Shuffle(len(savings), func(i, j int) { savings[i], savings[j] = savings[j], savings[i] })
		v, err := m.CombinePool(d, savings)
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
		v, _ := p.Saving(Set(r.IntN(1<<14)), o)
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
		v, _ := p.Saving(Set(r.IntN(1<<14)), o)
		if got := sumParts(k.Split(v)); !got.Equal(v.Round(2)) {
			t.Fatalf("custom key: %s → %s", v, got)
		}
	}
	// Quantifying the pm saving of heronderzoek: −200000 in begeleiding.
	// θ = 1 with all measures: Dagbesteding's largest saving stays 1402478,
	// so Low is unchanged (5869646); High grows by 200000 to 10454573.
	q, err := p.Quantify("heronderzoek-wachtlijst", DagbestedingBegeleiding, dec("-200000"))
	if err != nil {
		t.Fatal(err)
	}
	rg, _ := q.Combine(q.All(), nil)
	if !rg.Low.Equal(dec("5869646")) || !rg.High.Equal(dec("10454573")) {
		t.Errorf("quantified range %+v", rg)
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
