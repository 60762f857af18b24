package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedUpToDate regenerates every package's json_gen.go from the
// generate line of its generate.go and compares it with the committed one,
// so that a changed data-file type cannot leave a stale reader or writer
// behind.
func TestGeneratedUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the generator")
	}
	bin := filepath.Join(t.TempDir(), "jsongen")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building jsongen: %v\n%s", err, out)
	}
	gens, err := filepath.Glob("../../../*/generate.go")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../../*/generate.go")
	gens = append(gens, more...)
	if len(gens) < 5 {
		t.Fatalf("found %d generate.go files, want the 5 packages' ", len(gens))
	}
	for _, g := range gens {
		src, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		_, line, ok := strings.Cut(string(src), "//go:generate go run ")
		if !ok {
			t.Fatalf("%s: no go:generate line", g)
		}
		line, _, _ = strings.Cut(line, "\n")
		args := strings.Fields(line)[1:] // without the generator's path
		tmp := filepath.Join(t.TempDir(), "json_gen.go")
		for i := range args {
			if args[i] == "-out" {
				args[i+1] = tmp
			}
		}
		cmd := exec.Command(bin, args...)
		cmd.Dir = filepath.Dir(g)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", g, err, out)
		}
		got, _ := os.ReadFile(tmp)
		want, err := os.ReadFile(filepath.Join(filepath.Dir(g), "json_gen.go"))
		if err != nil {
			t.Fatal(err)
		}
		// the first line names the command, -out included
		_, got, _ = bytes.Cut(got, []byte("\n"))
		_, want, _ = bytes.Cut(want, []byte("\n"))
		if !bytes.Equal(got, want) {
			t.Errorf("%s/json_gen.go is out of date: run go generate ./%s", filepath.Dir(g), filepath.Base(filepath.Dir(g)))
		}
	}
}

// TestWasmWithoutEncodingJSON checks what the generated readers and writers
// are for: the browser build (./wasm for GOOS=js GOARCH=wasm) depends on
// neither encoding/json nor, through it, on its reflection.
func TestWasmWithoutEncodingJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	cmd := exec.Command("go", "list", "-deps", "./wasm")
	cmd.Dir = "../../.."
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list -deps ./wasm listed %d packages", len(deps))
	}
	for _, d := range deps {
		if d == "encoding/json" || strings.HasPrefix(d, "encoding/json/") {
			t.Errorf("the wasm depends on %s", d)
		}
	}
}
