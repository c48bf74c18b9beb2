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

/**
 * The self-hosted fleet's monthly cost from 0 to `maxRequestsPerDay` requests a day: one replica at first, one
 * more at every multiple of what a replica carries at peak (`requestsPerDayPerReplica`), drawn as steps.
 */
export function replicaSteps(maxRequestsPerDay: number, requestsPerDayPerReplica: number, replicaMonthlyUsd: number): [number, number][] {
  const points: [number, number][] = [[0, replicaMonthlyUsd]];
  for (let n = 1; n * requestsPerDayPerReplica < maxRequestsPerDay; n++) {
    const x = n * requestsPerDayPerReplica;
    points.push([x, n * replicaMonthlyUsd], [x, (n + 1) * replicaMonthlyUsd]);
  }
  const last = Math.max(1, Math.ceil(maxRequestsPerDay / requestsPerDayPerReplica));
  points.push([maxRequestsPerDay, last * replicaMonthlyUsd]);
  return points;
}
