package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/hilversum/sociaaldomein/budget"
	"github.com/hilversum/sociaaldomein/regional"
	"github.com/shopspring/decimal"
)

// Output formats and tables.
const (
	formatText = "text"
	formatCSV  = "csv"

	tableAll         = "all"
	tableSummary     = "summary"
	tableMinimal     = "minimal"
	tableSensitivity = "sensitivity"
)

// config is a parsed, validated command line.
type config struct {
	Thetas  []decimal.Decimal // the θ grid, ascending, always holding 0 (gunstig) and Central
	Central decimal.Decimal   // the central assumption
	// LowRealisation is the share of every measure's maximum reached in
	// the ongunstig case; nil keeps the library's default
	// (regional.Programme.DefaultCases).
	LowRealisation *decimal.Decimal
	KeyName        string // "published" or "inhabitants"
	RampName       string // "default", "full", "slow" or "custom"
	Ramp           regional.Ramp
	From, To       budget.Year
	GapYears       []budget.Year // years of the sensitivity table
	Ties           int           // minimal sets listed per target; 0 = all
	Format         string
	Table          string
	Out            string // "" = stdout
	Quiet          bool
	// MC is the Monte Carlo mode (-mc); nil runs the enumeration.
	MC *mcConfig
}

// errUsage marks a bad command line: main exits with code 2.
var errUsage = errors.New("usage")

// usageError is a bad command line with the reason.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }
func (e *usageError) Unwrap() error { return errUsage }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

const usageText = `analysis — which sets of regional measures meet Hilversum's taakstelling?

Enumerates all 2^14 subsets of the 14 measures of the regional actieprogramma
× the targets (taakstelling alone; taakstelling + extra cost of keuze A–D,
two budgets added up on purpose) × the cases: ongunstig (the pessimistic end
of the library's range: only the largest saving per domain counts, each
measure reaches half of its maximum, the two measures AEF doubts raise costs)
and a grid of overlap assumptions θ with every maximum reached (θ 0 = the
savings add up: gunstig, the optimistic end), with a distribution key and a
ramp, over -from…-to.

A set MEETS a target under a case when scenario.Judge says "met-if"
(gehaald als) in every year whose requirement is known, for the balance
  Hilversum's savings (key share × ramp(year) × combined regional saving,
  split to the cent as scenario.Evaluate does) − taakstelling(year)
  − keuze extra cost(year).
The implementation costs are pro memorie, so "met" outright is impossible:
met-if means met as long as Hilversum's implementation costs stay within
the headroom (the balance). The keuze cost counts in 2024–2027 (its
tables), is 0 before 2024, and is unknown after 2027; pm lines are not
counted and flagged "+ pm"; unknown years are listed, never counted as 0.

Tables: summary (counts and smallest size per case and target), minimal (the
smallest sets under the ongunstig and the middelste case, with the headroom
per year), sensitivity (balance = Hilversum's savings − taakstelling with all
measures, per assumption, from scenario.Evaluate).

Monte Carlo mode (-mc): draws whole scenarios from stated distributions
(package uncertainty: each measure's realisation, θ per domain, the ramp's
delay, and the implementation costs only when -costs gives them; otherwise
they are pm and every probability excludes them) and writes, under
-o PREFIX: PREFIX-quantiles.csv (one row per year and quantile: Hilversum's
savings, the balance, P(met) and its standard error), PREFIX-tornado.csv
(per year, each input's P(met) in its lowest and highest tenth and its
first-order index), PREFIX-fan.svg (P10–P90 band, P50 line, taakstelling
line), PREFIX-tornado.svg, and with -raw PREFIX-draws.csv. -seed fixes
every figure, on any machine and for any -workers.

Usage: go run ./examples/analysis [flags]
       go run ./examples/analysis -mc -seed 1 -draws 1000000 -o out/onzekerheid

Flags:
`

