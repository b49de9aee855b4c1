package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	v := <-ch
	var wg sync.WaitGroup
	fmt.Println(v, wg)
	x := 1
	x := 2
	y = 3
	fmt.Printf("%d\n", x, y)
	if x == 1 {
		return
	} else {
		fmt.Println("no")
	}
	goto end
	z := 4
end:
	fmt.Println(z)
}
