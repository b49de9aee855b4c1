// A classic nil pointer bug: walking a linked list one node too far reads
// a field of a nil *Node. Go's SIGSEGV line names the field's offset.
package main

import "fmt"

type Node struct {
	name string
	val  int
	next *Node
}

func build(vals ...int) *Node {
	var head *Node
	for i := len(vals) - 1; i >= 0; i-- {
		head = &Node{name: fmt.Sprint("n", i), val: vals[i], next: head}
	}
	return head
}

func sumPairs(head *Node) int {
	sum := 0
	for n := head; n != nil; n = n.next.next { // BUG: assumes an even length
		sum += n.val + n.next.val
	}
	return sum
}

func main() {
	fmt.Println(sumPairs(build(1, 2, 3, 4)))
	fmt.Println(sumPairs(build(1, 2, 3)))
}
