package scenario

//go:generate go run ../internal/cmd/jsongen -out json_gen.go -strings Access,Role,KeuzeStatus -ints budget.Year catalogFile sectionsJSON noteJSON optionJSON lineJSON riskJSON outcomeJSON endsJSON tallyJSON yearJSON assumptionJSON taakstellingJSON municipalityJSON verdictJSON keuzeJSON
