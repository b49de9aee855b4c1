package main

import "fmt"

type greeter struct {
	greeting string
	punct    string
}

func (g greeter) greet(name string) string {
	if name == "" {
		name = "world"
	}
	return g.greeting + ", " + name + g.punct
}

func main() {
	g := greeter{greeting: "Hello", punct: "!"}
	names := []string{"", "Gopher", "Ada", "Linus"}
	for i, n := range names {
		fmt.Println(i, g.greet(n))
	}
	formal := greeter{"Good evening", "."}
	fmt.Println(formal.greet("Dr. Knuth"))
	fmt.Print("no newline", " ", 42, "\n")
	fmt.Print(1, 2, "a", "b", 3, 4.5, "\n")
	fmt.Printf("%d names greeted\n", len(names)+1)
}
