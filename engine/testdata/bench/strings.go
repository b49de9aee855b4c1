package main

import "strings"

func main() {
	var b strings.Builder
	words := 0
	for i := 0; i < 20000; i++ {
		s := "item"
		for j := 0; j < i%5; j++ {
			s += "x"
		}
		b.WriteString(s)
		b.WriteByte(' ')
		if strings.HasSuffix(s, "xx") {
			words++
		}
	}
	fields := strings.Fields(b.String())
	if len(fields) != 20000 || words != 12000 {
		panic("strings")
	}
}
