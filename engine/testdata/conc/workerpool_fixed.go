// A fixed pool of four workers over a job channel; results are collected
// and sorted by job id. Each worker counts its jobs; only the total is printed.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   int
	word string
}

type done struct {
	id    int
	upper string
}

func worker(jobs <-chan job, out chan<- done, count *int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		*count++
		out <- done{j.id, strings.ToUpper(j.word)}
	}
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	jobs := make(chan job, len(words))
	out := make(chan done, len(words))
	counts := make([]int, 4)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go worker(jobs, out, &counts[w], &wg)
	}
	for i, w := range words {
		jobs <- job{i, w}
	}
	close(jobs)
	wg.Wait()
	close(out)
	var res []done
	for d := range out {
		res = append(res, d)
	}
	sort.Slice(res, func(a, b int) bool { return res[a].id < res[b].id })
	for _, d := range res {
		fmt.Println(d.id, d.upper)
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("jobs handled:", total)
}
