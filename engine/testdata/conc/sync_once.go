// sync.Once: lazy initialisation runs exactly once no matter how many
// goroutines race to trigger it; everyone sees the initialised value.
package main

import (
	"fmt"
	"sync"
)

type config struct {
	name    string
	retries int
}

var (
	once  sync.Once
	cfg   *config
	loads int
)

func getConfig() *config {
	once.Do(func() {
		loads++
		cfg = &config{name: "prod", retries: 3}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	seen := make([]string, 10)
	for i := range seen {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := getConfig()
			seen[i] = fmt.Sprintf("%s/%d", c.name, c.retries)
		}()
	}
	wg.Wait()
	fmt.Println(seen)
	fmt.Println("loads:", loads)
	once.Do(func() { fmt.Println("never printed") })
	fmt.Println("same pointer:", getConfig() == cfg)
}
