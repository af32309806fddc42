/** Replaced by the planning screens (calendar, list, editor). */
export function PlansScreen({ planId }: { planId: string | null }) {
  return <div data-testid="plans-screen">{planId}</div>;
}
