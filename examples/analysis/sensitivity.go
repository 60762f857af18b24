package main

import (
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// gap is the gap of one year: taakstelling − Hilversum's savings; Known is
// false when the taakstelling or the ramp is unknown for the year.
type gap struct {
	Value decimal.Decimal
	Known bool
}

// sensRow is one row of the sensitivity table: all measures except Without,
// under one assumption changed from the base.
type sensRow struct {
	Parameter string // "base", "theta", "key", "ramp", "without"
	Value     string // the assumption's value, machine form (a θ, a key, a ramp, a measure id)
	Label     string // for display
	Gaps      []gap  // per gap year
	Deltas    []gap  // Gaps − the base's gaps
}

// scenarioSpec is one assumption set of the sensitivity table.
type scenarioSpec struct {
	overlap regional.Overlap
	key     regional.Key
	ramp    regional.Ramp
	set     regional.Set
}

// sensitivity computes the gap (taakstelling − Hilversum's savings, the
// savings split to the cent as scenario.Evaluate does) in each gap year,
// for all measures under the base assumptions (central θ, the chosen key and
// ramp), and with one assumption changed at a time: each θ of the grid, each
// key, each ramp (default, full, slow, and the chosen one), each measure left
// out (its marginal effect). The keuze cost is not part of the gap.
func sensitivity(p *plan, cfg config) []sensRow {
	central, _ := regional.NewOverlap(cfg.Central)
	base := scenarioSpec{overlap: central, key: p.Key, ramp: p.Ramp, set: p.Prog.All()}
	taak := budget.Taakstelling()
	gaps := func(s scenarioSpec) []gap {
		saving := p.Prog.SavingFixed(s.set, s.overlap)
		out := make([]gap, len(cfg.GapYears))
		for i, y := range cfg.GapYears {
			t, tOK := taak.At(y)
			h, hOK := hilversumPart(s.key, s.ramp, saving, y)
			if tOK && hOK {
				out[i] = gap{Value: t.Sub(h), Known: true}
			}
		}
		return out
	}
	baseGaps := gaps(base)
	row := func(param, value, label string, s scenarioSpec) sensRow {
		g := gaps(s)
		d := make([]gap, len(g))
		for i := range g {
			if g[i].Known && baseGaps[i].Known {
				d[i] = gap{Value: g[i].Value.Sub(baseGaps[i].Value), Known: true}
			}
		}
		return sensRow{Parameter: param, Value: value, Label: label, Gaps: g, Deltas: d}
	}

	rows := []sensRow{row("base", "", "all measures; θ "+dutch(cfg.Central)+", key "+cfg.KeyName+", ramp "+cfg.RampName, base)}
	for _, t := range cfg.Thetas {
		s := base
		s.overlap, _ = regional.NewOverlap(t)
		rows = append(rows, row("theta", t.String(), "θ = "+dutch(t), s))
	}
	for _, k := range []string{"published", "inhabitants"} {
		s := base
		s.key = keyOf(p.Prog, k)
		rows = append(rows, row("key", k, "key "+k, s))
	}
	ramps := []string{"default", "full", "slow"}
	if cfg.RampName == "custom" {
		ramps = append(ramps, "custom")
	}
	for _, name := range ramps {
		s := base
		if name == "custom" {
			s.ramp = cfg.Ramp
		} else {
			s.ramp, _ = namedRamp(name)
		}
		rows = append(rows, row("ramp", name, "ramp "+name, s))
	}
	for i, m := range p.Measures {
		s := base
		s.set = base.set.Without(i)
		rows = append(rows, row("without", m.ID, "without "+m.Name, s))
	}
	return rows
}

// dutch writes a plain decimal (a θ, a fraction) with a decimal comma.
func dutch(d decimal.Decimal) string { return strings.Replace(d.String(), ".", ",", 1) }
