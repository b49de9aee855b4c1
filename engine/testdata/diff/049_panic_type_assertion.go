package main

import "fmt"

type Event struct {
	Kind    string
	Payload any
}

func amount(e Event) int {
	return e.Payload.(int)
}

func main() {
	events := []Event{{"deposit", 100}, {"deposit", 250}, {"note", "hello"}}
	total := 0
	for _, e := range events {
		total += amount(e)
		fmt.Println("total now", total)
	}
}
