package main

import (
	"errors"
	"fmt"
)

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string {
	return fmt.Sprintf("%d->%v", n.Val, n.Next)
}

type Bad struct{}

func (Bad) String() string { panic("boom") }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("err boom")) }

type V struct{ X int }

func (v V) String() string { return fmt.Sprint("V", v.X) }

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list)
	var empty *Node
	fmt.Println(empty)
	fmt.Printf("%v %s %d\n", empty, empty, empty)
	fmt.Println(Bad{})
	fmt.Printf("%s|%d|%v\n", Bad{}, Bad{}, []Bad{{}})
	fmt.Println(BadErr{})
	var vp *V
	fmt.Println(vp)
	fmt.Printf("%v %+v\n", vp, []*V{nil})
	fmt.Println(fmt.Sprintf("%v", struct{ N *Node }{nil}))
}
