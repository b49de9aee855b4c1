package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go is expressive, concise, clean, and efficient.
Its concurrency mechanisms make it easy to write programs that get the most
out of multicore and networked machines.`

func main() {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	counts := map[string]int{}
	letters := 0
	for _, w := range words {
		w = strings.ToLower(w)
		counts[w]++
		letters += len(w)
	}
	fmt.Println("words:", len(words), "distinct:", len(counts), "letters:", letters)
	type kv struct {
		word string
		n    int
	}
	var list []kv
	for w, n := range counts {
		list = append(list, kv{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:6] {
		fmt.Printf("%-8s %d %s\n", e.word, e.n, strings.Repeat("*", e.n))
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("line %d: %2d chars, %d words\n", i+1, len(l), len(strings.Fields(l)))
	}
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("longest:", longest, "avg:", float64(letters)/float64(len(words)))
}
