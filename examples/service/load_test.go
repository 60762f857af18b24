package main

import (
	"flag"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// The load generator of the README's Performance table: -load sets how
// long it runs; without it TestLoad skips. Loopback only, bounded by -load
// plus the clients' timeout.
//
//	go test -timeout 120s -run TestLoad -v ./examples/service -args -load=10s
var (
	loadFor     = flag.Duration("load", 0, "run TestLoad for this long (0: skip)")
	loadClients = flag.Int("load-clients", 50, "concurrent clients of TestLoad")
	loadBody    = flag.String("load-body", `{"keuze":"A"}`, "the request body TestLoad posts")
)

// TestLoad runs the service on a loopback port and lets -load-clients
// clients, each on its own kept-alive connection, POST -load-body to
// /v1/_evaluate one request after another for -load; it logs the
// throughput, the latency percentiles and the failures, and fails when any
// request failed.
func TestLoad(t *testing.T) {
	if *loadFor <= 0 {
		t.Skip("load generator: give -load 10s to run it")
	}
	base := startServer(t, DefaultTimeouts())
	n := *loadClients
	tr := &http.Transport{MaxIdleConns: n, MaxIdleConnsPerHost: n, MaxConnsPerHost: n, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	body := *loadBody

	type result struct {
		lat    []time.Duration
		failed int
		first  error
	}
	results := make([]result, n)
	start := time.Now()
	deadline := start.Add(*loadFor)
	var wg sync.WaitGroup
	for c := range n {
		wg.Go(func() {
			r := &results[c]
			r.lat = make([]time.Duration, 0, 1<<14)
			for time.Now().Before(deadline) {
				t0 := time.Now()
				status, err := postDiscard(client, base, body)
				if err == nil && status != http.StatusOK {
					err = &statusError{status}
				}
				if err != nil {
					r.failed++
					if r.first == nil {
						r.first = err
					}
					continue
				}
				r.lat = append(r.lat, time.Since(t0))
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)

	var all []time.Duration
	failed := 0
	for _, r := range results {
		all = append(all, r.lat...)
		failed += r.failed
		if r.first != nil {
			t.Errorf("client error: %v", r.first)
		}
	}
	slices.Sort(all)
	pct := func(p float64) time.Duration {
		if len(all) == 0 {
			return 0
		}
		return all[min(len(all)-1, int(p*float64(len(all))))]
	}
	t.Logf("%d clients, %s, body %s: %d ok, %d failed, %.0f req/s; latency p50 %s, p90 %s, p99 %s, max %s",
		n, elapsed.Round(time.Millisecond), body, len(all), failed, float64(len(all))/elapsed.Seconds(),
		pct(0.50).Round(10*time.Microsecond), pct(0.90).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), pct(1).Round(10*time.Microsecond))
	if failed > 0 {
		t.Errorf("%d requests failed", failed)
	}
}

// postDiscard posts body to the service and reads the answer to its end,
// so that the connection is reused.
func postDiscard(client *http.Client, base, body string) (int, error) {
	resp, err := client.Post(base+PathEvaluate, "application/json", strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, err
}

type statusError struct{ status int }

func (e *statusError) Error() string { return "status " + http.StatusText(e.status) }
