// Command serve shows the calculator on a demo page of the municipality of
// Hilversum:
//
//	go run ./examples/serve            # http://localhost:8080
//	go run ./examples/serve -addr :9000
//
// At start it builds the wasm calculator (./wasm) with the Go toolchain that
// runs it, for GOOS=js GOARCH=wasm, into a temporary directory, and takes
// wasm_exec.js from that toolchain's GOROOT, so the two always match. Then it
// serves the demo pages under the strict Content-Security-Policy
//
//	default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
//
// and the widget's assets under /sociaaldomein/, with Content-Type
// application/wasm for the wasm. Every file is compressed once at start
// (brotli quality 11 and gzip -9; ~15 s for the wasm) and sent as brotli to
// clients that accept it, else gzip, else as it is, with
// Vary: Accept-Encoding.
//
// [NewHandler] is the whole server, for tests and for embedding in another
// program; [Build] makes the assets it serves.
package main
