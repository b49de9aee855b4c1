package main

import (
	"fmt"
	"strings"
)

type string2 = string

func process(items []string) (count int, err error) {
	len := 0
	for _, it := range items {
		len += 1
		if it == "" {
			err := fmt.Errorf("empty item at %d", len)
			_ = err
			continue
		}
		count++
	}
	return count, err
}

func main() {
	true := false
	fmt.Println(true, !true)
	nil := 5
	fmt.Println(nil + 1)
	{
		append := func(xs []int, v int) []int { return xs }
		fmt.Println(append([]int{1}, 2))
	}
	fmt.Println(append([]int{1}, 2))
	count, err := process([]string{"a", "", "b"})
	fmt.Println(count, err)
	x := 1
	if x := 2; x > 1 {
		x := 3
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println()
	strs := strings.Fields("a b")
	{
		strings := []string2{"shadow"}
		fmt.Println(strings, len(strs))
	}
	type int32 = float64
	var f int32 = 1.5
	fmt.Printf("%T %v\n", f, f)
	iota := 7
	const (
		A = iota
		B
	)
	fmt.Println(iota, A, B)
	var err2 error
	if _, err2 := process(nil); err2 == nil {
		fmt.Println("shadowed err2 is nil")
	}
	fmt.Println(err2)
	copy := "not a builtin"
	fmt.Println(copy, cap([]int{1, 2}))
}
