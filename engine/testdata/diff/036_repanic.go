package main

import (
	"errors"
	"fmt"
)

type Job struct {
	ID   int
	Data []int
}

func run(j Job) (sum int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("job", j.ID, "failed:", r)
			panic(fmt.Sprintf("job %d: %v", j.ID, r))
		}
	}()
	for i := 0; i <= len(j.Data); i++ {
		if i == 3 {
			panic(errors.New("too many items"))
		}
		sum += j.Data[i%len(j.Data)]
	}
	return sum
}

func main() {
	defer fmt.Println("main deferred print runs before the crash report")
	fmt.Println(run(Job{1, []int{1, 2}}))
	fmt.Println(run(Job{2, []int{5, 6, 7, 8}}))
}
