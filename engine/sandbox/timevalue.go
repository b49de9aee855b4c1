// timevalue.go: time.Time values as Go lays them out (with a monotonic
// reading for times from Now), time.Location values, and the methods of
// Time that depend on either.
//
// A Time is {wall uint64, ext int64, loc *Location}. Without a monotonic
// reading wall holds the nanoseconds and ext the seconds since January 1,
// year 1; with one (hasMonotonic set) wall also holds the seconds since
// 1885 and ext the monotonic reading: nanoseconds since the program
// started, plus one, as on the Go Playground (`m=+0.000000001`). A nil loc
// means UTC. A *Location points to a cell whose value holds a *locInfo:
// the sandbox has UTC, Local (which is UTC, as on the Playground, named
// "Local") and the fixed zones of FixedZone and Parse.

package sandbox

import (
	"errors"
	"strconv"
	"time"

	"interleave/engine/interp"
)

const (
	hasMonotonic         = 1 << 63
	nsecMask             = 1<<30 - 1
	nsecShift            = 30
	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * 86400
)

// A vtime is a time.Time value taken apart.
type vtime struct {
	t       time.Time    // the instant, in its location
	loc     interp.Value // the loc field: a nil pointer for UTC
	mono    int64        // the monotonic reading, if hasMono
	hasMono bool
}

// A locInfo is what a *time.Location points to.
type locInfo struct {
	name string
	host *time.Location // the host's location: offsets and zone names
}

// localHost is the host location behind Local: UTC under the name Go's
// Local zone has there.
var localHost = time.FixedZone("UTC", 0)

func hostLoc(loc interp.Value) *time.Location {
	if p := loc.Ptr(); p != nil {
		if li, ok := p.R.(*locInfo); ok {
			return li.host
		}
	}
	return time.UTC
}

func vtimeOf(v interp.Value) vtime {
	es := v.Elems()
	wall, ext := es[0].N, int64(es[1].N)
	vt := vtime{loc: es[2]}
	sec := ext
	if wall&hasMonotonic != 0 {
		sec = wallToInternal + int64(wall<<1>>(nsecShift+1))
		vt.mono, vt.hasMono = ext, true
	}
	vt.t = time.Unix(sec-unixToInternal, int64(wall&nsecMask)).In(hostLoc(es[2]))
	return vt
}

func (vt vtime) value() interp.Value {
	sec := vt.t.Unix() + unixToInternal
	nsec := uint64(vt.t.Nanosecond())
	if vt.hasMono && sec >= wallToInternal && sec-wallToInternal < 1<<33 {
		return interp.Value{R: []interp.Value{{N: hasMonotonic | uint64(sec-wallToInternal)<<nsecShift | nsec}, {N: uint64(vt.mono)}, vt.loc}}
	}
	return interp.Value{R: []interp.Value{{N: nsec}, {N: uint64(sec)}, vt.loc}}
}

// timeOf converts a time.Time value to the host's time (in its location).
func timeOf(v interp.Value) time.Time { return vtimeOf(v).t }

// timeValue converts a host time to a time.Time value in UTC.
func timeValue(ht time.Time) interp.Value { return vtime{t: ht.UTC()}.value() }

// nowValue is what time.Now returns at virtual time when: a Local time
// with a monotonic reading.
func nowValue(m *interp.Machine, when int64) interp.Value {
	return vtime{t: time.Unix(0, when).In(localHost), loc: locsOf(m).local, mono: m.SinceStart(when) + 1, hasMono: true}.value()
}

// timeLocs holds a machine's UTC and Local locations.
type timeLocs struct{ utc, local interp.Value }

type locKey struct{}

func locsOf(m *interp.Machine) *timeLocs {
	return m.State(locKey{}, func() any {
		return &timeLocs{
			utc:   interp.Value{R: &interp.Value{R: &locInfo{name: "UTC", host: time.UTC}}},
			local: interp.Value{R: &interp.Value{R: &locInfo{name: "Local", host: localHost}}},
		}
	}).(*timeLocs)
}

// locValue returns the *Location value for a host location a host
// function returned (Parse).
func locValue(m *interp.Machine, hl *time.Location) interp.Value {
	switch hl {
	case time.UTC:
		return interp.Value{}
	case time.Local, localHost:
		return locsOf(m).local
	}
	return interp.Value{R: &interp.Value{R: &locInfo{name: hl.String(), host: hl}}}
}

// setLoc returns vt in location loc, without its monotonic reading, as
// Go's Time.setLoc does.
func (vt vtime) setLoc(m *interp.Machine, loc interp.Value) vtime {
	if loc.Ptr() == locsOf(m).utc.Ptr() {
		loc = interp.Value{}
	}
	return vtime{t: vt.t.In(hostLoc(loc)), loc: loc}
}

