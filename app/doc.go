// Package app is Interleave's user interface: go-app components for the lesson
// list, the lesson pages and the playground where a lesson's example runs.
//
// The same components run in two places. In the browser (cmd/app, compiled to
// app.wasm) they are the live UI. At build time (cmd/build) go-app renders
// them to HTML, one page per route, so a lesson is readable before the
// WebAssembly has loaded. Routes registers the one route table both use.
//
// Data flows one way. The course (package lessons) is read once at start-up
// and never changes. A Playground sends the program to the engine's Web
// Worker through a runner and renders the Result it gets back; components do
// not compute anything about a run themselves.
//
// Files: routes.go (the route table and links), course.go (the lessons, and
// fetching them in the browser), runner.go (the Web Worker), names.go (storage
// keys and element ids), and one file per component.
package app
