package main

import "fmt"

type Cache struct{ data map[string]string }

func (c *Cache) Put(k, v string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleanup after:", r)
			panic(r) // re-panic with the same value
		}
	}()
	c.data[k] = v
}

func main() {
	c := &Cache{}
	fmt.Println("putting")
	c.Put("user", "gopher")
	fmt.Println("unreachable")
}
