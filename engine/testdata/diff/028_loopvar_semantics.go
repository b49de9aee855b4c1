package main

import "fmt"

type Task struct {
	Name string
	Done bool
}

func main() {
	tasks := []Task{{"write", false}, {"test", false}, {"ship", false}}
	var byName = map[string]*Task{}
	for _, t := range tasks {
		byName[t.Name] = &t // each iteration has its own t (copy)
	}
	byName["test"].Done = true
	fmt.Println(tasks, *byName["test"], *byName["write"])
	for i := range tasks {
		byName[tasks[i].Name] = &tasks[i]
	}
	byName["ship"].Done = true
	fmt.Println(tasks)

	var actions []func()
	for i, t := range tasks {
		actions = append(actions, func() { fmt.Println(i, t.Name) })
	}
	for _, a := range actions {
		a()
	}
	var closures []func() int
	for i := 0; i < 6; i += 2 {
		closures = append(closures, func() int { return i })
		i++ // modifies this iteration's copy before the post statement copies it
	}
	for _, c := range closures {
		fmt.Print(c(), " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("defer", i) }()
	}
}
