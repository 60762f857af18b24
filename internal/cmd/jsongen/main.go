// Command jsongen writes the JSON readers and writers of a package's
// data-file types: for each named struct (or slice) type, a method that
// reads it from a [datafile.Reader] in one strict pass and one that appends
// its compact JSON form, as encoding/json would write it (fields in
// declaration order, omitempty honoured, map keys sorted). It replaces
// reflection, so that the browser build carries no encoding/json.
//
// Usage (from a package directory, through go:generate):
//
//	go run ../internal/cmd/jsongen -out json_gen.go [-html] [-strings A,B] [-ints Year] Type...
//
// Every generated method is unexported (decodeJSON, appendJSON), so that no
// exported name of a public package mentions the internal datafile package.
// A field of another named type of the same package calls that type's
// decodeJSON and appendJSON (or AppendJSON), generated or hand-written. A
// field whose type lives in another package of the module is read and
// written in one of two ways:
//
//   - a type with a hand-written UnmarshalJSON (budget.Amount, budget.Series,
//     scenario.KeyInput, …) is read through it: [datafile.Reader.Unmarshal]
//     hands it the raw value and prefixes its errors' paths with the field's.
//     It is written through its AppendJSON(b []byte) []byte where it has one,
//     else through its MarshalJSON; a writer that calls a MarshalJSON
//     returns ([]byte, error), and so does every writer that calls it.
//   - any other struct or slice type (budget.Source, budget.Documents) is
//     read and written by unexported functions generated in this package
//     from its declaration (decodeBudgetSource, appendBudgetSource), so that
//     the type's own package need not export a codec for it.
//
// -strings and -ints name the package's (or qualified) named string and int
// types. -html escapes <, > and & in strings.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"log"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"unicode"
)

var (
	out     = flag.String("out", "json_gen.go", "output file")
	html    = flag.Bool("html", false, "escape <, > and & in strings")
	strs    = flag.String("strings", "", "named string types, comma-separated")
	ints    = flag.String("ints", "", "named int types, comma-separated")
	readers = flag.String("read", "", "types that are only read: no writer is generated, comma-separated")
	writers = flag.String("write", "", "types that are only written: no reader is generated, comma-separated")
	strKind = map[string]bool{"string": true}
	intKind = map[string]string{"int": "strconv.IntSize", "int64": "64", "int32": "32"}
)

// pkgInfo is what the generator knows of one package: its type
// declarations and the method names of each receiver type.
type pkgInfo struct {
	name    string
	types   map[string]ast.Expr
	methods map[string]map[string]bool
}

func (p *pkgInfo) has(typ, method string) bool { return p.methods[typ][method] }

// loadPkg parses the non-test Go files of dir, skipping skip.
func loadPkg(dir, skip string) *pkgInfo {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		log.Fatal(err)
	}
	p := &pkgInfo{types: map[string]ast.Expr{}, methods: map[string]map[string]bool{}}
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || n == skip {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, 0)
		if err != nil {
			log.Fatal(err)
		}
		p.name = f.Name.Name
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok {
						p.types[ts.Name.Name] = ts.Type
					}
				}
			case *ast.FuncDecl:
				if d.Recv == nil || len(d.Recv.List) != 1 {
					continue
				}
				rt := d.Recv.List[0].Type
				if s, ok := rt.(*ast.StarExpr); ok {
					rt = s.X
				}
				if id, ok := rt.(*ast.Ident); ok {
					if p.methods[id.Name] == nil {
						p.methods[id.Name] = map[string]bool{}
					}
					p.methods[id.Name][d.Name.Name] = true
				}
			}
		}
	}
	return p
}

// moduleRoot is the directory of the go.mod above the working directory.
func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			log.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

