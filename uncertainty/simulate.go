package uncertainty

import (
	"context"

	"github.com/hilversum/sociaaldomein/scenario"
)

// Simulate runs in against the embedded data ([scenario.DefaultData]) on
// every core: the one-call form of [New] and [Simulation.Run].
func Simulate(in Input) (Result, error) {
	s, err := New(scenario.DefaultData(), in)
	if err != nil {
		return Result{}, err
	}
	return s.Run(context.Background(), Options{})
}
