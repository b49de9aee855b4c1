package main

import "fmt"

func sign(n int) string {
	if n > 0 {
		return "positive"
	} else if n < 0 {
		return "negative"
	}
}

func classify(n int) string {
	switch {
	case n%2 == 0:
		return "even"
	case n%2 != 0:
		return "odd"
	}
}

func main() {
	fmt.Println(sign(3), classify(4))
}
