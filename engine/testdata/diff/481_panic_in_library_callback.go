package main

import (
	"fmt"
	"slices"
	"strings"
)

type Version struct {
	Major, Minor int
	Tag          *string
}

func compareVersions(a, b Version) int {
	if a.Major != b.Major {
		return a.Major - b.Major
	}
	if a.Minor != b.Minor {
		return a.Minor - b.Minor
	}
	// Bug: dereferences a nil tag.
	return strings.Compare(*a.Tag, *b.Tag)
}

func shout(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '!' {
			panic("no exclamations allowed")
		}
		return r - 32
	}, s)
}

func main() {
	fmt.Println(shout("hello"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(shout("hey!"))
	}()
	beta := "beta"
	vs := []Version{{1, 2, nil}, {0, 9, nil}, {1, 0, &beta}}
	slices.SortFunc(vs, compareVersions)
	for _, v := range vs {
		fmt.Println(v.Major, v.Minor)
	}
	vs = append(vs, Version{1, 2, nil})
	slices.SortFunc(vs, compareVersions)
	fmt.Println("sorted", len(vs))
}
