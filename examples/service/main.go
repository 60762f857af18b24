package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

// Timeouts bounds how long the server waits for a client.
type Timeouts struct {
	ReadHeader time.Duration // to read the request headers
	Read       time.Duration // to read the whole request, body included
	Write      time.Duration // from the end of the headers to the end of the answer
	Idle       time.Duration // between requests on a kept-alive connection
	Shutdown   time.Duration // for requests in flight to finish at shutdown
}

// DefaultTimeouts are the timeouts of the flags' defaults.
func DefaultTimeouts() Timeouts {
	return Timeouts{
		ReadHeader: 5 * time.Second,
		Read:       10 * time.Second,
		Write:      15 * time.Second,
		Idle:       60 * time.Second,
		Shutdown:   10 * time.Second,
	}
}

// MaxHeaderBytes bounds the request headers.
const MaxHeaderBytes = 16 << 10

// NewServer returns an http.Server for h with the given timeouts and
// MaxHeaderBytes; errors of the server go to errLog.
func NewServer(h http.Handler, t Timeouts, errLog io.Writer) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          log.New(errLog, "service: ", log.LstdFlags),
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "service:", err)
		os.Exit(1)
	}
}

// run parses the flags, serves until ctx is done, then shuts down
// gracefully. It prints the address it listens on to stdout.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	def := DefaultTimeouts()
	fs := flag.NewFlagSet("service", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8081", "`address` to listen on (host:port; port 0 picks a free one)")
	var t Timeouts
	fs.DurationVar(&t.ReadHeader, "read-header-timeout", def.ReadHeader, "time to read the request headers")
	fs.DurationVar(&t.Read, "read-timeout", def.Read, "time to read a whole request, body included")
	fs.DurationVar(&t.Write, "write-timeout", def.Write, "time to write an answer")
	fs.DurationVar(&t.Idle, "idle-timeout", def.Idle, "time a kept-alive connection may wait for its next request")
	fs.DurationVar(&t.Shutdown, "shutdown-timeout", def.Shutdown, "time for requests in flight to finish on SIGINT/SIGTERM")
	origins := fs.String("allow-origin", "", "comma-separated `origins` (https://www.example.nl) whose browser scripts may read the answers cross-origin (CORS), or * for all; none by default (the OpenAPI document is readable from every origin)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), `Usage: go run ./examples/service [flags]

A JSON HTTP API over the sociaaldomein library (API version %s, NL API
Design Rules; errors are application/problem+json):

  GET  /v1/options       the keuzeopties A–D with their lines and totals
  GET  /v1/measures      the 14 regional measures and the 7 municipalities
  POST /v1/_evaluate     a scenario.Input (application/json) in, its outcome out
  GET  /v1/openapi.json  the OpenAPI 3 document of the API

Flags:
`, APIVersion)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("unexpected arguments: %q", fs.Args())
	}
	var cfg Config
	for _, o := range strings.Split(*origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.AllowedOrigins = append(cfg.AllowedOrigins, o)
		}
	}
	h, err := NewHandlerConfig(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := NewServer(h, t, stderr)
	fmt.Fprintf(stdout, "listening on http://%s\n", ln.Addr())

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), t.Shutdown)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
