package view

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/hilversum/sociaaldomein/budget"
)

// blockTags are the elements whose text a resident reads as one piece: a
// paragraph, a list item, a heading, a label, a term and its description,
// a caption, a button.
var blockTags = map[string]bool{"p": true, "li": true, "dt": true, "dd": true, "label": true, "legend": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "caption": true, "summary": true, "button": true, "th": true, "div": true}

// proseTags are the blocks that hold sentences (headings, legends,
// buttons and table headers hold names, and are left out of the count).
var proseTags = map[string]bool{"p": true, "li": true, "dd": true, "label": true, "caption": true}

// firstRead returns the pieces of text a resident reads first: everything
// rendered outside a folded <details> (the view never opens one) and
// outside the chart's SVG and table data cells (figures, not sentences).
func firstRead(n Node) []string {
	var out []string
	var walk func(n Node, b *strings.Builder)
	walk = func(n Node, b *strings.Builder) {
		switch {
		case n.Tag == "" && b != nil:
			b.WriteString(n.Text)
			return
		case n.Tag == "details":
			// Folded: only its summary is read first.
			for _, c := range n.Children {
				if c.Tag == "summary" {
					walk(c, nil)
				}
			}
			return
		case n.Tag == "svg" || n.Tag == "td" || n.Tag == "input" || n.Tag == "output":
			return
		}
		if blockTags[n.Tag] {
			var own strings.Builder
			for _, c := range n.Children {
				walk(c, &own)
			}
			if s := strings.TrimSpace(own.String()); s != "" && proseTags[n.Tag] {
				out = append(out, s)
			}
			return
		}
		for _, c := range n.Children {
			walk(c, b)
		}
	}
	walk(n, nil)
	return out
}

var sentenceEnd = regexp.MustCompile(`[.!?](\s+|$)`)

// sentences splits a piece of text into sentences at ". ", "! " and "? ",
// keeping numbers like "1.200.000" whole.
func sentences(s string) []string {
	var out []string
	for _, p := range sentenceEnd.Split(s, -1) {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// words counts the words of a sentence: runs with a letter or digit ("€"
// and "–" alone are not words).
func words(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

func TestSentencesAndWords(t *testing.T) {
	if got := sentences("De taakstelling is € 1.200.000. Kies: A of B; of geen! Wat? Ja."); len(got) != 4 {
		t.Errorf("sentences = %q", got)
	}
	if got := words("2024: € 1.621.738 over – hangt af"); got != 5 {
		t.Errorf("words = %d", got)
	}
}

// TestPlainLanguage holds what a resident reads first to B1 length: at
// most 15 words per sentence on average and none over 25, in Dutch and in
// English, for several states (each keuze, none, with costs typed in and a
// growth prognosis: so the generated sentences and verdicts are counted).
func TestPlainLanguage(t *testing.T) {
	c := testCatalogue(t)
	for _, lang := range []budget.Locale{budget.Dutch, budget.English} {
		total, count, longest := 0, 0, ""
		for _, frag := range []string{"1;k:A", "1;k:B;g:c", "1;k:C;i:150000", "1;k:D;e:50000;g:w", "1;k:-;m:", "1;k:A;i:0;p:75;r:f"} {
			s, err := FromFragment("#sd="+frag, "sd", Initial(Config{}, c), c)
			if err != nil {
				t.Fatalf("%s: %v", frag, err)
			}
			s.Lang = lang
			for _, piece := range firstRead(Render(s, c, Env{Param: "sd"})) {
				for _, st := range sentences(piece) {
					n := words(st)
					if n < 3 {
						continue // "2024", "€ 550.000": a fragment, not a sentence
					}
					total += n
					count++
					if n > 25 {
						t.Errorf("%v %s: %d words: %q", lang, frag, n, st)
					}
					if n > words(longest) {
						longest = st
					}
				}
			}
		}
		avg := float64(total) / float64(count)
		t.Logf("%v: %d sentences, %.1f words on average, longest %d: %q", lang, count, avg, words(longest), longest)
		if avg > 15 {
			t.Errorf("%v: %.1f words per sentence on average, want at most 15", lang, avg)
		}
	}
}

// TestHeadingOutline: the widget's headings form a correct outline — the
// title is the one h2, and no heading skips a level below the one before
// it (h3 after h2, h4 after h3, …), folds included; each section a
// resident meets has one (choose, answer, calculate further, results,
// glossary, sources).
func TestHeadingOutline(t *testing.T) {
	c := testCatalogue(t)
	for _, lang := range []string{"nl", "en"} {
		s, err := FromFragment("#sd=1;k:C;g:c;l:"+lang, "sd", Initial(Config{}, c), c)
		if err != nil {
			t.Fatal(err)
		}
		v := Render(s, c, Env{})
		var levels []int
		var h3 []string
		for _, n := range v.FindAll(func(n Node) bool { return len(n.Tag) == 2 && n.Tag[0] == 'h' && n.Tag[1] >= '1' && n.Tag[1] <= '6' }) {
			lvl := int(n.Tag[1] - '0')
			if len(levels) == 0 && lvl != 2 {
				t.Errorf("%s: the first heading is h%d %q, want the h2 title", lang, lvl, n.TextContent())
			}
			if len(levels) > 0 && lvl > levels[len(levels)-1]+1 {
				t.Errorf("%s: h%d %q follows h%d: a level skipped", lang, lvl, n.TextContent(), levels[len(levels)-1])
			}
			if len(levels) > 0 && lvl == 2 {
				t.Errorf("%s: a second h2 %q", lang, n.TextContent())
			}
			if lvl == 3 {
				h3 = append(h3, n.TextContent())
			}
			levels = append(levels, lvl)
		}
		if len(h3) < 7 {
			t.Errorf("%s: %d sections with a heading, want at least 7 (choose, answer, keuze, calculate further, results, glossary, sources): %q", lang, len(h3), h3)
		}
	}
}
