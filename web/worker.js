// worker.js runs the engine (engine.wasm, built from cmd/worker) in a Web
// Worker, so a program that never ends cannot freeze the page: the page stops
// it with worker.terminate() and starts a new worker.
//
// This script only moves strings. Messages are JSON strings (see package
// interleave/app/message); the Go side reads and answers them. Messages that
// arrive while engine.wasm is still loading are queued and handed over, in
// order, once Go calls interleaveReady.
"use strict";

importScripts("wasm_exec.js");

const queued = [];
self.onmessage = (event) => queued.push(event.data);

self.interleaveReady = (handle) => {
  self.onmessage = (event) => handle(event.data);
  for (const data of queued.splice(0)) handle(data);
};

async function start() {
  const go = new Go();
  let result;
  try {
    result = await WebAssembly.instantiateStreaming(fetch("engine.wasm"), go.importObject);
  } catch (err) {
    // A host that does not serve application/wasm: compile from bytes.
    const bytes = await (await fetch("engine.wasm")).arrayBuffer();
    result = await WebAssembly.instantiate(bytes, go.importObject);
  }
  go.run(result.instance);
}

start().catch((err) => {
  self.postMessage(JSON.stringify({
    type: "result", id: 0, exitCode: 2,
    stderr: "interleave: the engine failed to load: " + err + "\n",
  }));
});
