package main

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"interleave/app/message"
	"interleave/engine/sched"
	"interleave/engine/trace"
)

func TestHandleBadMessage(t *testing.T) {
	var res message.Result
	if err := json.Unmarshal([]byte(handle(`{"type":"nope"}`)), &res); err != nil {
		t.Fatal(err)
	}
	if res.Type != message.TypeResult || res.ExitCode != 2 || !strings.Contains(res.Stderr, "not a run message") {
		t.Errorf("got %+v", res)
	}
}

func TestHandleRun(t *testing.T) {
	in, _ := json.Marshal(message.Run{Type: message.TypeRun, ID: 7, Source: "package main\n\nfunc main() {}\n"})
	var res message.Result
	if err := json.Unmarshal([]byte(handle(string(in))), &res); err != nil {
		t.Fatal(err)
	}
	// The program's output is the engine's business (engine tests); here the
	// envelope must be right.
	if res.Type != message.TypeResult || res.ID != 7 {
		t.Errorf("got %+v", res)
	}
}

// send passes run to handle and decodes the answer.
func send(t *testing.T, run message.Run) message.Result {
	t.Helper()
	run.Type = message.TypeRun
	in, _ := json.Marshal(run)
	var res message.Result
	if err := json.Unmarshal([]byte(handle(string(in))), &res); err != nil {
		t.Fatal(err)
	}
	return res
}

const twoWorkers = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(name)
		}()
	}
	wg.Wait()
}
`

// TestHandleStep walks a program in manual mode the way the page does:
// main runs while it can, then the newest goroutine. Each answer brings
// only the events the page lacks; the final schedule replays the run.
func TestHandleStep(t *testing.T) {
	var sch *sched.Schedule
	var events []trace.Event
	var objects []trace.Object
	var goroutines []trace.Goroutine
	var res message.Result
	for step := 1; ; step++ {
		res = send(t, message.Run{ID: step, Source: twoWorkers, Seed: 4, Schedule: sch, Step: true,
			Since: len(events), SinceObjects: len(objects), SinceGoroutines: len(goroutines)})
		if res.ID != step || res.Trace == nil || res.Schedule == nil {
			t.Fatalf("step %d: %+v", step, res)
		}
		if res.Trace.Since != len(events) {
			t.Fatalf("step %d: events from %d, the page has %d", step, res.Trace.Since, len(events))
		}
		events = append(events, res.Trace.Events...)
		objects = append(objects, res.Trace.Objects...)
		goroutines = append(goroutines, res.Trace.Goroutines...)
		if res.Choice == nil {
			break
		}
		if res.ExitCode != -1 {
			t.Errorf("step %d: stopped at a choice with exit code %d", step, res.ExitCode)
		}
		pick := len(res.Choice.Options) - 1
		for i, o := range res.Choice.Options {
			if o.G == 0 || o.Op == "" || o.Line == 0 || o.Func == "" {
				t.Errorf("step %d: option %+v", step, o)
			}
			if o.G == 1 {
				pick = i
			}
		}
		sch = res.Schedule
		sch.Choices = append(sch.Choices, pick)
		if step > 1000 {
			t.Fatal("no end")
		}
	}
	if res.Stdout != "b\na\n" || res.ExitCode != 0 {
		t.Errorf("manual run: %q, exit %d", res.Stdout, res.ExitCode)
	}
	// Replay: the whole schedule, traced from scratch.
	again := send(t, message.Run{ID: 99, Source: twoWorkers, Schedule: res.Schedule, Trace: true})
	if again.Stdout != res.Stdout || again.Choice != nil || !reflect.DeepEqual(again.Trace.Events, events) {
		t.Errorf("replay: %q, %d events, want %q, %d", again.Stdout, len(again.Trace.Events), res.Stdout, len(events))
	}
	if !reflect.DeepEqual(again.Trace.Objects, objects) || !reflect.DeepEqual(again.Trace.Goroutines, goroutines) {
		t.Errorf("objects and goroutines step by step:\n%+v\n%+v\nin one run:\n%+v\n%+v", objects, goroutines, again.Trace.Objects, again.Trace.Goroutines)
	}
	// A plain run carries its schedule but no trace.
	plain := send(t, message.Run{ID: 100, Source: twoWorkers, Seed: 4})
	if plain.Trace != nil || plain.Schedule == nil || plain.Schedule.Seed != 4 {
		t.Errorf("plain run: %+v", plain)
	}
}

func TestHandleStepCompileError(t *testing.T) {
	res := send(t, message.Run{ID: 3, Source: "package main\n\nfunc main() { x := 1 }\n", Step: true})
	if res.ExitCode != 1 || !strings.Contains(res.Stderr, "prog.go:3:15: declared and not used: x") || res.Choice != nil {
		t.Errorf("got %+v", res)
	}
}

// TestStepMessageSize walks a lesson-sized program (three workers, nine
// jobs) in manual mode and checks that each answer stays small: it
// carries only the events the page has not seen.
func TestStepMessageSize(t *testing.T) {
	src, err := os.ReadFile("../../engine/testdata/manual/workers.go")
	if err != nil {
		t.Fatal(err)
	}
	var sch *sched.Schedule
	since, objects, goroutines, steps, total, most := 0, 0, 0, 0, 0, 0
	for ; steps < 1000; steps++ {
		run := message.Run{Type: message.TypeRun, ID: 1, Source: string(src), Schedule: sch, Step: true, Since: since,
			SinceObjects: objects, SinceGoroutines: goroutines}
		in, _ := json.Marshal(run)
		out := handle(string(in))
		total += len(out)
		most = max(most, len(out))
		var res message.Result
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		since = res.Trace.Since + len(res.Trace.Events)
		objects += len(res.Trace.Objects)
		goroutines += len(res.Trace.Goroutines)
		if res.Choice == nil {
			if res.Stdout != "9 jobs done\n" {
				t.Errorf("the manual run printed %q", res.Stdout)
			}
			break
		}
		sch = res.Schedule
		sch.Choices = append(sch.Choices, 0)
	}
	t.Logf("%d steps, %d events: answers of %d bytes on average, %d at most", steps, since, total/(steps+1), most)
	if most > 8<<10 {
		t.Errorf("an answer of %d bytes", most)
	}
}

// TestHandleAuto: Auto lets the seeded scheduler make choices before the
// run stops, and the schedule records them.
func TestHandleAuto(t *testing.T) {
	res := send(t, message.Run{ID: 1, Source: twoWorkers, Seed: 2, Step: true, Auto: 3})
	if res.Choice == nil || res.Schedule == nil || len(res.Schedule.Choices) != 3 {
		t.Fatalf("got %+v", res)
	}
	again := send(t, message.Run{ID: 2, Source: twoWorkers, Schedule: res.Schedule, Step: true})
	if !reflect.DeepEqual(again.Choice, res.Choice) || again.Stdout != res.Stdout {
		t.Errorf("the recorded choices lead elsewhere: %+v, want %+v", again.Choice, res.Choice)
	}
}
