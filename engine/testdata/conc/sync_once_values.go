// sync.OnceValue and sync.OnceValues run their function once even when many
// goroutines ask at the same time; a panicking OnceValue panics again, with
// the same value, on every call.
package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var loads atomic.Int32
	config := sync.OnceValue(func() map[string]string {
		loads.Add(1)
		return map[string]string{"region": "eu-west", "tier": "gold"}
	})
	conn := sync.OnceValues(func() (string, error) {
		loads.Add(1)
		return "", errors.New("dial tcp 10.0.0.1:5432: connection refused")
	})

	var wg sync.WaitGroup
	regions := make([]string, 8)
	errs := make([]error, 8)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			regions[i] = config()["region"]
			_, errs[i] = conn()
		}()
	}
	wg.Wait()
	fmt.Println("loads:", loads.Load())
	fmt.Println("regions agree:", regions[0] == regions[7], regions[3])
	fmt.Println("same error value:", errs[0] == errs[5], errs[2])

	boom := sync.OnceValue(func() int {
		loads.Add(1)
		panic("config file missing")
	})
	for i := range 3 {
		func() {
			defer func() { fmt.Println("call", i, "recovered:", recover()) }()
			boom()
		}()
	}
	fmt.Println("loads after panics:", loads.Load())
}
