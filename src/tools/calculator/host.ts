/** What the calculator's controls need from the element: its state, its data and its page. */
import type { CalculatorData } from '../../data/calculator.ts';
import type { HandbookLookup } from '../../lib/card-authority.ts';
import type { CalculatorState } from '../../lib/calculator-state.ts';

export interface CalculatorHost {
	readonly data: CalculatorData;
	readonly handbook: HandbookLookup;
	state(): CalculatorState;
	/** Shows a state; `viewing` shows a link's state without saving anything. */
	show(state: CalculatorState, viewing: boolean): void;
	/** Loads the saved work for a scorecard (or a fresh sheet), reconciled with the handbook. */
	load(id: string): void;
	update(change: (s: CalculatorState) => CalculatorState, rerender?: 'result' | 'all'): void;
	save(): void;
	titleOf(id: string): string;
	cardTitle(): string;
	q<T extends Element = HTMLElement>(selector: string): T;
	/** The alert box at the top: one message, several, or none. */
	error(message: string | readonly string[] | null): void;
}
