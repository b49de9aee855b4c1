package main

import "fmt"

func f() int {
	return "a"
}

func main() {
	var s string = 1
	undefined1()
	x := 1
	fmt.Println(y)
	var u int = "u"
	z := 2
	fmt.Printf("%d\n", q)
	w := 3
	r := 4
	t := 5
	v := 6
	for i := 0; i < 3; i++ {
		bad()
	}
}
