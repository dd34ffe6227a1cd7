/** Whether a seat has ended by `today` (yyyy-mm-dd): its last day is before today. */
export function seatHasEnded(seat: { to?: string | null }, today: string): boolean {
  return Boolean(seat.to) && (seat.to as string) < today;
}
