package main

import (
	"fmt"
	"os"
)

type Job struct {
	Name string
	Fail bool
}

func run(jobs []Job) (failed int) {
	for _, j := range jobs {
		if j.Fail {
			fmt.Fprintf(os.Stderr, "job %s failed\n", j.Name)
			failed++
			continue
		}
		fmt.Printf("job %s ok\n", j.Name)
	}
	return
}

func main() {
	defer fmt.Println("this deferred print never runs")
	n := run([]Job{{"build", false}, {"lint", true}, {"test", true}, {"deploy", false}})
	fmt.Printf("%d failed\n", n)
	if n > 0 {
		os.Exit(10 + n)
	}
	fmt.Println("all good")
}
