package main

import (
	"fmt"
	"sort"
	"strings"
)

// Convert maps a slice through f; the result type cannot be inferred from
// the arguments alone.
func Convert[T, U any](xs []T) []U {
	out := make([]U, 0, len(xs))
	for range xs {
		var zero U
		out = append(out, zero)
	}
	return out
}

func Zero[T any]() T {
	var t T
	return t
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }

func main() {
	words := strings.Fields("go is fun to write")
	sort.Sort(byLen(words))
	fmt.Println(Convert(words))
	fmt.Println(Convert[string](words))
	n := Zero()
	fmt.Println(n)
	sort.Slice(words, func(i, j int) int { return len(words[i]) - len(words[j]) })
	sort.Slice(words, func(a, b string) bool {})
	switch len(words) {
	case 5:
	case 5:
	}
}
