package main

import (
	"fmt"
	"net/http"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/problem"
	"github.com/hilversum/sociaaldomein/uncertainty"
)

// MaxSimulateDraws bounds the draws of one POST /v1/_simulate: 100.000
// draws take about a tenth of a second on one core and give a probability
// to within a standard error of at most 0,0016. A researcher who needs more
// runs the library or examples/analysis.
const MaxSimulateDraws = 100_000

// simulate answers POST /v1/_simulate: the JSON form of an
// uncertainty.Input in, the JSON form of its uncertainty.Result out. One
// request draws on one core (workers only change the speed, never a
// figure), so that concurrent requests share the machine; it stops when
// the client goes away.
func (h *handler) simulate(w http.ResponseWriter, r *http.Request) {
	data, ok := readBody(w, r, uncertainty.MaxInputBytes)
	if !ok {
		return
	}
	in, err := uncertainty.ParseInput(data)
	if err != nil {
		writeProblem(w, problem.Of(err))
		return
	}
	if in.Draws > MaxSimulateDraws {
		writeProblem(w, problem.Of(&budget.FieldError{Field: "draws",
			Err: fmt.Errorf("%w: %d draws; this service draws at most %d per request", uncertainty.ErrDraws, in.Draws, MaxSimulateDraws)}))
		return
	}
	sim, err := uncertainty.New(h.data, in)
	if err != nil {
		writeProblem(w, problem.Of(err))
		return
	}
	res, err := sim.Run(r.Context(), uncertainty.Options{Workers: 1})
	if err != nil {
		// The client went away: nobody reads the answer.
		writeProblem(w, problem.Status(http.StatusInternalServerError, CodeInternal, "the simulation was stopped"))
		return
	}
	writeJSON(w, res, "the result could not be encoded")
}
