// Time zones in the sandbox: UTC, Local (UTC, as on the Playground), FixedZone,
// Parse and ParseInLocation, Format, AppendFormat, MarshalText/JSON and
// UnmarshalText/JSON.
package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Date(2024, 3, 10, 14, 30, 0, 123456789, time.UTC)
	fmt.Println(t0, t0.Location(), t0.Location() == time.UTC)
	est := time.FixedZone("EST", -5*3600)
	t1 := t0.In(est)
	fmt.Println(t1, t1.Location())
	name, off := t1.Zone()
	fmt.Println(name, off, t1.Hour(), t1.Equal(t0), t1 == t0)
	fmt.Println(t1.Format(time.RFC3339Nano), t1.Format(time.RFC1123Z), t1.Format(time.Kitchen))
	fmt.Println(string(t1.AppendFormat([]byte("at: "), "2006-01-02 15:04 MST")))
	b, err := t1.MarshalText()
	fmt.Println(string(b), err)
	j, err := t1.MarshalJSON()
	fmt.Println(string(j), err)
	loc, err := time.LoadLocation("UTC")
	fmt.Println(loc, err, loc == time.UTC)
	l2, err := time.LoadLocation("Local")
	fmt.Println(l2, err, time.Local)
	p, err := time.Parse(time.RFC3339, "2024-01-02T03:04:05+02:00")
	fmt.Println(p, err, p.UTC())
	p2, err := time.Parse("2006-01-02 15:04", "2024-01-02 03:04")
	fmt.Println(p2, p2.Location(), err)
	p3, err := time.ParseInLocation("2006-01-02 15:04", "2024-07-01 09:00", est)
	fmt.Println(p3, p3.Location(), err)
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
	_, err = time.Parse(time.RFC3339, "yesterday")
	fmt.Println(err)
	u := time.Unix(1700000000, 0)
	fmt.Println(u, u.Location(), u.UTC(), u.UTC().Location())
	fmt.Println(t0.Local().Location(), t0.In(time.UTC) == t0)
	d := time.Date(2024, 1, 31, 0, 0, 0, 0, est)
	fmt.Println(d.AddDate(0, 1, 0), d.Truncate(time.Hour), d.Round(24*time.Hour))
	fmt.Println(time.Date(2020, 2, 29, 12, 0, 0, 0, time.Local))
	fmt.Println(time.Date(2024, 12, 30, 10, 0, 0, 0, time.UTC).ISOWeek())
	var back time.Time
	err = back.UnmarshalText([]byte("2021-06-01T12:30:00+02:00"))
	fmt.Println(back, err, back.UTC())
	fmt.Println(back.UnmarshalJSON([]byte(`"bad"`)))
	err = back.UnmarshalJSON([]byte(`"2020-01-01T00:00:00Z"`))
	fmt.Println(back, err, back.Location())
}
