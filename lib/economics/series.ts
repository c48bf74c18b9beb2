// Points for the calculators' charts, from the same formulas as the calculators.

/** Monthly API bill at a blended price for each monthly volume (tokens). */
export function apiMonthlyCostUsd(tokensPerMonth: number, pricePerM: number): number {
  return (tokensPerMonth * pricePerM) / 1e6;
}

/** Price after `years` at a constant annual decline factor (price-decline's annualDeclineFactor). */
export function priceAfterYears(startPricePerM: number, annualDeclineFactor: number, years: number): number {
  return startPricePerM / annualDeclineFactor ** years;
}

/** `count` evenly spaced values from 0 to `max`, both included. */
export function evenSteps(max: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => (max * i) / (count - 1));
}
