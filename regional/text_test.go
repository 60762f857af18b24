package regional

import (
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// TestThetaText: θ in millionths formats as budget.Locale.Number does with
// as many decimals as θ has.
func TestThetaText(t *testing.T) {
	for _, l := range []budget.Locale{budget.Dutch, budget.English} {
		for m := int64(0); m <= micro; m += 997 {
			for _, v := range []int64{m, m - m%10, m - m%1000, m - m%100000, micro} {
				d := decimal.New(v, -MaxThetaDecimals)
				places := int32(0)
				for places < MaxThetaDecimals && !d.Equal(d.Round(places)) {
					places++
				}
				if got, want := thetaText(l, v), l.Number(d, places); got != want {
					t.Fatalf("%v: thetaText(%d) = %q, want %q", l, v, got, want)
				}
			}
		}
	}
}
