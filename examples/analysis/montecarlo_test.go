package main

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMonteCarloFiles: -mc writes the quantiles (one row per year and
// quantile, P10/P50/P90 always among them), the tornado table, both SVG
// pictures (well-formed XML with a title) and, with -raw, every draw; the
// files are the same for 1 and 2 workers.
func TestMonteCarloFiles(t *testing.T) {
	dir := t.TempDir()
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var out, errb bytes.Buffer
	if code := cli([]string{"-q", "-mc", "-seed", "9", "-draws", "3000", "-workers", "1", "-quantiles", "0.25,0.75", "-raw", "-o", filepath.Join(dir, "a")}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	rows, err := csv.NewReader(bytes.NewReader(read("a-quantiles.csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rows), 1+6*5; got != want {
		t.Errorf("%d rows in the quantiles, want %d (header + 6 years × 5 quantiles)", got, want)
	}
	if h := strings.Join(rows[0], ","); h != "year,quantile,savings,balance,target,p_met,se,met,draws,implementation_costs,seed" {
		t.Errorf("header %s", h)
	}
	if rows[1][9] != "pm" {
		t.Errorf("implementation_costs column %q, want pm", rows[1][9])
	}
	draws, err := csv.NewReader(bytes.NewReader(read("a-draws.csv"))).ReadAll()
	if err != nil || len(draws) != 1+3000*6 {
		t.Errorf("%d draw rows (%v), want %d", len(draws), err, 1+3000*6)
	}
	for _, f := range []string{"a-fan.svg", "a-tornado.svg"} {
		d := xml.NewDecoder(bytes.NewReader(read(f)))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
		if !bytes.Contains(read(f), []byte("<title")) || !bytes.Contains(read(f), []byte("uitvoeringskosten")) {
			t.Errorf("%s has no title or does not say it excludes the implementation costs", f)
		}
	}
	if !strings.Contains(out.String(), "2024") || !strings.Contains(out.String(), "zonder de uitvoeringskosten (pm)") {
		t.Errorf("summary:\n%s", out.String())
	}
	if code := cli([]string{"-q", "-mc", "-seed", "9", "-draws", "3000", "-workers", "2", "-quantiles", "0.25,0.75", "-o", filepath.Join(dir, "b")}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, suffix := range []string{"-quantiles.csv", "-tornado.csv", "-fan.svg", "-tornado.svg"} {
		if !bytes.Equal(read("a"+suffix), read("b"+suffix)) {
			t.Errorf("%s differs between 1 and 2 workers", suffix)
		}
	}
}

// TestMonteCarloConfig: a JSON config is read strictly; flags override it.
func TestMonteCarloConfig(t *testing.T) {
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "in.json")
	if err := os.WriteFile(cfgFile, []byte(`{"seed": 5, "draws": 100, "implementation_costs": {"kind": "point", "value": "100000"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := mustConfig(t, "-mc", "-config", cfgFile, "-draws", "200", "-o", filepath.Join(dir, "x"))
	if cfg.MC.Input.Seed != 5 || cfg.MC.Input.Draws != 200 || cfg.MC.Input.ImplementationCosts == nil {
		t.Errorf("input %+v", cfg.MC.Input)
	}
	if err := os.WriteFile(cfgFile, []byte(`{"seed": 5, "drawz": 100}`), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := cli([]string{"-mc", "-config", cfgFile, "-o", filepath.Join(dir, "x")}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "drawz") {
		t.Errorf("unknown key: exit %d, %s", code, errb.String())
	}
}

// TestMonteCarloFlagErrors: a bad Monte Carlo command line names the flag
// or the field and exits with 2.
func TestMonteCarloFlagErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-seed", "3"}, "add -mc"},
		{[]string{"-mc", "-theta", "0.5", "-o", "x"}, "-theta belongs to the enumeration"},
		{[]string{"-mc"}, "-o PREFIX"},
		{[]string{"-mc", "-realisation", "uniform:0.5", "-o", "x"}, "-realisation"},
		{[]string{"-mc", "-realisation", "uniform:0.5:1.5", "-o", "x"}, "realisation.default.high"},
		{[]string{"-mc", "-costs", "triangular:10:5:20", "-o", "x"}, "implementation_costs.mode"},
		{[]string{"-mc", "-draws", "0", "-o", "x"}, "draws"},
		{[]string{"-mc", "-correlation", "1.5", "-o", "x"}, "correlation"},
		{[]string{"-mc", "-quantiles", "0", "-o", "x"}, "quantiles"},
		{[]string{"-mc", "-config", "/nonexistent.json", "-o", "x"}, "-config"},
	} {
		var out, errb bytes.Buffer
		if code := cli(tc.args, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2", tc.args, code)
		}
		if !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%q: stderr %q lacks %q", tc.args, errb.String(), tc.want)
		}
	}
}

// FuzzParseDist: a distribution flag either parses into the kind it names
// or is refused; nothing panics.
func FuzzParseDist(f *testing.F) {
	for _, s := range []string{"point:1", "uniform:0.5:1", "triangular:0:0.8:1", "uniform:0.5", "normal:0:1", ":", "", "point:-0.25", "triangular:1:2:3:4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseDist(s)
		if err != nil {
			return
		}
		if !strings.HasPrefix(strings.TrimSpace(s), string(d.Kind)+":") {
			t.Errorf("%q parsed as %s", s, d.Kind)
		}
	})
}
