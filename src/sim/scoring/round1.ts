/** To one decimal place, as every figure a person reads is given (and -0 as 0). */
export function round1(x: number): number {
  return Math.round(x * 10) / 10 + 0;
}