// parseFlags parses args (without the program name). Errors wrap errUsage;
// -h returns flag.ErrHelp after printing the usage to stderr.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("analysis", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
	}
	theta := fs.String("theta", "0,0.25,0.5,0.75,1", "comma-separated `grid` of overlap fractions θ in [0, 1] (at most 6 decimals), each with every maximum reached; 0 (gunstig) and -central are always added")
	central := fs.String("central", "0.5", "the central overlap `θ`, the middelste aanname (an assumption; nothing in the seed fixes it)")
	lowReal := fs.String("low-realisation", "default", "`share` of every measure's maximum reached in the ongunstig case, in [-1, 1] in whole percents (\"1\" = every maximum); default: 0.5, and -0.25 (a cost) for the two measures AEF doubts")
	key := fs.String("key", "published", "distribution `key`: published (Hilversum 35 %) or inhabitants (all 7 by inhabitants)")
	ramp := fs.String("ramp", "default", "`ramp` of the 2024 effect: default (2021 0, 2022 0.4, 2023 0.8, from 2024 1), full (2021 0, from 2022 1), slow (2021 0, 2022 0.2, 2023 0.4, 2024 0.6, 2025 0.8, from 2026 1) or custom \"2022=0.5,2023=0.75,2024+=1\" (Y+= is the open-ended tail)")
	from := fs.Int("from", 2022, "first `year`")
	to := fs.Int("to", 2027, "last `year`")
	gap := fs.String("gap-years", "2022,2024", "comma-separated `years` of the sensitivity table")
	ties := fs.Int("ties", 10, "most minimal sets listed per target and θ (`n`); 0 lists all ties")
	format := fs.String("format", formatText, "output `format`: text (aligned, nl-NL amounts) or csv (header row, decimal point, no thousands separators)")
	table := fs.String("table", tableAll, "`table` to write: all, summary, minimal or sensitivity; csv with all needs -o (one file per table)")
	out := fs.String("o", "", "write to `file` instead of stdout; with -format csv -table all a prefix: <prefix>-summary.csv, <prefix>-minimal.csv, <prefix>-sensitivity.csv")
	quiet := fs.Bool("q", false, "no progress line on stderr")
	mcv := addMCFlags(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return config{}, err
		}
		return config{}, &usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return config{}, usagef("unexpected argument %q (all input is given by flags)", fs.Arg(0))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for _, name := range mcFlags {
		if set[name] && !*mcv.on {
			return config{}, usagef("-%s belongs to the Monte Carlo mode: add -mc", name)
		}
	}
	for _, name := range enumerationFlags {
		if set[name] && *mcv.on {
			return config{}, usagef("-%s belongs to the enumeration, not to -mc", name)
		}
	}

	var cfg config
	var err error
	if cfg.Central, err = parseTheta("-central", *central); err != nil {
		return config{}, err
	}
	for _, f := range splitList(*theta) {
		t, err := parseTheta("-theta", f)
		if err != nil {
			return config{}, err
		}
		cfg.Thetas = append(cfg.Thetas, t)
	}
	if len(cfg.Thetas) == 0 {
		return config{}, usagef("-theta: empty grid")
	}
	cfg.Thetas = append(cfg.Thetas, decimal.Zero, cfg.Central)
	slices.SortFunc(cfg.Thetas, decimal.Decimal.Cmp)
	cfg.Thetas = slices.CompactFunc(cfg.Thetas, decimal.Decimal.Equal)

	if *lowReal != "default" {
		r, err := budget.ParseDecimal(strings.TrimSpace(*lowReal))
		if err != nil {
			return config{}, usagef("-low-realisation: %q is not default or a decimal number with a point: %v", *lowReal, err)
		}
		if _, err := regional.NewRealisation(r); err != nil {
			return config{}, usagef("-low-realisation: %q: %v", *lowReal, err)
		}
		cfg.LowRealisation = &r
	}

	switch *key {
	case "published", "inhabitants":
		cfg.KeyName = *key
	default:
		return config{}, usagef("-key: %q is not published or inhabitants", *key)
	}
	if cfg.Ramp, cfg.RampName, err = parseRamp(*ramp); err != nil {
		return config{}, err
	}

	cfg.From, cfg.To = budget.Year(*from), budget.Year(*to)
	switch {
	case !cfg.From.Valid():
		return config{}, usagef("-from: %d is not a valid year", *from)
	case !cfg.To.Valid():
		return config{}, usagef("-to: %d is not a valid year", *to)
	case cfg.To < cfg.From:
		return config{}, usagef("-to %d comes before -from %d", *to, *from)
	case cfg.To-cfg.From >= 50:
		return config{}, usagef("-from…-to: at most 50 years")
	}
	for _, f := range splitList(*gap) {
		y, err := budget.ParseYear(f)
		if err != nil {
			return config{}, usagef("-gap-years: %q: %v", f, err)
		}
		if !slices.Contains(cfg.GapYears, y) {
			cfg.GapYears = append(cfg.GapYears, y)
		}
	}
	if len(cfg.GapYears) == 0 {
		return config{}, usagef("-gap-years: no year given")
	}
	if *ties < 0 {
		return config{}, usagef("-ties: %d is negative", *ties)
	}
	cfg.Ties = *ties

	switch *format {
	case formatText, formatCSV:
		cfg.Format = *format
	default:
		return config{}, usagef("-format: %q is not text or csv", *format)
	}
	switch *table {
	case tableAll, tableSummary, tableMinimal, tableSensitivity:
		cfg.Table = *table
	default:
		return config{}, usagef("-table: %q is not all, summary, minimal or sensitivity", *table)
	}
	cfg.Out, cfg.Quiet = *out, *quiet
	if *mcv.on {
		if cfg.MC, err = parseMC(mcv, set, cfg.KeyName, cfg.RampName, cfg.Ramp.Fractions(), cfg.From, cfg.To, cfg.Out); err != nil {
			return config{}, err
		}
		return cfg, nil
	}
	if cfg.Format == formatCSV && cfg.Table == tableAll && cfg.Out == "" {
		return config{}, usagef("-format csv writes one table to stdout: pick -table summary, minimal or sensitivity, or give -o PREFIX for one file per table")
	}
	return cfg, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// parseTheta parses a θ in machine form ("0.25") and checks it as
