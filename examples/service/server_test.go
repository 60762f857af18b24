package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hilversum/sociaaldomein/internal/problem"
)

// startServer runs NewServer(h, t) on a free loopback port until the test
// ends, and returns its base URL.
func startServer(tb testing.TB, t Timeouts) string {
	tb.Helper()
	h := newTestHandler(tb)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	var log bytes.Buffer
	var mu sync.Mutex
	srv := NewServer(h, t, lockedWriter{&mu, &log})
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			tb.Errorf("shutdown: %v", err)
			_ = srv.Close()
		}
		<-done
	})
	return "http://" + ln.Addr().String()
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// post sends body to the service at base and returns the status and body.
func post(client *http.Client, base, body string) (int, []byte, error) {
	resp, err := client.Post(base+PathEvaluate, "application/json", strings.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// TestSlowClient: a client that sends its headers and then dribbles the
// body is cut off after ReadTimeout, one that never finishes its headers
// after ReadHeaderTimeout, and a normal request at the same time succeeds.
func TestSlowClient(t *testing.T) {
	const readTimeout = 400 * time.Millisecond
	base := startServer(t, Timeouts{ReadHeader: readTimeout, Read: readTimeout, Write: 2 * time.Second, Idle: time.Second})
	addr := strings.TrimPrefix(base, "http://")
	_, want := evaluateDirect(t, `{"keuze":"A"}`)

	tests := []struct {
		name  string
		head  string // sent at once
		drip  string // then one byte every 20 ms
		wants string // the start of what the server answers, "" for nothing
	}{
		{
			name:  "slow body",
			head:  "POST " + PathEvaluate + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n",
			drip:  `{"keuze":"A"` + strings.Repeat(" ", 200),
			wants: "HTTP/1.1 400",
		},
		{
			name: "slow headers",
			head: "POST " + PathEvaluate + " HTTP/1.1\r\n",
			drip: "Host: x\r\nContent-Type: application/json\r\nX-Pad: " + strings.Repeat("a", 200),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Start the clock before dialling: the server sets its read
			// deadline as soon as it accepts, which can be before Dial
			// returns here (measured: 399,2 ms for a 400 ms timeout).
			start := time.Now()
			conn, err := net.DialTimeout("tcp", addr, time.Second)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if err := conn.SetDeadline(start.Add(5 * time.Second)); err != nil {
				t.Fatal(err)
			}
			if _, err := io.WriteString(conn, tt.head); err != nil {
				t.Fatal(err)
			}
			stop := make(chan struct{})
			dripped := make(chan struct{})
			go func() { // at most len(drip) bytes, 20 ms apart: bounded
				defer close(dripped)
				for i := 0; i < len(tt.drip); i++ {
					select {
					case <-stop:
						return
					case <-time.After(20 * time.Millisecond):
					}
					if _, err := conn.Write([]byte{tt.drip[i]}); err != nil {
						return // cut off
					}
				}
			}()

			// Meanwhile a normal client is served.
			client := &http.Client{Timeout: 3 * time.Second, Transport: &http.Transport{}}
			defer client.CloseIdleConnections()
			status, body, err := post(client, base, `{"keuze":"A"}`)
			if err != nil || status != http.StatusOK || !bytes.Equal(body, want) {
				t.Errorf("concurrent request: status %d, err %v, body %.200s", status, err, body)
			}

			got, err := io.ReadAll(conn) // until the server closes the connection
			elapsed := time.Since(start)
			close(stop)
			<-dripped
			if err != nil && !isReset(err) {
				t.Fatalf("after %v: %v (the server did not cut the client off)", elapsed, err)
			}
			if elapsed < readTimeout || elapsed > readTimeout+2*time.Second {
				t.Errorf("cut off after %v, want about %v", elapsed, readTimeout)
			}
			if !strings.HasPrefix(string(got), tt.wants) {
				t.Errorf("answer %.300q, want it to start with %q", got, tt.wants)
			}
			if tt.wants != "" {
				checkErrorBody(t, got, http.StatusBadRequest, CodeUnreadableBody)
			}
		})
	}
}

func isReset(err error) bool {
	return strings.Contains(err.Error(), "connection reset")
}

// checkErrorBody checks the JSON error in a raw HTTP answer.
func checkErrorBody(t *testing.T, raw []byte, status int, code string) {
	t.Helper()
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(raw)), nil)
	if err != nil {
		t.Fatalf("reading %q: %v", raw, err)
	}
	defer resp.Body.Close()
	var e problem.Details
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		t.Fatalf("error body: %v", err)
	}
	if resp.StatusCode != status || e.Status != status || e.Code != code || resp.Header.Get("Content-Type") != ProblemContentType {
		t.Errorf("status %d, %s, problem %+v; want %d %s", resp.StatusCode, resp.Header.Get("Content-Type"), e, status, code)
	}
}

