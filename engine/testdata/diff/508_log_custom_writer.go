package main

import (
	"errors"
	"fmt"
	"log"
	"strings"
)

// lineCounter numbers every line written to it.
type lineCounter struct {
	n     int
	lines []string
}

func (c *lineCounter) Write(p []byte) (int, error) {
	c.n++
	c.lines = append(c.lines, fmt.Sprintf("%03d|%s", c.n, strings.TrimRight(string(p), "\n")))
	return len(p), nil
}

// failing refuses every write.
type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

// shout upper-cases what it writes to the next writer.
type shout struct{ next *lineCounter }

func (s shout) Write(p []byte) (int, error) {
	return s.next.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	c := &lineCounter{}
	l := log.New(c, "svc ", 0)
	l.Println("first")
	l.Printf("second %d", 2)
	l.Print("third\nwith two lines")
	log.New(shout{c}, "loud: ", 0).Print("quiet words")
	for _, s := range c.lines {
		fmt.Println(s)
	}

	f := log.New(failing{}, "", 0)
	err := f.Output(1, "lost")
	fmt.Println("Output error:", err)
	f.Print("ignored error")
	fmt.Printf("%T %T\n", l.Writer(), f.Writer())
}
