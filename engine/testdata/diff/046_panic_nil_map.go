package main

import "fmt"

type Registry struct {
	handlers map[string]func() string
}

func (r *Registry) Register(name string, h func() string) {
	r.handlers[name] = h
}

// Register stores a handler; the zero Registry has a nil map, so the first
// registration panics (a NewRegistry constructor would have made the map).
func NewRegistry() *Registry {
	return &Registry{handlers: map[string]func() string{}}
}

func main() {
	ok := NewRegistry()
	ok.Register("ping", func() string { return "pong" })
	fmt.Println(ok.handlers["ping"]())
	var r Registry
	fmt.Println("handlers:", len(r.handlers), r.handlers["x"] == nil)
	r.Register("hello", func() string { return "hi" })
	fmt.Println("registered")
}
