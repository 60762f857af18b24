// Package seedtext gives tests the text of the two source documents (the
// seeds, in ../shared/seeds beside the repository), so that a quote in a
// data file can be checked against the document it quotes, and holds the
// plain-language rule of thumb every text for residents is checked by. Only
// tests import it.
package seedtext

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/hilversum/sociaaldomein/budget"
)

// dir returns the seeds folder: $SEEDS_DIR, or the first shared/seeds found
// going up from the repository (beside it, where the project keeps it).
func dir() string {
	if d := os.Getenv("SEEDS_DIR"); d != "" {
		return d
	}
	_, file, _, _ := runtime.Caller(0)
	// file is <repo>/internal/seedtext/seedtext.go.
	repo := filepath.Join(filepath.Dir(file), "..", "..")
	for d := filepath.Clean(repo); ; d = filepath.Dir(d) {
		cand := filepath.Join(d, "shared", "seeds")
		if fi, err := os.Stat(cand); err == nil && fi.IsDir() {
			return cand
		}
		if filepath.Dir(d) == d {
			return filepath.Join(repo, "..", "shared", "seeds")
		}
	}
}

// files are the seed files of the two documents, by the id under which the
// embedded data files declare them. Only this test helper knows the file
// names: the data files and everything a reader sees name a document by its
// title and year.
var files = map[string]string{
	budget.SeedStartnotitie:  "000_68c82c66be7137a6.txt",
	budget.SeedRaadsvoorstel: "004_75c709e3d0a04c7c.txt",
}

// Text returns the text of the seed of document doc (budget.SeedStartnotitie
// or budget.SeedRaadsvoorstel) with every run of white space (line breaks
// included) made one space, so a quote the seed breaks over lines still
// matches. Without the seeds the test is skipped, except under CI
// (CI=true), where it fails: CI always has them.
func Text(t testing.TB, doc string) string {
	t.Helper()
	file, ok := files[doc]
	if !ok {
		t.Fatalf("no seed file for document %q", doc)
	}
	b, err := os.ReadFile(filepath.Join(dir(), file))
	if errors.Is(err, os.ErrNotExist) && os.Getenv("CI") != "true" {
		t.Skipf("seed %s of %s not found in %s (set SEEDS_DIR): %v", file, doc, dir(), err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return Normalize(string(b))
}

// Normalize makes every run of white space in s one space.
func Normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

// Quotes reports whether the normalized seed text contains quote (modulo
// white space).
func Quotes(seed, quote string) bool { return strings.Contains(seed, Normalize(quote)) }

// CheckQuote fails when src does not name the seed doc, a section and a
// quote, or when its quote is not in seed (doc's text from [Text]).
func CheckQuote(t testing.TB, seed, doc, what string, src budget.Source) {
	t.Helper()
	if src.Document != doc || src.Section == "" || src.Quote == "" {
		t.Errorf("%s: source %+v must name %s, a section and a quote", what, src, doc)
		return
	}
	if !Quotes(seed, src.Quote) {
		t.Errorf("%s: quote is not in %s:\n%q", what, src.Document, src.Quote)
	}
}

var sentenceEnd = regexp.MustCompile(`[.!?](\s+|$)`)

// Sentences splits plain text into its sentences.
func Sentences(s string) []string {
	var out []string
	for _, p := range sentenceEnd.Split(strings.TrimSpace(s), -1) {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// MaxWords is the most words a sentence for residents may have: the B1
// rule of thumb the calculator's texts follow.
const MaxWords = 25

// CheckPlain fails when text has no sentence, more than max sentences, or
// a sentence of more than [MaxWords] words.
func CheckPlain(t testing.TB, what, text string, max int) {
	t.Helper()
	ss := Sentences(text)
	if len(ss) == 0 || len(ss) > max {
		t.Errorf("%s: %d sentences, want 1 to %d: %q", what, len(ss), max, text)
	}
	for _, s := range ss {
		if n := len(strings.Fields(s)); n > MaxWords {
			t.Errorf("%s: sentence of %d words, at most %d: %q", what, n, MaxWords, s)
		}
	}
}