func main() {
	log.SetFlags(0)
	flag.Parse()
	for _, s := range strings.Split(*strs, ",") {
		if s != "" {
			strKind[s] = true
		}
	}
	for _, s := range strings.Split(*ints, ",") {
		if s != "" {
			intKind[s] = "strconv.IntSize"
		}
	}
	g := &gen{local: loadPkg(".", *out), root: moduleRoot(), foreign: map[string]*pkgInfo{}, fallible: map[string]bool{}}
	for _, name := range flag.Args() {
		t, ok := g.local.types[name]
		if !ok {
			log.Fatalf("no type %s", name)
		}
		g.add(name, t)
	}
	// Which writers can fail: those that call a MarshalJSON, directly or
	// through another generated writer.
	for changed := true; changed; {
		changed = false
		for _, j := range g.jobs {
			if !g.fallible[j.name] && g.canFail(j.t) {
				g.fallible[j.name] = true
				changed = true
			}
		}
	}
	for _, j := range g.jobs {
		g.typ(j)
	}
	body := g.buf.String()
	g.buf.Reset()
	g.p("// Code generated by jsongen %s; DO NOT EDIT.\n\npackage %s\n\n", strings.Join(os.Args[1:], " "), g.local.name)
	g.p("import (\n")
	for _, std := range []string{"strconv", "strings"} {
		if strings.Contains(body, std+".") {
			g.p("%q\n", std)
		}
	}
	g.p("\n\"github.com/hilversum/sociaaldomein/internal/datafile\"\n")
	for _, pkg := range []string{"budget", "scenario", "regional"} {
		if strings.Contains(body, " "+pkg+".") || strings.Contains(body, "("+pkg+".") || strings.Contains(body, "]"+pkg+".") || strings.Contains(body, "*"+pkg+".") {
			g.p("\"github.com/hilversum/sociaaldomein/%s\"\n", pkg)
		}
	}
	g.p(")\n\n")
	g.buf.WriteString(body)
	src, err := format.Source(g.buf.Bytes())
	if err != nil {
		os.WriteFile(*out, g.buf.Bytes(), 0o644)
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// job is one type to write a reader and a writer for: a type of this
// package (name "T") or one of another package read field by field (name
// "pkg.T", its declaration qualified).
type job struct {
	name string
	t    ast.Expr
}

type gen struct {
	buf      bytes.Buffer
	n        int
	local    *pkgInfo
	root     string
	foreign  map[string]*pkgInfo
	jobs     []job
	fallible map[string]bool // by job name: the writer returns an error
}

func (g *gen) p(format string, args ...any) { fmt.Fprintf(&g.buf, format, args...) }

func (g *gen) tmp() string { g.n++; return fmt.Sprintf("v%d", g.n) }

// add queues the type name for generation, and the types of other packages
// its fields need read field by field.
func (g *gen) add(name string, t ast.Expr) {
	if slices.ContainsFunc(g.jobs, func(j job) bool { return j.name == name }) {
		return
	}
	g.jobs = append(g.jobs, job{name, t})
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		switch e := e.(type) {
		case *ast.StarExpr:
			walk(e.X)
		case *ast.ArrayType:
			walk(e.Elt)
		case *ast.MapType:
			walk(e.Value)
		case *ast.SelectorExpr:
			n := typeName(e)
			if g.kind(n) == kindInline {
				pkg, typ, _ := strings.Cut(n, ".")
				g.add(n, qualify(g.pkg(pkg).types[typ], pkg))
			}
		}
	}
	switch t := t.(type) {
	case *ast.StructType:
		for _, f := range fieldsOf(t) {
			walk(f.t)
		}
	case *ast.ArrayType:
		walk(t.Elt)
	}
}

// pkg returns the package of the module named pkg (a top-level directory).
func (g *gen) pkg(name string) *pkgInfo {
	p := g.foreign[name]
	if p == nil {
		p = loadPkg(filepath.Join(g.root, name), "json_gen.go")
		g.foreign[name] = p
	}
	return p
}

// How a named type is read and written.
const (
	kindScalar      = iota // a string, int, uint64 or bool type
	kindMethod             // a type of this package: its decodeJSON and appendJSON
	kindUnmarshaler        // another package's type with UnmarshalJSON
	kindInline             // another package's struct or slice, read field by field
)

func (g *gen) kind(n string) int {
	if strKind[n] || intKind[n] != "" || n == "uint64" || n == "bool" {
		return kindScalar
	}
	pkg, typ, foreign := strings.Cut(n, ".")
	if !foreign {
		return kindMethod
	}
	p := g.pkg(pkg)
	if p.has(typ, "UnmarshalJSON") {
		if !p.has(typ, "AppendJSON") && !p.has(typ, "MarshalJSON") {
			log.Fatalf("%s has UnmarshalJSON but neither AppendJSON nor MarshalJSON", n)
		}
		return kindUnmarshaler
	}
	switch p.types[typ].(type) {
	case *ast.StructType, *ast.ArrayType:
		return kindInline
	}
	log.Fatalf("%s: no UnmarshalJSON, and not a struct or slice", n)
	return 0
}

// canFail reports whether writing a value of type t calls a MarshalJSON.
func (g *gen) canFail(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.StarExpr:
		return g.canFail(t.X)
	case *ast.ArrayType:
		return g.canFail(t.Elt)
	case *ast.MapType:
		return g.canFail(t.Value)
	case *ast.StructType:
		for _, f := range fieldsOf(t) {
			if g.canFail(f.t) {
				return true
			}
		}
		return false
	case *ast.Ident, *ast.SelectorExpr:
		n := typeName(t)
		switch g.kind(n) {
		case kindUnmarshaler:
			pkg, typ, _ := strings.Cut(n, ".")
			return !g.pkg(pkg).has(typ, "AppendJSON")
		case kindMethod, kindInline:
			return g.fallible[n]
		}
	}
	return false
}

