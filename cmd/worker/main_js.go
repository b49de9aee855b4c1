//go:build js && wasm

package main

import "syscall/js"

func main() {
	self := js.Global()
	onMessage := js.FuncOf(func(_ js.Value, args []js.Value) any {
		data := args[0].String()
		// A FuncOf callback must not block the event loop: run elsewhere.
		go func() { self.Call("postMessage", handle(data)) }()
		return nil
	})
	// worker.js defines interleaveReady: it routes messages (queued ones
	// first) to onMessage from now on.
	warmUp()
	self.Call("interleaveReady", onMessage)
	self.Call("postMessage", ready())
	select {}
}
