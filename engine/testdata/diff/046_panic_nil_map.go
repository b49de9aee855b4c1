package main

import "fmt"

type Registry struct {
	handlers map[string]func() string
}

func (r *Registry) Register(name string, h func() string) {
	r.handlers[name] = h
}

func main() {
	var r Registry
	fmt.Println("handlers:", len(r.handlers), r.handlers["x"] == nil)
	r.Register("hello", func() string { return "hi" })
	fmt.Println("registered")
}
