package main

import (
	"fmt"
	"io"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("%s#%d", b.Name, b.ID) }
func (b *Base) Rename(n string) { b.Name = n }

type Service struct {
	Base
	*Logger
	Port int
}

func (s Service) Describe() string { return "svc:" + s.Base.Describe() }

type Reader interface{ Read(p []byte) (int, error) }
type Closer interface{ Close() error }
type ReadCloser interface {
	Reader
	Closer
}

type upperReader struct {
	r      io.Reader
	closed bool
}

func (u *upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}
func (u *upperReader) Close() error { u.closed = true; return nil }

type Animal interface{ Sound() string }
type Named interface {
	Animal
	Name() string
}
type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }
func (d Dog) Name() string  { return d.name }

type Loud struct{ Animal }

func (l Loud) Sound() string { return strings.ToUpper(l.Animal.Sound()) + "!" }

func main() {
	s := Service{Base: Base{1, "api"}, Logger: &Logger{prefix: "[api] "}, Port: 80}
	s.Log("starting on %d", s.Port)
	s.Rename("gateway")
	s.Log("renamed to %s", s.Name)
	fmt.Println(s.Describe(), s.Base.Describe(), s.ID)
	fmt.Println(strings.Join(s.lines, "\n"))
	var rc ReadCloser = &upperReader{r: strings.NewReader("hello, reader")}
	data, err := io.ReadAll(rc)
	fmt.Println(string(data), err, rc.Close(), rc.(*upperReader).closed)
	var r Reader = rc
	_, isCloser := r.(Closer)
	_, isStringer := r.(fmt.Stringer)
	fmt.Println(isCloser, isStringer)
	var a Animal = Dog{"rex"}
	if n, ok := a.(Named); ok {
		fmt.Println(n.Name(), n.Sound())
	}
	l := Loud{a}
	fmt.Println(l.Sound(), Loud{Loud{a}}.Sound())
	animals := []Animal{Dog{"a"}, Loud{Dog{"b"}}, &Loud{Dog{"c"}}}
	for _, an := range animals {
		switch v := an.(type) {
		case Named:
			fmt.Printf("named %s %T\n", v.Name(), v)
		case Loud:
			fmt.Printf("loud value %s\n", v.Sound())
		default:
			fmt.Printf("other %T %s\n", v, v.Sound())
		}
	}
	fmt.Printf("%+v\n", s.Base)
	fmt.Printf("%v\n", Loud{Dog{"z"}})
	var nilLogger Service
	defer func() { fmt.Println("recovered:", recover()) }()
	nilLogger.Log("boom")
}
