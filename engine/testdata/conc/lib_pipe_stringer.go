package main

import (
	"bufio"
	"fmt"
	"io"
)

type point struct{ x, y int }

var formatted int

func (p point) String() string {
	formatted++
	return fmt.Sprintf("(%d,%d)", p.x, p.y)
}

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "point %v\n", point{i, i * i})
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println("String calls:", formatted)
}
