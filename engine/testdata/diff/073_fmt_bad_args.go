package main

import (
	"errors"
	"fmt"
)

type Report struct {
	Title string
	Count int
}

func main() {
	r := Report{"sales", 3}
	fmt.Printf("%d items\n", r.Title)
	fmt.Printf("%s has %d\n", r.Title)
	fmt.Printf("%s\n", r.Title, r.Count)
	fmt.Printf("%z %!\n", 1)
	fmt.Printf("%d %s\n", 3.5, 42)
	fmt.Printf("%.2f %t\n", "x", 1)
	fmt.Printf("100%\n")
	fmt.Printf("%[3]d %[0]d\n", 1, 2)
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %v\n", errors.New("e"), []error{nil})
	var np *Report
	fmt.Printf("%v %+v %s\n", np, np, np)
	fmt.Println(fmt.Sprintf("%d-%d", 1), fmt.Sprintf("no verbs", 1, "a"))
	fmt.Printf("%!d %d\n", 7)
	fmt.Printf("%c %U\n", "str", "str")
}
