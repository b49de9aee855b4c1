// Command worker is the engine inside the browser's Web Worker.
//
// Built with GOOS=js GOARCH=wasm into engine.wasm, it is loaded by
// web/worker.js, which owns the transport (postMessage) and queues the page's
// messages until the engine is ready. This command owns the protocol
// (package interleave/app/message): it decodes each Run, calls engine.Run and
// posts the Result back. It is the only place the engine meets syscall/js.
package main

import (
	"encoding/json"
	"fmt"

	"interleave/app/message"
	"interleave/engine"
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
			res.Stdout, res.ExitCode = "", 2
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
	r := engine.Run(programName, []byte(run.Source), engine.Options{Seed: run.Seed})
	res.Stdout, res.Stderr, res.ExitCode = r.Stdout, r.Stderr, r.ExitCode
	res.ElapsedMs = float64(r.Elapsed.Microseconds()) / 1000
	return
}

// ready is the message posted once the engine is loaded.
func ready() string {
	b, _ := json.Marshal(message.Result{Type: message.TypeReady})
	return string(b)
}

// warmUp compiles and runs a tiny program once, while the learner reads:
// decoding the sandbox's type data and the first compile take most of a
// second under wasm, and the first Run should not pay for them.
func warmUp() {
	engine.Run(programName, []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Print() }\n"), engine.Options{})
}
