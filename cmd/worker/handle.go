// Command worker is the engine inside the browser's Web Worker.
//
// Built with GOOS=js GOARCH=wasm into engine.wasm, it is loaded by
// web/worker.js, which owns the transport (postMessage) and queues the page's
// messages until the engine is ready. This command owns the protocol
// (package interleave/app/message): it decodes each Run, calls the engine
// and posts the Result back. It is the only place the engine meets
// syscall/js.
package main

import (
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"interleave/app/message"
	"interleave/engine"
	"interleave/engine/sched"
)

// programName is the file name compile errors and panics refer to.
const programName = "prog.go"

// handle answers one message from the page. A message it cannot read gets a
// Result with ID 0 and the reason on Stderr; an engine bug is reported the
// same way, so the worker stays alive.
func handle(data string) (reply string) {
	var run message.Run
	res := message.Result{Type: message.TypeResult}
	defer func() {
		if r := recover(); r != nil {
			res = message.Result{Type: message.TypeResult, ID: run.ID, ExitCode: 2}
			res.Stderr = fmt.Sprintf("interleave: internal error in the engine: %v\n", r)
		}
		b, _ := json.Marshal(res)
		reply = string(b)
	}()
	if err := json.Unmarshal([]byte(data), &run); err != nil || run.Type != message.TypeRun {
		res.ExitCode = 2
		res.Stderr = fmt.Sprintf("interleave: worker: not a run message: %.80q\n", data)
		return
	}
	res.ID = run.ID
	start := time.Now()
	p, err := compile(run.Source)
	if err != nil {
		res.Stderr, res.ExitCode = err.Error()+"\n", 1
		return
	}
	opts := engine.Options{Seed: run.Seed, Trace: run.Trace || run.Step}
	if run.Schedule != nil {
		opts.Schedule, opts.ContinueSeeded = run.Schedule, true
	}
	if run.Step {
		if opts.Schedule == nil {
			opts.Schedule, opts.ContinueSeeded = &sched.Schedule{Seed: run.Seed}, true
		}
		opts.StopAtChoice = len(opts.Schedule.Choices) + 1 + max(run.Auto, 0)
	}
	r := p.Run(opts)
	res.Stdout, res.Stderr, res.ExitCode = r.Stdout, r.Stderr, r.ExitCode
	res.ElapsedMs = float64(time.Since(start).Microseconds()) / 1000
	if len(r.Schedule.Choices) <= message.MaxChoices {
		res.Schedule = &r.Schedule
	}
	if tr := r.Trace; tr != nil {
		since := min(max(run.Since, 0), tr.Len())
		since = max(since, tr.Len()-message.MaxEvents)
		res.Trace = &message.Trace{
			Since:      since,
			Events:     tr.Events(since, tr.Len()),
			Objects:    tr.Objects[min(max(run.SinceObjects, 0), len(tr.Objects)):],
			Goroutines: tr.Goroutines[min(max(run.SinceGoroutines, 0), len(tr.Goroutines)):],
			Truncated:  tr.Truncated,
		}
		if c := r.Choice; c != nil {
			res.Choice = &message.Choice{Select: c.Select}
			for _, o := range c.Options {
				opt := message.Option{G: o.G, Op: o.Op, Line: o.Line}
				for _, g := range tr.Goroutines {
					if g.ID == o.G {
						opt.Func = g.Func
					}
				}
				res.Choice.Options = append(res.Choice.Options, opt)
			}
		}
	}
	return
}

// The last program compiled: manual mode runs the same source once a step.
var last struct {
	sync.Mutex
	source string
	prog   *engine.Program
}

// compile compiles source, or returns the program compiled last time.
func compile(source string) (*engine.Program, error) {
	last.Lock()
	defer last.Unlock()
	if last.prog != nil && last.source == source {
		return last.prog, nil
	}
	p, err := engine.Compile(programName, []byte(source))
	if err != nil {
		return nil, err
	}
	last.source, last.prog = source, p
	return p, nil
}

// ready is the message posted once the engine is loaded.
func ready() string {
	b, _ := json.Marshal(message.Result{Type: message.TypeReady})
	return string(b)
}

// warmUp compiles and runs a small program once, while the learner reads:
// decoding the sandbox's type data, the first compile, and the first use
// of what lessons use most (printing with arguments, goroutines, channels,
// sync, a traced step) take most of a second under wasm, and the first Run
// or Step should not pay for them.
func warmUp() {
	p, err := engine.Compile(programName, []byte(warmUpProgram))
	if err != nil {
		panic("worker: the warm-up program does not compile: " + err.Error())
	}
	p.Run(engine.Options{MaxOutput: 1 << 10})
	p.Run(engine.Options{Trace: true, StopAtChoice: 3})
}

const warmUpProgram = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	ch := make(chan int, 1)
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ch <- i
			fmt.Println("warm", i, <-ch)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Printf("%d %s %v\n", 1, "x", []int{2})
}
`
