package main

import "fmt"

const N = 4

type Board [N][N]byte

type Game struct {
	board  *Board
	moves  *[]string
	player string
}

func (g *Game) Place(r, c int, mark byte) {
	g.board[r][c] = mark
	*g.moves = append(*g.moves, fmt.Sprintf("%s@%d,%d", g.player, r, c))
}

func (g *Game) Show() {
	for _, row := range g.board {
		fmt.Println(string(row[:]))
	}
	fmt.Println(len(*g.moves), "moves:", *g.moves)
}

func main() {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	var moves []string
	g := &Game{board: &b, moves: &moves, player: "X"}
	g.Place(1, 2, 'X')
	g.player = "O"
	g.Place(3, 0, 'O')
	g.Show()
	var lost Game
	lost.player = "Z"
	fmt.Println("history of a game without moves:")
	fmt.Println(len(*lost.moves))
}