// qualify returns e with the names of package pkg's types qualified.
func qualify(e ast.Expr, pkg string) ast.Expr {
	switch t := e.(type) {
	case *ast.Ident:
		if predeclared[t.Name] {
			return t
		}
		return &ast.SelectorExpr{X: ast.NewIdent(pkg), Sel: ast.NewIdent(t.Name)}
	case *ast.StarExpr:
		return &ast.StarExpr{X: qualify(t.X, pkg)}
	case *ast.ArrayType:
		return &ast.ArrayType{Len: t.Len, Elt: qualify(t.Elt, pkg)}
	case *ast.MapType:
		return &ast.MapType{Key: qualify(t.Key, pkg), Value: qualify(t.Value, pkg)}
	case *ast.StructType:
		fl := &ast.FieldList{}
		for _, f := range t.Fields.List {
			c := *f
			c.Type = qualify(f.Type, pkg)
			fl.List = append(fl.List, &c)
		}
		return &ast.StructType{Fields: fl}
	}
	return e
}

var predeclared = map[string]bool{"string": true, "bool": true, "int": true, "int8": true, "int16": true,
	"int32": true, "int64": true, "uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true,
	"float32": true, "float64": true, "byte": true, "rune": true, "any": true, "error": true}

// funcName is the name of the function that reads (verb "decode") or
// writes ("append") the other package's type n: decodeBudgetSource.
func funcName(verb, n string) string {
	pkg, typ, _ := strings.Cut(n, ".")
	return verb + string(unicode.ToUpper(rune(pkg[0]))) + pkg[1:] + typ
}

func typeName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.SelectorExpr:
		return t.X.(*ast.Ident).Name + "." + t.Sel.Name
	case *ast.StarExpr:
		return "*" + typeName(t.X)
	case *ast.ArrayType:
		return "[]" + typeName(t.Elt)
	case *ast.MapType:
		return "map[" + typeName(t.Key) + "]" + typeName(t.Value)
	}
	log.Fatalf("unsupported type %T", e)
	return ""
}

type field struct {
	goName, key string
	omit        bool
	t           ast.Expr
}

func fieldsOf(st *ast.StructType) []field {
	var fs []field
	for _, f := range st.Fields.List {
		// encoding/json would write an embedded or untagged exported
		// field under its Go name; a generated codec that left it out
		// would differ from it silently, so say so instead.
		if len(f.Names) == 0 {
			log.Fatalf("embedded field %s: give it a name and a json tag", types.ExprString(f.Type))
		}
		tag := ""
		if f.Tag != nil {
			tag = reflect.StructTag(strings.Trim(f.Tag.Value, "`")).Get("json")
		}
		if tag == "" && slices.ContainsFunc(f.Names, (*ast.Ident).IsExported) {
			log.Fatalf("field %s has no json tag: give it one (json:\"-\" to leave it out)", f.Names[0].Name)
		}
		if tag == "-" || tag == "" {
			continue
		}
		key, opts, _ := strings.Cut(tag, ",")
		for _, n := range f.Names {
			if !n.IsExported() {
				continue
			}
			fs = append(fs, field{n.Name, key, strings.Contains(opts, "omitempty"), f.Type})
		}
	}
	return fs
}

