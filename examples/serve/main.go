package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"time"
)

func main() {
	addr := flag.String("addr", "localhost:8080", "address to listen on")
	flag.Parse()
	if err := run(*addr); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

func run(addr string) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	goTool, err := GoTool()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "sociaaldomein-wasm-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	log.Printf("building the calculator with %s (GOOS=js GOARCH=wasm)…", goTool)
	start := time.Now()
	assets, err := Build(ctx, goTool, dir)
	if err != nil {
		return err
	}
	log.Printf("built in %v: wasm %d bytes; compressing it once (gzip -9, brotli -q 11)…", time.Since(start).Round(time.Millisecond), len(assets.Wasm))
	start = time.Now()
	h, err := NewHandler(assets)
	if err != nil {
		return err
	}
	if enc, err := compress(assets.Wasm); err == nil { // done by NewHandler: only the sizes here
		log.Printf("compressed in %v: wasm %d bytes gzip, %d bytes brotli", time.Since(start).Round(time.Millisecond), len(enc.gz), len(enc.br))
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	fmt.Printf("De rekenhulp draait op http://%s/ (Ctrl+C stopt)\n", displayAddr(ln.Addr()))
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// displayAddr turns a listener address into one a browser can open:
// "[::]:8080" and "0.0.0.0:8080" become "localhost:8080".
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	} else if ip.IsLoopback() && ip.To4() != nil && host == "127.0.0.1" {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}
