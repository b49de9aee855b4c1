packag main

func main() {}
