// time.go: package time on the machine's virtual clock — Now, Sleep,
// timers, tickers, AfterFunc — and the methods of Time.
//
// The clock starts at 2009-11-10 23:00:00 UTC, as on the Go Playground, and
// moves only when every goroutine is blocked: then it jumps to the next
// timer. A Time is stored as Go lays it out without a monotonic reading:
// wall holds the nanoseconds, ext the seconds since January 1, year 1, and
// a nil loc means UTC (the only location the sandbox has), so the zero Time
// is Go's (see timevalue.go for times with a monotonic reading and
// locations). Timer channels follow Go 1.23: Stop and Reset leave no stale
// value in the channel.

package sandbox

import (
	"go/types"
	"strconv"
	"time"

	"golang.org/x/tools/go/ssa"

	"interleave/engine/interp"
	"interleave/engine/trace"
)

// unixToInternal is the number of seconds from January 1, year 1 to the
// Unix epoch.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400

// now returns the virtual time.
func now(m *interp.Machine) time.Time { return time.Unix(0, m.Now()).UTC() }

// timerState is the state of one time.Timer or time.Ticker.
type timerState struct {
	tm     *interp.Timer
	ch     *interp.Chan // nil for AfterFunc
	period int64        // tickers
	fn     interp.Value // AfterFunc
	owner  *interp.Thread
}

type timeKey struct{}

func timersOf(m *interp.Machine) map[*interp.Value]*timerState {
	return m.State(timeKey{}, func() any { return make(map[*interp.Value]*timerState) }).(map[*interp.Value]*timerState)
}

// fire delivers a timer's tick.
func (ts *timerState) fire(m *interp.Machine, when int64) {
	if m.Tracing() {
		m.Emit(trace.Event{Kind: trace.TimerFire, Obj: m.ObjectID(ts, trace.ObjTimer, "")})
	}
	if ts.ch == nil {
		m.Spawn(nil, "time.goFunc", ts.fn, nil, nil)
		return
	}
	if ts.ch.Len() == 0 {
		m.ClockSend(ts.ch, nowValue(m, when))
	}
	if ts.period > 0 {
		ts.arm(m, when+ts.period)
	}
}

func (ts *timerState) arm(m *interp.Machine, when int64) {
	ts.tm = &interp.Timer{When: when, F: func(now int64) { ts.fire(m, now) }, Chan: ts.ch}
	m.AddTimer(ts.tm)
	if m.Tracing() {
		e := trace.Event{Kind: trace.TimerSet, Obj: m.ObjectID(ts, trace.ObjTimer, ""), N: m.SinceStart(when)}
		if t := m.Current(); t != nil && !m.InClock() {
			t.Emit(e)
		} else {
			m.Emit(e)
		}
	}
}

// stop cancels the timer and discards an undelivered value; it reports
// whether the timer was pending. Since Go 1.23 a value not yet received
// counts as pending: timer channels behave as if unbuffered.
func (ts *timerState) stop(m *interp.Machine) bool {
	pending := ts.tm != nil && m.StopTimer(ts.tm)
	if ts.ch != nil {
		pending = pending || ts.ch.Len() > 0
		ts.ch.Drain()
	}
	if pending && m.Tracing() {
		m.Current().Emit(trace.Event{Kind: trace.TimerStop, Obj: m.ObjectID(ts, trace.ObjTimer, "")})
	}
	return pending
}

// newTimer makes a Timer or Ticker struct (ptrT is its pointer type) whose
// first field C is a fresh channel, armed to fire after d.
func newTimer(t *interp.Thread, ptrT *interp.Type, d, period int64, fn interp.Value) (interp.Value, *timerState) {
	m := t.Machine()
	cell := &interp.Value{}
	*cell = interp.Zero(ptrT.Elem)
	ts := &timerState{period: period, fn: fn, owner: t}
	if fn.R == nil {
		cf := ptrT.Elem.Fields[fieldNamed(ptrT.Elem, "C")]
		ts.ch = m.NewChan(cf.Type, 1)
		ts.ch.MarkTimer()
		cell.Elems()[fieldNamed(ptrT.Elem, "C")] = interp.Value{R: ts.ch}
	}
	timersOf(m)[cell] = ts
	if m.Tracing() {
		m.ObjectID(ts, trace.ObjTimer, t.ResultName())
	}
	if d < 0 {
		d = 0
	}
	ts.arm(m, m.Now()+d)
	return interp.Value{R: cell}, ts
}

