package main

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/scenario"
	"github.com/hilversum/sociaaldomein/uncertainty"
	"github.com/shopspring/decimal"
)

// mcConfig is the Monte Carlo mode's part of a command line.
type mcConfig struct {
	Input   uncertainty.Input
	Workers int
	Prefix  string // the files: <prefix>-quantiles.csv, -tornado.csv, -fan.svg, -tornado.svg, -draws.csv
	Raw     bool   // also write every draw
}

// mcFlags are the flags of the Monte Carlo mode, by name: they are refused
// without -mc, and the enumeration's own flags are refused with it.
var mcFlags = []string{"seed", "draws", "workers", "config", "realisation", "doubted", "theta-dist", "correlation", "delay", "costs", "quantiles", "raw"}

// enumerationFlags are the flags only the enumeration reads.
var enumerationFlags = []string{"theta", "central", "low-realisation", "gap-years", "ties", "format", "table"}

// mcFlagValues are the Monte Carlo flags' values before parsing.
type mcFlagValues struct {
	on                                                         *bool
	seed                                                       *uint64
	draws, workers                                             *int
	config, realisation, doubted, theta, rho, delay, costs, qs *string
	raw                                                        *bool
}

func addMCFlags(fs *flag.FlagSet) mcFlagValues {
	return mcFlagValues{
		on:          fs.Bool("mc", false, "Monte Carlo mode: draw scenarios from the distributions below and report, per year, P10/P50/P90 of Hilversum's savings and of the balance, the probability that the taakstelling is met and a tornado table; writes files under -o PREFIX"),
		seed:        fs.Uint64("seed", 1, "-mc: the random `seed`; the same seed gives the same figures on every machine and for any -workers"),
		draws:       fs.Int("draws", uncertainty.DefaultDraws, "-mc: number of `draws`"),
		workers:     fs.Int("workers", 0, "-mc: goroutines drawing (`n`; 0 = every core); changes only the speed"),
		config:      fs.String("config", "", "-mc: a JSON `file` with the whole input (the form of POST /v1/_simulate; unknown keys are errors); flags given as well override it"),
		realisation: fs.String("realisation", "", "-mc: `dist`ribution of every measure's share of its maximum: point:V, uniform:LO:HI or triangular:LO:MODE:HI, whole percents as fractions (default uniform:0.5:1)"),
		doubted:     fs.String("doubted", "", "-mc: `dist`ribution of the two measures AEF doubted (default uniform:-0.25:1)"),
		theta:       fs.String("theta-dist", "", "-mc: `dist`ribution of the overlap θ of every domain, drawn per domain (default uniform:0:1)"),
		rho:         fs.String("correlation", "", "-mc: probability `ρ` that the measures of one domain do equally well in a draw (default 0.5)"),
		delay:       fs.String("delay", "", "-mc: `dist`ribution of the ramp's delay in whole months (default uniform:0:12)"),
		costs:       fs.String("costs", "", "-mc: `dist`ribution of the regional implementation costs in euros per year; without it they are pm and every probability excludes them"),
		qs:          fs.String("quantiles", "", "-mc: comma-separated `quantiles` besides 0.1, 0.5 and 0.9 (each in (0, 1), at most 6 decimals)"),
		raw:         fs.Bool("raw", false, "-mc: also write every draw to <prefix>-draws.csv (one row per draw and year)"),
	}
}

