package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// A4 in inches, as Page.printToPDF takes it, and Chromium's default margin
// of 1 cm each side.
const (
	a4Width  = 8.27
	a4Height = 11.69
	a4Margin = 0.3937
)

// printPDF prints the tab's page to an A4 PDF (backgrounds included, so a
// dark background shows) and, when pdftoppm is there, renders its pages to
// PNGs named prefix-N.png. It returns the PDF and the PNG files.
func (tb *tab) printPDF(prefix string) ([]byte, []string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	yes, margin := true, a4Margin
	res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{
		PrintBackground: &yes, PaperWidth: a4Width, PaperHeight: a4Height,
		MarginTop: &margin, MarginBottom: &margin, MarginLeft: &margin, MarginRight: &margin,
	})
	if err != nil {
		tb.t.Fatalf("printing to PDF: %v", err)
	}
	if err := os.WriteFile(prefix+".pdf", res.Data, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	tool, err := exec.LookPath("pdftoppm")
	if err != nil {
		tb.t.Logf("no pdftoppm (apt-get install poppler-utils): %s.pdf not rendered", prefix)
		return res.Data, nil
	}
	if out, err := exec.CommandContext(ctx, tool, "-r", "60", "-png", prefix+".pdf", prefix).CombinedOutput(); err != nil {
		tb.t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	pngs, _ := filepath.Glob(prefix + "-*.png")
	return res.Data, pngs
}

// emulatePrint switches the tab to print media at the width of an A4 page's
// printable area.
func (tb *tab) emulatePrint(width int64) {
	tb.t.Helper()
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		tb.t.Fatal(err)
	}
	if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(width, 1100)); err != nil {
		tb.t.Fatal(err)
	}
}

// pdfPage matches one page object of a PDF.
var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// printWidth is the printable width of an A4 page in CSS pixels (96 per
// inch) with Chromium's default margins.
const printWidth = 718 // (a4Width - 2*a4Margin) * 96, rounded down

// printCheck is what TestBrowserPrint reads from the page in print media.
type printCheck struct {
	Shown       []string // controls that are still visible
	FieldLooks  []string // amount fields that still look like fields
	Missing     []string // content that must print but is hidden
	Overflow    []string // elements that stick out at the right
	Squeezed    []string // text squeezed into a narrow column, a few letters a line
	Dark        []string // dark backgrounds, light text
	Cards       int      // keuze cards visible
	Sentences   int      // year sentences visible
	PageWidth   int
	MeasureOffs []string // print-only notes of switched-off measures
}

