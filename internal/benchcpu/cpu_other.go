//go:build !linux

package benchcpu

// cpuTime is not measured here; Loop then reports wall time only.
func cpuTime() int64 { return 0 }
