// Request/response over channels of channels: the server forgets to answer
// on its error path, so the client waits forever on its reply channel while
// the server waits for the next request.
package main

import (
	"errors"
	"fmt"
)

type request struct {
	key   string
	reply chan string
}

func server(reqs <-chan request, db map[string]string) {
	for r := range reqs {
		v, ok := db[r.key]
		if !ok {
			fmt.Println("server:", errors.New("no such key "+r.key))
			continue // bug: r.reply never gets an answer
		}
		r.reply <- v
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs, map[string]string{"host": "db-1", "port": "5432"})
	for _, k := range []string{"host", "port", "user"} {
		r := request{key: k, reply: make(chan string)}
		reqs <- r
		fmt.Println(k, "=", <-r.reply)
	}
}
