package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Scores []float64
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	sort.Float64s(s)
	n := len(s)
	if n == 0 {
		return math.NaN()
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	v := 0.0
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return math.Sqrt(v / float64(len(xs)))
}

func letter(avg float64) string {
	switch {
	case math.IsNaN(avg):
		return "-"
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	}
	return "F"
}

func histogram(all []float64, width int) []string {
	buckets := make([]int, 5)
	for _, s := range all {
		i := min(int(s)/20, 4)
		buckets[i]++
	}
	maxB := slices.Max(buckets)
	var lines []string
	for i, b := range buckets {
		bar := strings.Repeat("#", b*width/maxB)
		lines = append(lines, fmt.Sprintf("%3d-%-3d |%-*s| %d", i*20, i*20+19, width, bar, b))
	}
	return lines
}

func main() {
	class := []Student{
		{"Alice", []float64{92, 88, 95, 100}},
		{"Bob", []float64{75, 64, 81}},
		{"Chandra", []float64{58, 71, 66, 49, 80}},
		{"Dmitri", nil},
		{"Eve", []float64{89.5, 90.5}},
	}
	var all []float64
	fmt.Printf("%-8s %6s %6s %6s %s\n", "name", "mean", "median", "stdev", "grade")
	for _, s := range class {
		m := mean(s.Scores)
		fmt.Printf("%-8s %6.2f %6.1f %6.3f %s\n", s.Name, m, median(s.Scores), stddev(s.Scores), letter(m))
		all = append(all, s.Scores...)
	}
	fmt.Printf("overall: n=%d mean=%.3f median=%g sd=%.4e\n", len(all), mean(all), median(all), stddev(all))
	for _, l := range histogram(all, 20) {
		fmt.Println(l)
	}
	sort.SliceStable(class, func(i, j int) bool {
		mi, mj := mean(class[i].Scores), mean(class[j].Scores)
		if math.IsNaN(mi) {
			return false
		}
		return math.IsNaN(mj) || mi > mj
	})
	names := make([]string, len(class))
	for i, s := range class {
		names[i] = s.Name
	}
	fmt.Println(strings.Join(names, " > "))
	fmt.Println(math.Round(mean(all)*100)/100, math.Floor(stddev(all)), math.Max(3, math.NaN()))
}
