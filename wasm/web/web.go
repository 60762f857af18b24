// Package web holds the calculator's web assets, embedded so that a Go
// server (examples/serve, or a municipality's own) can serve them without
// files on disk:
//
//   - Widget(): embed.js (the loader a host page includes) and widget.css
//     (the widget's styles, adopted into each widget's shadow root);
//   - Demo(): the demo municipal pages (index.html, vergelijken.html) and
//     their demo.css.
//
// The wasm binary and Go's wasm_exec.js are not here: they must come from
// the same Go toolchain, so the server builds the one and reads the other
// from that toolchain's GOROOT (see examples/serve).
package web

import (
	"embed"
	"io/fs"
)

//go:embed embed.js widget.css
var widget embed.FS

//go:embed demo
var demo embed.FS

// Widget returns the widget's assets: embed.js and widget.css.
func Widget() fs.FS { return widget }

// Demo returns the demo pages: index.html, vergelijken.html and demo.css.
func Demo() fs.FS {
	sub, err := fs.Sub(demo, "demo")
	if err != nil { // cannot happen: "demo" is a valid embedded directory
		return demo
	}
	return sub
}
