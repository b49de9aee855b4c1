package engine

import "testing"

// TestPlaygroundOutput checks runs whose output `go run` cannot reproduce:
// Go prints real times and, with GOMAXPROCS > 1, may order a deadlock
// dump differently; the engine must print what the Go Playground (or Go
// with GOMAXPROCS=1) prints.
func TestPlaygroundOutput(t *testing.T) {
	for _, tc := range []struct {
		name, src      string
		stdout, stderr string
		exit           int
	}{
		{
			name: "now_monotonic",
			src: `package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start)
	time.Sleep(1500 * time.Millisecond)
	fmt.Println(time.Now(), time.Since(start))
	fmt.Println(start.Round(0), start.Location())
	fmt.Println(start.Add(-time.Hour))
}
`,
			stdout: "2009-11-10 23:00:00 +0000 UTC m=+0.000000001\n" +
				"2009-11-10 23:00:01.5 +0000 UTC m=+1.500000001 1.5s\n" +
				"2009-11-10 23:00:00 +0000 UTC Local\n" +
				"2009-11-10 22:00:00 +0000 UTC m=-3599.999999999\n",
		},
		{
			name: "ctx_deadline_string",
			src: `package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	fmt.Println(ctx)
	d, ok := ctx.Deadline()
	fmt.Println(d, ok)
}
`,
			stdout: "context.Background.WithDeadline(2009-11-10 23:00:02 +0000 UTC m=+2.000000001 [2s])\n" +
				"2009-11-10 23:00:02 +0000 UTC m=+2.000000001 true\n",
		},
		{
			// Go reuses an exited goroutine's structure for the next
			// one (LIFO), and a deadlock dump follows that order.
			name: "deadlock_dump_slot_reuse",
			src: `package main

import "time"

func main() {
	block := make(chan int)
	go func() {}()
	go func() { <-block }()
	time.Sleep(time.Millisecond)
	go func() { block <- 1; block <- 2; block <- 3 }()
	select {}
}
`,
			stderr: "fatal error: all goroutines are asleep - deadlock!\n\n" +
				"goroutine 1 [select (no cases)]:\nmain.main()\n\tprog.go:11 +0x0\n\n" +
				"goroutine 9 [chan send]:\nmain.main.func3()\n\tprog.go:10 +0x0\ncreated by main.main in goroutine 1\n\tprog.go:10 +0x0\n",
			exit: 2,
		},
		{
			name: "main_goexit_no_goroutines",
			src: `package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		<-done
		fmt.Println("other")
	}()
	defer close(done)
	defer fmt.Println("deferred")
	runtime.Goexit()
}
`,
			stdout: "deferred\nother\n",
			stderr: "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n",
			exit:   2,
		},
		{
			// log's default flags print the date and time of the virtual
			// clock (UTC, the sandbox's Local) to stderr.
			name: "log_default_flags",
			src: `package main

import (
	"log"
	"os"
	"time"
)

func main() {
	log.Print("hello")
	time.Sleep(1500*time.Millisecond + 250*time.Microsecond)
	log.SetFlags(log.LstdFlags | log.Lmicroseconds | log.LUTC)
	log.Println("later")
	log.SetFlags(log.Llongfile)
	log.Printf("long file")
	l := log.New(os.Stdout, "out: ", log.Ldate|log.Lmsgprefix)
	l.Print("date only")
	log.SetFlags(log.Ltime | log.Lshortfile)
	log.Fatal("bye")
}
`,
			stdout: "2009/11/10 out: date only\n",
			stderr: "2009/11/10 23:00:00 hello\n" +
				"2009/11/10 23:00:01.500250 later\n" +
				"/tmp/prog.go:15: long file\n" +
				"23:00:01 prog.go:19: bye\n",
			exit: 1,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Run("prog.go", []byte(tc.src), Options{Seed: 1})
			if r.Stdout != tc.stdout || r.Stderr != tc.stderr || r.ExitCode != tc.exit {
				t.Errorf("got stdout %q\nstderr %q\nexit %d\nwant stdout %q\nstderr %q\nexit %d", r.Stdout, r.Stderr, r.ExitCode, tc.stdout, tc.stderr, tc.exit)
			}
		})
	}
}