// typ writes the reader and the writer of j.
func (g *gen) typ(j job) {
	name := j.name
	fail := g.fallible[name]
	ret, end := "[]byte", ""
	if fail {
		ret, end = "([]byte, error)", ", nil"
	}
	// A type only read or only written gets one half: what is generated
	// and never called is code to read, not to run. The half left out is
	// written and then cut, so that the types it refers to are still
	// queued the same way.
	cutFrom := -1
	var decHead, appHead string
	if slices.Contains(strings.Split(*writers, ","), name) {
		cutFrom = g.buf.Len()
	}
	if strings.Contains(name, ".") {
		dec, app := funcName("decode", name), funcName("append", name)
		g.p("// %s reads x from r in one strict pass (generated from %s's declaration).\n", dec, name)
		decHead = fmt.Sprintf("func %s(r *datafile.Reader, x *%s) error {\n", dec, name)
		g.p("%s", decHead)
		g.decodeBody(j.t)
		g.p("// %s appends the compact JSON form of x to b (generated from %s's declaration).\n", app, name)
		appHead = fmt.Sprintf("func %s(b []byte, x %s) %s {\n", app, name, ret)
	} else {
		g.p("// decodeJSON reads x from r in one strict pass (generated).\n")
		g.p("func (x *%s) decodeJSON(r *datafile.Reader) error {\n", name)
		g.decodeBody(j.t)
		g.p("// appendJSON appends the compact JSON form of x to b (generated).\n")
		appHead = fmt.Sprintf("func (x %s) appendJSON(b []byte) %s {\n", name, ret)
	}
	if cutFrom >= 0 {
		g.buf.Truncate(cutFrom)
	}
	if slices.Contains(strings.Split(*readers, ","), name) {
		cutFrom = g.buf.Len()
		defer g.buf.Truncate(cutFrom)
	}
	g.p("%s", appHead)
	if fail {
		g.p("var err error\n")
	}
	switch t := j.t.(type) {
	case *ast.StructType:
		g.p("b = append(b, '{')\n")
		for _, f := range fieldsOf(t) {
			if cond := nonEmpty("x."+f.goName, f.t); f.omit && cond != "" {
				g.p("if %s {\n", cond)
				g.p("b = datafile.AppendKey(b, %q)\n", f.key)
				g.write("x."+f.goName, f.t)
				g.p("}\n")
			} else {
				g.p("b = datafile.AppendKey(b, %q)\n", f.key)
				g.write("x."+f.goName, f.t)
			}
		}
		g.p("return append(b, '}')%s\n}\n\n", end)
	case *ast.ArrayType:
		g.write("x", t)
		g.p("return b%s\n}\n\n", end)
	}
}

// decodeBody writes the body of a reader of t into x, a pointer.
func (g *gen) decodeBody(t ast.Expr) {
	switch t := t.(type) {
	case *ast.StructType:
		g.p("return r.Object(func(key string) error {\nswitch key {\n")
		for _, f := range fieldsOf(t) {
			g.p("case %q:\n", f.key)
			g.read("x."+f.goName, f.t)
		}
		g.p("}\nreturn r.Unknown()\n})\n}\n\n")
	case *ast.ArrayType:
		g.readValue("(*x)", t)
		g.p("return nil\n}\n\n")
	default:
		log.Fatalf("%T: not a struct or slice", t)
	}
}

// nonEmpty is the condition under which omitempty writes the field v of
// type t, or "" when it always does.
func nonEmpty(v string, t ast.Expr) string {
	switch t := t.(type) {
	case *ast.StarExpr:
		return v + " != nil"
	case *ast.ArrayType, *ast.MapType:
		return "len(" + v + ") > 0"
	case *ast.Ident, *ast.SelectorExpr:
		n := typeName(t)
		switch {
		case strKind[n]:
			return v + ` != ""`
		case intKind[n] != "" || n == "uint64":
			return v + " != 0"
		case n == "bool":
			return v
		}
	}
	return ""
}

// read writes statements that read into v (an addressable expression) and
// return any error.
func (g *gen) read(v string, t ast.Expr) {
	switch t := t.(type) {
	case *ast.StarExpr:
		g.p("if r.Null() {\n%s = nil\nreturn nil\n}\n", v)
		e := g.tmp()
		g.p("var %s %s\n", e, typeName(t.X))
		g.readValue(e, t.X)
		g.p("%s = &%s\nreturn nil\n", v, e)
	default:
		g.readValue(v, t)
		g.p("return nil\n")
	}
}

