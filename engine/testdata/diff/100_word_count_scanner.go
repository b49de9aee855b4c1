package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const text = `the quick brown fox
jumps over the lazy dog
the dog sleeps

and the fox runs`

func main() {
	counts := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		counts[strings.ToLower(sc.Text())]++
		total++
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Println("total words:", total)
	for _, w := range words[:5] {
		fmt.Printf("%-6s %d\n", w, counts[w])
	}

	lines := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for lines.Scan() {
		n++
		if lines.Text() == "" {
			fmt.Printf("line %d is blank\n", n)
			continue
		}
		fmt.Printf("%d: %q (%d bytes)\n", n, lines.Text(), len(lines.Bytes()))
	}
	fmt.Println("lines:", n, "err:", lines.Err())
}