// String formats vt as Time.String does, with the monotonic reading.
func (vt vtime) String() string {
	s := vt.t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if !vt.hasMono {
		return s
	}
	m2 := uint64(vt.mono)
	sign := byte('+')
	if vt.mono < 0 {
		sign = '-'
		m2 = -m2
	}
	m1, m2 := m2/1e9, m2%1e9
	m0, m1 := m1/1e9, m1%1e9
	buf := []byte(" m=")
	buf = append(buf, sign)
	pad := func(n uint64, w int) {
		d := strconv.FormatUint(n, 10)
		for i := len(d); i < w; i++ {
			buf = append(buf, '0')
		}
		buf = append(buf, d...)
	}
	wid := 0
	if m0 != 0 {
		pad(m0, 0)
		wid = 9
	}
	pad(m1, wid)
	buf = append(buf, '.')
	pad(m2, 9)
	return s + string(buf)
}

// timeErr makes the error value of a failed time function.
func timeErr(t *interp.Thread, pkg, name string, err error) interp.Value {
	return interp.MakeIface(t.Machine().NativeErrorType(pkg, name), interp.String(err.Error()))
}

// tmethod registers a method of Time.
func tmethod(name string, f func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value) {
	interp.Register("(time.Time)."+name, func(t *interp.Thread, args []interp.Value) interp.Value {
		return f(t, vtimeOf(args[0]), args)
	})
}

