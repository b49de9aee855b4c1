package main

import "sync"

func main() {
	var mu sync.Mutex
	mu := sync.Mutex{}
	mu.Lock()
	var wg sync.WaitGroup
	wg.Add()
	wg.Done(1)
	m := map[string]int{}
	m.Get("a")
}
