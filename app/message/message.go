// Package message defines the JSON messages between the page and the engine's
// Web Worker (cmd/worker, web/worker.js).
//
// Each message is one JSON object sent as a string with postMessage. The page
// sends a Run; the worker answers with Ready once the engine has loaded, and
// with one Result per Run, carrying the same ID. Stopping a run is not a
// message: the page terminates the worker and starts a fresh one.
package message

// Message types, the "type" field of every message.
const (
	TypeRun    = "run"    // page to worker: Run
	TypeReady  = "ready"  // worker to page: the engine is loaded
	TypeResult = "result" // worker to page: Result
)

// Run asks the worker to compile and run a program.
type Run struct {
	Type   string `json:"type"` // TypeRun
	ID     int    `json:"id"`
	Source string `json:"source"`
	Seed   int64  `json:"seed"`
}

// Result is what a run printed, as engine.Result says.
type Result struct {
	Type      string  `json:"type"` // TypeReady or TypeResult
	ID        int     `json:"id"`
	Stdout    string  `json:"stdout"`
	Stderr    string  `json:"stderr"`
	ExitCode  int     `json:"exitCode"`
	ElapsedMs float64 `json:"elapsedMs"`
}
