// A nil *Stats looked up in a map and then updated: the store faults at
// the offset of the field written.
package main

import "fmt"

type Stats struct {
	Name  string
	Count int
	Total float64
}

func record(byName map[string]*Stats, name string, v float64) {
	s := byName[name] // nil for a name never seen
	s.Count++
	s.Total += v
}

func main() {
	byName := map[string]*Stats{"a": {Name: "a"}}
	record(byName, "a", 2.5)
	fmt.Printf("%+v\n", *byName["a"])
	record(byName, "b", 1)
}
