package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

// Each worker sends its results through its own pipe; the collector reads
// every pipe to the end. The output is sorted, so it does not depend on
// the schedule.
func worker(id int, jobs []int, w *io.PipeWriter, wg *sync.WaitGroup) {
	defer wg.Done()
	bw := bufio.NewWriter(w)
	for _, j := range jobs {
		fmt.Fprintf(bw, "worker %d: %d squared is %d\n", id, j, j*j)
	}
	if err := bw.Flush(); err != nil {
		w.CloseWithError(err)
		return
	}
	w.Close()
}

func main() {
	var wg sync.WaitGroup
	var readers []*io.PipeReader
	for id := 1; id <= 3; id++ {
		pr, pw := io.Pipe()
		readers = append(readers, pr)
		wg.Add(1)
		go worker(id, []int{id, id * 10}, pw, &wg)
	}

	var results []string
	var mu sync.Mutex
	var cw sync.WaitGroup
	for _, pr := range readers {
		cw.Add(1)
		go func(r io.Reader) {
			defer cw.Done()
			data, err := io.ReadAll(r)
			if err != nil {
				fmt.Println("read error:", err)
				return
			}
			mu.Lock()
			results = append(results, strings.Split(strings.TrimSpace(string(data)), "\n")...)
			mu.Unlock()
		}(pr)
	}
	wg.Wait()
	cw.Wait()
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}
}
