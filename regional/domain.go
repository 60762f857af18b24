package regional

import (
	"fmt"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/internal/text"
)

// Domain is a cost pool: one of the seed's six groups of measures. Savings
// of measures in one pool overlap ("communicerende vaten"); savings in
// different pools add up.
type Domain int

// The six domains, in the seed's order.
const (
	Jeugdhulp Domain = iota
	VerblijfJeugd
	HuishoudelijkeHulp
	DagbestedingBegeleiding
	BeschermdWonen
	WmoVervoer

	// NumDomains is the number of domains.
	NumDomains = 6
)

var domainIDs = [NumDomains]string{"jeugdhulp", "verblijf-jeugd", "huishoudelijke-hulp", "dagbesteding-begeleiding", "beschermd-wonen", "wmo-vervoer"}
var domainNL = [NumDomains]string{"Jeugdhulp", "Verblijf Jeugd", "Huishoudelijke hulp", "Dagbesteding en begeleiding", "Beschermd wonen", "Wmo-vervoer"}
var domainEN = [NumDomains]string{"Youth care", "Youth residential care", "Household help", "Day activities and support", "Sheltered housing", "Wmo transport"}

// Domains returns the six domains in the seed's order.
func Domains() []Domain {
	return []Domain{Jeugdhulp, VerblijfJeugd, HuishoudelijkeHulp, DagbestedingBegeleiding, BeschermdWonen, WmoVervoer}
}

// Valid reports whether d is one of the six domains.
func (d Domain) Valid() bool { return d >= 0 && d < NumDomains }

// ID returns the machine name used in data files and field paths, e.g.
// "dagbesteding-begeleiding".
func (d Domain) ID() string {
	if !d.Valid() {
		return fmt.Sprintf("domain(%d)", int(d))
	}
	return domainIDs[d]
}

// String returns the Dutch name as the seed prints it, e.g. "Verblijf Jeugd".
func (d Domain) String() string { return d.Label(budget.Dutch) }

// Label returns the domain's name in the locale.
func (d Domain) Label(l budget.Locale) string {
	if !d.Valid() {
		return d.ID()
	}
	if l == budget.English {
		return domainEN[d]
	}
	return domainNL[d]
}

// ParseDomain returns the domain with the machine name id.
func ParseDomain(id string) (Domain, error) {
	for i, s := range domainIDs {
		if s == id {
			return Domain(i), nil
		}
	}
	if id == "" {
		return 0, budget.ErrMissing
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownDomain, text.Clip(id, text.MaxQuote))
}
