package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v < 0:
				continue outer
			case v == target:
				return i, j, true
			case v > 100:
				break outer
			}
		}
	}
	return -1, -1, false
}

func classify(n int) string {
	var out string
	switch {
	case n < 0:
		out += "negative "
		fallthrough
	case n == 0:
		out += "non-positive "
	case n%2 == 0:
		out += "even "
		fallthrough
	case n > 100:
		out += "maybe-big "
	default:
		out += "odd "
	}
	return out
}

func retry() int {
	attempts := 0
again:
	attempts++
	if attempts < 4 {
		goto again
	}
	return attempts
}

func main() {
	grid := [][]int{{1, 2, 3}, {-1, 42, 5}, {6, 42, 8}, {101, 9, 42}}
	fmt.Println(findPair(grid, 42))
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair(grid, 5))
	for _, n := range []int{-3, 0, 4, 7, 200} {
		fmt.Printf("%d: %s\n", n, classify(n))
	}
	fmt.Println(retry())
	i := 0
loop:
	for {
		switch {
		case i > 5:
			break loop
		case i%2 == 0:
			i += 3
			continue loop
		}
		i++
	}
	fmt.Println("i =", i)
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		if x == 5 {
			break
		}
		fmt.Println("unreachable")
	default:
		fmt.Println("large")
	}
	var arr [3]int
	for i := range arr {
		switch i {
		case 0:
			arr[i] = 10
		case 1:
			arr[i] = arr[i-1] * 2
			fallthrough
		default:
			arr[i] += 1
		}
	}
	fmt.Println(arr)
	count := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		count += i
	}
	fmt.Println(count)
}
