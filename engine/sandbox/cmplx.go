// cmplx.go: the natives of package math/cmplx.

package sandbox

import "math/cmplx"

func init() {
	pure("math/cmplx.Abs", cmplx.Abs)
	pure("math/cmplx.Acos", cmplx.Acos)
	pure("math/cmplx.Acosh", cmplx.Acosh)
	pure("math/cmplx.Asin", cmplx.Asin)
	pure("math/cmplx.Asinh", cmplx.Asinh)
	pure("math/cmplx.Atan", cmplx.Atan)
	pure("math/cmplx.Atanh", cmplx.Atanh)
	pure("math/cmplx.Conj", cmplx.Conj)
	pure("math/cmplx.Cos", cmplx.Cos)
	pure("math/cmplx.Cosh", cmplx.Cosh)
	pure("math/cmplx.Cot", cmplx.Cot)
	pure("math/cmplx.Exp", cmplx.Exp)
	pure("math/cmplx.Inf", cmplx.Inf)
	pure("math/cmplx.IsInf", cmplx.IsInf)
	pure("math/cmplx.IsNaN", cmplx.IsNaN)
	pure("math/cmplx.Log", cmplx.Log)
	pure("math/cmplx.Log10", cmplx.Log10)
	pure("math/cmplx.NaN", cmplx.NaN)
	pure("math/cmplx.Phase", cmplx.Phase)
	pure("math/cmplx.Polar", cmplx.Polar)
	pure("math/cmplx.Pow", cmplx.Pow)
	pure("math/cmplx.Rect", cmplx.Rect)
	pure("math/cmplx.Sin", cmplx.Sin)
	pure("math/cmplx.Sinh", cmplx.Sinh)
	pure("math/cmplx.Sqrt", cmplx.Sqrt)
	pure("math/cmplx.Tan", cmplx.Tan)
	pure("math/cmplx.Tanh", cmplx.Tanh)
}
