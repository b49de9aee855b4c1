package main

import (
	"fmt"
	"strings"
)

type Record struct {
	Name  string
	Age   int
	Score float64
}

func parseLine(line string) (Record, error) {
	var r Record
	n, err := fmt.Sscanf(line, "%s %d %f", &r.Name, &r.Age, &r.Score)
	if err != nil {
		return r, fmt.Errorf("line %q: parsed %d fields: %w", line, n, err)
	}
	return r, nil
}

func main() {
	input := `alice 30 91.5
bob x 80
carol 41 77.25
dave 22`
	var ok []Record
	for _, line := range strings.Split(input, "\n") {
		r, err := parseLine(line)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		ok = append(ok, r)
	}
	fmt.Printf("%+v\n", ok)
	var y, m, d int
	n, err := fmt.Sscanf("2024-03-15", "%d-%d-%d", &y, &m, &d)
	fmt.Println(n, err, y, m, d)
	var a, b int
	var op string
	n, err = fmt.Sscan("12 + 30", &a, &op, &b)
	fmt.Println(n, err, a, op, b)
	var word string
	var num int
	n, err = fmt.Sscanln("hello 42 extra", &word, &num)
	fmt.Println(n, err, word, num)
	var hex int
	var f float32
	n, err = fmt.Sscanf("ff 2.5", "%x %g", &hex, &f)
	fmt.Println(n, err, hex, f)
	var s1, s2 string
	n, err = fmt.Sscan("  spaced\n\n  out  ", &s1, &s2)
	fmt.Println(n, err, s1, s2)
	var bad int
	n, err = fmt.Sscan("3.7", &bad)
	fmt.Println(n, err, bad)
	var c rune
	n, err = fmt.Sscanf("Z", "%c", &c)
	fmt.Println(n, err, string(c))
}
