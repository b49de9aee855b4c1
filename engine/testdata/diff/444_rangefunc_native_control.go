package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func firstLong(words []string) (string, int) {
	for i, w := range slices.All(words) {
		if len(w) > 4 {
			return w, i
		}
	}
	return "", -1
}

func sumUntil(nums []int, limit int) (total int) {
	defer func() { total *= 10 }()
	for n := range slices.Values(nums) {
		if total+n > limit {
			break
		}
		total += n
	}
	return
}

func collectDefers() {
	for i, s := range slices.Backward([]string{"a", "b", "c"}) {
		defer fmt.Println("deferred", i, s)
	}
	fmt.Println("loop over")
}

func findKey(m map[string]int, want int) string {
outer:
	for k := range maps.Keys(m) {
		for line := range strings.Lines("x\ny\n") {
			if strings.TrimSpace(line) == k {
				continue outer
			}
		}
		if m[k] == want {
			return k
		}
	}
	return "none"
}

func panicky(nums []int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	for i, n := range slices.All(nums) {
		_ = 100 / n
		res += fmt.Sprint(i)
	}
	return res
}

func main() {
	fmt.Println(firstLong(strings.Fields("go is a great language")))
	fmt.Println(firstLong(nil))
	fmt.Println(sumUntil([]int{3, 4, 5, 6}, 10))
	collectDefers()
	fmt.Println(findKey(map[string]int{"x": 1, "y": 2, "z": 1}, 1))
	fmt.Println(panicky([]int{1, 2, 0, 4}))
	count := 0
	for range slices.Values(make([]int, 5)) {
		count++
		if count == 3 {
			goto done
		}
	}
done:
	fmt.Println("count", count)
	for i, chunk := range slices.All(slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))) {
		for j := range chunk {
			if j == 1 {
				break
			}
			fmt.Print(i, ":", chunk[j], " ")
		}
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		for w := range strings.SplitSeq("a,b,c", ",") {
			if w == "b" {
				panic("hit " + w)
			}
		}
	}()
	sorted := slices.Sorted(maps.Values(map[int]string{1: "z", 2: "a", 3: "m"}))
	fmt.Println(sorted)
}
