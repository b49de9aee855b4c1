package main

import "fmt"

type Handler func(string) string

type Router struct {
	routes   map[string]Handler
	fallback Handler
}

func (r *Router) Handle(path string) string {
	if h, ok := r.routes[path]; ok {
		return h(path)
	}
	return r.fallback(path)
}

func main() {
	r := &Router{routes: map[string]Handler{
		"/": func(p string) string { return "home" },
		"/about": func(p string) string {
			return "about " + p
		},
	}}
	for _, p := range []string{"/", "/about"} {
		fmt.Println(p, "=>", r.Handle(p))
	}
	fmt.Println(r.Handle("/missing"))
}
