package main

import (
	"fmt"
	"strings"
)

type Registry struct {
	byName map[string][]string
	count  int
}

func (r *Registry) Add(kind, name string) {
	r.byName[kind] = append(r.byName[kind], name)
	r.count++
}

func load(r *Registry, lines []string) {
	for _, l := range lines {
		kind, name, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		r.Add(kind, name)
	}
}

func main() {
	good := &Registry{byName: map[string][]string{}}
	load(good, []string{"fruit:apple", "veg:kale", "bogus", "fruit:pear"})
	fmt.Println(good.byName, good.count)
	var r Registry
	fmt.Println(len(r.byName), r.byName["x"] == nil)
	load(&r, []string{"a:b"})
	fmt.Println("unreachable")
}