// parseMC builds the Monte Carlo configuration from the flags; set holds
// the names of the flags given.
func parseMC(v mcFlagValues, set map[string]bool, key, rampName string, ramp budget.Series, from, to budget.Year, out string) (*mcConfig, error) {
	mc := &mcConfig{Workers: *v.workers, Prefix: out, Raw: *v.raw}
	if *v.config != "" {
		data, err := os.ReadFile(*v.config)
		if err != nil {
			return nil, usagef("-config: %v", err)
		}
		in, err := uncertainty.ParseInput(data)
		if err != nil {
			return nil, usagef("-config %s: %v", *v.config, err)
		}
		mc.Input = in
	} else {
		mc.Input.Seed, mc.Input.Draws = *v.seed, *v.draws
	}
	in := &mc.Input
	if set["seed"] {
		in.Seed = *v.seed
	}
	if set["draws"] {
		if *v.draws < 1 {
			return nil, usagef("-draws: %d; give at least 1", *v.draws)
		}
		in.Draws = *v.draws
	}
	if set["key"] || *v.config == "" {
		in.Key = scenario.KeyInput{Kind: key}
	}
	if set["ramp"] && rampName != "default" {
		in.Ramp = &ramp
	}
	if set["from"] || *v.config == "" {
		in.From = from
	}
	if set["to"] || *v.config == "" {
		in.To = to
	}
	for _, d := range []struct {
		flag string
		val  string
		dst  **uncertainty.Dist
	}{
		{"realisation", *v.realisation, &in.Realisation.Default},
		{"doubted", *v.doubted, &in.Realisation.Doubted},
		{"theta-dist", *v.theta, &in.Theta.Default},
		{"delay", *v.delay, &in.RampDelay},
		{"costs", *v.costs, &in.ImplementationCosts},
	} {
		if d.val == "" {
			continue
		}
		dist, err := parseDist(d.val)
		if err != nil {
			return nil, usagef("-%s: %v", d.flag, err)
		}
		*d.dst = &dist
	}
	if *v.rho != "" {
		r, err := budget.ParseDecimal(strings.TrimSpace(*v.rho))
		if err != nil {
			return nil, usagef("-correlation: %v", err)
		}
		in.Correlation = &r
	}
	// The fan chart needs P10, P50 and P90; others are added.
	qs := in.Quantiles
	if qs == nil {
		qs = uncertainty.DefaultQuantiles()
	}
	qs = append(slices.Clone(qs), uncertainty.DefaultQuantiles()...)
	for _, f := range splitList(*v.qs) {
		q, err := budget.ParseDecimal(f)
		if err != nil {
			return nil, usagef("-quantiles: %q: %v", f, err)
		}
		qs = append(qs, q)
	}
	slices.SortFunc(qs, decimal.Decimal.Cmp)
	in.Quantiles = slices.CompactFunc(qs, decimal.Decimal.Equal)
	in.Sensitivity = true
	if mc.Prefix == "" {
		return nil, usagef("-mc writes files: give -o PREFIX (e.g. -o out/onzekerheid)")
	}
	// Every value is checked now, so that a bad one is a usage error.
	if _, err := uncertainty.New(nil, *in); err != nil {
		return nil, usagef("-mc: %v", err)
	}
	return mc, nil
}

// parseDist reads "point:V", "uniform:LO:HI" or "triangular:LO:MODE:HI".
func parseDist(s string) (uncertainty.Dist, error) {
	parts := strings.Split(strings.TrimSpace(s), ":")
	nums := make([]decimal.Decimal, 0, 3)
	for _, p := range parts[1:] {
		d, err := budget.ParseDecimal(strings.TrimSpace(p))
		if err != nil {
			return uncertainty.Dist{}, fmt.Errorf("%q: %v", s, err)
		}
		nums = append(nums, d)
	}
	switch {
	case parts[0] == "point" && len(nums) == 1:
		return uncertainty.Point(nums[0]), nil
	case parts[0] == "uniform" && len(nums) == 2:
		return uncertainty.Uniform(nums[0], nums[1]), nil
	case parts[0] == "triangular" && len(nums) == 3:
		return uncertainty.Triangular(nums[0], nums[1], nums[2]), nil
	}
	return uncertainty.Dist{}, fmt.Errorf("%q is not point:V, uniform:LO:HI or triangular:LO:MODE:HI", s)
}

