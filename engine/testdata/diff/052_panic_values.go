package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct{ X, Y int }

type Level int

func check(kind int) {
	defer fmt.Println("check", kind, "unwinding")
	switch kind {
	case 1:
		panic(42)
	case 2:
		panic(Point{1, 2})
	case 3:
		panic(errors.New("plain error"))
	case 4:
		panic(Level(7))
	case 5:
		panic(fmt.Sprintf("formatted %d/%d", 3, 4))
	case 6:
		panic(3.5)
	}
}

func main() {
	kind := len(os.Args) + 1 // 2: the program runs without arguments
	fmt.Println("kind", kind)
	check(kind)
}