// TestConcurrent sends 50 requests at once, valid and invalid mixed, to a
// real server; every one gets its own correct answer. Run with -race.
func TestConcurrent(t *testing.T) {
	base := startServer(t, DefaultTimeouts())
	type request struct {
		body   string
		status int
		want   []byte // the whole body for 200, the field for 400
	}
	var kinds []request
	for _, k := range []string{"A", "B", "C", "D", ""} {
		body := fmt.Sprintf(`{"keuze":%q,"model":{"theta":"0.%d"}}`, k, len(kinds))
		_, want := evaluateDirect(t, body)
		kinds = append(kinds, request{body, http.StatusOK, want})
	}
	kinds = append(kinds,
		request{`{"model":{"theta":"2"}}`, http.StatusBadRequest, []byte("model.theta")},
		request{`{"keuze":"Z"}`, http.StatusBadRequest, []byte("keuze")},
		request{`{"measures":["x"]}`, http.StatusBadRequest, []byte("measures[0]")},
		request{strings.Repeat("[", 50000), http.StatusBadRequest, []byte("")},
		request{"{}" + strings.Repeat(" ", 70000), http.StatusRequestEntityTooLarge, []byte("")},
	)
	const n = 50
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{}}
	defer client.CloseIdleConnections()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rq := kinds[i%len(kinds)]
			status, body, err := post(client, base, rq.body)
			switch {
			case err != nil:
				errs <- fmt.Errorf("request %d: %v", i, err)
			case status != rq.status:
				errs <- fmt.Errorf("request %d: status %d, want %d: %.200s", i, status, rq.status, body)
			case status == http.StatusOK && !bytes.Equal(body, rq.want):
				errs <- fmt.Errorf("request %d: answer differs from its own scenario: %.200s", i, body)
			case status != http.StatusOK:
				var e problem.Details
				field := ""
				if err := json.Unmarshal(body, &e); err == nil && len(e.InvalidParams) > 0 {
					field = e.InvalidParams[0].Name
				}
				if field != string(rq.want) || e.Status != status {
					errs <- fmt.Errorf("request %d: error %s, want field %q", i, body, rq.want)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// syncBuffer collects output and signals when a line arrives.
type syncBuffer struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	lines chan string
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.Write(p)
	for {
		line, err := b.buf.ReadString('\n')
		if err != nil {
			b.buf.WriteString(line) // an unfinished line stays
			return len(p), nil
		}
		select {
		case b.lines <- strings.TrimSpace(line):
		default:
		}
	}
}

// TestRun starts the command on a free port, asks it one question, and
// shuts it down as SIGINT would.
func TestRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdout := &syncBuffer{lines: make(chan string, 4)}
	var stderr bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-addr", "127.0.0.1:0", "-shutdown-timeout", "2s"}, stdout, lockedWriter{&sync.Mutex{}, &stderr})
	}()

	var base string
	select {
	case line := <-stdout.lines:
		var ok bool
		base, ok = strings.CutPrefix(line, "listening on ")
		if !ok || !strings.HasPrefix(base, "http://127.0.0.1:") {
			t.Fatalf("first line %q, want the address", line)
		}
	case err := <-done:
		t.Fatalf("run returned early: %v", err)
	case <-time.After(5 * time.Second):
		t.Fatal("no address printed within 5s")
	}
	client := &http.Client{Timeout: 3 * time.Second}
	resp, err := client.Get(base + PathMeasures)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET %s: %d", PathMeasures, resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("run: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no shutdown within 5s")
	}
	if _, err := client.Get(base + PathMeasures); err == nil {
		t.Error("the server still answers after shutdown")
	}
}

func TestRunFlags(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr bool
		stderr  string
	}{
		{[]string{"-h"}, false, "-addr"},
		{[]string{"-h"}, false, "POST /v1/_evaluate"},
		{[]string{"-h"}, false, "-allow-origin"},
		{[]string{"-allow-origin", "www.example.nl"}, true, ""},
		{[]string{"-nope"}, true, "flag provided but not defined"},
		{[]string{"extra"}, true, "Usage"},
		{[]string{"-addr", "256.0.0.1:-1"}, true, ""},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), tt.args, &stdout, &stderr)
		if (err != nil) != tt.wantErr || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("run(%q): err %v, stderr %q; want error %v and %q in stderr", tt.args, err, stderr.String(), tt.wantErr, tt.stderr)
		}
	}
}

// TestHandlerUnderHTTPTest is the handler behind httptest.NewServer: the
// headers survive a real round trip.
func TestHandlerUnderHTTPTest(t *testing.T) {
	srv := httptest.NewServer(newTestHandler(t))
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + PathOptions)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != ContentType || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("status %d, headers %v", resp.StatusCode, resp.Header)
	}
}
