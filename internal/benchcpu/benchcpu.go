// Package benchcpu runs a benchmark loop and reports, beside the wall time,
// the CPU time the process spent per operation ("cpu-ns/op"). On a shared,
// loaded machine the wall time of a benchmark grows with the time it waits
// for a core; its CPU time does not, so the two side by side tell the cost
// of the code from the load of the machine. Run the benchmarks with -cpu 1,
// so that the process' CPU time is the benchmark's (and its GC's).
package benchcpu

import "testing"

// Loop runs body in b.Loop, reporting allocations and, where the platform
// tells it, the CPU time per operation.
func Loop(b *testing.B, body func()) {
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		body()
	}
	if d := cpuTime() - start; d > 0 && b.N > 0 {
		b.ReportMetric(float64(d)/float64(b.N), "cpu-ns/op")
	}
}
