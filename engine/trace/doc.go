// Package trace is the engine's only output to the UI: what one run of a
// program did, as an ordered list of events, and the one fold that turns
// the first k events into the state the visualizer draws.
//
// This comment is the contract between the engine (which writes traces,
// engine/interp) and any viewer (the site's visualizer, a test, a script
// reading `interleave trace prog.go`). Like Python Tutor's trace format,
// a viewer never asks the engine anything else: stepping forwards,
// backwards or to any step is StateAt(k).
//
// # A trace, walked
//
// The program (testdata/buffered.go):
//
//	 5	func main() {
//	 6		results := make(chan int, 2)
//	 7		go func() {
//	 8			for i := 1; i <= 3; i++ {
//	 9				results <- i * i
//	10			}
//	11			close(results)
//	12		}()
//	13		for v := range results {
//	14			fmt.Println(v)
//	15		}
//	16	}
//
// `interleave trace -seed 2 buffered.go` prints (one item a line, so
// traces read and diff well; it is JSON all the same):
//
//	{"version":1,
//	"objects":[
//	 {"id":1,"kind":"chan","name":"results","cap":2},
//	 {"id":2,"kind":"var","name":"results"}],
//	"goroutines":[
//	 {"id":1,"func":"main.main"},
//	 {"id":7,"func":"main.main.func1","parent":1,"pos":"7:2"}],
//	"events":[
//	 {"step":0,"kind":"go","other":1},
//	 {"step":1,"kind":"make","g":1,"pos":"6:17","obj":1},
//	 {"step":2,"kind":"write","g":1,"pos":"6:2","obj":2,"value":"chan#1"},
//	 {"step":3,"kind":"go","g":1,"pos":"7:2","other":7},
//	 {"step":4,"kind":"read","g":7,"pos":"9:4","obj":2,"value":"chan#1"},
//	 {"step":5,"kind":"send","g":7,"pos":"9:12","obj":1,"value":"1","buf":["1"]},
//	 ...
//	 {"step":9,"kind":"block","g":7,"pos":"9:12","obj":1,"reason":"chan send"},
//	 {"step":10,"kind":"read","g":1,"pos":"13:17","obj":2,"value":"chan#1"},
//	 {"step":11,"kind":"recv","g":1,"pos":"13:2","obj":1,"value":"1","buf":["4"]},
//	 {"step":12,"kind":"send","g":7,"pos":"9:12","obj":1,"value":"9","buf":["4","9"]},
//	 {"step":13,"kind":"unblock","g":1,"pos":"13:2","other":7},
//	 {"step":14,"kind":"read","g":7,"pos":"11:9","obj":2,"value":"chan#1"},
//	 {"step":15,"kind":"close","g":7,"pos":"11:8","obj":1,"buf":["4","9"]},
//	 {"step":16,"kind":"goexit","g":7},
//	 {"step":17,"kind":"output","g":1,"pos":"14:14","n":1,"text":"1\n"},
//	 ...
//	 {"step":22,"kind":"recv","g":1,"pos":"13:2","obj":1,"value":"0","closed":true},
//	 {"step":23,"kind":"goexit","g":1},
//	 {"step":24,"kind":"exit","g":1}],
//	"schedule":{"seed":2,"choices":[1,1,1,1,1,1,1,1,1,1]},
//	"stdout":"1\n4\n9\n",
//	"stderr":"",
//	"exit":0}
//
// Reading it:
//
//   - objects are everything goroutines share, by id (Objects[i].ID is
//     i+1). Object 1 is the channel `results` (capacity 2); object 2 is
//     the variable `results` itself: the closure captured it, so reading
//     it is a scheduling point too (steps 4, 10, 14). Names come from the
//     program: the variable, parameter or field the object was made into
//     or reached through (`results`, `mu`, `c.mu`, `counts[]`); no name
//     when there is none.
//   - goroutines are in order of creation, with Go's ids (the first one
//     a program starts is 7, as with go run), the function each started
//     in, and the go statement (parent and "line:col") that started it.
//   - events are in the order they happened; Step is the index. G is the
//     goroutine that did it, Pos where (line:col in the program), Obj the
//     object. Step 0 is the runtime starting goroutine 1 (G 0 is the
//     runtime: the start, and the clock waking sleepers).
//   - Steps 5-9: the producer fills the buffer ("buf" is the buffer after
//     each operation, oldest first), then blocks on the third send with
//     Go's wait reason "chan send" (Obj says on what).
//   - Steps 11-13: main receives 1, which makes room: the blocked
//     producer's 9 goes into the buffer (step 12 is the producer's send,
//     done when main's receive completed it), and main unblocks it
//     ("unblock": G is the waker, Other the goroutine made runnable).
//   - Step 22: the receive that ends the range gets the zero value of the
//     closed channel ("closed":true).
//   - schedule is the list of choices the scheduler made; running again
//     with it (engine.Options.Schedule, `interleave run -schedule`)
//     replays this exact run and trace.
//
// Fields left out are zero (omitempty): no "other" means none, no "buf"
// means empty, no "n" means 0. Values print as %v prints them, without
// calling the program's String or Error methods, and are shortened to
// under 50 bytes; a channel prints as chan#N (its creation order).
//
// # Kinds of event
//
// The Kind constants list every kind with the fields it sets; their JSON
// names are in parentheses: goroutines (go, block, unblock, goexit),
// channels (make, send, recv, close, select), shared memory (read,
// write), sync (lock, unlock, rlock, runlock, wg.add, wg.wait, once,
// once.done, cond.wait, cond.signal, cond.broadcast, atomic), context (ctx.new,
// ctx.cancel), time (timer.set, timer.stop, timer.fire, time) and the
// program (output, panic, exit). A direct hand-off on an unbuffered
// channel is two events, a send by the sender and a recv by the
// receiver, each naming the other in Other; a select that chooses a case
// is a select event (N = the case index, -1 for default) then the
// channel events.
//
// A lock event is recorded by the lock's new owner when it takes the lock,
// also when an unlocker handed it over (the last reader's runlock wakes
// the waiting writer: runlock by the reader, unblock, and later lock by
// the writer when it runs). Once.Do is once (N = 1: this call runs the
// function, and G owns the Once until once.done; N = 0: it was done) and
// once.done when the function returns or panics; a caller arriving
// meanwhile blocks on the Once. Cond.Wait is cond.wait, unlock of L, block;
// Signal and Broadcast name whom they wake (cond.signal Other,
// cond.broadcast N) before the unblock events, and a woken waiter's
// relock of L is a lock event when it runs.
//
// # The fold
//
// StateAt(k) returns the State after events 0..k: every goroutine's
// status (running: it did the latest event; runnable; blocked with its
// reason and the objects it waits on; exited) and position; every
// object's state (a channel's buffer, closed flag, blocked senders and
// receivers; a lock's owner, readers and waiters; a WaitGroup's counter;
// a context's cancelled flag, error and cause; a timer's deadline; a
// variable's last value); the virtual time; the output so far; whether
// the program has exited and its code. It is the only place state is
// derived from events: a viewer draws State and never re-derives it.
// StateAt keeps checkpoints (every 64 events, or more for a trace with
// many objects) and folds forward from the nearest, so any step costs the
// same however deep into the trace it is.
//
// # In Go
//
// A Trace is read with Len, Event(i), Range(from, to) (in order, cheaper)
// and Events(from, to), and written with Append (any Event) and AppendOp
// (the most common events, without making an Event); its JSON is the
// form above, from WriteJSON or encoding/json. An Event does not carry
// its channel's buffer: "buf" is replayed in the JSON and in State.
// Events are stored encoded (events.go), so that tracing a run costs less
// than running it twice.
//
// # Compatibility
//
// Version is bumped by any change that could break a reader: a field
// renamed or given a new meaning, a kind removed. New kinds and new
// optional fields do not bump it; a reader ignores what it does not know.
// A trace holds at most MaxEvents events (then Truncated is set).
package trace
