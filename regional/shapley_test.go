package regional

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// Shapley by hand, Jeugdhulp pool, θ = 0.5, a = 900000, b = 1458246:
//
//	v(a) = 900000, v(b) = 1458246, v(ab) = 1458246 + 900000/2 = 1908246
//	φa = ½·900000 + ½·(1908246 − 1458246) = 450000 + 225000 = 675000
//	φb = ½·1458246 + ½·(1908246 − 900000) = 729123 + 504123 = 1233246
func TestShapleyByHand(t *testing.T) {
	p := Default()
	parts, err := p.Shapley(SetOf(0, 1), Case{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, pt := range parts {
		got[pt.Measure] = pt.Amount.String()
	}
	want := map[string]string{"vindplaats-werkplaats": "675000", "anders-verwijzen": "1233246"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("shapley (-want +got):\n%s", diff)
	}
}

// The cost of heronderzoek stands alone in its effect on the pool: its
// Shapley part is the cost itself, −150000, and Gezamenlijke toegang keeps
// its 400000 (costs are undamped, so there is no interaction).
func TestShapleyCost(t *testing.T) {
	p := Default()
	parts, err := p.Shapley(SetOf(11, 12), Case{})
	if err != nil {
		t.Fatal(err)
	}
	if !parts[0].Amount.Equal(dec("-150000")) || !parts[1].Amount.Equal(dec("400000")) {
		t.Errorf("parts %+v", parts)
	}
}

// Shapley parts add up to the combined saving to the cent, for every θ,
// realisation and random set; a measure alone in its pool gets exactly its
// own saving.
func TestShapleyAddsUp(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 300; n++ {
		p := randomProgramme(r)
		s := Set(r.IntN(1 << 14))
		o, _ := NewOverlap(randomTheta(r))
		c := Case{Model: o, Realisation: randomRealisation(r)}
		v, _ := p.Saving(s, c)
		parts, err := p.Shapley(s, c)
		if err != nil {
			t.Fatal(err)
		}
		var sum decimal.Decimal
		for _, pt := range parts {
			sum = sum.Add(pt.Amount)
		}
		if !sum.Equal(v.Round(2)) {
			t.Fatalf("%v: parts sum %s, saving %s", s, sum, v)
		}
		if len(parts) != s.Len() {
			t.Fatalf("%v: %d parts", s, len(parts))
		}
	}
	p := Default()
	parts, _ := p.Shapley(SetOf(13), Case{})
	if !parts[0].Amount.Equal(dec("314263")) {
		t.Errorf("lone measure gets %s", parts[0].Amount)
	}
}

func TestShapleyErrors(t *testing.T) {
	p := Default()
	if _, err := p.Shapley(SetOf(15), Case{}); !errors.Is(err, ErrUnknownMeasure) {
		t.Errorf("set beyond programme: %v", err)
	}
	q, _ := NewSequential(nil)
	_, err := p.Shapley(SetOf(0, 1), Case{Model: q})
	var fe *budget.FieldError
	if !errors.As(err, &fe) || fe.Field != "pool_sizes.jeugdhulp" {
		t.Errorf("sequential without sizes: %v", err)
	}
}
