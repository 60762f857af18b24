//go:build js && wasm

// Command wasm is the calculator that residents use in the browser: built
// with GOOS=js GOARCH=wasm and loaded by web/embed.js, it mounts one widget
// into every element with the data-sociaaldomein attribute of the host page.
//
// Build it with
//
//	GOOS=js GOARCH=wasm go build -trimpath -ldflags=-s -o sociaaldomein.wasm ./wasm
//
// or let examples/serve build and serve it. The program starts once per
// page. It hands embed.js a bridge object (mount, evaluate) through
// window.sociaaldomein._attach and then waits for calls; all computation
// happens here, in the browser, with the library itself.
//
// The only state beyond the widgets is what syscall/js requires: the
// js.Func values of the bridge, which live as long as the program, since
// the page may mount widgets at any time. Each widget's own listeners are
// released when it is unmounted.
package main
