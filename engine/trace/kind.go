// kind.go: the kinds of events and objects, and their JSON names.

package trace

import "fmt"

// A Kind says what an Event records. Its JSON form is its name ("send").
type Kind uint8

// The kinds of event. The comment after each says which fields it sets
// besides Step, Kind, G and Pos.
const (
	KindInvalid Kind = iota

	// Goroutines.
	GoCreate  // go: Other = the new goroutine (its Goroutine entry says where and what)
	GoBlock   // block: Reason = Go's wait reason; Obj = what it waits on (0 for several: Objs)
	GoUnblock // unblock: G = the waker (0: the clock), Other = the goroutine made runnable
	GoExit    // goexit: G returned from its function (Text "runtime.Goexit": it called that)

	// Channels. In JSON, "buf" is the channel's buffer after the
	// operation (the fold replays it: see wireEvent).
	ChanMake  // make: Obj = the channel (Object.Cap is its capacity)
	ChanSend  // send: Obj, Value; Other = the receiver that took it directly (0: buffered)
	ChanRecv  // recv: Obj, Value; Other = the sender it came from directly; Closed: zero value of a closed channel
	ChanClose // close: Obj
	Select    // select: N = the chosen case index, -1 for default; Objs = the channels of the cases

	// Memory shared between goroutines (the loads and stores that are
	// scheduling points).
	Read  // read: Obj = the variable, Value = the value read
	Write // write: Obj = the variable, Value = the value written

	// sync, emitted by the library natives.
	Lock          // lock: Obj = the mutex, G its new owner
	Unlock        // unlock: Obj
	RLock         // rlock: Obj, N = readers after
	RUnlock       // runlock: Obj, N = readers after
	WaitGroupAdd  // wg.add: Obj, Value = the delta ("1", "-1" for Done), N = counter after
	WaitGroupWait // wg.wait: Obj, Wait returned (the counter was 0)
	OnceDo        // once: Obj, N = 1 if this call runs the function (G runs it: Object owner), 0 if it was done
	CondWait      // cond.wait: Obj (then a block event)
	CondSignal    // cond.signal: Obj, Other = the goroutine woken (0: none)
	CondBroadcast // cond.broadcast: Obj, N = goroutines woken
	Atomic        // atomic: Obj = the variable, Text = the operation ("Add", "CompareAndSwap"), Value = the new value

	// context.
	CtxCreate // ctx.new: Obj = the context (Object.Parent), Text = how ("WithCancel", "WithTimeout")
	CtxCancel // ctx.cancel: Obj, Value = Err() ("context canceled"), Text = the cause if it differs

	// Time.
	TimerSet    // timer.set: Obj = the timer, N = when it fires (virtual ns since the start)
	TimerStop   // timer.stop: Obj
	TimerFire   // timer.fire: Obj
	TimeAdvance // time: N = virtual ns since the start of the run, after the jump

	// The program.
	Output // output: N = the file descriptor (1 stdout, 2 stderr), Text = what was written
	Panic  // panic: Value = the panic value as Go prints it
	Exit   // exit: N = the exit code

	// Kinds added after version 1 (new kinds do not bump Version).
	OnceDone // once.done: Obj, the function G ran for Once.Do (or OnceFunc...) returned or panicked

	numKinds
)

var kindNames = [numKinds]string{
	KindInvalid:   "invalid",
	GoCreate:      "go",
	GoBlock:       "block",
	GoUnblock:     "unblock",
	GoExit:        "goexit",
	ChanMake:      "make",
	ChanSend:      "send",
	ChanRecv:      "recv",
	ChanClose:     "close",
	Select:        "select",
	Read:          "read",
	Write:         "write",
	Lock:          "lock",
	Unlock:        "unlock",
	RLock:         "rlock",
	RUnlock:       "runlock",
	WaitGroupAdd:  "wg.add",
	WaitGroupWait: "wg.wait",
	OnceDo:        "once",
	CondWait:      "cond.wait",
	CondSignal:    "cond.signal",
	CondBroadcast: "cond.broadcast",
	Atomic:        "atomic",
	CtxCreate:     "ctx.new",
	CtxCancel:     "ctx.cancel",
	TimerSet:      "timer.set",
	TimerStop:     "timer.stop",
	TimerFire:     "timer.fire",
	TimeAdvance:   "time",
	Output:        "output",
	Panic:         "panic",
	Exit:          "exit",
	OnceDone:      "once.done",
}

// String returns the kind's JSON name.
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// MarshalText encodes k as its name.
func (k Kind) MarshalText() ([]byte, error) {
	if k >= numKinds {
		return nil, fmt.Errorf("trace: unknown event kind %d", k)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText decodes a kind's name.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("trace: unknown event kind %q", b)
}

// An ObjKind says what an Object is. Its JSON form is its name ("chan").
type ObjKind uint8

// The kinds of object.
const (
	ObjInvalid ObjKind = iota
	ObjChan
	ObjMutex
	ObjRWMutex
	ObjWaitGroup
	ObjOnce
	ObjCond
	ObjContext
	ObjTimer
	ObjVar
	numObjKinds
)

var objKindNames = [numObjKinds]string{"invalid", "chan", "mutex", "rwmutex", "waitgroup", "once", "cond", "context", "timer", "var"}

// String returns the object kind's JSON name.
func (k ObjKind) String() string {
	if k < numObjKinds {
		return objKindNames[k]
	}
	return fmt.Sprintf("ObjKind(%d)", k)
}

// MarshalText encodes k as its name.
func (k ObjKind) MarshalText() ([]byte, error) {
	if k >= numObjKinds {
		return nil, fmt.Errorf("trace: unknown object kind %d", k)
	}
	return []byte(objKindNames[k]), nil
}

// UnmarshalText decodes an object kind's name.
func (k *ObjKind) UnmarshalText(b []byte) error {
	for i, n := range objKindNames {
		if n == string(b) {
			*k = ObjKind(i)
			return nil
		}
	}
	return fmt.Errorf("trace: unknown object kind %q", b)
}
