package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 22, 30, 15, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Jan 2, 2006 at 3:04pm (MST)"))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.ANSIC), t.Format(time.RFC1123))
	fmt.Println(t.Format("Monday 02/01/06 .999 ,000000 PM -0700 Z07:00"))
	fmt.Println(t.Weekday(), t.YearDay(), t.Month(), int(t.Month()))
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	t2 := t.Add(36 * time.Hour)
	fmt.Println(t2.Format("2006-01-02 Mon"), t2.Sub(t), t.Sub(t2))
	t3 := t.AddDate(0, 1, 1)
	fmt.Println(t3.Format(time.DateOnly), t3.Format(time.TimeOnly), t3.Format(time.DateTime))
	fmt.Println(t.Before(t2), t.After(t2), t.Equal(t), t2.Compare(t))
	fmt.Println(t.Truncate(time.Hour).Format(time.RFC3339), t.Round(time.Minute).Format(time.Stamp))
	fmt.Println(t.Unix(), t.UnixMilli(), t.Nanosecond())
	u := time.Unix(1700000000, 0).UTC()
	fmt.Println(u, u.Year(), u.Hour())
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour))
	durs := []time.Duration{0, 1, 999, 1500 * time.Microsecond, 2 * time.Second, -3 * time.Minute, 100 * time.Hour}
	for _, x := range durs {
		fmt.Printf("%v %d %s|", x, x, x.String())
	}
	fmt.Println()
	fmt.Printf("%v %+v\n", t.Month(), time.Saturday)
	days := t2.Sub(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24
	fmt.Printf("%.2f days\n", days)
	leap := time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(leap.Format("2006-01-02"))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc), t.In(loc).Format(time.RFC822Z))
	dd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, err, dd.Seconds())
	_, err = time.ParseDuration("abc")
	fmt.Println(err)
}
