package main

import "fmt"

func main() {
	s := "hello"
	b1 := []byte(s)
	fmt.Println(len(b1), cap(b1))
	b2 := []byte(s)
	b2[0] = 'j'
	fmt.Println(len(b2), cap(b2), string(b2))
	r1 := []rune(s)
	fmt.Println(len(r1), cap(r1))
	r2 := []rune(s)
	r2[0] = 'y'
	fmt.Println(len(r2), cap(r2), string(r2))
	long := "this string is definitely longer than thirty-two bytes"
	b3 := []byte(long)
	b3[0] = 'T'
	fmt.Println(len(b3), cap(b3))
	b4 := []byte(s)
	fmt.Println(len(b4), cap(b4), b4)
	b5 := []byte("abc")
	b5 = append(b5, 'd')
	fmt.Println(len(b5), cap(b5), string(b5))
}
