/** The override: a decision with written evidence and a name, never on an incomplete result. */
import { overrideProblem } from '../../lib/calculator-state.ts';
import { isDecision, OUTCOME_LABEL, score } from '../../lib/scoring.ts';
import type { CalculatorHost } from './host.ts';

export function renderOverride(host: CalculatorHost): void {
	const o = host.state().override;
	host.q<HTMLSelectElement>('[data-override-outcome]').value = o?.outcome ?? '';
	host.q<HTMLTextAreaElement>('[data-override-evidence]').value = o?.evidence ?? '';
	host.q<HTMLInputElement>('[data-override-by]').value = o?.signedOffBy ?? '';
}

export function wireOverride(host: CalculatorHost): void {
	const status = host.q('[data-override-status]');
	host.q('[data-override-apply]').addEventListener('click', () => {
		const outcome = host.q<HTMLSelectElement>('[data-override-outcome]').value;
		const evidence = host.q<HTMLTextAreaElement>('[data-override-evidence]').value;
		const signedOffBy = host.q<HTMLInputElement>('[data-override-by]').value;
		if (!isDecision(outcome)) {
			status.textContent = 'Choose the outcome the override sets.';
			return;
		}
		const s = host.state();
		const problem = overrideProblem({ evidence, signedOffBy }, score(s.card, s.ratings).outcome);
		if (problem) {
			status.textContent = problem;
			return;
		}
		host.update((st) => ({ ...st, override: { outcome, evidence: evidence.trim(), signedOffBy: signedOffBy.trim() } }));
		status.textContent = `Override applied: ${OUTCOME_LABEL[outcome]}, signed off by ${signedOffBy.trim()}.`;
	});
	host.q('[data-override-remove]').addEventListener('click', () => {
		host.update((s) => ({ ...s, override: null }), 'all');
		status.textContent = 'Override removed.';
	});
}
