package main

import (
	"fmt"
	"iter"
)

func Pairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		defer fmt.Println("  pairs done", n)
		for i := range n {
			for j := i + 1; j < n; j++ {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func Words(ws ...string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range ws {
			if !yield(w) {
				return
			}
		}
	}
}

func search(target int) (found string, err error) {
	defer func() {
		if found == "" {
			err = fmt.Errorf("no pair sums to %d", target)
		}
	}()
outer:
	for w := range Words("alpha", "beta", "gamma") {
		for i, j := range Pairs(5) {
			if i+j == len(w) {
				continue outer
			}
			if i*j == target {
				return fmt.Sprintf("%s:%d*%d", w, i, j), nil
			}
		}
	}
	return "", nil
}

func main() {
	fmt.Println(search(6))
	fmt.Println(search(100))
	count := 0
	for i, j := range Pairs(4) {
		if j == 3 {
			continue
		}
		count += i + j
		if count > 4 {
			break
		}
	}
	fmt.Println("count", count)
}
