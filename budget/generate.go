package budget

//go:generate go run ../internal/cmd/jsongen -out json_gen.go -strings Unit -ints Year Source Document Documents Period factsFile budgetJSON amountJSON taakveldJSON clientsJSON provisionJSON contextJSON raadsvoorstelFile targetJSON
