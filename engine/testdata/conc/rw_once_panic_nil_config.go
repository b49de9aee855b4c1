// sync.Once's function panics the first time; the panic is recovered, but
// the Once counts as done, so the config stays nil and the next use
// dereferences it.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type config struct{ endpoint string }

var (
	once sync.Once
	cfg  *config
)

func load(attempt int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("attempt %d: %v", attempt, r)
		}
	}()
	once.Do(func() {
		panic(errors.New("config file missing"))
	})
	return nil
}

func main() {
	fmt.Println(load(1))
	fmt.Println(load(2)) // Do does nothing now
	fmt.Println("cfg is nil:", cfg == nil)
	fmt.Println("endpoint:", cfg.endpoint)
}