// regional.NewOverlap does.
func parseTheta(flagName, s string) (decimal.Decimal, error) {
	t, err := budget.ParseDecimal(strings.TrimSpace(s))
	if err != nil {
		return decimal.Decimal{}, usagef("%s: %q is not a decimal number with a point: %v", flagName, s, err)
	}
	if _, err := regional.NewOverlap(t); err != nil {
		return decimal.Decimal{}, usagef("%s: %q: %v", flagName, s, err)
	}
	return t, nil
}

// Named ramps.
func namedRamp(name string) (regional.Ramp, bool) {
	d := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	switch name {
	case "default":
		return regional.DefaultRamp(), true
	case "full":
		r, err := regional.NewRamp(budget.SeriesOf(map[budget.Year]decimal.Decimal{2021: d("0")}).From(2022, d("1")))
		return r, err == nil
	case "slow":
		r, err := regional.NewRamp(budget.SeriesOf(map[budget.Year]decimal.Decimal{
			2021: d("0"), 2022: d("0.2"), 2023: d("0.4"), 2024: d("0.6"), 2025: d("0.8"),
		}).From(2026, d("1")))
		return r, err == nil
	}
	return regional.Ramp{}, false
}

// parseRamp reads a named ramp or a custom one: "2022=0.5,2023=0.75,2024+=1".
func parseRamp(s string) (regional.Ramp, string, error) {
	if r, ok := namedRamp(s); ok {
		return r, s, nil
	}
	if !strings.Contains(s, "=") {
		return regional.Ramp{}, "", usagef("-ramp: %q is not default, full, slow or a list like 2022=0.5,2023=0.75,2024+=1", s)
	}
	var series budget.Series
	tail := false
	for _, f := range splitList(s) {
		ys, fs, ok := strings.Cut(f, "=")
		if !ok {
			return regional.Ramp{}, "", usagef("-ramp: %q is not YEAR=FRACTION", f)
		}
		open := strings.HasSuffix(ys, "+")
		y, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(ys), "+"))
		if err != nil || !budget.Year(y).Valid() {
			return regional.Ramp{}, "", usagef("-ramp: %q: bad year", f)
		}
		v, err := budget.ParseDecimal(strings.TrimSpace(fs))
		if err != nil {
			return regional.Ramp{}, "", usagef("-ramp: %q: %v", f, err)
		}
		if open {
			if tail {
				return regional.Ramp{}, "", usagef("-ramp: more than one open-ended YEAR+=FRACTION")
			}
			tail = true
			series = series.From(budget.Year(y), v)
		} else {
			series = series.With(budget.Year(y), v)
		}
	}
	r, err := regional.NewRamp(series)
	if err != nil {
		return regional.Ramp{}, "", usagef("-ramp: %v", err)
	}
	return r, "custom", nil
}
