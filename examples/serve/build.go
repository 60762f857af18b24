package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// WasmPackage is the import path of the calculator that Build compiles.
const WasmPackage = "github.com/hilversum/sociaaldomein/wasm"

// Assets are the two files that must come from one Go toolchain: the
// compiled calculator and that toolchain's wasm_exec.js.
type Assets struct {
	Wasm     []byte // sociaaldomein.wasm
	WasmExec []byte // wasm_exec.js of the same GOROOT
}

// GoTool returns the go command of the toolchain that runs this program:
// $GOROOT/bin/go of the GOROOT it was built with, so "go run" builds the
// wasm with the same version it runs with. When that is not available (a
// binary built with -trimpath, or copied elsewhere), it falls back to "go"
// on PATH.
func GoTool() (string, error) {
	//lint:ignore SA1019 under "go run" the build-time GOROOT is the toolchain that runs us, which is what we want; PATH is the fallback.
	if root := runtime.GOROOT(); root != "" {
		p := filepath.Join(root, "bin", "go")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	p, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("no Go toolchain found to build the wasm: %w", err)
	}
	return p, nil
}

// Build compiles the calculator with the go command goTool for
// GOOS=js GOARCH=wasm into dir, and reads wasm_exec.js from the GOROOT of
// the same toolchain. It runs in the current directory, which must be inside
// the module (the repository).
func Build(ctx context.Context, goTool, dir string) (Assets, error) {
	out := filepath.Join(dir, "sociaaldomein.wasm")
	cmd := exec.CommandContext(ctx, goTool, "build", "-trimpath", "-ldflags=-s -w", "-o", out, WasmPackage)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return Assets{}, fmt.Errorf("building the wasm (%s build %s): %w\n%s", goTool, WasmPackage, err, strings.TrimSpace(stderr.String()))
	}
	wasm, err := os.ReadFile(out)
	if err != nil {
		return Assets{}, err
	}
	rootOut, err := exec.CommandContext(ctx, goTool, "env", "GOROOT").Output()
	if err != nil {
		return Assets{}, fmt.Errorf("%s env GOROOT: %w", goTool, err)
	}
	root := strings.TrimSpace(string(rootOut))
	var wasmExec []byte
	for _, p := range []string{
		filepath.Join(root, "lib", "wasm", "wasm_exec.js"),  // Go 1.24 and later
		filepath.Join(root, "misc", "wasm", "wasm_exec.js"), // earlier
	} {
		if wasmExec, err = os.ReadFile(p); err == nil {
			break
		}
	}
	if err != nil {
		return Assets{}, fmt.Errorf("wasm_exec.js not found in GOROOT %s: %w", root, err)
	}
	if len(wasm) == 0 || len(wasmExec) == 0 {
		return Assets{}, errors.New("empty wasm or wasm_exec.js")
	}
	return Assets{Wasm: wasm, WasmExec: wasmExec}, nil
}
