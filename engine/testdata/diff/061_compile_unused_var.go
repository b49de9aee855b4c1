package main

import "fmt"

type Item struct {
	Name  string
	Price float64
}

func total(items []Item) float64 {
	sum := 0.0
	count := 0
	for _, it := range items {
		sum += it.Price
	}
	return sum
}

func main() {
	items := []Item{{"pen", 1.5}, {"book", 12}}
	discount := 0.1
	fmt.Println(total(items))
}
