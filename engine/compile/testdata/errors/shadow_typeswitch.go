package main

import "fmt"

func main() {
	var v any = 1
	switch x := v.(type) {
	case int:
	}
	switch v.(type) {
	case int, int:
		fmt.Println()
	}
	n := 3
	switch n.(type) {
	}
}
