import type { Case } from '../case/case-schema';

type Prices = NonNullable<Case['prices']>;
export type Recurrence = Prices['lines'][number]['recurring'];

export interface PriceTotals {
  recurring: Recurrence;
  /** Amounts in whole øre/cents, so that sums never drift. */
  netCents: number;
  vatCents: number;
  grossCents: number;
}

export function lineCents(line: Prices['lines'][number]): number {
  return Math.round(line.quantity * line.unitPrice * 100);
}

/** Totals per kind of recurrence (one-off, monthly, yearly), VAT kept apart, in line order. */
export function priceTotals(prices: Prices): PriceTotals[] {
  const order: Recurrence[] = [];
  const net = new Map<Recurrence, number>();
  for (const line of prices.lines) {
    if (!net.has(line.recurring)) order.push(line.recurring);
    net.set(line.recurring, (net.get(line.recurring) ?? 0) + lineCents(line));
  }
  return order.map((recurring) => {
    const netCents = net.get(recurring) ?? 0;
    const vatCents = Math.round((netCents * prices.vatPercent) / 100);
    return { recurring, netCents, vatCents, grossCents: netCents + vatCents };
  });
}
