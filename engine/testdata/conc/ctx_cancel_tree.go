// Cancelling a parent context cancels every descendant; each child reports
// ctx.Err(). A sibling tree with its own root is unaffected.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	left, cancelLeft := context.WithCancel(root)
	defer cancelLeft()
	right, cancelRight := context.WithCancel(root)
	defer cancelRight()
	leaf, cancelLeaf := context.WithCancel(left)
	defer cancelLeaf()
	other, cancelOther := context.WithCancel(context.Background())

	named := map[string]context.Context{"left": left, "right": right, "leaf": leaf}
	var mu sync.Mutex
	var reports []string
	var wg sync.WaitGroup
	for name, ctx := range named {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			mu.Lock()
			reports = append(reports, name+": "+ctx.Err().Error())
			mu.Unlock()
		}()
	}
	cancelRoot()
	wg.Wait()
	sort.Strings(reports)
	for _, r := range reports {
		fmt.Println(r)
	}
	fmt.Println("other:", other.Err())
	cancelOther()
	fmt.Println("other after cancel:", other.Err())
	fmt.Println("root is Canceled:", root.Err() == context.Canceled)
}
