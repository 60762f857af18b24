package scenario

import (
	"slices"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/shopspring/decimal"
)

// Comparison sets two options side by side, line by line, for the years
// either publishes. Lines are matched by id; a line only one option has
// appears with the other side absent.
type Comparison struct {
	Left, Right Option
	Years       []budget.Year
	Rows        []CompareRow
}

// CompareRow is one line in a comparison.
type CompareRow struct {
	ID          string
	Label       string       // the left option's label, or the right one's when only it has the line
	Left, Right *budget.Line // nil when the option does not have the line
}

// Cell is one side of a row (or of the totals) in one year: the amount
// (unknown for a pm line, an absent line or a year not published; PM for a
// pm line or, for totals, pm lines left out), and whether the option has the
// line at all.
type Cell struct {
	budget.Amount
	Absent bool // the option does not have this line
}

// Compare returns the side-by-side comparison of a and b: a's lines in
// printed order, then the lines only b has, in b's order.
func Compare(a, b Option) Comparison {
	c := Comparison{Left: a, Right: b, Years: unionYears(a.Years(), b.Years())}
	for i := range a.Lines {
		l := &a.Lines[i]
		row := CompareRow{ID: l.ID, Label: l.Label, Left: l}
		for j := range b.Lines {
			if b.Lines[j].ID == l.ID {
				row.Right = &b.Lines[j]
			}
		}
		c.Rows = append(c.Rows, row)
	}
	for j := range b.Lines {
		r := &b.Lines[j]
		if _, ok := a.Line(r.ID); !ok {
			c.Rows = append(c.Rows, CompareRow{ID: r.ID, Label: r.Label, Right: r})
		}
	}
	return c
}

// Cells returns both sides of the row in year y and their difference.
// The difference Right − Left is known only when both sides are known
// amounts; PM says a side left pm lines out, so it is itself "+/− pm".
func (r CompareRow) Cells(y budget.Year) (left, right Cell, diff budget.Amount) {
	left, right = lineCell(r.Left, y), lineCell(r.Right, y)
	return left, right, difference(left, right)
}

// Totals returns both options' totals in year y (computed from their lines)
// and their difference.
func (c Comparison) Totals(y budget.Year) (left, right Cell, diff budget.Amount) {
	left, right = totalCell(c.Left.Sum(y)), totalCell(c.Right.Sum(y))
	return left, right, difference(left, right)
}

func lineCell(l *budget.Line, y budget.Year) Cell {
	if l == nil {
		return Cell{Absent: true}
	}
	if l.PM {
		return Cell{Amount: budget.PMAmount()}
	}
	a, ok := l.Amount(y)
	return Cell{Amount: budget.Amount{Value: a, Known: ok}}
}

func totalCell(t budget.Total) Cell {
	c := Cell{Amount: t.AsAmount()}
	c.PM = t.PM > 0 // pm lines left out, whether or not the rest is known
	return c
}

// difference treats an absent line as zero (the option does not spend it),
// and a pm or unpublished side as unknown.
func difference(l, r Cell) budget.Amount {
	val := func(c Cell) (decimal.Decimal, bool) {
		if c.Absent {
			return decimal.Zero, true
		}
		return c.Value, c.Known
	}
	la, lok := val(l)
	ra, rok := val(r)
	if !lok || !rok {
		return budget.Amount{PM: l.PM || r.PM}
	}
	return budget.Amount{Value: ra.Sub(la), Known: true, PM: l.PM || r.PM}
}

func unionYears(a, b []budget.Year) []budget.Year {
	seen := map[budget.Year]bool{}
	var out []budget.Year
	for _, ys := range [][]budget.Year{a, b} {
		for _, y := range ys {
			if !seen[y] {
				seen[y] = true
				out = append(out, y)
			}
		}
	}
	slices.Sort(out)
	return out
}
