package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	caps := []int{}
	for i := 0; i < 20; i++ {
		b.WriteString("ab")
		caps = append(caps, b.Cap())
	}
	fmt.Println(caps)
	var bb bytes.Buffer
	bc := []int{}
	for i := 0; i < 10; i++ {
		bb.WriteString("hello")
		bc = append(bc, bb.Cap())
	}
	fmt.Println(bc)
	s := "hello"
	bs := []byte(s)
	fmt.Println(len(bs), cap(bs))
	rs := []rune(s)
	fmt.Println(len(rs), cap(rs))
	x := append([]byte(nil), s...)
	fmt.Println(len(x), cap(x))
	y := append([]int{1, 2, 3}, 4)
	fmt.Println(len(y), cap(y))
	z := append([]string{}, "a", "b", "c")
	fmt.Println(len(z), cap(z))
	fmt.Println(bs, rs, x, y, z)
	w := strings.Fields("a b c d e")
	fmt.Println(len(w), cap(w))
	sp := strings.Split("a,b,c", ",")
	fmt.Println(len(sp), cap(sp))
	big := make([]int, 0, 5)
	big = append(big, 1, 2, 3, 4, 5, 6)
	fmt.Println(cap(big))
	u := append([]int(nil), make([]int, 7)...)
	fmt.Println(cap(u))
	st := []struct{ A, B, C int }{}
	for i := 0; i < 5; i++ {
		st = append(st, struct{ A, B, C int }{})
		fmt.Print(cap(st), " ")
	}
	fmt.Println(st)
}
