package problem

//go:generate go run ../cmd/jsongen -out json_gen.go -html -write Details,InvalidParam Details InvalidParam
