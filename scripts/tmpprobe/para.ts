import { checkText } from '../../lib/check';
const [text, date] = process.argv.slice(2);
const r = checkText(text!, { published: date ?? '2024-11-22', assumeRelevant: true });
for (const a of r.annotations) console.log(a.verdict, a.kind, a.fact.id, '|', (a as any).text?.slice?.(0, 80) ?? '');
