// An error path returns without unlocking (no defer): the next call that
// takes the lock blocks forever (the shape of CockroachDB #584 in GoKer).
package main

import (
	"errors"
	"fmt"
	"sync"
)

type gossip struct {
	mu    sync.Mutex
	peers map[string]bool
}

func (g *gossip) add(peer string) error {
	g.mu.Lock()
	if g.peers[peer] {
		return errors.New("duplicate peer " + peer) // BUG: still locked
	}
	g.peers[peer] = true
	g.mu.Unlock()
	return nil
}

func main() {
	g := &gossip{peers: map[string]bool{}}
	for _, p := range []string{"n1", "n2", "n1", "n3"} {
		if err := g.add(p); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("added", p)
	}
}
