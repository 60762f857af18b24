package main

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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

// TestNoInternalTypesInAPI checks that no exported function or method of
// the public packages takes or returns a type of an internal package: such
// a method is API an importer sees but cannot call (the codecs' readers and
// writers are unexported for this reason). Type aliases that re-export an
// internal type under the package's own name (budget.FieldError) are fine:
// the importer names them through the public package.
func TestNoInternalTypesInAPI(t *testing.T) {
	for _, pkg := range []string{"budget", "regional", "scenario", "uncertainty"} {
		dir := filepath.Join("../../..", pkg)
		fset := token.NewFileSet()
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			internal := map[string]bool{} // local names of internal imports
			for _, im := range f.Imports {
				path, _ := strconv.Unquote(im.Path.Value)
				if !strings.Contains(path, "/internal/") {
					continue
				}
				local := path[strings.LastIndex(path, "/")+1:]
				if im.Name != nil {
					local = im.Name.Name
				}
				internal[local] = true
			}
			for _, d := range f.Decls {
				fn, ok := d.(*ast.FuncDecl)
				if !ok || !fn.Name.IsExported() || (fn.Recv != nil && !exportedRecv(fn.Recv)) {
					continue
				}
				ast.Inspect(fn.Type, func(n ast.Node) bool {
					if sel, ok := n.(*ast.SelectorExpr); ok {
						if id, ok := sel.X.(*ast.Ident); ok && internal[id.Name] {
							t.Errorf("%s: %s mentions %s.%s, an internal type", fset.Position(fn.Pos()), fn.Name.Name, id.Name, sel.Sel.Name)
						}
					}
					return true
				})
			}
		}
	}
}

func exportedRecv(recv *ast.FieldList) bool {
	rt := recv.List[0].Type
	if s, ok := rt.(*ast.StarExpr); ok {
		rt = s.X
	}
	if ix, ok := rt.(*ast.IndexExpr); ok {
		rt = ix.X
	}
	id, ok := rt.(*ast.Ident)
	return ok && id.IsExported()
}
