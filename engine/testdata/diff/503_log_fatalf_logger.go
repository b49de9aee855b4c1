package main

import (
	"fmt"
	"log"
	"os"
	"strconv"
)

func parsePort(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n < 1 || n > 65535 {
		return 0, fmt.Errorf("port %d out of range", n)
	}
	return n, nil
}

func main() {
	logger := log.New(os.Stderr, "server: ", log.Lshortfile|log.Lmsgprefix)
	for _, s := range []string{"8080", "443"} {
		p, err := parsePort(s)
		if err != nil {
			logger.Fatalf("bad port %q: %v", s, err)
		}
		fmt.Println("listening on", p)
	}
	defer func() {
		fmt.Println("not printed: Fatalf exits at once")
	}()
	if _, err := parsePort("70000"); err != nil {
		logger.Fatalf("bad port %q: %v", "70000", err)
	}
}
