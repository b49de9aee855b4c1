// describe.go: one event in a few words, for event lists (the site's
// manual mode, `interleave step`).

package trace

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Describe says in a few words what e did, naming objects and goroutines
// the way the program does: `send on results: 4`, `lock mu`,
// `go main.worker (goroutine 7)`. The goroutine that did it and the line
// are e.G and e.Pos; Describe leaves them out.
func (t *Trace) Describe(e Event) string {
	obj := t.objName(e.Obj)
	switch e.Kind {
	case GoCreate:
		if e.G == 0 {
			return "start " + t.goroutineName(e.Other)
		}
		return "go " + t.goroutineName(e.Other)
	case GoBlock:
		if e.Obj == 0 {
			return "block (" + e.Reason + ")"
		}
		return "block on " + obj + " (" + e.Reason + ")"
	case GoUnblock:
		return "wake goroutine " + strconv.Itoa(e.Other)
	case GoExit:
		return "return"
	case ChanMake:
		if o := t.Object(e.Obj); o != nil && o.Cap > 0 {
			return fmt.Sprintf("make %s (cap %d)", obj, o.Cap)
		}
		return "make " + obj
	case ChanSend:
		return "send on " + obj + ": " + short(e.Value)
	case ChanRecv:
		if e.Closed {
			return "receive from " + obj + ": closed, zero value"
		}
		return "receive from " + obj + ": " + short(e.Value)
	case ChanClose:
		return "close " + obj
	case Select:
		if e.N < 0 {
			return "select: default"
		}
		return fmt.Sprintf("select: case %d", e.N+1)
	case Read:
		return "read " + obj + " = " + short(e.Value)
	case Write:
		return "write " + obj + " = " + short(e.Value)
	case Lock:
		return "lock " + obj
	case Unlock:
		return "unlock " + obj
	case RLock:
		return "rlock " + obj
	case RUnlock:
		return "runlock " + obj
	case WaitGroupAdd:
		if e.Value == "-1" {
			return fmt.Sprintf("%s.Done() → %d", obj, e.N)
		}
		return fmt.Sprintf("%s.Add(%s) → %d", obj, e.Value, e.N)
	case WaitGroupWait:
		return obj + ".Wait() returns"
	case OnceDo:
		if e.N == 1 {
			return obj + ".Do runs f"
		}
		return obj + ".Do (done already)"
	case CondWait:
		return obj + ".Wait()"
	case CondSignal:
		if e.Other == 0 {
			return obj + ".Signal() (nobody waits)"
		}
		return fmt.Sprintf("%s.Signal() wakes goroutine %d", obj, e.Other)
	case CondBroadcast:
		return fmt.Sprintf("%s.Broadcast() wakes %d", obj, e.N)
	case Atomic:
		return fmt.Sprintf("atomic %s %s → %s", e.Text, obj, short(e.Value))
	case CtxCreate:
		return obj + " = context." + e.Text
	case CtxCancel:
		return "cancel " + obj + ": " + e.Value
	case TimerSet:
		return fmt.Sprintf("set %s for %v", obj, time.Duration(e.N))
	case TimerStop:
		return "stop " + obj
	case TimerFire:
		return obj + " fires"
	case TimeAdvance:
		return fmt.Sprintf("clock → %v", time.Duration(e.N))
	case Output:
		return "print " + short(strconv.Quote(e.Text))
	case Panic:
		return "panic: " + short(e.Value)
	case Exit:
		return fmt.Sprintf("exit %d", e.N)
	}
	return e.Kind.String()
}

// Waiting says what a blocked goroutine waits for, as Go's tracebacks
// say it, and on which objects: `chan receive on results`,
// `sync.Mutex.Lock on mu`, `select on a, b`.
func (t *Trace) Waiting(g GoroutineState) string {
	names := make([]string, 0, len(g.WaitingOn))
	for _, id := range g.WaitingOn {
		names = append(names, t.objName(id))
	}
	if len(names) == 0 {
		return g.Reason
	}
	return g.Reason + " on " + strings.Join(names, ", ")
}

// objName is an object's program name, or its kind and id.
func (t *Trace) objName(id int) string {
	o := t.Object(id)
	if o == nil {
		return "?"
	}
	if o.Name != "" {
		return o.Name
	}
	return fmt.Sprintf("%s#%d", o.Kind, o.ID)
}

// goroutineName is "main.worker (goroutine 7)".
func (t *Trace) goroutineName(id int) string {
	for _, g := range t.Goroutines {
		if g.ID == id {
			return fmt.Sprintf("%s (goroutine %d)", g.Func, id)
		}
	}
	return "goroutine " + strconv.Itoa(id)
}

// short cuts a long value to about 40 characters.
func short(s string) string {
	const max = 40
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}
