package main

import (
	"fmt"
	"os"
	"strconv"
)

func parsePort(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("invalid port %q: %w", s, err)
	}
	if n < 1 || n > 65535 {
		return 0, fmt.Errorf("port %d out of range", n)
	}
	return n, nil
}

func main() {
	defer fmt.Println("this deferred line never prints")
	fmt.Println("args:", len(os.Args))
	for _, s := range []string{"8080", "99999", "http"} {
		p, err := parsePort(s)
		if err != nil {
			fmt.Fprintln(os.Stderr, "error:", err)
			if s == "http" {
				os.Exit(3)
			}
			continue
		}
		fmt.Println("port", p)
	}
}
