package regional

//go:generate go run ../internal/cmd/jsongen -out json_gen.go -strings budget.Unit -ints budget.Year fileJSON figureJSON noteJSON shareJSON municipalities municipalityJSON measureJSON crossEffectJSON remarkJSON
