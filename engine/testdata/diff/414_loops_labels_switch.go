package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) (g string) {
	switch s := score / 10; s {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
		fallthrough
	case 7:
		g += "C"
	case 6:
		g = "D"
	default:
		g = "F"
	}
	return
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	for _, s := range []int{100, 95, 85, 72, 61, 30} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
			if v%2 == 0 {
				continue outer
			}
			fmt.Println("visit", i, j, v)
		}
	}
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	i := 0
loop:
	if i < 5 {
		i += 2
		goto loop
	}
	fmt.Println("i after goto", i)
	for i := range 10 {
		switch {
		case i == 2:
			continue
		case i == 5:
			break
		case i > 6:
			goto done
		}
		fmt.Print(i, ",")
	}
done:
	fmt.Println()
	x := 0
	for x < 100 {
		x = x*2 + 1
	}
	fmt.Println(x)
	for range 2 {
		fmt.Print("tick ")
	}
	var n uint8 = 3
	for j := range n {
		fmt.Printf("%T%d ", j, j)
	}
	fmt.Println()
	switch x := interface{}(3.5).(type) {
	case int, int64:
		fmt.Printf("integer %T\n", x)
	case float64:
		fmt.Println("float", x+1)
	case nil:
		fmt.Println("nil")
	}
	sel := 'b'
	switch sel {
	case 'a':
	case 'b':
		fmt.Println("got b")
		if true {
			break
		}
		fmt.Println("unreachable")
	}
}
