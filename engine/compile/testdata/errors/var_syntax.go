package main

func main() {
	var x int = 
	for i := 0; i < 10; i++ {
	}
	x = := 3
}
