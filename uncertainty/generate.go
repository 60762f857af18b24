package uncertainty

//go:generate go run ../internal/cmd/jsongen -out json_gen.go -html -ints budget.Year -write resultJSON,assumptionJSON,yearJSON,sensitivityJSON,effectJSON resultJSON assumptionJSON yearJSON sensitivityJSON effectJSON distJSON inputJSON RealisationDists ThetaDists
