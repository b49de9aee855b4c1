package main

import "fmt"

type Node struct {
	Name     string
	Children []*Node
	Parent   *Node
}

func (n *Node) Depth() int {
	d := 0
	for p := n.Parent; p != nil; p = p.Parent {
		d++
	}
	return d
}

func (n *Node) RootName() string {
	return n.Parent.Parent.Name
}

func main() {
	root := &Node{Name: "root"}
	child := &Node{Name: "child", Parent: root}
	root.Children = append(root.Children, child)
	fmt.Println(child.Depth(), root.Depth())
	fmt.Println(child.RootName())
}
