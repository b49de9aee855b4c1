// A background goroutine does periodic work on a ticker until it has done
// three rounds, then reports through a channel.
package main

import (
	"fmt"
	"time"
)

func poller(rounds int, report chan<- []string) {
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	var log []string
	for n := 1; n <= rounds; n++ {
		<-t.C
		log = append(log, fmt.Sprintf("poll#%d", n))
	}
	report <- log
}

func main() {
	report := make(chan []string)
	go poller(3, report)
	for _, line := range <-report {
		fmt.Println(line)
	}
	t := time.NewTicker(time.Hour)
	t.Reset(15 * time.Millisecond)
	<-t.C
	t.Stop()
	fmt.Println("reset ticker fired")
}
