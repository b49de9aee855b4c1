package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Building strings the slow way allocates far more than it keeps: the
// program must not run out of memory for it.
func csvLine(n int) string {
	line := ""
	for i := 0; i < n; i++ {
		if i > 0 {
			line += ","
		}
		line += strconv.Itoa(i * i)
	}
	return line
}

func pyramid(h int) string {
	out := ""
	for i := 1; i <= h; i++ {
		out += strings.Repeat(" ", h-i) + strings.Repeat("*", 2*i-1) + "\n"
	}
	return out
}

func main() {
	line := csvLine(12000)
	fmt.Println(len(line), line[:40], line[len(line)-20:])
	fmt.Print(pyramid(5))
	s := ""
	for i := 0; i < 9000; i++ {
		s += string(rune('a' + i%26))
	}
	fmt.Println(len(s), s[:30], strings.Count(s, "z"))
	words := strings.Fields(strings.Repeat("lorem ipsum dolor sit amet ", 2000))
	joined := ""
	for _, w := range words[:6000] {
		joined += w[:1]
	}
	fmt.Println(len(joined), joined[:20])
}
