//go:build !(amd64 || arm64 || wasm || 386 || ppc64le || riscv64 || loong64)

package datafile

// load8 returns the eight bytes of s from i as one little-endian word.
func load8(s []byte, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}
