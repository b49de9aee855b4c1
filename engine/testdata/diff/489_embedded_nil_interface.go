package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, val string)
}

type memStore map[string]string

func (m memStore) Get(k string) (string, bool) { v, ok := m[k]; return v, ok }
func (m memStore) Set(k, v string)             { m[k] = v }

// cachedStore embeds a Store and overrides Get only.
type cachedStore struct {
	Store
	hits int
}

func (c *cachedStore) Get(k string) (string, bool) {
	c.hits++
	return c.Store.Get(strings.ToLower(k))
}

func fill(s Store, pairs ...string) {
	for i := 0; i+1 < len(pairs); i += 2 {
		s.Set(pairs[i], pairs[i+1])
	}
}

func main() {
	c := &cachedStore{Store: memStore{}}
	fill(c, "a", "1", "b", "2")
	v, ok := c.Get("A")
	fmt.Println(v, ok, c.hits)
	var broken cachedStore
	fmt.Println("hits before:", broken.hits)
	fill(&broken, "x", "y")
	fmt.Println("unreachable")
}
