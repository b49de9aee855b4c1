package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func main() {
	var i int
	var f float64
	var s string
	var b bool
	n, err := fmt.Sscan("42 3.5 word true", &i, &f, &s, &b)
	fmt.Println(n, err, i, f, s, b)
	n, err = fmt.Sscan("7 notanumber", &i, &f)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("(10, -4)", "(%d, %d)", &i, new(int))
	fmt.Println(n, err, i)
	var p Point
	n, err = fmt.Sscanf("pt 3:9", "pt %d:%d", &p.X, &p.Y)
	fmt.Println(n, err, p)
	var h, m int
	n, err = fmt.Sscanf("12h30", "%dh%d", &h, &m)
	fmt.Println(n, err, h, m)
	var hex, oct int
	var r rune
	n, err = fmt.Sscanf("ff 17 Z", "%x %o %c", &hex, &oct, &r)
	fmt.Println(n, err, hex, oct, string(r))
	var q string
	n, err = fmt.Sscanf(`"quoted str" rest`, "%q %s", &q, &s)
	fmt.Println(n, err, q, s)
	n, err = fmt.Sscanln("1 2\n3", &i, &h, &m)
	fmt.Println(n, err, i, h)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	var u uint8
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err, u)
	input := "3\nalice 30\nbob 25\ncarol 41\n"
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Scan()
	var count int
	fmt.Sscan(sc.Text(), &count)
	total := 0
	for k := 0; k < count && sc.Scan(); k++ {
		var name string
		var age int
		if _, err := fmt.Sscanf(sc.Text(), "%s %d", &name, &age); err != nil {
			fmt.Println("bad line:", err)
			continue
		}
		total += age
		fmt.Printf("%-6s %3d\n", name, age)
	}
	fmt.Printf("average %.2f\n", float64(total)/float64(count))
	var words []string
	rd := strings.NewReader("a bb ccc")
	for {
		var w string
		if _, err := fmt.Fscan(rd, &w); err != nil {
			fmt.Println("stop:", err)
			break
		}
		words = append(words, w)
	}
	fmt.Println(words, len(words))
}
