package main

import "fmt"

type BadErr struct{ items []string }

func (b *BadErr) Error() string { return b.items[3] }

func main() {
	fmt.Println("printing a bad error via fmt:")
	fmt.Println(&BadErr{})
	fmt.Printf("%v|%s|%d\n", &BadErr{}, &BadErr{[]string{"a", "b", "c", "d"}}, &BadErr{})
	var e *BadErr
	fmt.Println(e)
	panic(&BadErr{[]string{"x"}})
}
