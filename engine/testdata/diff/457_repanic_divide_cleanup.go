package main

import "fmt"

type Stats struct {
	Count int
	Sum   int
}

func (s Stats) Mean() int { return s.Sum / s.Count }

func report(all []Stats) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("report failed:", r)
			// The cleanup makes the same mistake again.
			fmt.Println("fallback mean:", all[len(all)-1].Mean())
		}
	}()
	for i, s := range all {
		fmt.Printf("group %d: mean %d\n", i, s.Mean())
	}
}

func main() {
	report([]Stats{{2, 10}, {4, 4}})
	report([]Stats{{1, 7}, {0, 0}})
}