// printCheckJS collects a printCheck from the first widget and its page.
const printCheckJS = `(() => {
  const root = sd(0), host = document.querySelector('[data-sociaaldomein]');
  const vis = e => e.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true, opacityProperty: true}) && e.getClientRects().length > 0;
  const name = e => e.id ? '#' + e.id : e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') + (e.type ? '[type=' + e.type + ']' : '');
  const r = {Shown: [], Squeezed: [], FieldLooks: [], Missing: [], Overflow: [], Dark: [], Cards: 0, Sentences: 0, PageWidth: document.documentElement.scrollWidth, MeasureOffs: []};
  for (const e of root.querySelectorAll('button, input, select, textarea, .sd-share, .sd-actions, summary')) {
    if (!vis(e)) continue;
    if (e.matches('input[type=text]:not(#sd-share-url)')) {
      const cs = getComputedStyle(e);
      if (cs.borderTopStyle !== 'none' && cs.borderTopWidth !== '0px' || cs.backgroundColor !== 'rgba(0, 0, 0, 0)') r.FieldLooks.push(name(e) + ' ' + cs.borderTopWidth + ' ' + cs.borderTopStyle + ' ' + cs.backgroundColor);
      continue;
    }
    if (e.tagName === 'SUMMARY') { if (getComputedStyle(e).listStyleType !== 'none') r.Shown.push('marker of ' + name(e)); continue; }
    r.Shown.push(name(e));
  }
  for (const sel of ['#sd-answer', '#sd-answer-keuze', '#sd-answer-balance', '#sd-results-table', '#sd-results-table tbody tr', '#sd-ends', '#sd-measures-print', '.sd-measures h4', '#sd-overlap-value', '#sd-impl', 'svg.sd-chart', '.sd-cell.sd-selected', '.sd-print-link', '#sd-print-sources']) {
    const all = [...root.querySelectorAll(sel)];
    if (all.length === 0) { r.Missing.push(sel + ' (not in the DOM)'); continue; }
    for (const e of all) if (!vis(e) || e.getBoundingClientRect().height < 1) { r.Missing.push(sel); break; }
  }
  r.Cards = [...root.querySelectorAll('.sd-cell')].filter(vis).length;
  r.Sentences = [...root.querySelectorAll('.sd-sentences li')].filter(vis).length;
  r.MeasureOffs = [...root.querySelectorAll('.sd-measure-off')].filter(vis).map(e => e.textContent);
  const right = document.documentElement.clientWidth, hostRight = host.getBoundingClientRect().right;
  const lum = c => { const m = c.match(/rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)/); if (!m) return null; const a = m[4] === undefined ? 1 : +m[4]; const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return {a, l: 0.2126 * f(+m[1]) + 0.7152 * f(+m[2]) + 0.0722 * f(+m[3])}; };
  const walk = (els, inWidget) => {
    for (const e of els) {
      if (!vis(e)) continue;
      const b = e.getBoundingClientRect();
      if (b.width > 0 && (b.right > right + 0.5 || inWidget && b.right > hostRight + 0.5)) r.Overflow.push(name(e) + ' right=' + Math.round(b.right));
      if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') r.Overflow.push(name(e) + ' clips ' + e.scrollWidth + '>' + e.clientWidth);
      const cs = getComputedStyle(e), bg = lum(cs.backgroundColor), fg = lum(cs.color);
      if (bg && bg.a > 0.1 && bg.l < 0.5) r.Dark.push(name(e) + ' background ' + cs.backgroundColor);
      const ownText = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== '');
      for (const n of e.childNodes) {
        const text = n.nodeType === 3 ? n.textContent.trim() : '';
        if (text === '') continue;
        const rg = document.createRange(); rg.selectNodeContents(n);
        const lines = new Set([...rg.getClientRects()].map(q => Math.round(q.top))).size;
        if (lines > 2 && lines > text.length / 3) r.Squeezed.push(name(e) + ' ' + JSON.stringify(text.slice(0, 20)) + ' in ' + lines + ' lines of ' + Math.round(b.width) + ' px');
      }
      if (ownText && fg && fg.l > 0.5) r.Dark.push(name(e) + ' light text ' + cs.color);
    }
  };
  walk(document.querySelectorAll('body, body *'), false);
  walk(root.querySelectorAll('*'), true);
  return r;
})()`

