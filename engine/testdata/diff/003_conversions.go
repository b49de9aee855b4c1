package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100), uint8(int(f)+254))
	big := 300
	big2 := 70000
	fmt.Println(int8(big), uint8(big), int16(big2), uint16(big2))
	neg := -1
	fmt.Println(uint32(neg), uint64(neg), uint8(neg))
	fmt.Println(float32(0.1), float64(float32(0.1)), float32(1)/3)
	fmt.Println(int32(math.MaxInt32), float32(math.MaxInt32))
	var r rune = 'λ'
	fmt.Println(r, string(r), byte(r), []byte(string(r)))
	fmt.Println(string(rune(65)), string(rune(0x1F600)), string(rune(-1)))
	for _, c := range []Celsius{-40, 0, 37, 100} {
		fmt.Printf("%.1f°C = %.1f°F\n", c, CToF(c))
	}
	fmt.Println(CToF(100), Celsius(21.5))
	x := 7
	y := 2
	fmt.Println(x/y, float64(x)/float64(y), float64(x/y))
	var u uint = 3
	fmt.Println(int(u)-5, u-5 > 0)
	fmt.Println(math.Round(2.5), math.Round(-2.5), int(math.Round(3.5)))
	u200 := uint8(200)
	fmt.Println(u200+uint8(100), int(u200)+100)
}
