package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
	sum := 0
rows:
	for i, row := range grid {
		for _, v := range row {
			if v < 0 {
				fmt.Println("negative in row", i, "- skipping rest of row")
				continue rows
			}
			if v > 8 {
				break rows
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)
	fmt.Println(findPair(grid, 6))

	i := 0
retry:
	i++
	if i < 4 {
		fmt.Println("attempt", i)
		goto retry
	}
	n := 27
	steps := 0
loop:
	for {
		switch {
		case n == 1:
			break loop
		case n%2 == 0:
			n /= 2
		default:
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps", steps)
	for x := 0; x < 3; x++ {
	inner:
		for y := 0; ; y++ {
			if y > x {
				break inner
			}
			fmt.Print(x, y, " ")
		}
	}
	fmt.Println()
	goto end
end:
	fmt.Println("done")
}