// runMC runs the simulation and writes its files; a summary goes to
// stdout, progress to stderr.
func runMC(cfg config, stdout, stderr io.Writer) error {
	mc := cfg.MC
	sim, err := uncertainty.New(nil, mc.Input)
	if err != nil {
		return err
	}
	start := time.Now()
	opt := uncertainty.Options{Workers: mc.Workers, KeepDraws: mc.Raw}
	if !cfg.Quiet {
		next := 10
		opt.Progress = func(done, total int) {
			for pct := done * 100 / total; pct >= next; next += 10 {
				fmt.Fprintf(stderr, "analysis: drawn %3d %% (%d of %d) in %v\n", next, done, total, time.Since(start).Round(time.Millisecond))
			}
		}
	}
	res, err := sim.Run(context.Background(), opt)
	if err != nil {
		return err
	}
	files := []struct {
		suffix string
		write  func(io.Writer) error
	}{
		{"-quantiles.csv", func(w io.Writer) error { return writeQuantilesCSV(w, res) }},
		{"-tornado.csv", func(w io.Writer) error { return writeTornadoCSV(w, res) }},
		{"-fan.svg", func(w io.Writer) error { return writeFan(w, res) }},
		{"-tornado.svg", func(w io.Writer) error { return writeTornado(w, res) }},
	}
	if mc.Raw {
		files = append(files, struct {
			suffix string
			write  func(io.Writer) error
		}{"-draws.csv", func(w io.Writer) error { return writeDrawsCSV(w, res) }})
	}
	for _, f := range files {
		name := mc.Prefix + f.suffix
		if err := writeFile(name, f.write); err != nil {
			return err
		}
		if !cfg.Quiet {
			fmt.Fprintln(stderr, "wrote", name)
		}
	}
	fmt.Fprintf(stdout, "Monte Carlo: %d trekkingen, seed %d\n", res.Draws, res.Seed)
	for _, y := range res.Years {
		if y.Known {
			fmt.Fprintf(stdout, "%d  P(gehaald) %s ± %s  %s\n", y.Year, strconv.FormatFloat(y.P(), 'f', 4, 64), strconv.FormatFloat(y.SE(), 'f', 4, 64), res.Sentence(y))
		} else {
			fmt.Fprintf(stdout, "%d  %s\n", y.Year, res.Sentence(y))
		}
	}
	return nil
}

// writeQuantilesCSV writes one row per year and quantile.
func writeQuantilesCSV(w io.Writer, res uncertainty.Result) error {
	cw := csv.NewWriter(w)
	costs := "included"
	if res.CostsPM {
		costs = "pm"
	}
	_ = cw.Write([]string{"year", "quantile", "savings", "balance", "target", "p_met", "se", "met", "draws", "implementation_costs", "seed"})
	for _, y := range res.Years {
		if !y.Known {
			_ = cw.Write([]string{y.Year.String(), "", "", "", "", "", "", "", strconv.Itoa(y.Draws), costs, strconv.FormatUint(res.Seed, 10)})
			continue
		}
		for i, q := range res.Quantiles {
			_ = cw.Write([]string{y.Year.String(), q.String(), money(y.Savings[i]), money(y.Balance[i]), money(y.Target),
				strconv.FormatFloat(y.P(), 'f', 6, 64), strconv.FormatFloat(y.SE(), 'f', 6, 64), strconv.Itoa(y.Met), strconv.Itoa(y.Draws), costs, strconv.FormatUint(res.Seed, 10)})
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeTornadoCSV writes the tornado table: per year, the inputs by swing.
func writeTornadoCSV(w io.Writer, res uncertainty.Result) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"year", "rank", "input", "label", "p_met_low", "p_met_high", "swing", "index"})
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 6, 64) }
	for _, ys := range res.Sensitivity {
		for i, e := range ys.Inputs {
			_ = cw.Write([]string{ys.Year.String(), strconv.Itoa(i + 1), e.Input, e.Label, f(e.Low), f(e.High), f(e.Swing()), f(e.Index)})
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeDrawsCSV writes every draw: one row per draw and known year, in
// cents written as euros.
func writeDrawsCSV(w io.Writer, res uncertainty.Result) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"draw", "year", "savings", "balance"})
	for i := 0; i < res.Draws; i++ {
		for yi, y := range res.Years {
			if res.Raw.Savings[yi] == nil {
				continue
			}
			_ = cw.Write([]string{strconv.Itoa(i), y.Year.String(), money(decimal.New(res.Raw.Savings[yi][i], -2)), money(decimal.New(res.Raw.Balance[yi][i], -2))})
		}
	}
	cw.Flush()
	return cw.Error()
}