// TestBrowserPrint prints the demo page (A4, print media): the controls
// are hidden (amount fields show their value as plain text), the chosen
// keuze with its cost lines, the results table, the year sentences, the
// chart and the sources print, nothing sticks out at the right of the
// page, and nothing prints on a dark background or in light text. The
// printed pages go to $SCREENSHOT_DIR (or a temporary directory) as PDF
// and, with pdftoppm, PNG; with UPDATE_DOCS=1 the first page (with the answer)
// also to docs/calculator-print.png.
func TestBrowserPrint(t *testing.T) {
	dir := os.Getenv("SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, v := range []struct{ name, path, off, offNote, answer string }{
		{"nl", "/#sd=1;k:C;o:0.3;i:120000", "sd-m-2", "Anders verwijzen", "In 2024 met keuze C"},
		{"en", "/#sd=1;k:B;l:en", "", "", "In 2024 with option B"},
	} {
		t.Run(v.name, func(t *testing.T) {
			tb := newTab(t, 1280)
			tb.open(v.path)
			if v.off != "" {
				tb.click(0, "#sd-more > summary")
				tb.click(0, `label[for="`+v.off+`"]`)
			}
			eval[bool](tb, `(sd(0).querySelectorAll('details').forEach(d => d.open = true), true)`)
			// On screen the controls are there (so the check below can fail).
			if n := eval[int](tb, `[...sd(0).querySelectorAll('button, input')].filter(e => e.checkVisibility()).length`); n < 20 {
				t.Fatalf("only %d visible controls on screen", n)
			}
			// Printed as the page opens: every fold closed again.
			eval[bool](tb, `(sd(0).querySelectorAll('details').forEach(d => d.open = false), true)`)
			tb.emulatePrint(printWidth)
			got := eval[printCheck](tb, printCheckJS)
			if len(got.Shown) > 0 {
				t.Errorf("controls visible in print: %q", got.Shown)
			}
			if len(got.FieldLooks) > 0 {
				t.Errorf("amount fields that look like fields in print: %q", got.FieldLooks)
			}
			if len(got.Missing) > 0 {
				t.Errorf("not printed: %q", got.Missing)
			}
			if len(got.Overflow) > 0 {
				t.Errorf("sticks out at the right of a %d px page: %q", printWidth, got.Overflow)
			}
			if len(got.Squeezed) > 0 {
				t.Errorf("text squeezed into narrow columns in print: %q", got.Squeezed)
			}
			if got.PageWidth > int(printWidth) {
				t.Errorf("page is %d px wide in print, the paper %d px", got.PageWidth, printWidth)
			}
			if len(got.Dark) > 0 {
				t.Errorf("dark backgrounds or light text in print: %q", got.Dark)
			}
			if got.Cards != 1 {
				t.Errorf("%d keuze cards printed, want only the chosen one", got.Cards)
			}
			if got.Sentences != 0 {
				t.Errorf("%d year sentences printed, want none (the table holds them)", got.Sentences)
			}
			if v.off != "" && !strings.Contains(eval[string](tb, `txt(0, '#sd-measures-print')`), v.offNote) {
				t.Errorf("switched-off measure: print line %q, want it named", eval[string](tb, `txt(0, '#sd-measures-print')`))
			}
			prefix := filepath.Join(dir, "sociaaldomein-print-"+v.name)
			pdf, pngs := tb.printPDF(prefix)
			t.Logf("printed %d bytes of PDF: %q", len(pdf), pngs)
			// At most three A4 pages, the answer on the first, the link printed.
			if n := len(pdfPage.FindAll(pdf, -1)); n < 1 || n > 3 {
				t.Errorf("printed %d pages, want 1 to 3", n)
			}
			if _, err := exec.LookPath("pdftotext"); err == nil {
				first, err := exec.Command("pdftotext", "-f", "1", "-l", "1", prefix+".pdf", "-").Output()
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(string(first), v.answer) {
					t.Errorf("page 1 lacks the answer %q: %q", v.answer, first)
				}
				all, err := exec.Command("pdftotext", prefix+".pdf", "-").Output()
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(strings.ReplaceAll(string(all), "\n", ""), "#sd=1;k:") {
					t.Errorf("the share link is not printed")
				}
			} else if inCI() {
				t.Errorf("pdftotext is missing: the first page was not checked")
			}
			if os.Getenv("UPDATE_DOCS") == "1" && v.name == "nl" {
				docsPrintPage(t, prefix+".pdf", "In 2024 met keuze", filepath.Join("..", "..", "docs", "calculator-print.png"))
			}
			tb.checkClean()
		})
	}
}

// docsPrintPage renders the first page of pdf that holds text to png (at
// 72 dpi: an A4 page of 595 × 842 pixels), at most 300 KB.
func docsPrintPage(t *testing.T, pdf, text, png string) {
	t.Helper()
	for n := 1; n < 30; n++ {
		out, err := exec.Command("pdftotext", "-f", fmt.Sprint(n), "-l", fmt.Sprint(n), pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext page %d: %v", n, err)
		}
		if !strings.Contains(string(out), text) {
			continue
		}
		if out, err := exec.Command("pdftoppm", "-r", "72", "-png", "-singlefile", "-f", fmt.Sprint(n), "-l", fmt.Sprint(n), pdf, strings.TrimSuffix(png, ".png")).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v: %s", err, out)
		}
		fi, err := os.Stat(png)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Size() > 300<<10 {
			t.Errorf("%s is %d KB, over 300 KB", png, fi.Size()>>10)
		}
		t.Logf("print page %d as %s: %d KB", n, png, fi.Size()>>10)
		return
	}
	t.Errorf("no page of %s holds %q", pdf, text)
}
