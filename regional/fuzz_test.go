package regional

import (
	"bytes"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// FuzzNewKey feeds arbitrary share texts to key validation: it must never
// panic, must report errors as FieldErrors, and a key it accepts must split
// any amount into whole cents that add up to the whole.
func FuzzNewKey(f *testing.F) {
	f.Add("0.05", "0.2", "0.35", "0.15", "0.05", "0.1", "0.1", "1234567.89")
	f.Add("0", "0", "1", "0", "0", "0", "0", "-150000")
	f.Add("-0.1", "0.2", "0.5", "0.15", "0.05", "0.1", "0.1", "0.01")
	f.Add("0.333333333333", "0.333333333333", "0.333333333334", "0", "0", "0", "0", "1")
	f.Add("1e3", "x", "", "0.1", "0.1", "0.1", "0.1", "10")
	p := Default()
	ids := []string{}
	for _, m := range p.Municipalities() {
		ids = append(ids, m.ID)
	}
	f.Fuzz(func(t *testing.T, a, b, c, d, e, g, h, amount string) {
		shares := map[string]decimal.Decimal{}
		for i, txt := range []string{a, b, c, d, e, g, h} {
			v, err := budget.ParseDecimal(txt)
			if err != nil {
				return
			}
			shares[ids[i]] = v
		}
		k, err := p.NewKey(shares)
		if err != nil {
			var fe *budget.FieldError
			if !errors.As(err, &fe) || !strings.HasPrefix(fe.Field, "key") {
				t.Fatalf("error %v is not a FieldError on the key", err)
			}
			return
		}
		// Its integers are those of the shares as rationals (math/big).
		rats := make([]*big.Rat, len(ids))
		for i, id := range ids {
			rats[i] = shares[id].Rat()
		}
		if ref := newFastKey(rats); ref == nil || k.fast == nil || ref.den != k.fast.den || !slices.Equal(ref.nums, k.fast.nums) {
			t.Fatalf("key integers %+v, from math/big %+v", k.fast, ref)
		}
		for i, sh := range k.Shares() {
			if sh.Exact.Cmp(rats[i]) != 0 {
				t.Fatalf("share %d is %s, want %s", i, sh.Exact, rats[i])
			}
		}
		amt, err := budget.ParseAmount(amount)
		if err != nil {
			return
		}
		parts := k.Split(amt)
		var sum decimal.Decimal
		for _, pt := range parts {
			sum = sum.Add(pt.Amount)
		}
		if !sum.Equal(amt.Round(2)) {
			t.Fatalf("parts of %s sum to %s", amt, sum)
		}
	})
}

// FuzzLoad feeds arbitrary bytes to the loader: never a panic, always a
// DataError on failure; a file that loads survives load → save → load
// with the same measures and municipalities, and saves to the same bytes.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(validFile))
	f.Add([]byte(`{"measures": [{"id": "m", "id": "n"}]}`))
	f.Add([]byte(`{"municipalities": {"list": [{"inhabitants": -1}]}}`))
	f.Add([]byte(`[[[[[[[[[[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Load(strings.NewReader(string(data)), "fuzz.json")
		if err != nil {
			var de *budget.DataError
			if !errors.As(err, &de) {
				t.Fatalf("error %v (%T) is not a DataError", err, err)
			}
			return
		}
		if _, err := p.Combine(p.All(), Cases{}); err != nil {
			t.Fatalf("combine of a loaded programme: %v", err)
		}
		_ = p.PublishedKey().Split(p.NaiveSum(p.All()))
		checkRoundTrip(t, p)
	})
}

func checkRoundTrip(t *testing.T, p *Programme) {
	t.Helper()
	var first, second bytes.Buffer
	if err := Save(&first, p); err != nil {
		t.Fatal(err)
	}
	back, err := Load(bytes.NewReader(first.Bytes()), "saved.json")
	if err != nil {
		t.Fatalf("saved file does not load: %v", err)
	}
	if d := cmp.Diff(p.Measures(), back.Measures()); d != "" {
		t.Fatalf("measures changed in load → save → load (-first +second):\n%s", d)
	}
	if d := cmp.Diff(p.Municipalities(), back.Municipalities()); d != "" {
		t.Fatalf("municipalities changed (-first +second):\n%s", d)
	}
	if d := cmp.Diff(p.Documents(), back.Documents()); d != "" {
		t.Fatalf("documents changed (-first +second):\n%s", d)
	}
	for _, s := range [][2]budget.Source{{p.PublishedShareSource(), back.PublishedShareSource()}, {p.MunicipalitySource(), back.MunicipalitySource()}, {p.RegionalSpending().Source, back.RegionalSpending().Source}} {
		if s[0] != s[1] {
			t.Fatalf("source changed: %+v, then %+v", s[0], s[1])
		}
	}
	if d := cmp.Diff(p.Notes(), back.Notes()); d != "" {
		t.Fatalf("notes changed (-first +second):\n%s", d)
	}
	if err := Save(&second, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("saving the reloaded programme gives other bytes")
	}
}

func TestSaveRoundTrip(t *testing.T) {
	checkRoundTrip(t, Default())
	q, err := Default().Quantify("heronderzoek-wachtlijst", DagbestedingBegeleiding, decimal.NewFromInt(-100000))
	if err != nil {
		t.Fatal(err)
	}
	checkRoundTrip(t, q)
}
