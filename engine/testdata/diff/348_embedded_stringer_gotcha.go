package main

import (
	"fmt"
	"sync"
	"time"
)

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.ID) }

type User struct {
	Base
	Name  string
	Email string
}

type Event struct {
	time.Duration
	Name string
}

type Guarded struct {
	sync.Mutex
	Count int
}

type Animal interface{ Sound() string }

type Dog struct{ Name string }

func (d *Dog) Sound() string {
	if d == nil {
		return "<silence>"
	}
	return d.Name + ": woof"
}

type Pet struct {
	Animal
	Age int
}

func main() {
	u := User{Base{7}, "ann", "a@x.io"}
	fmt.Println(u)
	fmt.Printf("%v|%+v|%s\n", u, u, u)
	fmt.Printf("%#v\n", u)
	e := Event{1500 * time.Millisecond, "tick"}
	fmt.Println(e, e.Name, e.Seconds())
	var g Guarded
	g.Lock()
	g.Count++
	g.Unlock()
	fmt.Println(g.Count)
	var d *Dog
	fmt.Println(d.Sound())
	p := Pet{&Dog{"rex"}, 3}
	fmt.Println(p.Sound(), p.Age)
	var a Animal = d
	fmt.Println(a == nil, a.Sound(), a != nil)
	p2 := Pet{Age: 1}
	fmt.Printf("%v %+v\n", p2, p2)
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(p2.Animal == nil)
	}()
	fmt.Println(p2.Sound())
}
