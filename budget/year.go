package budget

import "strconv"

// Year is a calendar (and budget) year, such as 2024.
type Year int

// Years that data files and inputs may name. The bounds keep nonsense such as
// year 0 or 99999 out of data files and requests; they are wide enough for any
// budget horizon.
const (
	MinYear Year = 1900
	MaxYear Year = 2200
)

// Valid reports whether y lies within [MinYear, MaxYear].
func (y Year) Valid() bool { return y >= MinYear && y <= MaxYear }

// String returns the year as digits, e.g. "2024".
func (y Year) String() string { return strconv.Itoa(int(y)) }

// Span returns the years from..to inclusive, or nil when to < from.
func Span(from, to Year) []Year {
	if to < from {
		return nil
	}
	ys := make([]Year, 0, int(to-from)+1)
	for y := from; y <= to; y++ {
		ys = append(ys, y)
	}
	return ys
}
