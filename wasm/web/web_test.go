package web

import (
	"io/fs"
	"strings"
	"testing"
)

func TestAssets(t *testing.T) {
	for _, tc := range []struct {
		fsys  fs.FS
		names []string
	}{
		{Widget(), []string{"embed.js", "widget.css"}},
		{Demo(), []string{"index.html", "vergelijken.html", "demo.css", "favicon.svg"}},
	} {
		for _, name := range tc.names {
			b, err := fs.ReadFile(tc.fsys, name)
			if err != nil || len(b) == 0 {
				t.Errorf("%s: %v (%d bytes)", name, err, len(b))
			}
			// Under the strict CSP, inline script and style would be blocked.
			s := string(b)
			if strings.HasSuffix(name, ".html") {
				for _, bad := range []string{"<style", "style=", "<script>", " onclick", " onload"} {
					if strings.Contains(s, bad) {
						t.Errorf("%s contains %q, which the strict CSP blocks", name, bad)
					}
				}
			}
			if name == "embed.js" && strings.Contains(s, "innerHTML") {
				t.Errorf("embed.js uses innerHTML")
			}
		}
	}
}

// TestDemoNamesBothSources: the demo page names both source documents by
// their public titles and years (it once named only the startnotitie),
// never by a seed's file name.
func TestDemoNamesBothSources(t *testing.T) {
	b, err := fs.ReadFile(Demo(), "index.html")
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, want := range []string{
		"<cite>Startnotitie beleidskader Wmo-Samenleving 2024-2030</cite> (2023)",
		"<cite>Raadsvoorstel regionaal actieprogramma 'Naar een financieel gezond sociaal domein'</cite> (2021)",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the demo page does not name %s", want)
		}
	}
	for _, bad := range []string{".txt", "000_", "004_"} {
		if strings.Contains(page, bad) {
			t.Errorf("the demo page names a file: %q", bad)
		}
	}
}
