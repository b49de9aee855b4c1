// This file connects the page to the engine's Web Worker (web/worker.js).

package app

import (
	"encoding/json"
	"maps"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"interleave/app/message"
)

// engineStatus says whether the worker can take a run.
type engineStatus int

const (
	engineLoading engineStatus = iota // the worker is fetching engine.wasm
	engineReady                       // the engine answers runs
)

// A runner owns the engine's Web Worker. It sends each run as a message and
// calls the run's callback with the Result. Stop terminates the worker,
// which ends a run that would never finish, and starts a fresh one at once,
// so the next run finds an engine loading or ready.
//
// The worker's callbacks arrive on the browser's event loop; a runner only
// calls the functions it was given, which use ctx.Dispatch to get back to
// the UI goroutine.
type runner struct {
	url      string // of worker.js
	worker   app.Value
	onMsg    app.Func
	status   engineStatus
	nextID   int
	pending  map[int]runDone
	watchers map[int]func(engineStatus)
	nextW    int
}

// A runDone receives the result of a run, or stopped if Stop ended it.
type runDone func(res message.Result, stopped bool)

// engineWorker is the page's one worker, started by the first Playground.
var engineWorker = &runner{}

// start creates the worker if there is none. It does nothing on the server.
func (r *runner) start(url string) {
	if app.IsServer || r.worker != nil {
		return
	}
	r.url = url
	if r.pending == nil {
		r.pending = map[int]runDone{}
	}
	r.status = engineLoading
	r.worker = app.Window().Get("Worker").New(url)
	r.onMsg = app.FuncOf(func(_ app.Value, args []app.Value) any {
		r.receive(args[0].Get("data").String())
		return nil
	})
	r.worker.Set("onmessage", r.onMsg)
	r.notify()
}

// receive handles one message from the worker.
func (r *runner) receive(data string) {
	var res message.Result
	if err := json.Unmarshal([]byte(data), &res); err != nil {
		return
	}
	switch {
	case res.Type == message.TypeReady:
		r.status = engineReady
		r.notify()
	case res.ID == 0:
		// The worker could not serve anything (engine.wasm failed to load):
		// every waiting run gets the reason.
		for _, id := range slices.Sorted(maps.Keys(r.pending)) {
			done := r.pending[id]
			delete(r.pending, id)
			done(res, false)
		}
	default:
		if done, ok := r.pending[res.ID]; ok {
			delete(r.pending, res.ID)
			done(res, false)
		}
	}
}

// run sends req (a message.Run: a plain run, a traced one, or a step of
// manual mode) to the engine; done receives the result. The worker queues
// runs that arrive before the engine is ready.
func (r *runner) run(req message.Run, done runDone) {
	if r.worker == nil {
		return
	}
	r.nextID++
	r.pending[r.nextID] = done
	req.Type, req.ID = message.TypeRun, r.nextID
	b, _ := json.Marshal(req)
	r.worker.Call("postMessage", string(b))
}

// stop ends every run in progress: it terminates the worker, starts a new
// one, and tells each waiting run it was stopped.
func (r *runner) stop() {
	if r.worker == nil {
		return
	}
	r.worker.Call("terminate")
	r.onMsg.Release()
	r.worker = nil
	for _, id := range slices.Sorted(maps.Keys(r.pending)) {
		done := r.pending[id]
		delete(r.pending, id)
		done(message.Result{}, true)
	}
	r.start(r.url)
}

// watch calls f with the engine status now and on every change, until the
// returned function is called.
func (r *runner) watch(f func(engineStatus)) (cancel func()) {
	if r.watchers == nil {
		r.watchers = map[int]func(engineStatus){}
	}
	r.nextW++
	id := r.nextW
	r.watchers[id] = f
	f(r.status)
	return func() { delete(r.watchers, id) }
}

func (r *runner) notify() {
	for _, id := range slices.Sorted(maps.Keys(r.watchers)) {
		r.watchers[id](r.status)
	}
}
