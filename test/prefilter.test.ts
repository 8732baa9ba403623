import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './fc-seed.js';
import { bundledLexiconEntries, check } from '../src/index.js';

/** Everything of a report that the prefilter could change. */
function essence(text: string, exhaustive: boolean): string {
  const r = check(text, { exhaustive });
  return JSON.stringify({
    findings: r.findings.map((f) => [f.start, f.end, f.entry, f.severity, f.voice, f.sense, f.target && [f.target.start, f.target.end], f.signals]),
    cleaned: r.cleaned,
  });
}

const entries = bundledLexiconEntries();
const words = entries.flatMap((e) => [e.lemma, ...e.plurals, ...e.forms]).filter((w) => w.trim());
const sentences = [
  'وصل وزير الخارجية أحمد منصور إلى القاهرة الأحد في زيارة رسمية.',
  'وقال المتحدث باسم الحكومة إن المحادثات ستتناول ملفات التعاون الاقتصادي.',
  'وأعلنت وزارة الصحة تسجيل حالات جديدة من داء الكلب في ريف المحافظة.',
  'من جهته، قال الجيش إنه استضاف وحدة من القوات الخاصة في تدريبات مشتركة.',
  'وتابع: "هذه خطوة مهمة لشعبنا".',
];
const glue = ['', ' ', '، ', '\n', ' «', '» ', ' و', ' بال', ' لل', 'ال'];

test('the prefilter never changes a report: same findings and cleaned text as the exhaustive analysis', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...sentences), fc.constantFrom(...words), fc.constantFrom(...glue)), { minLength: 1, maxLength: 30 }),
      (parts) => {
        const text = parts.join('');
        assert.equal(essence(text, false), essence(text, true));
      },
    ),
    { numRuns: Number(process.env.RUNS ?? 500) },
  );
});

test('a clean text is cleared by the prefilter and reported clean', () => {
  const r = check(sentences.slice(0, 2).join('\n'));
  assert.equal(r.findings.length, 0);
  assert.equal(r.cleaned, sentences.slice(0, 2).join('\n'));
});
