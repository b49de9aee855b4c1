package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Named struct{ Name string }

func (n Named) Hello() string    { return "hello from " + n.Name }
func (n Named) String() string   { return "<" + n.Name + ">" }
func (n *Named) Rename(s string) { n.Name = s }

type Service struct {
	Named
	*Logger
	Port    int
	enabled bool
}

type Greeter interface{ Hello() string }

type Admin struct {
	Service
	Level int
}

func (a Admin) Hello() string { return "admin " + a.Service.Hello() }

func main() {
	s := Service{Named: Named{"api"}, Logger: &Logger{prefix: "[api] "}, Port: 8080}
	s.Log("starting on %d", s.Port)
	s.Rename("api2")
	s.Log("renamed to %s", s.Name)
	fmt.Println(s.Hello(), s.Named.Hello())
	fmt.Println(strings.Join(s.lines, "|"))
	var g Greeter = s
	fmt.Println(g.Hello())
	a := Admin{Service: s, Level: 3}
	g = a
	fmt.Println(g.Hello(), a.Name, a.Port, a.prefix)
	fmt.Println(s)
	fmt.Printf("%v|%+v|%s\n", a.Named, a.Named, a)
	fmt.Printf("%+v\n", Service{Named: Named{"x"}, Port: 1})
	fmt.Printf("%v\n", struct {
		Named
		N int
	}{Named{"anon"}, 5})
	f := s.Hello
	s.Rename("changed")
	fmt.Println(f(), s.Hello())
	h := (*Named).Rename
	h(&s.Named, "viaExpr")
	fmt.Println(Named.Hello(s.Named))
	type Pair struct {
		Named
		Other Named
	}
	p := Pair{Named{"one"}, Named{"two"}}
	fmt.Printf("%v %+v\n", p, p)
	var st fmt.Stringer = &p
	fmt.Println(st.String())
}
