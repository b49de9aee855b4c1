package main

func main() {
	x := 1
	x := 2
	var y int
	var y string
	_, _ = x, y
}
