package main

import (
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	_ = pr
	fmt.Println("writing with nobody reading")
	fmt.Fprintln(pw, "stuck")
	fmt.Println("never printed")
}