func init() {
	interp.RegisterFormatter("time.Time", func(v interp.Value) string { return vtimeOf(v).String() })
	interp.RegisterGlobal("time.UTC", func(m *interp.Machine, _ *interp.Type) interp.Value { return locsOf(m).utc })
	interp.RegisterGlobal("time.Local", func(m *interp.Machine, _ *interp.Type) interp.Value { return locsOf(m).local })
	interp.Register("time.FixedZone", func(t *interp.Thread, args []interp.Value) interp.Value {
		name := args[0].Str()
		return interp.Value{R: &interp.Value{R: &locInfo{name: name, host: time.FixedZone(name, int(args[1].Int()))}}}
	})
	interp.Register("time.LoadLocation", func(t *interp.Thread, args []interp.Value) interp.Value {
		switch name := args[0].Str(); name {
		case "", "UTC":
			return interp.Tuple(locsOf(t.Machine()).utc, interp.Value{})
		case "Local":
			return interp.Tuple(locsOf(t.Machine()).local, interp.Value{})
		default:
			// The sandbox has no time zone database.
			return interp.Tuple(interp.Value{}, timeErr(t, "errors", "errorString", errors.New("unknown time zone "+name)))
		}
	})
	interp.Register("(*time.Location).String", func(t *interp.Thread, args []interp.Value) interp.Value {
		if p := args[0].Ptr(); p != nil {
			if li, ok := p.R.(*locInfo); ok {
				return interp.String(li.name)
			}
		}
		return interp.String("UTC")
	})
	parsed := func(t *interp.Thread, ht time.Time, err error) interp.Value {
		if err != nil {
			return interp.Tuple(timeValue(time.Time{}), timeErr(t, "time", "ParseError", err))
		}
		return interp.Tuple(vtime{t: ht, loc: locValue(t.Machine(), ht.Location())}.value(), interp.Value{})
	}
	interp.Register("time.Parse", func(t *interp.Thread, args []interp.Value) interp.Value {
		// The host's Local stands for the sandbox's (both UTC).
		ht, err := time.Parse(args[0].Str(), args[1].Str())
		return parsed(t, ht, err)
	})
	interp.Register("time.ParseInLocation", func(t *interp.Thread, args []interp.Value) interp.Value {
		if args[2].Ptr() == nil {
			libPanic(t, "time: missing Location in call to ParseInLocation")
		}
		ht, err := time.ParseInLocation(args[0].Str(), args[1].Str(), hostLoc(args[2]))
		if err == nil && ht.Location() == hostLoc(args[2]) {
			return interp.Tuple(vtime{t: ht}.setLoc(t.Machine(), args[2]).value(), interp.Value{})
		}
		return parsed(t, ht, err)
	})
	interp.Register("time.Date", func(t *interp.Thread, args []interp.Value) interp.Value {
		a := func(i int) int { return int(args[i].Int()) }
		if args[7].Ptr() == nil {
			libPanic(t, "time: missing Location in call to Date")
		}
		ht := time.Date(a(0), time.Month(a(1)), a(2), a(3), a(4), a(5), a(6), hostLoc(args[7]))
		return vtime{t: ht}.setLoc(t.Machine(), args[7]).value()
	})
	unix := func(ht time.Time, t *interp.Thread) interp.Value {
		return vtime{t: ht.In(localHost), loc: locsOf(t.Machine()).local}.value()
	}
	interp.Register("time.Unix", func(t *interp.Thread, args []interp.Value) interp.Value {
		return unix(time.Unix(args[0].Int(), args[1].Int()), t)
	})
	interp.Register("time.UnixMilli", func(t *interp.Thread, args []interp.Value) interp.Value {
		return unix(time.UnixMilli(args[0].Int()), t)
	})
	interp.Register("time.UnixMicro", func(t *interp.Thread, args []interp.Value) interp.Value {
		return unix(time.UnixMicro(args[0].Int()), t)
	})

	tmethod("String", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value { return interp.String(vt.String()) })
	tmethod("GoString", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return interp.String(vt.t.GoString())
	})
	tmethod("Format", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return interp.String(vt.t.Format(args[1].Str()))
	})
	tmethod("AppendFormat", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return interp.MakeBytes(vt.t.AppendFormat(interp.BytesOf(args[1]), args[2].Str()))
	})
	marshal := func(f func(time.Time) ([]byte, error), pkg, name string) func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
			b, err := f(vt.t)
			if err != nil {
				return interp.Tuple(interp.MakeBytes(nil), timeErr(t, pkg, name, err))
			}
			return interp.Tuple(interp.MakeBytes(b), interp.Value{})
		}
	}
	tmethod("MarshalText", marshal(time.Time.MarshalText, "errors", "errorString"))
	tmethod("MarshalJSON", marshal(time.Time.MarshalJSON, "json", "MarshalerError"))
	tmethod("Add", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		d := args[1].Int()
		vt.t = vt.t.Add(time.Duration(d))
		if vt.hasMono {
			te := vt.mono + d
			if d < 0 && te > vt.mono || d > 0 && te < vt.mono {
				vt.hasMono = false
			} else {
				vt.mono = te
			}
		}
		return vt.value()
	})
	tmethod("Sub", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		u := vtimeOf(args[1])
		if vt.hasMono && u.hasMono {
			return interp.Int(int64(subMono(vt.mono, u.mono)))
		}
		return interp.Int(int64(vt.t.Sub(u.t)))
	})
	cmp := func(vt, u vtime) int {
		if vt.hasMono && u.hasMono {
			switch {
			case vt.mono < u.mono:
				return -1
			case vt.mono > u.mono:
				return 1
			}
			return 0
		}
		return vt.t.Compare(u.t)
	}
	tmethod("Before", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return interp.Bool(cmp(vt, vtimeOf(args[1])) < 0)
	})
	tmethod("After", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return interp.Bool(cmp(vt, vtimeOf(args[1])) > 0)
	})
	tmethod("Equal", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return interp.Bool(cmp(vt, vtimeOf(args[1])) == 0)
	})
	tmethod("Compare", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return interp.Int(int64(cmp(vt, vtimeOf(args[1]))))
	})
	tmethod("AddDate", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return vtime{t: vt.t.AddDate(int(args[1].Int()), int(args[2].Int()), int(args[3].Int())), loc: vt.loc}.value()
	})
	tmethod("Truncate", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return vtime{t: vt.t.Truncate(time.Duration(args[1].Int())), loc: vt.loc}.value()
	})
	tmethod("Round", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return vtime{t: vt.t.Round(time.Duration(args[1].Int())), loc: vt.loc}.value()
	})
	tmethod("UTC", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return vt.setLoc(t.Machine(), interp.Value{}).value()
	})
	tmethod("Local", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		return vt.setLoc(t.Machine(), locsOf(t.Machine()).local).value()
	})
	tmethod("In", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		if args[1].Ptr() == nil {
			libPanic(t, "time: missing Location in call to Time.In")
		}
		return vt.setLoc(t.Machine(), args[1]).value()
	})
	tmethod("Location", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		if vt.loc.Ptr() == nil {
			return locsOf(t.Machine()).utc
		}
		return vt.loc
	})
	tmethod("Zone", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		name, off := vt.t.Zone()
		return interp.Tuple(interp.String(name), interp.Int(int64(off)))
	})
	tmethod("ISOWeek", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value {
		y, w := vt.t.ISOWeek()
		return interp.Tuple(interp.Int(int64(y)), interp.Int(int64(w)))
	})
	unmarshal := func(f func(*time.Time, []byte) error) interp.Native {
		return func(t *interp.Thread, args []interp.Value) interp.Value {
			p := args[0].Ptr()
			if p == nil {
				t.NilDeref()
			}
			var ht time.Time
			if err := f(&ht, interp.BytesOf(args[1])); err != nil {
				return timeErr(t, "time", "ParseError", err)
			}
			*p = vtime{t: ht, loc: locValue(t.Machine(), ht.Location())}.value()
			return interp.Value{}
		}
	}
	interp.Register("(*time.Time).UnmarshalText", unmarshal((*time.Time).UnmarshalText))
	interp.Register("(*time.Time).UnmarshalJSON", unmarshal((*time.Time).UnmarshalJSON))
	tmethod("IsDST", func(t *interp.Thread, vt vtime, args []interp.Value) interp.Value { return interp.Bool(false) })
}

// subMono is Go's subMono: t-u of two monotonic readings, saturating.
func subMono(t, u int64) time.Duration {
	d := time.Duration(t - u)
	if d < 0 && t > u {
		return 1<<63 - 1
	}
	if d > 0 && t < u {
		return -1 << 63
	}
	return d
}
