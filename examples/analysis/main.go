package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	os.Exit(cli(os.Args[1:], os.Stdout, os.Stderr))
}

// cli runs the program and returns its exit code: 0, 1 for a failure while
// running, 2 for a bad command line (and 0 for -h).
func cli(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case err != nil:
		fmt.Fprintln(stderr, "analysis:", err)
		fmt.Fprintln(stderr, "Run with -h for the flags.")
		return 2
	}
	if err := run(cfg, stdout, stderr); err != nil {
		fmt.Fprintln(stderr, "analysis:", err)
		return 1
	}
	return 0
}

// run computes the report for cfg and writes it: to stdout, or to cfg.Out.
// Progress goes to stderr unless cfg.Quiet.
func run(cfg config, stdout, stderr io.Writer) error {
	if cfg.MC != nil {
		return runMC(cfg, stdout, stderr)
	}
	start := time.Now()
	var progress func(done, total int)
	if !cfg.Quiet {
		progress = progressLine(stderr, start)
	}
	rep, err := compute(cfg, progress)
	if err != nil {
		return err
	}
	if cfg.Format == formatCSV && cfg.Table == tableAll {
		prefix := strings.TrimSuffix(cfg.Out, ".csv")
		for _, t := range []string{tableSummary, tableMinimal, tableSensitivity} {
			name := prefix + "-" + t + ".csv"
			if err := writeFile(name, func(w io.Writer) error { return rep.writeCSV(w, t) }); err != nil {
				return err
			}
			if !cfg.Quiet {
				fmt.Fprintln(stderr, "wrote", name)
			}
		}
		return nil
	}
	write := func(w io.Writer) error {
		if cfg.Format == formatCSV {
			return rep.writeCSV(w, cfg.Table)
		}
		return rep.writeText(w, cfg.Table)
	}
	if cfg.Out == "" {
		return write(stdout)
	}
	if err := writeFile(cfg.Out, write); err != nil {
		return err
	}
	if !cfg.Quiet {
		fmt.Fprintln(stderr, "wrote", cfg.Out)
	}
	return nil
}

// writeFile creates name and writes it with write, reporting the first
// error, including the one of closing the file.
func writeFile(name string, write func(io.Writer) error) (err error) {
	if dir := filepath.Dir(name); dir != "." {
		if _, statErr := os.Stat(dir); statErr != nil {
			return fmt.Errorf("-o: %w", statErr)
		}
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	return write(f)
}

// progressLine returns a progress callback that writes a line to w each
// time another 10 % of the enumeration is done, with the elapsed time.
func progressLine(w io.Writer, start time.Time) func(done, total int) {
	next := 10
	return func(done, total int) {
		pct := done * 100 / total
		for pct >= next {
			fmt.Fprintf(w, "analysis: enumerated %3d %% (%d of %d subset × θ pairs, each against every target) in %v\n", next, done, total, time.Since(start).Round(time.Microsecond))
			next += 10
		}
	}
}
