package main

import (
	"errors"
	"fmt"
)

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%d", int(i)) }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, 4, true, false))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 1, "y"), fmt.Sprint(ID(1), ID(2)))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")), fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprintln("a", 1, "b") + "|")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1.5, 'a', "\n")
	var nilIface any
	var nilSlice []string
	var nilMap map[string]int
	var nilPtr *int
	var nilFunc func()
	var nilErr error
	var nilChan chan int
	fmt.Println(nilIface, nilSlice, nilMap, nilPtr, nilFunc == nil, nilErr, nilChan)
	fmt.Printf("%v %v %v %v %v\n", nilIface, nilSlice, nilMap, nilPtr, nilErr)
	fmt.Printf("%#v %#v %#v %#v\n", nilIface, nilSlice, nilMap, nilPtr)
	fmt.Print(nil, nil, "\n")
	fmt.Print(nilSlice, nilMap, "\n")
	s := fmt.Sprint()
	fmt.Println(len(s), fmt.Sprint(""), fmt.Sprint("", ""), fmt.Sprint(nil))
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
}
