//go:build amd64 || arm64 || wasm || 386 || ppc64le || riscv64 || loong64

package datafile

import "unsafe"

// load8 returns the eight bytes of s from i as one word, in one load: these
// architectures read unaligned words (the wasm backend would not combine
// eight byte loads into one). The scans that use it only ask whether any
// byte is special, so the byte order does not matter.
func load8(s []byte, i int) uint64 {
	_ = s[i+7]
	return *(*uint64)(unsafe.Pointer(&s[i]))
}
