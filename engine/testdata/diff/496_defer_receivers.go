package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l Logger) Report()       { fmt.Println(l.prefix, len(l.lines), strings.Join(l.lines, ",")) }
func (l *Logger) PReport()     { fmt.Println("p:"+l.prefix, len(l.lines), strings.Join(l.lines, ",")) }
func (l *Logger) Add(s string) { l.lines = append(l.lines, s) }

type step func() string

func run(steps ...step) (log []string) {
	for i, s := range steps {
		defer func() {
			if r := recover(); r != nil {
				log = append(log, fmt.Sprintf("step %d panicked: %v", i, r))
			}
		}()
		log = append(log, s())
	}
	return log
}

func main() {
	l := Logger{prefix: "v1"}
	defer l.Report()
	defer l.PReport()
	f := l.Report
	l.Add("a")
	l.prefix = "v2"
	defer f()
	l.Add("b")
	var lp *Logger
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	fmt.Println(run(
		func() string { return "ok" },
		func() string { panic("bad step") },
		func() string { return "never" },
	))
	defer lp.PReport()
	fmt.Println("end of main")
}
