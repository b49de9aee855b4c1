package main

import (
	"fmt"
	"log"
	"os"
)

type Temperature float64

func (t Temperature) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Sensor string
	Value  Temperature
}

func main() {
	// No date or time: the output must not depend on the clock.
	log.SetFlags(0)
	log.SetOutput(os.Stdout)

	readings := []Reading{{"kitchen", 21.5}, {"garage", 7.25}, {"attic", 31}}
	for i, r := range readings {
		log.Printf("reading %d: %s = %v", i, r.Sensor, r.Value)
	}
	log.Print("raw:", readings[0], 42, "and", 3.5)
	log.Println("raw:", readings[0], 42, "and", 3.5)
	log.Print("already ends in a newline\n")
	log.Printf("%d%%\n", 50)
	log.Print()
	log.Println()
	log.Printf("")
	log.Print("multi\nline")
	log.Printf("%v %+v %T", readings[1], readings[1], readings[1])
	log.Println(nil, []int{1, 2}, map[string]int{"b": 2, "a": 1}, &readings[2])
	fmt.Println("flags:", log.Flags(), "prefix:", fmt.Sprintf("%q", log.Prefix()))
}
