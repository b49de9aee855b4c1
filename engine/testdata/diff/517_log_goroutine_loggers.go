package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
	"sync"
)

func worker(id int, jobs []int, l *log.Logger, wg *sync.WaitGroup) {
	defer wg.Done()
	sum := 0
	for _, j := range jobs {
		sum += j * j
		l.Printf("job %d -> %d", j, j*j)
	}
	l.Println("total", sum)
}

func main() {
	const n = 3
	bufs := make([]bytes.Buffer, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		l := log.New(&bufs[i], fmt.Sprintf("w%d ", i), log.Lmsgprefix)
		go worker(i, []int{i, i + 1, i + 2}, l, &wg)
	}
	wg.Wait()
	for i := range bufs {
		fmt.Print(bufs[i].String())
	}

	// One logger shared by goroutines taking turns.
	var shared strings.Builder
	l := log.New(&shared, "", 0)
	turn := make(chan int)
	done := make(chan bool)
	for g := range 2 {
		go func() {
			for v := range turn {
				l.Printf("g%d got %d", g, v)
				done <- true
			}
		}()
	}
	for v := range 4 {
		turn <- v
		<-done
	}
	close(turn)
	lines := strings.Split(strings.TrimSpace(shared.String()), "\n")
	fmt.Println(len(lines), "shared lines")
}
