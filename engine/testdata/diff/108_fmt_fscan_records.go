package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type record struct {
	name  string
	age   int
	score float64
}

func main() {
	input := `alice 30 91.5
bob 25 78.25
carol x 88
dave 41 66.0
`
	r := bufio.NewReader(strings.NewReader(input))
	var recs []record
	for line := 1; ; line++ {
		var rec record
		n, err := fmt.Fscanln(r, &rec.name, &rec.age, &rec.score)
		if errors.Is(err, io.EOF) {
			fmt.Println("end of input after", line-1, "lines")
			break
		}
		if err != nil {
			fmt.Printf("line %d: read %d fields: %v\n", line, n, err)
			r.ReadString('\n')
			continue
		}
		recs = append(recs, rec)
	}
	for _, rec := range recs {
		fmt.Printf("%-6s %3d %6.2f\n", rec.name, rec.age, rec.score)
	}

	var a, b int
	var op string
	n, err := fmt.Fscanf(strings.NewReader("12 + 30"), "%d %s %d", &a, &op, &b)
	fmt.Println(n, err, a, op, b)

	br := bufio.NewReader(strings.NewReader("7 8 9\n10"))
	sum := 0
	for {
		var x int
		if _, err := fmt.Fscan(br, &x); err != nil {
			fmt.Println("stop:", err, err == io.EOF)
			break
		}
		sum += x
	}
	fmt.Println("sum:", sum)

	var name string
	n, err = fmt.Scan(&name)
	fmt.Printf("stdin: %d %v %q\n", n, err, name)
	n, err = fmt.Scanln(&name)
	fmt.Printf("stdin line: %d %v\n", n, err)
	n, err = fmt.Scanf("%s", &name)
	fmt.Printf("stdin f: %d %v\n", n, err)

	var w1, w2 string
	n, err = fmt.Sscan("", &w1)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscanf("key=value", "%3s=%s", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	type celsius float64
	var c celsius
	n, err = fmt.Sscan("21.5", &c)
	fmt.Println(n, err, c)

	var raw []byte
	var z complex128
	var z64 complex64
	n, err = fmt.Sscan("bytes (1+2i) 3i", &raw, &z, &z64)
	fmt.Println(n, err, string(raw), z, z64)
	var anything any
	n, err = fmt.Sscan("x", &anything)
	fmt.Println(n, err)
	var counts map[string]int
	n, err = fmt.Sscan("x", &counts)
	fmt.Println(n, err)
}
