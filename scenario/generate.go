package scenario

//go:generate go run ../internal/cmd/jsongen -out json_gen.go -strings Access,Role,KeuzeStatus -ints budget.Year -read outcomeJSON,endsJSON,tallyJSON,yearJSON,assumptionJSON,taakstellingJSON,municipalityJSON,verdictJSON,keuzeJSON catalogFile sectionsJSON noteJSON optionJSON lineJSON riskJSON outcomeJSON endsJSON tallyJSON yearJSON assumptionJSON taakstellingJSON municipalityJSON verdictJSON keuzeJSON
