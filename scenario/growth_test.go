package scenario

import (
	"fmt"
	"sync"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// TestGrowthConcurrent: evaluations with growth prognoses, run at once on
// one Data over every window of client counts and years far apart, give
// the growth of the formula base · ((1 + r)^n − 1), rounded to the cent,
// computed on its own per year (decimal.PowInt32), and none before the base
// year.
func TestGrowthConcurrent(t *testing.T) {
	d, err := NewData(DefaultCatalog(), nil, budget.TaakstellingTarget(), budget.StartnotitieFacts())
	if err != nil {
		t.Fatal(err)
	}
	base, baseYear := d.growth.base, d.growth.baseYear
	type job struct {
		in   Input
		rate decimal.Decimal
	}
	var jobs []job
	years := d.growth.clients.Years()
	for _, from := range years {
		for _, to := range years {
			if from >= to {
				continue
			}
			r, err := d.growth.clients.GrowthRate(from, to)
			if err != nil {
				t.Fatal(err)
			}
			for _, span := range [][2]budget.Year{{2022, 2030}, {2060, 2100}, {2150, 2199}} {
				jobs = append(jobs, job{Input{Growth: GrowthInput{Kind: GrowthClients, From: from, To: to}, From: span[0], To: span[1]}, r})
			}
		}
	}
	one := decimal.NewFromInt(1)
	var wg sync.WaitGroup
	errs := make(chan error, len(jobs))
	for _, j := range jobs {
		wg.Go(func() {
			out, err := d.Evaluate(j.in)
			if err != nil {
				errs <- err
				return
			}
			for _, y := range out.Years {
				if y.Year < baseYear {
					if y.Growth.Known {
						errs <- fmt.Errorf("%d before the base year: growth %v", y.Year, y.Growth)
					}
					continue
				}
				f, _ := one.Add(j.rate).PowInt32(int32(y.Year - baseYear))
				want := base.Mul(f.Sub(one)).Round(2)
				if !y.Growth.Known || !y.Growth.Value.Equal(want) {
					errs <- fmt.Errorf("window %d–%d, %d: growth %v, want %s", j.in.Growth.From, j.in.Growth.To, y.Year, y.Growth, want)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
