// choice.go: manual scheduling, stopping a run at a choice point and
// describing the options there.

package interp

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A Choice is a point where the scheduler must choose, as the learner in
// manual mode sees it. Choosing option i is appending i to the schedule.
type Choice struct {
	// Select is true when the choice is among the ready cases of one
	// goroutine's select, false when it is among runnable goroutines.
	Select  bool     `json:"select,omitempty"`
	Options []Option `json:"options"`
}

// An Option is one answer at a Choice: a goroutine and the operation it
// is about to perform.
type Option struct {
	G    int    `json:"g"`
	Op   string `json:"op"` // "send on results", "mu.Lock()", "start main.worker"
	Line int    `json:"line,omitempty"`
}

// stopChoice is the host panic that ends a run stopped at a choice point.
type stopChoice struct{ c *Choice }

// stopper passes the first n choices to the scheduler, then stops the run
// at the next one.
type stopper struct {
	m     *Machine
	inner Scheduler
	n     int
	cases []Option // set by a select about to choose
}

func (s *stopper) Choose(n int) int {
	if s.n > 0 {
		s.n--
		s.cases = nil
		return s.inner.Choose(n)
	}
	c := &Choice{}
	if s.cases != nil {
		c.Select, c.Options = true, s.cases
	} else {
		m := s.m
		for _, t := range m.runnable {
			c.Options = append(c.Options, t.nextOp(t == m.cur && !t.stop))
		}
	}
	panic(stopChoice{c})
}

// ChooseGoroutine is Choose for a choice among goroutines: before the
// stop, a strategy that wants the goroutines' ids (PCT) gets them, so a
// run stopped at a choice makes the same choices as a run that is not.
func (s *stopper) ChooseGoroutine(ids []int) int {
	if g, ok := s.inner.(goroutineChooser); ok && s.n > 0 {
		s.n--
		s.cases = nil
		return g.ChooseGoroutine(ids)
	}
	return s.Choose(len(ids))
}

// RunUntilChoice runs the program like Run, but after n choices it stops
// at the next choice point and returns it (nil if the program ended
// first, with its exit code).
func (m *Machine) RunUntilChoice(n int) (code int, choice *Choice) {
	s := &stopper{m: m, inner: m.sched, n: n}
	m.sched = s
	m.chooser, _ = m.sched.(goroutineChooser)
	defer func() {
		if r := recover(); r != nil {
			st, ok := r.(stopChoice)
			if !ok {
				panic(r)
			}
			m.exited = true
			code, choice = -1, st.c
		}
	}()
	return m.Run(), nil
}

// chooseCase asks the scheduler to choose among a select's ready cases.
func (m *Machine) chooseCase(fr *frame, ready []int, descs []string) int {
	if s, ok := m.sched.(*stopper); ok && s.n == 0 {
		line := fr.position().Line
		s.cases = make([]Option, len(ready))
		for j, i := range ready {
			s.cases[j] = Option{G: fr.t.ID, Op: descs[i], Line: line}
		}
	}
	return m.sched.Choose(len(ready))
}

// selectCaseOps describes each case of a select.
func selectCaseOps(in *ssa.Select) []string {
	ds := make([]string, len(in.States))
	for i, s := range in.States {
		if s.Dir == 1 {
			ds[i] = "select: send on " + nameOr(s.Chan, "channel")
		} else {
			ds[i] = "select: receive from " + nameOr(s.Chan, "channel")
		}
	}
	return ds
}

func nameOr(v ssa.Value, def string) string {
	if n := valueName(v); n != "" {
		return n
	}
	return def
}

// nextOp describes the operation t performs when it next runs: cur is
// true for the goroutine asking (its operation is the one it is at).
func (t *Thread) nextOp(cur bool) Option {
	o := Option{G: t.ID, Op: "run"}
	fr := t.top
	if fr == nil {
		return o
	}
	pc := fr.pc
	if cur && !t.resumed {
		pc--
	}
	if pc == 0 && fr.caller == nil && fr.fn.SSA == nil {
		o.Op = "start " + fr.fn.Name
		return o
	}
	if pc == 0 && fr.caller == nil && fr.fn.SSA != nil {
		o.Op = "start " + fr.fn.Name
		o.Line = fr.t.m.fset.Position(fr.fn.SSA.Pos()).Line
		return o
	}
	in := fr.fn.instrAt(pc)
	if in == nil {
		return o
	}
	if p := instrPos(in); p.IsValid() {
		o.Line = t.m.fset.Position(p).Line
	} else {
		o.Line = fr.position().Line
	}
	o.Op = describe(in)
	return o
}

// describe says in a few words what the visible instruction in does.
func describe(in ssa.Instruction) string {
	switch in := in.(type) {
	case *ssa.Send:
		return "send on " + nameOr(in.Chan, "channel")
	case *ssa.UnOp:
		switch in.Op {
		case token.ARROW:
			return "receive from " + nameOr(in.X, "channel")
		case token.MUL:
			return "read " + nameOr(in.X, "variable")
		}
	case *ssa.Store:
		return "write " + nameOr(in.Addr, "variable")
	case *ssa.Select:
		return "select"
	case *ssa.Go:
		return "go " + callName(in.Common())
	case *ssa.Call:
		cc := in.Common()
		if b, ok := cc.Value.(*ssa.Builtin); ok {
			args := make([]string, len(cc.Args))
			for i, a := range cc.Args {
				args[i] = nameOr(a, "_")
			}
			return b.Name() + "(" + strings.Join(args, ", ") + ")"
		}
		return callName(cc) + "()"
	}
	return "run"
}

// callName names a call's target: "mu.Lock", "fmt.Println", "worker".
func callName(cc *ssa.CallCommon) string {
	if cc.IsInvoke() {
		return nameOr(cc.Value, "x") + "." + cc.Method.Name()
	}
	switch fn := cc.Value.(type) {
	case *ssa.Function:
		if sig := fn.Signature; sig.Recv() != nil && len(cc.Args) > 0 {
			return nameOr(cc.Args[0], "x") + "." + fn.Name()
		}
		if fn.Pkg != nil && fn.Pkg.Pkg.Name() != "main" {
			return fn.Pkg.Pkg.Name() + "." + fn.Name()
		}
		if fn.Parent() != nil {
			return "func literal"
		}
		return fn.Name()
	case *ssa.MakeClosure:
		return "func literal"
	}
	if n := valueName(cc.Value); n != "" {
		return n
	}
	return "func value"
}
