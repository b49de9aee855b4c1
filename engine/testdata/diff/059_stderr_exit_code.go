package main

import (
	"fmt"
	"os"
)

type Check struct {
	Name string
	OK   bool
}

func main() {
	checks := []Check{{"config", true}, {"database", false}, {"cache", true}, {"queue", false}}
	failed := 0
	for _, c := range checks {
		status := "PASS"
		if !c.OK {
			status = "FAIL"
			failed++
			fmt.Fprintf(os.Stderr, "check %s failed\n", c.Name)
		}
		fmt.Printf("%-10s %s\n", c.Name, status)
	}
	fmt.Fprintln(os.Stdout, "summary:", len(checks)-failed, "passed,", failed, "failed")
	os.Stderr.WriteString("exiting with status 1\n")
	if failed > 0 {
		os.Exit(1)
	}
}
