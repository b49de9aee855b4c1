package main

import (
	"encoding/json"
	"strings"
	"testing"

	"interleave/app/message"
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
