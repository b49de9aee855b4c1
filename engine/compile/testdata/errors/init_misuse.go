package main

func init() int { return 1 }

func main() {
	init()
}