// readValue writes statements that read into v, returning on an error.
func (g *gen) readValue(v string, t ast.Expr) {
	switch t := t.(type) {
	case *ast.ArrayType:
		g.p("if r.Null() {\n%s = nil\n} else {\n%s = %s{}\n", v, v, typeName(t))
		g.p("if err := r.Array(func(int) error {\n")
		e := g.tmp()
		g.p("var %s %s\n", e, typeName(t.Elt))
		g.readValue(e, t.Elt)
		g.p("%s = append(%s, %s)\nreturn nil\n}); err != nil {\nreturn err\n}\n}\n", v, v, e)
	case *ast.MapType:
		g.p("if r.Null() {\n%s = nil\n} else {\n%s = %s{}\n", v, v, typeName(t))
		g.p("if err := r.Object(func(k string) error {\n")
		e := g.tmp()
		g.p("var %s %s\n", e, typeName(t.Value))
		g.readValue(e, t.Value)
		g.p("%s[strings.Clone(k)] = %s\nreturn nil\n}); err != nil {\nreturn err\n}\n}\n", v, e)
	case *ast.Ident, *ast.SelectorExpr:
		n := typeName(t)
		s := g.tmp()
		switch {
		case strKind[n]:
			g.p("%s, err := r.String()\nif err != nil {\nreturn err\n}\n%s = %s(%s)\n", s, v, n, s)
		case intKind[n] != "":
			g.p("%s, err := r.Int(%s)\nif err != nil {\nreturn err\n}\n%s = %s(%s)\n", s, intKind[n], v, n, s)
		case n == "uint64":
			g.p("%s, err := r.Uint(64)\nif err != nil {\nreturn err\n}\n%s = %s\n", s, v, s)
		case n == "bool":
			g.p("%s, err := r.Bool()\nif err != nil {\nreturn err\n}\n%s = %s\n", s, v, s)
		default:
			var call string
			switch g.kind(n) {
			case kindMethod:
				call = v + ".decodeJSON(r)"
			case kindUnmarshaler:
				call = "r.Unmarshal(&" + v + ")"
			case kindInline:
				call = funcName("decode", n) + "(r, &" + v + ")"
			}
			g.p("if err := %s; err != nil {\nreturn err\n}\n", call)
		}
	default:
		log.Fatalf("unsupported %T", t)
	}
}

func (g *gen) str(v string) string {
	if *html {
		return fmt.Sprintf("b = datafile.AppendString(b, string(%s))\n", v)
	}
	return fmt.Sprintf("b = datafile.AppendText(b, string(%s))\n", v)
}

// write writes statements that append v.
func (g *gen) write(v string, t ast.Expr) {
	switch t := t.(type) {
	case *ast.StarExpr:
		g.p("if %s == nil {\nb = append(b, \"null\"...)\n} else {\n", v)
		g.write("(*"+v+")", t.X)
		g.p("}\n")
	case *ast.ArrayType:
		g.p("if %s == nil {\nb = append(b, \"null\"...)\n} else {\nb = append(b, '[')\n", v)
		i, e := g.tmp(), g.tmp()
		g.p("for %s, %s := range %s {\nif %s > 0 {\nb = append(b, ',')\n}\n", i, e, v, i)
		g.write(e, t.Elt)
		g.p("}\nb = append(b, ']')\n}\n")
	case *ast.MapType:
		g.p("if %s == nil {\nb = append(b, \"null\"...)\n} else {\nb = append(b, '{')\n", v)
		i, k := g.tmp(), g.tmp()
		g.p("for %s, %s := range datafile.SortedKeys(%s) {\nif %s > 0 {\nb = append(b, ',')\n}\n", i, k, v, i)
		g.p("%s", g.str(k))
		g.p("b = append(b, ':')\n")
		g.write(v+"["+k+"]", t.Value)
		g.p("}\nb = append(b, '}')\n}\n")
	case *ast.Ident, *ast.SelectorExpr:
		n := typeName(t)
		switch {
		case strKind[n]:
			g.p("%s", g.str(v))
		case intKind[n] != "":
			g.p("b = strconv.AppendInt(b, int64(%s), 10)\n", v)
		case n == "uint64":
			g.p("b = strconv.AppendUint(b, %s, 10)\n", v)
		case n == "bool":
			g.p("b = strconv.AppendBool(b, %s)\n", v)
		default:
			var call string
			switch g.kind(n) {
			case kindMethod:
				if !g.fallible[n] && !g.local.has(n, "appendJSON") && g.local.has(n, "AppendJSON") {
					call = v + ".AppendJSON(b)" // hand-written, exported
				} else {
					call = v + ".appendJSON(b)"
				}
			case kindUnmarshaler:
				pkg, typ, _ := strings.Cut(n, ".")
				if g.pkg(pkg).has(typ, "AppendJSON") {
					call = v + ".AppendJSON(b)"
				} else {
					call = "datafile.AppendMarshal(b, " + v + ")"
				}
			case kindInline:
				call = funcName("append", n) + "(b, " + v + ")"
			}
			if g.canFail(t) {
				g.p("if b, err = %s; err != nil {\nreturn nil, err\n}\n", call)
			} else {
				g.p("b = %s\n", call)
			}
		}
	}
}
