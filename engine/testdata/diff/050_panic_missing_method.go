package main

import "fmt"

type Closer interface{ Close() error }

type Resource struct{ Name string }

func (r *Resource) Close() error { return nil }

func shutdown(items []any) {
	for _, it := range items {
		c := it.(Closer)
		fmt.Println("closing", c.Close())
	}
}

func main() {
	shutdown([]any{&Resource{"db"}, Resource{"file"}})
}
