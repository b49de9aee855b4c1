package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

var ErrCorrupt = errors.New("checksum mismatch")

type block struct {
	index int
	sum   uint32
}

func verify(l *log.Logger, blocks []block) {
	for _, b := range blocks {
		if b.sum%7 == 0 {
			l.Panicln("block", b.index, "failed:", fmt.Errorf("verify: %w", ErrCorrupt))
		}
		l.Printf("block %d ok", b.index)
	}
}

func main() {
	l := log.New(os.Stdout, "verify: ", 0)
	defer fmt.Println("main's deferred call runs")
	verify(l, []block{{0, 10}, {1, 12}, {2, 21}, {3, 5}})
}
