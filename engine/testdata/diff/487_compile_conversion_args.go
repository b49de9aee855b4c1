package main

import "fmt"

type Celsius float64

func main() {
	a := int(1, 2)
	b := Celsius()
	c := float64("x", 1)
	d := []byte()
	e := string(1, 2, 3)
	fmt.Println(a, b, c, d, e)
	var f func(int)
	f()
	f(1, 2)
	fmt.Println(new(), make(), len(), new(int, 2), make([]int))
}
