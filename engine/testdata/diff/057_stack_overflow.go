package main

import "fmt"

type Employee struct {
	Name    string
	Manager *Employee
}

// chainLength forgets to stop at the top: a cycle in the data makes it
// recurse forever.
func chainLength(e *Employee) int {
	if e == nil {
		return 0
	}
	var seen [64]string // a per-call scratch buffer makes each frame large
	seen[len(e.Name)%64] = e.Name
	return 1 + chainLength(e.Manager) + len(seen[0])
}

func main() {
	ceo := &Employee{Name: "ceo"}
	vp := &Employee{"vp", ceo}
	dev := &Employee{"dev", vp}
	fmt.Println(chainLength(dev))
	ceo.Manager = dev // oops: a cycle
	fmt.Println(chainLength(dev))
}
