package main

import "fmt"

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Fatal
)

var names = map[Level]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN"}

func logf(l Level, format string, args ...any) {
	name, ok := names[l]
	if !ok {
		panic(l) // a named integer type without methods prints as main.Level(3)
	}
	fmt.Printf("[%s] "+format+"\n", append([]any{name}, args...)...)
}

func main() {
	logf(Info, "starting %s", "server")
	logf(Warn, "disk at %d%%", 91)
	logf(Fatal, "cannot continue")
}
