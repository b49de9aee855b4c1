package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `region,product,units,price
north,widget,10,2.50
south,gadget,3,19.99
north,gadget,x,19.99
east,widget,7,2.50
south,widget,12,2.50
west,gizmo,1
north,widget,5,2.45
`

type sale struct {
	region, product string
	units           int
	price           float64
}

func parse(line string) (sale, error) {
	f := strings.Split(line, ",")
	if len(f) != 4 {
		return sale{}, fmt.Errorf("want 4 fields, got %d", len(f))
	}
	units, err := strconv.Atoi(f[2])
	if err != nil {
		return sale{}, fmt.Errorf("units: %w", err)
	}
	price, err := strconv.ParseFloat(f[3], 64)
	if err != nil {
		return sale{}, fmt.Errorf("price: %w", err)
	}
	return sale{f[0], f[1], units, price}, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Scan() // header
	totals := map[string]float64{}
	lineNo := 1
	for sc.Scan() {
		lineNo++
		s, err := parse(sc.Text())
		if err != nil {
			fmt.Fprintf(os.Stdout, "line %d: %v\n", lineNo, err)
			continue
		}
		totals[s.region] += float64(s.units) * s.price
	}
	regions := make([]string, 0, len(totals))
	for r := range totals {
		regions = append(regions, r)
	}
	sort.Strings(regions)

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "region  revenue")
	for _, r := range regions {
		fmt.Fprintf(w, "%-7s %7.2f\n", r, totals[r])
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
}