// timeNative registers a time native that is a visible operation.
func timeNative(name string, f interp.Native) {
	interp.Register(name, func(t *interp.Thread, args []interp.Value) interp.Value {
		if t.Preempt() {
			return interp.Value{}
		}
		return f(t, args)
	})
}

// resultType returns the type of fn's first result (a *Timer, *Ticker).
func resultType(m *interp.Machine, fn *ssa.Function) *interp.Type {
	return m.TypeOf(fn.Signature.Results().At(0).Type())
}

func timerStop(t *interp.Thread, args []interp.Value) interp.Value {
	p := syncPtr(t, args)
	if t.Preempt() {
		return interp.Value{}
	}
	ts := timersOf(t.Machine())[p]
	if ts == nil {
		libPanic(t, "time: Stop called on uninitialized Timer")
	}
	return interp.Bool(ts.stop(t.Machine()))
}

// timeMethod registers a method of Time computed on the host's time.
func timeMethod(name string, f func(ht time.Time, args []interp.Value) interp.Value) {
	interp.Register("(time.Time)."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
		return f(timeOf(args[0]), args)
	})
}

func init() {
	timeNative("time.Now", func(t *interp.Thread, args []interp.Value) interp.Value {
		return nowValue(t.Machine(), t.Machine().Now())
	})
	timeNative("time.Since", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Int(int64(now(t.Machine()).Sub(timeOf(args[0]))))
	})
	timeNative("time.Until", func(t *interp.Thread, args []interp.Value) interp.Value {
		return interp.Int(int64(timeOf(args[0]).Sub(now(t.Machine()))))
	})
	timeNative("time.Sleep", func(t *interp.Thread, args []interp.Value) interp.Value {
		t.Sleep(args[0].Int())
		return interp.Value{}
	})
	interp.RegisterBinder("time.NewTimer", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		pt := resultType(m, fn)
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			if t.Preempt() {
				return interp.Value{}
			}
			v, _ := newTimer(t, pt, args[0].Int(), 0, interp.Value{})
			return v
		}
	})
	interp.RegisterBinder("time.After", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		pt := m.TypeOf(types.NewPointer(m.LookupType("time", "Timer").T))
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			if t.Preempt() {
				return interp.Value{}
			}
			_, ts := newTimer(t, pt, args[0].Int(), 0, interp.Value{})
			return interp.Value{R: ts.ch}
		}
	})
	interp.RegisterBinder("time.AfterFunc", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		pt := resultType(m, fn)
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			if t.Preempt() {
				return interp.Value{}
			}
			v, _ := newTimer(t, pt, args[0].Int(), 0, args[1])
			return v
		}
	})
	interp.RegisterBinder("time.NewTicker", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		pt := resultType(m, fn)
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			if t.Preempt() {
				return interp.Value{}
			}
			d := args[0].Int()
			if d <= 0 {
				libPanic(t, "non-positive interval for NewTicker")
			}
			v, _ := newTimer(t, pt, d, d, interp.Value{})
			return v
		}
	})
	interp.RegisterBinder("time.Tick", func(fn *ssa.Function, m *interp.Machine) interp.Native {
		pt := m.TypeOf(types.NewPointer(m.LookupType("time", "Ticker").T))
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			if t.Preempt() {
				return interp.Value{}
			}
			d := args[0].Int()
			if d <= 0 {
				return interp.Value{}
			}
			_, ts := newTimer(t, pt, d, d, interp.Value{})
			return interp.Value{R: ts.ch}
		}
	})
	interp.Register("(*time.Timer).Stop", timerStop)
	interp.Register("(*time.Ticker).Stop", func(t *interp.Thread, args []interp.Value) interp.Value {
		timerStop(t, args)
		return interp.Value{}
	})
	interp.Register("(*time.Timer).Reset", func(t *interp.Thread, args []interp.Value) interp.Value {
		p := syncPtr(t, args)
		if t.Preempt() {
			return interp.Value{}
		}
		m := t.Machine()
		ts := timersOf(m)[p]
		if ts == nil {
			libPanic(t, "time: Reset called on uninitialized Timer")
		}
		pending := ts.stop(m)
		ts.arm(m, m.Now()+max(args[1].Int(), 0))
		return interp.Bool(pending)
	})
	interp.Register("(*time.Ticker).Reset", func(t *interp.Thread, args []interp.Value) interp.Value {
		p := syncPtr(t, args)
		if t.Preempt() {
			return interp.Value{}
		}
		m := t.Machine()
		ts := timersOf(m)[p]
		if ts == nil {
			libPanic(t, "time: Reset called on uninitialized Ticker")
		}
		d := args[1].Int()
		if d <= 0 {
			libPanic(t, "non-positive interval for Ticker.Reset")
		}
		ts.stop(m)
		ts.period = d
		ts.arm(m, m.Now()+d)
		return interp.Value{}
	})

	interp.Register("time.ParseDuration", func(t *interp.Thread, args []interp.Value) interp.Value {
		d, err := time.ParseDuration(args[0].Str())
		if err != nil {
			et := t.Machine().NativeErrorType("errors", "errorString")
			return interp.Tuple(interp.Int(0), interp.MakeIface(et, interp.String(err.Error())))
		}
		return interp.Tuple(interp.Int(int64(d)), interp.Value{})
	})

	timeMethod("IsZero", func(ht time.Time, args []interp.Value) interp.Value { return interp.Bool(ht.IsZero()) })
	timeMethod("Unix", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(ht.Unix()) })
	timeMethod("UnixNano", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(ht.UnixNano()) })
	timeMethod("UnixMilli", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(ht.UnixMilli()) })
	timeMethod("UnixMicro", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(ht.UnixMicro()) })
	timeMethod("Year", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(int64(ht.Year())) })
	timeMethod("Month", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(int64(ht.Month())) })
	timeMethod("Day", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(int64(ht.Day())) })
	timeMethod("Hour", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(int64(ht.Hour())) })
	timeMethod("Minute", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(int64(ht.Minute())) })
	timeMethod("Second", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(int64(ht.Second())) })
	timeMethod("Nanosecond", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(int64(ht.Nanosecond())) })
	timeMethod("Weekday", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(int64(ht.Weekday())) })
	timeMethod("YearDay", func(ht time.Time, args []interp.Value) interp.Value { return interp.Int(int64(ht.YearDay())) })
	timeMethod("Date", func(ht time.Time, args []interp.Value) interp.Value {
		y, mo, d := ht.Date()
		return interp.Tuple(interp.Int(int64(y)), interp.Int(int64(mo)), interp.Int(int64(d)))
	})
	timeMethod("Clock", func(ht time.Time, args []interp.Value) interp.Value {
		h, mi, s := ht.Clock()
		return interp.Tuple(interp.Int(int64(h)), interp.Int(int64(mi)), interp.Int(int64(s)))
	})
	interp.Register("(time.Month).String", func(t *interp.Thread, args []interp.Value) interp.Value {
		m := args[0].Int()
		if m < 1 || m > 12 {
			return interp.String("%!Month(" + strconv.FormatInt(m, 10) + ")")
		}
		return interp.String(time.Month(m).String())
	})
	interp.Register("(time.Weekday).String", func(t *interp.Thread, args []interp.Value) interp.Value {
		d := args[0].Int()
		if d < 0 || d > 6 {
			return interp.String("%!Weekday(" + strconv.FormatInt(d, 10) + ")")
		}
		return interp.String(time.Weekday(d).String())
	})
}
