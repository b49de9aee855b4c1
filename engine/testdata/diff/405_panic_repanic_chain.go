package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func stage3() {
	var arr []int
	idx := 5
	_ = arr[idx]
}

func stage2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("stage2 caught:", r)
			panic(fmt.Sprintf("stage2 failed: %v", r))
		}
	}()
	stage3()
}

func main() {
	defer fmt.Println("main deferred 1")
	defer func() {
		r := recover()
		fmt.Println("main caught:", r)
		panic(Code(7))
	}()
	stage2()
}
