package main

import "fmt"

type Order struct {
	ID    int
	Items []string
}

func lastItem(o Order) string { return o.Items[len(o.Items)-1] }

func summarize(orders []Order) []string {
	var out []string
	for _, o := range orders {
		out = append(out, fmt.Sprintf("#%d:%s", o.ID, lastItem(o)))
	}
	return out
}

func report(orders []Order) {
	defer fmt.Println("report: done (deferred)")
	fmt.Println(summarize(orders))
}

func main() {
	report([]Order{{1, []string{"pen"}}, {2, []string{"ink", "paper"}}})
	report([]Order{{3, []string{"cup"}}, {4, nil}})
}
