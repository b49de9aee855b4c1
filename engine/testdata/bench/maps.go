package main

func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i*7] = i
	}
	sum := 0
	for i := 0; i < 200000; i++ {
		if v, ok := m[i]; ok {
			sum += v
		}
	}
	for i := 0; i < 100000; i += 2 {
		delete(m, i*7)
	}
	if len(m) != 50000 || sum == 0 {
		panic("maps")
	}
}
