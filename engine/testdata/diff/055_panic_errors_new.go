package main

import (
	"errors"
	"fmt"
	"strings"
)

var errEmpty = errors.New("template: empty name")

func render(tmpl string, vars map[string]string) string {
	var b strings.Builder
	for {
		i := strings.Index(tmpl, "{{")
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.Index(tmpl[i:], "}}")
		name := strings.TrimSpace(tmpl[i+2 : i+j])
		if name == "" {
			panic(errEmpty)
		}
		b.WriteString(tmpl[:i] + vars[name])
		tmpl = tmpl[i+j+2:]
	}
}

func main() {
	vars := map[string]string{"name": "Gopher", "lang": "Go"}
	fmt.Println(render("Hello {{ name }}, welcome to {{lang}}!", vars))
	fmt.Println(render("Broken {{ }} template", vars))
}
