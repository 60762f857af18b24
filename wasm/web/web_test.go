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
