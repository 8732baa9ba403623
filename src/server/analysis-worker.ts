/**
 * The server's worker thread: one analysis per task, on the bundled resources (built once per
 * thread when the module loads, so that the first request does not pay for them). A request the
 * library rejects (an unknown profile, an impossible date) comes back as a value, not a thrown
 * error: an error's class does not survive the copy between threads, and the caller must tell a
 * user's mistake (400) from a bug (500).
 */
import { check, defaultResources, diff, extract, InvalidDateError, UnknownProfileError } from '../index.js';
import type { AnalysisTask, AnalysisOutcome } from './analysis-types.js';

const resources = defaultResources();

export default function run(task: AnalysisTask): AnalysisOutcome {
  try {
    switch (task.kind) {
      case 'check':
        return { ok: true, body: JSON.stringify(check(task.text, { resources, profile: task.profile, date: task.date ?? null, extract: task.extract })) };
      case 'extract':
        return { ok: true, body: JSON.stringify(extract(task.text, { resources, date: task.date ?? null })) };
      case 'diff':
        return { ok: true, body: JSON.stringify(diff(task.original, task.copy, { resources, profile: task.profile })) };
    }
  } catch (e) {
    if (e instanceof UnknownProfileError || e instanceof InvalidDateError) return { ok: false, message: e.message };
    throw e;
  }
}
