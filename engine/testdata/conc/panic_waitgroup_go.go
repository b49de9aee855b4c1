// A task started with WaitGroup.Go panics. Since Go 1.26 WaitGroup.Go does
// not call Done for a panicking task (so Wait cannot return and let main
// exit first): it recovers the panic and panics again, and Go prints it as
// "[recovered, repanicked]".
package main

import (
	"fmt"
	"strconv"
	"sync"
)

func parsePort(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Sprintf("bad port %q: %v", s, err))
	}
	return n
}

func main() {
	var wg sync.WaitGroup
	ports := make([]int, 3)
	for i, s := range []string{"80", "443", "http"} {
		wg.Go(func() {
			ports[i] = parsePort(s)
		})
	}
	wg.Wait()
	fmt.Println(ports)
}
